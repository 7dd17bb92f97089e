"""Cheap language detection: Japanese when kana or CJK characters make up a fair share of the letters."""

from __future__ import annotations

JAPANESE_SHARE = 0.15


def _is_japanese(ch: str) -> bool:
    code = ord(ch)
    return (0x3040 <= code <= 0x30FF) or (0x4E00 <= code <= 0x9FFF) or (0xFF66 <= code <= 0xFF9F)


def detect(text: str, sample: int = 4000) -> str:
    letters = [ch for ch in text[:sample] if ch.isalpha()]
    if not letters:
        return "en"
    share = sum(1 for ch in letters if _is_japanese(ch)) / len(letters)
    return "ja" if share >= JAPANESE_SHARE else "en"
