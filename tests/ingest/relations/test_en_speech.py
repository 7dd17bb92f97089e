"""English reported speech with a pronoun subject ('X said it will buy Y', en_speech.py) and a person's
possessive company when the knowledge base knows the person as its head (en_known.py)."""

from __future__ import annotations

import pytest

from tests.ingest.relations.en_cases import Found, check

pytestmark = pytest.mark.models

CASES = [
    ("SoftBank said it will acquire Graphcore for about $600 million.", ("SoftBank Group", "ACQUIRES", "Graphcore")),
    ("Meta said on Friday that it would invest $14 billion in Scale AI.", ("Meta", "INVESTS_IN", "Scale AI")),
    ("Anthropic said it would sue Perplexity.", ("Anthropic", "SUES", "Perplexity")),
    ("Microsoft said it has acquired Inflection AI.", ("Microsoft", "ACQUIRES", "Inflection AI")),
    ("Elon Musk told reporters he would sue OpenAI.", ("Elon Musk", "SUES", "OpenAI")),
    ("Google launched Gemini. Amazon confirmed it will invest in Anthropic.", ("Amazon", "INVESTS_IN", "Anthropic")),
    ("Jensen Huang's Nvidia reported strong demand.", ("Jensen Huang", "LEADS", "Nvidia")),
    ("Sam Altman's OpenAI is raising money.", ("Sam Altman", "LEADS", "OpenAI")),
    ("Elon Musk's xAI is raising money.", ("Elon Musk", "OWNS", "xAI")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][1] + ":" + c[0][:16] for c in CASES])
def test_reported_speech_and_known_heads(relations: Found, text: str, expected: tuple[str, str, str]) -> None:
    check(relations(text, "en"), expected)


def test_an_intention_is_less_sure_than_a_deed(relations: Found) -> None:
    said = relations("SoftBank said it will acquire Graphcore.", "en")
    done = relations("SoftBank said it acquired Graphcore.", "en")
    key = ("SoftBank Group", "ACQUIRES", "Graphcore")
    assert said[key] < done[key], (said, done)


def test_a_negated_report_states_nothing(relations: Found) -> None:
    got = relations("Google launched Gemini. Microsoft said it would not invest in Mistral AI.", "en")
    assert not [t for t in got if t[1] == "INVESTS_IN"], got


def test_the_speaker_is_not_the_earlier_company(relations: Found) -> None:
    got = relations("Nvidia reported results. Microsoft said it would buy Inflection AI.", "en")
    assert ("Nvidia", "ACQUIRES", "Inflection AI") not in got and ("Microsoft", "ACQUIRES", "Inflection AI") in got, got


def test_a_known_chief_owns_nothing_by_a_possessive(relations: Found) -> None:
    got = relations("Jensen Huang's Nvidia reported strong demand.", "en")
    assert ("Jensen Huang", "OWNS", "Nvidia") not in got, got
