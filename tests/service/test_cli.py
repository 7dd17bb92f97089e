"""`kg ingest` and `kg extract` as a user runs them (real models, embedded store)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KG = ROOT / ".venv" / "bin" / "kg"
pytestmark = pytest.mark.models


def kg(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KG_STORE": "embedded", "KG_DATA_DIR": str(data_dir)}
    return subprocess.run([KG, *args], env=env, capture_output=True, text=True, timeout=300)


def test_ingest_reports_bad_articles_keeps_good_ones_and_reruns_as_no_op(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "good.txt").write_text("Anthropic and OpenAI compete for enterprise customers.", encoding="utf-8")
    (inbox / "latin1.txt").write_bytes("Caf\xe9 owner".encode("latin-1"))
    (inbox / "batch.jsonl").write_text(
        json.dumps({"id": "n1", "text": "マイクロソフトはOpenAIに出資した。", "title": "出資"}, ensure_ascii=False)
        + "\n{not json\n"
        + json.dumps({"id": "n2", "text": ""})
        + "\n",
        encoding="utf-8",
    )
    first = kg("ingest", str(inbox), data_dir=tmp_path / "data")
    assert first.returncode == 1
    summary = json.loads(first.stdout.strip().splitlines()[-1])
    assert (summary["created"], summary["failed"]) == (2, 3)
    assert "not UTF-8" in first.stderr and "bad JSON line" in first.stderr and "empty" in first.stderr
    stats = json.loads(kg("db", "stats", data_dir=tmp_path / "data").stdout)
    assert stats["articles"] == 2
    again = json.loads(kg("ingest", str(inbox / "good.txt"), data_dir=tmp_path / "data").stdout)
    assert (again["unchanged"], again["created"]) == (1, 0)


def test_extract_prints_the_eval_format(tmp_path: Path) -> None:
    article = ROOT / "data" / "articles" / "xai-colossus-compute-race.txt"
    done = kg("extract", str(article), "--json", data_dir=tmp_path)
    assert done.returncode == 0
    out = json.loads(done.stdout)
    musk = next(e for e in out["entities"] if e["id"] == "elon-musk")
    assert {"馬斯克", "馬斯ク", "マスク"} <= set(musk["aliases"])
    text = article.read_text(encoding="utf-8")
    assert all(text[m["start"] : m["end"]] == m["text"] for m in musk["mentions"])
