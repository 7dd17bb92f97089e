"""Shared fixtures: a fresh store of each kind for every test that asks for `store`; a second Neo4j."""

from __future__ import annotations

import os
import subprocess
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import neo4j
import pytest

from queries.ladybug import LadybugStore
from queries.neo4j import Neo4jStore
from queries.store import GraphStore
from service.config import Settings, get_settings

ROOT = Path(__file__).resolve().parents[1]


def _neo4j_reachable(settings: Settings) -> str | None:
    """None when Neo4j answers, else why not."""
    try:
        with neo4j.GraphDatabase.driver(
            settings.neo4j_uri,
            auth=(settings.neo4j_user, settings.neo4j_password.get_secret_value()),
            connection_timeout=3,
        ) as driver:
            driver.verify_connectivity()
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


@pytest.fixture(scope="session")
def settings() -> Settings:
    return get_settings()


@pytest.fixture(scope="session")
def neo4j_available(settings: Settings) -> None:
    problem = _neo4j_reachable(settings)
    if problem is None:
        return
    message = f"Neo4j at {settings.neo4j_uri} is not reachable ({problem}); start it with scripts/neo4j start"
    if settings.require_neo4j:
        pytest.fail(message)
    pytest.skip(message)


def wipe_neo4j(settings: Settings) -> None:
    with neo4j.GraphDatabase.driver(
        settings.neo4j_uri, auth=(settings.neo4j_user, settings.neo4j_password.get_secret_value())
    ) as driver:
        driver.execute_query("MATCH (n) DETACH DELETE n", database_=settings.neo4j_database)


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
async def store(request: pytest.FixtureRequest, tmp_path: Path, settings: Settings) -> AsyncIterator[GraphStore]:
    opened: GraphStore
    if request.param == "neo4j":
        request.getfixturevalue("neo4j_available")
        wipe_neo4j(settings)
        opened = Neo4jStore(
            uri=settings.neo4j_uri,
            user=settings.neo4j_user,
            password=settings.neo4j_password.get_secret_value(),
            database=settings.neo4j_database,
        )
    else:
        opened = LadybugStore(path=tmp_path / "graph")
    await opened.init_schema()
    try:
        yield opened
    finally:
        await opened.close()


@pytest.fixture
def second_neo4j(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A Neo4j of its own on port 7697, so stopping it does not disturb the other tests."""
    env = {
        **os.environ,
        "NEO4J_PORT": "7697",
        "KG_NEO4J_HOME": str(tmp_path / "neo4j"),
        "NEO4J_PASSWORD": "second-password",
    }
    lib = ROOT / ".cache" / "neo4j" / "lib"
    (tmp_path / "neo4j").mkdir()
    if lib.exists():
        (tmp_path / "neo4j" / "lib").symlink_to(lib)
    subprocess.run([ROOT / "scripts" / "neo4j", "start"], env=env, check=True, timeout=300)
    try:
        yield env
    finally:
        subprocess.run([ROOT / "scripts" / "neo4j", "stop"], env=env, check=True, timeout=120)
