"""English titles and founders in every position (token-order layer, en_roles.py / en_clause.py)."""

from __future__ import annotations

import pytest

from tests.ingest.relations.en_cases import Found, check

pytestmark = pytest.mark.models

CASES = [
    ("Google CEO Sundar Pichai spoke at the conference on Tuesday.", ("Sundar Pichai", "LEADS", "Google")),
    ("Lisa Su, AMD's chief executive, said demand was strong.", ("Lisa Su", "LEADS", "AMD")),
    (
        "Nvidia, whose chief executive Jensen Huang spoke on Monday, raised its forecast.",
        ("Jensen Huang", "LEADS", "Nvidia"),
    ),
    (
        "Demis Hassabis, co-founder and CEO of Google DeepMind, won the prize.",
        ("Demis Hassabis", "FOUNDED", "Google DeepMind"),
    ),
    (
        "Demis Hassabis, co-founder and CEO of Google DeepMind, won the prize.",
        ("Demis Hassabis", "LEADS", "Google DeepMind"),
    ),
    (
        "Mira Murati, who co-founded Thinking Machines Lab, gave a talk.",
        ("Mira Murati", "FOUNDED", "Thinking Machines Lab"),
    ),
    (
        "Anthropic was co-founded by Dario Amodei, Daniela Amodei and Jared Kaplan.",
        ("Jared Kaplan", "FOUNDED", "Anthropic"),
    ),
    (
        "Arthur Mensch co-founded Mistral AI with Guillaume Lample and Timothée Lacroix.",
        ("Timothée Lacroix", "FOUNDED", "Mistral AI"),
    ),
    (
        "Former OpenAI researcher Ilya Sutskever founded Safe Superintelligence.",
        ("Ilya Sutskever", "WORKS_FOR", "OpenAI"),
    ),
    ("Mustafa Suleyman, a former Google executive, spoke in London.", ("Mustafa Suleyman", "WORKS_FOR", "Google")),
    ("Meta hired Alexandr Wang as chief AI officer.", ("Alexandr Wang", "WORKS_FOR", "Meta")),
    ("Andrej Karpathy left Tesla for OpenAI.", ("Andrej Karpathy", "WORKS_FOR", "OpenAI")),
    ("Elon Musk, 54, who co-founded OpenAI, left its board.", ("Elon Musk", "FOUNDED", "OpenAI")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][1] + ":" + c[1][0] for c in CASES])
def test_title_found_with_direction(relations: Found, text: str, expected: tuple[str, str, str]) -> None:
    check(relations(text, "en"), expected)


def test_bare_title_takes_the_paragraphs_company(relations: Found) -> None:
    got = relations("Nvidia reported record sales. Chief executive Jensen Huang, 62, was upbeat.", "en")
    check(got, ("Jensen Huang", "LEADS", "Nvidia"))


def test_its_title_without_a_known_company_guesses_nothing(relations: Found) -> None:
    got = relations("Its chief executive, Sam Altman, spoke after Microsoft reported earnings.", "en")
    assert ("Sam Altman", "LEADS", "Microsoft") not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thinking Machines Lab grew. Mira Murati took over as CEO.",
            ("Mira Murati", "LEADS", "Thinking Machines Lab"),
        ),
        ("Cohere hired Joelle Pineau as chief AI officer.", ("Joelle Pineau", "WORKS_FOR", "Cohere")),
        ("Inflection named Sean White as its new chief executive.", ("Sean White", "LEADS", "Inflection AI")),
        (
            "Microsoft reported results. Finance chief Amy Hood said demand was strong.",
            ("Amy Hood", "WORKS_FOR", "Microsoft"),
        ),
    ],
)
def test_title_taken_as(relations: Found, text: str, expected: tuple[str, str, str]) -> None:
    check(relations(text, "en"), expected)


def test_clauses_joined_by_and_are_not_a_list(relations: Found) -> None:
    got = relations(
        "Jan Leike left for Anthropic, and John Schulman took over as CEO, with Barret Zoph as president.", "en"
    )
    assert ("Barret Zoph", "LEADS", "Anthropic") not in got and ("John Schulman", "LEADS", "Anthropic") not in got


def test_hirer_is_not_a_backer_listed_before(relations: Found) -> None:
    text = (
        "Inflection, which raised money from backers including Microsoft and Nvidia, named Sean White as its new chief."
    )
    assert ("Sean White", "LEADS", "Microsoft") not in relations(text, "en")


def test_founders_list_set_up_the_paragraphs_lab(relations: Found) -> None:
    text = (
        "Anthropic raised $4bn. Dario Amodei, Daniela Amodei and Jared Kaplan set up the San Francisco-based company."
    )
    got = relations(text, "en")
    for founder in ("Dario Amodei", "Jared Kaplan"):
        check(got, (founder, "FOUNDED", "Anthropic"))


def test_bare_title_after_the_company_takes_the_paragraphs_company(relations: Found) -> None:
    text = "Tesla is building a factory. The site, named Gigafactory Texas, opens soon, chief executive Elon Musk said."
    got = relations(text, "en")
    check(got, ("Elon Musk", "LEADS", "Tesla"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tesla Inc. hired Andrej Karpathy in 2017.", ("Andrej Karpathy", "WORKS_FOR", "Tesla")),
        (
            "Mustafa Suleyman worked at Google before co-founding Inflection AI.",
            ("Mustafa Suleyman", "FOUNDED", "Inflection AI"),
        ),
    ],
)
def test_subject_found_past_suffixes_and_time_links(
    relations: Found, text: str, expected: tuple[str, str, str]
) -> None:
    check(relations(text, "en"), expected)


def test_copula_title_chain(relations: Found) -> None:
    got = relations("Dario Amodei is the co-founder and former chief executive of the AI lab Anthropic.", "en")
    check(got, ("Dario Amodei", "FOUNDED", "Anthropic"))
    check(got, ("Dario Amodei", "LEADS", "Anthropic"))


def test_apposed_startup_founded_by(relations: Found) -> None:
    check(
        relations("Perplexity, a startup founded by Aravind Srinivas, grew.", "en"),
        ("Aravind Srinivas", "FOUNDED", "Perplexity"),
    )


def test_persons_company_is_the_paragraphs_company(relations: Found) -> None:
    got = relations("Tesla had a strong quarter. Elon Musk's carmaker sold more vehicles.", "en")
    check(got, ("Elon Musk", "LEADS", "Tesla"))
    named = relations("Meta grew. Mark Zuckerberg's company Instagram launched an app.", "en")
    assert ("Mark Zuckerberg", "LEADS", "Meta") not in named


def test_company_before_a_title_is_not_the_founder(relations: Found) -> None:
    got = relations("Thinking Machines Lab, founded by former OpenAI CTO Mira Murati, grew.", "en")
    check(got, ("Mira Murati", "FOUNDED", "Thinking Machines Lab"))
    assert ("OpenAI", "FOUNDED", "Thinking Machines Lab") not in got
