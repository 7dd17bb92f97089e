"""Relations found by the real pipelines in sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ingest.extract import extract_stream
from ingest.options import ExtractOptions
from schema.models import Article, Extraction

Triple = tuple[str, str, str]


def found(text: str, lang: str) -> dict[Triple, float]:
    """(head name, TYPE, tail name) → confidence, symmetric pairs in name order."""
    [result] = list(extract_stream([Article(text=text, lang=lang)], ExtractOptions()))
    assert isinstance(result, Extraction)
    names = {e.id: e.name for e in result.entities}
    out = {}
    for r in result.relations:
        head, tail = names[r.head], names[r.tail]
        assert all(text[s.start : s.end] == s.text for s in r.evidence)
        out[(head, r.type, tail)] = r.confidence
    return out


@pytest.fixture(scope="session")
def relations() -> Callable[[str, str], dict[Triple, float]]:
    return found
