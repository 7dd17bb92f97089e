"""Pieces every GraphQL domain uses: paging arguments, connections, turning store errors into GraphQL errors."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Generic, TypeVar

import strawberry
from graphql import GraphQLError

from queries.cursor import decode_cursor, encode_cursor
from schema.errors import KGError

MAX_FIRST = 100
T = TypeVar("T")


def check_first(first: int) -> int:
    if not 1 <= first <= MAX_FIRST:
        raise GraphQLError(f"first must be between 1 and {MAX_FIRST}", extensions={"code": "invalid_input"})
    return first


async def guarded(call: Awaitable[T]) -> T:
    """Await a store call; the project's errors become GraphQL errors with their code."""
    try:
        return await call
    except KGError as exc:
        raise GraphQLError(str(exc), extensions={"code": exc.code}) from None


@strawberry.type
class PageInfo:
    has_next_page: bool
    end_cursor: str | None


@strawberry.type
class Edge(Generic[T]):
    cursor: str
    node: T


def page_info(after: str | None, count: int, next_cursor: str | None) -> tuple[list[str], PageInfo]:
    """Cursors of each item of a page (offsets after the page's start) and its PageInfo."""
    try:
        start = decode_cursor(after)
    except KGError as exc:
        raise GraphQLError(str(exc), extensions={"code": exc.code}) from None
    cursors = [encode_cursor(start + i + 1) for i in range(count)]
    return cursors, PageInfo(has_next_page=next_cursor is not None, end_cursor=cursors[-1] if cursors else None)
