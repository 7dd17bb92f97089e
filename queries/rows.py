"""Flat rows of one extraction, as both adapters write them (UNWIND $rows / COPY FROM a frame)."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from schema.errors import InvalidInput
from schema.identity import identity_keys
from schema.models import Extraction, WriteOutcome
from schema.names import search_keys
from schema.ontology import relation_type

Row = dict[str, Any]


def evidence_id(relation_id: str, article_id: str, start: int, end: int) -> str:
    return "ev-" + _short_hash(relation_id, article_id, start, end)


def _short_hash(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:20]


@dataclass
class ArticleRows:
    """Rows of one article, or of a batch of articles merged by `combine`."""

    articles: list[Row]
    entities: list[Row]
    mentions: list[Row]
    relations: list[Row]
    evidence: list[Row]
    metrics: list[Row]
    relations_by_type: dict[str, list[Row]] = field(default_factory=dict)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def entity_row(entity_id: str, name: str, type_: str, aliases: list[str], description: str) -> Row:
    unique_aliases = sorted({a for a in aliases if a and a != name})
    return {
        "id": entity_id,
        "name": name,
        "type": type_,
        "aliases": unique_aliases,
        "description": description,
        "search_keys": search_keys([name, *unique_aliases]),
        "aliases_text": " ".join(unique_aliases),
        "identity_keys": identity_keys([name, *unique_aliases]),
    }


def _names_row(entity_id: str, name: str, type_: str, aliases: list[str], description: str) -> Row:
    """An entity row without its search keys: `combine` adds them once per entity of the batch."""
    return {
        "id": entity_id,
        "name": name,
        "type": type_,
        "aliases": sorted({a for a in aliases if a and a != name}),
        "description": description,
    }


def check_references(extraction: Extraction) -> None:
    known = {e.id for e in extraction.entities}
    for rel in extraction.relations:
        relation_type(rel.type)
        if rel.head not in known or rel.tail not in known:
            raise InvalidInput(
                f"article {extraction.article.id}: relation {rel.head} {rel.type} {rel.tail} "
                "names an entity the extraction does not contain"
            )
    for metric in extraction.metrics:
        if metric.entity not in known:
            raise InvalidInput(f"article {extraction.article.id}: figure on unknown entity {metric.entity}")


def article_rows(extraction: Extraction) -> ArticleRows:
    check_references(extraction)
    meta = extraction.article
    ingested_at = now_iso()
    seen_at = meta.published_at or ingested_at[:10]
    article = {
        "id": meta.id,
        "title": meta.title,
        "lang": meta.lang,
        "url": meta.url,
        "published_at": meta.published_at,
        "content_hash": meta.content_hash,
        "ingested_at": ingested_at,
        "text": extraction.text,
    }
    entities = [
        _names_row(e.id, e.name, e.type.value, [*e.aliases, *(m.text for m in e.mentions)], e.description)
        for e in extraction.entities
    ]
    mentions = [
        {
            "article_id": meta.id,
            "entity_id": e.id,
            "count": len(e.mentions),
            "spans": "[" + ",".join(f"[{m.start},{m.end}]" for m in e.mentions[:50]) + "]",  # JSON
        }
        for e in extraction.entities
    ]
    relations, evidence = _relation_rows(extraction, seen_at)
    by_type: dict[str, list[Row]] = defaultdict(list)
    for row in relations:
        by_type[row["type"]].append(row)
    metrics = [
        {
            "id": "m-" + _short_hash(meta.id, m.entity, m.kind.value, m.evidence.start, m.value),
            "entity_id": m.entity,
            "kind": m.kind.value,
            "value": float(m.value),
            "unit": m.unit,
            "approximate": m.approximate,
            "raw": m.raw,
            "article_id": meta.id,
            "text": m.evidence.text,
            "span_start": m.evidence.start,
            "span_end": m.evidence.end,
            "published_at": meta.published_at,
            "confidence": m.confidence,
            "rule": m.rule,
        }
        for m in extraction.metrics
    ]
    return ArticleRows([article], entities, mentions, relations, evidence, metrics, dict(by_type))


def _relation_rows(extraction: Extraction, seen_at: str) -> tuple[list[Row], list[Row]]:
    article_id = extraction.article.id
    relations: dict[str, Row] = {}
    evidence: dict[str, Row] = {}
    for rel in extraction.relations:
        spec = relation_type(rel.type)
        head, tail = rel.head, rel.tail
        if spec.symmetric and tail < head:
            head, tail = tail, head
        rid = rel.id
        row = relations.setdefault(
            rid,
            {
                "id": rid,
                "type": rel.type,
                "head": head,
                "tail": tail,
                "confidence": 0.0,
                "support": 0,
                "first_seen": seen_at,
                "last_seen": seen_at,
            },
        )
        row["confidence"] = max(row["confidence"], rel.confidence)
        for span in rel.evidence:
            eid = evidence_id(rid, article_id, span.start, span.end)
            if eid in evidence:
                continue
            row["support"] += 1
            evidence[eid] = {
                "id": eid,
                "relation_id": rid,
                "article_id": article_id,
                "type": rel.type,
                "head": head,
                "tail": tail,
                "text": span.text,
                "span_start": span.start,
                "span_end": span.end,
                "confidence": span.confidence,
                "published_at": extraction.article.published_at,
                "seen_at": seen_at,
                "rule": span.rule,
            }
    return [r for r in relations.values() if r["support"] > 0], list(evidence.values())


def merge_entity(existing: Row, new: Row) -> Row | None:
    """The row to write over `existing` so it also carries `new`'s names; None if nothing changes."""
    known = set(existing.get("aliases") or [])
    names_known = known.issuperset(new["aliases"]) and new["name"] in (existing["name"], *known)
    if names_known and (existing.get("description") or not new["description"]):
        return None  # the common case, decided without rebuilding the row's search keys
    aliases = known | set(new["aliases"])
    if new["name"] != existing["name"]:
        aliases.add(new["name"])
    merged = entity_row(
        existing["id"],
        existing["name"],
        existing["type"],
        sorted(aliases),
        existing.get("description") or new["description"],
    )
    unchanged = merged["aliases"] == sorted(existing.get("aliases") or []) and merged["description"] == (
        existing.get("description") or ""
    )
    return None if unchanged else merged


