"""Running queries on a Ladybug connection and bulk-loading rows."""

from __future__ import annotations

from typing import Any

import ladybug
import pyarrow as pa

Row = dict[str, Any]

_ARROW_TYPES: dict[str, pa.DataType] = {
    "aliases": pa.list_(pa.string()),
    "span_start": pa.int64(),
    "span_end": pa.int64(),
    "count": pa.int64(),
    "support": pa.int64(),
    "confidence": pa.float64(),
    "value": pa.float64(),
    "approximate": pa.bool_(),
}


def rows(conn: ladybug.Connection, query: str, **params: Any) -> list[Row]:
    result = conn.execute(query, params)
    assert isinstance(result, ladybug.QueryResult), "one statement, one result"
    names = result.get_column_names()
    out = []
    while result.has_next():
        out.append(dict(zip(names, result.get_next(), strict=True)))
    return out


def run(conn: ladybug.Connection, query: str, **params: Any) -> None:
    conn.execute(query, params)


def unwind(conn: ladybug.Connection, query: str, batch: list[Row]) -> None:
    if batch:
        conn.execute(query, {"rows": batch})


def copy(conn: ladybug.Connection, table: str, columns: list[str], batch: list[Row]) -> None:
    """COPY rows into a table (or rel table: the first two columns are the ends) from an Arrow table.
    Explicit Arrow types: inferring from all-null columns would fail."""
    if not batch:
        return
    arrays = [pa.array([r[c] for r in batch], type=_ARROW_TYPES.get(c, pa.string())) for c in columns]
    frame = pa.Table.from_arrays(arrays, names=columns)
    conn.execute(f"COPY {table} FROM $frame", {"frame": frame})
