"""Transaction functions that write or retract one article. Every bulk write is UNWIND $rows."""

from __future__ import annotations

from neo4j import AsyncManagedTransaction

from queries.neo4j import read
from queries.rows import ArticleRows, Row, merge_entity
from schema.ontology import cypher_label

ENTITY_FIELDS = (
    "id: r.id, name: r.name, type: r.type, aliases: r.aliases, description: r.description, "
    "search_keys: r.search_keys, aliases_text: r.aliases_text, identity_keys: r.identity_keys"
)


async def article_hash(tx: AsyncManagedTransaction, article_id: str) -> str | None:
    found = await read.rows(tx, "MATCH (a:Article {id: $id}) RETURN a.content_hash AS h", id=article_id)
    return found[0]["h"] if found else None


async def _unwind(tx: AsyncManagedTransaction, query: str, rows: list[Row]) -> None:
    if rows:  # an empty batch would still cost a round trip
        await (await tx.run(query, rows=rows)).consume()


async def article_hashes(tx: AsyncManagedTransaction, ids: list[str]) -> dict[str, str]:
    found = await read.rows(
        tx, "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.content_hash AS h", ids=ids
    )
    return {r["id"]: r["h"] for r in found}


async def write_rows(tx: AsyncManagedTransaction, rows: ArticleRows) -> None:
    await _merge_entities(tx, rows.entities)
    await _unwind(tx, "UNWIND $rows AS r CREATE (a:Article) SET a = r", rows.articles)
    await _unwind(
        tx,
        "UNWIND $rows AS r MATCH (a:Article {id: r.article_id}) MATCH (e:Entity {id: r.entity_id}) "
        "CREATE (a)-[:MENTIONS {count: r.count, spans: r.spans}]->(e)",
        rows.mentions,
    )
    for type_name, rels in rows.relations_by_type.items():
        # Relationship types cannot be parameters: one statement per type, the type from the ontology.
        await _unwind(
            tx,
            f"UNWIND $rows AS r MATCH (h:Entity {{id: r.head}}) MATCH (t:Entity {{id: r.tail}}) "
            f"MERGE (h)-[x:{cypher_label(type_name)} {{id: r.id}}]->(t) "
            "ON CREATE SET x.support = 0, x.confidence = 0.0, x.first_seen = r.first_seen, "
            "x.last_seen = r.last_seen "
            "SET x.support = x.support + r.support, "
            "x.confidence = CASE WHEN x.confidence > r.confidence THEN x.confidence ELSE r.confidence END, "
            "x.first_seen = CASE WHEN x.first_seen < r.first_seen THEN x.first_seen ELSE r.first_seen END, "
            "x.last_seen = CASE WHEN x.last_seen > r.last_seen THEN x.last_seen ELSE r.last_seen END",
            rels,
        )
    await _unwind(tx, "UNWIND $rows AS r CREATE (v:Evidence) SET v = r", rows.evidence)
    await _unwind(tx, "UNWIND $rows AS r CREATE (m:Metric) SET m = r", rows.metrics)


async def _merge_entities(tx: AsyncManagedTransaction, entities: list[Row]) -> None:
    # MERGE, not CREATE: a concurrent writer may have created the same entity meanwhile. Only entities
    # this batch adds a name or a description to come back to Python (returning every stored entity
    # cost more than all the batch's relation writes); a node just created holds the row, so it is not.
    stale = await read.rows(
        tx,
        f"UNWIND $rows AS r MERGE (e:Entity {{id: r.id}}) ON CREATE SET e += {{{ENTITY_FIELDS}}} "
        "WITH e, r, coalesce(e.aliases, []) AS known "
        "WHERE NOT (r.name = e.name OR r.name IN known) OR any(a IN r.aliases WHERE NOT a IN known) "
        "OR (coalesce(e.description, '') = '' AND r.description <> '') "
        "RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, e.description AS description",
        rows=entities,
    )
    new_by_id = {e["id"]: e for e in entities}
    changed = [m for row in stale if (m := merge_entity(row, new_by_id[row["id"]])) is not None]
    await _unwind(
        tx,
        "UNWIND $rows AS r MATCH (e:Entity {id: r.id}) "
        "SET e.aliases = r.aliases, e.description = r.description, "
        "e.search_keys = r.search_keys, e.aliases_text = r.aliases_text, e.identity_keys = r.identity_keys",
        changed,
    )


async def set_entity(tx: AsyncManagedTransaction, row: Row) -> None:
    """Every field of one entity, as a curation left it."""
    await _unwind(
        tx,
        "UNWIND $rows AS r MATCH (e:Entity {id: r.id}) SET e.name = r.name, e.type = r.type, e.aliases = r.aliases, "
        "e.description = r.description, e.search_keys = r.search_keys, e.aliases_text = r.aliases_text, "
        "e.identity_keys = r.identity_keys",
        [row],
    )


async def set_identity_keys(tx: AsyncManagedTransaction, keyed: list[Row]) -> None:
    await _unwind(tx, "UNWIND $rows AS r MATCH (e:Entity {id: r.id}) SET e.identity_keys = r.identity_keys", keyed)


async def delete_article(tx: AsyncManagedTransaction, article_id: str) -> bool:
    if await article_hash(tx, article_id) is None:
        return False
    touched = await read.rows(
        tx,
        "MATCH (v:Evidence {article_id: $id}) "
        "RETURN DISTINCT v.relation_id AS id, v.type AS type, v.head AS head, v.tail AS tail",
        id=article_id,
    )
    await tx.run("MATCH (v:Evidence {article_id: $id}) DELETE v", id=article_id)
    by_type: dict[str, list[Row]] = {}
    for row in touched:
        by_type.setdefault(row["type"], []).append(row)
    for type_name, rels in by_type.items():
        await recompute_relations(tx, type_name, rels)
    await tx.run("MATCH (m:Metric {article_id: $id}) DETACH DELETE m", id=article_id)
    await tx.run(
        "MATCH (a:Article {id: $id}) OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity) "
        "WITH a, collect(e) AS entities DETACH DELETE a "
        "WITH entities UNWIND entities AS e "
        "WITH e WHERE NOT EXISTS { (:Article)-[:MENTIONS]->(e) } DETACH DELETE e",
        id=article_id,
    )
    return True


async def recompute_relations(tx: AsyncManagedTransaction, type_name: str, rels: list[Row]) -> None:
    """Support, confidence and first/last seen from the evidence that remains; no evidence, no edge."""
    await _unwind(
        tx,
        f"UNWIND $rows AS r MATCH (:Entity {{id: r.head}})-[x:{cypher_label(type_name)} {{id: r.id}}]->"
        "(:Entity {id: r.tail}) "
        "OPTIONAL MATCH (v:Evidence {relation_id: r.id}) "
        "WITH x, count(v) AS n, max(v.confidence) AS c, min(v.seen_at) AS first, max(v.seen_at) AS last "
        "FOREACH (_ IN CASE WHEN n = 0 THEN [1] ELSE [] END | DELETE x) "
        "FOREACH (_ IN CASE WHEN n > 0 THEN [1] ELSE [] END | "
        "SET x.support = n, x.confidence = c, x.first_seen = first, x.last_seen = last)",
        rels,
    )