def combine(batch: list[ArticleRows]) -> ArticleRows:
    """One set of rows for several articles: entities and relations merged by id."""
    entities: dict[str, Row] = {}
    relations: dict[str, Row] = {}
    for rows in batch:
        for e in rows.entities:
            merged = merge_entity(entities[e["id"]], e) if e["id"] in entities else e
            entities[e["id"]] = merged or entities[e["id"]]
        for r in rows.relations:
            if r["id"] not in relations:
                relations[r["id"]] = dict(r)
                continue
            acc = relations[r["id"]]
            acc["support"] += r["support"]
            acc["confidence"] = max(acc["confidence"], r["confidence"])
            acc["first_seen"] = min(acc["first_seen"], r["first_seen"])
            acc["last_seen"] = max(acc["last_seen"], r["last_seen"])
    by_type: dict[str, list[Row]] = defaultdict(list)
    for row in relations.values():
        by_type[row["type"]].append(row)
    return ArticleRows(
        articles=[a for rows in batch for a in rows.articles],
        entities=[entity_row(e["id"], e["name"], e["type"], e["aliases"], e["description"]) for e in entities.values()],
        mentions=[m for rows in batch for m in rows.mentions],
        relations=list(relations.values()),
        evidence=[v for rows in batch for v in rows.evidence],
        metrics=[m for rows in batch for m in rows.metrics],
        relations_by_type=dict(by_type),
    )


@dataclass
class BatchPlan:
    """What a batch write must do, given the content hashes of the articles already stored."""

    outcomes: list[WriteOutcome]
    replaced: list[str]
    rows: ArticleRows | None


def plan_batch(extractions: list[Extraction], stored_hashes: dict[str, str]) -> BatchPlan:
    latest = {x.article.id: x for x in extractions}  # the last version of an id in a batch wins
    outcomes: dict[str, WriteOutcome] = {}
    to_write: list[ArticleRows] = []
    replaced: list[str] = []
    for article_id, extraction in latest.items():
        stored = stored_hashes.get(article_id)
        if stored is not None and stored == extraction.article.content_hash:
            outcomes[article_id] = WriteOutcome(article_id=article_id, status="unchanged")
            continue
        if stored is not None:
            replaced.append(article_id)
        rows = article_rows(extraction)
        to_write.append(rows)
        outcomes[article_id] = WriteOutcome(
            article_id=article_id,
            status="replaced" if stored is not None else "created",
            entities=len(rows.entities),
            relations=len(rows.relations),
            metrics=len(rows.metrics),
        )
    return BatchPlan([outcomes[x.article.id] for x in extractions], replaced, combine(to_write) if to_write else None)
