"""Japanese lawsuits told with a noun: '訴訟を起こす/提起する' with the defendant marked 'を相手取り', 'に対し',
asked ('Bに…を求める訴訟') or accused ('Bが…したとして'); a court is never a party, nor what '同社' means."""

from __future__ import annotations

import pytest

from tests.ingest.relations.test_ja_cases import Found, Triple, assert_found

pytestmark = pytest.mark.models

CASES: list[tuple[str, Triple]] = [
    ("ソニーグループは、グーグルを相手取り、損害賠償を求める訴訟を米連邦地裁に起こした。", ("Sony", "SUES", "Google")),
    ("ソニーグループは昨年、メタに対し、楽曲の利用停止を求める訴えを起こした。", ("Sony", "SUES", "Meta")),
    ("マスク氏はオープンAIに対して複数の訴訟を起こしている。", ("Elon Musk", "SUES", "OpenAI")),
    ("ソニーグループはアップルに楽曲の削除を求める訴訟を提起した。", ("Sony", "SUES", "Apple")),
    (
        "ソニーグループは、アンソロピックが楽曲の歌詞を無断で学習に使ったとして、差し止めを求める訴訟を起こした。",
        ("Sony", "SUES", "Anthropic"),
    ),
    (
        "メタが写真を無断で使ったとして、ソニーグループは損害賠償を求める訴訟を起こした。",
        ("Sony", "SUES", "Meta"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:12] for c in CASES])
def test_suit_found_with_direction(relations: Found, text: str, expected: Triple) -> None:
    assert_found(relations, text, expected)


def test_both_plaintiffs_sue(relations: Found) -> None:
    text = "ソニーグループとパナソニックは、メタに対し損害賠償を求める訴訟を起こした。"
    got = relations(text, "ja")
    assert ("Sony", "SUES", "Meta") in got, got
    assert ("Panasonic", "SUES", "Meta") in got, got


def test_the_court_is_no_party(relations: Found) -> None:
    got = relations(
        "ソニーグループは東京地裁にメタを相手取った訴訟を起こした。その後、パナソニックも同社を提訴した。", "ja"
    )
    assert not any(tail.endswith("地裁") or "Court" in tail for _, _, tail in got), got


def test_no_suit_brought_is_nothing(relations: Found) -> None:
    got = relations("ソニーグループはメタに対する訴訟を起こしていない。", "ja")
    assert ("Sony", "SUES", "Meta") not in got, got
