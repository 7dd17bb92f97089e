"""Constraints and indexes. Idempotent (IF NOT EXISTS)."""

from __future__ import annotations

from schema.ontology import RELATION_TYPES, cypher_label

STATEMENTS = [
    "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
    "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
    "CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (v:Evidence) REQUIRE v.id IS UNIQUE",
    "CREATE CONSTRAINT metric_id IF NOT EXISTS FOR (m:Metric) REQUIRE m.id IS UNIQUE",
    "CREATE INDEX evidence_relation IF NOT EXISTS FOR (v:Evidence) ON (v.relation_id)",
    "CREATE INDEX evidence_article IF NOT EXISTS FOR (v:Evidence) ON (v.article_id)",
    "CREATE INDEX metric_article IF NOT EXISTS FOR (m:Metric) ON (m.article_id)",
    "CREATE INDEX metric_entity IF NOT EXISTS FOR (m:Metric) ON (m.entity_id)",
    "CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)",
    # Name search: CONTAINS over '|key|key|' uses the trigram text index.
    "CREATE TEXT INDEX entity_search_keys IF NOT EXISTS FOR (e:Entity) ON (e.search_keys)",
    # Free-text search for tools (db.index.fulltext.queryNodes); cjk tokenises Japanese by bigrams.
    "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases_text] "
    "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
]


def relation_index_statements() -> list[str]:
    return [
        f"CREATE INDEX rel_{name.lower()}_id IF NOT EXISTS FOR ()-[r:{cypher_label(name)}]-() ON (r.id)"
        for name in RELATION_TYPES
    ]
