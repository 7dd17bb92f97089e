"""/health and /ready over real HTTP against real stores, including a Neo4j that goes away and returns."""

from __future__ import annotations

import subprocess
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from service.app import create_app
from service.config import Settings
from tests.servers import kg_server

ROOT = Path(__file__).resolve().parents[2]


def test_health_and_ready_on_embedded_store(tmp_path: Path) -> None:
    with TestClient(create_app(Settings(store="embedded", data_dir=tmp_path))) as client:
        assert client.get("/health").json() == {"status": "ok"}
        assert client.get("/ready").json() == {"status": "ready"}


@pytest.mark.neo4j
def test_ready_on_neo4j(settings: Settings, neo4j_available: None) -> None:
    with TestClient(create_app(settings.model_copy(update={"store": "neo4j"}))) as client:
        assert client.get("/ready").status_code == 200


def test_ready_is_503_json_when_neo4j_is_unreachable(tmp_path: Path) -> None:
    app = create_app(Settings(store="neo4j", neo4j_uri="bolt://127.0.0.1:1", data_dir=tmp_path))
    with TestClient(app) as client:
        assert client.get("/health").status_code == 200
        answer = client.get("/ready")
        assert answer.status_code == 503
        assert answer.json()["error"]["code"] == "store_unavailable"


@pytest.mark.neo4j
@pytest.mark.slow
def test_ready_recovers_without_restart_when_neo4j_returns(second_neo4j: dict[str, str], tmp_path: Path) -> None:
    settings = Settings(
        store="neo4j", neo4j_uri="bolt://127.0.0.1:7697", neo4j_password="second-password", data_dir=tmp_path
    )
    script = [ROOT / "scripts" / "neo4j"]
    with TestClient(create_app(settings)) as client:
        assert client.get("/ready").status_code == 200
        subprocess.run([*script, "stop"], env=second_neo4j, check=True, timeout=120)
        down = client.get("/ready")
        assert down.status_code == 503 and down.json()["error"]["code"] == "store_unavailable"
        subprocess.run([*script, "start"], env=second_neo4j, check=True, timeout=300)
        assert client.get("/ready").status_code == 200


def test_real_uvicorn_serves_health(tmp_path: Path) -> None:
    with kg_server({"KG_STORE": "embedded", "KG_DATA_DIR": str(tmp_path)}, 8765) as base:
        assert httpx.get(f"{base}/ready").status_code == 200
        assert httpx.get(f"{base}/health").json() == {"status": "ok"}
