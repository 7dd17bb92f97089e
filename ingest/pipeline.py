"""The spaCy pipeline of each language, built once per process and reused."""

from __future__ import annotations

import importlib.util
import threading
from functools import lru_cache

import spacy
from spacy.language import Language

from ingest.components import entities, figures, relations  # noqa: F401 - registers their factories
from schema.errors import ConfigError

_LOCK = threading.Lock()
# Components the extraction never reads: skipping them saves their time.
UNUSED: dict[str, list[str]] = {"ja": ["compound_splitter"], "en": []}


def installed(model: str) -> bool:
    return importlib.util.find_spec(model) is not None


def choose_model(candidates: list[str]) -> str:
    for model in candidates:
        if installed(model):
            return model
    raise ConfigError(f"none of the spaCy models {candidates} is installed (pip install -e . installs them)")


@lru_cache(maxsize=4)
def _build(lang: str, model: str, kb_limit: int) -> Language:
    nlp = spacy.load(model, exclude=[c for c in UNUSED[lang]])
    nlp.add_pipe("kg_entities", last=True, config={"lang": lang, "kb_limit": kb_limit})
    nlp.add_pipe("kg_relations", last=True, config={"lang": lang})
    nlp.add_pipe("kg_figures", last=True, config={"lang": lang, "carry": True})
    return nlp


def pipeline(lang: str, *, ja_model: str, en_models: tuple[str, ...], kb_limit: int = 0) -> Language:
    """The nlp of a language; loaded lazily, once (thread-safe: the API loads it off the event loop)."""
    if lang not in UNUSED:
        raise ConfigError(f"unsupported language {lang!r} (ja or en)")
    model = ja_model if lang == "ja" else choose_model(list(en_models))
    with _LOCK:
        return _build(lang, model, kb_limit)
