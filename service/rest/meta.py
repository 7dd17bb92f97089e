"""The ontology and the graph's counts."""

from __future__ import annotations

from fastapi import APIRouter

from schema.models import Stats
from schema.ontology import METRIC_UNITS, RELATION_TYPES, EntityType
from service.api_models import Ontology, RelationTypeInfo
from service.deps import Store
from service.security import Reader

router = APIRouter(prefix="/v1", tags=["meta"])


def ontology_model() -> Ontology:
    return Ontology(
        entity_types=[t.value for t in EntityType],
        relation_types=[
            RelationTypeInfo(
                name=r.name,
                heads=sorted(t.value for t in r.heads),
                tails=sorted(t.value for t in r.tails),
                symmetric=r.symmetric,
                description_en=r.description_en,
                description_ja=r.description_ja,
            )
            for r in RELATION_TYPES.values()
        ],
        metric_kinds={k.value: unit for k, unit in METRIC_UNITS.items()},
    )


@router.get("/ontology")
async def ontology(_: Reader) -> Ontology:
    """Entity types, relation types (ends, symmetry, descriptions in English and Japanese), figure kinds."""
    return ontology_model()


@router.get("/stats")
async def stats(store: Store, _: Reader) -> Stats:
    """Counts of articles, entities, relations, evidence and figures, by type."""
    return await store.stats()
