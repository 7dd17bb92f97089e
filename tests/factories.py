"""Small hand-built extractions for store tests (no spaCy involved)."""

from __future__ import annotations

import hashlib

from schema.models import ArticleMeta, Evidence, ExtractedEntity, ExtractedMetric, ExtractedRelation, Extraction, Span
from schema.ontology import EntityType, MetricKind

PEOPLE = {
    "elon-musk": ("Elon Musk", ["マスク", "馬斯克"]),
    "sam-altman": ("Sam Altman", ["アルトマン"]),
    "bill-gates": ("Bill Gates", ["ゲイツ"]),
    "e-musk": ("E. Musk", ["イーロン"]),
}
ORGS = {
    "xai": ("xAI", []),
    "openai": ("OpenAI", ["オープンAI"]),
    "microsoft": ("Microsoft", ["マイクロソフト"]),
    "tesla": ("Tesla", ["テスラ"]),
}


def entity(entity_id: str, text: str = "") -> ExtractedEntity:
    if entity_id in PEOPLE:
        name, aliases = PEOPLE[entity_id]
        kind = EntityType.PERSON
    elif entity_id in ORGS:
        name, aliases = ORGS[entity_id]
        kind = EntityType.ORGANIZATION
    else:
        name, aliases, kind = entity_id.title(), [], EntityType.ORGANIZATION
    mention = text or name
    return ExtractedEntity(
        id=entity_id, name=name, type=kind, aliases=aliases, mentions=[Span(text=mention, start=0, end=len(mention))]
    )


def extraction(
    article_id: str,
    triples: list[tuple[str, str, str]],
    *,
    text: str = "",
    published_at: str | None = "2026-01-15",
    metrics: list[tuple[str, str, float]] | None = None,
    title: str = "",
    confidence: float = 0.8,
) -> Extraction:
    """An article whose sentences state `triples` (head, TYPE, tail), one sentence each."""
    sentences = [f"{h} {t.lower()} {tl}." for h, t, tl in triples]
    body = text or " ".join(sentences) or "empty"
    ids = sorted({x for h, _, t in triples for x in (h, t)} | {m[0] for m in metrics or []})
    relations = []
    offset = 0
    for (head, kind, tail), sentence in zip(triples, sentences, strict=True):
        relations.append(
            ExtractedRelation(
                head=head,
                type=kind,
                tail=tail,
                confidence=confidence,
                rule="test.rule",
                evidence=[
                    Evidence(
                        text=sentence, start=offset, end=offset + len(sentence), confidence=confidence, rule="test.rule"
                    )
                ],
            )
        )
        offset += len(sentence) + 1
    figures = [
        ExtractedMetric(
            entity=e,
            kind=MetricKind(k),
            value=v,
            unit="USD",
            evidence=Span(text=f"{e} {k} {v}", start=0, end=5),
            confidence=0.7,
            rule="test.figure",
        )
        for e, k, v in metrics or []
    ]
    meta = ArticleMeta(
        id=article_id,
        lang="en",
        title=title or f"Article {article_id}",
        published_at=published_at,
        content_hash=hashlib.sha256(body.encode()).hexdigest(),
    )
    return Extraction(article=meta, text=body, entities=[entity(i) for i in ids], relations=relations, metrics=figures)
