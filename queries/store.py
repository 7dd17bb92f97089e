"""The storage interface every graph store implements (contract tests in tests/contract/)."""

from __future__ import annotations

from typing import Literal, Protocol

from schema.models import (
    ActorNames,
    ArticleGraph,
    ArticleRecord,
    CurationRecord,
    Direction,
    DuplicatePair,
    EntityPatch,
    EntityRecord,
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

MAX_HOPS = 6
EntitySort = Literal["mentions", "name"]
MAX_DEPTH = 3


class GraphStore(Protocol):
    async def init_schema(self) -> None:
        """Create tables, constraints and indexes; safe to call again."""

    async def ping(self) -> None:
        """Raise StoreUnavailable unless the store answers."""

    async def write_article(self, *, extraction: Extraction) -> WriteOutcome:
        """Write one article's extraction atomically: all of it or nothing. Same content again is a
        no-op; a changed version under the same id replaces the old evidence."""

    async def write_articles(self, *, extractions: list[Extraction]) -> list[WriteOutcome]:
        """Write several articles in one transaction: all of them or none (callers fall back to
        write_article one by one to isolate a failing article)."""

    async def delete_article(self, *, article_id: str) -> bool:
        """Retract an article's evidence; drop relations, metrics and entities nothing else supports."""

    async def get_entities(self, *, ids: list[str]) -> list[EntityRecord]:
        """Entities by id, in the order asked, unknown ids left out."""

    async def search_entities(
        self, *, query: str, entity_type: str | None = None, limit: int = 20, cursor: str | None = None
    ) -> Page[EntityRecord]:
        """Entities whose name or alias matches: exact first, then prefix, then substring."""

    async def curations(self, *, limit: int = 20, cursor: str | None = None) -> Page[CurationRecord]:
        """Curations in force, newest first."""

    async def patch_entity(self, *, entity_id: str, patch: EntityPatch, who: str) -> CurationRecord:
        """Edit an entity (NotFound, InvalidInput); later ingests keep the edit."""

    async def reject_relation(self, *, relation_id: str, who: str) -> CurationRecord:
        """Hide a wrong relation and its evidence (NotFound); later ingests do not bring it back."""

    async def merge_entities(self, *, source_id: str, into_id: str, who: str) -> CurationRecord:
        """Move the source's relations, evidence, mentions, figures and names to `into` and drop the source
        (NotFound; InvalidInput for itself or another type); later ingests write the source as `into`."""

    async def undo_curation(self, *, curation_id: str) -> CurationRecord:
        """Undo a curation and forget it (NotFound): what it changed is as it was before."""

    async def record_duplicates(self, *, pairs: list[tuple[str, str]]) -> None:
        """Remember pairs of entities that may be one actor (identity matching found both for one name)."""

    async def possible_duplicates(self, *, limit: int = 20, cursor: str | None = None) -> Page[DuplicatePair]:
        """Recorded pairs whose two entities both still exist, newest first."""

    async def identity_candidates(self, *, keys: list[str]) -> list[ActorNames]:
        """Entities having any of these identity keys (schema.identity), in one query."""

    async def list_entities(
        self,
        *,
        entity_type: str | None = None,
        sort: EntitySort = "mentions",
        limit: int = 20,
        cursor: str | None = None,
    ) -> Page[EntityRecord]:
        """Every entity (of a type): most mentioned first (articles mentioning it), or by name."""

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
        """Relations touching the entity, most supported first; symmetric types match any direction;
        only those whose confidence is at least `min_confidence`."""

    async def relations_of_many(
        self,
        *,
        entity_ids: list[str],
        types: list[str] | None = None,
        direction: Direction = "both",
        limit: int = 50,
        min_confidence: float = 0.0,
    ) -> dict[str, list[RelationRecord]]:
        """The first page of relations_of for each entity, in one round trip."""

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
        """Relations by type and ends, most supported first; symmetric types match either order."""

    async def neighbourhood(
        self, *, entity_id: str, depth: int = 1, types: list[str] | None = None, limit: int = 100
    ) -> Subgraph:
        """Entities within `depth` hops and the relations among them, at most `limit` nodes."""

    async def shortest_paths(
        self, *, source_id: str, target_id: str, max_hops: int = 4, limit: int = 5
    ) -> list[GraphPath]:
        """Shortest undirected paths of typed relations between two entities."""

    async def evidence_of(self, *, relation_ids: list[str], limit: int = 20) -> dict[str, list[EvidenceRecord]]:
        """Evidence of each relation, newest first, at most `limit` each."""

    async def metrics_of(self, *, entity_ids: list[str]) -> dict[str, list[MetricRecord]]:
        """Figures attached to each entity."""

    async def get_relations(self, *, ids: list[str]) -> list[RelationRecord]: ...

    async def article_graph(self, *, article_id: str) -> ArticleGraph:
        """An article with its entities and the relations it supports; NotFound when unknown."""

    async def articles_of(self, *, entity_ids: list[str], limit: int = 20) -> dict[str, list[ArticleRecord]]:
        """The newest articles mentioning each entity."""

    async def get_articles(self, *, ids: list[str]) -> list[ArticleRecord]: ...

    async def list_articles(self, *, limit: int = 20, cursor: str | None = None) -> Page[ArticleRecord]: ...

    async def stats(self) -> Stats: ...

    async def close(self) -> None: ...
