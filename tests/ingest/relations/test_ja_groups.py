"""Japanese group structure and pairs: '傘下の<description>Y' and its lists, 'Xおよび傘下のY', '両社の提携/競争'."""

from __future__ import annotations

import pytest

from tests.ingest.relations.test_ja_cases import Found, Triple, assert_found

pytestmark = pytest.mark.models

CASES: list[tuple[str, Triple]] = [
    ("アルファベット傘下の自動運転大手ウェイモは新車両を公開した。", ("Alphabet", "OWNS", "Waymo")),
    ("アマゾンおよび傘下のクラウド大手AWSが出資した。", ("Amazon", "OWNS", "Amazon Web Services")),
    (
        "アルファベット傘下の英研究所ディープマインドや、ウェイモなどのグループ企業も参加する。",
        ("Alphabet", "OWNS", "Waymo"),
    ),
    (
        "アマゾンはアンソロピックに出資してきた。当局は両社の提携を調べている。",
        ("Amazon", "PARTNERS_WITH", "Anthropic"),
    ),
    ("グーグルとオープンAIは長く争ってきた。両社の競争はさらに激しくなった。", ("Google", "COMPETES_WITH", "OpenAI")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:12] for c in CASES])
def test_found_with_direction(relations: Found, text: str, expected: Triple) -> None:
    assert_found(relations, text, expected)


def test_a_description_interrupted_by_a_verb_is_nothing(relations: Found) -> None:
    got = relations("アルファベット傘下の企業が開発したウェイモの車両が走る。", "ja")
    assert ("Alphabet", "OWNS", "Waymo") not in got, got


def test_a_pair_needs_two_actors_before(relations: Found) -> None:
    got = relations("両社の提携はグーグルにとって重要だ。", "ja")
    assert not any(kind == "PARTNERS_WITH" for _, kind, _ in got), got


def test_a_unit_named_without_owner_belongs_to_the_topic_and_is_a_means(relations: Found) -> None:
    got = relations("アルファベットは、傘下のウェイモを通じて自動運転車を取得した。", "ja")
    assert ("Alphabet", "OWNS", "Waymo") in got, got
    assert ("Alphabet", "ACQUIRES", "Waymo") not in got, got
