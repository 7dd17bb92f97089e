"""Relations with their evidence, and shortest paths."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from queries.store import MAX_HOPS
from schema.errors import NotFound
from schema.models import GraphPath, Page, RelationRecord
from service.api_models import RelationDetail
from service.deps import Store
from service.rest.params import Cursor, Limit, MinConfidence, RelationTypes
from service.security import Reader

router = APIRouter(prefix="/v1", tags=["relations"])
Id = Annotated[str | None, Query(min_length=1, max_length=200)]


@router.get("/relations")
async def find_relations(
    store: Store,
    _: Reader,
    types: RelationTypes = None,
    head: Id = None,
    tail: Id = None,
    limit: Limit = 50,
    cursor: Cursor = None,
    min_confidence: MinConfidence = 0.0,
) -> Page[RelationRecord]:
    """Relations by type and ends, most supported first (symmetric types match either order)."""
    return await store.find_relations(
        types=types, head_id=head, tail_id=tail, limit=limit, cursor=cursor, min_confidence=min_confidence
    )


@router.get("/relations/{relation_id}")
async def get_relation(
    relation_id: Annotated[str, Path(min_length=1, max_length=200)],
    store: Store,
    _: Reader,
    evidence_limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> RelationDetail:
    """One relation and its evidence: article id and title, sentence, offsets, date."""
    found = await store.get_relations(ids=[relation_id])
    if not found:
        raise NotFound(f"no relation with id {relation_id!r}")
    evidence = (await store.evidence_of(relation_ids=[relation_id], limit=evidence_limit))[relation_id]
    return RelationDetail(**found[0].model_dump(), evidence=evidence)


@router.get("/paths")
async def paths(
    store: Store,
    _: Reader,
    source: Annotated[str, Query(alias="from", min_length=1, max_length=200)],
    target: Annotated[str, Query(alias="to", min_length=1, max_length=200)],
    max_hops: Annotated[int, Query(ge=1, le=MAX_HOPS)] = 4,
    limit: Annotated[int, Query(ge=1, le=50)] = 5,
) -> list[GraphPath]:
    """Shortest paths between two entities, at most `max_hops` relations long."""
    known = {e.id for e in await store.get_entities(ids=[source, target])}
    for entity_id in (source, target):
        if entity_id not in known:
            raise NotFound(f"no entity with id {entity_id!r}")
    return await store.shortest_paths(source_id=source, target_id=target, max_hops=max_hops, limit=limit)
