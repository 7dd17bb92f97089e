"""English titles joined by 'and' before a name, joining as a chief, moving to a new employer, money
poured into a company and investors 'in the round' (en_roles.py, en_funding.py, en.json)."""

from __future__ import annotations

import pytest

from tests.ingest.relations.en_cases import Found, check

pytestmark = pytest.mark.models

CASES = [
    ("Groq founder and CEO Jonathan Ross spoke first.", ("Jonathan Ross", "FOUNDED", "Groq")),
    ("Groq founder and CEO Jonathan Ross spoke first.", ("Jonathan Ross", "LEADS", "Groq")),
    ("Microsoft chairman and chief executive Satya Nadella met them.", ("Satya Nadella", "LEADS", "Microsoft")),
    ("Cohere co-founder and CEO Aidan Gomez said demand was strong.", ("Aidan Gomez", "FOUNDED", "Cohere")),
    ("Cohere co-founder and CEO Aidan Gomez said demand was strong.", ("Aidan Gomez", "LEADS", "Cohere")),
    ("Emmett Shear will join Anthropic as interim CEO.", ("Emmett Shear", "LEADS", "Anthropic")),
    ("Former Google executive Sundar Patel will join Cohere as chief executive.", ("Sundar Patel", "LEADS", "Cohere")),
    ("Daniel Gross defected to Meta last month.", ("Daniel Gross", "WORKS_FOR", "Meta")),
    ("Arthur Mensch will head to Microsoft next year.", ("Arthur Mensch", "WORKS_FOR", "Microsoft")),
    ("Noam Brown is leaving Google for OpenAI.", ("Noam Brown", "WORKS_FOR", "OpenAI")),
    ("Nvidia poured $2 billion into xAI.", ("Nvidia", "INVESTS_IN", "xAI")),
    ("Oracle pumped $2 billion into the startup xAI last year.", ("Oracle", "INVESTS_IN", "xAI")),
    (
        "Cohere raised $500 million. Other investors in the round included Fidelity, Coatue and Tiger Global.",
        ("Coatue", "INVESTS_IN", "Cohere"),
    ),
    (
        "Mistral AI closed a new round. Backers participating in the round included Lightspeed and Salesforce.",
        ("Salesforce", "INVESTS_IN", "Mistral AI"),
    ),
    (
        "Perplexity raised money again. Other participants in this funding round include SoftBank and Nvidia.",
        ("Nvidia", "INVESTS_IN", "Perplexity"),
    ),
    ("New investors in the Cohere round included Oracle and Salesforce.", ("Oracle", "INVESTS_IN", "Cohere")),
    ("Anthropic co-founders Dario Amodei and Jared Kaplan spoke.", ("Jared Kaplan", "FOUNDED", "Anthropic")),
    ("Meta poached Ruoming Pang from Apple.", ("Ruoming Pang", "WORKS_FOR", "Apple")),
    ("OpenAI cofounders Sam Altman and Greg Brockman met investors.", ("Greg Brockman", "FOUNDED", "OpenAI")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][1] + ":" + c[0][:16] for c in CASES])
def test_moves_titles_and_money(relations: Found, text: str, expected: tuple[str, str, str]) -> None:
    check(relations(text, "en"), expected)


def test_joining_as_a_scientist_is_no_leadership(relations: Found) -> None:
    got = relations("Mira Murati joined Anthropic as chief scientist.", "en")
    assert ("Mira Murati", "LEADS", "Anthropic") not in got, got


def test_conference_participants_invest_in_nothing(relations: Found) -> None:
    got = relations("Participants in the conference included Microsoft and Google.", "en")
    assert not [t for t in got if t[1] == "INVESTS_IN"], got


def test_investors_in_a_round_never_fund_each_other(relations: Found) -> None:
    got = relations("Cohere raised $500 million. Other investors in the round included Fidelity and Coatue.", "en")
    assert ("Coatue", "INVESTS_IN", "Fidelity") not in got, got


def test_resources_poured_into_a_product_are_no_investment(relations: Found) -> None:
    got = relations("Microsoft poured resources into Copilot.", "en")
    assert not [t for t in got if t[1] == "INVESTS_IN"], got


def test_heading_to_a_city_is_no_job(relations: Found) -> None:
    got = relations("Sam Altman headed to Washington on Monday.", "en")
    assert not [t for t in got if t[1] == "WORKS_FOR"], got


def test_joining_to_lead_a_unit_leads_no_company(relations: Found) -> None:
    got = relations("Mustafa Suleyman joined Microsoft as chief executive of its new AI division.", "en")
    assert ("Mustafa Suleyman", "LEADS", "Microsoft") not in got and (
        "Mustafa Suleyman",
        "WORKS_FOR",
        "Microsoft",
    ) in got


def test_a_plural_title_is_not_held_by_an_earlier_person(relations: Found) -> None:
    got = relations("Sam Altman met Cohere founders Aidan Gomez and Nick Frosst.", "en")
    assert ("Sam Altman", "FOUNDED", "Cohere") not in got and ("Nick Frosst", "FOUNDED", "Cohere") in got, got


def test_hired_from_no_one_named_is_nothing_more(relations: Found) -> None:
    got = relations("Meta recruited Daniel Gross from a rival in April.", "en")
    assert [t for t in got if t[1] == "WORKS_FOR"] == [("Daniel Gross", "WORKS_FOR", "Meta")], got


def test_a_founder_listed_among_hired_staff(relations: Found) -> None:
    text = "Microsoft hired most of the staff of Inflection AI, including co-founder Mustafa Suleyman."
    got = relations(text, "en")
    assert ("Mustafa Suleyman", "FOUNDED", "Inflection AI") in got and (
        "Mustafa Suleyman",
        "FOUNDED",
        "Microsoft",
    ) not in got
