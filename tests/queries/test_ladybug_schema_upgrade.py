"""An embedded store made before evidence and figures carried their rule, and entities their identity
keys, opens, gains the columns (keys computed for the entities it holds), and keeps what it held."""

from __future__ import annotations

from pathlib import Path

import ladybug

from queries.ladybug import LadybugStore
from queries.ladybug.ddl import STATEMENTS
from schema.identity import identity_keys
from tests.factories import extraction

OLD_STATEMENTS = [s for s in STATEMENTS if not s.startswith("ALTER")]  # the tables as first released


def _old_store(path: Path) -> None:
    """The first release's tables, with one relation's evidence written the way it wrote it."""
    db = ladybug.Database(str(path))
    conn = ladybug.Connection(db)
    for statement in OLD_STATEMENTS:
        conn.execute(statement)
    conn.execute(
        "CREATE (:Evidence {id: 'ev-old', relation_id: 'r-old', article_id: 'old', type: 'FOUNDED', "
        "head: 'elon-musk', tail: 'xai', text: 'old sentence', span_start: 0, span_end: 12, confidence: 0.9, "
        "published_at: '2025-01-01', seen_at: '2025-01-01'})"
    )
    conn.execute(
        "CREATE (:Entity {id: 'person:kevin-scott', name: 'Kevin Scott', type: 'PERSON', aliases: [], "
        "description: '', search_keys: '|kevinscott|', aliases_text: ''})"
    )
    conn.close()
    db.close()


async def test_a_store_from_before_rule_ids_is_upgraded_in_place(tmp_path: Path) -> None:
    path = tmp_path / "graph"
    _old_store(path)
    store = LadybugStore(path=path)
    try:
        await store.init_schema()
        old = (await store.evidence_of(relation_ids=["r-old"]))["r-old"]
        assert [(v.text, v.confidence, v.rule) for v in old] == [("old sentence", 0.9, "")]
        found = await store.identity_candidates(keys=identity_keys(["ケビン・スコット"]))
        assert [c.id for c in found] == ["person:kevin-scott"]
        await store.write_article(extraction=extraction("new", [("elon-musk", "FOUNDED", "openai")]))
        [rel] = (await store.relations_of(entity_id="openai")).items
        [new] = (await store.evidence_of(relation_ids=[rel.id]))[rel.id]
        assert new.rule == "test.rule"
    finally:
        await store.close()
