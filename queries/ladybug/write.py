"""Writes on the embedded store: resolve what exists in one query, bulk-load what is new with COPY.

Cypher MERGE/CREATE of relationships runs at ~600-1,800 rows/s here while COPY from an Arrow table
reaches ~200k rows/s, so new rows go through COPY (inside the same transaction), except small node
batches, which conn.copy CREATEs to keep the buffer pool from filling up."""

from __future__ import annotations

import ladybug

from queries.ladybug import ddl
from queries.ladybug.conn import Row, copy, rows, run, unwind
from queries.rows import ArticleRows, merge_entity


def article_hashes(conn: ladybug.Connection, ids: list[str]) -> dict[str, str]:
    found = rows(conn, "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.content_hash AS h", ids=ids)
    return {r["id"]: r["h"] for r in found}


def write_rows(conn: ladybug.Connection, batch: ArticleRows) -> None:
    _write_entities(conn, batch.entities)
    copy(conn, "Article", ddl.ARTICLE_COLUMNS, batch.articles)
    copy(conn, "MENTIONS", ddl.MENTION_COLUMNS, batch.mentions)
    _write_relations(conn, batch.relations)
    copy(conn, "Evidence", ddl.EVIDENCE_COLUMNS, batch.evidence)
    copy(conn, "Metric", ddl.METRIC_COLUMNS, batch.metrics)


def _write_entities(conn: ladybug.Connection, entities: list[Row]) -> None:
    existing = {
        r["id"]: r
        for r in rows(
            conn,
            "UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.id AS id, e.name AS name, "
            "e.type AS type, e.aliases AS aliases, e.description AS description",
            ids=[e["id"] for e in entities],
        )
    }
    copy(conn, "Entity", ddl.ENTITY_COLUMNS, [e for e in entities if e["id"] not in existing])
    changed = [m for e in entities if e["id"] in existing if (m := merge_entity(existing[e["id"]], e)) is not None]
    unwind(
        conn,
        "UNWIND $rows AS r MATCH (e:Entity {id: r.id}) SET e.aliases = r.aliases, "
        "e.description = r.description, e.search_keys = r.search_keys, e.aliases_text = r.aliases_text, "
        "e.identity_keys = r.identity_keys",
        changed,
    )


def set_identity_keys(conn: ladybug.Connection, keyed: list[Row]) -> None:
    unwind(conn, "UNWIND $rows AS r MATCH (e:Entity {id: r.id}) SET e.identity_keys = r.identity_keys", keyed)


# A rel table has no index on its properties: matching `(:Entity {id: r.head})-[x]->(:Entity {id: r.tail})
# WHERE x.id = r.id` made the planner scan every RELATED edge per batch (30 s of a 50 s bench). Matching
# from the head's primary key and walking its adjacency is an index lookup per row.
_EDGE_BY_HEAD = "UNWIND $rows AS r MATCH (:Entity {id: r.head})-[x:RELATED]->() WHERE x.id = r.id "


def _write_relations(conn: ladybug.Connection, relations: list[Row]) -> None:
    heads = sorted({r["head"] for r in relations})
    found = (
        rows(conn, "UNWIND $heads AS h MATCH (:Entity {id: h})-[x:RELATED]->() RETURN x.id AS id", heads=heads)
        if heads
        else []
    )
    existing = {r["id"] for r in found}
    copy(conn, "RELATED", ddl.RELATED_COLUMNS, [r for r in relations if r["id"] not in existing])
    unwind(
        conn,
        _EDGE_BY_HEAD + "SET x.support = x.support + r.support, "
        "x.confidence = CASE WHEN x.confidence > r.confidence THEN x.confidence ELSE r.confidence END, "
        "x.first_seen = CASE WHEN x.first_seen < r.first_seen THEN x.first_seen ELSE r.first_seen END, "
        "x.last_seen = CASE WHEN x.last_seen > r.last_seen THEN x.last_seen ELSE r.last_seen END",
        [r for r in relations if r["id"] in existing],
    )


def delete_article(conn: ladybug.Connection, article_id: str) -> bool:
    if not article_hashes(conn, [article_id]):
        return False
    touched = rows(
        conn,
        "MATCH (v:Evidence) WHERE v.article_id = $id "
        "RETURN DISTINCT v.relation_id AS id, v.head AS head, v.tail AS tail",
        id=article_id,
    )
    run(conn, "MATCH (v:Evidence) WHERE v.article_id = $id DELETE v", id=article_id)
    recompute_relations(conn, touched)
    run(conn, "MATCH (m:Metric) WHERE m.article_id = $id DELETE m", id=article_id)
    mentioned = [
        r["id"]
        for r in rows(conn, "MATCH (:Article {id: $id})-[:MENTIONS]->(e:Entity) RETURN e.id AS id", id=article_id)
    ]
    run(conn, "MATCH (a:Article {id: $id}) DETACH DELETE a", id=article_id)
    if mentioned:
        run(
            conn,
            "UNWIND $ids AS id MATCH (e:Entity {id: id}) "
            "WHERE NOT EXISTS { MATCH (:Article)-[:MENTIONS]->(e) } DETACH DELETE e",
            ids=mentioned,
        )
    return True


def recompute_relations(conn: ladybug.Connection, touched: list[Row]) -> None:
    """Support, confidence and first/last seen from the evidence that remains; no evidence, no edge."""
    if not touched:
        return
    left = {
        r["id"]: r
        for r in rows(
            conn,
            "MATCH (v:Evidence) WHERE v.relation_id IN $ids RETURN v.relation_id AS id, "
            "count(*) AS n, max(v.confidence) AS c, min(v.seen_at) AS first, max(v.seen_at) AS last",
            ids=[t["id"] for t in touched],
        )
    }
    keep = [{**t, **left[t["id"]]} for t in touched if t["id"] in left]
    drop = [t for t in touched if t["id"] not in left]
    unwind(
        conn,
        _EDGE_BY_HEAD + "SET x.support = r.n, x.confidence = r.c, x.first_seen = r.first, x.last_seen = r.last",
        keep,
    )
    unwind(conn, _EDGE_BY_HEAD + "DELETE x", drop)
