"""English conflict in its other forms: critics by role noun, 'hit back at', case names 'A v. B',
suits a defendant was hit with (en.py, en_conflict.py)."""

from __future__ import annotations

import pytest

from tests.ingest.relations.en_cases import Found, check

pytestmark = pytest.mark.models

CASES = [
    ("Elon Musk is a vocal critic of OpenAI.", ("Elon Musk", "CRITICIZES", "OpenAI")),
    ("Gary Marcus, a longtime critic of OpenAI, testified.", ("Gary Marcus", "CRITICIZES", "OpenAI")),
    ("Sam Altman hit back at Elon Musk on X.", ("Sam Altman", "CRITICIZES", "Elon Musk")),
    ("Perplexity fired back at Amazon in a blog post.", ("Perplexity", "CRITICIZES", "Amazon")),
    ("The New York Times v. Microsoft is pending in Manhattan.", ("The New York Times", "SUES", "Microsoft")),
    ("Microsoft was hit with a lawsuit by Nvidia.", ("Nvidia", "SUES", "Microsoft")),
    ("Jeff Bezos and Elon Musk have traded barbs for years.", ("Jeff Bezos", "RIVAL_OF", "Elon Musk")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][1] + ":" + c[0][:16] for c in CASES])
def test_conflict(relations: Found, text: str, expected: tuple[str, str, str]) -> None:
    check(relations(text, "en"), expected)


@pytest.mark.parametrize(
    "text",
    [
        "OpenAI fired Sam Altman in November.",
        "Microsoft was hit by a slowdown at Nvidia.",
        "Sam Altman did not hit back at Elon Musk.",
    ],
)
def test_no_criticism_from_firing_or_being_hit(relations: Found, text: str) -> None:
    got = relations(text, "en")
    assert not [t for t in got if t[1] in ("CRITICIZES", "SUES")], got


def test_traded_insults_go_both_ways(relations: Found) -> None:
    got = relations("Jeff Bezos and Elon Musk have traded barbs for years.", "en")
    assert ("Jeff Bezos", "CRITICIZES", "Elon Musk") in got and ("Elon Musk", "CRITICIZES", "Jeff Bezos") in got, got
