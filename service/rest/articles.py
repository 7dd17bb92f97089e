"""Articles: list, read with their graph, submit (JSON array or NDJSON), retract; ingest jobs."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request, Response
from fastapi.responses import JSONResponse
from pydantic import TypeAdapter, ValidationError

from schema.errors import InvalidInput, NotFound
from schema.models import Article, ArticleGraph, ArticleRecord, Page
from service.api_models import IngestReport, Job
from service.deps import AppSettings, Ingest, Store
from service.rest.params import Cursor, Limit
from service.security import Reader, Writer

router = APIRouter(prefix="/v1", tags=["articles"])
ArticleId = Annotated[str, Path(min_length=1, max_length=200)]
_ARTICLES = TypeAdapter(list[Article])
_NDJSON = ("application/x-ndjson", "application/jsonl", "application/json-lines", "application/ndjson")
_BODY_DOC: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": {"type": "array", "items": Article.model_json_schema()}},
            "application/x-ndjson": {"schema": {"type": "string", "description": "one article object per line"}},
        },
    }
}


@router.get("/articles")
async def list_articles(store: Store, _: Reader, limit: Limit = 20, cursor: Cursor = None) -> Page[ArticleRecord]:
    """Articles, most recently ingested first."""
    return await store.list_articles(limit=limit, cursor=cursor)


@router.get("/articles/{article_id}")
async def get_article(article_id: ArticleId, store: Store, _: Reader) -> ArticleGraph:
    """An article with the actors it mentions and the relations it supports."""
    return await store.article_graph(article_id=article_id)


@router.post(
    "/articles",
    openapi_extra=_BODY_DOC,
    responses={202: {"model": Job, "description": "a large batch: poll /v1/jobs/{id}"}},
)
async def submit_articles(request: Request, ingest: Ingest, settings: AppSettings, _: Writer) -> IngestReport:
    """Ingest articles. Up to KG_INGEST_SYNC_MAX articles answer with each one's status; larger
    batches answer 202 with a job to poll. Submitting the same article again changes nothing."""
    articles = _parse(await request.body(), request.headers.get("content-type", ""), settings.max_article_chars)
    if len(articles) > settings.ingest_sync_max:
        job = ingest.submit(articles)
        return JSONResponse(job.model_dump(), status_code=202, headers={"Location": f"/v1/jobs/{job.id}"})  # type: ignore[return-value]
    return await ingest.ingest(articles)


@router.delete("/articles/{article_id}", status_code=204)
async def delete_article(article_id: ArticleId, store: Store, _: Writer) -> Response:
    """Retract an article: its evidence goes; relations and entities nothing else supports go too."""
    if not await store.delete_article(article_id=article_id):
        raise NotFound(f"no article with id {article_id!r}")
    return Response(status_code=204)


@router.get("/jobs/{job_id}")
async def get_job(job_id: Annotated[str, Path(min_length=1, max_length=64)], ingest: Ingest, _: Writer) -> Job:
    """Progress and per-article results of a batch submitted with POST /v1/articles."""
    return ingest.job(job_id)


def _parse(body: bytes, content_type: str, max_chars: int) -> list[Article]:
    """Every article valid, or InvalidInput naming the first problem: nothing is ingested from a bad body."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"the body is not UTF-8 (byte {exc.start})") from None
    try:
        if content_type.split(";")[0].strip().lower() in _NDJSON:
            items: Any = [json.loads(line) for line in text.splitlines() if line.strip()]
        else:
            items = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    if isinstance(items, dict):
        items = [items]
    if not isinstance(items, list) or not items:
        raise InvalidInput("send a JSON array of articles, or NDJSON with one article per line")
    try:
        articles = _ARTICLES.validate_python(items)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(map(str, first["loc"]))
        raise InvalidInput(f"article {where}: {first['msg']}") from None
    ids = [a.id for a in articles if a.id]
    if len(ids) != len(set(ids)):
        raise InvalidInput("the same article id appears twice in one submission")
    for index, article in enumerate(articles):  # hard limits refuse the whole submission
        if "\x00" in article.text:
            raise InvalidInput(f"article {index}: the text contains NUL bytes (binary data?)")
        if len(article.text) > max_chars:
            raise InvalidInput(
                f"article {index}: the text has {len(article.text)} characters, more than KG_MAX_ARTICLE_CHARS "
                f"({max_chars})"
            )
    return articles
