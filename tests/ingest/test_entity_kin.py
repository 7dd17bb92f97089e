"""A sibling named by the given name alone is a person with the family name of the one it is told of
(real English pipeline, sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.ingest.test_entities_pipeline import extracted

pytestmark = pytest.mark.models


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("The startup was set up by Mara Okafor and her brother Tobi in a Lagos garage.", "Tobi Okafor"),
        ("Patrick Collison and his younger brother John started Stripe in 2010.", "John Collison"),
        ("Anthropic was founded by Dario Amodei and his sister Daniela.", "Daniela Amodei"),
    ],
)
def test_a_sibling_named_by_given_name_gets_the_family_name(text: str, full: str) -> None:
    people = {e.name: e for e in extracted(text, "en") if e.type == "PERSON"}
    assert full in people and full.split()[0] in people[full].aliases


def test_a_spouse_or_a_sibling_without_a_full_name_before_is_left_alone() -> None:
    people = {e.name for e in extracted("Lena Hart thanked her husband Omar. His sister Ines spoke too.", "en")}
    assert not {"Omar Hart", "Ines Hart"} & people
