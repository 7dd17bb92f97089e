"""Which parts of an article to read: paragraphs minus page furniture and repeated paragraphs.

The text itself is never changed, so every offset found later points into the article as given."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from schema.names import normalize_name

PATTERNS = Path(__file__).parent / "patterns"
# Sudachi refuses inputs over 49,149 bytes; stay well below with room for multi-byte characters.
MAX_SEGMENT_BYTES = 40_000


@dataclass(frozen=True)
class Segment:
    start: int
    end: int


@lru_cache(maxsize=1)
def junk_line() -> re.Pattern[str]:
    lines = (PATTERNS / "junk_lines.txt").read_text(encoding="utf-8").splitlines()
    alternatives = [line for line in lines if line.strip() and not line.startswith("#")]
    return re.compile("|".join(f"(?:{a})" for a in alternatives))


@lru_cache(maxsize=1)
def dateline() -> re.Pattern[str]:
    lines = (PATTERNS / "dateline_prefixes.txt").read_text(encoding="utf-8").splitlines()
    alternatives = [line for line in lines if line.strip() and not line.startswith("#")]
    return re.compile("|".join(f"(?:{a})" for a in alternatives))


@lru_cache(maxsize=1)
def caption_credit() -> re.Pattern[str]:
    lines = (PATTERNS / "caption_credits.txt").read_text(encoding="utf-8").splitlines()
    alternatives = [line for line in lines if line.strip() and not line.startswith("#")]
    return re.compile("(?:" + "|".join(f"(?:{a})" for a in alternatives) + ")$")


def _before_credit(text: str, seg: Segment) -> Segment:
    """'Altman speaks in Tokyo. (Photo by Jane Doe/Getty Images)' is read up to the credit."""
    m = caption_credit().search(text, seg.start, seg.end)
    return Segment(seg.start, m.start()) if m else seg


def _after_dateline(text: str, seg: Segment) -> Segment:
    """'SAN FRANCISCO, March 3 (Reuters) - Acme said…' is read from 'Acme': the place and the agency of a
    dateline are where the story was filed, not what it is about."""
    m = dateline().match(text, seg.start, seg.end)
    return Segment(m.end(), seg.end) if m else seg


@lru_cache(maxsize=1)
def byline() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = json.loads((PATTERNS / "bylines.json").read_text(encoding="utf-8"))
    return re.compile(data["name"]), re.compile(data["date"])


def _is_byline(text: str, lines: list[Segment], i: int) -> bool:
    """'Priya Raman' on a line of its own, right above 'June 10, 2025 at 9:12 AM': the author, not an actor."""
    name, date = byline()
    line = unicodedata.normalize("NFKC", text[lines[i].start : lines[i].end].strip())
    following = [unicodedata.normalize("NFKC", text[s.start : s.end].strip()) for s in lines[i + 1 : i + 3]]
    following = [f for f in following if f]
    return bool(name.fullmatch(line)) and bool(following) and bool(date.match(following[0]))


def _lines(text: str) -> list[Segment]:
    out, start = [], 0
    for line in text.splitlines(keepends=True):
        end = start + len(line.rstrip("\r\n"))
        out.append(Segment(start, end))
        start += len(line)
    return out


def segments(text: str) -> list[Segment]:
    """Paragraphs worth reading, in order: junk lines out, a paragraph seen before out (once is enough
    as evidence), long paragraphs split so that each segment fits the tokenizer."""
    seen: set[str] = set()
    out: list[Segment] = []
    lines = _lines(text)
    for i, seg in enumerate(lines):
        line = text[seg.start : seg.end]
        stripped = line.strip()
        if not stripped or junk_line().fullmatch(unicodedata.normalize("NFKC", stripped)):
            continue
        if _is_byline(text, lines, i):
            continue
        key = normalize_name(stripped)
        if key in seen:
            continue
        seen.add(key)
        lead = len(line) - len(line.lstrip())
        body = _before_credit(text, _after_dateline(text, Segment(seg.start + lead, seg.start + lead + len(stripped))))
        if body.start < body.end:
            out.extend(_split_long(text, body))
    return out


_SENTENCE_END = re.compile(r"[。．！？!?]|\.\s")


def _split_long(text: str, seg: Segment) -> list[Segment]:
    if len(text[seg.start : seg.end].encode()) <= MAX_SEGMENT_BYTES:
        return [seg]
    out, start = [], seg.start
    budget_chars = MAX_SEGMENT_BYTES // 4  # worst case four bytes a character
    while start < seg.end:
        end = min(seg.end, start + budget_chars)
        if end < seg.end:
            cut = max((m.end() for m in _SENTENCE_END.finditer(text, start, end)), default=end)
            end = cut if cut > start else end
        out.append(Segment(start, end))
        start = end
    return out
