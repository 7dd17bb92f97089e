"""The last layer: a partnership or competition trigger and two fitting actors in one sentence no other rule
read, at confidence 0.35 (sentences written for these tests)."""

from __future__ import annotations

import pytest

from ingest.extract import extract_stream
from ingest.options import ExtractOptions
from schema.models import Article, Extraction

pytestmark = pytest.mark.models


def _relations(text: str, lang: str) -> dict[tuple[str, str, str], tuple[float, str]]:
    [found] = list(extract_stream([Article(text=text, lang=lang)], ExtractOptions()))
    assert isinstance(found, Extraction)
    names = {e.id: e.name for e in found.entities}
    return {(names[r.head], r.type, names[r.tail]): (r.confidence, r.rule) for r in found.relations}


@pytest.mark.parametrize(
    ("text", "pair", "kind"),
    [
        (
            "Oracle, which competes fiercely in cloud services, said Amazon Web Services had cut prices.",
            {"Oracle", "Amazon Web Services"},
            "COMPETES_WITH",
        ),
        (
            "Cohere, partnering since 2023 on models for banks, said Fujitsu will resell them.",
            {"Cohere", "Fujitsu"},
            "PARTNERS_WITH",
        ),
    ],
)
def test_a_trigger_and_two_fitting_actors_give_a_low_confidence_relation(text: str, pair: set[str], kind: str) -> None:
    found = _relations(text, "en")
    [(key, (confidence, rule))] = [(k, v) for k, v in found.items() if k[1] == kind]
    assert {key[0], key[2]} == pair and confidence == 0.35 and rule == "en.fallback.sentence"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Oracle, which does not compete in consumer chips, said Nvidia would supply it.", "en"),
        ("KDDIは、通信事業で長年競合してきたNTTとの協力は考えていないと述べた。", "ja"),
        ("Sam Altman said Microsoft would compete harder.", "en"),  # a person is no competitor of a company
    ],
)
def test_negation_and_unfitting_types_give_nothing(text: str, lang: str) -> None:
    found = _relations(text, lang)
    assert [k for k, (_, rule) in found.items() if rule.endswith("fallback.sentence")] == []
