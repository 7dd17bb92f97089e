"""Japanese facts read from the words between two neighbouring names (ja.surface.*), and money received
from a giver the parser hangs on the amount (ja.received); sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.ingest.relations.conftest import Triple

pytestmark = pytest.mark.models
Found = Callable[[str, str], dict[Triple, float]]


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("ジェンスン・フアン氏が率いる米エヌビディアは新型チップを披露した。", ("Jensen Huang", "LEADS", "Nvidia")),
        ("サム・アルトマン氏率いるオープンAIは新サービスを始めた。", ("Sam Altman", "LEADS", "OpenAI")),
        ("KDDIは、AI開発のミライデータを子会社化した。", ("KDDI", "ACQUIRES", "ミライデータ")),
        ("NTTは、新興のカモメラボの株式の51%を取得し、子会社化する。", ("NTT", "ACQUIRES", "カモメラボ")),
        ("グラフコアは、ソフトバンクグループの完全子会社となった。", ("SoftBank Group", "OWNS", "Graphcore")),
        ("マイクロソフトによるインフレクションAIの買収は注目を集めた。", ("Microsoft", "ACQUIRES", "Inflection AI")),
        (
            "プリファードネットワークスの子会社、ツバメエレメンツは新モデルを公開した。",
            ("Preferred Networks", "OWNS", "ツバメエレメンツ"),
        ),
        ("東京を拠点とするサカナAIは新モデルを発表した。", ("Sakana AI", "LOCATED_IN", "Tokyo")),
        ("NECとサカナAIは、AI開発で基本合意を締結した。", ("NEC", "PARTNERS_WITH", "Sakana AI")),
        ("ELYZAは、KDDIから約40億円の出資を受けた。", ("KDDI", "INVESTS_IN", "ELYZA")),
    ],
)
def test_a_fact_between_two_names(relations: Found, text: str, triple: Triple) -> None:
    assert triple in relations(text, "ja")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("KDDIは、AI開発のミライデータの子会社化を検討している。", ("KDDI", "ACQUIRES", "ミライデータ")),
        ("NECとサカナAIは、基本合意に至らなかった。", ("NEC", "PARTNERS_WITH", "Sakana AI")),
        ("ELYZAは、KDDIから約40億円の出資を受けた。", ("ELYZA", "INVESTS_IN", "KDDI")),
        ("グーグルは東京で、サカナAIと会見した。", ("Sakana AI", "LOCATED_IN", "Tokyo")),
    ],
)
def test_no_fact_where_the_words_do_not_say_it(relations: Found, text: str, absent: Triple) -> None:
    assert absent not in relations(text, "ja")
