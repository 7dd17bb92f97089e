"""English ownership, products, places, conflict and competition by token order (en_clause.py,
en_nominal.py, en_conflict.py)."""

from __future__ import annotations

import pytest

from tests.ingest.relations.en_cases import Found, check

pytestmark = pytest.mark.models

CASES = [
    ("Anthropic vs OpenAI is the big one.", ("Anthropic", "COMPETES_WITH", "OpenAI")),
    ("Nvidia's rivals such as AMD and Intel have struggled.", ("Nvidia", "COMPETES_WITH", "Intel")),
    ("Thousands of customers build on Meta's Llama models.", ("Meta", "DEVELOPS", "Llama")),
    ("Amazon Web Services, the cloud arm of Amazon, grew.", ("Amazon", "OWNS", "Amazon Web Services")),
    ("Anthropic, the developer of Claude, raised money.", ("Anthropic", "DEVELOPS", "Claude")),
    ("The ChatGPT maker OpenAI released a new model.", ("OpenAI", "DEVELOPS", "ChatGPT")),
    ("Perplexity is a San Francisco-based startup.", ("Perplexity", "LOCATED_IN", "San Francisco")),
    ("Cohere, based in Toronto, hired engineers.", ("Cohere", "LOCATED_IN", "Toronto")),
    ("Mistral AI, a Paris-based rival of OpenAI, grew.", ("Mistral AI", "COMPETES_WITH", "OpenAI")),
    ("Musk's xAI built the Colossus supercomputer in Memphis.", ("Colossus", "LOCATED_IN", "Memphis")),
    ("Alphabet's Google agreed to the terms.", ("Alphabet", "OWNS", "Google")),
    ("Elon Musk filed a lawsuit against OpenAI in March.", ("Elon Musk", "SUES", "OpenAI")),
    ("OpenAI faces a copyright suit brought by The New York Times.", ("The New York Times", "SUES", "OpenAI")),
    ("Google competes with Microsoft, Amazon and Oracle in cloud computing.", ("Google", "COMPETES_WITH", "Oracle")),
    ("Anthropic competes with OpenAI, the Microsoft-backed maker of ChatGPT.", ("Microsoft", "INVESTS_IN", "OpenAI")),
    ("Anthropic competes with OpenAI, the Microsoft-backed maker of ChatGPT.", ("OpenAI", "DEVELOPS", "ChatGPT")),
    ("Grok, built by xAI, answers questions.", ("xAI", "DEVELOPS", "Grok")),
    (
        "Nvidia bought the Israeli networking company Mellanox Technologies.",
        ("Nvidia", "ACQUIRES", "Mellanox"),
    ),
    ("Nvidia agreed to invest $5 billion in Intel.", ("Nvidia", "INVESTS_IN", "Intel")),
    ("Nvidia sells accelerators, including the A100, the H100 and the Blackwell.", ("Nvidia", "DEVELOPS", "H100")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][1] + ":" + c[0][:16] for c in CASES])
def test_relation_found_with_direction(relations: Found, text: str, expected: tuple[str, str, str]) -> None:
    check(relations(text, "en"), expected)


def test_appositive_is_not_a_list_member(relations: Found) -> None:
    got = relations("Anthropic competes with OpenAI, the Microsoft-backed maker of ChatGPT.", "en")
    assert ("Anthropic", "COMPETES_WITH", "Microsoft") not in got and (
        "Microsoft",
        "COMPETES_WITH",
        "Anthropic",
    ) not in got


def test_negated_lawsuit_is_not_a_fact(relations: Found) -> None:
    assert relations("Elon Musk did not file a lawsuit against Google.", "en") == {}


def test_negation_reaches_through_a_plan(relations: Found) -> None:
    assert relations("Nvidia does not plan to acquire Arm.", "en") == {}


def test_modifier_is_not_a_founder(relations: Found) -> None:
    got = relations("Anthropic was founded in 2021 by former OpenAI researchers.", "en")
    assert ("OpenAI", "FOUNDED", "Anthropic") not in got


def test_possessor_is_not_the_object(relations: Found) -> None:
    got = relations("Joelle Pineau, who ran Meta's research lab, joined Cohere.", "en")
    assert ("Joelle Pineau", "LEADS", "Meta") not in got


