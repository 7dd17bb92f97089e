"""English facilities: where a facility subject is ('X, Meta's newest campus, opens in 2026 in Y, Z'), and
whose it is ("X, the first of Meta's clusters" / "Y, one of OpenAI's models")."""

from __future__ import annotations

import pytest

from tests.ingest.relations.en_cases import Found, check, has

pytestmark = pytest.mark.models

CLUSTER = "Colossus, the first of xAI's giant clusters, is due online in 2025 in Memphis, Tennessee, with 1 GW."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (CLUSTER, ("Colossus", "LOCATED_IN", "Memphis")),
        (CLUSTER, ("Colossus", "LOCATED_IN", "Tennessee")),
        (CLUSTER, ("xAI", "OWNS", "Colossus")),
        ("Colossus was built in Memphis in 122 days.", ("Colossus", "LOCATED_IN", "Memphis")),
        ("Grok, one of xAI's chatbots, is popular.", ("xAI", "DEVELOPS", "Grok")),
    ],
)
def test_sites(relations: Found, text: str, expected: tuple[str, str, str]) -> None:
    check(relations(text, "en"), expected)


def test_a_place_said_of_something_else_is_not_the_sites(relations: Found) -> None:
    """'in Tennessee' belongs to the relative clause's verb, not to the facility."""
    got = relations("Colossus, which xAI financed with loans raised in Tennessee, is a supercomputer.", "en")
    assert not has(got, ("Colossus", "LOCATED_IN", "Tennessee")), got
