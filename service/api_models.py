"""Shapes the API answers with, beyond the store's own records (schema.models)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from schema.models import EntityRecord, EvidenceRecord, MetricRecord, RelationRecord


class EntityDetail(EntityRecord):
    metrics: list[MetricRecord] = Field(default_factory=list)


class RelationDetail(RelationRecord):
    evidence: list[EvidenceRecord] = Field(default_factory=list)


class ArticleStatus(BaseModel):
    """What happened to one submitted article."""

    index: int
    id: str
    status: Literal["created", "replaced", "unchanged", "failed"]
    error: str | None = None
    entities: int = 0
    relations: int = 0
    metrics: int = 0


class IngestReport(BaseModel):
    articles: list[ArticleStatus]
    created: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0

    @classmethod
    def of(cls, statuses: list[ArticleStatus]) -> IngestReport:
        counts = {s: sum(1 for a in statuses if a.status == s) for s in ("created", "replaced", "unchanged", "failed")}
        return cls(articles=statuses, **counts)


class Job(BaseModel):
    id: str
    status: Literal["queued", "running", "done", "failed"]
    submitted: int
    processed: int = 0
    report: IngestReport | None = None
    error: str | None = None


class RelationTypeInfo(BaseModel):
    name: str
    heads: list[str]
    tails: list[str]
    symmetric: bool
    description_en: str
    description_ja: str


class Ontology(BaseModel):
    entity_types: list[str]
    relation_types: list[RelationTypeInfo]
    metric_kinds: dict[str, str]
