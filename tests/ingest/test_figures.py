"""Amounts normalised to numbers, and attached to the actor whose figure they are."""

from __future__ import annotations

import pytest

from ingest.extract import extract_stream
from ingest.figures import grammar
from ingest.options import ExtractOptions
from schema.models import Article, Extraction
from schema.ontology import MetricKind


@pytest.mark.parametrize(
    ("lang", "text", "value", "unit", "approximate"),
    [
        ("ja", "評価額は2000億ドルに達した", 2e11, "USD", False),
        ("ja", "時価総額は1.7兆ドル", 1.7e12, "USD", False),
        ("ja", "１００億円を調達", 1e10, "JPY", False),
        ("ja", "数十万のGPUを購入", 200_000, "GPU", True),
        ("ja", "10万基のGPUを導入", 100_000, "GPU", False),
        ("ja", "数千メガワットの電力", 2000, "MW", True),
        ("ja", "1.2ギガワットの電力", 1200, "MW", False),
        ("en", "raised $6 billion", 6e9, "USD", False),
        ("en", "valued at US$1.5bn", 1.5e9, "USD", False),
        ("en", "a ¥10 billion loan", 1e10, "JPY", False),
        ("en", "200,000 Nvidia GPUs", 200_000, "GPU", False),
        ("en", "150 MW of power", 150, "MW", False),
    ],
)
def test_amount_normalised(lang: str, text: str, value: float, unit: str, approximate: bool) -> None:
    [amount] = grammar(lang).amounts(text)
    assert (amount.value, amount.unit, amount.approximate) == (pytest.approx(value), unit, approximate)
    assert amount.raw in text


def test_years_and_percentages_are_not_amounts() -> None:
    assert grammar("ja").amounts("2024年後半に建設開始、年間90%以上") == []
    assert grammar("en").amounts("In 2024, 90% of launches") == []


def _metrics(text: str, lang: str) -> set[tuple[str, MetricKind, float]]:
    [result] = list(extract_stream([Article(text=text, lang=lang)], ExtractOptions()))
    assert isinstance(result, Extraction)
    for m in result.metrics:
        assert text[m.evidence.start : m.evidence.end] == m.evidence.text
    return {(m.entity, m.kind, m.value) for m in result.metrics}


@pytest.mark.models
def test_japanese_figures_go_to_the_possessor_not_the_nearest_name() -> None:
    got = _metrics("テスラの時価総額は1.7兆ドルで、xAIの評価額は2000億ドルに達した。", "ja")
    assert got == {("tesla", MetricKind.MARKET_CAP, 1.7e12), ("xai", MetricKind.VALUATION, 2e11)}


@pytest.mark.models
def test_amount_without_a_figure_word_or_holder_is_dropped() -> None:
    assert _metrics("彼らは数十億ドルを燃やしている。", "ja") == set()


@pytest.mark.models
def test_english_figures() -> None:
    got = _metrics("OpenAI raised $6 billion. Tesla's market cap reached $1.7 trillion.", "en")
    assert ("openai", MetricKind.FUNDING_AMOUNT, 6e9) in got
    assert ("tesla", MetricKind.MARKET_CAP, 1.7e12) in got
