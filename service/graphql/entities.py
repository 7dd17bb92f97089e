"""Entities, their figures, relations and articles."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Annotated

import strawberry
from graphql import GraphQLError

from schema.models import EntityRecord, EntitySummary, MetricRecord
from service.graphql.common import Edge, PageInfo, check_first, guarded, page_info
from service.graphql.context import Context

if TYPE_CHECKING:
    from service.graphql.articles import Article
    from service.graphql.relations import Direction, RelationConnection

Info = strawberry.Info[Context, None]
RelationConnectionRef = Annotated["RelationConnection", strawberry.lazy("service.graphql.relations")]
DirectionRef = Annotated["Direction", strawberry.lazy("service.graphql.relations")]
ArticleRef = Annotated["Article", strawberry.lazy("service.graphql.articles")]


@strawberry.type
class Metric:
    kind: str
    value: float
    unit: str
    approximate: bool
    raw: str
    article_id: strawberry.ID
    text: str
    start: int
    end: int
    published_at: str | None
    confidence: float
    rule: str = strawberry.field(description="The id of the extraction rule that read the figure.")

    @classmethod
    def of(cls, m: MetricRecord) -> Metric:
        return cls(
            kind=m.kind,
            value=m.value,
            unit=m.unit,
            approximate=m.approximate,
            raw=m.raw,
            article_id=strawberry.ID(m.article_id),
            text=m.text,
            start=m.start,
            end=m.end,
            published_at=m.published_at,
            confidence=m.confidence,
            rule=m.rule,
        )


@strawberry.type
class Entity:
    id: strawberry.ID
    name: str
    type: str
    # Set when the full record was read; an Entity reached through an edge starts with only the
    # summary the edge carries, and loads the rest only if the query asks for it.
    record: strawberry.Private[EntityRecord | None] = None

    @classmethod
    def of(cls, e: EntityRecord) -> Entity:
        return cls(id=strawberry.ID(e.id), name=e.name, type=e.type, record=e)

    @classmethod
    def summary(cls, e: EntitySummary) -> Entity:
        return cls(id=strawberry.ID(e.id), name=e.name, type=e.type)

    async def _record(self, info: Info) -> EntityRecord:
        if self.record is None:
            found = await guarded(info.context.entities.load(str(self.id)))
            if found is None:
                raise GraphQLError(f"entity {self.id!r} no longer exists", extensions={"code": "not_found"})
            self.record = found
        return self.record

    @strawberry.field
    async def aliases(self, info: Info) -> list[str]:
        return (await self._record(info)).aliases

    @strawberry.field
    async def description(self, info: Info) -> str:
        return (await self._record(info)).description

    @strawberry.field
    async def relation_count(self, info: Info) -> int:
        return (await self._record(info)).relation_count

    @strawberry.field
    async def article_count(self, info: Info) -> int:
        return (await self._record(info)).article_count

    @strawberry.field(description="Figures: valuation, market cap, funding, GPUs… each with its evidence.")
    async def metrics(self, info: Info) -> list[Metric]:
        return [Metric.of(m) for m in await guarded(info.context.metrics.load(str(self.id)))]

    @strawberry.field(description="Relations touching this entity, most supported first.")
    async def relations(
        self,
        info: Info,
        type: list[str] | None = None,
        direction: DirectionRef | None = None,
        first: int = 20,
        after: str | None = None,
        min_confidence: float = 0.0,
    ) -> RelationConnectionRef:
        from service.graphql.relations import relations_of

        return await relations_of(info, str(self.id), type, direction, (check_first(first), after), min_confidence)

    @strawberry.field(description="The newest articles mentioning this entity.")
    async def articles(self, info: Info, first: int = 10) -> list[ArticleRef]:
        from service.graphql.articles import Article

        found = await guarded(info.context.articles.load((str(self.id), check_first(first))))
        return [Article.of(a) for a in found]


@strawberry.type
class EntityConnection:
    edges: list[Edge[Entity]]
    page_info: PageInfo


async def load_entity(info: Info, entity_id: str) -> Entity | None:
    found = await guarded(info.context.entities.load(entity_id))
    return Entity.of(found) if found else None


@strawberry.enum(description="The order of an entity listing.")
class EntitySortOrder(Enum):
    MENTIONS = "mentions"  # most articles mentioning it first
    NAME = "name"


@strawberry.type
class EntityQuery:
    @strawberry.field(description="An entity by id, or null.")
    async def entity(self, info: Info, id: strawberry.ID) -> Entity | None:
        return await load_entity(info, str(id))

    @strawberry.field(
        description="Entities by any name or alias, in any script, best match first; without search, every "
        "entity (of a type) in the order `sort` says."
    )
    async def entities(
        self,
        info: Info,
        search: str | None = None,
        type: str | None = None,
        sort: EntitySortOrder = EntitySortOrder.MENTIONS,
        first: int = 20,
        after: str | None = None,
    ) -> EntityConnection:
        store, size = info.context.store, check_first(first)
        page = await guarded(
            store.list_entities(entity_type=type, sort=sort.value, limit=size, cursor=after)
            if search is None
            else store.search_entities(query=search, entity_type=type, limit=size, cursor=after)
        )
        cursors, info_ = page_info(after, len(page.items), page.next_cursor)
        edges = [Edge(cursor=c, node=Entity.of(e)) for c, e in zip(cursors, page.items, strict=True)]
        return EntityConnection(edges=edges, page_info=info_)
