from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

from fastapi.testclient import TestClient

from service.app import create_app
from service.config import Settings


def test_server_app_freezes_what_startup_left_alive_and_test_apps_do_not(tmp_path: Path) -> None:
    gc.unfreeze()
    try:
        with TestClient(create_app(Settings(store="embedded", data_dir=tmp_path / "a"))) as client:
            assert client.get("/health").status_code == 200
            assert gc.get_freeze_count() == 0
        with TestClient(create_app(Settings(store="embedded", data_dir=tmp_path / "b"), freeze_heap=True)) as client:
            assert client.get("/health").status_code == 200
            assert gc.get_freeze_count() > 10_000  # modules, schema and store, out of the collector's reach
    finally:
        gc.unfreeze()


SPACY_PROBE = """
import sys
from fastapi.testclient import TestClient
from pydantic import SecretStr
from service.app import create_app
from service.config import Settings

settings = Settings(store="embedded", data_dir=sys.argv[1], api_keys=[SecretStr("k")])
with TestClient(create_app(settings)) as client:
    assert client.get("/v1/entities", params={"q": "musk"}).status_code == 200
    print("spacy after a read:", "spacy" in sys.modules)
    article = {"id": "a1", "text": "Elon Musk founded xAI in 2023."}
    answer = client.post("/v1/articles", json=[article], headers={"Authorization": "Bearer k"})
    assert answer.status_code == 200, answer.text
    print("spacy after an ingest:", "spacy" in sys.modules)
"""


def test_a_server_that_only_reads_never_imports_spacy(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SPACY_PROBE, str(tmp_path / "graph")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["spacy after a read: False", "spacy after an ingest: True"]
