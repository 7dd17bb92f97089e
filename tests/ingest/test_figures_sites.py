"""Power, chips and a building's cost belong to the site the text names; to the builder when it names none;
to nobody when the text names no actor at all."""

from __future__ import annotations

import pytest

from schema.ontology import MetricKind
from tests.ingest.extracted_metrics import extracted_metrics as _metrics

INV, GPU, MW = MetricKind.INVESTMENT, MetricKind.GPU_COUNT, MetricKind.POWER_CAPACITY
pytestmark = pytest.mark.models


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the site named in apposition or after the amount, not the company building it
        ("en", "Meta is building Prometheus, a 1-gigawatt cluster in Ohio.", {("prometheus", MW, 1000)}),
        ("en", "OpenAI and Oracle are building the 1GW Stargate UAE cluster.", {("stargate-uae", MW, 1000)}),
        (
            "ja",
            "オラクルは出力1.2ギガワットのデータセンター「スターゲート・アビリーン」を建設している。",
            {("stargate-abilene", MW, 1200)},
        ),
        # chips installed at a named site
        ("ja", "xAIはスーパーコンピューター「コロッサス」を拡張し、GPUを50万基に増やす。", {("colossus", GPU, 5e5)}),
        # a building's cost: the site in front of the amount or spent on
        ("en", "Amazon's $11 billion Project Rainier campus opened in Indiana.", {("project-rainier", INV, 1.1e10)}),
        ("en", "Meta's Hyperion data center will cost about $27 billion.", {("hyperion", INV, 2.7e10)}),
        # no site named: the builder
        ("en", "Crusoe is building a 1.2-gigawatt campus in Texas.", {("crusoe", MW, 1200)}),
    ],
)
def test_site_figure(lang: str, text: str, expected: set[tuple[str, MetricKind, float]]) -> None:
    assert _metrics(text, lang) == expected


def test_power_in_the_next_sentence_goes_to_the_site_named_before() -> None:
    text = (
        "ソフトバンクは苫小牧市にAIデータセンター「苫小牧AIデータセンター」を建設する。"
        "受電容量は300メガワットを超える。"
    )
    got = _metrics(text, "ja")
    assert [kind for entity, kind, _ in got if entity.startswith("facility:")] == [MW]
    assert not any(entity.startswith("softbank") for entity, _, _ in got)


def test_chips_installed_at_the_site_named_before() -> None:
    text = (
        "オープンAIはテキサス州にデータセンター「スターゲート・アビリーン」を建設中だ。"
        "オラクルはGPU「GB200」を約40万個調達して同拠点に設置する。"
    )
    assert _metrics(text, "ja") == {("stargate-abilene", GPU, 4e5)}


def test_chips_sold_are_not_the_sellers() -> None:
    assert not _metrics("AMD agreed to sell 100,000 accelerators to Oracle.", "en")
    assert not _metrics("エヌビディアはオラクルにGPU「GB200」を10万個供給する。", "ja")


def test_an_industry_wide_figure_is_nobodys() -> None:
    text = "Nvidia reported record sales on Wednesday. US data centres could need 50 gigawatts more power by 2030."
    assert {kind for _, kind, _ in _metrics(text, "en")} <= {MetricKind.REVENUE}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a lab's compute target names no site: no company holds the gigawatts
        ("en", "OpenAI aims to have 250 gigawatts of compute by 2033."),
        ("ja", "オープンAIは2033年までに250ギガワットの計算能力を確保する目標を掲げる。"),
        # gigawatts in a sentence about an agreement are the deal's, not the company's
        ("en", "Nvidia agreed to invest $100 billion in OpenAI as the lab builds 10 gigawatts of data centers."),
        ("ja", "AMDはオープンAIと提携し、6ギガワット規模のデータセンター向けにGPUを供給する。"),
        # a deal's size, with a site in the sentence, is still the deal's
        ("en", "Oracle's deal to supply 4.5 gigawatts of capacity covers several data centers."),
    ],
)
def test_gigawatts_without_a_site_are_no_companys(lang: str, text: str) -> None:
    assert not [m for m in _metrics(text, lang) if m[1] == MW]


def test_kilowatts() -> None:
    got = _metrics("スターゲートUAEの受電容量は20万キロワットとなる。", "ja")
    assert got == {("stargate-uae", MW, 200)}
