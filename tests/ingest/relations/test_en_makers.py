"""English descriptions that name a maker or an owner: 'X, the startup behind Y', 'X, the company that
created Y' (bound to X, never to an earlier company), 'X, Musk's AI company', 'the AI company owned by Y'
(en_nominal.py, en.py)."""

from __future__ import annotations

import pytest

from tests.ingest.relations.en_cases import Found, check

pytestmark = pytest.mark.models

CASES = [
    ("Mistral AI, the startup behind the Le Chat assistant, hired engineers.", ("Mistral AI", "DEVELOPS", "Le Chat")),
    ("Anysphere, the startup behind Cursor, raised money.", ("Anysphere", "DEVELOPS", "Cursor")),
    ("Meta is the company behind Llama.", ("Meta", "DEVELOPS", "Llama")),
    ("Nvidia grew. Google, the company that created Gemini, cut prices.", ("Google", "DEVELOPS", "Gemini")),
    ("xAI, Musk's AI company, is seeking new funds.", ("Elon Musk", "OWNS", "xAI")),
    ("Elon Musk's AI startup, xAI, raised $6 billion.", ("Elon Musk", "OWNS", "xAI")),
    ("xAI, the AI company owned by Elon Musk, is seeking new funds.", ("Elon Musk", "OWNS", "xAI")),
    ("OpenAI, Sam Altman's artificial intelligence company, hired more staff.", ("Sam Altman", "LEADS", "OpenAI")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][1] + ":" + c[0][:16] for c in CASES])
def test_makers_and_owners_described(relations: Found, text: str, expected: tuple[str, str, str]) -> None:
    check(relations(text, "en"), expected)


def test_the_company_that_created_binds_to_its_apposition(relations: Found) -> None:
    got = relations("OpenAI released a model. Google, the company that created Gemini, cut prices.", "en")
    assert ("OpenAI", "DEVELOPS", "Gemini") not in got and ("OpenAI", "FOUNDED", "Gemini") not in got, got


def test_the_team_behind_a_lawsuit_develops_nothing(relations: Found) -> None:
    got = relations("The firm behind the lawsuit against OpenAI declined to comment.", "en")
    assert not [t for t in got if t[1] == "DEVELOPS"], got


def test_a_known_chief_does_not_own_by_description(relations: Found) -> None:
    got = relations("OpenAI, Sam Altman's artificial intelligence company, hired more staff.", "en")
    assert ("Sam Altman", "OWNS", "OpenAI") not in got, got


def test_the_product_maker_as_an_object_is_its_maker(relations: Found) -> None:
    got = relations("OpenAI launched a new model. Microsoft has invested $13 billion in the ChatGPT maker.", "en")
    assert ("Microsoft", "INVESTS_IN", "OpenAI") in got, got


def test_the_product_maker_is_never_another_company(relations: Found) -> None:
    got = relations("Google launched a new model. Amazon has invested $8 billion in the Claude maker.", "en")
    assert ("Amazon", "INVESTS_IN", "Google") not in got and ("Google", "DEVELOPS", "Claude") not in got, got
