"""Smaller English constructions from real news: 'cofounded' without a hyphen, a founder inside an
appositive ('X, a Paris-based startup founded by Y'), 'has a partnership with', "A's contribution to the
B round" (en.json, en_order.py, en_funding.py)."""

from __future__ import annotations

import pytest

from tests.ingest.relations.en_cases import Found, check

pytestmark = pytest.mark.models

CASES = [
    ("Sam Altman and Greg Brockman cofounded Cohere in 2019.", ("Greg Brockman", "FOUNDED", "Cohere")),
    ("Mistral AI, a Paris-based startup founded by Arthur Mensch, grew.", ("Arthur Mensch", "FOUNDED", "Mistral AI")),
    ("Sakana AI, a Tokyo-based startup co-founded by David Ha, grew.", ("David Ha", "FOUNDED", "Sakana AI")),
    ("Oracle has a partnership with xAI to supply chips.", ("Oracle", "PARTNERS_WITH", "xAI")),
    ("Salesforce's contribution to the Cohere round was $100 million.", ("Salesforce", "INVESTS_IN", "Cohere")),
    ("Nvidia's contribution to xAI's latest funding round was $2 billion.", ("Nvidia", "INVESTS_IN", "xAI")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][1] + ":" + c[0][:16] for c in CASES])
def test_smaller_constructions(relations: Found, text: str, expected: tuple[str, str, str]) -> None:
    check(relations(text, "en"), expected)


def test_a_contribution_to_success_is_no_investment(relations: Found) -> None:
    got = relations("Google's contribution to OpenAI's success was small.", "en")
    assert not [t for t in got if t[1] == "INVESTS_IN"], got


def test_no_partnership_is_none(relations: Found) -> None:
    got = relations("Oracle does not have a partnership with xAI.", "en")
    assert not [t for t in got if t[1] == "PARTNERS_WITH"], got


def test_a_described_recipient_is_the_named_company(relations: Found) -> None:
    got = relations("Google is investing a further $1 billion into OpenAI competitor Anthropic.", "en")
    assert ("Google", "INVESTS_IN", "Anthropic") in got and ("Google", "INVESTS_IN", "OpenAI") not in got, got


def test_money_put_in_goes_to_the_round_the_sentence_names(relations: Found) -> None:
    got = relations(
        "Anthropic raised money. Sequoia Capital, which put in $300 million, led the round for Cohere.", "en"
    )
    assert ("Sequoia Capital", "INVESTS_IN", "Anthropic") not in got, got
    got = relations("Anthropic raised money. Accel, which invested $50 million, joined Cohere's Series C.", "en")
    assert ("Accel", "INVESTS_IN", "Cohere") in got and ("Accel", "INVESTS_IN", "Anthropic") not in got, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Google is making a fresh investment of more than $1 billion into AI startup Anthropic.", "Google"),
        ("Amazon made a $4 billion investment in Anthropic last year.", "Amazon"),
    ],
)
def test_an_investment_made_by_the_subject(relations: Found, text: str, expected: str) -> None:
    check(relations(text, "en"), (expected, "INVESTS_IN", "Anthropic"))


def test_an_investment_nobody_makes_names_no_investor(relations: Found) -> None:
    got = relations("Analysts said an investment in Anthropic would pay off.", "en")
    assert not [t for t in got if t[1] == "INVESTS_IN"], got
