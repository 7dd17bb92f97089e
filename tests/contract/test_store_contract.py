"""The storage contract: every GraphStore operation, on every store (test ids name the store)."""

from __future__ import annotations

import pytest

from queries.store import GraphStore
from schema.errors import InvalidInput, OntologyError
from tests.factories import entity, extraction

MUSK_STORY = [
    ("elon-musk", "FOUNDED", "xai"),
    ("elon-musk", "FOUNDED", "openai"),
    ("microsoft", "INVESTS_IN", "openai"),
    ("elon-musk", "RIVAL_OF", "sam-altman"),
    ("bill-gates", "SHORT_SELLS", "tesla"),
]


async def test_write_then_read_entities_in_asked_order(store: GraphStore) -> None:
    outcome = await store.write_article(extraction=extraction("a1", MUSK_STORY))
    assert outcome.status == "created" and outcome.relations == 5
    found = await store.get_entities(ids=["xai", "missing", "elon-musk"])
    assert [e.id for e in found] == ["xai", "elon-musk"]
    musk = found[1]
    assert musk.type == "PERSON" and "マスク" in musk.aliases
    assert musk.relation_count == 3 and musk.article_count == 1


async def test_same_article_twice_changes_nothing(store: GraphStore) -> None:
    article = extraction("a1", MUSK_STORY)
    await store.write_article(extraction=article)
    before = await store.stats()
    again = await store.write_article(extraction=article)
    assert again.status == "unchanged"
    assert await store.stats() == before
    rel = (await store.relations_of(entity_id="xai", types=["FOUNDED"])).items[0]
    assert rel.support == 1


async def test_changed_article_replaces_its_old_evidence(store: GraphStore) -> None:
    await store.write_article(extraction=extraction("a1", MUSK_STORY))
    await store.write_article(extraction=extraction("a2", [("elon-musk", "FOUNDED", "xai")]))
    outcome = await store.write_article(extraction=extraction("a1", [("bill-gates", "SHORT_SELLS", "tesla")]))
    assert outcome.status == "replaced"
    stats = await store.stats()
    assert stats.relations_by_type == {"FOUNDED": 1, "SHORT_SELLS": 1}
    assert {e.id for e in await store.get_entities(ids=["openai", "sam-altman", "xai"])} == {"xai"}


async def test_support_counts_articles_and_delete_leaves_no_orphans(store: GraphStore) -> None:
    await store.write_article(extraction=extraction("a1", MUSK_STORY, published_at="2025-03-01"))
    await store.write_article(extraction=extraction("a2", [("elon-musk", "FOUNDED", "xai")], published_at="2026-02-01"))
    founded = (await store.relations_of(entity_id="xai", types=["FOUNDED"])).items[0]
    assert (founded.support, founded.first_seen, founded.last_seen) == (2, "2025-03-01", "2026-02-01")
    assert await store.delete_article(article_id="a1") is True
    founded = (await store.relations_of(entity_id="xai", types=["FOUNDED"])).items[0]
    assert (founded.support, founded.first_seen) == (1, "2026-02-01")
    assert await store.get_entities(ids=["openai", "bill-gates"]) == []
    assert await store.delete_article(article_id="a2") is True
    assert await store.delete_article(article_id="a2") is False
    stats = await store.stats()
    assert (stats.articles, stats.entities, stats.relations, stats.evidence, stats.metrics) == (0, 0, 0, 0, 0)


@pytest.mark.parametrize("query", ["マスク", "馬斯克", "musk", "Elon Musk", "ELON  MUSK", "ﾏｽｸ"])
async def test_search_by_any_name_or_script(store: GraphStore, query: str) -> None:
    await store.write_article(extraction=extraction("a1", MUSK_STORY))
    page = await store.search_entities(query=query)
    assert page.items[0].id == "elon-musk"


async def test_search_ranks_exact_before_substring_and_filters_type(store: GraphStore) -> None:
    await store.write_article(
        extraction=extraction("a1", [("openai", "COMPETES_WITH", "open"), ("openai", "COMPETES_WITH", "opencorp")])
    )
    assert next(e.id for e in (await store.search_entities(query="open")).items) == "open"
    assert (await store.search_entities(query="open", entity_type="PERSON")).items == []
    with pytest.raises(OntologyError):
        await store.search_entities(query="open", entity_type="ROBOT")


