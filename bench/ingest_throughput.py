"""End-to-end `kg ingest` against raw `nlp.pipe` of the same pipeline on the same texts; peak memory.

    .venv/bin/python bench/ingest_throughput.py ratio --lang ja --lang en --articles 300 --repeat 3
    .venv/bin/python bench/ingest_throughput.py rss --lang en --articles 1000 --articles 10000

`ratio` (in this process, models loaded once beforehand, alternating runs so noise hits both sides):
  raw     nlp.pipe over the paragraphs ingest would read (the same cleaning), nothing else;
  ingest  what `kg ingest FILE.jsonl` runs: reading JSON Lines, cleaning, the same nlp.pipe, entity
          resolution, assembly and atomic batch writes into a fresh store (embedded unless --store).
`rss`: `kg ingest` in a child process on N generated articles (into --store), its resident memory sampled every
0.2 s; prints the peak and the resident size at the end for each N."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.newsgen import news
from ingest.clean import segments
from ingest.pipeline import pipeline
from queries.ladybug import LadybugStore
from queries.store import GraphStore
from service.config import get_settings
from service.ingest_cli import ingest


def write_jsonl(lang: str, count: int, path: Path) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for article in news(lang, count):
            out.write(article.model_dump_json(exclude_none=True) + "\n")
    return path


def raw_pipe(lang: str, path: Path) -> tuple[float, int]:
    settings = get_settings()
    nlp = pipeline(lang, ja_model=settings.ja_model, en_models=tuple(settings.en_models))
    texts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        texts += [text[s.start : s.end] for s in segments(text)]
    tokens = 0
    started = time.perf_counter()
    with nlp.memory_zone():
        for doc in nlp.pipe(texts, batch_size=64):
            tokens += len(doc)
    return time.perf_counter() - started, tokens


def open_store(kind: str, workdir: Path) -> GraphStore:
    if kind == "embedded":
        return LadybugStore(path=workdir / "graph")
    from bench.write_throughput import open_store as wiped_neo4j  # wipes the database first

    return wiped_neo4j("neo4j", workdir)


def full_ingest(path: Path, store_kind: str, batch_size: int) -> float:
    args = argparse.Namespace(paths=[str(path)], lang=None, batch_size=batch_size)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(store_kind, Path(tmp))
        summary = io.StringIO()
        started = time.perf_counter()
        with contextlib.redirect_stdout(summary):
            code = ingest(args, get_settings(), store)  # closes the store
        elapsed = time.perf_counter() - started
    result = json.loads(summary.getvalue())
    if code != 0 or result["created"] != result["articles"]:
        raise SystemExit(f"ingest did not create every article: {result}")
    return elapsed


def ratio(args: argparse.Namespace) -> None:
    for lang in args.lang:
        count = args.articles[0]
        with tempfile.TemporaryDirectory() as tmp:
            path = write_jsonl(lang, count, Path(tmp) / f"{lang}.jsonl")
            raw_pipe(lang, write_jsonl(lang, 20, Path(tmp) / "warm.jsonl"))  # model load, caches
            raws, fulls, tokens = [], [], 0
            for _ in range(args.repeat):
                seconds, tokens = raw_pipe(lang, path)
                raws.append(seconds)
                fulls.append(full_ingest(path, args.store, args.batch_size))
        raw, full = statistics.median(raws), statistics.median(fulls)
        print(
            json.dumps(
                {
                    "lang": lang,
                    "store": args.store,
                    "articles": count,
                    "tokens": tokens,
                    "raw_s": round(raw, 2),
                    "ingest_s": round(full, 2),
                    "raw_tokens_per_s": round(tokens / raw),
                    "ingest_tokens_per_s": round(tokens / full),
                    "ingest_articles_per_s": round(count / full, 1),
                    "ingest_vs_raw": round(raw / full, 3),
                    "runs": args.repeat,
                }
            ),
            flush=True,
        )


def _rss_kb(pid: int) -> int:
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def rss(args: argparse.Namespace) -> None:
    kg = str(Path(sys.executable).with_name("kg"))
    for lang in args.lang:
        for count in args.articles:
            with tempfile.TemporaryDirectory() as tmp:
                path = write_jsonl(lang, count, Path(tmp) / f"{lang}.jsonl")
                if args.store == "neo4j":
                    asyncio.run(open_store("neo4j", Path(tmp)).close())  # wiped; the child opens its own driver
                env = {**os.environ, "KG_STORE": args.store, "KG_DATA_DIR": str(Path(tmp) / "data")}
                command = [kg, "ingest", str(path), "--batch-size", str(args.batch_size)]
                started = time.perf_counter()
                child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
                peak = last = 0
                while child.poll() is None:
                    last = _rss_kb(child.pid) or last
                    peak = max(peak, last)
                    time.sleep(0.2)
                out = child.stdout.read().decode() if child.stdout else ""
            summary = json.loads(out.strip().splitlines()[-1])
            print(
                json.dumps(
                    {
                        "lang": lang,
                        "store": args.store,
                        "articles": count,
                        "created": summary["created"],
                        "failed": summary["failed"],
                        "seconds": round(time.perf_counter() - started, 1),
                        "peak_rss_mb": round(peak / 1024),
                        "rss_at_end_mb": round(last / 1024),
                    }
                ),
                flush=True,
            )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=["ratio", "rss"])
    ap.add_argument("--lang", action="append", choices=["ja", "en"], required=True)
    ap.add_argument("--articles", action="append", type=int, required=True)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--store", choices=["embedded", "neo4j"], default="embedded")
    args = ap.parse_args()
    ratio(args) if args.mode == "ratio" else rss(args)


if __name__ == "__main__":
    main()
