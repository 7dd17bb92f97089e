"""Curation mutations and the curation list. Expected failures (unknown ids, a bad edit, no key) are
members of each mutation's result union, not errors."""

from __future__ import annotations

import json
from collections.abc import Awaitable
from typing import TYPE_CHECKING, Annotated

import strawberry
from fastapi import HTTPException

from schema.errors import InvalidInput, NotFound, NotUndoable
from schema.models import CurationRecord, EntityPatch
from service.graphql.articles import NotAuthorized
from service.graphql.common import check_first, guarded
from service.graphql.context import Context

if TYPE_CHECKING:
    from service.graphql.entities import Entity

Info = strawberry.Info[Context, None]
EntityRef = Annotated["Entity", strawberry.lazy("service.graphql.entities")]


@strawberry.type
class Curation:
    id: strawberry.ID
    kind: str = strawberry.field(description="patch, reject or merge")
    target: strawberry.ID
    into: strawberry.ID | None
    who: str = strawberry.field(description="The name of the key that made it.")
    at: str
    before: str = strawberry.field(description="The state before, as JSON.")
    after: str = strawberry.field(description="The state after, as JSON.")

    @classmethod
    def of(cls, c: CurationRecord) -> Curation:
        return cls(
            id=strawberry.ID(c.id),
            kind=c.kind,
            target=strawberry.ID(c.target),
            into=strawberry.ID(c.into) if c.into else None,
            who=c.who,
            at=c.at,
            before=json.dumps(c.before, ensure_ascii=False),
            after=json.dumps(c.after, ensure_ascii=False),
        )


@strawberry.type
class NotFoundError:
    message: str


@strawberry.type
class InvalidCuration:
    message: str


@strawberry.type
class CurationUndone:
    id: strawberry.ID


@strawberry.input
class EntityPatchInput:
    name: str | None = None
    type: str | None = None
    description: str | None = None
    add_aliases: list[str] = strawberry.field(default_factory=list)
    remove_aliases: list[str] = strawberry.field(default_factory=list)


CurationResult = Annotated[
    Curation | NotFoundError | InvalidCuration | NotAuthorized, strawberry.union("CurationResult")
]
UndoResult = Annotated[
    CurationUndone | NotFoundError | InvalidCuration | NotAuthorized, strawberry.union("UndoCurationResult")
]


async def _curated(call: Awaitable[CurationRecord]) -> Curation | NotFoundError | InvalidCuration:
    try:
        return Curation.of(await call)
    except NotFound as exc:
        return NotFoundError(message=str(exc))
    except InvalidInput as exc:
        return InvalidCuration(message=str(exc))


def _writer(info: Info) -> str | NotAuthorized:
    try:
        return info.context.check_writer()
    except HTTPException as exc:
        return NotAuthorized(message=str(exc.detail))


@strawberry.type
class CurationMutation:
    @strawberry.mutation(description="Edit an entity; later ingests keep the edit.")
    async def patch_entity(self, info: Info, id: strawberry.ID, patch: EntityPatchInput) -> CurationResult:
        who = _writer(info)
        if isinstance(who, NotAuthorized):
            return who
        try:
            edit = EntityPatch(
                name=patch.name,
                type=patch.type,
                description=patch.description,
                add_aliases=patch.add_aliases,
                remove_aliases=patch.remove_aliases,
            )
        except ValueError as exc:
            return InvalidCuration(message=str(exc))
        return await _curated(info.context.store.patch_entity(entity_id=str(id), patch=edit, who=who))

    @strawberry.mutation(description="Merge an entity into another of the same type; later ingests follow.")
    async def merge_entity(self, info: Info, id: strawberry.ID, into: strawberry.ID) -> CurationResult:
        who = _writer(info)
        if isinstance(who, NotAuthorized):
            return who
        return await _curated(info.context.store.merge_entities(source_id=str(id), into_id=str(into), who=who))

    @strawberry.mutation(description="Hide a wrong relation; later ingests do not bring it back.")
    async def reject_relation(self, info: Info, id: strawberry.ID) -> CurationResult:
        who = _writer(info)
        if isinstance(who, NotAuthorized):
            return who
        return await _curated(info.context.store.reject_relation(relation_id=str(id), who=who))

    @strawberry.mutation(description="Undo a curation.")
    async def undo_curation(self, info: Info, id: strawberry.ID) -> UndoResult:
        who = _writer(info)
        if isinstance(who, NotAuthorized):
            return who
        try:
            await info.context.store.undo_curation(curation_id=str(id))
        except NotFound as exc:
            return NotFoundError(message=str(exc))
        except NotUndoable as exc:
            return InvalidCuration(message=str(exc))
        return CurationUndone(id=id)


@strawberry.type
class DuplicateCandidates:
    a: EntityRef
    b: EntityRef
    seen_at: str


@strawberry.type
class CurationQuery:
    @strawberry.field(description="Pairs of entities that may be one actor, for a curator to merge or leave.")
    async def possible_duplicates(self, info: Info, first: int = 20) -> list[DuplicateCandidates]:
        from service.graphql.entities import Entity

        page = await guarded(info.context.store.possible_duplicates(limit=check_first(first)))
        return [
            DuplicateCandidates(a=Entity.summary(p.a), b=Entity.summary(p.b), seen_at=p.seen_at) for p in page.items
        ]

    @strawberry.field(description="Curations in force, newest first.")
    async def curations(self, info: Info, first: int = 20) -> list[Curation]:
        page = await guarded(info.context.store.curations(limit=check_first(first)))
        return [Curation.of(c) for c in page.items]