async def test_search_pagination_walks_every_match_once(store: GraphStore) -> None:
    await store.write_article(
        extraction=extraction(
            "a1",
            [
                ("org-a", "COMPETES_WITH", "org-b"),
                ("org-c", "COMPETES_WITH", "org-d"),
                ("org-e", "COMPETES_WITH", "org-a"),
            ],
        )
    )
    seen, cursor = [], None
    while True:
        page = await store.search_entities(query="org", limit=2, cursor=cursor)
        seen += [e.id for e in page.items]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert sorted(seen) == ["org-a", "org-b", "org-c", "org-d", "org-e"]
    with pytest.raises(InvalidInput):
        await store.search_entities(query="org", cursor="not-a-cursor!")
    with pytest.raises(InvalidInput):
        await store.search_entities(query="org", limit=0)


async def test_relations_by_direction_type_and_support(store: GraphStore) -> None:
    await store.write_article(extraction=extraction("a1", MUSK_STORY))
    await store.write_article(extraction=extraction("a2", [("elon-musk", "FOUNDED", "openai")]))
    out = (await store.relations_of(entity_id="elon-musk", direction="out")).items
    assert next((r.type, r.tail.id) for r in out) == ("FOUNDED", "openai")  # support 2 comes first
    assert {(r.type, r.tail.id) for r in out} == {("FOUNDED", "openai"), ("FOUNDED", "xai"), ("RIVAL_OF", "sam-altman")}
    incoming = (await store.relations_of(entity_id="openai", direction="in")).items
    assert {r.head.id for r in incoming} == {"elon-musk", "microsoft"}
    assert (await store.relations_of(entity_id="openai", direction="out")).items == []
    only = (await store.relations_of(entity_id="openai", types=["INVESTS_IN"])).items
    assert [(r.head.id, r.tail.id) for r in only] == [("microsoft", "openai")]
    with pytest.raises(OntologyError):
        await store.relations_of(entity_id="openai", types=["LIKES"])


async def test_symmetric_relation_is_one_edge_seen_from_both_ends(store: GraphStore) -> None:
    await store.write_article(extraction=extraction("a1", [("sam-altman", "RIVAL_OF", "elon-musk")]))
    await store.write_article(extraction=extraction("a2", [("elon-musk", "RIVAL_OF", "sam-altman")]))
    assert (await store.stats()).relations == 1
    for person in ("elon-musk", "sam-altman"):
        rels = (await store.relations_of(entity_id=person, direction="out")).items
        assert [(r.type, r.support) for r in rels] == [("RIVAL_OF", 2)]


async def test_relation_pages_have_no_gaps_or_repeats(store: GraphStore) -> None:
    triples = [("elon-musk", "FOUNDED", f"company-{i}") for i in range(7)]
    await store.write_article(extraction=extraction("a1", triples))
    ids, cursor = [], None
    for _ in range(10):
        page = await store.relations_of(entity_id="elon-musk", limit=3, cursor=cursor)
        ids += [r.id for r in page.items]
        cursor = page.next_cursor
        if cursor is None:
            break
    assert len(ids) == 7 and len(set(ids)) == 7


async def test_neighbourhood_depth_and_cap(store: GraphStore) -> None:
    await store.write_article(extraction=extraction("a1", MUSK_STORY))
    one = await store.neighbourhood(entity_id="microsoft", depth=1)
    assert {n.id for n in one.nodes} == {"microsoft", "openai"}
    two = await store.neighbourhood(entity_id="microsoft", depth=2)
    assert {n.id for n in two.nodes} == {"microsoft", "openai", "elon-musk"}
    assert {(e.head.id, e.tail.id) for e in two.edges} == {("microsoft", "openai"), ("elon-musk", "openai")}
    capped = await store.neighbourhood(entity_id="elon-musk", depth=2, limit=2)
    assert len(capped.nodes) == 2 and capped.truncated
    typed = await store.neighbourhood(entity_id="elon-musk", types=["RIVAL_OF"])
    assert {n.id for n in typed.nodes} == {"elon-musk", "sam-altman"}
    assert (await store.neighbourhood(entity_id="nobody")).nodes == []
    with pytest.raises(InvalidInput):
        await store.neighbourhood(entity_id="elon-musk", depth=4)


