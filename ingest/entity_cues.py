"""Character-level rules about names the statistical NER finds: where a name really starts and ends,
whether it is a generic noun, and which type its surroundings say it has. Words live in
patterns/entity_cues.json and patterns/entity_stoplist.json; this module is the grammar."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

PATTERNS = Path(__file__).parent / "patterns"
_KATAKANA_RUN = re.compile(r"[\u30A1-\u30FA\u30FC]+")
_KATAKANA = re.compile(r"[\u30A1-\u30FA\u30FC]")
_NAME_START = re.compile(r"[\u30A1-\u30FAA-Za-z\uFF21-\uFF3A\uFF41-\uFF5A]")
_DOTS = "・･"
_KATAKANA_WORD = re.compile(r"[\u30A1-\u30FA\u30FC]+")
_MODEL_NAME = re.compile(r"(?=[^\d]*[A-Za-z])(?=.*\d)[A-Za-z0-9][A-Za-z0-9 .\-+]*")
_ACRONYM_IN_BRACKETS = re.compile(r"\s\((?P<acronym>[A-Z][A-Za-z&]{1,7})\)")
_FUNCTION_WORDS = {"of", "for", "and", "the", "de", "du", "des", "la", "&", "on", "in"}
_PLACE_JOIN = re.compile(r"[州省県・･]")
# A reading or Latin form in brackets right after a quoted name: 「PLaMo（プラモ）」.
_READING = re.compile(r"^(?P<name>.+?)[（(](?P<alt>[^（）()]+)[）)]$")
_QUOTED = re.compile(r"「(?P<name>[^「」\n、。]{1,40})」")


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    label: str


class Cues:
    def __init__(self, data: dict[str, Any], stop: dict[str, Any], lang: str) -> None:
        self.lang = lang
        self.trim_leading = sorted(data.get("trim_leading", []), key=len, reverse=True)
        self.needs_name_script = set(data.get("trim_leading_requires_name_script", []))
        self.trim_leading_patterns = [re.compile(p) for p in data.get("trim_leading_patterns", [])]
        self.location_after = tuple(data.get("location_after", []))
        self.name_patterns = [
            (rule["id"], rule["label"], re.compile(rule["pattern"])) for rule in data.get("name_patterns", [])
        ]
        self.trim_trailing = sorted(data.get("trim_trailing", []), key=len, reverse=True)
        self.suffix_types = [
            (word, kind)
            for kind, key in (("ORGANIZATION", "organization_suffix"), ("LOCATION", "location_suffix"))
            for word in data.get(key, [])
        ] + [(word, "FACILITY") for word in data.get("facility_suffix", [])]
        self.suffix_types.sort(key=lambda p: len(p[0]), reverse=True)
        self.person_after = tuple(data.get("person_after", []))
        self.person_before = tuple(data.get("person_before", []))
        self.countries = frozenset(data.get("countries", []))
        self.person_title_after = tuple(data.get("person_title_after", []))
        self.appositive = _appositive(data.get("appositive_heads", {}))
        self.place_institution = (
            re.compile(data["place_institution_after"]) if data.get("place_institution_after") else None
        )
        self.org_after = re.compile(data["organization_after"]) if data.get("organization_after") else None
        self.org_before = re.compile(data["organization_before"]) if data.get("organization_before") else None
        self.conjunct_after = re.compile(data["conjunct_after"]) if data.get("conjunct_after") else None
        self.conjunct_before = re.compile(data["conjunct_before"]) if data.get("conjunct_before") else None
        self.not_name_words = frozenset(data.get("not_name_words", []))
        self.location_extension = _alternation(data.get("location_extension", []), r"\s+", r"\b")
        self.facility_after = _alternation(data.get("facility_after", []), r"\s+", r"\b")
        self.extend_org = _alternation(data.get("extend_organization", []), *_EXTEND_EDGES[lang])
        # Japanese text writes Latin names as in English, one space apart: 'Cisco Investments が参加'; a name running
        # on ('NVIDIA AI Summit') is something else's.
        self.extend_org_latin = _alternation(
            data.get("extend_organization_latin", []), r"[ \u3000]", r"(?![ \u3000]?[A-Za-z0-9])"
        )
        heads = data.get("quote_heads", {})
        self.quote_heads: list[tuple[str, str]] = sorted(
            ((h, k) for k, words in heads.items() for h in words), key=lambda p: -len(p[0])
        )
        self.stop_words = {_fold(w) for w in stop["words"]}
        self.stop_patterns = [re.compile(p) for p in stop["patterns"]]
        self.generic_prefixes = sorted((_fold(p) for p in stop.get("generic_prefixes", [])), key=len, reverse=True)

    def is_generic(self, text: str) -> bool:
        folded = _fold(text)
        if folded in self.stop_words or any(p.match(text.strip()) for p in self.stop_patterns):
            return True
        rest = next((folded[len(p) :].strip() for p in self.generic_prefixes if folded.startswith(p)), "")
        return rest in self.stop_words

    def edges(self, text: str, start: int, end: int) -> tuple[int, int]:
        """The name's own characters: ・-joined katakana parts kept together, affixes cut off."""
        start, end = _katakana_whole(text, start, end)
        for pattern in self.trim_leading_patterns:
            lead = pattern.match(text, start, end)
            if lead is not None and end - lead.end() >= 2:
                start = lead.end()
        for word in self.trim_leading:
            rest = text[start + len(word) : end].lstrip()
            if text.startswith(word, start) and len(rest) >= 2:
                if word in self.needs_name_script and not _NAME_START.match(rest):
                    continue
                start = end - len(rest)
                break
        changed = True
        while changed:
            changed = False
            for word in self.trim_trailing:
                if text.endswith(word, start, end) and end - len(word) - start >= 2:
                    end = len(text[: end - len(word)].rstrip())
                    changed = True
                    break
        return start, end

    def label(self, text: str, start: int, end: int, label: str) -> str:
        """The type the name's own last word or its neighbours say, else the NER label."""
        name = text[start:end]
        after = end + 1 if text[end : end + 1] in ("）", ")") else end
        if text.startswith(self.person_after, after) and (_KATAKANA.search(name) or after > end):
            return "PERSON"
        if self.location_after and text.startswith(self.location_after, end):
            return "LOCATION"
        apposition = self.appositive.match(text[end : end + 80]) if self.appositive else None
        if apposition is not None:  # 'Prometheus, the first of its clusters': the noun says the type
            return next(kind for kind, word in apposition.groupdict().items() if word)
        if self.org_after is not None and self.org_after.match(text[end : end + 24]):
            return "ORGANIZATION"  # 'Xの…CEO', 'X社', "X's chief executive": X is a company
        if self.org_before is not None and self.org_before.search(text[max(0, start - 24) : start]):
            return "ORGANIZATION"
        before = text[max(0, start - 6) : start].rstrip()
        if self.person_before and before.endswith(self.person_before):
            return "PERSON"
        label = self.suffix_type(name) or ("PERSON" if self._given_and_surname(name) else label)
        if label == "PERSON" and self.person_title_after and _KATAKANA_WORD.fullmatch(name):
            # Japanese news marks a person named by one katakana word with 氏, a title or a role.
            return label if text.startswith(self.person_title_after, after) else "ORGANIZATION"
        return label

    def _given_and_surname(self, name: str) -> bool:
        words = name.split()
        return 2 <= len(words) <= 3 and words[0] in given_names() and all(w[:1].isupper() for w in words)

    def suffix_type(self, name: str) -> str:
        for word, kind in self.suffix_types:
            if name.endswith(word) and len(name) > len(word) + 1:
                return kind
        return ""

    def pattern_names(self, text: str) -> list[Edit]:
        """Names the grammar around them marks: 'Xさん/X氏' a person, '米X' a foreign company."""
        out = []
        for _rule, label, pattern in self.name_patterns:
            for m in pattern.finditer(text):
                start, end = self.edges(text, m.start("name"), m.end("name"))
                if end - start >= 2 and not self.is_generic(text[start:end]):
                    out.append(Edit(start, end, self.label(text, start, end, label)))
        return out

    def conjuncts(self, text: str, taken: list[Edit]) -> list[Edit]:
        """'Bpifrance, General Catalyst and Nvidia', 'NTTやKDDI、ソニーグループ', '富士フイルムやオリンパス': a name
        listed next to an actor (after it, or in Japanese before it) is an actor of the same type."""
        if self.conjunct_after is None:
            return []
        out: list[Edit] = []
        todo = sorted(taken, key=lambda e: e.start)
        while todo:
            known = todo.pop(0)
            m = self.conjunct_after.match(text, known.end)
            if m is None and self.conjunct_before is not None:
                m = self.conjunct_before.search(text, max(0, known.start - 30), known.start)
            if m is None:
                continue
            start, end = self.edges(text, m.start("name"), m.end("name"))
            name = text[start:end]
            if end - start < 2 or self.is_generic(name) or name.split()[0] in self.not_name_words:
                continue
            if any(e.start < end and start < e.end for e in (*taken, *out)):
                continue
            found = Edit(start, end, self.suffix_type(name) or known.label)
            out.append(found)
            todo.append(found)
        return out

    def names_an_institution(self, text: str, end: int) -> bool:
        """'東京地裁', 'Tokyo District Court', '東京市場': the place only names a court or a market here."""
        return self.place_institution is not None and self.place_institution.match(text[end : end + 24]) is not None

    def is_country(self, name: str) -> bool:
        return name in self.countries

    @staticmethod
    def place_parts(text: str, start: int, end: int, is_place: Callable[[str], bool]) -> list[tuple[int, int]]:
        """'カリフォルニア州サンフランシスコ', 'カナダ・トロント': a region and a place in it are two places.
        A middle dot splits only after a known place ('ニューヨーク・デイリー・ニューズ' is one name)."""
        cut = _PLACE_JOIN.search(text, start, end)
        if cut is None or cut.start() - start < 2 or end - cut.end() < 2:
            return [(start, end)]
        if cut.group() in _DOTS and not is_place(text[start : cut.start()]):
            return [(start, end)]
        left_end = cut.end() if cut.group() in "州省県" else cut.start()
        return [(start, left_end), (cut.end(), end)]

    def location_end(self, text: str, end: int) -> int | None:
        """'Richland' + ' Parish': the end of a place's full name."""
        m = self.location_extension.match(text, end) if self.location_extension else None
        return m.end() if m else None

    def acronym_definitions(self, text: str) -> list[Edit]:
        """'Qatar Digital Investment Authority (QDIA)': the capitalised words whose letters spell the
        bracketed acronym name an organisation (Schwartz and Hearst's long-form match)."""
        out = []
        for m in _ACRONYM_IN_BRACKETS.finditer(text):
            acronym = m.group("acronym")
            window_start = max(0, m.start() - 12 * len(acronym) - 20)
            window = text[window_start : m.start()]
            start = _long_form_start(window.rstrip(), acronym)
            if start is None:
                continue
            name = window[start:].rstrip()
            words = name.split()
            if len(words) < 2 or any(w[0].islower() and w not in _FUNCTION_WORDS for w in words):
                continue
            begin = window_start + start
            out.append(Edit(begin, begin + len(name), self.suffix_type(name) or "ORGANIZATION"))
        return out

    def facility_end(self, text: str, end: int) -> int | None:
        """'Lancaster' + ' data center' → the end of a facility's name."""
        m = self.facility_after.match(text, end) if self.facility_after else None
        return m.end() if m else None

    def organization_end(self, text: str, end: int) -> int | None:
        """'Intel' + ' Capital', 'エヌビディア' + '合同会社': the end of another organisation's name."""
        for pattern in (self.extend_org, self.extend_org_latin):
            m = pattern.match(text, end) if pattern else None
            if m:
                return m.end()
        return None

    def quoted(self, text: str) -> list[Edit]:
        """Names quoted after a head noun that gives their type: 新会社「X」, LLM「Y（ワイ）」, chains 「A」「B」.
        A reading in brackets stays out of the name; the bracket linker pairs it with the name."""
        out: list[Edit] = []
        kind = ""
        last_end = -1
        for m in _QUOTED.finditer(text):
            if m.start() != last_end:
                kind = self._head(text, m.start())
            last_end = m.end()
            name = m.group("name").strip()
            reading = _READING.match(name)
            if reading is not None:
                name = reading.group("name").strip()
            # A Latin name with a digit needs no head noun: 「DGX H200」, 「Model-7」 are products.
            own = kind or ("PRODUCT" if _MODEL_NAME.fullmatch(name) else "")
            if not own or len(name) < 2 or self.is_generic(name) or _is_phrase(name):
                continue
            start = m.start("name") + m.group("name").index(name)
            out.append(Edit(start, start + len(name), own))
        return out

    def _head(self, text: str, quote: int) -> str:
        for head, kind in self.quote_heads:
            if text.endswith(head, 0, quote):
                return kind
        return ""


