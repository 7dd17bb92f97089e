"""`kg kb export`: the knowledge base with the store's curations and learned actors folded in, in the
knowledge base's own format (both stores)."""

from __future__ import annotations

import json
from pathlib import Path

from ingest.kb import load
from queries.store import GraphStore
from schema.models import ArticleMeta, EntityPatch, ExtractedEntity, Extraction, Span
from schema.ontology import EntityType
from service.kb_export import exported_rows


def _article(article_id: str, *entities: tuple[str, str, EntityType, list[str]]) -> Extraction:
    found = [
        ExtractedEntity(id=i, name=n, type=t, aliases=a, mentions=[Span(text=n, start=0, end=1)])
        for i, n, t, a in entities
    ]
    return Extraction(article=ArticleMeta(id=article_id), text="x", entities=found)


ORG, PERSON = EntityType.ORGANIZATION, EntityType.PERSON


async def test_export_folds_in_curations_and_learned_actors(store: GraphStore, tmp_path: Path) -> None:
    benson = ("person:harold-benson", "Harold Benson", PERSON, ["ハロルド・ベンソン"])
    await store.write_article(extraction=_article("a1", ("openai", "OpenAI", ORG, ["Open AI Inc."]), benson))
    await store.write_article(extraction=_article("a2", ("microsoft", "Microsoft", ORG, []), benson))
    await store.write_article(extraction=_article("a3", ("person:once", "Seen Once", PERSON, [])))
    await store.patch_entity(entity_id="openai", patch=EntityPatch(description="curated"), who="dana")
    await store.merge_entities(source_id="microsoft", into_id="openai", who="dana")
    rows = {r["id"]: r for r in await exported_rows(store, min_articles=2)}
    assert rows["openai"]["description"] == "curated"
    assert {"Open AI Inc.", "Microsoft", "マイクロソフト"} <= set(
        rows["openai"]["names_en"] + rows["openai"]["names_ja"]
    )
    assert "microsoft" not in rows and "elon-musk" in rows  # merged away; untouched rows stay
    assert rows["harold-benson"] == {
        "id": "harold-benson",
        "type": "PERSON",
        "name": "Harold Benson",
        "description": "",
        "names_ja": ["ハロルド・ベンソン"],
    }
    assert not any(r["name"] == "Seen Once" for r in rows.values())  # in one article only
    path = tmp_path / "entities.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows.values()), encoding="utf-8")
    kb = load(path)  # the export is a knowledge base the pipeline can load
    assert kb.lookup("ハロルド・ベンソン") is not None and kb.lookup("Microsoft").id == "openai"  # type: ignore[union-attr]
