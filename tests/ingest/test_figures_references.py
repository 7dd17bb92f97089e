"""A description of a young company ('the French startup') after a subject and another company means the
company just named; money put 'in the round' is the round's company's, never the payer's."""

from __future__ import annotations

import pytest

from schema.ontology import MetricKind
from tests.ingest.extracted_metrics import extracted_metrics as _metrics
from tests.ingest.test_figures_deals import INV, V

pytestmark = pytest.mark.models


def test_a_startup_description_values_the_startup_not_the_subject() -> None:
    text = "Zeiss took a 10% stake in Helsing, which values the German startup at €12 billion."
    assert ("helsing", V, 1.2e10) in {(e.split(":")[-1], k, v) for e, k, v in _metrics(text, "en")}


def test_the_company_after_a_subject_is_the_subject() -> None:
    assert _metrics("Nvidia said the company expects revenue of $30 billion.", "en") == {
        ("nvidia", MetricKind.REVENUE, 3e10)
    }


def test_money_put_in_the_round_is_the_raising_companys() -> None:
    text = "Mistral AI raised €1.7 billion in a Series C round.\n\nASML invested €1.3 billion in the round."
    found = _metrics(text, "en")
    assert ("mistral-ai", INV, 1.3e9) in found
    assert not any(e == "asml" for e, _, _ in found)
