"""English funding rounds, backers and stakes (en_funding.py and the 'X-backed' noun phrase)."""

from __future__ import annotations

import pytest

from tests.ingest.relations.en_cases import Found, check

pytestmark = pytest.mark.models

CASES = [
    (
        "xAI closed a $6 billion round led by Valor Equity Partners, with participation from Sequoia Capital.",
        ("Valor Equity Partners", "INVESTS_IN", "xAI"),
    ),
    (
        "xAI closed a $6 billion round led by Valor Equity Partners, with participation from Sequoia Capital.",
        ("Sequoia Capital", "INVESTS_IN", "xAI"),
    ),
    (
        "Anthropic raised $4 billion. Amazon led the round; Google and Nvidia also participated.",
        ("Nvidia", "INVESTS_IN", "Anthropic"),
    ),
    (
        "Anthropic raised $4 billion. Amazon led the round; Google and Nvidia also participated.",
        ("Amazon", "INVESTS_IN", "Anthropic"),
    ),
    (
        "Perplexity, which is backed by Nvidia and Jeff Bezos, is growing fast.",
        ("Jeff Bezos", "INVESTS_IN", "Perplexity"),
    ),
    ("The SoftBank-backed startup OpenAI is expanding.", ("SoftBank Group", "INVESTS_IN", "OpenAI")),
    (
        "Mistral AI counts investors including Nvidia, Microsoft and General Catalyst.",
        ("General Catalyst", "INVESTS_IN", "Mistral AI"),
    ),
    ("Microsoft holds a 27% stake in OpenAI.", ("Microsoft", "INVESTS_IN", "OpenAI")),
    ("Amazon owns about 15% of Anthropic.", ("Amazon", "INVESTS_IN", "Anthropic")),
    ("Nvidia also participated in Elon Musk's xAI funding round last year.", ("Nvidia", "INVESTS_IN", "xAI")),
    ("Nvidia led a $2 billion funding round for Reflection AI.", ("Nvidia", "INVESTS_IN", "Reflection AI")),
    (
        "Cohere raised $500 million from investors led by Radical Ventures.",
        ("Radical Ventures", "INVESTS_IN", "Cohere"),
    ),
    (
        "Amazon joined a $2 billion seed round for Thinking Machines Lab.",
        ("Amazon", "INVESTS_IN", "Thinking Machines Lab"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][0] + ":" + c[0][:12] for c in CASES])
def test_investor_found_with_direction(relations: Found, text: str, expected: tuple[str, str, str]) -> None:
    check(relations(text, "en"), expected)


def test_negated_funding_is_not_a_fact(relations: Found) -> None:
    got = relations("Cohere raised $500 million. Nvidia and Oracle did not participate.", "en")
    assert ("Nvidia", "INVESTS_IN", "Cohere") not in got


def test_round_without_a_company_names_no_target(relations: Found) -> None:
    got = relations(
        "The Series C was led by Lightspeed Venture Partners. Nvidia and Microsoft joined as new investors.", "en"
    )
    assert not any(kind == "INVESTS_IN" for _, kind, _ in got), got


def test_money_round_does_not_make_investors_of_each_other(relations: Found) -> None:
    got = relations("Anthropic raised $4 billion. Amazon led the round; Google and Nvidia also participated.", "en")
    assert ("Google", "INVESTS_IN", "Amazon") not in got


def test_it_opening_a_sentence_is_the_paragraphs_company(relations: Found) -> None:
    got = relations("Nvidia's portfolio keeps growing. It owns around 7% of CoreWeave.", "en")
    check(got, ("Nvidia", "INVESTS_IN", "CoreWeave"))


def test_second_verb_after_a_relative_clause_keeps_the_main_subject(relations: Found) -> None:
    text = "Amazon led a round for Anthropic, which builds Claude, and joined a seed round for Perplexity."
    got = relations(text, "en")
    check(got, ("Amazon", "INVESTS_IN", "Perplexity"))
    assert ("Anthropic", "INVESTS_IN", "Perplexity") not in got


def test_and_others_closes_an_investor_list(relations: Found) -> None:
    got = relations("Mistral AI raised money. General Catalyst, Bpifrance and others also participated.", "en")
    check(got, ("Bpifrance", "INVESTS_IN", "Mistral AI"))
