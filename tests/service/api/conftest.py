"""Apps on each real store, served through the ASGI test client; the bundled article ingested over HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from service.app import create_app
from service.config import Settings
from tests.conftest import wipe_neo4j

ROOT = Path(__file__).resolve().parents[3]
ARTICLE = ROOT / "data" / "articles" / "xai-colossus-compute-race.txt"
KEY = "test-writer-key"
AUTH = {"Authorization": f"Bearer {KEY}"}
STORES = ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)]


def bundled_article() -> dict[str, Any]:
    return {
        "id": "xai-colossus",
        "title": "xAIの計算力競争",
        "published_at": "2025-10-01",
        "text": ARTICLE.read_text(encoding="utf-8"),
    }


def app_settings(kind: str, data_dir: Path, base: Settings, **overrides: Any) -> Settings:
    values: dict[str, Any] = {"store": kind, "data_dir": data_dir, "api_keys": [SecretStr(KEY)], **overrides}
    return base.model_copy(update=values)


def open_client(request: pytest.FixtureRequest, data_dir: Path, **overrides: Any) -> Iterator[TestClient]:
    base: Settings = request.getfixturevalue("settings")
    kind = request.param
    if kind == "neo4j":
        request.getfixturevalue("neo4j_available")
        wipe_neo4j(base)
    with TestClient(create_app(app_settings(kind, data_dir, base, **overrides))) as client:
        yield client


@pytest.fixture(scope="module", params=STORES)
def seeded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """A read-only app with the bundled article ingested through POST /v1/articles."""
    for client in open_client(request, tmp_path_factory.mktemp("graph")):
        answer = client.post("/v1/articles", json=[bundled_article()], headers=AUTH)
        assert answer.status_code == 200 and answer.json()["created"] == 1, answer.text
        yield client


@pytest.fixture(params=STORES)
def fresh(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[TestClient]:
    """An empty app of its own, for tests that write."""
    yield from open_client(request, tmp_path, ingest_sync_max=2)
