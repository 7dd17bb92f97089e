"""English definite descriptions standing for a company named earlier in the paragraph: 'the Berlin-based
startup', 'the chipmaker', 'the data-labelling firm' (en_order.description_head, Order.described_referent)."""

from __future__ import annotations

import pytest

from tests.ingest.relations.en_cases import Found, check, has

pytestmark = pytest.mark.models

CASES = [
    (
        "Helsing is hiring fast. Salesforce invested $200 million in the Munich-based startup last week.",
        ("Salesforce", "INVESTS_IN", "Helsing"),
    ),
    (
        "Nobody expected Groq to sell. Instead, Samsung bought a 30% stake in the chip startup in March.",
        ("Samsung", "INVESTS_IN", "Groq"),
    ),
    (
        "Cerebras filed for an initial public offering. The chipmaker was founded by Andrew Feldman in 2016.",
        ("Andrew Feldman", "FOUNDED", "Cerebras"),
    ),
    (
        "Investors have piled into Mistral AI this year. Nvidia also backed the Paris-based developer in June.",
        ("Nvidia", "INVESTS_IN", "Mistral AI"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][1] + ":" + c[0][:16] for c in CASES])
def test_description_points_back(relations: Found, text: str, expected: tuple[str, str, str]) -> None:
    check(relations(text, "en"), expected)


def test_description_is_not_the_subject_named_before_it(relations: Found) -> None:
    """'Meta bought a stake in the startup': the startup is not Meta, but the company named before."""
    got = relations("Zuckerberg did not buy Scale AI. Meta paid $14 billion for a stake in the startup.", "en")
    assert has(got, ("Meta", "INVESTS_IN", "Scale AI")), got


def test_possessive_description_after_a_named_company_is_left_alone(relations: Found) -> None:
    """'A invested, and the Dutch group's CFO …': which company the group is cannot be told by order."""
    text = (
        "Anthropic raised money in May. Samsung put in $1 billion, and the Korean group's finance chief, "
        "Park Soon-cheol, praised the deal."
    )
    got = relations(text, "en")
    assert not has(got, ("Park Soon-cheol", "WORKS_FOR", "Anthropic")), got


def test_description_with_another_company_in_it_is_not_a_reference(relations: Found) -> None:
    """'the Amazon chip unit' names another company: it is not 'the unit' of the paragraph."""
    got = relations("Anthropic trains on Trainium. Google also invested in the Amazon chip unit.", "en")
    assert not has(got, ("Google", "INVESTS_IN", "Anthropic")), got


def test_title_then_name_between_commas_is_the_subject(relations: Found) -> None:
    """ "the bank's treasurer, Jane Roe, joins X's board": the name between the commas does the joining."""
    text = "Revolut reported profits, and its finance chief, Victor Stinga, joins Stripe's advisory board."
    got = relations(text, "en")
    assert has(got, ("Victor Stinga", "WORKS_FOR", "Stripe")), got


TOPIC = (
    "Consider Snowflake Inc. Its bookings rose 30% last quarter, and Bloomberg reported that Anthropic had "
    "agreed to buy cloud capacity from Snowflake. Neither side commented. The company, co-founded by "
    "Benoit Dageville, partnered with Nvidia and ServiceNow on agents and now competes with Databricks."
)


@pytest.mark.parametrize(
    "expected",
    [
        ("Benoit Dageville", "FOUNDED", "Snowflake"),
        ("Snowflake", "PARTNERS_WITH", "Nvidia"),
        ("Snowflake", "PARTNERS_WITH", "ServiceNow"),
        ("Snowflake", "COMPETES_WITH", "Databricks"),
    ],
)
def test_the_company_is_what_the_paragraph_keeps_naming(relations: Found, expected: tuple[str, str, str]) -> None:
    """'The company' after a sentence whose subject is another firm: the firm named most in the paragraph."""
    check(relations(TOPIC, "en"), expected)


def test_the_company_is_not_the_reporting_outlet_or_the_buyer(relations: Found) -> None:
    got = relations(TOPIC, "en")
    assert not [t for t in got if "Anthropic" in (t[0], t[2]) and t[1] in ("PARTNERS_WITH", "COMPETES_WITH")], got
    assert not [t for t in got if "Bloomberg" in (t[0], t[2])], got


def test_a_persons_group_and_a_description_of_the_object(relations: Found) -> None:
    """ "Son's group bought Arm and still owns 90% of the chip designer": the group is the paragraph's
    company, the designer the company just bought."""
    text = "3. Alibaba. Jack Ma's group bought Lazada in 2016 and still owns about 80% of the online retailer."
    got = relations(text, "en")
    assert has(got, ("Alibaba", "ACQUIRES", "Lazada")), got
    assert has(got, ("Alibaba", "INVESTS_IN", "Lazada")) or has(got, ("Alibaba", "OWNS", "Lazada")), got


def test_a_plural_description_is_not_one_company(relations: Found) -> None:
    text = "Perplexity keeps growing.\n\nThe publishers, who sued in May, accuse Perplexity of copying their work."
    got = relations(text, "en")
    assert not [t for t in got if t[1] in ("CRITICIZES", "SUES") and t[0] == "Perplexity"], got
