"""Japanese facts told as a noun phrase: 'AのBへの入社', 'AによるBへの出資', 'AのBとの提携'; returning
as a title ('CEOとしてXに復帰')."""

from __future__ import annotations

import pytest

from tests.ingest.relations.test_ja_cases import Found, Triple, assert_found

pytestmark = pytest.mark.models

CASES: list[tuple[str, Triple]] = [
    ("ブロックマン氏のマイクロソフトへの入社が伝えられた。", ("Greg Brockman", "WORKS_FOR", "Microsoft")),
    ("当局はグーグルによるアンソロピックへの出資を調べている。", ("Google", "INVESTS_IN", "Anthropic")),
    ("欧州委員会はマイクロソフトのミストラルAIへの出資を精査する。", ("Microsoft", "INVESTS_IN", "Mistral AI")),
    ("サムスンのオープンAIとの提携が明らかになった。", ("Samsung", "PARTNERS_WITH", "OpenAI")),
    ("アルトマン氏はCEOとしてオープンAIに復帰した。", ("Sam Altman", "LEADS", "OpenAI")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:12] for c in CASES])
def test_found_with_direction(relations: Found, text: str, expected: Triple) -> None:
    assert_found(relations, text, expected)


def test_a_place_before_the_target_is_no_doer(relations: Found) -> None:
    got = relations("マイクロソフトは仏パリのミストラルAIとの提携を発表した。", "ja")
    assert not any(kind == "PARTNERS_WITH" and "Paris" in (h, t) for h, kind, t in got), got
    assert ("Microsoft", "PARTNERS_WITH", "Mistral AI") in got or ("Mistral AI", "PARTNERS_WITH", "Microsoft") in got
