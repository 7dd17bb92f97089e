"""`kg extract` and `kg ingest`: stream articles through the pipeline; ingest writes them atomically."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections.abc import Iterator

from ingest.extract import eval_json, extract_stream
from ingest.options import Failure
from ingest.sources import SourceError, read_paths
from queries.store import GraphStore
from schema.errors import StoreUnavailable
from schema.models import Article, Extraction, WriteOutcome
from service.config import Settings
from service.ingestion import options_from, write_batch


def _articles(paths: list[str], lang: str | None, failures: list[Failure]) -> Iterator[Article]:
    for item in read_paths(paths, lang=lang):
        if isinstance(item, SourceError):
            failures.append(Failure("", item.source, str(item)))
            print(f"kg: {item}", file=sys.stderr)
        else:
            yield item


def extract(args: argparse.Namespace, settings: Settings) -> int:
    failures: list[Failure] = []
    for result in extract_stream(_articles(args.paths, args.lang, failures), options_from(settings)):
        if isinstance(result, Failure):
            failures.append(result)
            print(f"kg: {result.source or result.article_id}: {result.error}", file=sys.stderr)
        elif args.json:
            print(json.dumps(eval_json(result), ensure_ascii=False))
        else:
            names = ", ".join(f"{e.name} [{e.type.value}]" for e in result.entities)
            print(f"{result.article.id}\t{result.article.title[:60]}\t{names}")
    return 1 if failures else 0


class Progress:
    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.counts = {"created": 0, "replaced": 0, "unchanged": 0, "failed": 0}
        self.tty = sys.stderr.isatty()

    def add(self, status: str) -> None:
        self.counts[status] += 1
        if self.tty:
            done = sum(self.counts.values())
            rate = done / max(time.perf_counter() - self.started, 1e-9)
            print(f"\r{done} articles  {rate:.1f} articles/s  failed {self.counts['failed']}", end="", file=sys.stderr)

    def summary(self) -> dict[str, object]:
        elapsed = time.perf_counter() - self.started
        done = sum(self.counts.values())
        return {
            **self.counts,
            "articles": done,
            "seconds": round(elapsed, 2),
            "articles_per_s": round(done / elapsed, 2) if elapsed else 0.0,
        }


async def _ingest(args: argparse.Namespace, settings: Settings, store: GraphStore) -> int:
    progress = Progress()
    failures: list[Failure] = []
    await store.init_schema()
    stream = extract_stream(_articles(args.paths, args.lang, failures), options_from(settings, args.batch_size))
    try:
        await _extract_and_write(stream, store, args.batch_size, settings.ingest_retries, progress)
    except _Stopped:
        print(
            "kg: stopped: the store is unavailable; rerun the same command to finish (done articles are skipped)",
            file=sys.stderr,
        )
    finally:
        await store.close()
    for _ in failures:
        progress.add("failed")
    if progress.tty:
        print(file=sys.stderr)
    print(json.dumps(progress.summary()))
    return 1 if progress.counts["failed"] else 0


async def _extract_and_write(
    stream: Iterator[Extraction | Failure], store: GraphStore, batch_size: int, retries: int, progress: Progress
) -> None:
    """spaCy reads the next batch in a worker thread while the store writes the previous one (one
    write in flight, so memory stays bounded and batches commit in input order)."""
    writing: asyncio.Task[list[WriteOutcome | str]] | None = None
    written: list[Extraction] = []
    try:
        while True:
            batch, failed = await asyncio.to_thread(_next_batch, stream, batch_size)
            for failure in failed:
                print(f"kg: {failure.source or failure.article_id}: {failure.error}", file=sys.stderr)
                progress.add("failed")
            if writing is not None:
                _report(written, await writing, progress)
            if not batch:
                return
            written, writing = batch, asyncio.create_task(_write_with_retries(store, batch, retries))
    finally:
        if writing is not None and not writing.done():  # extraction failed: let the write in flight finish
            await asyncio.wait([writing])


def _next_batch(stream: Iterator[Extraction | Failure], size: int) -> tuple[list[Extraction], list[Failure]]:
    batch: list[Extraction] = []
    failed: list[Failure] = []
    for result in stream:
        if isinstance(result, Failure):
            failed.append(result)
            continue
        batch.append(result)
        if len(batch) >= size:
            break
    return batch, failed


def _report(batch: list[Extraction], outcomes: list[WriteOutcome | str], progress: Progress) -> None:
    for extraction, outcome in zip(batch, outcomes, strict=True):
        if isinstance(outcome, str):
            print(f"kg: {extraction.article.id}: {outcome}", file=sys.stderr)
            progress.add("failed")
        else:
            progress.add(outcome.status)
    if any(isinstance(o, StoreDown) for o in outcomes):
        raise _Stopped


class StoreDown(str):
    """The outcome of an article whose batch could not be written because the store was down."""


class _Stopped(Exception):
    pass


async def _write_with_retries(store: GraphStore, batch: list[Extraction], retries: int) -> list[WriteOutcome | str]:
    """Write a batch; while the store is unavailable, wait 2, 4, 8… s and try again, `retries` times.
    The store's own driver has already retried transient errors inside each attempt."""
    for attempt in range(retries + 1):
        try:
            return await write_batch(store, batch)
        except StoreUnavailable as exc:
            if attempt == retries:
                return [StoreDown(f"not written, the store is unavailable: {exc}") for _ in batch]
            wait = 2.0 * 2**attempt
            print(f"kg: the store is unavailable ({exc}); retrying in {wait:g} s", file=sys.stderr)
            await asyncio.sleep(wait)
    raise AssertionError("unreachable")


def ingest(args: argparse.Namespace, settings: Settings, store: GraphStore) -> int:
    return asyncio.run(_ingest(args, settings, store))
