"""Data that flows between ingest, the stores and the service."""

from __future__ import annotations

import hashlib
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from schema.ontology import RELATION_TYPES, EntityType, MetricKind

T = TypeVar("T")
Direction = Literal["out", "in", "both"]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Model):
    """A piece of the article text with character offsets into it."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Evidence(Span):
    """A sentence that states a relation, with the rule that read it there and that rule's confidence."""

    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    rule: str = ""


class ArticleMeta(_Model):
    id: str = Field(min_length=1, max_length=200)
    lang: str = "ja"
    title: str = ""
    url: str | None = None
    published_at: str | None = None
    content_hash: str = ""


class Article(_Model):
    """An article as read from a source, before extraction."""

    text: str
    id: str | None = Field(default=None, min_length=1, max_length=200)
    title: str = ""
    url: str | None = None
    published_at: str | None = None
    lang: str | None = None
    source: str = ""


class ExtractedEntity(_Model):
    id: str = Field(min_length=1, max_length=200)
    name: str = Field(min_length=1)
    type: EntityType
    aliases: list[str] = []
    description: str = ""
    mentions: list[Span] = []


class ExtractedRelation(_Model):
    head: str
    type: str
    tail: str
    confidence: float = Field(ge=0.0, le=1.0)
    evidence: list[Evidence]
    rule: str = ""  # the rule of the most confident evidence

    @property
    def id(self) -> str:
        return relation_id(self.head, self.type, self.tail)


class ExtractedMetric(_Model):
    entity: str
    kind: MetricKind
    value: float
    unit: str
    approximate: bool = False
    raw: str = ""
    evidence: Span
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    rule: str = ""


class Extraction(_Model):
    """Everything found in one article; the unit of an atomic store write."""

    article: ArticleMeta
    text: str = ""
    entities: list[ExtractedEntity] = []
    relations: list[ExtractedRelation] = []
    metrics: list[ExtractedMetric] = []


def relation_id(head: str, type_: str, tail: str) -> str:
    """Stable id of a relation; symmetric types ignore the order of their ends."""
    spec = RELATION_TYPES.get(type_)
    if spec is not None and spec.symmetric and tail < head:
        head, tail = tail, head
    return "r-" + hashlib.sha1(f"{head}\x1f{type_}\x1f{tail}".encode()).hexdigest()[:20]


# ---- what reads return -------------------------------------------------------------------------


class EntitySummary(_Model):
    id: str
    name: str
    type: str


class ActorNames(_Model):
    """An entity as identity matching sees it: every name it is known by."""

    id: str
    name: str
    type: str
    aliases: list[str] = []


class EntityRecord(_Model):
    id: str
    name: str
    type: str
    aliases: list[str] = []
    description: str = ""
    relation_count: int = 0
    article_count: int = 0


class RelationRecord(_Model):
    id: str
    type: str
    head: EntitySummary
    tail: EntitySummary
    confidence: float
    support: int
    first_seen: str | None = None
    last_seen: str | None = None


class EvidenceRecord(_Model):
    relation_id: str
    article_id: str
    article_title: str = ""
    published_at: str | None = None
    text: str
    start: int
    end: int
    confidence: float
    rule: str = ""


class MetricRecord(_Model):
    entity_id: str
    kind: str
    value: float
    unit: str
    approximate: bool
    raw: str
    article_id: str
    text: str
    start: int
    end: int
    published_at: str | None = None
    confidence: float = 1.0
    rule: str = ""


class ArticleRecord(_Model):
    id: str
    title: str
    lang: str
    url: str | None = None
    published_at: str | None = None
    content_hash: str = ""
    ingested_at: str = ""


class ArticleGraph(_Model):
    """An article with the actors it mentions and the relations it gives evidence for."""

    article: ArticleRecord
    entities: list[EntitySummary]
    relations: list[RelationRecord]


class Page(_Model, Generic[T]):
    items: list[T]
    next_cursor: str | None = None


class Subgraph(_Model):
    nodes: list[EntitySummary]
    edges: list[RelationRecord]
    truncated: bool = False


class GraphPath(_Model):
    nodes: list[EntitySummary]
    edges: list[RelationRecord]


class Stats(_Model):
    articles: int
    entities: int
    relations: int
    evidence: int
    metrics: int
    entities_by_type: dict[str, int] = {}
    relations_by_type: dict[str, int] = {}


class EntityPatch(_Model):
    """A curator's edit of an entity: fields left out stay as they are."""

    name: str | None = Field(default=None, min_length=1, max_length=300)
    type: str | None = None
    description: str | None = Field(default=None, max_length=5000)
    add_aliases: list[str] = Field(default=[], max_length=100)
    remove_aliases: list[str] = Field(default=[], max_length=100)


CurationKind = Literal["patch", "reject", "merge"]


class CurationRecord(_Model):
    """One curation as stored: who made it, when, on what, and the state before and after."""

    id: str
    kind: CurationKind
    target: str
    into: str | None = None
    who: str
    at: str
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}


class DuplicatePair(_Model):
    """Two entities that identity matching could not tell apart from a third: for a curator to review."""

    a: EntitySummary
    b: EntitySummary
    seen_at: str


class WriteOutcome(_Model):
    article_id: str
    status: Literal["created", "unchanged", "replaced"]
    entities: int = 0
    relations: int = 0
    metrics: int = 0
