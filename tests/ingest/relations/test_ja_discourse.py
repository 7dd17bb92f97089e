"""Japanese text that spans clauses and sentences: 同社/同氏, joint actors ('Bとともに'), negation."""

from __future__ import annotations

import pytest

from tests.ingest.relations.test_ja_cases import Found, Triple, assert_found

pytestmark = pytest.mark.models

JOINT = "ソフトバンクは、オープンAIやオラクルとともに、新会社「スターゲート」を設立した。"
CASES: list[tuple[str, Triple]] = [
    (JOINT, ("Oracle", "FOUNDED", "Stargate")),
    (JOINT, ("SoftBank Corp.", "PARTNERS_WITH", "OpenAI")),
    (
        "ダリオ・アモデイ氏はアンソロピックの共同創業者であり、同社の最高経営責任者を務める。",
        ("Dario Amodei", "LEADS", "Anthropic"),
    ),
    ("グーグルは先月、パープレキシティを提訴した。アマゾンも同社を提訴した。", ("Amazon", "SUES", "Perplexity")),
    ("グーグルは新モデルを発表した。同社はアンソロピックにも出資した。", ("Google", "INVESTS_IN", "Anthropic")),
    ("アンソロピックは東京に拠点を開いた。さらに新モデル「Claude」を公開した。", ("Anthropic", "DEVELOPS", "Claude")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][1] + ":" + c[0][:10] for c in CASES])
def test_discourse_found_with_direction(relations: Found, text: str, expected: Triple) -> None:
    assert_found(relations, text, expected)


def test_also_sued_does_not_point_back_to_the_first_plaintiff(relations: Found) -> None:
    got = relations("グーグルは先月、パープレキシティを提訴した。アマゾンも同社を提訴した。", "ja")
    assert ("Amazon", "SUES", "Google") not in got


def test_stressing_a_rivals_strength_is_no_lawsuit(relations: Found) -> None:
    assert relations("グーグルは新製品を発表した。マイクロソフトは同社の強みを訴えた。", "ja") == {}


def test_both_companies_develop_together(relations: Found) -> None:
    got = relations("グーグルはアンソロピックと提携した。両社は新モデル「Gemini」を共同で開発する。", "ja")
    assert {("Google", "DEVELOPS", "Gemini"), ("Anthropic", "DEVELOPS", "Gemini")} <= set(got), got


def test_abandoned_acquisition_is_nothing(relations: Found) -> None:
    got = relations("エヌビディアはアームを買収すると発表したが、規制当局の反発で断念した。", "ja")
    assert not any(kind == "ACQUIRES" for _, kind, _ in got), got


def test_a_comma_ends_a_title(relations: Found) -> None:
    got = relations("エヌビディアCEO、孫氏と対談へ", "ja")
    assert not any(head == "Masayoshi Son" and kind == "LEADS" for head, kind, _ in got), got


def test_a_sentence_cut_before_a_name_is_read_whole(relations: Found) -> None:
    text = "オープンAIは東京に拠点を開いた。同社の筆頭株主の米マイクロソフトは日本に29億ドルを投資すると発表した。"
    assert ("Microsoft", "INVESTS_IN", "OpenAI") in relations(text, "ja")


def test_negated_lawsuit_is_nothing(relations: Found) -> None:
    assert relations("マイクロソフトは、オープンAIを提訴していない。", "ja") == {}
