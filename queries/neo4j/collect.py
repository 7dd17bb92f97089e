"""Read results as one record holding a list, instead of one Bolt record per row.

The async Python driver spends about 20 µs of CPU on every record it receives (message decoding,
hydration, a Record object), which made it the larger half of the API's CPU on a 50-row page
(2.3 ms against 1.3 ms per call collected). So a read query's final clause

    RETURN <projection> [ORDER BY …] [SKIP …] [LIMIT …]

is run as

    WITH <projection> [ORDER BY …] [SKIP …] [LIMIT …] RETURN collect({alias: alias, …}) AS rows

`collect` keeps the order set by the `ORDER BY` of the `WITH` before it."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from schema.errors import InvalidInput

_OPEN, _CLOSE = "({[", ")}]"
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_MODIFIERS = (" ORDER BY ", " SKIP ", " LIMIT ")


@lru_cache(maxsize=512)
def collected(query: str) -> str:
    """The query rewritten to return a single `rows` column: a list of maps, one per original row."""
    start = _last_top_level(query, "RETURN ")
    if start < 0:
        raise InvalidInput("a read query must end with a top-level RETURN")
    body = query[start + len("RETURN ") :]
    distinct = body.startswith("DISTINCT ")
    if distinct:
        body = body[len("DISTINCT ") :]
    cut = min((i for i in (_first_top_level(body, m) for m in _MODIFIERS) if i >= 0), default=len(body))
    projection, modifiers = body[:cut], body[cut:]
    aliases = [_alias(item) for item in _split_top_level(projection)]
    as_map = ", ".join(f"{a}: {a}" for a in aliases)
    return (
        f"{query[:start]}WITH {'DISTINCT ' if distinct else ''}{projection}{modifiers} "
        f"RETURN collect({{{as_map}}}) AS rows"
    )


def _alias(item: str) -> str:
    item = item.strip()
    at = _last_top_level(item, " AS ")
    name = item[at + len(" AS ") :].strip() if at >= 0 else item
    if not _IDENTIFIER.match(name):
        raise InvalidInput(f"a returned column needs a name: {item!r}")
    return name


def _top_level_positions(text: str, needle: str) -> list[int]:
    """Where `needle` occurs outside brackets and string literals."""
    found, depth, quote = [], 0, ""
    for i, ch in enumerate(text):
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth -= 1
        elif depth == 0 and text.startswith(needle, i):
            found.append(i)
    return found


def _last_top_level(text: str, needle: str) -> int:
    positions = _top_level_positions(text, needle)
    return positions[-1] if positions else -1


def _first_top_level(text: str, needle: str) -> int:
    positions = _top_level_positions(text, needle)
    return positions[0] if positions else -1


def _split_top_level(text: str) -> list[str]:
    bounds = [-1, *_top_level_positions(text, ","), len(text)]
    return [text[a + 1 : b] for a, b in pairwise(bounds)]
