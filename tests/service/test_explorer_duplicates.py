"""The explorer's "possible duplicates" list in a real browser against a real server: a merge without a key
is refused; with a writer's key the pair is merged and leaves the list."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from queries.ladybug import LadybugStore
from schema.models import ArticleMeta, ExtractedEntity, Extraction, Span
from schema.ontology import EntityType
from service.explorer.mount import DIST
from service.ingestion import write_batch
from tests.servers import kg_server

ROOT = Path(__file__).resolve().parents[2]
WEB = ROOT / "service" / "explorer" / "web"
KEY = "alice-explorer-key"

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _article(article_id: str, entity_id: str, name: str) -> Extraction:
    person = ExtractedEntity(
        id=entity_id, name=name, type=EntityType.PERSON, mentions=[Span(text=name, start=0, end=1)]
    )
    return Extraction(article=ArticleMeta(id=article_id), text="x", entities=[person])


async def _undecided(path: Path) -> None:
    """Two spellings of one person written apart, then a third that fits both: two recorded pairs."""
    store = LadybugStore(path=path)
    try:
        await store.init_schema()
        await store.write_article(extraction=_article("a1", "person:kevin-scott", "Kevin Scott"))
        await store.write_article(extraction=_article("a2", "person:ケヴィンスコット", "ケヴィン・スコット"))
        await write_batch(store, [_article("a3", "person:ケビンスコット", "ケビン・スコット")])
    finally:
        await store.close()


@pytest.fixture
def served_duplicates(tmp_path: Path) -> Iterator[str]:
    asyncio.run(_undecided(tmp_path / "graph"))
    env = {"KG_STORE": "embedded", "KG_DATA_DIR": str(tmp_path), "KG_API_KEYS": f"alice:{KEY}"}
    with kg_server(env, 8768) as base:
        yield base


def test_merge_a_possible_duplicate_from_the_explorer(served_duplicates: str) -> None:
    assert (DIST / "index.html").exists(), "the explorer is not built: make explorer"
    assert shutil.which("node") and Path(os.environ.get("CHROMIUM", "/usr/bin/chromium")).exists()
    run = subprocess.run(
        ["node", "e2e/duplicates.mjs", served_duplicates, KEY, "person:kevin-scott"],
        cwd=WEB,
        capture_output=True,
        text=True,
        timeout=180,
    )
    result = json.loads(run.stdout.strip().splitlines()[-1]) if run.stdout.strip() else {"error": run.stderr}
    assert run.returncode == 0 and result["ok"], result
    assert ["person:kevin-scott", "person:ケビンスコット"] in result["pairs"] and len(result["pairs"]) == 2
    assert "needs an API key" in result["refused"]
    assert result["left"] == 1 and result["entity"] is None
