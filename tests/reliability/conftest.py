"""Helpers for the fault tests: `kg` as a subprocess on a chosen store, and reading a store's dump."""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from queries.ladybug import LadybugStore
from queries.neo4j import Neo4jStore
from queries.store import GraphStore
from service.config import Settings
from tests.conftest import wipe_neo4j
from tests.reliability.dump import dump
from tests.servers import KG


class Target:
    """One store as the CLI sees it (environment) and as the tests read it."""

    def __init__(self, kind: str, settings: Settings, data_dir: Path, neo4j_env: dict[str, str] | None = None) -> None:
        self.kind = kind
        self.settings = settings
        self.data_dir = data_dir
        self.neo4j_env = neo4j_env or {}

    def env(self, **extra: str) -> dict[str, str]:
        env = {**os.environ, "KG_STORE": self.kind, "KG_DATA_DIR": str(self.data_dir), **extra}
        if self.kind == "neo4j":
            env.update(
                NEO4J_URI=self.settings.neo4j_uri,
                NEO4J_PASSWORD=self.settings.neo4j_password.get_secret_value(),
                **self.neo4j_env,
            )
        return env

    def open(self) -> GraphStore:
        if self.kind == "neo4j":
            s = self.settings
            return Neo4jStore(uri=s.neo4j_uri, user=s.neo4j_user, password=s.neo4j_password.get_secret_value())
        return LadybugStore(path=self.data_dir / "graph")

    def wipe(self) -> None:
        if self.kind == "neo4j":
            wipe_neo4j(self.settings)
        else:
            for path in sorted(self.data_dir.glob("graph*")):
                if path.is_dir():
                    shutil.rmtree(path)
                else:
                    path.unlink()

    def dump(self) -> dict[str, Any]:
        async def read() -> dict[str, Any]:
            store = self.open()
            try:
                return await dump(store)
            finally:
                await store.close()

        return asyncio.run(read())

    def ingest(self, *paths: Path, batch: int = 10, **env: str) -> subprocess.CompletedProcess[str]:
        command = [KG, "ingest", *map(str, paths), "--batch-size", str(batch)]
        return subprocess.run(command, env=self.env(**env), capture_output=True, text=True, timeout=600)

    def start_ingest(self, *paths: Path, batch: int = 10) -> subprocess.Popen[str]:
        command = [KG, "ingest", *map(str, paths), "--batch-size", str(batch)]
        return subprocess.Popen(command, env=self.env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def target(request: pytest.FixtureRequest, tmp_path: Path, settings: Settings) -> Target:
    if request.param == "neo4j":
        request.getfixturevalue("neo4j_available")
    chosen = Target(request.param, settings, tmp_path)
    chosen.wipe()
    return chosen
