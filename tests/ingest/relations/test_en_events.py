"""English facts named by event nouns and verbs under an attempt or a plan (en_events.py, en_clause.py)."""

from __future__ import annotations

import pytest

from tests.ingest.relations.en_cases import Found, check

pytestmark = pytest.mark.models

CASES = [
    ("Nvidia's $7 billion acquisition of Mellanox closed in April.", ("Nvidia", "ACQUIRES", "Mellanox")),
    ("After Adobe completed its purchase of Figma, prices rose.", ("Adobe", "ACQUIRES", "Figma")),
    ("The takeover of Activision by Microsoft took two years.", ("Microsoft", "ACQUIRES", "Activision")),
    ("Activision's takeover by Microsoft took two years.", ("Microsoft", "ACQUIRES", "Activision")),
    ("Elon Musk's criticism of Apple grew sharper in August.", ("Elon Musk", "CRITICIZES", "Apple")),
    ("Google's $2 billion investment in Anthropic paid off.", ("Google", "INVESTS_IN", "Anthropic")),
    ("Nvidia's backing of Mistral AI helped it grow.", ("Nvidia", "INVESTS_IN", "Mistral AI")),
    ("Amazon's stake in Anthropic is worth billions.", ("Amazon", "INVESTS_IN", "Anthropic")),
    ("SoftBank holds a 10% stake in OpenAI.", ("SoftBank Group", "INVESTS_IN", "OpenAI")),
    ("Nvidia completed the acquisition of Mellanox in 2020.", ("Nvidia", "ACQUIRES", "Mellanox")),
    ("Nvidia's $6.9 billion deal for Mellanox closed in 2020.", ("Nvidia", "ACQUIRES", "Mellanox")),
    ("Nvidia snapped up Mellanox in 2019.", ("Nvidia", "ACQUIRES", "Mellanox")),
    ("Nvidia took over Mellanox in 2020.", ("Nvidia", "ACQUIRES", "Mellanox")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][1] + ":" + c[0][:16] for c in CASES])
def test_event_noun(relations: Found, text: str, expected: tuple[str, str, str]) -> None:
    check(relations(text, "en"), expected)


@pytest.mark.parametrize(
    "text",
    [
        "Qualcomm tried to buy Intel last year.",
        "Qualcomm reportedly considered buying Intel.",
        "Adobe's purchase of Figma collapsed under regulatory pressure.",
        "A possible takeover of Intel by Qualcomm worried investors.",
        "Regulators blocked the acquisition of Arm by Nvidia.",
    ],
)
def test_attempts_and_failed_deals_are_no_acquisition(relations: Found, text: str) -> None:
    got = relations(text, "en")
    assert not [t for t in got if t[1] == "ACQUIRES"], got


def test_a_plan_is_less_sure_than_a_deal(relations: Found) -> None:
    planned = relations("Qualcomm plans to acquire Intel.", "en")
    agreed = relations("Qualcomm agreed to acquire Intel.", "en")
    assert planned[("Qualcomm", "ACQUIRES", "Intel")] < agreed[("Qualcomm", "ACQUIRES", "Intel")]


def test_stake_without_holder_names_no_investor(relations: Found) -> None:
    got = relations("Analysts said a stake in Anthropic would be costly for Microsoft.", "en")
    assert ("Microsoft", "INVESTS_IN", "Anthropic") not in got, got
