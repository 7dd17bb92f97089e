"""Rename statements make an old and a new name one actor: 'Hooli, formerly known as Pied Cart',
'Nimbus was renamed Stratus', 'then called Blue Lantern … Renamed Quorra, it …'.

Both spans get one key in kb_id_ (the knowledge-base id when either has one, else a link key on the new
name) and the new name's type: an old name the NER typed as a place or a person is still the company."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from spacy.tokens import Doc, Span

from ingest.resolve import NAMED_PREFIX

RENAMES_FILE = Path(__file__).parent / "patterns" / "entity_renames.json"
_MAX_GAP = 60  # characters between the two names of one rename statement
_MAX_STORY = 400  # characters from 'then called OLD' to 'Renamed NEW'


@dataclass(frozen=True)
class _Patterns:
    new_then_old: tuple[re.Pattern[str], ...]
    old_then_new: tuple[re.Pattern[str], ...]
    told: re.Pattern[str] | None
    renamed: re.Pattern[str] | None
    after_new: re.Pattern[str] | None


@lru_cache(maxsize=2)
def _patterns(lang: str) -> _Patterns:
    data = json.loads(RENAMES_FILE.read_text(encoding="utf-8"))[lang]

    def one(key: str) -> re.Pattern[str] | None:
        return re.compile(data[key]) if key in data else None

    return _Patterns(
        tuple(re.compile(p) for p in data.get("new_then_old", [])),
        tuple(re.compile(p) for p in data.get("old_then_new", [])),
        one("told"),
        one("renamed"),
        one("after_new"),
    )


def renamed(doc: Doc, text: str, spans: list[Span], lang: str) -> list[Span]:
    """The spans, with each (old, new) pair of a rename statement given one key and the new name's type."""
    rules = _patterns(lang)
    out = sorted(spans, key=lambda s: s.start)
    for old, new in _pairs(text, out, rules):
        key = next((s.kb_id_ for s in (new, old) if s.kb_id_), NAMED_PREFIX + new.text)
        label = new.label_ if new.label_ != "LOCATION" else old.label_
        for span in (old, new):
            out[out.index(span)] = Span(doc, span.start, span.end, label=label, kb_id=key)
    return out


def _pairs(text: str, spans: list[Span], rules: _Patterns) -> list[tuple[Span, Span]]:
    """(old name, new name) of each rename statement, each span in one pair at most."""
    found: list[tuple[Span, Span]] = []
    for a, b in pairwise(spans):
        between = text[a.end_char : b.start_char]
        if len(between) > _MAX_GAP:
            continue
        if any(p.match(between) for p in rules.new_then_old):
            found.append((b, a))
        elif any(p.match(between) for p in rules.old_then_new) and _ends_rename(text, b, rules):
            found.append((a, b))
    found += _told_then_renamed(text, spans, rules)
    used: set[int] = set()
    out = []
    for old, new in found:
        if old.start not in used and new.start not in used and old.text != new.text:
            used.update((old.start, new.start))
            out.append((old, new))
    return out


def _ends_rename(text: str, new: Span, rules: _Patterns) -> bool:
    return rules.after_new is None or rules.after_new.match(text, new.end_char) is not None


def _told_then_renamed(text: str, spans: list[Span], rules: _Patterns) -> list[tuple[Span, Span]]:
    """'…, then called OLD, …. Renamed NEW, it …': an old name told, then the new one within the paragraph."""
    if rules.told is None or rules.renamed is None:
        return []
    told, renamed_ = rules.told, rules.renamed
    olds = [s for s in spans if told.search(text, max(0, s.start_char - 30), s.start_char)]
    out = []
    for old in olds:
        new = next(
            (
                s
                for s in spans
                if old.end_char < s.start_char <= old.end_char + _MAX_STORY
                and renamed_.search(text, max(0, s.start_char - 30), s.start_char)
            ),
            None,
        )
        if new is not None:
            out.append((old, new))
    return out
