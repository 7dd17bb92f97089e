"""Japanese ownership, acquisitions, products and places."""

from __future__ import annotations

import pytest

from tests.ingest.relations.test_ja_cases import Found, Triple, assert_found

pytestmark = pytest.mark.models

CASES: list[tuple[str, Triple]] = [
    ("アマゾン傘下のAWSは新サービスを始めた。", ("Amazon", "OWNS", "Amazon Web Services")),
    ("グーグルの親会社アルファベットは決算を発表した。", ("Alphabet", "OWNS", "Google")),
    ("ディープマインドは2014年にグーグルが買収した。", ("Google", "ACQUIRES", "Google DeepMind")),
    ("カナダのコーヒアは日本市場に参入した。", ("Cohere", "LOCATED_IN", "Canada")),
    ("パリに本社を置くミストラルは新モデルを出した。", ("Mistral AI", "LOCATED_IN", "Paris")),
    ("ソフトバンクはエヌビディアの新型チップ「ブラックウェル」を導入した。", ("Nvidia", "DEVELOPS", "Blackwell")),
    ("アンソロピックは新モデル「Claude」を公開した。", ("Anthropic", "DEVELOPS", "Claude")),
    ("グーグル・ディープマインドは、グーグルの研究部門だ。", ("Google", "OWNS", "Google DeepMind")),
    ("グーグルを傘下に持つアルファベットは、新会社を買収した。", ("Alphabet", "OWNS", "Google")),
    ("xAIはメンフィスに建設中のスーパーコンピューター「Colossus」を拡張する。", ("Colossus", "LOCATED_IN", "Memphis")),
    ("xAIはメンフィスでスーパーコンピューター「Colossus」を稼働させた。", ("xAI", "OWNS", "Colossus")),
    ("アラブ首長国連邦（UAE）の投資会社MGXは出資を決めた。", ("MGX", "LOCATED_IN", "United Arab Emirates")),
    ("ハサビス氏は2010年にロンドンでディープマインドを創業した。", ("Google DeepMind", "LOCATED_IN", "London")),
    ("ソフトバンクは同日、新型のAI半導体「ブラックウェル」も発表した。", ("SoftBank Corp.", "ANNOUNCES", "Blackwell")),
    ("イーロン・マスク氏は、米オープンAIと米マイクロソフトを契約違反で訴えた。", ("Elon Musk", "SUES", "Microsoft")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][1] + ":" + c[0][:10] for c in CASES])
def test_structure_found_with_direction(relations: Found, text: str, expected: Triple) -> None:
    assert_found(relations, text, expected)


def test_two_companies_that_also_invested_do_not_invest_in_each_other(relations: Found) -> None:
    got = relations("グーグルの親会社アルファベットとエヌビディアも出資した。", "ja")
    assert ("Nvidia", "INVESTS_IN", "Alphabet") not in got, got


def test_two_companies_announcing_on_one_day_is_no_relation(relations: Found) -> None:
    assert relations("グーグルとオープンAIは同じ日に新製品を発表した。", "ja") == {}


def test_relative_clause_keeps_its_own_doer(relations: Found) -> None:
    got = relations("ソフトバンクは、グーグルが開発したGeminiを発表した。", "ja")
    assert {("Google", "DEVELOPS", "Gemini"), ("SoftBank Corp.", "ANNOUNCES", "Gemini")} <= set(got), got
    assert ("Google", "ANNOUNCES", "Gemini") not in got


def test_object_of_an_embedded_verb_is_not_the_announcement(relations: Found) -> None:
    assert relations("ミストラルはASMLを筆頭株主に迎える調達を発表した。", "ja") == {}
