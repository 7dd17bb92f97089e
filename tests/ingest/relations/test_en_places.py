"""English places by a country's possessive or adjective (en_places.py) and suits named by a noun
with the plaintiff after it or before a modifier (en_conflict.py)."""

from __future__ import annotations

import pytest

from tests.ingest.relations.en_cases import Found, check

pytestmark = pytest.mark.models

CASES = [
    ("Germany's Aleph Alpha raised new money.", ("Aleph Alpha", "LOCATED_IN", "Germany")),
    ("Aleph Alpha, a German AI company, opened an office in Germany.", ("Aleph Alpha", "LOCATED_IN", "Germany")),
    ("Investors in France backed the French start-up Mistral AI.", ("Mistral AI", "LOCATED_IN", "France")),
    (
        "Intel bought the Israeli chip designer Habana Labs, a deal Israel welcomed.",
        ("Habana Labs", "LOCATED_IN", "Israel"),
    ),
    ("The lawsuit Reddit filed against Anthropic last month claims scraping.", ("Reddit", "SUES", "Anthropic")),
    ("Anthropic faces a lawsuit from Reddit over scraping.", ("Reddit", "SUES", "Anthropic")),
    ("Getty Images' 2023 copyright lawsuit against Stability AI is pending.", ("Getty Images", "SUES", "Stability AI")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][1] + ":" + c[0][:16] for c in CASES])
def test_place_or_suit(relations: Found, text: str, expected: tuple[str, str, str]) -> None:
    check(relations(text, "en"), expected)


@pytest.mark.parametrize(
    "text",
    [
        "Mistral AI is a French start-up.",  # France is not an actor of the paragraph
        "An American investor backed Mistral AI in France.",  # the adjective describes no organisation
    ],
)
def test_no_place_without_the_country_or_the_company(relations: Found, text: str) -> None:
    got = relations(text, "en")
    assert not [t for t in got if t[1] == "LOCATED_IN"], got
