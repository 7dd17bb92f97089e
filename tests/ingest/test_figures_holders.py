"""Whose figure an amount is: one test per holder rule, in both languages, and the actors it must not pick."""

from __future__ import annotations

import pytest

from schema.ontology import MetricKind
from tests.ingest.extracted_metrics import extracted_metrics as _metrics

V, M, F, R, INV, GPU, MW = (
    MetricKind.VALUATION,
    MetricKind.MARKET_CAP,
    MetricKind.FUNDING_AMOUNT,
    MetricKind.REVENUE,
    MetricKind.INVESTMENT,
    MetricKind.GPU_COUNT,
    MetricKind.POWER_CAPACITY,
)
pytestmark = pytest.mark.models


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the topic, not the investor leading the round
        ("ja", "米グーグルが主導した増資で、アンソロピックは50億ドルを調達した。", {("anthropic", F, 5e9)}),
        ("en", "OpenAI raised $8 billion in a round led by SoftBank.", {("openai", F, 8e9)}),
        # money put into an actor belongs to the actor it went into
        ("ja", "マイクロソフトは米オープンAIに100億ドルを投じた。", {("openai", INV, 1e10)}),
        ("en", "Nvidia agreed to invest $2 billion in xAI this week.", {("xai", INV, 2e9)}),
        # the possessor of the figure word
        ("en", "Anthropic's valuation climbed to $18 billion.", {("anthropic", V, 1.8e10)}),
        # a relative clause's antecedent
        ("en", "Mistral AI, which raised $700 million last year, hired a new chief.", {("mistral-ai", F, 7e8)}),
        # passive: the subject is the valued actor
        ("en", "xAI was valued at $24 billion after the deal.", {("xai", V, 2.4e10)}),
        # a conversion in brackets is not a second figure
        ("ja", "オラクルは5年間で80億ドル（約1兆2000億円）を投じる。", {("oracle", INV, 8e9)}),
    ],
)
def test_holder(lang: str, text: str, expected: set[tuple[str, MetricKind, float]]) -> None:
    assert _metrics(text, lang) == expected


def test_list_line_heads_its_figures() -> None:
    got = _metrics("▸ Anthropic — $3bn at $45bn, March.", "en")
    assert got == {("anthropic", F, 3e9), ("anthropic", V, 4.5e10)}


def test_active_valuation_goes_to_each_object() -> None:
    got = _metrics("The merger valued OpenAI at $300 billion and Anthropic at $60 billion.", "en")
    assert got == {("openai", V, 3e11), ("anthropic", V, 6e10)}


def test_each_actor_keeps_its_own_gpu_count() -> None:
    got = _metrics("xAI runs 200,000 GPUs in Memphis, while Meta plans 350,000 GPUs next year.", "en")
    assert got == {("xai", GPU, 2e5), ("meta", GPU, 3.5e5)}


def test_the_company_in_a_later_sentence_is_the_earlier_topic() -> None:
    got = _metrics("xAIは5月に新たな資金調達を発表した。同社の評価額は500億ドルとなった。", "ja")
    assert got == {("xai", V, 5e10)}


def test_english_company_in_a_later_sentence() -> None:
    got = _metrics("Nvidia reported its results on Wednesday. The company said revenue reached $35 billion.", "en")
    assert got == {("nvidia", R, 3.5e10)}


def test_a_trillion_dollar_value_is_a_market_cap() -> None:
    assert _metrics("Microsoft was valued at $3 trillion in June.", "en") == {("microsoft", M, 3e12)}


def test_japanese_gpu_count_in_units() -> None:
    assert _metrics("xAIはGPU「H100」を10万基導入した。", "ja") == {("xai", GPU, 1e5)}


def test_power_of_a_named_campus() -> None:
    got = _metrics("Meta is building the 2-gigawatt Hyperion campus in Louisiana.", "en")
    assert [(kind, value) for entity, kind, value in got if entity.endswith("hyperion")] == [(MW, 2000)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "株価は前日比5％安の120ドル台で引けた。"),
        ("en", "Shares of Nvidia were priced at $38 a share."),
        ("en", "In 2024 Microsoft bought chips from Nvidia."),
    ],
)
def test_no_figure(lang: str, text: str) -> None:
    assert _metrics(text, lang) == set()


def test_money_paid_in_goes_to_the_actor_the_text_is_about() -> None:
    text = "Anthropic trains its Claude models on Trainium chips. Amazon has invested $4 billion in total."
    got = _metrics(text, "en")
    assert got == {("anthropic", INV, 4e9)}


def test_a_name_standing_alone_is_what_follows_is_about() -> None:
    text = "2. Mistral AI. The Paris lab sells open models to banks. Microsoft has invested 15 million euros."
    assert _metrics(text, "en") == {("mistral-ai", INV, 1.5e7)}


def test_a_second_investment_in_the_sentence_goes_to_the_same_recipient() -> None:
    got = _metrics("Microsoft has invested $20 billion in OpenAI, including a $6 billion investment last year.", "en")
    assert got == {("openai", INV, 2e10), ("openai", INV, 6e9)}