async def test_shortest_paths(store: GraphStore) -> None:
    await store.write_article(extraction=extraction("a1", MUSK_STORY))
    paths = await store.shortest_paths(source_id="microsoft", target_id="sam-altman", max_hops=4)
    assert [[n.id for n in p.nodes] for p in paths] == [["microsoft", "openai", "elon-musk", "sam-altman"]]
    assert [e.type for e in paths[0].edges] == ["INVESTS_IN", "FOUNDED", "RIVAL_OF"]
    assert await store.shortest_paths(source_id="microsoft", target_id="sam-altman", max_hops=2) == []
    assert await store.shortest_paths(source_id="microsoft", target_id="tesla", max_hops=6) == []
    with pytest.raises(InvalidInput):
        await store.shortest_paths(source_id="microsoft", target_id="tesla", max_hops=7)


async def test_evidence_metrics_and_relations_by_id(store: GraphStore) -> None:
    await store.write_article(
        extraction=extraction("a1", MUSK_STORY, title="The race", metrics=[("xai", "VALUATION", 2e11)])
    )
    rel = (await store.relations_of(entity_id="xai", types=["FOUNDED"])).items[0]
    evidence = await store.evidence_of(relation_ids=[rel.id, "r-unknown"])
    assert evidence["r-unknown"] == []
    [piece] = evidence[rel.id]
    assert (piece.article_id, piece.article_title, piece.text) == ("a1", "The race", "elon-musk founded xai.")
    assert (piece.start, piece.end) == (0, len(piece.text))
    [figure] = (await store.metrics_of(entity_ids=["xai"]))["xai"]
    assert (figure.kind, figure.value, figure.article_id) == ("VALUATION", 2e11, "a1")
    assert [r.id for r in await store.get_relations(ids=["nope", rel.id])] == [rel.id]


async def test_articles_listing_and_lookup(store: GraphStore) -> None:
    for i in range(3):
        await store.write_article(extraction=extraction(f"a{i}", [("elon-musk", "FOUNDED", f"c{i}")]))
    first = await store.list_articles(limit=2)
    rest = await store.list_articles(limit=2, cursor=first.next_cursor)
    assert len(first.items) == 2 and len(rest.items) == 1 and rest.next_cursor is None
    assert {a.id for a in first.items + rest.items} == {"a0", "a1", "a2"}
    [article] = await store.get_articles(ids=["a1", "zz"])
    assert article.title == "Article a1" and article.content_hash


async def test_batch_write_merges_shared_entities_and_relations(store: GraphStore) -> None:
    batch = [
        extraction("a1", MUSK_STORY),
        extraction("a2", [("elon-musk", "FOUNDED", "xai")]),
        extraction("a1", MUSK_STORY),
    ]
    outcomes = await store.write_articles(extractions=batch)
    assert [o.status for o in outcomes] == ["created", "created", "created"]
    founded = (await store.relations_of(entity_id="xai", types=["FOUNDED"])).items[0]
    assert founded.support == 2
    stats = await store.stats()
    assert (stats.articles, stats.entities) == (2, 7)


async def test_relation_to_unknown_entity_is_refused_and_nothing_written(store: GraphStore) -> None:
    good = extraction("a1", MUSK_STORY)
    bad = extraction("a2", [("elon-musk", "FOUNDED", "xai")])
    bad = bad.model_copy(update={"entities": bad.entities[:1]})
    with pytest.raises(InvalidInput):
        await store.write_articles(extractions=[good, bad])
    assert (await store.stats()).articles == 0


async def test_ping_and_schema_init_are_repeatable(store: GraphStore) -> None:
    await store.init_schema()
    await store.ping()


async def test_names_from_a_later_article_join_the_entity_and_its_search(store: GraphStore) -> None:
    await store.write_article(extraction=extraction("a1", MUSK_STORY))
    later = extraction("a2", [("elon-musk", "FOUNDED", "xai")])
    later.entities[0] = entity("elon-musk", "馬斯ク")  # the first of the sorted ids
    await store.write_article(extraction=later)
    musk = (await store.get_entities(ids=["elon-musk"]))[0]
    assert {"マスク", "馬斯克", "馬斯ク"} <= set(musk.aliases)
    assert [e.id for e in (await store.search_entities(query="馬斯ク")).items][:1] == ["elon-musk"]
