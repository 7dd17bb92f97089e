"""A bounded soak: mixed reads from a separate process on loopback while articles are ingested over
the API, against each store. Reports per-window latency, errors and the server's memory.

    .venv/bin/python bench/soak.py --store embedded --store neo4j --minutes 5

The graph is the synthetic one of bench/api_latency.py (10k entities, 100k relations); 8 clients
read (relations, entity, search, nested GraphQL) while a writer posts batches of 8 generated English
articles (the real pipeline runs in the server). Neo4j must be running and is wiped first."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import loadgen
from bench.api_latency import NESTED, load, serve
from tests.reliability.corpus import write_corpus

KEY = "soak-key"


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def mixed(entities: int, rng: random.Random) -> loadgen.Request:
    entity = f"e{rng.randrange(entities)}"
    roll = rng.random()
    if roll < 0.5:
        return loadgen.Request.get(f"/v1/entities/{entity}/relations?limit=50")
    if roll < 0.7:
        return loadgen.Request.get(f"/v1/entities/{entity}")
    if roll < 0.9:
        return loadgen.Request.get(f"/v1/entities?q=entity%20{rng.randrange(entities)}&limit=10")
    return loadgen.Request.post_json("/graphql", {"query": NESTED, "variables": {"id": entity}})


def writer(port: int, articles: list[dict[str, object]], stop: threading.Event, counts: dict[str, int]) -> None:
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as client:
        i = 0
        while not stop.is_set():
            batch = articles[i % len(articles) : i % len(articles) + 8]
            i += 8
            answer = client.post("/v1/articles", json=batch, headers={"Authorization": f"Bearer {KEY}"})
            key = "write_ok" if answer.status_code == 200 else f"write_{answer.status_code}"
            counts[key] = counts.get(key, 0) + 1
            stop.wait(1.0)


def soak(kind: str, workdir: Path, port: int, minutes: float, entities: int) -> dict[str, object]:
    corpus = write_corpus(workdir / "briefs.jsonl", 400)
    articles = [json.loads(line) for line in corpus.read_text().splitlines()]
    os.environ["KG_API_KEYS"] = KEY
    server = serve(kind, workdir, port)
    counts: dict[str, int] = {}
    windows = []
    stop = threading.Event()
    thread = threading.Thread(target=writer, args=(port, articles, stop, counts))
    try:
        rng = random.Random(1)
        thread.start()
        deadline = time.monotonic() + minutes * 60
        while time.monotonic() < deadline:
            started = time.monotonic()
            try:
                latencies = asyncio.run(loadgen.run("127.0.0.1", port, lambda: mixed(entities, rng), 8, 60))
            except (RuntimeError, OSError) as exc:
                counts["read_errors"] = counts.get("read_errors", 0) + 1
                print(f"read error: {exc}", file=sys.stderr)
                continue
            ordered = sorted(latencies)
            windows.append(
                {
                    "t_s": round(started - (deadline - minutes * 60)),
                    "n": len(ordered),
                    "p50_ms": round(statistics.median(ordered), 1),
                    "p99_ms": round(ordered[int(0.99 * (len(ordered) - 1))], 1),
                    "rss_mb": rss_mb(server.pid),
                }
            )
    finally:
        stop.set()
        thread.join(timeout=180)
        server.terminate()
        server.wait(timeout=60)
    return {
        "store": kind,
        "minutes": minutes,
        "reads": sum(w["n"] for w in windows),
        "first_window": windows[0] if windows else None,
        "last_window": windows[-1] if windows else None,
        "rss_mb_max": max((w["rss_mb"] for w in windows), default=0),
        "p99_ms_max": max((w["p99_ms"] for w in windows), default=0),
        **counts,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--store", action="append", choices=["embedded", "neo4j"], required=True)
    ap.add_argument("--minutes", type=float, default=5)
    ap.add_argument("--entities", type=int, default=10_000)
    ap.add_argument("--relations", type=int, default=100_000)
    ap.add_argument("--port", type=int, default=8797)
    args = ap.parse_args()
    for kind in args.store:
        with tempfile.TemporaryDirectory() as tmp:
            workdir = Path(tmp)
            asyncio.run(load(kind, workdir, args.entities, args.relations))
            print(json.dumps(soak(kind, workdir, args.port, args.minutes, args.entities)), flush=True)


if __name__ == "__main__":
    main()
