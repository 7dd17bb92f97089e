"""Chips a company says it owns are its GPU count, even where the sentence also names a site it runs;
chips installed at a named site are the site's."""

from __future__ import annotations

import pytest

from schema.ontology import MetricKind
from tests.ingest.extracted_metrics import extracted_metrics as _metrics

GPU = MetricKind.GPU_COUNT
pytestmark = pytest.mark.models


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ja",
            "xAIは現在、テネシー州にデータセンターを建設中で、年末時点で20万基の H100 GPU 相当を保有し、"
            "スーパーコンピューター「Apex」を運用している。",
            {("xai", GPU, 2e5)},
        ),
        ("ja", "スーパーコンピューター「Apex」には20万基のGPUが搭載されている。", {("facility:apex", GPU, 2e5)}),
    ],
)
def test_owned_chips_are_the_owners_and_installed_chips_the_sites(lang: str, text: str, expected: set[object]) -> None:
    assert _metrics(text, lang) == expected
