"""A name followed by its other form in brackets is one actor: 'アブダビ投資庁（ADIA）',
'ラックス・キャピタル（Lux Capital）', 'Safe Superintelligence (SSI)', 'PLaMo（プラモ）'.

Both spans get one key in kb_id_: the knowledge-base id when either end has one, else a link key
(LINK_PREFIX + the first form) that resolve() groups by. The bracketed form becomes a span of the
first form's type when the NER did not find it."""

from __future__ import annotations

import re
import unicodedata

from spacy.tokens import Doc, Span

from ingest.entity_cues import Cues
from ingest.resolve import LINK_PREFIX

_OPEN = re.compile(r"\s?[（(]")
_CLOSE = re.compile(r"[）)]")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&.\-]{1,7}")
_LATIN = re.compile(r"[A-Za-z]")
_KATAKANA = re.compile(r"[\u30A1-\u30FA]")
_JAPANESE = re.compile(r"[\u3041-\u30FF\u4E00-\u9FFF]")
_NOT_A_FORM = re.compile(r"[、。,:：;；\n「」（）()]|^\d+$")
_MAX_FORM = 40
_OPEN_BEFORE = re.compile(r"[（(]\s?")
_FORMER = re.compile(r"\s?[（(]\s?(?:旧称?|formerly|previously)\s?(?P<name>[^）)、。,]{1,40}?)\s?[）)]")
_KATAKANA_NAME_END = re.compile(r"[\u30A1-\u30FA\u30FC]+(?:[・･][\u30A1-\u30FA\u30FC]+)*$")


def linked(doc: Doc, text: str, spans: list[Span], cues: Cues) -> list[Span]:
    out = sorted(spans, key=lambda s: s.start)
    for first_range, second_range, label in _pairs(text, out, cues):
        first = _find_or_make(doc, first_range, label, out)
        second = _find_or_make(doc, second_range, label, out)
        key = _key(first, second) if first is not None and second is not None else None
        if first is None or second is None or key is None:
            continue
        for span in (first, second):
            if span in out:
                out.remove(span)
            out.append(Span(doc, span.start, span.end, label=span.label_, kb_id=key))
    return _former_names(doc, text, sorted(out, key=lambda s: s.start))


def _former_names(doc: Doc, text: str, spans: list[Span]) -> list[Span]:
    """'Meta（旧 Facebook）', 'X (formerly Twitter)': the bracketed old name is the same actor as the name before
    it, even where the knowledge base keeps the old name apart (Facebook the product)."""
    out = list(spans)
    for first in spans:
        m = _FORMER.match(text, first.end_char)
        old = next((s for s in out if (s.start_char, s.end_char) == m.span("name")), None) if m else None
        if old is None or old is first or old.kb_id_ == first.kb_id_ or not first.kb_id_:
            continue
        out.remove(old)
        out.append(Span(doc, old.start, old.end, label=first.label_, kb_id=first.kb_id_))
    return sorted(out, key=lambda s: s.start)


def _pairs(text: str, spans: list[Span], cues: Cues) -> list[tuple[tuple[int, int], tuple[int, int], str]]:
    """(name, bracketed form, type) for each span that is either end of such a pair."""
    out = []
    for span in spans:
        if span.has_extension("kg_group_kind") and span._.get("kg_group_kind"):
            continue
        form = _bracketed(text, span.end_char)
        if form is not None and _other_form(span.text, text[form[0] : form[1]], cues):
            out.append(((span.start_char, span.end_char), form, span.label_))
            continue
        name = _katakana_before(text, span.start_char)
        if name is not None and _other_form(text[name[0] : name[1]], span.text, cues):
            out.append((name, (span.start_char, span.end_char), span.label_))
    return out


def _katakana_before(text: str, start: int) -> tuple[int, int] | None:
    """The katakana name right before '（' + start: 'ラックス・キャピタル（Lux Capital）'."""
    opening = _OPEN_BEFORE.search(text, max(0, start - 2), start)
    if opening is None or opening.end() != start:
        return None
    run = _KATAKANA_NAME_END.search(text, max(0, opening.start() - _MAX_FORM), opening.start())
    return (run.start(), run.end()) if run is not None else None


def _find_or_make(doc: Doc, where: tuple[int, int], label: str, spans: list[Span]) -> Span | None:
    for span in spans:
        if (span.start_char, span.end_char) == where:
            return span
    made = doc.char_span(where[0], where[1], label=label, alignment_mode="expand")
    if made is None or (made.start_char, made.end_char) != where:
        return None
    if any(s.start < made.end and made.start < s.end for s in spans):
        return None
    return made


def _bracketed(text: str, end: int) -> tuple[int, int] | None:
    opening = _OPEN.match(text, end)
    if opening is None:
        return None
    closing = _CLOSE.search(text, opening.end(), opening.end() + _MAX_FORM + 1)
    if closing is None:
        return None
    start, stop = opening.end(), closing.start()
    inner = text[start:stop]
    return start + len(inner) - len(inner.lstrip()), stop - len(inner) + len(inner.rstrip())


def _other_form(name: str, form: str, cues: Cues) -> bool:
    """An abbreviation, or the same name in another script; not a role, age, place note or remark."""
    form = unicodedata.normalize("NFKC", form)
    if len(form) < 2 or _NOT_A_FORM.search(form) or cues.is_generic(form) or cues.is_generic(name):
        return False
    if _ACRONYM.fullmatch(form):
        return True
    name_script, form_script = _script(name), _script(form)
    if name_script == "kanji":  # a kanji name's bracket holds its reading: '梁文鋒（リャン・ウェンフォン）'
        return form_script == "katakana"
    if name_script == form_script:
        return False
    return bool(_LATIN.match(form)) if form_script == "latin" else True


def _script(text: str) -> str:
    if not _JAPANESE.search(text):
        return "latin"
    return "katakana" if _KATAKANA.search(text) else "kanji"


def _key(first: Span, second: Span) -> str | None:
    own = [s.kb_id_ for s in (first, second) if s.kb_id_ and not s.kb_id_.startswith(LINK_PREFIX)]
    if len(set(own)) > 1:
        return None  # two known actors side by side ('米オラクル（Oracle）' is one; two ids are two)
    return own[0] if own else LINK_PREFIX + unicodedata.normalize("NFKC", first.text).casefold()
