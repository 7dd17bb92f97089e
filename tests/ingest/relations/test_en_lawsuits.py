"""English suits named with their procedure: the defendant is who asks to dismiss ("B's bid to dismiss a
suit brought by A", 'motions by B to dismiss a case filed by A'), plaintiffs listed with an apposition or
'his company X' (en_conflict.py, en_order.list_from)."""

from __future__ import annotations

import pytest

from tests.ingest.relations.en_cases import Found, check, has

pytestmark = pytest.mark.models

BID = (
    "In Boston, a judge rejected Cohere Inc.'s bid to dismiss a copyright suit brought by Conde Nast, "
    "owner of Vogue, and Forbes."
)
MOTIONS = (
    "A judge in Dallas denied motions by Google and Meta to dismiss an antitrust case filed in March by "
    "Jeff Bezos's Amazon and his space company Blue Origin."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (BID, ("Conde Nast", "SUES", "Cohere")),
        (BID, ("Forbes", "SUES", "Cohere")),
        (MOTIONS, ("Amazon", "SUES", "Google")),
        (MOTIONS, ("Blue Origin", "SUES", "Meta")),
        (
            "Stability AI moved to dismiss the lawsuit filed by Getty Images in Delaware.",
            ("Getty Images", "SUES", "Stability AI"),
        ),
    ],
)
def test_defendant_asks_to_dismiss(relations: Found, text: str, expected: tuple[str, str, str]) -> None:
    check(relations(text, "en"), expected)


def test_a_case_needs_its_filing_and_agent(relations: Found) -> None:
    """'case' alone is no lawsuit: 'the case for Google and Meta' names no plaintiff."""
    got = relations("Analysts made the case for Google and Meta to dismiss their worries about Nvidia.", "en")
    assert not [t for t in got if t[1] == "SUES"], got


def test_no_defendant_without_a_dismissal(relations: Found) -> None:
    got = relations("Google and Meta praised a case filed in March by Amazon.", "en")
    assert not has(got, ("Amazon", "SUES", "Google")), got


def test_the_month_may_is_no_speculation(relations: Found) -> None:
    got = relations("On May 2 Nvidia acquired Mellanox.", "en")
    assert got.get(("Nvidia", "ACQUIRES", "Mellanox"), 0.0) >= 0.8, got


def test_as_well_as_continues_a_list(relations: Found) -> None:
    text = "Getty Images, Conde Nast and Forbes, as well as Reddit, have sued Anthropic."
    got = relations(text, "en")
    assert has(got, ("Reddit", "SUES", "Anthropic")), got
    assert has(got, ("Getty Images", "SUES", "Anthropic")), got


def test_calling_the_suit_names_criticises_its_plaintiff(relations: Found) -> None:
    text = "In May, Reddit sued Anthropic over scraping; Anthropic called the suit baseless."
    check(relations(text, "en"), ("Anthropic", "CRITICIZES", "Reddit"))


def test_calling_a_move_smart_is_no_criticism_of_a_suit(relations: Found) -> None:
    got = relations("Reddit sued Anthropic, and OpenAI called the move smart.", "en")
    assert not [t for t in got if t[1] == "CRITICIZES"], got


def test_countersued_sues_the_plaintiff_back(relations: Found) -> None:
    text = "Reddit, which is suing Anthropic in California, faces pressure; Anthropic has countersued."
    got = relations(text, "en")
    assert has(got, ("Anthropic", "SUES", "Reddit")), got
    assert has(got, ("Reddit", "SUES", "Anthropic")), got


def test_not_countersued(relations: Found) -> None:
    got = relations("Reddit is suing Anthropic; Anthropic has not countersued.", "en")
    assert not has(got, ("Anthropic", "SUES", "Reddit")), got
