"""The knowledge base of canonical entities (ingest/kb/entities.jsonl) and its name matcher.

Names are matched on the characters of the text, not on tokens: Japanese tokenisation of a name
changes with its context, character matching does not. Width and case are folded one character at a
time, so offsets in the folded text are offsets in the original."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from schema.ontology import EntityType

KB_FILE = Path(__file__).parent / "kb" / "entities.jsonl"
_LATIN = re.compile(r"[A-Za-z0-9]")
_KATAKANA = re.compile(r"[\u30A0-\u30FF]")


@dataclass(frozen=True)
class KBEntity:
    id: str
    type: EntityType
    name: str
    names: tuple[str, ...]
    description: str


@dataclass(frozen=True)
class KBMatch:
    entity: KBEntity
    start: int
    end: int


def fold(text: str) -> str:
    """Width and case folded, character by character (length kept)."""
    if text.isascii():
        return text.lower()  # NFKC leaves ASCII alone and casefold is lower there
    return "".join(map(_fold_char, text))


@lru_cache(maxsize=65536)
def _fold_char(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch).casefold()
    return folded if len(folded) == 1 else ch


class KnowledgeBase:
    def __init__(self, entities: list[KBEntity]) -> None:
        self.entities = {e.id: e for e in entities}
        self._by_name: dict[str, KBEntity] = {}
        for e in entities:
            for name in e.names:
                self._by_name.setdefault(fold(name), e)
        names = sorted(self._by_name, key=len, reverse=True)
        self._pattern = re.compile("|".join(re.escape(n) for n in names))

    def find(self, text: str) -> list[KBMatch]:
        """Longest names first, never overlapping, with word edges respected for Latin and katakana."""
        folded = fold(text)
        out = []
        for m in self._pattern.finditer(folded):
            if _edges_ok(folded, m.start(), m.end()):
                out.append(KBMatch(self._by_name[m.group()], m.start(), m.end()))
        return out

    def lookup(self, name: str) -> KBEntity | None:
        return self._by_name.get(fold(name))


def _edges_ok(text: str, start: int, end: int) -> bool:
    """'Meta' must not match inside 'Metaverse', nor メタ inside メタバース."""
    for inside, outside in (
        (text[start], text[start - 1] if start else ""),
        (text[end - 1], text[end] if end < len(text) else ""),
    ):
        if not outside:
            continue
        if _LATIN.match(inside) and _LATIN.match(outside):
            return False
        if _KATAKANA.match(inside) and _KATAKANA.match(outside) and outside != "・":
            return False
    return True


@lru_cache(maxsize=4)
def load(path: Path = KB_FILE, limit: int = 0) -> KnowledgeBase:
    """The knowledge base; with a limit, only its first `limit` rows (the file lists the most central first)."""
    entities: list[KBEntity] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if limit and len(entities) >= limit:
            break
        if not line.strip():
            continue
        row = json.loads(line)
        try:
            names = (row["name"], *row.get("names_en", []), *row.get("names_ja", []))
            entities.append(
                KBEntity(
                    row["id"],
                    EntityType(row["type"]),
                    row["name"],
                    tuple(dict.fromkeys(names)),
                    row.get("description", ""),
                )
            )
        except (KeyError, ValueError) as exc:
            raise ValueError(f"{path}:{number}: bad knowledge-base row: {exc}") from exc
    return KnowledgeBase(entities)
