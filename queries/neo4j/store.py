"""GraphStore over Neo4j 5: managed transactions with an explicit database."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from neo4j import AsyncDriver, AsyncGraphDatabase, AsyncManagedTransaction
from neo4j.exceptions import (
    AuthError,
    ConstraintError,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
    TransientError,
)

from queries import curation
from queries.base import StoreBase
from queries.neo4j import curate, ddl, read, write
from queries.rows import plan_batch
from schema.errors import Conflict, InvalidInput, StoreUnavailable
from schema.models import Extraction, WriteOutcome

T = TypeVar("T")
CONFLICT_RETRIES = 3


class Neo4jStore(StoreBase):
    reads = read
    curate = curate

    def __init__(
        self,
        *,
        uri: str,
        user: str,
        password: str,
        database: str = "neo4j",
        timeout_s: float = 5.0,
        write_retry_s: float = 15.0,
    ) -> None:
        self._database = database
        self._read_deadline_s = timeout_s
        # The driver retries transient failures (deadlocks, leader switches, a restarting server) of a
        # managed transaction for up to write_retry_s; reads get a shorter deadline below, so an API
        # request during an outage answers 503 instead of hanging while the driver retries.
        self._driver: AsyncDriver = AsyncGraphDatabase.driver(
            uri,
            auth=(user, password),
            connection_timeout=timeout_s,
            connection_acquisition_timeout=timeout_s,
            max_transaction_retry_time=write_retry_s,
            # "label does not exist" and the like on a fresh database are not worth a log line per query
            notifications_min_severity="OFF",
        )

    async def _call(self, mode: str, work: Callable[..., Awaitable[T]], *args: Any) -> T:
        for attempt in range(CONFLICT_RETRIES + 1):
            try:
                return await self._call_once(mode, work, *args)
            except ConstraintError as exc:
                # Two writers created the same new node or evidence at once; the loser's retry reads
                # what the winner committed (an article already there is then "unchanged").
                if mode != "w" or attempt == CONFLICT_RETRIES:
                    raise Conflict(f"concurrent writes kept colliding: {exc.message}") from exc
        raise AssertionError("unreachable")

    async def _call_once(self, mode: str, work: Callable[..., Awaitable[T]], *args: Any) -> T:
        try:
            async with self._driver.session(database=self._database) as session:
                if mode == "w":
                    return await session.execute_write(work, *args)
                return await asyncio.wait_for(session.execute_read(work, *args), self._read_deadline_s)
        except TimeoutError as exc:
            raise StoreUnavailable(f"Neo4j did not answer within {self._read_deadline_s:g} s") from exc
        except (ServiceUnavailable, SessionExpired, TransientError, AuthError, OSError) as exc:
            raise StoreUnavailable(f"Neo4j is unavailable: {exc}") from exc
        except DriverError as exc:
            raise StoreUnavailable(f"Neo4j driver error: {exc}") from exc
        except ConstraintError:
            raise
        except Neo4jError as exc:
            if exc.code and exc.code.startswith("Neo.ClientError.Security."):  # e.g. AuthenticationRateLimit
                raise StoreUnavailable(f"Neo4j refused the credentials: {exc.message}") from exc
            if exc.code and "ClientError.Statement" in exc.code:
                raise InvalidInput(f"query rejected by Neo4j: {exc.message}") from exc
            raise

    async def _read(self, fn: Callable[..., Any], *args: Any) -> Any:
        return await self._call("r", fn, *args)

    async def _write_tx(self, fn: Callable[..., Any], *args: Any) -> Any:
        return await self._call("w", fn, *args)

    async def init_schema(self) -> None:
        for statement in ddl.STATEMENTS + ddl.relation_index_statements():
            await self._call("w", _run_statement, statement)
        if missing := await self._entities_missing_identity_keys():
            await self._call("w", write.set_identity_keys, missing)

    async def ping(self) -> None:
        await self._call("r", _run_statement, "RETURN 1")

    async def write_articles(self, *, extractions: list[Extraction]) -> list[WriteOutcome]:
        if not extractions:
            return []
        return await self._call("w", _write_articles_tx, extractions)

    async def delete_article(self, *, article_id: str) -> bool:
        return await self._call("w", write.delete_article, article_id)

    async def close(self) -> None:
        await self._driver.close()


async def _run_statement(tx: AsyncManagedTransaction, statement: str) -> None:
    result = await tx.run(statement)
    await result.consume()


async def _write_articles_tx(tx: AsyncManagedTransaction, extractions: list[Extraction]) -> list[WriteOutcome]:
    curated = curation.effects(await curate.curation_rows(tx))
    extractions = [curation.apply(x, curated) for x in extractions]
    plan = plan_batch(extractions, await write.article_hashes(tx, [x.article.id for x in extractions]))
    for article_id in plan.replaced:
        await write.delete_article(tx, article_id)
    if plan.rows is not None:
        await write.write_rows(tx, plan.rows)
    return plan.outcomes
