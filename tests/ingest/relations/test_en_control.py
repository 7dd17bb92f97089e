"""English control and conflict: controlling stakes, sellers, suits by noun and by idiom, appositive
arguments, and products another company makes (en_events.py, en_conflict.py, en.py)."""

from __future__ import annotations

import pytest

from tests.ingest.relations.en_cases import Found, check

pytestmark = pytest.mark.models

CASES = [
    ("Samsung took a majority stake in Rainbow Robotics.", ("Samsung", "OWNS", "Rainbow Robotics")),
    ("Samsung's controlling stake in Rainbow Robotics grew.", ("Samsung", "OWNS", "Rainbow Robotics")),
    ("Microsoft acquired a 75% stake in Inflection.", ("Microsoft", "OWNS", "Inflection AI")),
    ("SoftBank agreed to buy Arm from Oracle.", ("Oracle", "OWNS", "Arm")),
    ("The lawsuit by Getty Images against Stability AI went to trial.", ("Getty Images", "SUES", "Stability AI")),
    ("Getty Images took Stability AI to court in London.", ("Getty Images", "SUES", "Stability AI")),
    ("Elon Musk is suing Apple and its chief executive, Tim Cook.", ("Elon Musk", "SUES", "Tim Cook")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][1] + ":" + c[0][:16] for c in CASES])
def test_control_and_conflict(relations: Found, text: str, expected: tuple[str, str, str]) -> None:
    check(relations(text, "en"), expected)


def test_minority_stake_is_no_ownership(relations: Found) -> None:
    got = relations("Microsoft holds a 27% stake in OpenAI.", "en")
    assert ("Microsoft", "OWNS", "OpenAI") not in got, got


def test_no_majority_stake_when_negated(relations: Found) -> None:
    got = relations("Samsung did not take a majority stake in Rainbow Robotics.", "en")
    assert ("Samsung", "OWNS", "Rainbow Robotics") not in got, got


def test_builder_of_anothers_product_is_not_its_developer(relations: Found) -> None:
    got = relations("Samsung, which has built Google's Gemini into its phones, sold more devices.", "en")
    assert ("Samsung", "DEVELOPS", "Gemini") not in got, got
