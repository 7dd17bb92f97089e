"""The ontology and counts."""

from __future__ import annotations

import strawberry

from service.graphql.common import guarded
from service.graphql.context import Context
from service.rest.meta import ontology_model

Info = strawberry.Info[Context, None]


@strawberry.type
class RelationTypeInfo:
    name: str
    heads: list[str]
    tails: list[str]
    symmetric: bool
    description_en: str
    description_ja: str


@strawberry.type
class MetricKindInfo:
    kind: str
    unit: str


@strawberry.type
class Ontology:
    entity_types: list[str]
    relation_types: list[RelationTypeInfo]
    metric_kinds: list[MetricKindInfo]


@strawberry.type
class TypeCount:
    type: str
    count: int


@strawberry.type
class Stats:
    articles: int
    entities: int
    relations: int
    evidence: int
    metrics: int
    entities_by_type: list[TypeCount]
    relations_by_type: list[TypeCount]


@strawberry.type
class MetaQuery:
    @strawberry.field
    def ontology(self) -> Ontology:
        o = ontology_model()
        return Ontology(
            entity_types=o.entity_types,
            relation_types=[RelationTypeInfo(**r.model_dump()) for r in o.relation_types],
            metric_kinds=[MetricKindInfo(kind=k, unit=u) for k, u in o.metric_kinds.items()],
        )

    @strawberry.field
    async def stats(self, info: Info) -> Stats:
        s = await guarded(info.context.store.stats())
        return Stats(
            articles=s.articles,
            entities=s.entities,
            relations=s.relations,
            evidence=s.evidence,
            metrics=s.metrics,
            entities_by_type=[TypeCount(type=k, count=v) for k, v in s.entities_by_type.items()],
            relations_by_type=[TypeCount(type=k, count=v) for k, v in s.relations_by_type.items()],
        )
