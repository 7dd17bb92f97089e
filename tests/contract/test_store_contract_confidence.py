"""Confidence and rule ids: stored with the evidence and figures, and reads that keep only confident relations."""

from __future__ import annotations

import pytest

from queries.store import GraphStore
from schema.errors import InvalidInput
from tests.factories import extraction


async def _two_confidences(store: GraphStore) -> None:
    await store.write_article(extraction=extraction("sure", [("elon-musk", "FOUNDED", "xai")], confidence=0.9))
    unsure = [("microsoft", "INVESTS_IN", "openai"), ("elon-musk", "RIVAL_OF", "sam-altman")]
    await store.write_article(extraction=extraction("unsure", unsure, confidence=0.55))


async def test_min_confidence_filters_every_relation_read(store: GraphStore) -> None:
    await _two_confidences(store)
    everything = (await store.relations_of(entity_id="elon-musk")).items
    assert {r.type for r in everything} == {"FOUNDED", "RIVAL_OF"}
    confident = (await store.relations_of(entity_id="elon-musk", min_confidence=0.8)).items
    assert [(r.type, r.tail.id, r.confidence) for r in confident] == [("FOUNDED", "xai", 0.9)]
    many = await store.relations_of_many(entity_ids=["elon-musk", "openai"], min_confidence=0.8)
    assert [r.type for r in many["elon-musk"]] == ["FOUNDED"] and many["openai"] == []
    found = (await store.find_relations(min_confidence=0.8)).items
    assert [(r.head.id, r.type, r.tail.id) for r in found] == [("elon-musk", "FOUNDED", "xai")]
    assert len((await store.find_relations(min_confidence=0.5)).items) == 3
    symmetric = (await store.find_relations(head_id="sam-altman", types=["RIVAL_OF"], min_confidence=0.5)).items
    assert len(symmetric) == 1  # the other order of a symmetric pair is filtered the same way
    assert (await store.find_relations(head_id="sam-altman", types=["RIVAL_OF"], min_confidence=0.6)).items == []


async def test_a_relation_is_as_confident_as_its_most_confident_evidence(store: GraphStore) -> None:
    await store.write_article(extraction=extraction("low", [("elon-musk", "FOUNDED", "xai")], confidence=0.5))
    await store.write_article(extraction=extraction("high", [("elon-musk", "FOUNDED", "xai")], confidence=0.85))
    [rel] = (await store.relations_of(entity_id="xai", min_confidence=0.8)).items
    assert (rel.confidence, rel.support) == (0.85, 2)
    evidence = (await store.evidence_of(relation_ids=[rel.id]))[rel.id]
    assert sorted((v.article_id, v.confidence, v.rule) for v in evidence) == [
        ("high", 0.85, "test.rule"),
        ("low", 0.5, "test.rule"),
    ]
    await store.delete_article(article_id="high")
    assert (await store.relations_of(entity_id="xai", min_confidence=0.8)).items == []


async def test_figures_keep_their_rule_and_confidence(store: GraphStore) -> None:
    await store.write_article(extraction=extraction("a1", [], metrics=[("xai", "VALUATION", 2e11)]))
    [figure] = (await store.metrics_of(entity_ids=["xai"]))["xai"]
    assert (figure.confidence, figure.rule) == (0.7, "test.figure")


@pytest.mark.parametrize("floor", [-0.1, 1.5])
async def test_confidence_outside_zero_to_one_is_refused(store: GraphStore, floor: float) -> None:
    with pytest.raises(InvalidInput):
        await store.relations_of(entity_id="elon-musk", min_confidence=floor)
    with pytest.raises(InvalidInput):
        await store.find_relations(min_confidence=floor)
