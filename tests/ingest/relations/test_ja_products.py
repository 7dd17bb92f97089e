"""Japanese products told in passing: '「Y」で知られるX', 'Xは「Y」で知られる', '「Y」シリーズを開発する同社',
'Xは前月公開した「Y」を…' (the relative clause's noun is what the topic made)."""

from __future__ import annotations

import pytest

from tests.ingest.relations.test_ja_cases import Found, Triple, assert_found

pytestmark = pytest.mark.models

CASES: list[tuple[str, Triple]] = [
    ("動画生成AI「Sora」で知られるオープンAIは新版を出した。", ("OpenAI", "DEVELOPS", "Sora")),
    ("ミストラルAIは対話AI「ル・シャ」で知られる。", ("Mistral AI", "DEVELOPS", "Le Chat")),
    (
        "グーグルは決算を発表した。「Gemini」シリーズを開発する同社は新たな投資を決めた。",
        ("Google", "DEVELOPS", "Gemini"),
    ),
    ("メタは昨年公開した「Llama 3」を改良した。", ("Meta", "DEVELOPS", "Llama 3")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:12] for c in CASES])
def test_found_with_direction(relations: Found, text: str, expected: Triple) -> None:
    assert_found(relations, text, expected)


def test_known_for_a_place_is_no_product(relations: Found) -> None:
    got = relations("ミストラルAIはパリで知られる。", "ja")
    assert not any(kind == "DEVELOPS" for _, kind, _ in got), got


def test_a_relative_clause_with_its_own_object_describes_its_noun(relations: Found) -> None:
    got = relations("メタはデータ整備を手がけるスケールAIに出資した。", "ja")
    assert ("Meta", "FOUNDED", "Scale AI") not in got, got
    assert ("Meta", "INVESTS_IN", "Scale AI") in got, got
