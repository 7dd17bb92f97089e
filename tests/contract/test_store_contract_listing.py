"""Listing every entity without a search: by type, most mentioned first or by name, cursor-paged."""

from __future__ import annotations

import pytest

from queries.store import GraphStore
from schema.errors import InvalidInput, OntologyError
from tests.factories import extraction


async def _three_articles(store: GraphStore) -> None:
    await store.write_article(extraction=extraction("a1", [("elon-musk", "FOUNDED", "xai")]))
    await store.write_article(extraction=extraction("a2", [("elon-musk", "FOUNDED", "openai")]))
    await store.write_article(extraction=extraction("a3", [("sam-altman", "LEADS", "openai")]))


async def test_most_mentioned_first_then_by_id(store: GraphStore) -> None:
    await _three_articles(store)
    page = await store.list_entities()
    assert [(e.id, e.article_count) for e in page.items] == [
        ("elon-musk", 2),
        ("openai", 2),
        ("sam-altman", 1),
        ("xai", 1),
    ]
    assert page.next_cursor is None


async def test_by_name_and_type(store: GraphStore) -> None:
    await _three_articles(store)
    names = [e.name for e in (await store.list_entities(sort="name")).items]
    assert names == sorted(names) and len(names) == 4
    people = (await store.list_entities(entity_type="PERSON", sort="name")).items
    assert [e.id for e in people] == ["elon-musk", "sam-altman"]
    with pytest.raises(OntologyError):
        await store.list_entities(entity_type="ROBOT")
    with pytest.raises(InvalidInput):
        await store.list_entities(sort="size")  # type: ignore[arg-type]


async def test_pages_walk_every_entity_once(store: GraphStore) -> None:
    await store.write_article(extraction=extraction("a1", [("elon-musk", "FOUNDED", f"c{i}") for i in range(7)]))
    seen, cursor = [], None
    for _ in range(10):
        page = await store.list_entities(limit=3, cursor=cursor)
        seen += [e.id for e in page.items]
        if (cursor := page.next_cursor) is None:
            break
    assert len(seen) == 8 and len(set(seen)) == 8
