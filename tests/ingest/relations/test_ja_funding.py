"""Japanese funding: lead investors, participants, sources of money, negation."""

from __future__ import annotations

import pytest

from tests.ingest.relations.test_ja_cases import Found, Triple, assert_found

pytestmark = pytest.mark.models

CASES: list[tuple[str, Triple]] = [
    ("アマゾンは、アンソロピックが実施した資金調達に参加した。", ("Amazon", "INVESTS_IN", "Anthropic")),
    ("アンソロピックは昨年、アマゾン主導で40億ドルを調達した。", ("Amazon", "INVESTS_IN", "Anthropic")),
    ("ミストラルは、エヌビディアが主導した資金調達で6億ユーロを集めた。", ("Nvidia", "INVESTS_IN", "Mistral AI")),
    ("アンソロピックは、グーグルやエヌビディアなどから20億ドルを調達した。", ("Nvidia", "INVESTS_IN", "Anthropic")),
    ("ソフトバンクは現在もアーム株の約9割を握る。", ("SoftBank Corp.", "INVESTS_IN", "Arm")),
    ("メタはスケールAIの株式の49％を取得した。", ("Meta", "INVESTS_IN", "Scale AI")),
    ("グーグルも昨年、アンソロピックへの20億ドルの出資を約束した。", ("Google", "INVESTS_IN", "Anthropic")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:12] for c in CASES])
def test_funding_found_with_direction(relations: Found, text: str, expected: Triple) -> None:
    assert_found(relations, text, expected)


def test_unknown_named_subject_is_not_replaced_by_the_last_topic(relations: Found) -> None:
    text = "エヌビディアは新型チップを発表した。ＺＺＱ社は現在もアーム株の約9割を握る。"
    assert ("Nvidia", "INVESTS_IN", "Arm") not in relations(text, "ja")


def test_the_lead_investor_is_not_the_company_raising(relations: Found) -> None:
    got = relations("ソフトバンクグループが主導したラウンドには、マイクロソフトとエヌビディアが参加した。", "ja")
    assert not any(tail == "SoftBank" for _, _, tail in got), got


def test_no_stake_held_is_nothing(relations: Found) -> None:
    assert relations("マイクロソフトはオープンAIの株式を保有していない。", "ja") == {}


def test_negated_investment_is_nothing(relations: Found) -> None:
    assert relations("オープンAIにはマイクロソフトも出資していない。", "ja") == {}
