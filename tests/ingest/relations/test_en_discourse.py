"""English pronouns and 'the company' across the sentences of one paragraph (en_order.Order.ref), and the
company a round belongs to when an investor is its subject (en_funding._topic)."""

from __future__ import annotations

import pytest

from tests.ingest.relations.en_cases import Found, check, has

pytestmark = pytest.mark.models


def test_the_companys_purchase(relations: Found) -> None:
    text = (
        "Dana Lee has been chief scientist of Salesforce since 2019. She came through the company's purchase of Slack."
    )
    check(relations(text, "en"), ("Salesforce", "ACQUIRES", "Slack"))


def test_it_later_in_a_sentence_is_the_paragraphs_subject(relations: Found) -> None:
    text = (
        "Oracle's bets. The database giant likes backing its clients. "
        "It owns 8% of Ampere, and it is an investor in Cohere."
    )
    check(relations(text, "en"), ("Oracle", "INVESTS_IN", "Cohere"))


def test_it_is_not_a_company_named_as_an_object(relations: Found) -> None:
    """'holds a stake in X. … it agreed to invest in Y': 'it' is not X, which was only an object."""
    text = "The group holds a stake in the chip designer Rivos. In May it agreed to invest $2 billion in Ampere."
    got = relations(text, "en")
    assert not has(got, ("Rivos", "INVESTS_IN", "Ampere")), got


def test_a_round_led_by_b_is_not_the_round_of_the_investor_putting_money_in(relations: Found) -> None:
    text = (
        "Microsoft has mattered to Nebius from the start. Microsoft put $50 million into a 2022 round led by "
        "the hedge fund Citadel and gave Nebius early orders."
    )
    got = relations(text, "en")
    assert not has(got, ("Citadel", "INVESTS_IN", "Microsoft")), got


def test_followed_by_copies_the_action(relations: Found) -> None:
    text = "Getty Images sued Stability AI in Delaware in January, followed weeks later by Disney."
    check(relations(text, "en"), ("Walt Disney", "SUES", "Stability AI"))


def test_followed_by_an_event_copies_nothing(relations: Found) -> None:
    got = relations("Microsoft invested in OpenAI, followed by a surge in Nvidia shares.", "en")
    assert not [t for t in got if t[0] == "Nvidia"], got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meta will spend $10 billion on its Hyperion data center in Louisiana.", ("Meta", "OWNS", "Hyperion")),
        (
            "Microsoft said on Monday that its Copilot assistant now runs on GPT-5.",
            ("Microsoft", "DEVELOPS", "Copilot"),
        ),
    ],
)
def test_its_product_belongs_to_the_subject(relations: Found, text: str, expected: tuple[str, str, str]) -> None:
    check(relations(text, "en"), expected)


def test_its_is_the_subject_not_an_apposed_employer(relations: Found) -> None:
    """'Tesla hired A, a veteran of OpenAI, to run its Autopilot team': Autopilot is not OpenAI's."""
    text = "In 2017 Tesla Inc. hired Andrej Karpathy, a founding member of OpenAI, to run its Autopilot team."
    got = relations(text, "en")
    assert not [t for t in got if t[0] == "OpenAI" and t[1] in ("DEVELOPS", "OWNS")], got


PROFILE = (
    "Databricks is a data company. Databricks sells software to banks.\n\n"
    "Ali Ghodsi, an engineer who had worked at Google, founded the company in 2013 with Ion Stoica. "
    "Its early backers included Andreessen Horowitz and New Enterprise Associates."
)


def test_its_after_the_company_is_the_articles_company(relations: Found) -> None:
    """'founded the company. Its early backers …': not Google, named in a relative clause before."""
    got = relations(PROFILE, "en")
    assert has(got, ("Andreessen Horowitz", "INVESTS_IN", "Databricks")), got
    assert not has(got, ("Andreessen Horowitz", "INVESTS_IN", "Google")), got


def test_the_two_companies_are_the_last_two_named(relations: Found) -> None:
    text = (
        "Many Snowflake customers run Mistral AI models, and the two companies have worked closely together on agents."
    )
    check(relations(text, "en"), ("Snowflake", "PARTNERS_WITH", "Mistral AI"))


def test_one_company_is_no_pair(relations: Found) -> None:
    got = relations("Snowflake customers like it, and the companies have worked together on agents.", "en")
    assert not [t for t in got if t[1] == "PARTNERS_WITH"], got


def test_the_startup_he_launched(relations: Found) -> None:
    text = "Elon Musk spent the week in Texas. His answer to Gemini is Grok, built by xAI, the startup he launched."
    check(relations(text, "en"), ("Elon Musk", "FOUNDED", "xAI"))
