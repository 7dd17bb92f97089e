"""Neighbourhood expansion shared by the adapters: breadth-first, one query per level."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from schema.errors import InvalidInput
from schema.models import EntitySummary, RelationRecord, Subgraph

Expand = Callable[[list[str], list[str], int], Awaitable[list[EntitySummary]]]
EdgesAmong = Callable[[list[str], list[str], int], Awaitable[list[RelationRecord]]]


async def neighbourhood(
    start: EntitySummary | None,
    *,
    depth: int,
    types: list[str],
    limit: int,
    expand: Expand,
    edges_among: EdgesAmong,
) -> Subgraph:
    """`expand(frontier, types, budget)` gives neighbours of the frontier, best supported first;
    `edges_among(ids, types, cap)` the relations whose both ends are in ids."""
    if not 1 <= depth <= 3:
        raise InvalidInput("depth must be between 1 and 3")
    if not 1 <= limit <= 1000:
        raise InvalidInput("limit must be between 1 and 1000")
    if start is None:
        return Subgraph(nodes=[], edges=[])
    nodes: dict[str, EntitySummary] = {start.id: start}
    frontier = [start.id]
    truncated = False
    for _ in range(depth):
        budget = limit - len(nodes)
        if budget <= 0 or not frontier:
            break
        found = [n for n in await expand(frontier, types, budget + len(nodes)) if n.id not in nodes]
        truncated = truncated or len(found) > budget
        for node in found[:budget]:
            nodes[node.id] = node
        frontier = [n.id for n in found[:budget]]
    edges = await edges_among(list(nodes), types, limit * 5)
    return Subgraph(nodes=list(nodes.values()), edges=edges, truncated=truncated)
