"""Relations, their evidence, and paths between entities."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import strawberry

from schema.models import EntitySummary, EvidenceRecord, GraphPath, RelationRecord
from service.graphql.common import Edge, PageInfo, check_first, guarded, page_info
from service.graphql.context import Context
from service.graphql.entities import Entity

Info = strawberry.Info[Context, None]


@strawberry.enum
class Direction(Enum):
    OUT = "out"
    IN = "in"
    BOTH = "both"


@strawberry.type
class Evidence:
    article_id: strawberry.ID
    article_title: str
    published_at: str | None
    text: str = strawberry.field(description="The sentence that says it, as written in the article.")
    start: int
    end: int
    confidence: float
    rule: str = strawberry.field(description="The id of the extraction rule that read the relation in this sentence.")

    @classmethod
    def of(cls, v: EvidenceRecord) -> Evidence:
        return cls(
            article_id=strawberry.ID(v.article_id),
            article_title=v.article_title,
            published_at=v.published_at,
            text=v.text,
            start=v.start,
            end=v.end,
            confidence=v.confidence,
            rule=v.rule,
        )


@strawberry.type
class Relation:
    id: strawberry.ID
    type: str
    confidence: float
    support: int = strawberry.field(description="How many articles give evidence for it.")
    first_seen: str | None
    last_seen: str | None
    head_id: strawberry.ID
    tail_id: strawberry.ID
    ends: strawberry.Private[tuple[EntitySummary, EntitySummary]]

    @classmethod
    def of(cls, r: RelationRecord) -> Relation:
        return cls(
            id=strawberry.ID(r.id),
            type=r.type,
            confidence=r.confidence,
            support=r.support,
            first_seen=r.first_seen,
            last_seen=r.last_seen,
            head_id=strawberry.ID(r.head.id),
            tail_id=strawberry.ID(r.tail.id),
            ends=(r.head, r.tail),
        )

    @strawberry.field
    def head(self) -> Entity:
        return Entity.summary(self.ends[0])

    @strawberry.field
    def tail(self) -> Entity:
        return Entity.summary(self.ends[1])

    @strawberry.field(description="Sentences that support it, newest first.")
    async def evidence(self, info: Info, first: int = 10) -> list[Evidence]:
        found = await guarded(info.context.evidence.load((str(self.id), check_first(first))))
        return [Evidence.of(v) for v in found]


@strawberry.type
class RelationEdge(Edge[Relation]):
    direction: Direction = strawberry.field(description="OUT when the entity asked about is the head.")
    other_end: strawberry.Private[EntitySummary]

    @strawberry.field(description="The entity at the other end.")
    def other(self) -> Entity:
        return Entity.summary(self.other_end)


@strawberry.type
class RelationConnection:
    edges: list[RelationEdge]
    page_info: PageInfo


async def relations_of(
    info: Info,
    entity_id: str,
    types: list[str] | None,
    direction: Direction | None,
    page: tuple[int, str | None],
    min_confidence: float,
) -> RelationConnection:
    """The first page comes through the DataLoader (one store call for every entity of the query);
    later pages are single store calls."""
    way = (direction or Direction.BOTH).value
    first, after = page
    if after is None:
        key = (entity_id, tuple(types) if types else None, way, first + 1, min_confidence)
        found = await guarded(info.context.relations.load(key))  # type: ignore[arg-type]
        items, more = found[:first], len(found) > first
    else:
        later = await guarded(
            info.context.store.relations_of(
                entity_id=entity_id,
                types=types,
                direction=way,  # type: ignore[arg-type]
                limit=first,
                cursor=after,
                min_confidence=min_confidence,
            )
        )
        items, more = later.items, later.next_cursor is not None
    cursors, info_ = page_info(after, len(items), "more" if more else None)
    edges = [
        RelationEdge(
            cursor=c,
            node=Relation.of(r),
            direction=Direction.OUT if r.head.id == entity_id else Direction.IN,
            other_end=r.tail if r.head.id == entity_id else r.head,
        )
        for c, r in zip(cursors, items, strict=True)
    ]
    return RelationConnection(edges=edges, page_info=info_)


@strawberry.type
class Path:
    edges: list[Relation]
    nodes: list[Entity] = strawberry.field(description="The entities along the path, in order.")

    @classmethod
    def of(cls, p: GraphPath) -> Path:
        return cls(edges=[Relation.of(r) for r in p.edges], nodes=[Entity.summary(n) for n in p.nodes])


@strawberry.type
class RelationQuery:
    @strawberry.field(description="A relation by id, or null.")
    async def relation(self, info: Info, id: strawberry.ID) -> Relation | None:
        found = await guarded(info.context.store.get_relations(ids=[str(id)]))
        return Relation.of(found[0]) if found else None

    @strawberry.field(description="Relations by type and ends, most supported first.")
    async def relations(
        self,
        info: Info,
        type: list[str] | None = None,
        head: strawberry.ID | None = None,
        tail: strawberry.ID | None = None,
        first: int = 20,
        after: str | None = None,
        min_confidence: float = 0.0,
    ) -> RelationConnection:
        page = await guarded(
            info.context.store.find_relations(
                types=type,
                head_id=head,
                tail_id=tail,
                limit=check_first(first),
                cursor=after,
                min_confidence=min_confidence,
            )
        )
        cursors, info_ = page_info(after, len(page.items), page.next_cursor)
        edges = [
            RelationEdge(cursor=c, node=Relation.of(r), direction=Direction.OUT, other_end=r.tail)
            for c, r in zip(cursors, page.items, strict=True)
        ]
        return RelationConnection(edges=edges, page_info=info_)

    @strawberry.field(description="Shortest paths between two entities, at most maxHops relations long (≤ 6).")
    async def path(
        self,
        info: Info,
        from_: Annotated[strawberry.ID, strawberry.argument(name="from")],
        to: strawberry.ID,
        max_hops: int = 4,
    ) -> list[Path]:
        found = await guarded(
            info.context.store.shortest_paths(source_id=str(from_), target_id=str(to), max_hops=max_hops)
        )
        return [Path.of(p) for p in found]
