"""`kg_entities`: the actors of a doc as doc.ents, labelled with ontology types.

Knowledge-base names come first (kb_id_ set); statistical entities fill the gaps when their label
maps to an ontology type and their text looks like a name."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ingest.kb import KnowledgeBase, load

LABELS_FILE = Path(__file__).resolve().parents[1] / "patterns" / "ner_labels.json"
# Hiragana (particles, verb endings) or sentence punctuation: a phrase, not a name.
_NOT_A_NAME = re.compile(r"[\u3041-\u309F、。,:：;\n!?！？「」()（）]")
_NAME_POS = {"PROPN"}
_NAME_SCRIPT = re.compile(r"[\u30A0-\u30FFA-Za-z0-9&.\- ]+")


GROUPS_FILE = LABELS_FILE.parent / "groups.json"
GROUP_KIND = "kg_group_kind"
if not Span.has_extension(GROUP_KIND):
    Span.set_extension(GROUP_KIND, default="")


class EntityComponent:
    def __init__(self, kb: KnowledgeBase, labels: dict[str, str], groups: dict[str, Any]) -> None:
        self.kb = kb
        self.labels = labels
        self.group_nouns: dict[str, str] = groups["nouns"]
        self.group_pattern = _group_pattern(groups)

    def __call__(self, doc: Doc) -> Doc:
        spans = self._with_groups(doc, self._kb_spans(doc))
        taken = {i for s in spans for i in range(s.start, s.end)}
        for ent in doc.ents:
            label = self.labels.get(ent.label_)
            if label and self._looks_like_name(ent) and not taken.intersection(range(ent.start, ent.end)):
                spans.append(Span(doc, ent.start, ent.end, label=label))
        doc.ents = filter_spans(spans)
        return doc

    def _kb_spans(self, doc: Doc) -> list[Span]:
        out = []
        for match in self.kb.find(doc.text):
            span = doc.char_span(
                match.start, match.end, label=match.entity.type.value, kb_id=match.entity.id, alignment_mode="expand"
            )
            if span is not None:
                # Expanding to token edges may swallow neighbours ("馬斯克は"); extract._mentions trims them.
                out.append(span)
        return out

    def _with_groups(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A place followed by a group noun becomes one ORGANIZATION span over both."""
        out = []
        for span in spans:
            m = self.group_pattern.match(doc.text, span.end_char) if span.label_ == "LOCATION" else None
            group = (
                doc.char_span(span.start_char, m.end(), label="ORGANIZATION", alignment_mode="expand") if m else None
            )
            if m is None or group is None:
                out.append(span)
                continue
            group._.set(GROUP_KIND, f"{span.kb_id_ or span.text}/{self.group_nouns[m.group('noun').lower()]}")
            out.append(group)
        return out

    @staticmethod
    def _looks_like_name(ent: Span) -> bool:
        text = ent.text.strip()
        if len(text) < 2 or _NOT_A_NAME.search(text) or text[0].isdigit():
            return False
        if text.isascii() and text[0].islower():
            return False
        # Katakana and Latin names are often tagged NOUN by Sudachi; their script alone marks a name.
        return any(t.pos_ in _NAME_POS for t in ent) or (len(text) >= 3 and bool(_NAME_SCRIPT.fullmatch(text)))


@Language.factory("kg_entities", default_config={"kb_path": None, "lang": "ja", "kb_limit": 0})
def make_entities(nlp: Language, name: str, kb_path: str | None, lang: str, kb_limit: int) -> EntityComponent:
    kb = load(Path(kb_path), limit=kb_limit) if kb_path else load(limit=kb_limit)
    labels: dict[str, Any] = json.loads(LABELS_FILE.read_text(encoding="utf-8"))[lang]
    groups: dict[str, Any] = json.loads(GROUPS_FILE.read_text(encoding="utf-8"))[lang]
    return EntityComponent(kb, labels, groups)


def _group_pattern(groups: dict[str, Any]) -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n in sorted(groups["nouns"], key=len, reverse=True))
    if "max_modifier_chars" in groups:
        return re.compile(
            f"{groups['joiner']}(?P<mod>[^\\s、。の]{{0,{groups['max_modifier_chars']}}}?)(?P<noun>{nouns})"
        )
    words = groups["max_modifier_words"]
    return re.compile(f"(?:\\s+[a-z][\\w-]*){{0,{words}}}?\\s+(?P<noun>{nouns})\\b", re.IGNORECASE)
