"""API latency on a synthetic graph (10k entities, 100k relations), the server in its own process.

    .venv/bin/python bench/api_latency.py --store embedded --store neo4j

For each store: load the graph, start `kg serve` on loopback, then from this process (bench/loadgen.py)
time REST 1-hop relation lookups at 1 and 16 concurrent clients and a nested GraphQL query of about
200 objects (the script counts them). Neo4j must be running (scripts/neo4j start) and is wiped first.
One JSON line per store."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import loadgen
from bench.synthetic import articles
from bench.write_throughput import open_store

ROOT = Path(__file__).resolve().parents[1]
NESTED = """query ($id: ID!) { entity(id: $id) { name relations(first: 20) { edges { node { type support }
  other { id name relations(first: 3) { edges { node { type support } } } } } } } }"""


async def load(kind: str, workdir: Path, entities: int, relations: int) -> None:
    store = open_store(kind, workdir)
    await store.init_schema()
    docs = list(articles(entities=entities, relations=relations, per_article=100))
    for i in range(0, len(docs), 500):
        await store.write_articles(extractions=docs[i : i + 500])
    await store.close()


def serve(kind: str, workdir: Path, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "KG_STORE": kind, "KG_DATA_DIR": str(workdir), "KG_PORT": str(port), "KG_GRAPHIQL": "0"}
    server = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "kg"), "serve"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    for _ in range(300):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/ready", timeout=1).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not become ready")


async def timed_requests(port: int, clients: int, per_client: int, entities: int, graphql: bool = False) -> list[float]:
    rng = random.Random(11)

    def make() -> loadgen.Request:
        entity = f"e{rng.randrange(entities)}"
        if graphql:
            return loadgen.Request.post_json("/graphql", {"query": NESTED, "variables": {"id": entity}})
        return loadgen.Request.get(f"/v1/entities/{entity}/relations?limit=50")

    return await loadgen.run("127.0.0.1", port, make, clients, per_client)


def objects_in_answer(port: int, entities: int) -> float:
    """How many objects (JSON maps) the nested GraphQL query returns, on average over 20 entities."""

    def count(value: object) -> int:
        if isinstance(value, dict):
            return 1 + sum(count(v) for v in value.values())
        if isinstance(value, list):
            return sum(count(v) for v in value)
        return 0

    rng = random.Random(5)
    totals = []
    for _ in range(20):
        variables = {"id": f"e{rng.randrange(entities)}"}
        answer = httpx.post(f"http://127.0.0.1:{port}/graphql", json={"query": NESTED, "variables": variables})
        totals.append(count(answer.json()["data"]))
    return round(statistics.mean(totals), 1)


def summary(latencies: list[float]) -> dict[str, float]:
    ordered = sorted(latencies)
    return {
        "n": len(ordered),
        "p50_ms": round(statistics.median(ordered), 2),
        "p99_ms": round(ordered[int(0.99 * (len(ordered) - 1))], 2),
    }


def median_of(rounds: list[dict[str, float]]) -> dict[str, object]:
    """Each round's figures, and their medians: one noisy neighbour on this VM can double a round's p99."""
    return {
        "p50_ms": statistics.median(r["p50_ms"] for r in rounds),
        "p99_ms": statistics.median(r["p99_ms"] for r in rounds),
        "rounds": rounds,
    }


async def measure(port: int, entities: int, requests: int, rounds: int) -> dict[str, object]:
    await timed_requests(port, 16, 60, entities)  # warm-up: JIT of the store's read path, connection pool
    await timed_requests(port, 1, 20, entities, graphql=True)
    phases: dict[str, list[dict[str, float]]] = {
        "rest_1_client": [],
        "rest_16_clients": [],
        "graphql_nested_1_client": [],
    }
    for _ in range(rounds):
        phases["rest_1_client"].append(summary(await timed_requests(port, 1, requests, entities)))
        phases["rest_16_clients"].append(summary(await timed_requests(port, 16, requests // 16 * 2, entities)))
        phases["graphql_nested_1_client"].append(
            summary(await timed_requests(port, 1, requests // 5, entities, graphql=True))
        )
    return {
        "graphql_objects_per_answer": objects_in_answer(port, entities),
        **{name: median_of(results) for name, results in phases.items()},
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--store", action="append", choices=["embedded", "neo4j"], required=True)
    ap.add_argument("--entities", type=int, default=10_000)
    ap.add_argument("--relations", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=1000)
    ap.add_argument("--port", type=int, default=8799)
    ap.add_argument("--rounds", type=int, default=3, help="repeat every phase; medians are reported")
    args = ap.parse_args()
    for kind in args.store:
        with tempfile.TemporaryDirectory() as tmp:
            workdir = Path(tmp)
            asyncio.run(load(kind, workdir, args.entities, args.relations))
            server = serve(kind, workdir, args.port)
            try:
                result = asyncio.run(measure(args.port, args.entities, args.requests, args.rounds))
            finally:
                server.terminate()
                server.wait(timeout=30)
        print(json.dumps({"store": kind, **result}), flush=True)


if __name__ == "__main__":
    main()
