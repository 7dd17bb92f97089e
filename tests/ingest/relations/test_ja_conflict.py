"""Japanese conflict and partnership: lawsuits, criticism of a reported act, competitors, contracts."""

from __future__ import annotations

import pytest

from tests.ingest.relations.test_ja_cases import Found, Triple, assert_found

pytestmark = pytest.mark.models

CASES: list[tuple[str, Triple]] = [
    ("オープンAIは、ディープシークが自社モデルを不正に使ったと非難した。", ("OpenAI", "CRITICIZES", "DeepSeek")),
    ("オープンAIのアルトマン氏は昨年、競合のアンソロピックを訪れた。", ("Anthropic", "COMPETES_WITH", "OpenAI")),
    ("ソニーは昨年、アマゾンとライセンス契約を結んだ。", ("Sony", "PARTNERS_WITH", "Amazon")),
    (
        "エヌビディアのジェンスン・フアンCEOは、アンソロピックのダリオ・アモデイCEOの発言を批判した。",
        ("Jensen Huang", "CRITICIZES", "Dario Amodei"),
    ),
    ("エヌビディアの創業者で最高経営責任者のジェンスン・フアン氏が来日した。", ("Jensen Huang", "LEADS", "Nvidia")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][1] + ":" + c[0][:10] for c in CASES])
def test_conflict_found_with_direction(relations: Found, text: str, expected: Triple) -> None:
    assert_found(relations, text, expected)


def test_role_held_through_a_verb_belongs_to_the_topic(relations: Found) -> None:
    got = relations("パープレキシティは、アラビンド・スリニバス氏が最高経営責任者を務める新興企業だ。", "ja")
    assert ("Aravind Srinivas", "LEADS", "Perplexity") in got, got


def test_quoted_criticism_without_a_target_is_nothing(relations: Found) -> None:
    assert relations("マスク氏は「資金がない」と批判した。", "ja") == {}
