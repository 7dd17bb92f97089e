"""A canonical view of a whole graph, read through the storage interface (so it works on both stores):
equal dumps mean equal graphs, whatever the order things were written in."""

from __future__ import annotations

from typing import Any

from queries.store import GraphStore


async def dump(store: GraphStore) -> dict[str, Any]:
    articles, cursor = [], None
    while True:
        page = await store.list_articles(limit=500, cursor=cursor)
        articles += page.items
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    per_article: dict[str, tuple[list[str], list[str]]] = {}
    for article in articles:
        graph = await store.article_graph(article_id=article.id)
        per_article[article.id] = (sorted(e.id for e in graph.entities), sorted(r.id for r in graph.relations))
    entity_ids = sorted({e for ents, _ in per_article.values() for e in ents})
    relation_ids = sorted({r for _, rels in per_article.values() for r in rels})
    entities = await store.get_entities(ids=entity_ids)
    relations = await store.get_relations(ids=relation_ids)
    evidence = await store.evidence_of(relation_ids=relation_ids, limit=500) if relation_ids else {}
    metrics = await store.metrics_of(entity_ids=entity_ids) if entity_ids else {}
    return {
        "articles": sorted((a.id, a.content_hash) for a in articles),
        "per_article": per_article,
        "entities": sorted(
            (e.id, e.name, e.type, tuple(sorted(e.aliases)), e.relation_count, e.article_count) for e in entities
        ),
        "relations": sorted((r.id, r.type, r.head.id, r.tail.id, r.support, r.confidence) for r in relations),
        "evidence": sorted(
            (v.relation_id, v.article_id, v.start, v.end, v.text) for rows in evidence.values() for v in rows
        ),
        "metrics": sorted(
            (m.entity_id, m.kind, m.value, m.article_id, m.start) for rows in metrics.values() for m in rows
        ),
        "stats": (await store.stats()).model_dump(),
    }


def article_view(full: dict[str, Any], article_id: str) -> tuple[Any, ...]:
    """What one article contributed: its entities, relations and evidence rows."""
    ents, rels = full["per_article"][article_id]
    evidence = [row for row in full["evidence"] if row[1] == article_id]
    return ents, rels, evidence
