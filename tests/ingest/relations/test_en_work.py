"""English appointments with the role as a predicate, and reduced relatives after an appositive
('X, the startup A co-founded') (en.py, en_clause.py)."""

from __future__ import annotations

import pytest

from tests.ingest.relations.en_cases import Found, check

pytestmark = pytest.mark.models

CASES = [
    ("Mike Krieger was appointed chief product officer of Anthropic.", ("Mike Krieger", "WORKS_FOR", "Anthropic")),
    ("Kevin Weil was named OpenAI's chief product officer.", ("Kevin Weil", "WORKS_FOR", "OpenAI")),
    ("Scale AI, the startup Alexandr Wang co-founded in 2016, grew fast.", ("Alexandr Wang", "FOUNDED", "Scale AI")),
    ("Instagram, the photo app Meta bought in 2012, grew.", ("Meta", "ACQUIRES", "Instagram")),
    ("Google hired Demis Hassabis to run a new unit, Google DeepMind.", ("Demis Hassabis", "LEADS", "Google DeepMind")),
    ("Intel later bought Habana Labs, also based in Israel.", ("Habana Labs", "LOCATED_IN", "Israel")),
    ("Chris Malachowsky has remained with Nvidia.", ("Chris Malachowsky", "WORKS_FOR", "Nvidia")),
    ("Jony Ive stayed at Apple until 2019.", ("Jony Ive", "WORKS_FOR", "Apple")),
    ("Jan Leike, formerly of OpenAI, joined Anthropic.", ("Jan Leike", "WORKS_FOR", "OpenAI")),
    ("Jan Leike, previously at OpenAI, joined Anthropic.", ("Jan Leike", "WORKS_FOR", "OpenAI")),
    ("Mira Murati, an OpenAI veteran, raised money.", ("Mira Murati", "WORKS_FOR", "OpenAI")),
    ("Jan Leike spent three years at OpenAI before joining Anthropic.", ("Jan Leike", "WORKS_FOR", "OpenAI")),
    ("Reid Hoffman serves on the board of Microsoft.", ("Reid Hoffman", "WORKS_FOR", "Microsoft")),
    ("Reid Hoffman stepped down from OpenAI's board in 2023.", ("Reid Hoffman", "WORKS_FOR", "OpenAI")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][1] + ":" + c[0][:16] for c in CASES])
def test_work_and_relative(relations: Found, text: str, expected: tuple[str, str, str]) -> None:
    check(relations(text, "en"), expected)


def test_reduced_relative_needs_an_appositive(relations: Found) -> None:
    got = relations("Analysts said the app Meta bought in 2012 grew.", "en")
    assert not [t for t in got if t[1] == "ACQUIRES"], got


def test_an_organisation_staying_with_a_supplier_works_for_nobody(relations: Found) -> None:
    got = relations("Nvidia stayed with TSMC for its chips.", "en")
    assert not [t for t in got if t[1] == "WORKS_FOR"], got


def test_title_after_a_semicolon_belongs_to_the_clause_before(relations: Found) -> None:
    text = "Alphabet spent more.\n\nOracle booked $10 billion of orders; finance chief Safra Catz said demand held."
    got = relations(text, "en")
    assert ("Safra Catz", "WORKS_FOR", "Oracle") in got and ("Safra Catz", "WORKS_FOR", "Alphabet") not in got, got


def test_formerly_needs_a_person(relations: Found) -> None:
    got = relations("Figma, formerly of Adobe's portfolio, grew.", "en")
    assert not [t for t in got if t[1] == "WORKS_FOR"], got


def test_a_panel_is_no_board(relations: Found) -> None:
    got = relations("Reid Hoffman sat on a panel at Google.", "en")
    assert not [t for t in got if t[1] == "WORKS_FOR"], got
