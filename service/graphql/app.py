"""The schema, its limits, and the FastAPI router serving it at /graphql."""

from __future__ import annotations

import strawberry
from strawberry.extensions import MaxAliasesLimiter, MaxTokensLimiter, QueryDepthLimiter
from strawberry.fastapi import GraphQLRouter

from service.config import Settings
from service.graphql.articles import ArticleMutation, ArticleQuery
from service.graphql.context import Context, context_for
from service.graphql.entities import EntityQuery
from service.graphql.meta import MetaQuery
from service.graphql.relations import RelationQuery

MAX_DEPTH = 12
MAX_ALIASES = 30
MAX_TOKENS = 3000


@strawberry.type
class Query(EntityQuery, RelationQuery, ArticleQuery, MetaQuery):
    pass


@strawberry.type
class Mutation(ArticleMutation):
    pass


schema = strawberry.Schema(
    query=Query,
    mutation=Mutation,
    extensions=[
        lambda: QueryDepthLimiter(max_depth=MAX_DEPTH),
        lambda: MaxAliasesLimiter(max_alias_count=MAX_ALIASES),
        lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS),
    ],
)


def graphql_router(settings: Settings) -> GraphQLRouter[Context, None]:
    return GraphQLRouter(
        schema,
        context_getter=context_for,
        graphql_ide="graphiql" if settings.graphiql else None,
        allow_queries_via_get=True,
        tags=["graphql"],
    )
