"""Query parameters shared by the routers."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query

from queries.cursor import MAX_LIMIT

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size, at most {MAX_LIMIT}")]
Cursor = Annotated[str | None, Query(max_length=200, description="opaque cursor from the previous page's next_cursor")]
MinConfidence = Annotated[
    float, Query(ge=0.0, le=1.0, description="only relations at least this confident (0-1; the rule's confidence)")
]
RelationTypes = Annotated[
    list[str] | None, Query(alias="type", max_length=20, description="relation types (repeatable), from /v1/ontology")
]
