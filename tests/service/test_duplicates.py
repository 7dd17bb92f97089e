"""A name that fits two known actors links to neither; the pairs are kept for a curator (both stores)."""

from __future__ import annotations

from queries.store import GraphStore
from schema.models import ArticleMeta, ExtractedEntity, Extraction, Span
from schema.ontology import EntityType
from service.ingestion import write_batch


def _article(article_id: str, entity_id: str, name: str) -> Extraction:
    person = ExtractedEntity(
        id=entity_id, name=name, type=EntityType.PERSON, mentions=[Span(text=name, start=0, end=1)]
    )
    return Extraction(article=ArticleMeta(id=article_id), text="x", entities=[person])


async def test_an_undecided_name_is_written_apart_and_listed_as_a_possible_duplicate(store: GraphStore) -> None:
    await store.write_article(extraction=_article("a1", "person:kevin-scott", "Kevin Scott"))
    await store.write_article(
        extraction=_article("a2", "person:ケヴィンスコット", "ケヴィン・スコット")
    )  # written unlinked
    [outcome] = await write_batch(store, [_article("a3", "person:ケビンスコット", "ケビン・スコット")])
    assert not isinstance(outcome, str) and outcome.status == "created"
    assert len(await store.get_entities(ids=["person:ケビンスコット"])) == 1  # kept apart
    pairs = (await store.possible_duplicates()).items
    assert {frozenset((p.a.id, p.b.id)) for p in pairs} == {
        frozenset(("person:ケビンスコット", "person:kevin-scott")),
        frozenset(("person:ケビンスコット", "person:ケヴィンスコット")),
    }
    await write_batch(store, [_article("a3", "person:ケビンスコット", "ケビン・スコット")])
    assert len((await store.possible_duplicates()).items) == 2  # recorded once
    await store.merge_entities(source_id="person:ケヴィンスコット", into_id="person:kevin-scott", who="carol")
    [left] = (await store.possible_duplicates()).items  # a pair whose entity was merged away is gone
    assert {left.a.id, left.b.id} == {"person:ケビンスコット", "person:kevin-scott"}
