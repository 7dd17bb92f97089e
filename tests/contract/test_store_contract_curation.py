"""Curations: records in the store that later ingests respect, and that can be undone (both stores)."""

from __future__ import annotations

import asyncio

import pytest

from queries.store import GraphStore
from schema.errors import InvalidInput, NotFound, NotUndoable, OntologyError
from schema.models import EntityPatch
from tests.factories import extraction

STORY = [("elon-musk", "FOUNDED", "xai"), ("microsoft", "INVESTS_IN", "openai")]


async def _musk_founded_xai(store: GraphStore) -> str:
    return next(r.id for r in (await store.relations_of(entity_id="xai")).items if r.type == "FOUNDED")


async def test_a_rejected_relation_is_hidden_and_stays_hidden_after_reingest(store: GraphStore) -> None:
    await store.write_article(extraction=extraction("a1", STORY))
    rid = await _musk_founded_xai(store)
    done = await store.reject_relation(relation_id=rid, who="alice")
    assert (done.kind, done.target, done.who) == ("reject", rid, "alice")
    assert await store.get_relations(ids=[rid]) == []
    assert (await store.evidence_of(relation_ids=[rid]))[rid] == []
    await store.write_article(extraction=extraction("a2", [("elon-musk", "FOUNDED", "xai")]))
    await store.write_article(extraction=extraction("a1", STORY, title="changed: replaces a1"))
    assert await store.get_relations(ids=[rid]) == []
    assert [r.type for r in (await store.relations_of(entity_id="openai")).items] == ["INVESTS_IN"]
    [listed] = (await store.curations()).items
    assert listed.id == done.id and listed.before["relation"]["id"] == rid


async def test_undoing_a_rejection_brings_the_relation_and_its_evidence_back(store: GraphStore) -> None:
    await store.write_article(extraction=extraction("a1", STORY))
    rid = await _musk_founded_xai(store)
    evidence = (await store.evidence_of(relation_ids=[rid]))[rid]
    done = await store.reject_relation(relation_id=rid, who="alice")
    await store.undo_curation(curation_id=done.id)
    [back] = await store.get_relations(ids=[rid])
    assert (back.head.id, back.type, back.tail.id, back.support) == ("elon-musk", "FOUNDED", "xai", 1)
    assert (await store.evidence_of(relation_ids=[rid]))[rid] == evidence
    assert (await store.curations()).items == []
    await store.write_article(extraction=extraction("a2", [("elon-musk", "FOUNDED", "xai")]))
    assert (await store.get_relations(ids=[rid]))[0].support == 2


async def test_an_edited_entity_keeps_its_edit_through_reingest(store: GraphStore) -> None:
    await store.write_article(extraction=extraction("a1", STORY))
    patch = EntityPatch(
        name="OpenAI Inc.", description="AI lab", add_aliases=["Open AI"], remove_aliases=["オープンAI"]
    )
    done = await store.patch_entity(entity_id="openai", patch=patch, who="bob")
    assert (done.before["name"], done.after["name"], done.who) == ("OpenAI", "OpenAI Inc.", "bob")
    await store.write_article(extraction=extraction("a2", [("microsoft", "INVESTS_IN", "openai")]))
    [openai] = await store.get_entities(ids=["openai"])
    assert (openai.name, openai.description) == ("OpenAI Inc.", "AI lab")
    assert set(openai.aliases) == {"Open AI", "OpenAI"}  # the old name still finds it; the removed alias is gone
    assert [e.id for e in (await store.search_entities(query="open ai")).items] == ["openai"]
    assert (await store.search_entities(query="オープンAI")).items == []
    await store.undo_curation(curation_id=done.id)
    [restored] = await store.get_entities(ids=["openai"])
    assert (restored.name, restored.aliases) == ("OpenAI", ["オープンAI"])


async def test_curation_errors(store: GraphStore) -> None:
    await store.write_article(extraction=extraction("a1", STORY))
    with pytest.raises(NotFound):
        await store.reject_relation(relation_id="r-nope", who="alice")
    with pytest.raises(NotFound):
        await store.patch_entity(entity_id="nobody", patch=EntityPatch(name="X"), who="alice")
    with pytest.raises(NotFound):
        await store.undo_curation(curation_id="c-nope")
    with pytest.raises(OntologyError):
        await store.patch_entity(entity_id="xai", patch=EntityPatch(type="ROBOT"), who="alice")
    with pytest.raises(InvalidInput):
        await store.patch_entity(entity_id="xai", patch=EntityPatch(), who="alice")
    assert (await store.curations()).items == []


MERGE_STORY = [
    ("elon-musk", "FOUNDED", "xai"),
    ("e-musk", "FOUNDED", "xai"),
    ("e-musk", "RIVAL_OF", "sam-altman"),
    ("e-musk", "RIVAL_OF", "elon-musk"),
]


