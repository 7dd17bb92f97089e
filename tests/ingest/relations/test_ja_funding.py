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
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:12] for c in CASES])
def test_funding_found_with_direction(relations: Found, text: str, expected: Triple) -> None:
    assert_found(relations, text, expected)


def test_negated_investment_is_nothing(relations: Found) -> None:
    assert relations("オープンAIにはマイクロソフトも出資していない。", "ja") == {}
