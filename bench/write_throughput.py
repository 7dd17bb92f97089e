"""Batched write throughput on each store: a synthetic graph of 10k entities and 100k relations.

    .venv/bin/python bench/write_throughput.py --store embedded --store neo4j

Neo4j must be running (scripts/neo4j start) and is wiped first. Prints one JSON line per store."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import neo4j

from bench.synthetic import articles
from queries.ladybug import LadybugStore
from queries.neo4j import Neo4jStore
from queries.store import GraphStore
from service.config import get_settings


def open_store(kind: str, workdir: Path) -> GraphStore:
    if kind == "embedded":
        return LadybugStore(path=workdir / "graph")
    s = get_settings()
    password = s.neo4j_password.get_secret_value()
    with (
        neo4j.GraphDatabase.driver(s.neo4j_uri, auth=(s.neo4j_user, password)) as driver,
        driver.session(database=s.neo4j_database) as session,  # CALL IN TRANSACTIONS needs auto-commit
    ):
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    return Neo4jStore(uri=s.neo4j_uri, user=s.neo4j_user, password=password, database=s.neo4j_database)


async def run(kind: str, args: argparse.Namespace) -> dict[str, object]:
    docs = list(articles(entities=args.entities, relations=args.relations, per_article=args.per_article))
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(kind, Path(tmp))
        await store.init_schema()
        batches = [docs[i : i + args.batch] for i in range(0, len(docs), args.batch)]
        started = time.perf_counter()
        for i in range(0, len(batches), args.concurrency):
            await asyncio.gather(*(store.write_articles(extractions=b) for b in batches[i : i + args.concurrency]))
        elapsed = time.perf_counter() - started
        stats = await store.stats()
        await store.close()
    return {
        "store": kind,
        "articles": stats.articles,
        "entities": stats.entities,
        "relations": stats.relations,
        "evidence": stats.evidence,
        "seconds": round(elapsed, 2),
        "relations_per_s": round(args.relations / elapsed),
        "batch_articles": args.batch,
        "relations_per_article": args.per_article,
        "concurrency": args.concurrency,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--store", action="append", choices=["embedded", "neo4j"], required=True)
    ap.add_argument("--entities", type=int, default=10_000)
    ap.add_argument("--relations", type=int, default=100_000)
    ap.add_argument("--per-article", type=int, default=100)
    ap.add_argument("--batch", type=int, default=50, help="articles per transaction")
    ap.add_argument(
        "--concurrency", type=int, default=1, help="transactions in flight (the embedded store has one writer)"
    )
    args = ap.parse_args()
    for kind in args.store:
        print(json.dumps(asyncio.run(run(kind, args))), flush=True)


if __name__ == "__main__":
    main()
