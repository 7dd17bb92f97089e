"""Cross-article identity on the development corpus: the 24 development articles and the bundled one,
ingested into one store batch by batch, must give each reference actor that two or more articles name
exactly one entity, and no entity may stand for two reference actors (../shared/eval/dev: the reference
ids say which names are one actor). Real models, both stores."""

from __future__ import annotations

import importlib.util
import json
from collections import defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from ingest.extract import extract_stream
from ingest.options import ExtractOptions
from queries.store import GraphStore
from schema.models import Article, Extraction
from service.ingestion import write_batch

pytestmark = [pytest.mark.models, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
GOLD = [*sorted((SHARED / "eval" / "dev").glob("*.gold.json")), SHARED / "eval" / "xai-colossus-compute-race.gold.json"]
BATCH = 8


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", ROOT / "tests" / "data" / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _actors(golds: list[dict[str, Any]], norm: Any) -> dict[str, str]:
    """Reference id -> one id per actor: the files do not always use one id for one actor ('a16z' here,
    'andreessen-horowitz' there), so ids whose names overlap are one actor."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    by_name: dict[str, str] = {}
    for gold in golds:
        for entity in gold.get("entities", []) + gold.get("optional_entities", []):
            for name in entity["names"]:
                other = by_name.setdefault(norm(name), entity["id"])
                parent[root(entity["id"])] = root(other)
    return {x: root(x) for x in parent}


def _articles() -> list[tuple[Article, dict[str, Any]]]:
    assert GOLD[0].exists(), f"the development set is missing: {SHARED / 'eval' / 'dev'}"
    out = []
    for path in GOLD:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (SHARED / gold["article"]).read_text(encoding="utf-8")
        out.append((Article(id=path.name.removesuffix(".gold.json"), text=text, lang=gold["lang"]), gold))
    return out


async def _stored_actors(store: GraphStore, article_id: str) -> list[dict[str, Any]]:
    """The store's entities of one article, with every name they carry (what the scorer matches on)."""
    graph = await store.article_graph(article_id=article_id)
    found = await store.get_entities(ids=[e.id for e in graph.entities])
    return [{"id": e.id, "name": e.name, "type": e.type, "aliases": e.aliases, "mentions": []} for e in found]


async def test_each_reference_actor_of_several_articles_is_one_entity(store: GraphStore) -> None:
    pairs = _articles()
    extractions = [x for x in extract_stream([a for a, _ in pairs], ExtractOptions()) if isinstance(x, Extraction)]
    assert len(extractions) == len(pairs)
    for start in range(0, len(extractions), BATCH):
        await write_batch(store, extractions[start : start + BATCH])
    score = _scorer()
    actor = _actors([g for _, g in pairs], score.norm)
    entities_of: dict[str, set[str]] = defaultdict(set)  # reference actor -> store entities
    actors_of: dict[str, set[str]] = defaultdict(set)  # store entity -> reference actors
    articles_of: dict[str, set[str]] = defaultdict(set)
    for article, gold in pairs:
        mapping = score.Article(gold, {"entities": await _stored_actors(store, str(article.id))}).map
        for entity_id, gold_id in mapping.items():
            if gold_id is not None:
                entities_of[actor[gold_id]].add(entity_id)
                actors_of[entity_id].add(actor[gold_id])
                articles_of[actor[gold_id]].add(str(article.id))
    shared = {a for a, seen in articles_of.items() if len(seen) >= 2}
    split = {a: sorted(entities_of[a]) for a in shared if len(entities_of[a]) > 1}
    merged = {e: sorted(a) for e, a in actors_of.items() if len(a) > 1}
    assert len(shared) >= 40, "too few actors shared by articles for this test to mean anything"
    assert split == {}, f"actors split over several entities: {split}"
    assert merged == {}, f"entities standing for several actors: {merged}"
