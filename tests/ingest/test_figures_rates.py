"""An exchange rate written beside a converted amount ('1ドル=150円換算', '$1 = ¥150') is no figure."""

from __future__ import annotations

import pytest

from tests.ingest.extracted_metrics import extracted_metrics as _metrics
from tests.ingest.test_figures_deals import INV

pytestmark = pytest.mark.models


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ja",
            "グーグルはアンソロピックに20億ドル（約3000億円、1ドル=150円で換算）を出資する。",
            {("anthropic", INV, 2e9)},
        ),
        ("ja", "KDDIはELYZAに約40億円（1ドル＝155円換算で約2600万ドル）を出資した。", {("elyza", INV, 4e9)}),
        ("en", "Sony will invest ¥30bn (about $200m at $1 = ¥150) in Sakana AI.", {("sakana-ai", INV, 3e10)}),
    ],
)
def test_an_exchange_rate_is_not_a_figure(lang: str, text: str, expected: set[object]) -> None:
    assert _metrics(text, lang) == expected
