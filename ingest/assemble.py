"""Relation and figure hits of an article's docs → ExtractedRelation / ExtractedMetric with entity ids.

Hits name mentions; resolution decides which entity each mention is, so relations are assembled
after it. One relation per (head, type, tail) with every sentence that says it as evidence."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from ingest.figures import Amount
from ingest.relations.common import SALIENT
from ingest.resolve import Mention
from schema.models import Evidence, ExtractedEntity, ExtractedMetric, ExtractedRelation, Span
from schema.ontology import METRIC_HOLDERS, RELATION_TYPES, EntityType, MetricKind


@dataclass(frozen=True)
class RelationHit:
    head: int  # index into the article's mentions, or SALIENT
    type: str
    tail: int
    confidence: float
    start: int  # the sentence, in article offsets
    end: int
    rule: str = ""
    earlier_end: str = ""  # "head" or "tail": that end is an actor an earlier paragraph named


@dataclass(frozen=True)
class FigureHit:
    mention: int
    kind: MetricKind
    amount: Amount  # article offsets
    start: int
    end: int
    confidence: float = 1.0
    rule: str = ""


def relations(
    hits: list[RelationHit], mentions: list[Mention], entities: list[ExtractedEntity], text: str
) -> list[ExtractedRelation]:
    types = {e.id: e.type for e in entities}
    salience = Counter(m.entity_id for m in mentions)
    evidence: dict[tuple[str, str, str], dict[tuple[int, int], Evidence]] = {}
    # An actor that is itself the head of a relation of some type (an investor) is never the article's
    # choice for the tail of a relation of that type (the company funded).
    heads = {(h.type, mentions[h.head].entity_id) for h in hits if h.head != SALIENT}
    for hit in map(lambda h: _investor_not_funded(h, mentions, heads), hits):
        head, tail = _ends(hit, mentions, salience, types, heads)
        if not head or not tail or head == tail or not RELATION_TYPES[hit.type].allows(types[head], types[tail]):
            continue
        if RELATION_TYPES[hit.type].symmetric and tail < head:
            head, tail = tail, head
        spans = evidence.setdefault((head, hit.type, tail), {})
        known = spans.get((hit.start, hit.end))
        if known is None or known.confidence < hit.confidence:
            spans[(hit.start, hit.end)] = Evidence(
                text=text[hit.start : hit.end], start=hit.start, end=hit.end, confidence=hit.confidence, rule=hit.rule
            )
    return [_relation(key, list(spans.values())) for key, spans in evidence.items()]


def _investor_not_funded(hit: RelationHit, mentions: list[Mention], heads: set[tuple[str, str]]) -> RelationHit:
    """A tail carried from an earlier paragraph that is itself a head of this type elsewhere (the last
    investor named) is not what 'the round' meant: the article's company is (SALIENT)."""
    if hit.earlier_end == "tail" and (hit.type, mentions[hit.tail].entity_id) in heads:
        return replace(hit, tail=SALIENT, confidence=min(hit.confidence, 0.45))
    return hit


def _relation(key: tuple[str, str, str], evidence: list[Evidence]) -> ExtractedRelation:
    """One relation; its confidence and rule are those of its most confident sentence."""
    best = max(evidence, key=lambda e: e.confidence)
    head, kind, tail = key
    return ExtractedRelation(
        head=head, type=kind, tail=tail, confidence=best.confidence, rule=best.rule, evidence=evidence
    )


def _ends(
    hit: RelationHit,
    mentions: list[Mention],
    salience: Counter[str],
    types: dict[str, EntityType],
    heads: set[tuple[str, str]],
) -> tuple[str, str]:
    """Entity ids of a hit's ends; an end left to the article (SALIENT) is its most-mentioned actor that fits."""
    if hit.tail == SALIENT:
        head = mentions[hit.head].entity_id
        # The article's company is one it names more than once, and never one of the investors.
        fitting = Counter({e: n for e, n in salience.items() if n > 1 and (hit.type, e) not in heads})
        return head, _salient(hit.type, head, fitting, types, as_tail=True)
    tail = mentions[hit.tail].entity_id
    return (_salient(hit.type, tail, salience, types) if hit.head == SALIENT else mentions[hit.head].entity_id), tail


def _salient(kind: str, other: str, salience: Counter[str], types: dict[str, EntityType], as_tail: bool = False) -> str:
    """The most-mentioned actor of the article that can be this relation's head (or tail) beside `other`."""
    spec = RELATION_TYPES[kind]
    for entity_id, _count in salience.most_common():
        if not entity_id or entity_id == other:
            continue
        pair = (types[other], types[entity_id]) if as_tail else (types[entity_id], types[other])
        if spec.allows(*pair):
            return entity_id
    return ""


def metrics(
    hits: list[FigureHit], mentions: list[Mention], types: dict[str, EntityType], text: str
) -> list[ExtractedMetric]:
    out: dict[tuple[str, MetricKind, float, int], ExtractedMetric] = {}
    for hit in hits:
        entity = mentions[hit.mention].entity_id
        if not entity or types[entity] not in METRIC_HOLDERS[hit.kind]:
            continue
        metric = ExtractedMetric(
            entity=entity,
            kind=hit.kind,
            value=hit.amount.value,
            unit=hit.amount.unit,
            approximate=hit.amount.approximate,
            raw=hit.amount.raw,
            evidence=Span(text=text[hit.start : hit.end], start=hit.start, end=hit.end),
            confidence=hit.confidence,
            rule=hit.rule,
        )
        key = (entity, hit.kind, hit.amount.value, hit.start)
        if key not in out or out[key].confidence < metric.confidence:
            out[key] = metric
    return list(out.values())
