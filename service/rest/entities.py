"""Entities: search, detail (with figures, ETag), relations, neighbourhood."""

from __future__ import annotations

import hashlib
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Request, Response

from queries.store import MAX_DEPTH, EntitySort
from schema.errors import NotFound
from schema.models import Direction, EntityRecord, Page, RelationRecord, Subgraph
from service.api_models import EntityDetail
from service.deps import Store
from service.rest.params import Cursor, Limit, MinConfidence, RelationTypes
from service.security import Reader

router = APIRouter(prefix="/v1/entities", tags=["entities"])
EntityId = Annotated[str, Path(min_length=1, max_length=200)]


@router.get("")
async def search_entities(
    store: Store,
    _: Reader,
    q: Annotated[str | None, Query(min_length=1, max_length=200, description="a name or alias in any script")] = None,
    type: Annotated[str | None, Query(max_length=40, description="entity type, e.g. PERSON")] = None,
    sort: Annotated[
        EntitySort, Query(description="without q: mentions (most articles first) or name; with q: best match first")
    ] = "mentions",
    limit: Limit = 20,
    cursor: Cursor = None,
) -> Page[EntityRecord]:
    """Entities by any name or alias (マスク, 馬斯克, musk → Elon Musk), best match first; without `q`,
    every entity (of a type), most mentioned first or by name."""
    if q is None:
        return await store.list_entities(entity_type=type, sort=sort, limit=limit, cursor=cursor)
    return await store.search_entities(query=q, entity_type=type, limit=limit, cursor=cursor)


@router.get("/{entity_id}", responses={304: {"description": "unchanged since the ETag sent in If-None-Match"}})
async def get_entity(
    entity_id: EntityId, store: Store, _: Reader, request: Request, response: Response
) -> EntityDetail:
    """Names, aliases, type, description, figures and counts; ETag for conditional requests."""
    found = await store.get_entities(ids=[entity_id])
    if not found:
        raise NotFound(f"no entity with id {entity_id!r}")
    metrics = (await store.metrics_of(entity_ids=[entity_id]))[entity_id]
    detail = EntityDetail(**found[0].model_dump(), metrics=metrics)
    etag = '"' + hashlib.sha256(detail.model_dump_json().encode()).hexdigest()[:32] + '"'
    if etag in {t.strip() for t in request.headers.get("if-none-match", "").split(",")}:
        return Response(status_code=304, headers={"ETag": etag})  # type: ignore[return-value]
    response.headers["ETag"] = etag
    return detail


@router.get("/{entity_id}/relations")
async def relations_of(
    entity_id: EntityId,
    store: Store,
    _: Reader,
    types: RelationTypes = None,
    direction: Direction = "both",
    sort: Annotated[Literal["support"], Query(description="relations come most supported first")] = "support",
    limit: Limit = 50,
    cursor: Cursor = None,
    min_confidence: MinConfidence = 0.0,
) -> Page[RelationRecord]:
    """The entity's relations: the other end, type, direction, confidence and support."""
    page = await store.relations_of(
        entity_id=entity_id,
        types=types,
        direction=direction,
        limit=limit,
        cursor=cursor,
        min_confidence=min_confidence,
    )
    if not page.items:  # an unknown entity is a 404, not an empty list; only worth asking when empty
        await _known(store, entity_id)
    return page


@router.get("/{entity_id}/neighbors")
async def neighbors(
    entity_id: EntityId,
    store: Store,
    _: Reader,
    depth: Annotated[int, Query(ge=1, le=MAX_DEPTH)] = 1,
    types: Annotated[list[str] | None, Query(alias="types", max_length=20)] = None,
    limit: Annotated[int, Query(ge=1, le=500, description="at most this many nodes")] = 100,
) -> Subgraph:
    """The subgraph within `depth` hops: nodes and the typed edges among them."""
    await _known(store, entity_id)
    return await store.neighbourhood(entity_id=entity_id, depth=depth, types=types, limit=limit)


async def _known(store: Store, entity_id: str) -> None:
    if not await store.get_entities(ids=[entity_id]):
        raise NotFound(f"no entity with id {entity_id!r}")
