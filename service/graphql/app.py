"""The schema, its limits, and the FastAPI router serving it at /graphql."""

from __future__ import annotations

import strawberry
from strawberry.extensions import (
    AddValidationRules,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    ValidationCache,
)
from strawberry.fastapi import GraphQLRouter

from service.config import Settings
from service.graphql.articles import ArticleMutation, ArticleQuery
from service.graphql.context import Context, context_for
from service.graphql.curations import CurationMutation, CurationQuery
from service.graphql.entities import EntityQuery
from service.graphql.meta import MetaQuery
from service.graphql.relations import RelationQuery

MAX_DEPTH = 12
MAX_ALIASES = 30
MAX_TOKENS = 3000


@strawberry.type
class Query(EntityQuery, RelationQuery, ArticleQuery, MetaQuery, CurationQuery):
    pass


@strawberry.type
class Mutation(ArticleMutation, CurationMutation):
    pass


# The limiters' rule classes are made once: ValidationCache keys on them, so per-request instances
# of QueryDepthLimiter/MaxAliasesLimiter would make every request a cache miss.
_LIMIT_RULES = [
    *QueryDepthLimiter(max_depth=MAX_DEPTH).validation_rules,
    *MaxAliasesLimiter(max_alias_count=MAX_ALIASES).validation_rules,
]

schema = strawberry.Schema(
    query=Query,
    mutation=Mutation,
    extensions=[
        # Frontends send the same few documents again and again: parse and validate each once.
        lambda: ParserCache(maxsize=256),
        lambda: ValidationCache(maxsize=256),
        lambda: AddValidationRules(_LIMIT_RULES),
        lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS),
    ],
)


def graphql_router(settings: Settings) -> GraphQLRouter[Context, None]:
    return GraphQLRouter(
        schema,
        context_getter=context_for,
        graphql_ide="graphiql" if settings.graphiql else None,
        allow_queries_via_get=True,
        # GraphQL documents itself (introspection, GraphiQL); in OpenAPI its routes would only be
        # mis-described (GET answers the GraphiQL page as HTML).
        include_in_schema=False,
    )
