"""`kg_entities`: the actors of a doc as doc.ents, labelled with ontology types.

Knowledge-base names come first (kb_id_ set); names quoted after a type noun and statistical
entities fill the gaps when their label maps to an ontology type and their text looks like a name.
A name and its other form in brackets ('アブダビ投資庁（ADIA）') share a link key in kb_id_, which
resolve() reads as 'one actor'."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ingest.doc_text import doc_text
from ingest.entity_cues import Cues, Edit, cues
from ingest.entity_kin import with_family_names
from ingest.entity_links import linked
from ingest.entity_renames import renamed
from ingest.kb import KBMatch, KnowledgeBase, load

LABELS_FILE = Path(__file__).resolve().parents[1] / "patterns" / "ner_labels.json"
# Hiragana (particles, verb endings) or sentence punctuation: a phrase, not a name.
_NOT_A_NAME = re.compile(r"[\u3041-\u309F、。,:：;\n!?！？「」()（）]")
_NAME_POS = {"PROPN"}
_POSSESSIVE = re.compile(r"['’]s\s+(?=[A-Z])")
_NAME_SCRIPT = re.compile(r"[\u30A0-\u30FFA-Za-z0-9&.\- ]+")
# 'US$1.4 billion', 'HK$', 'A$': a country's letters before a dollar sign name the currency, not the place.
_CURRENCY_SIGN = re.compile(r"[$＄]")
# '(NYSE: ORCL)', '（東証：9984）': the exchange of a stock code, not an actor of the story.
_EXCHANGE_TAG = re.compile(r"\s*[:：]\s*[A-Z0-9]{1,6}(?:\.[A-Z]{1,2})?\s*[)）]")
_JAPANESE = re.compile(r"[\u3040-\u30FF\u4E00-\u9FFF]")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SMALL_WORDS = frozenset({"to", "in", "at", "on", "for", "of", "as", "is", "by", "with", "into", "from", "and"})
_SPACED_KANJI = re.compile(r"(?<![\u4E00-\u9FFF])([\u4E00-\u9FFF]{1,3})[ \u3000]([\u4E00-\u9FFF]{1,4})")
_SPACED_KATAKANA = re.compile(r"(?:[ \u3000][\u30A1-\u30FA\u30FC]+){1,4}(?![\u30A1-\u30FA\u30FC])")


GROUPS_FILE = LABELS_FILE.parent / "groups.json"
GROUP_KIND = "kg_group_kind"
if not Span.has_extension(GROUP_KIND):
    Span.set_extension(GROUP_KIND, default="")


class EntityComponent:
    def __init__(self, kb: KnowledgeBase, labels: dict[str, str], groups: dict[str, Any], rules: Cues) -> None:
        self.kb = kb
        self.labels = labels
        self.group_nouns: dict[str, str] = groups["nouns"]
        self.group_pattern = _group_pattern(groups)
        self.group_named_after = re.compile(groups.get("named_after", r"(?!)"))
        self.cues = rules

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        spans = self._with_groups(doc, text, self._kb_spans(doc, text))
        spans = self._quoted(doc, text, spans)
        for edit in self.cues.acronym_definitions(text):
            span = doc.char_span(edit.start, edit.end, label=edit.label, alignment_mode="expand")
            if span is not None:
                spans = _add_over_parts(text, spans, span, quoted=True)
        for edit in self.cues.pattern_names(text):
            span = doc.char_span(edit.start, edit.end, label=edit.label, alignment_mode="expand")
            if span is not None:
                spans = _add_over_parts(text, spans, span)
        for ent in doc.ents:
            if _in_title_case_line(text, ent.start_char):
                continue  # 'Nvidia To Invest $5 Billion In Intel': every word looks like a name there
            # GiNZA's finer labels miss some organisations ('Lux Capital' as a vehicle): the name's last word decides.
            label = self.labels.get(ent.label_) or self.cues.suffix_type(ent.text)
            for span in self._statistical(doc, text, ent, label) if label else []:
                spans = _add_over_parts(text, spans, span)
        spans = filter_spans(spans)
        spans += self._conjuncts(doc, text, spans)
        spans = renamed(doc, text, linked(doc, text, filter_spans(spans), self.cues), self.cues.lang)
        doc.ents = with_family_names(doc, text, spans, self.kb.lookup)
        return doc

    def _conjuncts(self, doc: Doc, text: str, spans: list[Span]) -> list[Span]:
        taken = [Edit(s.start_char, s.end_char, s.label_) for s in spans]
        out: list[Span] = []
        for edit in self.cues.conjuncts(text, taken):
            if _in_title_case_line(text, edit.start):
                continue
            span = doc.char_span(edit.start, edit.end, label=edit.label, alignment_mode="expand")
            if span is not None and not any(s.start < span.end and span.start < s.end for s in spans + out):
                out.append(span)
        return out

    def _kb_spans(self, doc: Doc, text: str) -> list[Span]:
        out = []
        for match in self.kb.find(text) + self._spaced_kanji_names(text):
            surface = text[match.start : match.end]
            if surface.isascii() and surface.islower() and surface not in match.entity.names:
                continue  # 'arm', 'scale': a common word that shares a company's letters
            if _is_exchange_tag(text, match.start, match.end):
                continue
            if match.entity.type.value == "LOCATION" and (
                self.cues.names_an_institution(text, match.end) or _CURRENCY_SIGN.match(text, match.end)
            ):
                continue
            end = match.end
            spaced = self._spaced_katakana_name(text, match.start, match.end)
            if spaced is not None:
                match, end = spaced
            kind, kb_id = match.entity.type.value, match.entity.id
            longer = self.cues.organization_end(text, end) if kind == "ORGANIZATION" else None
            if longer is not None:  # 'Intel Capital', 'エヌビディア合同会社': another organisation
                end, kb_id = longer, ""
            span = doc.char_span(match.start, end, label=kind, kb_id=kb_id, alignment_mode="expand")
            if span is not None:
                # Expanding to token edges may swallow neighbours ("馬斯克は"); extract._mentions trims them.
                out.append(span)
        return out

    def _spaced_kanji_names(self, text: str) -> list[KBMatch]:
        """'孫 正義': Japanese web text may space a surname from the given name; the joined form is the known name."""
        out = []
        for m in _SPACED_KANJI.finditer(text):
            for given in (m.group(2)[:n] for n in range(len(m.group(2)), 0, -1)):  # '孫 正義会長': the name ends early
                entity = self.kb.lookup(m.group(1) + given)
                if entity is not None and entity.type.value == "PERSON":
                    out.append(KBMatch(entity, m.start(), m.start(2) + len(given)))
                    break
        return out

    def _spaced_katakana_name(self, text: str, start: int, end: int) -> tuple[KBMatch, int] | None:
        """'アマゾン ウェブ サービス': web text spaces the words of a katakana name where the knowledge base
        writes them with ・; the longest spaced run that is a known name wins over its first word."""
        run = _SPACED_KATAKANA.match(text, end)
        if run is None:
            return None
        words = run.group(0).split()
        for n in range(len(words), 0, -1):
            entity = self.kb.lookup("・".join([text[start:end], *words[:n]]))
            if entity is not None:
                stop = end + sum(len(w) + 1 for w in words[:n])
                return KBMatch(entity, start, stop), stop
        return None

    def _quoted(self, doc: Doc, text: str, spans: list[Span]) -> list[Span]:
        """Names quoted after a noun of their type; they replace knowledge-base names inside them."""
        for name in self.cues.quoted(text):
            span = doc.char_span(name.start, name.end, label=name.label, alignment_mode="expand")
            if span is None or _NOT_A_NAME.search(span.text):
                continue
            spans = _add_over_parts(text, spans, span, quoted=True)
        return spans

    def _statistical(self, doc: Doc, text: str, ent: Span, label: str) -> list[Span]:
        start, end = self.cues.edges(text, ent.start_char, ent.end_char)
        if _is_exchange_tag(text, start, end):
            return []
        if self.cues.is_generic(text[start:end]):
            return []  # 'AI' stays generic in 'AI campus'
        if label != "PERSON":
            facility = self.cues.facility_end(text, end)
            if facility is not None:
                end, label = facility, "FACILITY"
            place = self.cues.location_end(text, end) if label == "LOCATION" else None
            end = place or end
        label = self.cues.label(text, start, end, label)
        if label == "LOCATION" and (self.cues.names_an_institution(text, end) or _CURRENCY_SIGN.match(text, end)):
            return []
        parts = self.cues.place_parts(text, start, end, self._is_place) if label == "LOCATION" else [(start, end)]
        owner = _POSSESSIVE.search(text, start, end)
        if owner is not None:  # "Alphabet's Google": the owner and the owned are two names
            parts = [(start, owner.start()), (owner.end(), end)]
        out = []
        for part_start, part_end in parts:
            span = doc.char_span(part_start, part_end, label=label, alignment_mode="expand")
            if span is not None and self._looks_like_name(span) and not self.cues.is_generic(span.text):
                out.append(span)
        return out

    def _is_place(self, name: str) -> bool:
        if self.cues.is_country(name):
            return True
        entity = self.kb.lookup(name)
        return entity is not None and entity.type.value == "LOCATION"

    def _with_groups(self, doc: Doc, text: str, spans: list[Span]) -> list[Span]:
        """A place followed by a group noun becomes one ORGANIZATION span over both."""
        out = []
        for span in spans:
            m = self.group_pattern.match(text, span.end_char) if span.label_ == "LOCATION" else None
            if m is not None and self.group_named_after.match(text, m.end()):
                m = None  # 'the Abu Dhabi fund MGX': a description of MGX
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
        if text.isascii() and text[0].islower() and not any(c.isupper() for c in text):
            return False
        # Katakana and Latin names are often tagged NOUN by Sudachi; their script alone marks a name.
        return any(t.pos_ in _NAME_POS for t in ent) or (len(text) >= 3 and bool(_NAME_SCRIPT.fullmatch(text)))


def _in_title_case_line(text: str, offset: int) -> bool:
    """An English headline written in title case: four or more words, nearly all capitalised, small words too."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start : end if end >= 0 else len(text)]
    if _JAPANESE.search(line):
        return False  # a Japanese sentence quoting an English title ('論文「Attention Is All You Need」')
    words = _LATIN_WORD.findall(line)
    small = [w for w in words if w.lower() in _SMALL_WORDS]
    capitalised = sum(1 for w in words if w[0].isupper())
    return len(words) >= 4 and capitalised >= 0.8 * len(words) and any(w[0].isupper() for w in small)


