"""The figures the real pipeline extracts from one text, as (entity id, kind, value) triples, each with
evidence that quotes the text at its offsets."""

from __future__ import annotations

from ingest.extract import extract_stream
from ingest.options import ExtractOptions
from schema.models import Article, Extraction
from schema.ontology import MetricKind


def extracted_metrics(text: str, lang: str) -> set[tuple[str, MetricKind, float]]:
    [result] = list(extract_stream([Article(text=text, lang=lang)], ExtractOptions()))
    assert isinstance(result, Extraction)
    for m in result.metrics:
        assert text[m.evidence.start : m.evidence.end] == m.evidence.text
    return {(m.entity, m.kind, m.value) for m in result.metrics}
