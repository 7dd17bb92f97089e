"""An actor's old and new names, told in a rename statement, are one actor named by the new name
(real English pipeline, sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.ingest.test_entities_pipeline import extracted, surfaces

pytestmark = pytest.mark.models


@pytest.mark.parametrize(
    ("text", "new", "old"),
    [
        ("Hooli Robotics, formerly known as Pied Cart, raised $20 million in May.", "Hooli Robotics", "Pied Cart"),
        ("Stratus Compute (previously Nimbus Systems) leases GPUs to labs.", "Stratus Compute", "Nimbus Systems"),
        ("Nimbus Systems was renamed Stratus Compute in 2024 after a merger.", "Stratus Compute", "Nimbus Systems"),
        ("Last year Gavin Labs rebranded as Raviga Cloud and moved to Denver.", "Raviga Cloud", "Gavin Labs"),
        (
            "Two engineers began selling chatbots in 2019. Their company, then called Blue Lantern Labs, struggled "
            "at first. Renamed Quorra AI, it turned to coding tools.",
            "Quorra AI",
            "Blue Lantern Labs",
        ),
    ],
)
def test_a_renamed_company_is_one_actor_under_its_new_name(text: str, new: str, old: str) -> None:
    [actor] = [e for e in extracted(text, "en") if {new, old} & surfaces(e)]
    assert (actor.name, actor.type) == (new, "ORGANIZATION")
    assert old in actor.aliases


@pytest.mark.parametrize(
    "text",
    [
        "Hooli Robotics, a rival of Pied Cart, raised $20 million in May.",
        "Nimbus Systems was sold to Stratus Compute in 2024.",
        "Their first investor, then called Blue Lantern Labs, backed Quorra AI early.",
    ],
)
def test_two_companies_side_by_side_stay_two(text: str) -> None:
    companies = [e for e in extracted(text, "en") if e.type == "ORGANIZATION"]
    assert len(companies) == 2, companies
