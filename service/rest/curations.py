"""Curations: edit an entity, reject a wrong relation, list what curators did, undo it.

Every curation is a record in the store (who: the name of the writer's key; when; before and after), and
later ingests keep to it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response
from pydantic import BaseModel, Field

from schema.models import CurationRecord, DuplicatePair, EntityPatch, Page
from service.deps import Store
from service.rest.params import Cursor, Limit
from service.security import Reader, Writer

router = APIRouter(prefix="/v1", tags=["curations"])
Id = Annotated[str, Path(min_length=1, max_length=200)]


@router.patch("/entities/{entity_id}")
async def patch_entity(entity_id: Id, patch: EntityPatch, store: Store, who: Writer) -> CurationRecord:
    """Edit an entity's name, type or description, add or remove aliases; later ingests keep the edit."""
    return await store.patch_entity(entity_id=entity_id, patch=patch, who=who)


class MergeInto(BaseModel):
    into: str = Field(min_length=1, max_length=200, description="the id of the entity that survives")


@router.post("/entities/{entity_id}/merge")
async def merge_entity(entity_id: Id, body: MergeInto, store: Store, who: Writer) -> CurationRecord:
    """Merge this entity into another of the same type: relations, evidence, mentions, figures and names
    move to it; later ingests write this entity as that one. Merging into itself or another type is a 422."""
    return await store.merge_entities(source_id=entity_id, into_id=body.into, who=who)


@router.post("/relations/{relation_id}/reject")
async def reject_relation(relation_id: Id, store: Store, who: Writer) -> CurationRecord:
    """Hide a wrong relation and its evidence; later ingests of any article do not bring it back."""
    return await store.reject_relation(relation_id=relation_id, who=who)


@router.get("/duplicates")
async def possible_duplicates(store: Store, _: Reader, limit: Limit = 20, cursor: Cursor = None) -> Page[DuplicatePair]:
    """Pairs of entities that may be one actor (a name matched both): merge them or leave them apart."""
    return await store.possible_duplicates(limit=limit, cursor=cursor)


@router.get("/curations")
async def list_curations(store: Store, _: Reader, limit: Limit = 20, cursor: Cursor = None) -> Page[CurationRecord]:
    """Curations in force, newest first: who, when, what, the state before and after."""
    return await store.curations(limit=limit, cursor=cursor)


@router.delete("/curations/{curation_id}", status_code=204)
async def undo_curation(curation_id: Id, store: Store, _: Writer) -> Response:
    """Undo a curation: what it changed is as it was, and later ingests no longer keep to it."""
    await store.undo_curation(curation_id=curation_id)
    return Response(status_code=204)
