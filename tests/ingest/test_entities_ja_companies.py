"""Japanese companies the NER misses, marked by the grammar around them: the subject of a business verb,
its partner or target, a name listed before a known company (real pipeline, sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.ingest.test_entities_pipeline import extracted

pytestmark = pytest.mark.models


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("ミドリボットは、国内の投資家から約12億円を調達した。", {"ミドリボット"}),
        ("カモメデータはシラカバシステムズと業務提携したと発表した。", {"カモメデータ", "シラカバシステムズ"}),
        ("大手商社がハヤブサロジを買収した。", {"ハヤブサロジ"}),
        ("今回のラウンドにはツバメキャピタルやソニーグループが参加した。", {"ツバメキャピタル", "Sony"}),
    ],
)
def test_a_company_marked_by_the_grammar_is_an_organisation(text: str, names: set[str]) -> None:
    companies = {e.name for e in extracted(text, "ja") if e.type == "ORGANIZATION"}
    assert names <= companies


@pytest.mark.parametrize(
    "text",
    [
        "今回のラウンドは、既存株主がそれぞれ5億ドルを出資する。",
        "スタートアップは資金を調達したと発表した。",
        "半導体メーカーやスタートアップが出資に加わった。",
    ],
)
def test_generic_words_in_those_slots_are_not_companies(text: str) -> None:
    assert extracted(text, "ja") == []


def test_countries_are_places_not_companies() -> None:
    text = "フィンランドとポーランドの企業がデータセンター計画に参加した。"
    found = {(e.name, e.type) for e in extracted(text, "ja")}
    assert {("Finland", "LOCATION"), ("Poland", "LOCATION")} <= found
