"""GraphStore over an embedded LadybugDB database on disk.

One read-write Database per process (the file lock keeps other processes out). Reads run on a small
pool of connections in worker threads; writes run one at a time on a dedicated connection and thread,
each batch in one explicit transaction."""

from __future__ import annotations

import asyncio
import contextlib
import queue
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import ladybug

from queries import curation
from queries.base import StoreBase
from queries.ladybug import curate, ddl, read, write
from queries.rows import plan_batch
from schema.errors import InvalidInput, StoreLocked, StoreUnavailable
from schema.models import Extraction, WriteOutcome

T = TypeVar("T")


# The library reserves address space for the largest database it may grow to: 8 TiB by default, so a
# process holding a dozen stores at once (the test suite) ran out of the 128 TiB a process has ("Mmap for
# size 8796093022208 failed"). 1 TiB is far beyond what one embedded graph holds; larger graphs belong in Neo4j.
MAX_DB_BYTES = 1 << 40


class LadybugStore(StoreBase):
    reads = read
    curate = curate

    def __init__(self, *, path: str | Path, readers: int = 4, buffer_pool_mb: int = 0) -> None:
        self._path = Path(path)
        self._path.parent.mkdir(parents=True, exist_ok=True)
        try:
            # 0: the library's default (a share of RAM); the pool is a cache and keeps what it touched.
            self._db = ladybug.Database(
                str(self._path), buffer_pool_size=buffer_pool_mb * 1024 * 1024, max_db_size=MAX_DB_BYTES
            )
        except RuntimeError as exc:
            if "lock" in str(exc).lower():
                raise StoreLocked(
                    f"the embedded store {self._path} is open in another process; stop it or use another "
                    "KG_DATA_DIR (for several processes, use KG_STORE=neo4j)"
                ) from exc
            raise StoreUnavailable(f"cannot open the embedded store {self._path}: {exc}") from exc
        self._writer = ladybug.Connection(self._db)
        self._write_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ladybug-write")
        self._read_threads = ThreadPoolExecutor(max_workers=readers, thread_name_prefix="ladybug-read")
        self._readers: queue.SimpleQueue[ladybug.Connection] = queue.SimpleQueue()
        for _ in range(readers):
            self._readers.put(ladybug.Connection(self._db))
        self._closed = False

    def _with_reader(self, fn: Callable[..., T], *args: Any) -> T:
        conn = self._readers.get()
        try:
            return _translate(fn, conn, *args)
        finally:
            self._readers.put(conn)

    async def _read(self, fn: Callable[..., Any], *args: Any) -> Any:
        self._check_open()
        return await asyncio.get_running_loop().run_in_executor(self._read_threads, self._with_reader, fn, *args)

    async def _write_tx(self, fn: Callable[..., Any], *args: Any) -> Any:
        return await self._write(fn, *args)

    async def _write(self, fn: Callable[..., T], *args: Any) -> T:
        self._check_open()
        return await asyncio.get_running_loop().run_in_executor(self._write_thread, self._in_transaction, fn, *args)

    def _in_transaction(self, fn: Callable[..., T], *args: Any) -> T:
        self._writer.execute("BEGIN TRANSACTION")
        try:
            result = _translate(fn, self._writer, *args)
        except BaseException:
            with contextlib.suppress(RuntimeError):  # the database may have aborted it already
                self._writer.execute("ROLLBACK")
            raise
        self._writer.execute("COMMIT")
        return result

    def _check_open(self) -> None:
        if self._closed:
            raise StoreUnavailable("the embedded store is closed")

    async def init_schema(self) -> None:
        for statement in ddl.STATEMENTS:
            await self._write(_run_statement, statement)
        if missing := await self._entities_missing_identity_keys():
            await self._write(write.set_identity_keys, missing)

    async def ping(self) -> None:
        await self._read(_run_statement, "RETURN 1")

    async def write_articles(self, *, extractions: list[Extraction]) -> list[WriteOutcome]:
        if not extractions:
            return []
        return await self._write(_write_articles, extractions)

    async def delete_article(self, *, article_id: str) -> bool:
        return await self._write(write.delete_article, article_id)

    async def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._write_thread.shutdown(wait=True)
        self._read_threads.shutdown(wait=True)
        self._db.close()


def _translate(fn: Callable[..., T], conn: ladybug.Connection, *args: Any) -> T:
    try:
        return fn(conn, *args)
    except RuntimeError as exc:
        message = str(exc)
        if message.startswith(("Binder exception", "Parser exception")):
            raise InvalidInput(f"query rejected by the embedded store: {message}") from exc
        raise


def _run_statement(conn: ladybug.Connection, statement: str) -> None:
    conn.execute(statement)


def _write_articles(conn: ladybug.Connection, extractions: list[Extraction]) -> list[WriteOutcome]:
    curated = curation.effects(curate.curation_rows(conn))
    extractions = [curation.apply(x, curated) for x in extractions]
    plan = plan_batch(extractions, write.article_hashes(conn, [x.article.id for x in extractions]))
    for article_id in plan.replaced:
        write.delete_article(conn, article_id)
    if plan.rows is not None:
        write.write_rows(conn, plan.rows)
    return plan.outcomes
