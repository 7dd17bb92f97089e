"""English partnerships named by a deal noun under a verb, and parents and owners named by a role noun (en.py)."""

from __future__ import annotations

import pytest

from tests.ingest.relations.en_cases import Found, check

pytestmark = pytest.mark.models

CASES = [
    ("Nvidia and Oracle announced a partnership on Tuesday.", ("Nvidia", "PARTNERS_WITH", "Oracle")),
    ("Meta signed a $10 billion cloud contract with Google.", ("Meta", "PARTNERS_WITH", "Google")),
    ("Microsoft struck a licensing agreement with Anthropic.", ("Microsoft", "PARTNERS_WITH", "Anthropic")),
    ("Amazon inked a multiyear pact with Nvidia last week.", ("Amazon", "PARTNERS_WITH", "Nvidia")),
    ("Instagram's owner Meta hired more engineers.", ("Meta", "OWNS", "Instagram")),
    ("Alphabet, the parent company of YouTube, beat forecasts.", ("Alphabet", "OWNS", "YouTube")),
    ("YouTube parent Alphabet beat forecasts.", ("Alphabet", "OWNS", "YouTube")),
    ("Nvidia is working with Oracle on new servers.", ("Nvidia", "PARTNERS_WITH", "Oracle")),
    ("Oracle, a partner of OpenAI, is building data centers.", ("Oracle", "PARTNERS_WITH", "OpenAI")),
    (
        "Marc Andreessen, a partner at Andreessen Horowitz, invested.",
        ("Marc Andreessen", "WORKS_FOR", "Andreessen Horowitz"),
    ),
    ("SoftBank sold Arm to Nvidia in a stock deal.", ("Nvidia", "ACQUIRES", "Arm")),
    ("Mellanox sold itself to Nvidia for $6.9 billion.", ("Nvidia", "ACQUIRES", "Mellanox")),
    ("Nvidia and Oracle teamed up on Stargate.", ("Nvidia", "PARTNERS_WITH", "Oracle")),
    ("Nvidia and Oracle joined forces last year.", ("Nvidia", "PARTNERS_WITH", "Oracle")),
    ("Oracle joined forces with OpenAI last year.", ("Oracle", "PARTNERS_WITH", "OpenAI")),
    ("Google, Microsoft and Amazon compete in cloud computing.", ("Amazon", "COMPETES_WITH", "Microsoft")),
    ("Jeff Bezos and Elon Musk have feuded for years.", ("Jeff Bezos", "RIVAL_OF", "Elon Musk")),
    ("SoftBank sold Arm to Nvidia in a stock deal.", ("SoftBank Group", "OWNS", "Arm")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][1] + ":" + c[0][:16] for c in CASES])
def test_deal_or_parent(relations: Found, text: str, expected: tuple[str, str, str]) -> None:
    check(relations(text, "en"), expected)


@pytest.mark.parametrize(
    "text",
    [
        "Microsoft failed to reach a deal with Nvidia.",
        "Amazon and Nvidia did not sign a partnership.",
        "Meta tried to strike an agreement with Google.",
        "Nvidia and Oracle did not team up.",
    ],
)
def test_no_partnership_without_a_deal(relations: Found, text: str) -> None:
    got = relations(text, "en")
    assert not [t for t in got if t[1] == "PARTNERS_WITH"], got


def test_rumoured_purchase_is_less_sure(relations: Found) -> None:
    rumoured = relations("Rumours that Qualcomm would buy Intel lifted the shares.", "en")
    assert all(conf < 0.6 for conf in rumoured.values()), rumoured


def test_no_sale_when_negated(relations: Found) -> None:
    got = relations("SoftBank did not sell Arm to Nvidia.", "en")
    assert ("Nvidia", "ACQUIRES", "Arm") not in got, got
