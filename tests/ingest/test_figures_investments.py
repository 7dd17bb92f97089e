"""Money put into a company is the company's figure, wherever the text names it; valuations in every
position and currency."""

from __future__ import annotations

import pytest

from schema.ontology import MetricKind
from tests.ingest.extracted_metrics import extracted_metrics as _metrics

V, F, INV = MetricKind.VALUATION, MetricKind.FUNDING_AMOUNT, MetricKind.INVESTMENT
pytestmark = pytest.mark.models


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a conversion in brackets between the amount and the company
        ("en", "Nvidia invested €2 billion ($2.3 billion) in Mistral AI.", {("mistral-ai", INV, 2e9)}),
        # 'the company' named earlier in the sentence, not the investor
        (
            "en",
            "Amazon, which owns a minority of Anthropic, has invested $8bn in the company.",
            {("anthropic", INV, 8e9)},
        ),
        # a round in a company, then 'valued it at'
        (
            "en",
            "Thrive Capital led a $6bn round in OpenAI that valued it at $150bn.",
            {("openai", F, 6e9), ("openai", V, 1.5e11)},
        ),
        (
            "en",
            "Perplexity raised $200 million, valuing it at $20 billion.",
            {("perplexity", F, 2e8), ("perplexity", V, 2e10)},
        ),
        # money committed to a company
        ("en", "SoftBank has committed $30 billion to OpenAI this year.", {("openai", INV, 3e10)}),
        # 'the company' is the sentence's first actor, not an investor
        (
            "en",
            "Anthropic said Microsoft would invest up to $5 billion and Nvidia up to $10 billion in the company.",
            {("anthropic", INV, 1e10), ("microsoft", INV, 5e9)},
        ),
        # amounts listed together share the company they go into
        (
            "ja",
            "グーグルとアマゾンはアンソロピックにそれぞれ30億ドル、80億ドルを出資した。",
            {("anthropic", INV, 3e9), ("anthropic", INV, 8e9)},
        ),
        (
            "en",
            "Google and Amazon have put $3bn and $8bn into Anthropic.",
            {("anthropic", INV, 3e9), ("anthropic", INV, 8e9)},
        ),
        # a company described by its worth, in apposition or before its name
        ("en", "Anthropic, the $183 billion AI startup, hired a new finance chief.", {("anthropic", V, 1.83e11)}),
        ("en", "SoftBank keeps betting on the $500 billion ChatGPT maker OpenAI.", {("openai", V, 5e11)}),
        ("en", "Sequoia launched a $200 million startup fund for AI founders.", set()),
        # valuations in other currencies and shapes
        ("en", "The new round gives Mistral AI a 14 billion-euro valuation.", {("mistral-ai", V, 1.4e10)}),
        ("en", "Cohere hit a C$9bn valuation this summer.", {("cohere", V, 9e9)}),
        ("ja", "ソフトバンクグループはオープンAIに対し、最大225億ドルを追加で出資する。", {("openai", INV, 2.25e10)}),
        ("ja", "アンソロピックは評価額を公表していない。", set()),  # no amount, no figure
        ("ja", "仏ミストラルAIの企業価値は140億ユーロと評価された。", {("mistral-ai", V, 1.4e10)}),
    ],
)
def test_investment_and_valuation(lang: str, text: str, expected: set[tuple[str, MetricKind, float]]) -> None:
    assert _metrics(text, lang) == expected


def test_a_company_led_round_names_no_recipient() -> None:
    got = _metrics("Anthropic raised $3 billion in a Microsoft-led round.", "en")
    assert got == {("anthropic", F, 3e9)}


def test_money_put_in_the_startup_goes_to_the_company_the_article_is_about() -> None:
    text = (
        "Anthropic raised $13 billion in September.\n\n"
        "The cluster is a return on Amazon's $8 billion investment in the San Francisco-based startup."
    )
    got = _metrics(text, "en")
    assert ("anthropic", INV, 8e9) in got
    assert not [m for m in got if m[0] == "amazon"]


def test_equity_after_a_partnership_goes_to_the_partner() -> None:
    text = "アマゾンは昨年、アンソロピックとの戦略提携を結んだ。アマゾンは40億ドルを出資し、AWSを主要な訓練基盤とする。"
    assert _metrics(text, "ja") == {("anthropic", INV, 4e9)}
