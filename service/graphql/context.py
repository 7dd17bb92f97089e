"""The per-request context: the store, the caller's key and the DataLoaders that batch store reads."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from fastapi import Request
from strawberry.dataloader import DataLoader
from strawberry.fastapi import BaseContext

from queries.store import GraphStore
from schema.models import ArticleRecord, Direction, EntityRecord, EvidenceRecord, MetricRecord, RelationRecord
from service.config import Settings
from service.ingestion import Ingestor
from service.security import check_key, presented_key

# (entity id, relation types, direction, how many): one first page of Entity.relations.
RelationsKey = tuple[str, tuple[str, ...] | None, Direction, int, float]  # entity, types, way, size, floor


class Context(BaseContext):
    def __init__(self, store: GraphStore, settings: Settings, ingestor: Ingestor, api_key: str | None) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.ingestor = ingestor
        self.api_key = api_key
        self.entities = DataLoader(load_fn=self._entities)
        self.metrics = DataLoader(load_fn=self._metrics)
        self.relations = DataLoader(load_fn=self._relations)
        self.evidence = DataLoader(load_fn=self._evidence, cache_key_fn=repr)
        self.articles = DataLoader(load_fn=self._articles, cache_key_fn=repr)

    def check_writer(self) -> str:
        """The name of the writer's key (HTTPException when it may not write)."""
        return check_key(self.settings, self.api_key, "writing")

    async def _entities(self, ids: list[str]) -> list[EntityRecord | None]:
        found = {e.id: e for e in await self.store.get_entities(ids=ids)}
        return [found.get(i) for i in ids]

    async def _metrics(self, ids: list[str]) -> list[list[MetricRecord]]:
        found = await self.store.metrics_of(entity_ids=ids)
        return [found[i] for i in ids]

    async def _relations(self, keys: list[RelationsKey]) -> list[list[RelationRecord]]:
        """One store call per distinct (types, direction, size, floor), whatever the number of entities."""
        groups: dict[tuple[Any, ...], list[str]] = defaultdict(list)
        for entity_id, *rest in keys:
            groups[tuple(rest)].append(entity_id)
        found: dict[RelationsKey, list[RelationRecord]] = {}
        for (types, direction, size, floor), ids in groups.items():
            page = await self.store.relations_of_many(
                entity_ids=ids,
                types=list(types) if types else None,
                direction=direction,
                limit=size,
                min_confidence=floor,
            )
            for entity_id in ids:
                found[(entity_id, types, direction, size, floor)] = page[entity_id]
        return [found[k] for k in keys]

    async def _evidence(self, keys: list[tuple[str, int]]) -> list[list[EvidenceRecord]]:
        size = max(n for _, n in keys)
        found = await self.store.evidence_of(relation_ids=list(dict.fromkeys(r for r, _ in keys)), limit=size)
        return [found[r][:n] for r, n in keys]

    async def _articles(self, keys: list[tuple[str, int]]) -> list[list[ArticleRecord]]:
        size = max(n for _, n in keys)
        found = await self.store.articles_of(entity_ids=list(dict.fromkeys(e for e, _ in keys)), limit=size)
        return [found[e][:n] for e, n in keys]


async def context_for(request: Request) -> Context:
    settings: Settings = request.app.state.settings
    key = presented_key(request)
    if not settings.public_reads:
        check_key(settings, key, "reading")
    return Context(request.app.state.store, settings, request.app.state.ingestor, key)
