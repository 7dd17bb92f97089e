"""The trigger lexicons of one language, loaded from ingest/patterns/relations/<lang>.json."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from schema.ontology import RELATION_TYPES, EntityType

RELATIONS_DIR = Path(__file__).resolve().parents[1] / "patterns" / "relations"


@dataclass(frozen=True)
class Trigger:
    types: tuple[str, ...]
    tail: tuple[str, ...] = ()
    implicit_tail: bool = False
    possessor_tail: bool = False
    possessor_is_head: bool = False
    # The object does the relation to the subject: 'XはYを迎え入れた' → Y WORKS_FOR X.
    reverse: bool = False


@dataclass(frozen=True)
class Lexicon:
    predicates: dict[str, Trigger]
    roles: dict[str, Trigger]
    received_verbs: frozenset[str]
    received_nouns: dict[str, tuple[str, ...]]
    mutual_nouns: dict[str, tuple[str, ...]]
    competitor_nouns: dict[str, tuple[str, ...]]
    possessive: dict[str, tuple[str, ...]]
    possessive_gap: int
    words: dict[str, frozenset[str]]
    pronouns: dict[str, EntityType]

    def word_set(self, name: str) -> frozenset[str]:
        return self.words.get(name, frozenset())


def _types(names: list[str]) -> tuple[str, ...]:
    unknown = [n for n in names if n not in RELATION_TYPES]
    if unknown:
        raise ValueError(f"{RELATIONS_DIR.name}/: unknown relation types {unknown}")
    return tuple(names)


def _triggers(entries: list[dict[str, Any]]) -> dict[str, Trigger]:
    out: dict[str, Trigger] = {}
    for entry in entries:
        trigger = Trigger(
            types=_types(entry["types"]),
            tail=tuple(entry.get("tail", ())),
            implicit_tail=bool(entry.get("implicit_tail")),
            possessor_tail=bool(entry.get("possessor_tail")),
            possessor_is_head=bool(entry.get("possessor_is_head")),
            reverse=bool(entry.get("reverse")),
        )
        for lemma in entry["lemmas"]:
            out[lemma.lower()] = trigger
    return out


def _noun_types(table: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    return {k.lower(): _types(v) for k, v in table.items() if not k.startswith("_")}


@lru_cache(maxsize=2)
def lexicon(lang: str) -> Lexicon:
    data: dict[str, Any] = json.loads((RELATIONS_DIR / f"{lang}.json").read_text(encoding="utf-8"))
    possessive = data["possessive"]
    plain = {k: frozenset(v) for k, v in data.items() if isinstance(v, list) and all(isinstance(x, str) for x in v)}
    return Lexicon(
        predicates=_triggers(data["predicates"]),
        roles=_triggers(data["roles"]),
        received_verbs=frozenset(data["received"]["verbs"]),
        received_nouns=_noun_types(data["received"]["nouns"]),
        mutual_nouns=_noun_types(data["mutual_nouns"]),
        competitor_nouns=_noun_types(data["competitor_nouns"]),
        possessive={k: _types(v) for k, v in possessive.items() if k in EntityType.__members__},
        possessive_gap=int(possessive["max_gap_tokens"]),
        words=plain,
        pronouns={k: EntityType(v) for k, v in data["pronouns"].items()},
    )
