"""Amounts normalised to numbers, and attached to the actor whose figure they are."""

from __future__ import annotations

import pytest

from ingest.figures import grammar
from schema.ontology import MetricKind
from tests.ingest.extracted_metrics import extracted_metrics as _metrics

V, M, F, R, INV = (
    MetricKind.VALUATION,
    MetricKind.MARKET_CAP,
    MetricKind.FUNDING_AMOUNT,
    MetricKind.REVENUE,
    MetricKind.INVESTMENT,
)


@pytest.mark.parametrize(
    ("lang", "text", "value", "unit", "approximate"),
    [
        ("ja", "評価額は2000億ドルに達した", 2e11, "USD", False),
        ("ja", "時価総額は1.7兆ドル", 1.7e12, "USD", False),
        ("ja", "１００億円を調達", 1e10, "JPY", False),
        ("ja", "今後5年で1兆2000億円を投じる", 1.2e12, "JPY", False),
        ("ja", "総額2億1000万ドルの資金", 2.1e8, "USD", False),
        ("ja", "３，０００億ドル規模の投資", 3e11, "USD", False),
        ("ja", "数十万のGPUを購入", 200_000, "GPU", True),
        ("ja", "10万基のGPUを導入", 100_000, "GPU", False),
        ("ja", "最新GPU「B200」を5000基導入", 5000, "GPU", False),
        ("ja", "数千メガワットの電力", 2000, "MW", True),
        ("ja", "1.2ギガワットの電力", 1200, "MW", False),
        ("ja", "出力は３００ＭＷ", 300, "MW", False),
        ("ja", "新たに 120 億ドルを調達した", 1.2e10, "USD", False),  # web text spaces digits from units
        ("ja", "評価額は約 1,800 億ドル", 1.8e11, "USD", False),
        ("ja", "合計 900MW の発電能力", 900, "MW", False),
        ("en", "raised $6 billion", 6e9, "USD", False),
        ("en", "valued at US$1.5bn", 1.5e9, "USD", False),
        ("en", "a $750m round", 7.5e8, "USD", False),
        ("en", "topped $4trn", 4e12, "USD", False),
        ("en", "a €2.4bn Series D", 2.4e9, "EUR", False),
        ("en", "whose EUR 900 million round", 9e8, "EUR", False),
        ("en", "a £300 million grant", 3e8, "GBP", False),
        ("en", "invested 20 million euros", 2e7, "EUR", False),
        ("en", "a ¥10 billion loan", 1e10, "JPY", False),
        ("en", "200,000 Nvidia GPUs", 200_000, "GPU", False),
        ("en", "more than 1.5 million of its custom Maia2 accelerators", 1.5e6, "GPU", False),
        ("en", "150 MW of power", 150, "MW", False),
        ("en", "a 750-megawatt plant", 750, "MW", False),
        ("en", "up to 3 GW by 2028", 3000, "MW", False),
    ],
)
def test_amount_normalised(lang: str, text: str, value: float, unit: str, approximate: bool) -> None:
    [amount] = grammar(lang).amounts(text)
    assert (amount.value, amount.unit, amount.approximate) == (pytest.approx(value), unit, approximate)
    assert amount.raw in text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "2024年後半に建設開始、年間90%以上"),
        ("ja", "倉庫には4000台のトラックが並ぶ"),  # a count with no chip word is no GPU count
        ("ja", "株価は前日比5％安の120ドル台で引けた"),
        ("ja", "最新チップを約300億ドル分調達する"),  # goods worth an amount
        ("en", "In 2024, 90% of launches"),
        ("en", "In 2023 Nvidia chips were scarce"),
        ("en", "the shares were priced at $38 a share"),
        ("en", "it sold 12 million shares"),
    ],
)
def test_not_figures(lang: str, text: str) -> None:
    assert grammar(lang).amounts(text) == []


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        ("ja", "約40億ドル（約6000億円）を調達した", [4e9]),
        ("ja", "出力は１．５ギガワット（１５００メガワット）に達する", [1500]),
        ("en", "a $3bn (about €2.8bn) investment", [3e9]),
    ],
)
def test_a_conversion_in_brackets_is_not_a_second_amount(lang: str, text: str, values: list[float]) -> None:
    assert [a.value for a in grammar(lang).amounts(text)] == pytest.approx(values)


@pytest.mark.parametrize(
    ("lang", "text", "kinds"),
    [
        ("en", "It raised $4bn at a $40bn valuation.", [F, V]),
        ("en", "Acme — $750m at $9bn, May.", [F, V]),
        ("en", "a $1bn seed at $10bn", [F, V]),
        ("en", "revenue of $12.5 billion and a market value of $800 billion", [R, M]),
        ("en", "the deal valued Acme at $20bn and Beta at $7bn", [V, V]),
        ("en", "became the first company worth $2 trillion", [M]),
        ("en", "it passed $1 trillion in May and hit a $2 trillion market value in June", [M, M]),
        ("ja", "評価額は120億ドルで、20億ドルを調達した", [V, F]),
        ("ja", "90億ドルの評価で5億ドルを集めた", [V, F]),
        ("ja", "70億ドルの評価で3億ドルを確保した", [V, F]),
        ("en", "talks to raise $2 billion in new funding that would value it around $30 billion", [F, V]),
        ("ja", "年間売上高は約30億ドルに達した", [R]),
        ("ja", "最大10億ユーロを拠出する", [INV]),
    ],
)
def test_each_amount_takes_its_own_kind_word(lang: str, text: str, kinds: list[MetricKind]) -> None:
    g = grammar(lang)
    amounts = g.amounts(text)
    found = [g.kind_near(text, a, amounts) for a in amounts]
    assert [k.kind if k else None for k in found] == kinds


def test_a_stake_worth_an_amount_is_no_valuation() -> None:
    g = grammar("en")
    text = "it holds a stake worth about $20bn"
    [amount] = g.amounts(text)
    assert g.kind_near(text, amount, [amount]) is None


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
