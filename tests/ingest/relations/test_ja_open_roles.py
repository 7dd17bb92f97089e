"""Japanese co-founders met with 'と' ('Bらと、Xを共同で立ち上げた', 'Bとともに創業'), lists whose members carry a
description ('物理学者のB'), and titles named without their organisation ('CEOのY氏', 'Xでは…Y氏が…')."""

from __future__ import annotations

import pytest

from tests.ingest.relations.test_ja_cases import Found, Triple, assert_found

pytestmark = pytest.mark.models

CASES: list[tuple[str, Triple]] = [
    (
        "マスク氏は、起業家のピーター・ティール氏、技術者だったサム・アルトマン氏らと、オープンAIを共同で設立した。",
        ("Peter Thiel", "FOUNDED", "OpenAI"),
    ),
    (
        "ムスタファ・スレイマン氏はリード・ホフマン氏とインフレクションAIを設立した。",
        ("Reid Hoffman", "FOUNDED", "Inflection AI"),
    ),
    (
        "ソフトバンクグループはオラクルと折半出資の合弁会社「AIジャパン」を設立する。",
        ("Oracle", "FOUNDED", "AIジャパン"),
    ),
    (
        "エヌビディアは新しい半導体を発表した。CEOのジェンスン・フアン氏が基調講演に立った。",
        ("Jensen Huang", "LEADS", "Nvidia"),
    ),
    ("メタでは主任科学者のヤン・ルカン氏が新たな組織を率いる。", ("Yann LeCun", "WORKS_FOR", "Meta")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:12] for c in CASES])
def test_found_with_direction(relations: Found, text: str, expected: Triple) -> None:
    assert_found(relations, text, expected)


def test_meeting_someone_before_founding_is_not_cofounding(relations: Found) -> None:
    got = relations("マスク氏はアルトマン氏と会談し、xAIを設立した。", "ja")
    assert ("Sam Altman", "FOUNDED", "xAI") not in got, got


def test_a_title_next_to_another_organisation_is_not_the_topics(relations: Found) -> None:
    got = relations("エヌビディアは新製品を発表した。グーグル出身のCEO、ジョン・ドウ氏が登壇した。", "ja")
    assert not any(head == "John Doe" or head == "ジョン・ドウ" for head, _, _ in got), got


def test_a_nearer_person_holds_the_title(relations: Found) -> None:
    text = "グーグルは新体制を発表した。シャジール氏は研究部門に移り、アップルではクック氏が暫定CEOとなった。"
    got = relations(text, "ja")
    assert not any(kind == "LEADS" and tail == "Google" for _, kind, tail in got), got


MORE: list[tuple[str, Triple]] = [
    ("東京に本社を置くサカナAIは、デビッド・ハ氏が最高経営責任者を務める。", ("David Ha", "LEADS", "Sakana AI")),
    ("スケールAIは新体制に移った。ワン氏は取締役として同社に残る。", ("ワン", "WORKS_FOR", "Scale AI")),
    ("ゾフ氏はCTOとしてシンキング・マシンズに加わった。", ("ゾフ", "WORKS_FOR", "Thinking Machines Lab")),
]


@pytest.mark.parametrize(("text", "expected"), MORE, ids=[c[0][:12] for c in MORE])
def test_role_held_through_a_verb(relations: Found, text: str, expected: Triple) -> None:
    assert_found(relations, text, expected)
