"""The store operations both adapters share: argument checks, paging and record building.

An adapter supplies `_read(fn, *args)`, which runs one of its read functions (`fn(conn_or_tx, *args)`)
where that store wants it, and a `reads` module with the same function names and signatures."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from types import ModuleType
from typing import Any

from queries import curation, records, traversal
from queries.cursor import check_limit, decode_cursor, next_cursor
from queries.store import MAX_HOPS, EntitySort
from schema.errors import InvalidInput, NotFound
from schema.identity import identity_keys
from schema.models import (
    ActorNames,
    ArticleGraph,
    ArticleRecord,
    CurationRecord,
    Direction,
    DuplicatePair,
    EntityPatch,
    EntityRecord,
    EntitySummary,
    EvidenceRecord,
    Extraction,
    GraphPath,
    MetricRecord,
    Page,
    RelationRecord,
    Stats,
    Subgraph,
    WriteOutcome,
)
from schema.names import normalize_name
from schema.ontology import RELATION_TYPES, entity_type, relation_type

Row = dict[str, Any]


def checked_types(types: list[str] | None) -> list[str]:
    return [relation_type(t).name for t in types] if types else list(RELATION_TYPES)


class StoreBase(ABC):
    reads: ModuleType
    curate: ModuleType  # curation functions, one transaction each (queries/<store>/curate.py)

    @abstractmethod
    async def _read(self, fn: Callable[..., Any], *args: Any) -> Any: ...

    @abstractmethod
    async def _write_tx(self, fn: Callable[..., Any], *args: Any) -> Any: ...

    @abstractmethod
    async def write_articles(self, *, extractions: list[Extraction]) -> list[WriteOutcome]: ...

    async def write_article(self, *, extraction: Extraction) -> WriteOutcome:
        return (await self.write_articles(extractions=[extraction]))[0]

    async def get_entities(self, *, ids: list[str]) -> list[EntityRecord]:
        rows = await self._read(self.reads.entities, ids)
        return [records.entity(r) for r in records.in_order(rows, ids)]

    async def search_entities(
        self, *, query: str, entity_type: str | None = None, limit: int = 20, cursor: str | None = None
    ) -> Page[EntityRecord]:
        kind = _entity_type(entity_type)
        skip, limit = decode_cursor(cursor), check_limit(limit)
        rows = await self._read(self.reads.search, normalize_name(query), kind, skip, limit + 1)
        return Page(items=[records.entity(r) for r in rows[:limit]], next_cursor=next_cursor(skip, limit, len(rows)))

    async def curations(self, *, limit: int = 20, cursor: str | None = None) -> Page[CurationRecord]:
        skip, limit = decode_cursor(cursor), check_limit(limit)
        rows = await self._read(self.curate.curation_page, skip, limit + 1)
        return Page(items=[curation.record(r) for r in rows[:limit]], next_cursor=next_cursor(skip, limit, len(rows)))

    async def patch_entity(self, *, entity_id: str, patch: EntityPatch, who: str) -> CurationRecord:
        changes = patch.model_dump(exclude_none=True, exclude_defaults=True)
        if not changes:
            raise InvalidInput("the patch changes nothing")
        if patch.type is not None:
            changes["type"] = entity_type(patch.type).value
        found = await self._write_tx(self.curate.patch_entity, entity_id, changes, who)
        if found is None:
            raise NotFound(f"no entity with id {entity_id!r}")
        return curation.record(found)

    async def reject_relation(self, *, relation_id: str, who: str) -> CurationRecord:
        found = await self._write_tx(self.curate.reject_relation, relation_id, who)
        if found is None:
            raise NotFound(f"no relation with id {relation_id!r}")
        return curation.record(found)

    async def merge_entities(self, *, source_id: str, into_id: str, who: str) -> CurationRecord:
        found = await self._write_tx(self.curate.merge_entities, source_id, into_id, who)
        if found is None:
            raise NotFound(f"no entity with id {source_id!r} or {into_id!r}")
        return curation.record(found)

    async def undo_curation(self, *, curation_id: str) -> CurationRecord:
        found = await self._write_tx(self.curate.undo, curation_id)
        if found is None:
            raise NotFound(f"no curation with id {curation_id!r}")
        return curation.record(found)

    async def record_duplicates(self, *, pairs: list[tuple[str, str]]) -> None:
        if pairs:
            await self._write_tx(self.curate.record_duplicates, curation.duplicate_rows(pairs))

    async def possible_duplicates(self, *, limit: int = 20, cursor: str | None = None) -> Page[DuplicatePair]:
        skip, limit = decode_cursor(cursor), check_limit(limit)
        rows = await self._read(self.curate.duplicate_page, skip, limit + 1)
        items = [
            DuplicatePair(a=records.summary(r, "a_"), b=records.summary(r, "b_"), seen_at=r["seen_at"])
            for r in rows[:limit]
        ]
        return Page(items=items, next_cursor=next_cursor(skip, limit, len(rows)))

    async def identity_candidates(self, *, keys: list[str]) -> list[ActorNames]:
        if not keys:
            return []
        found = await self._read(self.reads.identity_candidates, sorted(set(keys)))
        return [ActorNames(id=r["id"], name=r["name"], type=r["type"], aliases=r["aliases"] or []) for r in found]

    async def _entities_missing_identity_keys(self) -> list[Row]:
        """Entities stored before identity keys existed, with the keys to give them."""
        found = await self._read(self.reads.missing_identity_keys)
        return [{"id": r["id"], "identity_keys": identity_keys([r["name"], *(r["aliases"] or [])])} for r in found]

    async def list_entities(
        self,
        *,
        entity_type: str | None = None,
        sort: EntitySort = "mentions",
        limit: int = 20,
        cursor: str | None = None,
    ) -> Page[EntityRecord]:
        if sort not in ("mentions", "name"):
            raise InvalidInput("sort must be mentions or name")
        kind = _entity_type(entity_type)
        skip, limit = decode_cursor(cursor), check_limit(limit)
        rows = await self._read(self.reads.entity_page, kind, sort, skip, limit + 1)
        return Page(items=[records.entity(r) for r in rows[:limit]], next_cursor=next_cursor(skip, limit, len(rows)))

    async def relations_of(
        self,
        *,
        entity_id: str,
        types: list[str] | None = None,
        direction: Direction = "both",
        limit: int = 50,
        cursor: str | None = None,
        min_confidence: float = 0.0,
    ) -> Page[RelationRecord]:
        _check_direction(direction)
        skip, limit = decode_cursor(cursor), check_limit(limit)
        kinds, floor = checked_types(types), _check_confidence(min_confidence)
        rows = await self._read(self.reads.relations_of, entity_id, kinds, direction, skip, limit + 1, floor)
        return Page(items=[records.relation(r) for r in rows[:limit]], next_cursor=next_cursor(skip, limit, len(rows)))

    async def relations_of_many(
        self,
        *,
        entity_ids: list[str],
        types: list[str] | None = None,
        direction: Direction = "both",
        limit: int = 50,
        min_confidence: float = 0.0,
    ) -> dict[str, list[RelationRecord]]:
        _check_direction(direction)
        check_limit(limit)
        kinds, floor = checked_types(types), _check_confidence(min_confidence)
        out: dict[str, list[RelationRecord]] = {eid: [] for eid in entity_ids}
        for row in await self._read(self.reads.relations_of_many, entity_ids, kinds, direction, limit, floor):
            out[row["anchor"]].append(records.relation(row))
        return out

    async def find_relations(
        self,
        *,
        types: list[str] | None = None,
        head_id: str | None = None,
        tail_id: str | None = None,
        limit: int = 50,
        cursor: str | None = None,
        min_confidence: float = 0.0,
    ) -> Page[RelationRecord]:
        skip, limit = decode_cursor(cursor), check_limit(limit)
        kinds, floor = checked_types(types), _check_confidence(min_confidence)
        found = await self._read(self.reads.find_relations, kinds, head_id, tail_id, skip + limit + 1, floor)
        unique = {r["id"]: r for r in found}.values()
        ordered = sorted(unique, key=lambda r: (-r["support"], r["id"]))[skip : skip + limit + 1]
        return Page(
            items=[records.relation(r) for r in ordered[:limit]], next_cursor=next_cursor(skip, limit, len(ordered))
        )

    async def neighbourhood(
        self, *, entity_id: str, depth: int = 1, types: list[str] | None = None, limit: int = 100
    ) -> Subgraph:
        start = await self.get_entities(ids=[entity_id])

        async def expand(frontier: list[str], kinds: list[str], budget: int) -> list[EntitySummary]:
            return [records.summary(r) for r in await self._read(self.reads.neighbours, frontier, kinds, budget)]

        async def edges(ids: list[str], kinds: list[str], cap: int) -> list[RelationRecord]:
            return [records.relation(r) for r in await self._read(self.reads.edges_among, ids, kinds, cap)]

        first = EntitySummary(id=start[0].id, name=start[0].name, type=start[0].type) if start else None
        return await traversal.neighbourhood(
            first, depth=depth, types=checked_types(types), limit=limit, expand=expand, edges_among=edges
        )

    async def shortest_paths(
        self, *, source_id: str, target_id: str, max_hops: int = 4, limit: int = 5
    ) -> list[GraphPath]:
        if not 1 <= max_hops <= MAX_HOPS:
            raise InvalidInput(f"max_hops must be between 1 and {MAX_HOPS}")
        check_limit(limit, 50)
        if source_id == target_id:
            return []
        rows = await self._read(self.reads.shortest_paths, source_id, target_id, max_hops, limit)
        return [
            GraphPath(nodes=[records.summary(n) for n in r["nodes"]], edges=[records.relation(e) for e in r["edges"]])
            for r in rows
        ]

    async def evidence_of(self, *, relation_ids: list[str], limit: int = 20) -> dict[str, list[EvidenceRecord]]:
        check_limit(limit)
        out: dict[str, list[EvidenceRecord]] = {rid: [] for rid in relation_ids}
        for row in await self._read(self.reads.evidence, relation_ids, limit):
            if len(out[row["relation_id"]]) < limit:
                out[row["relation_id"]].append(records.evidence(row))
        return out

    async def metrics_of(self, *, entity_ids: list[str]) -> dict[str, list[MetricRecord]]:
        out: dict[str, list[MetricRecord]] = {eid: [] for eid in entity_ids}
        for row in await self._read(self.reads.metrics, entity_ids):
            out[row["entity_id"]].append(records.metric(row))
        return out

    async def get_relations(self, *, ids: list[str]) -> list[RelationRecord]:
        rows = await self._read(self.reads.relations_by_id, ids)
        return [records.relation(r) for r in records.in_order(rows, ids)]

    async def article_graph(self, *, article_id: str) -> ArticleGraph:
        found = await self.get_articles(ids=[article_id])
        if not found:
            raise NotFound(f"no article with id {article_id!r}")
        entities = [records.summary(r) for r in await self._read(self.reads.article_entities, article_id)]
        relation_ids = await self._read(self.reads.article_relation_ids, article_id)
        relations = sorted(await self.get_relations(ids=relation_ids), key=lambda r: (-r.support, r.id))
        return ArticleGraph(article=found[0], entities=entities, relations=relations)

    async def articles_of(self, *, entity_ids: list[str], limit: int = 20) -> dict[str, list[ArticleRecord]]:
        check_limit(limit)
        out: dict[str, list[ArticleRecord]] = {eid: [] for eid in entity_ids}
        for row in await self._read(self.reads.articles_of, entity_ids, limit):
            out[row["entity_id"]].append(records.article(row["article"]))
        return out

    async def get_articles(self, *, ids: list[str]) -> list[ArticleRecord]:
        rows = await self._read(self.reads.articles, ids)
        return [records.article(r) for r in records.in_order(rows, ids)]

    async def list_articles(self, *, limit: int = 20, cursor: str | None = None) -> Page[ArticleRecord]:
        skip, limit = decode_cursor(cursor), check_limit(limit)
        rows = await self._read(self.reads.article_page, skip, limit + 1)
        return Page(items=[records.article(r) for r in rows[:limit]], next_cursor=next_cursor(skip, limit, len(rows)))

    async def stats(self) -> Stats:
        raw = await self._read(self.reads.stats)
        return Stats(
            articles=raw["Article"],
            entities=raw["Entity"],
            evidence=raw["Evidence"],
            metrics=raw["Metric"],
            relations=sum(raw["relations_by_type"].values()),
            entities_by_type=raw["entities_by_type"],
            relations_by_type=raw["relations_by_type"],
        )


def _check_direction(direction: str) -> None:
    if direction not in ("out", "in", "both"):
        raise InvalidInput("direction must be out, in or both")


def _check_confidence(value: float) -> float:
    if not 0.0 <= value <= 1.0:
        raise InvalidInput("min_confidence must be between 0 and 1")
    return float(value)


def _entity_type(name: str | None) -> str | None:
    return entity_type(name).value if name else None