async def test_a_merge_moves_everything_to_the_survivor_and_later_ingests_follow(store: GraphStore) -> None:
    await store.write_article(extraction=extraction("a1", MERGE_STORY, metrics=[("e-musk", "VALUATION", 1e9)]))
    await store.write_article(extraction=extraction("a2", [("e-musk", "SHORT_SELLS", "tesla")]))
    done = await store.merge_entities(source_id="e-musk", into_id="elon-musk", who="carol")
    assert (done.kind, done.target, done.into, done.who) == ("merge", "e-musk", "elon-musk", "carol")
    assert await store.get_entities(ids=["e-musk"]) == []
    [musk] = await store.get_entities(ids=["elon-musk"])
    assert {"E. Musk", "イーロン"} <= set(musk.aliases) and musk.article_count == 2
    rels = {(r.type, r.head.id, r.tail.id): r.support for r in (await store.relations_of(entity_id="elon-musk")).items}
    assert rels == {
        ("FOUNDED", "elon-musk", "xai"): 2,  # the supports add up
        ("RIVAL_OF", "elon-musk", "sam-altman"): 1,
        ("SHORT_SELLS", "elon-musk", "tesla"): 1,
    }  # the RIVAL_OF between the two became a self-loop and went
    [founded] = [r for r in (await store.relations_of(entity_id="xai")).items]
    assert len((await store.evidence_of(relation_ids=[founded.id]))[founded.id]) == 2
    assert [m.value for m in (await store.metrics_of(entity_ids=["elon-musk"]))["elon-musk"]] == [1e9]
    await store.write_article(extraction=extraction("a3", [("e-musk", "CRITICIZES", "openai")]))
    assert await store.get_entities(ids=["e-musk"]) == []
    assert ("CRITICIZES", "openai") in {
        (r.type, r.tail.id) for r in (await store.relations_of(entity_id="elon-musk")).items
    }


async def test_merge_errors(store: GraphStore) -> None:
    await store.write_article(extraction=extraction("a1", STORY))
    with pytest.raises(NotFound):
        await store.merge_entities(source_id="nobody", into_id="xai", who="carol")
    with pytest.raises(InvalidInput):
        await store.merge_entities(source_id="xai", into_id="xai", who="carol")
    with pytest.raises(InvalidInput):
        await store.merge_entities(source_id="elon-musk", into_id="xai", who="carol")  # a person into a company
    assert (await store.curations()).items == []


async def _graph_of(store: GraphStore, *ids: str) -> dict[str, object]:
    """What a reader sees of some entities: names, articles, relations with support, figures."""
    seen: dict[str, object] = {}
    for e in await store.get_entities(ids=list(ids)):
        rels = (await store.relations_of(entity_id=e.id)).items
        seen[e.id] = (
            e.name,
            sorted(e.aliases),
            e.article_count,
            sorted((r.type, r.head.id, r.tail.id, r.support) for r in rels),
            [m.value for m in (await store.metrics_of(entity_ids=[e.id]))[e.id]],
        )
    return seen


async def test_undoing_a_merge_splits_the_entities_back_as_they_were(store: GraphStore) -> None:
    await store.write_article(extraction=extraction("a1", MERGE_STORY, metrics=[("e-musk", "VALUATION", 1e9)]))
    await store.write_article(extraction=extraction("a2", [("e-musk", "SHORT_SELLS", "tesla")]))
    before = await _graph_of(store, "e-musk", "elon-musk", "xai", "sam-altman", "tesla")
    done = await store.merge_entities(source_id="e-musk", into_id="elon-musk", who="carol")
    assert await _graph_of(store, "e-musk", "elon-musk", "xai", "sam-altman", "tesla") != before
    undone = await store.undo_curation(curation_id=done.id)
    assert (undone.kind, undone.id) == ("merge", done.id)
    assert await _graph_of(store, "e-musk", "elon-musk", "xai", "sam-altman", "tesla") == before
    assert (await store.curations()).items == []
    founded = next(r for r in (await store.relations_of(entity_id="e-musk")).items if r.type == "FOUNDED")
    assert [v.text for v in (await store.evidence_of(relation_ids=[founded.id]))[founded.id]] == ["e-musk founded xai."]
    await store.write_article(extraction=extraction("a3", [("e-musk", "CRITICIZES", "openai")]))
    assert ("CRITICIZES", "openai") in {
        (r.type, r.tail.id) for r in (await store.relations_of(entity_id="e-musk")).items
    }


async def test_a_merge_whose_survivor_was_merged_again_is_undone_after_the_later_one(store: GraphStore) -> None:
    backers = [(backer, "INVESTS_IN", "tesla") for backer in ("microsoft", "openai", "xai")]
    await store.write_article(extraction=extraction("a1", backers))
    first = await store.merge_entities(source_id="microsoft", into_id="openai", who="carol")
    second = await store.merge_entities(source_id="openai", into_id="xai", who="carol")
    with pytest.raises(NotUndoable):
        await store.undo_curation(curation_id=first.id)
    assert await store.get_entities(ids=["microsoft", "openai"]) == []  # nothing half-done
    await store.undo_curation(curation_id=second.id)
    await store.undo_curation(curation_id=first.id)
    heads = {(r.head.id, r.support) for r in (await store.relations_of(entity_id="tesla")).items}
    assert heads == {("microsoft", 1), ("openai", 1), ("xai", 1)}


async def test_two_concurrent_merges_of_one_entity_leave_one_result(store: GraphStore) -> None:
    await store.write_article(extraction=extraction("a1", MERGE_STORY))
    outcomes = await asyncio.gather(
        store.merge_entities(source_id="e-musk", into_id="elon-musk", who="a"),
        store.merge_entities(source_id="e-musk", into_id="sam-altman", who="b"),
        return_exceptions=True,
    )
    done = [o for o in outcomes if not isinstance(o, BaseException)]
    assert len(done) == 1 and all(isinstance(o, NotFound) for o in outcomes if isinstance(o, BaseException))
    survivor = done[0].into
    assert await store.get_entities(ids=["e-musk"]) == []
    assert [c.id for c in (await store.curations()).items] == [done[0].id]
    heads = {r.head.id for r in (await store.relations_of(entity_id="xai")).items}
    assert heads == {"elon-musk"} | ({survivor} - {"elon-musk"})
