"""Keys, private reads and CORS as configured; a real uvicorn serving REST and GraphQL."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from service.app import create_app
from service.config import Settings
from tests.servers import kg_server
from tests.service.api.conftest import AUTH, KEY, bundled_article


def test_without_configured_keys_writes_are_refused(tmp_path: Path) -> None:
    with TestClient(create_app(Settings(store="embedded", data_dir=tmp_path, api_keys=[]))) as client:
        answer = client.post("/v1/articles", json=[{"text": "x"}], headers={"Authorization": "Bearer anything"})
        assert answer.status_code == 403 and "KG_API_KEYS" in answer.json()["error"]["message"]
        assert client.get("/v1/stats").json()["articles"] == 0


def test_private_reads_need_a_key_on_rest_and_graphql(tmp_path: Path) -> None:
    settings = Settings(store="embedded", data_dir=tmp_path, api_keys=[SecretStr(KEY)], public_reads=False)
    with TestClient(create_app(settings)) as client:
        assert client.get("/v1/stats").status_code == 401
        assert client.get("/v1/stats", headers=AUTH).status_code == 200
        assert client.post("/graphql", json={"query": "{ stats { articles } }"}).status_code == 401
        assert client.post("/graphql", json={"query": "{ stats { articles } }"}, headers=AUTH).status_code == 200
        assert client.get("/health").status_code == 200


def test_cors_allows_configured_origins_only(tmp_path: Path) -> None:
    settings = Settings(store="embedded", data_dir=tmp_path, cors_origins=["http://localhost:5173"])
    with TestClient(create_app(settings)) as client:
        allowed = client.get("/v1/stats", headers={"Origin": "http://localhost:5173"})
        assert allowed.headers["access-control-allow-origin"] == "http://localhost:5173"
        other = client.get("/v1/stats", headers={"Origin": "http://evil.example"})
        assert "access-control-allow-origin" not in other.headers


@pytest.mark.models
@pytest.mark.slow
def test_real_uvicorn_serves_rest_and_graphql(tmp_path: Path) -> None:
    env = {"KG_STORE": "embedded", "KG_DATA_DIR": str(tmp_path), "KG_API_KEYS": KEY}
    with kg_server(env, 8766) as base:
        posted = httpx.post(f"{base}/v1/articles", json=[bundled_article()], headers=AUTH, timeout=120)
        assert posted.status_code == 200 and posted.json()["created"] == 1
        first = httpx.get(f"{base}/v1/entities", params={"q": "マスク"}).json()["items"][0]
        assert first["id"] == "elon-musk"
        query = '{ entity(id: "elon-musk") { relations(type: ["FOUNDED"]) { edges { other { id } } } } }'
        data = httpx.post(f"{base}/graphql", json={"query": query}).json()["data"]
        assert "xai" in {e["other"]["id"] for e in data["entity"]["relations"]["edges"]}
