"""The explorer in a real browser (Debian's chromium via playwright-core) against a real server on loopback:
search マスク → Elon Musk's node → click the FOUNDED edge to xAI → the Japanese evidence sentence is shown."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from service.explorer.mount import DIST, mount_explorer
from tests.servers import KG, kg_server

ROOT = Path(__file__).resolve().parents[2]
WEB = ROOT / "service" / "explorer" / "web"
ARTIFACTS = ROOT / "test-artifacts"

pytestmark = [pytest.mark.browser, pytest.mark.models, pytest.mark.slow]


@pytest.fixture
def served_graph(tmp_path: Path) -> Iterator[str]:
    """`kg ingest` the bundled articles, then `kg serve` them; yields the base URL."""
    env = {"KG_STORE": "embedded", "KG_DATA_DIR": str(tmp_path)}
    subprocess.run(
        [KG, "ingest", str(ROOT / "data" / "articles")], env={**os.environ, **env}, check=True, capture_output=True
    )
    with kg_server(env, 8767) as base:
        yield base


def test_search_musk_click_founded_edge_shows_evidence(served_graph: str) -> None:
    assert (DIST / "index.html").exists(), "the explorer is not built: make explorer"
    assert shutil.which("node") and Path(os.environ.get("CHROMIUM", "/usr/bin/chromium")).exists(), (
        "node and Debian's chromium are needed: make chromium"
    )
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "explorer.png"
    run = subprocess.run(
        ["node", "e2e/explore.mjs", served_graph, str(shot)], cwd=WEB, capture_output=True, text=True, timeout=180
    )
    result = json.loads(run.stdout.strip().splitlines()[-1]) if run.stdout.strip() else {"error": run.stderr}
    assert run.returncode == 0 and result["ok"], result
    assert result["suggestion"] == "elon-musk" and result["card"].startswith("Elon Musk")
    assert result["nodes"] >= 10
    assert "xAIを創設した" in result["evidence"]
    assert {"馬斯ク", "xAI"} <= set(result["highlighted"])
    assert result["outside_requests"] == []  # the page needs nothing beyond the service
    assert shot.stat().st_size > 10_000


def test_explorer_is_served_by_the_api(served_graph: str) -> None:
    page = httpx.get(f"{served_graph}/explore/")
    assert page.status_code == 200 and "AI industry graph" in page.text


def test_unbuilt_explorer_says_how_to_build_it(tmp_path: Path) -> None:
    app = FastAPI()
    mount_explorer(app, dist=tmp_path)
    answer = TestClient(app).get("/explore")
    assert answer.status_code == 503 and "make explorer" in answer.text