def test_title_in_a_by_phrase_does_not_take_the_clause_company(relations: Found) -> None:
    got = relations("Oracle expanded. The company, co-founded by chairman Larry Ellison, competes with Amazon.", "en")
    assert ("Larry Ellison", "LEADS", "Amazon") not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anthropic, the startup that Amazon later backed, grew.", ("Amazon", "INVESTS_IN", "Anthropic")),
        ("Roger Dassen joins Mistral AI's strategic committee.", ("Roger Dassen", "WORKS_FOR", "Mistral AI")),
        (
            "Safe Superintelligence grew. Ilya Sutskever set up the lab in 2024.",
            ("Ilya Sutskever", "FOUNDED", "Safe Superintelligence"),
        ),
        ("Cohere grew. Later the Toronto company hired staff.", ("Cohere", "LOCATED_IN", "Toronto")),
        ("Mistral AI, the Paris lab, grew.", ("Mistral AI", "LOCATED_IN", "Paris")),
        ("Mistral AI, the Paris lab whose Series C was led by ASML, grew.", ("ASML", "INVESTS_IN", "Mistral AI")),
        ("Nvidia is an investor in Mistral AI.", ("Nvidia", "INVESTS_IN", "Mistral AI")),
        ("Anthropic named Amazon its primary training partner.", ("Anthropic", "PARTNERS_WITH", "Amazon")),
        ("Anthropic grew fast. Google is its main cloud partner.", ("Anthropic", "PARTNERS_WITH", "Google")),
        ("Microsoft's partner OpenAI released a model.", ("Microsoft", "PARTNERS_WITH", "OpenAI")),
        ("Amazon's $8 billion investment in Anthropic paid off.", ("Amazon", "INVESTS_IN", "Anthropic")),
        ("Anthropic, the developer of the Claude family of models, grew.", ("Anthropic", "DEVELOPS", "Claude")),
    ],
)
def test_implicit_arguments(relations: Found, text: str, expected: tuple[str, str, str]) -> None:
    check(relations(text, "en"), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Elon Musk took aim at OpenAI on Saturday.", ("Elon Musk", "CRITICIZES", "OpenAI")),
        ("Musk's latest jab at Sam Altman drew attention.", ("Elon Musk", "CRITICIZES", "Sam Altman")),
        ("Sam Altman spoke. Elon Musk called him a liar.", ("Elon Musk", "CRITICIZES", "Sam Altman")),
        ('Sam Altman called Elon Musk "insecure" in an interview.', ("Sam Altman", "CRITICIZES", "Elon Musk")),
        ("Elon Musk lashed out at Apple over the rankings.", ("Elon Musk", "CRITICIZES", "Apple")),
    ],
)
def test_criticism(relations: Found, text: str, expected: tuple[str, str, str]) -> None:
    check(relations(text, "en"), expected)


def test_naming_is_not_criticism(relations: Found) -> None:
    assert relations("Meta calls the campus Hyperion.", "en") == {}
    assert relations("Elon Musk did not take aim at Apple.", "en") == {}


def test_long_object_list_after_an_introducer(relations: Found) -> None:
    got = relations("Nvidia sells data-center accelerators, including the A100, the H100 and the Blackwell.", "en")
    check(got, ("Nvidia", "DEVELOPS", "A100"))


def test_object_ends_at_a_comma(relations: Found) -> None:
    got = relations("Microsoft bought servers, and Nvidia gained.", "en")
    assert not any(kind == "ACQUIRES" for _, kind, _ in got), got


def test_his_company(relations: Found) -> None:
    got = relations("The deal was signed by Elon Musk and his AI company xAI.", "en")
    check(got, ("Elon Musk", "OWNS", "xAI"))
    assert relations("Sam Altman praised his employer OpenAI.", "en") == {}


def test_leader_led_by_is_not_an_investor(relations: Found) -> None:
    got = relations(
        "Meta folded its teams into Meta Superintelligence Labs, led by Alexandr Wang as chief AI officer.", "en"
    )
    assert ("Alexandr Wang", "INVESTS_IN", "Meta") not in got


def test_its_in_an_object_list_is_the_nearest_company(relations: Found) -> None:
    got = relations("Getty Images sued Stability AI and its partner Amazon.", "en")
    assert ("Amazon", "PARTNERS_WITH", "Getty Images") not in got and (
        "Getty Images",
        "PARTNERS_WITH",
        "Amazon",
    ) not in got


def test_modifier_list_is_not_an_apposition(relations: Found) -> None:
    got = relations("Cohere closes Nvidia, Oracle-backed funding round.", "en")
    assert ("Oracle", "INVESTS_IN", "Nvidia") not in got


def test_dateline_is_not_the_paragraphs_company(relations: Found) -> None:
    got = relations(
        "(Reuters) - The startup raised $1bn in a round led by Accel, with participation from Nvidia.", "en"
    )
    assert not any(tail == "Reuters" for _, _, tail in got), got


def test_vice_president_works_for(relations: Found) -> None:
    got = relations("Jane Doe, Oracle's executive vice president of sales, spoke.", "en")
    assert ("Jane Doe", "LEADS", "Oracle") not in got


def test_relative_object_after_a_mistagged_head(relations: Found) -> None:
    got = relations("She worked at DeepMind, the London research startup that Google later bought.", "en")
    check(got, ("Google", "ACQUIRES", "Google DeepMind"))


def test_publisher_of_without_article(relations: Found) -> None:
    got = relations("The suit was brought by Axel Springer, publisher of Politico, and The New York Times.", "en")
    check(got, ("Axel Springer", "OWNS", "Politico"))
    assert ("Axel Springer", "OWNS", "The New York Times") not in got
