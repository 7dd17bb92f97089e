from __future__ import annotations

import gc
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
