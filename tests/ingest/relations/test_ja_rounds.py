"""Japanese funding rounds told over several sentences: investors listed with 'といった', groups counted by a
numeral, 'のほか', investor roles ('リード投資家を務める', '株主となる'), amounts pledged with the company left
to the paragraph."""

from __future__ import annotations

import pytest

from tests.ingest.relations.test_ja_cases import Found, Triple, assert_found

pytestmark = pytest.mark.models

CASES: list[tuple[str, Triple]] = [
    (
        "ミストラルは今春、新たに資金を調達し、マイクロソフトやエヌビディアといった米大手も名を連ねた。",
        ("Nvidia", "INVESTS_IN", "Mistral AI"),
    ),
    (
        "パープレキシティは資金を調達した。ソフトバンクグループ、エヌビディア、アマゾンの3大手が新たに株主に加わった。",
        ("SoftBank Group", "INVESTS_IN", "Perplexity"),
    ),
    (
        "アンソロピックは先月、大型の資金調達を実施した。このラウンドにはグーグルのほか、セールスフォースも出資した。",
        ("Google", "INVESTS_IN", "Anthropic"),
    ),
    (
        "xAIは増資を発表した。エヌビディアがリード投資家を務めた。",
        ("Nvidia", "INVESTS_IN", "xAI"),
    ),
    (
        "ミストラルは新株を発行した。マイクロソフトも新たに株主となった。",
        ("Microsoft", "INVESTS_IN", "Mistral AI"),
    ),
    (
        "コヒアは大手から出資を受けてきた。オラクルは昨年、最大5億ドルの出資を決めた。",
        ("Oracle", "INVESTS_IN", "Cohere"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:12] for c in CASES])
def test_round_member_found_with_direction(relations: Found, text: str, expected: Triple) -> None:
    assert_found(relations, text, expected)


def test_a_pledge_goes_to_the_company_funded_before_not_to_the_pledger_before(relations: Found) -> None:
    text = "コヒアは出資を受け入れてきた。オラクルは最大5億ドルの出資を決め、エヌビディアも3億ドルの出資を約束した。"
    got = relations(text, "ja")
    assert ("Nvidia", "INVESTS_IN", "Cohere") in got, got
    assert ("Nvidia", "INVESTS_IN", "Oracle") not in got, got


def test_an_investor_first_named_with_ga_is_not_the_company_raising(relations: Found) -> None:
    text = "アンソロピックは資金を調達した。グーグルがリード投資家を務め、アマゾンとIBMが共同でリードした。"
    got = relations(text, "ja")
    assert ("Amazon", "INVESTS_IN", "Google") not in got, got
    assert ("Amazon", "INVESTS_IN", "Anthropic") in got, got


def test_not_becoming_a_shareholder_is_nothing(relations: Found) -> None:
    text = "ミストラルは資金を調達した。マイクロソフトは株主とはならなかった。"
    assert ("Microsoft", "INVESTS_IN", "Mistral AI") not in relations(text, "ja")


def test_a_shareholder_of_a_named_company_is_not_sent_to_the_paragraph(relations: Found) -> None:
    text = "ミストラルは資金を調達した。エヌビディアはアームの株主となった。"
    assert ("Nvidia", "INVESTS_IN", "Mistral AI") not in relations(text, "ja")


def test_joining_a_round_described_by_its_raiser(relations: Found) -> None:
    text = "マイクロソフトは昨年、アンソロピックが実施した総額50億ドルの資金調達に参加し、10億ドルを出資した。"
    assert_found(relations, text, ("Microsoft", "INVESTS_IN", "Anthropic"))
