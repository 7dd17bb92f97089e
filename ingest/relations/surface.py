"""Facts read from the words between two neighbouring names, where the parse is unreliable: 'X氏率いる米Y',
'AはBを子会社化した', 'AはBの完全子会社となった', 'AによるBの買収', 'Lを拠点とするX'. Each pattern (the
`surface` section of the language's lexicon) names the text between the two names, and optionally what must
follow the second; the ontology still checks the ends."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from spacy.tokens import Span

from ingest.doc_text import doc_text
from ingest.relations.common import Actors, Collector


@dataclass(frozen=True)
class SurfacePattern:
    id: str
    between: re.Pattern[str]
    after: re.Pattern[str] | None
    types: tuple[str, ...]
    second_is_head: bool
    confidence: float


def surface_patterns(raw: dict[str, Any]) -> list[SurfacePattern]:
    return [
        SurfacePattern(
            id=p["id"],
            between=re.compile(p["between"]),
            after=re.compile(p["after"]) if p.get("after") else None,
            types=tuple(p["types"]),
            second_is_head=p.get("head") == "second",
            confidence=float(p["confidence"]),
        )
        for p in raw.get("surface", [])
    ]


def read_surface(patterns: list[SurfacePattern], actors: Actors, sent: Span, out: Collector) -> None:
    """Every pattern over each pair of names next to each other in the sentence (no name between them)."""
    if not patterns:
        return
    text = doc_text(sent.doc)
    named = list(actors.within(sent))
    for a, b in pairwise(named):
        first, second = actors.ents[a], actors.ents[b]
        between = text[first.end_char : second.start_char]
        for p in patterns:
            if not p.between.fullmatch(between):
                continue
            if p.after is not None and not p.after.match(text[second.end_char : sent.end_char]):
                continue
            head, tail = (b, a) if p.second_is_head else (a, b)
            out.add(p.types, head, tail, p.confidence, sent, p.id)
