"""What cross-article identity linking costs an ingest: the same extracted batches written with and
without the store lookup and re-linking, alternating on fresh stores.

    .venv/bin/python bench/identity_cost.py --articles 400 --repeat 3 [--store neo4j]

Extraction runs once (generated news, bench/newsgen.py, new people and companies in every article, so the
lookups find candidates); the script then times `write_batch` (lookup, re-link, write) against the bare
`write_articles` for the same batches, and reports the linking's share of a whole ingest (extraction + write)."""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.newsgen import news
from ingest.extract import extract_stream
from ingest.options import ExtractOptions
from queries.store import GraphStore
from schema.models import Extraction
from service.config import get_settings
from service.ingestion import write_batch
from service.stores import store_for

BATCH = 32


async def _write(store: GraphStore, batches: list[list[Extraction]], linked: bool) -> float:
    await store.init_schema()
    start = time.perf_counter()
    for batch in batches:
        if linked:
            await write_batch(store, batch)
        else:
            await store.write_articles(extractions=batch)
    return time.perf_counter() - start


async def _fresh_run(kind: str, batches: list[list[Extraction]], linked: bool) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        settings = get_settings().model_copy(update={"store": kind, "data_dir": Path(tmp)})
        store = store_for(settings)
        try:
            if kind == "neo4j":
                await store.init_schema()
                await _wipe(store)
            return await _write(store, batches, linked)
        finally:
            await store.close()


async def _wipe(store: GraphStore) -> None:
    driver = store._driver  # type: ignore[attr-defined]  # the bench wipes its scratch database
    await driver.execute_query("MATCH (n) DETACH DELETE n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--store", default="embedded", choices=["embedded", "neo4j"])
    args = parser.parse_args()
    articles = [*news("en", args.articles // 2), *news("ja", args.articles - args.articles // 2)]
    start = time.perf_counter()
    extracted = [x for x in extract_stream(articles, ExtractOptions()) if isinstance(x, Extraction)]
    extraction_s = time.perf_counter() - start
    batches = [extracted[i : i + BATCH] for i in range(0, len(extracted), BATCH)]
    bare, linked = [], []
    for _ in range(args.repeat):
        bare.append(asyncio.run(_fresh_run(args.store, batches, linked=False)))
        linked.append(asyncio.run(_fresh_run(args.store, batches, linked=True)))
    b, k = statistics.median(bare), statistics.median(linked)
    print(
        json.dumps(
            {
                "store": args.store,
                "articles": len(extracted),
                "extraction_s": round(extraction_s, 2),
                "write_bare_median_s": round(b, 3),
                "write_linked_median_s": round(k, 3),
                "linking_share_of_ingest_pct": round(100 * (k - b) / (extraction_s + b), 1),
            }
        )
    )


if __name__ == "__main__":
    main()
