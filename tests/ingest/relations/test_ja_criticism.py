"""Japanese criticism in reported speech: 'XはYの投稿に「…」と反論した' (the quote splits the parse),
'XはYの発言に反発した', 'Xは、Yが…したと非難した' (X speaks, Y is reported), and names ending in '氏'."""

from __future__ import annotations

import pytest

from tests.ingest.relations.test_ja_cases import Found, Triple, assert_found

pytestmark = pytest.mark.models

CASES: list[tuple[str, Triple]] = [
    ("ナデラ氏はマスク氏の主張に「事実ではない」と反論した。", ("Satya Nadella", "CRITICIZES", "Elon Musk")),
    ("ハサビス氏はアルトマン氏の発言に強く反発した。", ("Demis Hassabis", "CRITICIZES", "Sam Altman")),
    (
        "メタは声明で、グーグルが検索結果を不当に操作したと非難した。",
        ("Meta", "CRITICIZES", "Google"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:12] for c in CASES])
def test_found_with_direction(relations: Found, text: str, expected: Triple) -> None:
    assert_found(relations, text, expected)


def test_no_criticism_voiced_is_nothing(relations: Found) -> None:
    got = relations("ナデラ氏はマスク氏の主張に反論しなかった。", "ja")
    assert not any(kind == "CRITICIZES" for _, kind, _ in got), got
