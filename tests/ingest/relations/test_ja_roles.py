"""Japanese titles and roles in every position: after the name, before it, in parentheses, with a verb."""

from __future__ import annotations

import pytest

from tests.ingest.relations.test_ja_cases import Found, Triple, assert_found

pytestmark = pytest.mark.models

CASES: list[tuple[str, Triple]] = [
    ("グーグルのスンダー・ピチャイCEOは新方針を語った。", ("Sundar Pichai", "LEADS", "Google")),
    ("ソフトバンクグループ（SBG）の孫正義会長兼社長は講演した。", ("Masayoshi Son", "LEADS", "SoftBank Group")),
    ("サティア・ナデラ氏（マイクロソフトCEO）は取材に応じた。", ("Satya Nadella", "LEADS", "Microsoft")),
    ("デミス・ハサビス氏はグーグル・ディープマインドのCEOを務める。", ("Demis Hassabis", "LEADS", "Google DeepMind")),
    ("イリヤ・サツケバー氏はオープンAIの共同創業者だ。", ("Ilya Sutskever", "FOUNDED", "OpenAI")),
    ("オープンAIの共同創業者イリヤ・サツケバー氏は新会社を作った。", ("Ilya Sutskever", "FOUNDED", "OpenAI")),
    ("サム・アルトマン氏はマイクロソフトに移った。", ("Sam Altman", "WORKS_FOR", "Microsoft")),
    ("ミストラルは、アルチュール・メンシュCEOらが2023年に創業した。", ("Arthur Mensch", "FOUNDED", "Mistral AI")),
    ("ミストラルは、アルチュール・メンシュCEOらが2023年に創業した。", ("Arthur Mensch", "LEADS", "Mistral AI")),
    (
        "「グーグル・ディープマインド（Google DeepMind）」の最高経営責任者（CEO）、デミス・ハサビス氏が講演した。",
        ("Demis Hassabis", "LEADS", "Google DeepMind"),
    ),
    ("オープンAIの共同創業者で主任科学者のイリヤ・サツケバー氏は退社した。", ("Ilya Sutskever", "FOUNDED", "OpenAI")),
    ("マイクロソフトは昨年、ムスタファ・スレイマン氏を迎え入れた。", ("Mustafa Suleyman", "WORKS_FOR", "Microsoft")),
    ("サム・アルトマン氏も、マイクロソフトのCTOとして合流した。", ("Sam Altman", "WORKS_FOR", "Microsoft")),
    ("孫正義・ソフトバンクグループ会長兼社長は記者会見で語った。", ("Masayoshi Son", "LEADS", "SoftBank Group")),
    ("xAIを2023年に設立したのは、実業家のイーロン・マスク氏だ。", ("Elon Musk", "FOUNDED", "xAI")),
    ("元オープンAI幹部のダリオ・アモデイ氏は新会社を作った。", ("Dario Amodei", "WORKS_FOR", "OpenAI")),
]

FOUNDERS = ("Sam Altman", "Ilya Sutskever", "Greg Brockman")


@pytest.mark.parametrize(
    "text",
    [
        "オープンAIの共同創業者であるサム・アルトマン氏、イリヤ・サツケバー氏、グレッグ・ブロックマン氏は集まった。",
        "サム・アルトマン氏、イリヤ・サツケバー氏、グレッグ・ブロックマン氏はオープンAIの共同創業者だ。",
    ],
)
def test_every_founder_of_a_list(relations: Found, text: str) -> None:
    got = relations(text, "ja")
    assert {(name, "FOUNDED", "OpenAI") for name in FOUNDERS} <= set(got), got


def test_founders_listed_before_a_group_noun(relations: Found) -> None:
    text = (
        "コーヒアは、エイダン・ゴメス、ニック・フロスト（Nick Frosst）、"
        "イリヤ・サツケバー（Ilya Sutskever）の3氏が創業した企業だ。"
    )
    got = relations(text, "ja")
    founders = {head for head, kind, tail in got if kind == "FOUNDED" and tail == "Cohere"}
    assert {"Aidan Gomez", "Nick Frosst", "Ilya Sutskever"} <= founders, got


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][1] + ":" + c[0][:10] for c in CASES])
def test_role_found_with_direction(relations: Found, text: str, expected: Triple) -> None:
    assert_found(relations, text, expected)


def test_brought_back_to_a_unit(relations: Found) -> None:
    got = relations("グーグルはノーム・シャジール氏をディープマインドに呼び戻した。", "ja")
    assert any(kind == "WORKS_FOR" and tail == "Google DeepMind" for _, kind, tail in got), got


def test_two_people_meeting_is_no_relation(relations: Found) -> None:
    assert relations("マスク氏とアルトマン氏は会談した。", "ja") == {}