def _is_exchange_tag(text: str, start: int, end: int) -> bool:
    return text[start - 1 : start] in ("(", "（") and bool(_EXCHANGE_TAG.match(text, end))


def _add_over_parts(text: str, spans: list[Span], span: Span, quoted: bool = False) -> list[Span]:
    """Add a span unless it clashes with one already there. A whole name wins over the earlier
    spans it strictly contains when it is quoted or joins them with ・ ('ソフトバンク・ビジョン・ファンド')."""
    clashing = [s for s in spans if s.start < span.end and span.start < s.end]
    if not clashing:
        return [*spans, span]
    inside = all(span.start <= s.start and s.end <= span.end and len(s) < len(span) for s in clashing)
    joined = quoted or all(_joined_by_dot(text, span, s) for s in clashing)
    if inside and joined:
        return [s for s in spans if s not in clashing] + [span]
    return spans


def _joined_by_dot(text: str, whole: Span, part: Span) -> bool:
    return (part.start_char > whole.start_char and text[part.start_char - 1] in "・･") or (
        part.end_char < whole.end_char and text[part.end_char] in "・･"
    )


@Language.factory("kg_entities", default_config={"kb_path": None, "lang": "ja", "kb_limit": 0})
def make_entities(nlp: Language, name: str, kb_path: str | None, lang: str, kb_limit: int) -> EntityComponent:
    kb = load(Path(kb_path), limit=kb_limit) if kb_path else load(limit=kb_limit)
    labels: dict[str, Any] = json.loads(LABELS_FILE.read_text(encoding="utf-8"))[lang]
    groups: dict[str, Any] = json.loads(GROUPS_FILE.read_text(encoding="utf-8"))[lang]
    return EntityComponent(kb, labels, groups, cues(lang))


def _group_pattern(groups: dict[str, Any]) -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n in sorted(groups["nouns"], key=len, reverse=True))
    if "max_modifier_chars" in groups:
        return re.compile(
            f"{groups['joiner']}(?P<mod>[^\\s、。の]{{0,{groups['max_modifier_chars']}}}?)(?P<noun>{nouns})"
        )
    words = groups["max_modifier_words"]
    return re.compile(f"(?:\\s+[a-z][\\w-]*){{0,{words}}}?\\s+(?P<noun>{nouns})\\b", re.IGNORECASE)
