"""Deal prices and deal sizes: an acquisition's price values the company bought, a stake's price is money put
into the company, a deal's gigawatts are no company's power, and a site's power is the site's."""

from __future__ import annotations

import pytest

from schema.ontology import MetricKind
from tests.ingest.extracted_metrics import extracted_metrics as _metrics

V, INV, MW = MetricKind.VALUATION, MetricKind.INVESTMENT, MetricKind.POWER_CAPACITY
pytestmark = pytest.mark.models


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the company bought, after the verb, before 'for'
        ("en", "In 2016 SoftBank bought Arm for roughly $32 billion.", {("arm", V, 3.2e10)}),
        ("en", "Nvidia agreed to acquire Arm from SoftBank for $40bn.", {("arm", V, 4e10)}),
        # passive: the subject is the company bought
        ("en", "Arm was acquired by SoftBank for $32 billion in 2016.", {("arm", V, 3.2e10)}),
        # a relative clause or a participle after the company bought
        ("en", "Arm, which SoftBank bought for $32 billion in 2016, later listed in New York.", {("arm", V, 3.2e10)}),
        ("en", "Mellanox, acquired by Nvidia for $6.9 billion, makes network gear.", {("mellanox", V, 6.9e9)}),
        # the price before a takeover noun
        ("en", "Nvidia dropped its $40 billion takeover of Arm in 2022.", {("arm", V, 4e10)}),
        ("en", "It was a $40bn agreement to buy the chip designer Arm.", {("arm", V, 4e10)}),
        ("en", "SoftBank bought Arm in a roughly $32 billion all-cash transaction.", {("arm", V, 3.2e10)}),
        ("ja", "ソフトバンクグループはアームを約3兆3000億円規模で買収した。", {("arm", V, 3.3e12)}),
        # paid for a company
        ("en", "Nvidia will pay $6.9 billion for Mellanox, its largest deal.", {("mellanox", V, 6.9e9)}),
        ("en", "SoftBank spent $32 billion to acquire Arm in 2016.", {("arm", V, 3.2e10)}),
        # a deal worth …
        ("en", "SoftBank agreed to acquire Arm in a deal valued at $32 billion.", {("arm", V, 3.2e10)}),
        # a stake's price goes to the company the stake is in
        ("en", "Google paid $2 billion last year for a 10% stake in Anthropic.", {("anthropic", INV, 2e9)}),
        ("en", "Meta took a $15bn stake in Scale AI.", {("scale-ai", INV, 1.5e10)}),
        ("ja", "ソフトバンクグループは英アームを240億ポンドで買収した。", {("arm", V, 2.4e10)}),
        ("ja", "エヌビディアは400億ドルでアームを買収すると発表した。", {("arm", V, 4e10)}),
        ("ja", "ソフトバンクグループはアームを300億ドル超で買収した。", {("arm", V, 3e10)}),
        # the price in a second sentence
        ("ja", "エヌビディアはアームを買収することで合意した。買収額は最大400億ドル。", {("arm", V, 4e10)}),
        ("ja", "メタはスケールAIの株式49％を150億ドルで取得した。", {("scale-ai", INV, 1.5e10)}),
    ],
)
def test_deal_price(lang: str, text: str, expected: set[tuple[str, MetricKind, float]]) -> None:
    assert _metrics(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # buying goods is no acquisition
        ("en", "Microsoft agreed to buy $10 billion of computing capacity from CoreWeave."),
        ("en", "Oracle bought Nvidia chips for $40 billion."),
        ("en", "Microsoft bought 10,000 servers in a $1 billion deal with Nvidia."),
        ("en", "Nvidia is paying $20 billion for Groq's technology and team."),
        # a stake's worth is not money put in
        ("en", "Microsoft holds 27% of OpenAI, a stake worth about $135bn."),
        # a deal's gigawatts are not a company's capacity
        ("en", "AMD signed a 6-gigawatt deal to supply chips to OpenAI."),
        ("en", "Broadcom will deliver 10 gigawatts of custom accelerators to OpenAI."),
        ("en", "OpenAI signed a $300 billion deal with Oracle for 4.5 gigawatts of computing capacity."),
        ("ja", "AMDはオープンAIと6ギガワット分のGPUを供給する契約を結んだ。"),
        # the company bought is not named: the price is nobody's, not the buyer's
        ("ja", "オープンAIは端末企業の買収に64億ドルを投じた。"),
        # equity bought with no company named is nobody's figure in the sentence
        ("ja", "アマゾンは最大40億ドルの出資を決めた。"),
    ],
)
def test_no_deal_figure(lang: str, text: str) -> None:
    assert {(e, k) for e, k, _ in _metrics(text, lang)} & {(e, k) for e in _ALL for k in (V, INV, MW)} == set()


_ALL = ("microsoft", "coreweave", "oracle", "nvidia", "openai", "amd", "broadcom", "amazon", "groq")


def test_valuing_it_after_an_investment_goes_to_the_investee() -> None:
    got = _metrics("Nvidia invested $2bn in Mistral AI, valuing it at about $14bn.", "en")
    assert got == {("mistral-ai", INV, 2e9), ("mistral-ai", V, 1.4e10)}


def test_a_stake_in_the_startup_named_before() -> None:
    text = "Meta did not buy Scale AI. Instead it paid $14bn for a 49% stake in the data startup."
    assert ("scale-ai", INV, 1.4e10) in _metrics(text, "en")


def test_joining_a_round_and_investing_goes_to_the_raiser() -> None:
    got = _metrics("ソフトバンクグループは、オープンAIが実施した資金調達に参加し、5億ドルを出資した。", "ja")
    assert got == {("openai", INV, 5e8)}
