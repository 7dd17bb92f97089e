"""Articles, and the two mutations: ingest articles, retract one."""

from __future__ import annotations

from typing import Annotated

import strawberry
from fastapi import HTTPException

from schema.models import Article as ArticleIn
from schema.models import ArticleRecord
from service.api_models import IngestReport
from service.graphql.common import Edge, PageInfo, check_first, guarded, page_info
from service.graphql.context import Context
from service.graphql.entities import Entity
from service.graphql.relations import Relation

Info = strawberry.Info[Context, None]


@strawberry.type
class Article:
    id: strawberry.ID
    title: str
    lang: str
    url: str | None
    published_at: str | None
    ingested_at: str

    @classmethod
    def of(cls, a: ArticleRecord) -> Article:
        return cls(
            id=strawberry.ID(a.id),
            title=a.title,
            lang=a.lang,
            url=a.url,
            published_at=a.published_at,
            ingested_at=a.ingested_at,
        )

    @strawberry.field(description="The actors the article mentions.")
    async def entities(self, info: Info) -> list[Entity | None]:
        graph = await guarded(info.context.store.article_graph(article_id=str(self.id)))
        found = await guarded(info.context.entities.load_many([e.id for e in graph.entities]))
        return [Entity.of(e) if e else None for e in found]

    @strawberry.field(description="The relations the article gives evidence for.")
    async def relations(self, info: Info) -> list[Relation]:
        graph = await guarded(info.context.store.article_graph(article_id=str(self.id)))
        return [Relation.of(r) for r in graph.relations]


@strawberry.type
class ArticleConnection:
    edges: list[Edge[Article]]
    page_info: PageInfo


@strawberry.type
class ArticleQuery:
    @strawberry.field(description="An article by id, or null.")
    async def article(self, info: Info, id: strawberry.ID) -> Article | None:
        found = await guarded(info.context.store.get_articles(ids=[str(id)]))
        return Article.of(found[0]) if found else None

    @strawberry.field(description="Articles, most recently ingested first.")
    async def articles(self, info: Info, first: int = 20, after: str | None = None) -> ArticleConnection:
        page = await guarded(info.context.store.list_articles(limit=check_first(first), cursor=after))
        cursors, info_ = page_info(after, len(page.items), page.next_cursor)
        edges = [Edge(cursor=c, node=Article.of(a)) for c, a in zip(cursors, page.items, strict=True)]
        return ArticleConnection(edges=edges, page_info=info_)


# ---- mutations: expected failures are members of the result union, not errors --------------------


@strawberry.input
class ArticleInput:
    text: str
    id: strawberry.ID | None = None
    title: str = ""
    url: str | None = None
    published_at: str | None = None
    lang: str | None = None


@strawberry.type
class ArticleOutcome:
    index: int
    id: strawberry.ID
    status: str = strawberry.field(description="created, replaced, unchanged or failed")
    error: str | None
    relations: int


@strawberry.type
class IngestResult:
    articles: list[ArticleOutcome]
    created: int
    replaced: int
    unchanged: int
    failed: int

    @classmethod
    def of(cls, report: IngestReport) -> IngestResult:
        outcomes = [
            ArticleOutcome(index=a.index, id=strawberry.ID(a.id), status=a.status, error=a.error, relations=a.relations)
            for a in report.articles
        ]
        return cls(
            articles=outcomes,
            created=report.created,
            replaced=report.replaced,
            unchanged=report.unchanged,
            failed=report.failed,
        )


@strawberry.type
class IngestQueued:
    job_id: strawberry.ID = strawberry.field(description="Poll GET /v1/jobs/{jobId} for progress.")
    submitted: int


@strawberry.type
class NotAuthorized:
    message: str


@strawberry.type
class InvalidArticles:
    message: str


@strawberry.type
class ArticleDeleted:
    id: strawberry.ID


@strawberry.type
class ArticleNotFound:
    id: strawberry.ID
    message: str


IngestArticlesResult = Annotated[
    IngestResult | IngestQueued | InvalidArticles | NotAuthorized, strawberry.union("IngestArticlesResult")
]
DeleteArticleResult = Annotated[
    ArticleDeleted | ArticleNotFound | NotAuthorized, strawberry.union("DeleteArticleResult")
]


def _authorized(info: Info) -> NotAuthorized | None:
    try:
        info.context.check_writer()
    except HTTPException as exc:
        return NotAuthorized(message=str(exc.detail))
    return None


@strawberry.type
class ArticleMutation:
    @strawberry.mutation(description="Ingest articles (runs the extraction pipeline); idempotent.")
    async def ingest_articles(self, info: Info, articles: list[ArticleInput]) -> IngestArticlesResult:
        if (refused := _authorized(info)) is not None:
            return refused
        if not articles:
            return InvalidArticles(message="no articles given")
        try:
            batch = [
                ArticleIn(
                    text=a.text,
                    id=str(a.id) if a.id else None,
                    title=a.title,
                    url=a.url,
                    published_at=a.published_at,
                    lang=a.lang,
                )
                for a in articles
            ]
        except ValueError as exc:
            return InvalidArticles(message=str(exc))
        if len(batch) > info.context.settings.ingest_sync_max:
            job = info.context.ingestor.submit(batch)
            return IngestQueued(job_id=strawberry.ID(job.id), submitted=job.submitted)
        return IngestResult.of(await guarded(info.context.ingestor.ingest(batch)))

    @strawberry.mutation(description="Retract an article and everything only it supported.")
    async def delete_article(self, info: Info, id: strawberry.ID) -> DeleteArticleResult:
        if (refused := _authorized(info)) is not None:
            return refused
        deleted = await guarded(info.context.store.delete_article(article_id=str(id)))
        if not deleted:
            return ArticleNotFound(id=id, message=f"no article with id {id!r}")
        return ArticleDeleted(id=id)
