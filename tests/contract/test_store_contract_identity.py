"""Identity keys: the store finds known actors by them in one query, and stores from before them get them."""

from __future__ import annotations

from queries.store import GraphStore
from schema.identity import identity_keys
from schema.models import ArticleMeta, ExtractedEntity, Extraction, Span
from schema.ontology import EntityType


def _article(article_id: str, *people: tuple[str, str]) -> Extraction:
    entities = [
        ExtractedEntity(id=i, name=n, type=EntityType.PERSON, mentions=[Span(text=n, start=0, end=len(n))])
        for i, n in people
    ]
    return Extraction(article=ArticleMeta(id=article_id), text="x", entities=entities)


async def test_candidates_by_name_and_by_sound_in_any_script(store: GraphStore) -> None:
    await store.write_article(extraction=_article("a1", ("person:kevin-scott", "Kevin Scott")))
    await store.write_article(extraction=_article("a2", ("person:ada-lovelace", "Ada Lovelace")))
    by_sound = await store.identity_candidates(keys=identity_keys(["ケビン・スコット"]))
    assert [(c.id, c.name, c.type) for c in by_sound] == [("person:kevin-scott", "Kevin Scott", "PERSON")]
    by_name = await store.identity_candidates(keys=identity_keys(["Ada Lovelace"]))
    assert [c.id for c in by_name] == ["person:ada-lovelace"]
    assert await store.identity_candidates(keys=identity_keys(["Grace Hopper"])) == []
    assert await store.identity_candidates(keys=[]) == []


async def test_names_learned_later_become_keys_too(store: GraphStore) -> None:
    await store.write_article(extraction=_article("a1", ("person:kevin-scott", "Kevin Scott")))
    later = _article("a2", ("person:kevin-scott", "Kevin Scott"))
    later = later.model_copy(
        update={"entities": [later.entities[0].model_copy(update={"aliases": ["ケヴィン・スコット"]})]}
    )
    await store.write_article(extraction=later)
    found = await store.identity_candidates(keys=identity_keys(["ケヴィンスコット"]))
    assert [c.id for c in found] == ["person:kevin-scott"] and "ケヴィン・スコット" in found[0].aliases
