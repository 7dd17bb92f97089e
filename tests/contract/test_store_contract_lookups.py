"""The storage contract, part two: batched lookups for GraphQL and the article/relation listings."""

from __future__ import annotations

import pytest

from queries.store import GraphStore
from schema.errors import InvalidInput, NotFound, OntologyError
from tests.contract.test_store_contract import MUSK_STORY
from tests.factories import extraction


async def test_relations_of_many_equals_relations_of_each(store: GraphStore) -> None:
    await store.write_article(extraction=extraction("a1", MUSK_STORY))
    await store.write_article(extraction=extraction("a2", [("elon-musk", "FOUNDED", "xai")]))
    ids = ["elon-musk", "openai", "sam-altman", "missing"]
    for direction in ("out", "in", "both"):
        many = await store.relations_of_many(entity_ids=ids, direction=direction, limit=2)  # type: ignore[arg-type]
        for eid in ids:
            one = await store.relations_of(entity_id=eid, direction=direction, limit=2)  # type: ignore[arg-type]
            assert many[eid] == one.items, (direction, eid)
    founded = await store.relations_of_many(entity_ids=["elon-musk"], types=["FOUNDED"])
    assert [r.tail.id for r in founded["elon-musk"]] == ["xai", "openai"]  # most supported first


async def test_find_relations_by_type_and_ends(store: GraphStore) -> None:
    await store.write_article(extraction=extraction("a1", MUSK_STORY))
    founded = await store.find_relations(types=["FOUNDED"])
    assert {(r.head.id, r.tail.id) for r in founded.items} == {("elon-musk", "xai"), ("elon-musk", "openai")}
    to_openai = await store.find_relations(tail_id="openai")
    assert {(r.head.id, r.type) for r in to_openai.items} == {("elon-musk", "FOUNDED"), ("microsoft", "INVESTS_IN")}
    exact = await store.find_relations(head_id="microsoft", tail_id="openai")
    assert [r.type for r in exact.items] == ["INVESTS_IN"]
    assert (await store.find_relations(head_id="openai", tail_id="microsoft")).items == []
    # A symmetric relation is found whichever end is called head.
    for head, tail in (("elon-musk", "sam-altman"), ("sam-altman", "elon-musk")):
        assert [r.type for r in (await store.find_relations(head_id=head, tail_id=tail)).items] == ["RIVAL_OF"]
    with pytest.raises(OntologyError):
        await store.find_relations(types=["LOVES"])


async def test_find_relations_pages_walk_everything_once(store: GraphStore) -> None:
    await store.write_article(extraction=extraction("a1", MUSK_STORY))
    seen, cursor = [], None
    while True:
        page = await store.find_relations(limit=2, cursor=cursor)
        seen += [r.id for r in page.items]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert len(seen) == len(set(seen)) == len(MUSK_STORY)


async def test_article_graph_lists_its_entities_and_relations(store: GraphStore) -> None:
    await store.write_article(extraction=extraction("a1", MUSK_STORY))
    await store.write_article(extraction=extraction("a2", [("elon-musk", "FOUNDED", "xai")]))
    graph = await store.article_graph(article_id="a2")
    assert graph.article.id == "a2"
    assert {e.id for e in graph.entities} == {"elon-musk", "xai"}
    assert [(r.head.id, r.type, r.tail.id, r.support) for r in graph.relations] == [("elon-musk", "FOUNDED", "xai", 2)]
    with pytest.raises(NotFound):
        await store.article_graph(article_id="nope")


async def test_articles_of_entities_newest_first(store: GraphStore) -> None:
    await store.write_article(extraction=extraction("old", MUSK_STORY, published_at="2024-01-01"))
    await store.write_article(
        extraction=extraction("new", [("elon-musk", "FOUNDED", "xai")], published_at="2026-01-01")
    )
    found = await store.articles_of(entity_ids=["elon-musk", "microsoft", "missing"], limit=5)
    assert [a.id for a in found["elon-musk"]] == ["new", "old"]
    assert [a.id for a in found["microsoft"]] == ["old"]
    assert found["missing"] == []
    assert [a.id for a in (await store.articles_of(entity_ids=["elon-musk"], limit=1))["elon-musk"]] == ["new"]
    with pytest.raises(InvalidInput):
        await store.articles_of(entity_ids=["elon-musk"], limit=0)