# What may stand between an organisation's name and the word that makes it another one, and after it.
_EXTEND_EDGES = {
    "en": (r"(?:\s+[A-Z][\w-]*)?\s+", r"\b"),
    "ja": (r"(?:[・･]?[\u30A1-\u30FA\u30FC]+)*?[・･]?", r"(?![\u30A1-\u30FA\u30FC])"),
}


def _appositive(heads: dict[str, list[str]]) -> re.Pattern[str] | None:
    """', a/an/the … NOUN' right after a name, the noun one of a type's heads (named group per type)."""
    if not heads:
        return None
    groups = "|".join(
        f"(?P<{kind}>{'|'.join(re.escape(w) for w in sorted(words, key=len, reverse=True))})"
        for kind, words in heads.items()
    )
    # The head ends its noun phrase: 'chip designer' is a designer, "the company's clusters" are clusters.
    end = r"(?=\s*(?:[,.;:)]|$)|\s+(?:of|for|that|which|who|behind|with|in|at|from|by|on|built|made|based|and)\b)"
    return re.compile(rf"^,\s+(?:a|an|the)\s+(?:[\w'’\"-]+\s+){{0,5}}?(?:{groups}){end}")


def _alternation(words: list[str], lead: str, tail: str = "") -> re.Pattern[str] | None:
    if not words:
        return None
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(f"{lead}(?:{alts}){tail}")


