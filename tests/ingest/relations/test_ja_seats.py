"""Japanese seats and rivals said as predicates: 'Xの本社はYに置かれている', '本社はYにある' (X the topic),
'Yは「Xの対抗馬」と目される', 'YはXのライバルだ'."""

from __future__ import annotations

import pytest

from tests.ingest.relations.test_ja_cases import Found, Triple, assert_found

pytestmark = pytest.mark.models

CASES: list[tuple[str, Triple]] = [
    ("コヒアの本社はトロントに置かれている。", ("Cohere", "LOCATED_IN", "Toronto")),
    ("ミストラルAIは急成長している。本社はパリにあり、社員は数百人だ。", ("Mistral AI", "LOCATED_IN", "Paris")),
    ("ディープシークは中国では「オープンAIの対抗馬」と目される。", ("DeepSeek", "COMPETES_WITH", "OpenAI")),
    ("xAIはオープンAIのライバルだ。", ("xAI", "COMPETES_WITH", "OpenAI")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:12] for c in CASES])
def test_found_with_direction(relations: Found, text: str, expected: Triple) -> None:
    assert_found(relations, text, expected)


def test_a_seat_not_there_is_nothing(relations: Found) -> None:
    got = relations("コヒアの本社はトロントにはない。", "ja")
    assert ("Cohere", "LOCATED_IN", "Toronto") not in got, got


def test_a_rival_of_itself_is_nothing(relations: Found) -> None:
    got = relations("オープンAIはオープンAIのライバルだ。", "ja")
    assert not any(kind == "COMPETES_WITH" for _, kind, _ in got), got
