"""A synthetic graph shaped like news extractions: articles mentioning entities and relating them."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator

from schema.models import ArticleMeta, Evidence, ExtractedEntity, ExtractedRelation, Extraction, Span
from schema.ontology import RELATION_TYPES, EntityType

PEOPLE_SHARE = 0.3


def entity_kind(index: int) -> EntityType:
    return EntityType.PERSON if index % 10 < PEOPLE_SHARE * 10 else EntityType.ORGANIZATION


def articles(*, entities: int, relations: int, per_article: int, seed: int = 7) -> Iterator[Extraction]:
    """`relations` distinct relations over `entities` entities, `per_article` relations an article."""
    rng = random.Random(seed)
    allowed = [(name, spec) for name, spec in RELATION_TYPES.items()]
    for number in range(relations // per_article):
        rels: list[ExtractedRelation] = []
        used: dict[int, ExtractedEntity] = {}
        text_parts: list[str] = []
        offset = 0
        while len(rels) < per_article:
            h, t = rng.randrange(entities), rng.randrange(entities)
            name, spec = rng.choice(allowed)
            if h == t or not spec.allows(entity_kind(h), entity_kind(t)):
                continue
            sentence = f"E{h} {name.lower()} E{t}."
            for i in (h, t):
                used.setdefault(
                    i,
                    ExtractedEntity(
                        id=f"e{i}",
                        name=f"Entity {i}",
                        type=entity_kind(i),
                        mentions=[Span(text=f"E{i}", start=offset, end=offset + 3)],
                    ),
                )
            rels.append(
                ExtractedRelation(
                    head=f"e{h}",
                    type=name,
                    tail=f"e{t}",
                    confidence=0.8,
                    evidence=[Evidence(text=sentence, start=offset, end=offset + len(sentence), confidence=0.8)],
                )
            )
            text_parts.append(sentence)
            offset += len(sentence) + 1
        text = " ".join(text_parts)
        meta = ArticleMeta(
            id=f"bench-{number}",
            lang="en",
            title=f"Bench {number}",
            published_at="2026-01-01",
            content_hash=hashlib.sha256(text.encode()).hexdigest(),
        )
        yield Extraction(article=meta, text=text, entities=list(used.values()), relations=rels)
