"""`kg extract --json` on the bundled article, scored by the team's scorer against its reference."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.models, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "tests" / "data" / "eval"


def test_bundled_article_meets_the_quality_bar(tmp_path: Path) -> None:
    article = ROOT / "data" / "articles" / "xai-colossus-compute-race.txt"
    out = tmp_path / "out.json"
    kg = [sys.executable, "-m", "service.cli", "extract", str(article), "--json"]
    out.write_text(subprocess.run(kg, check=True, capture_output=True, text=True, cwd=ROOT).stdout)
    score = (
        subprocess.run(
            [sys.executable, str(EVAL / "score.py"), str(EVAL / "xai-colossus-compute-race.gold.json"), str(out)],
            check=True,
            capture_output=True,
            text=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    figures = dict(pair.split("=") for pair in score.split())
    assert float(figures["entity_f1"]) >= 0.95, score
    assert float(figures["relation_f1"]) >= 0.90, score
    assert float(figures["metric_recall"]) == 1.0, score
