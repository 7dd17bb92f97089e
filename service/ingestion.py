"""Ingest over the API: the pipeline runs off the event loop, writes go through the store.

One worker thread runs spaCy (the pipelines are shared objects, loaded once, lazily); the event loop
stays free for reads meanwhile. Large submissions become jobs polled at /v1/jobs/{id}."""

from __future__ import annotations

import asyncio
import uuid
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor

from ingest.link import lookup_keys, relink
from ingest.options import ExtractOptions, Failure
from queries.store import GraphStore
from schema.errors import KGError, NotFound, StoreUnavailable
from schema.models import Article, Extraction, WriteOutcome
from service.api_models import ArticleStatus, IngestReport, Job
from service.config import Settings

MAX_KEPT_JOBS = 200


def options_from(settings: Settings, batch_size: int = 32) -> ExtractOptions:
    return ExtractOptions(
        ja_model=settings.ja_model,
        en_models=tuple(settings.en_models),
        max_chars=settings.max_article_chars,
        batch_size=batch_size,
        kb_limit=settings.kb_limit,
    )


async def linked(store: GraphStore, batch: list[Extraction]) -> tuple[list[Extraction], list[tuple[str, str]]]:
    """The batch with actors the knowledge base lacks re-linked to the same actors already in the store
    (one store query for the whole batch), and the pairs it could not decide on."""
    candidates = await store.identity_candidates(keys=lookup_keys(batch))
    relinked, ambiguous = relink(batch, candidates)
    return relinked, [(a.entity, c) for a in ambiguous for c in a.candidates]


async def write_batch(store: GraphStore, batch: list[Extraction]) -> list[WriteOutcome | str]:
    """One transaction for the batch; if it fails, article by article, so one bad article costs only itself."""
    if not batch:
        return []
    batch, undecided = await linked(store, batch)
    outcomes = await _write(store, batch)
    await store.record_duplicates(pairs=undecided)
    return outcomes


async def _write(store: GraphStore, batch: list[Extraction]) -> list[WriteOutcome | str]:
    try:
        return list(await store.write_articles(extractions=batch))
    except StoreUnavailable:
        raise
    except KGError:
        out: list[WriteOutcome | str] = []
        for extraction in batch:
            try:
                out.append(await store.write_article(extraction=extraction))
            except StoreUnavailable:
                raise
            except KGError as exc:
                out.append(str(exc))
        return out


def _extract(articles: list[Article], options: ExtractOptions) -> list[Extraction | Failure]:
    # Imported here: spaCy and its models are 1,000 modules and a second of start-up that a server
    # which only reads never needs.
    from ingest.extract import extract_stream

    return list(extract_stream(articles, options))


class Ingestor:
    def __init__(self, store: GraphStore, options: ExtractOptions) -> None:
        self.store = store
        self.options = options
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-extract")
        self.jobs: OrderedDict[str, Job] = OrderedDict()
        self._tasks: set[asyncio.Task[None]] = set()

    async def ingest(self, articles: list[Article], first_index: int = 0) -> IngestReport:
        loop = asyncio.get_running_loop()
        results = await loop.run_in_executor(self._worker, _extract, articles, self.options)
        statuses: dict[int, ArticleStatus] = {}
        good: list[tuple[int, Extraction]] = []
        for offset, result in enumerate(results):
            index = first_index + offset
            if isinstance(result, Failure):
                statuses[index] = ArticleStatus(index=index, id=result.article_id, status="failed", error=result.error)
            else:
                good.append((index, result))
        outcomes = await write_batch(self.store, [e for _, e in good])
        for (index, extraction), outcome in zip(good, outcomes, strict=True):
            statuses[index] = _status(index, extraction, outcome)
        return IngestReport.of([statuses[i] for i in sorted(statuses)])

    def submit(self, articles: list[Article]) -> Job:
        job = Job(id=uuid.uuid4().hex, status="queued", submitted=len(articles))
        self.jobs[job.id] = job
        while len(self.jobs) > MAX_KEPT_JOBS:
            self.jobs.popitem(last=False)
        task = asyncio.create_task(self._run(job, articles))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return job

    def job(self, job_id: str) -> Job:
        if job_id not in self.jobs:
            raise NotFound(f"no job with id {job_id!r} (jobs are kept in memory, the last {MAX_KEPT_JOBS})")
        return self.jobs[job_id]

    async def _run(self, job: Job, articles: list[Article]) -> None:
        job.status = "running"
        statuses: list[ArticleStatus] = []
        step = self.options.batch_size
        try:
            for start in range(0, len(articles), step):
                statuses += (await self.ingest(articles[start : start + step], first_index=start)).articles
                job.processed = len(statuses)
                job.report = IngestReport.of(statuses)
            job.status = "done"
        except KGError as exc:
            job.status, job.error = "failed", str(exc)

    async def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._worker.shutdown(wait=False, cancel_futures=True)


def _status(index: int, extraction: Extraction, outcome: WriteOutcome | str) -> ArticleStatus:
    if isinstance(outcome, str):
        return ArticleStatus(index=index, id=extraction.article.id, status="failed", error=outcome)
    return ArticleStatus(
        index=index,
        id=outcome.article_id,
        status=outcome.status,
        entities=outcome.entities,
        relations=outcome.relations,
        metrics=outcome.metrics,
    )
