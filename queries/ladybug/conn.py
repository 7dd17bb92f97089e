"""Running queries on a Ladybug connection and bulk-loading rows."""

from __future__ import annotations

from typing import Any

import ladybug
import pyarrow as pa

Row = dict[str, Any]

_ARROW_TYPES: dict[str, pa.DataType] = {
    "aliases": pa.list_(pa.string()),
    "identity_keys": pa.list_(pa.string()),
    "span_start": pa.int64(),
    "span_end": pa.int64(),
    "count": pa.int64(),
    "support": pa.int64(),
    "confidence": pa.float64(),
    "value": pa.float64(),
    "approximate": pa.bool_(),
}


def rows(conn: ladybug.Connection, query: str, *, first: int | None = None, **params: Any) -> list[Row]:
    """The query's rows as dicts; with `first`, only that many are read from the result."""
    result = conn.execute(query, params)
    assert isinstance(result, ladybug.QueryResult), "one statement, one result"
    names = result.get_column_names()
    out: list[Row] = []
    while result.has_next() and (first is None or len(out) < first):
        out.append(dict(zip(names, result.get_next(), strict=True)))
    return out


def run(conn: ladybug.Connection, query: str, **params: Any) -> None:
    conn.execute(query, params)


def unwind(conn: ladybug.Connection, query: str, batch: list[Row]) -> None:
    if batch:
        conn.execute(query, {"rows": batch})


NODE_TABLES = {"Entity", "Article", "Evidence", "Metric", "Curation", "Duplicate"}
REL_ENDS = {"MENTIONS": ("Article", "Entity"), "RELATED": ("Entity", "Entity")}
COPY_MIN_ROWS = 2048  # fewer rows than this: CREATE instead of COPY, for every table of the batch


def _create(conn: ladybug.Connection, table: str, columns: list[str], batch: list[Row]) -> None:
    rows_ = [{c: r[c] for c in columns} for r in batch]
    if table in NODE_TABLES:
        props = ", ".join(f"{c}: r.{c}" for c in columns)
        conn.execute(f"UNWIND $rows AS r CREATE (:{table} {{{props}}})", {"rows": rows_})
        return
    source, target = REL_ENDS[table]
    head, tail, *props_ = columns
    props = ", ".join(f"{c}: r.{c}" for c in props_)
    conn.execute(
        f"UNWIND $rows AS r MATCH (h:{source} {{id: r.{head}}}), (t:{target} {{id: r.{tail}}}) "
        f"CREATE (h)-[:{table} {{{props}}}]->(t)",
        {"rows": rows_},
    )


def copy(conn: ladybug.Connection, table: str, columns: list[str], batch: list[Row]) -> None:
    """Bulk-load rows into a table (or rel table: the first two columns are the ends).

    Large batches: COPY from an Arrow table, with explicit Arrow types because inferring them from
    all-null columns would fail. Small batches: UNWIND … CREATE, because every node-table COPY pins
    buffer-pool memory for good and many small ones exhaust the pool (tests/queries/
    test_ladybug_memory.py); rel tables too, because a transaction that mixed CREATEd nodes with
    COPYed rels showed, after a kill -9, articles without their mentions and evidence."""
    if not batch:
        return
    if len(batch) < COPY_MIN_ROWS:
        _create(conn, table, columns, batch)
        return
    arrays = [pa.array([r[c] for r in batch], type=_ARROW_TYPES.get(c, pa.string())) for c in columns]
    frame = pa.Table.from_arrays(arrays, names=columns)
    conn.execute(f"COPY {table} FROM $frame", {"frame": frame})