def _katakana_whole(text: str, start: int, end: int) -> tuple[int, int]:
    """'ダニエル・デ' + '・フレイタス': a katakana name runs over its middle dots (and never stops mid-word)."""
    if end < len(text) and end > start and _KATAKANA.match(text[end - 1]):
        run = _KATAKANA_RUN.match(text, end)
        end = run.end() if run else end
    if start > 0 and end > start and _KATAKANA.match(text[start]):
        while start > 0 and _KATAKANA.match(text[start - 1]):
            start -= 1
    while end + 1 < len(text) and text[end] in _DOTS and _KATAKANA.match(text[end - 1] if end else ""):
        run = _KATAKANA_RUN.match(text, end + 1)
        if run is None:
            break
        end = run.end()
    while start >= 2 and text[start - 1] in _DOTS and _KATAKANA.match(text[start]):
        left = start - 1
        while left > 0 and _KATAKANA.match(text[left - 1]):
            left -= 1
        if left == start - 1:
            break
        start = left
    return start, end


def _long_form_start(window: str, acronym: str) -> int | None:
    """Where the words spelling the acronym start: its letters found right to left, the first at a word start."""
    short, long = acronym.lower(), window.lower()
    s, i = len(short) - 1, len(long) - 1
    while s >= 0:
        c = short[s]
        if not c.isalnum():
            s -= 1
            continue
        while i >= 0 and (long[i] != c or (s == 0 and i > 0 and long[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    return long.rfind(" ", 0, i + 1) + 1


def _is_phrase(name: str) -> bool:
    """Quoted speech, not a name: hiragana runs or sentence punctuation inside."""
    return bool(re.search(r"[\u3041-\u3096]{2,}|[！？!?]", name))


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().strip()


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    data = json.loads((PATTERNS / "entity_given_names.json").read_text(encoding="utf-8"))
    return frozenset(data["names"])


@lru_cache(maxsize=2)
def cues(lang: str) -> Cues:
    data = json.loads((PATTERNS / "entity_cues.json").read_text(encoding="utf-8"))[lang]
    stop = json.loads((PATTERNS / "entity_stoplist.json").read_text(encoding="utf-8"))
    return Cues(data, stop, lang)
