"""The knowledge base of canonical entities (ingest/kb/entities.jsonl) and its name matcher.

Names are matched on the characters of the text, not on tokens: Japanese tokenisation of a name
changes with its context, character matching does not. Width and case are folded one character at a
time, so offsets in the folded text are offsets in the original. Names a row lists under `exact` are
brands that are also words (Arm, Runway, Inflection): they match only in the case written there."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

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
    exact: frozenset[str] = frozenset()  # names that are also common words: matched only in this case


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
        self._exact: dict[str, frozenset[str]] = {}
        for e in entities:
            for name in e.names:
                key = fold(name)
                if self._by_name.setdefault(key, e) is e and name in e.exact:
                    self._exact[key] = self._exact.get(key, frozenset()) | {name}
        self._pattern = re.compile(_trie_pattern(self._by_name))

    def find(self, text: str) -> list[KBMatch]:
        """Longest names first, never overlapping, with word edges respected for Latin and katakana."""
        folded = fold(text)
        out = []
        for m in self._pattern.finditer(folded):
            if _edges_ok(folded, m.start(), m.end()) and self._case_ok(m.group(), text[m.start() : m.end()]):
                out.append(KBMatch(self._by_name[m.group()], m.start(), m.end()))
        return out

    def lookup(self, name: str) -> KBEntity | None:
        key = fold(name)
        return self._by_name.get(key) if self._case_ok(key, name) else None

    def _case_ok(self, key: str, original: str) -> bool:
        """'Arm' the company, never 'arm' the limb: exact-case names must appear as written (width folded)."""
        forms = self._exact.get(key)
        return forms is None or unicodedata.normalize("NFKC", original) in forms


def _trie_pattern(names: Iterable[str]) -> str:
    """One regex for all names, shaped as their prefix trie: matching cost no longer grows with the
    number of names. Greedy optional tails make the longest name at a position win."""
    trie: dict[str, Any] = {}
    for name in names:
        node = trie
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node_pattern(trie)


def _node_pattern(node: dict[str, Any]) -> str:
    branches = [re.escape(ch) + _node_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


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


def load(path: Path = KB_FILE, limit: int = 0) -> KnowledgeBase:
    """The knowledge base; with limit > 0 only its first `limit` rows (the file is ordered by centrality).
    Read once per (path, limit) however it is called: `load()` and `load(limit=0)` are one knowledge base."""
    return _load(path, limit)


@lru_cache(maxsize=4)
def _load(path: Path, limit: int) -> KnowledgeBase:
    entities: list[KBEntity] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if limit > 0 and len(entities) >= limit:
            break
        if line.strip():
            entities.append(_entity(json.loads(line), f"{path}:{number}"))
    return KnowledgeBase(entities)


def _entity(row: dict[str, Any], where: str) -> KBEntity:
    try:
        exact = row.get("exact", [])
        names = (row["name"], *row.get("names_en", []), *row.get("names_ja", []), *exact)
        return KBEntity(
            row["id"],
            EntityType(row["type"]),
            row["name"],
            tuple(dict.fromkeys(names)),
            row.get("description", ""),
            frozenset(exact),
        )
    except (KeyError, ValueError) as exc:
        raise ValueError(f"{where}: bad knowledge-base row: {exc}") from exc
