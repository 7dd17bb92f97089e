"""Reads on the embedded store; same column names as the Neo4j adapter (see queries/records.py)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import ladybug

from queries.ladybug.conn import Row, rows
from schema.ontology import RELATION_TYPES

RELATION_COLUMNS = (
    "x.id AS id, x.type AS type, h.id AS head_id, h.name AS head_name, h.type AS head_type, "
    "t.id AS tail_id, t.name AS tail_name, t.type AS tail_type, x.confidence AS confidence, "
    "x.support AS support, x.first_seen AS first_seen, x.last_seen AS last_seen"
)
ARTICLE_COLUMNS = (
    "a.id AS id, a.title AS title, a.lang AS lang, a.url AS url, a.published_at AS published_at, "
    "a.content_hash AS content_hash, a.ingested_at AS ingested_at"
)


def entities(conn: ladybug.Connection, ids: list[str]) -> list[Row]:
    return rows(
        conn,
        "UNWIND $ids AS id MATCH (e:Entity {id: id}) "
        "RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, e.description AS description, "
        "COUNT { MATCH (e)-[:RELATED]-(:Entity) } AS relation_count, "
        "COUNT { MATCH (:Article)-[:MENTIONS]->(e) } AS article_count",
        ids=ids,
    )


def search(conn: ladybug.Connection, key: str, entity_type: str | None, skip: int, limit: int) -> list[Row]:
    return rows(
        conn,
        "MATCH (e:Entity) WHERE contains(e.search_keys, $key) AND ($type = '' OR e.type = $type) "
        "WITH e, CASE WHEN contains(e.search_keys, $exact) THEN 0 "
        "WHEN contains(e.search_keys, $prefix) THEN 1 ELSE 2 END AS rank, "
        "COUNT { MATCH (:Article)-[:MENTIONS]->(e) } AS article_count "
        "ORDER BY rank, article_count DESC, size(e.name), e.id SKIP $skip LIMIT $limit "
        "RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, "
        "e.description AS description, article_count, COUNT { MATCH (e)-[:RELATED]-(:Entity) } AS relation_count",
        # '' stands for "any type": a null parameter would be typed BOOLEAN by the binder.
        key=key,
        exact=f"|{key}|",
        prefix=f"|{key}",
        type=entity_type or "",
        skip=skip,
        limit=limit,
    )


def identity_candidates(conn: ladybug.Connection, keys: list[str]) -> list[Row]:
    """Entities sharing an identity key with the ones asked about (a scan: entities have no key index)."""
    return rows(
        conn,
        "MATCH (e:Entity) WHERE list_has_any(e.identity_keys, $keys) "
        "RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, e.identity_keys AS identity_keys",
        keys=keys,
    )


def missing_identity_keys(conn: ladybug.Connection) -> list[Row]:
    return rows(
        conn,
        "MATCH (e:Entity) WHERE e.identity_keys IS NULL "
        "RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases",
    )


_LIST_ORDER = {"mentions": "article_count DESC, e.id", "name": "e.name, e.id"}


def entity_page(conn: ladybug.Connection, entity_type: str | None, sort: str, skip: int, limit: int) -> list[Row]:
    """Every entity (of a type), most mentioned or by name; `sort` is checked by the caller."""
    return rows(
        conn,
        "MATCH (e:Entity) WHERE $type = '' OR e.type = $type "
        "WITH e, COUNT { MATCH (:Article)-[:MENTIONS]->(e) } AS article_count "
        f"ORDER BY {_LIST_ORDER[sort]} SKIP $skip LIMIT $limit "
        "RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, "
        "e.description AS description, article_count, COUNT { MATCH (e)-[:RELATED]-(:Entity) } AS relation_count",
        type=entity_type or "",
        skip=skip,
        limit=limit,
    )


# Anchored queries sort in the store and stop reading after the page (`first=`) instead of
# `ORDER BY … LIMIT $top`: the store's top-k with a parameter limit cost 1.1 ms where a plain sort of
# one entity's edges took 0.25 ms (bench/api_latency.py; relations of an entity on 100k relations).


def relations_out(
    conn: ladybug.Connection, entity_id: str, types: list[str], top: int, min_confidence: float = 0.0
) -> list[Row]:
    return rows(
        conn,
        f"MATCH (h:Entity {{id: $id}})-[x:RELATED]->(t:Entity) WHERE x.type IN $types AND x.confidence >= $min "
        f"RETURN {RELATION_COLUMNS} ORDER BY support DESC, id",
        first=top,
        id=entity_id,
        types=types,
        min=min_confidence,
    )


def relations_in(
    conn: ladybug.Connection, entity_id: str, types: list[str], top: int, min_confidence: float = 0.0
) -> list[Row]:
    return rows(
        conn,
        f"MATCH (h:Entity)-[x:RELATED]->(t:Entity {{id: $id}}) WHERE x.type IN $types AND x.confidence >= $min "
        f"RETURN {RELATION_COLUMNS} ORDER BY support DESC, id",
        first=top,
        id=entity_id,
        types=types,
        min=min_confidence,
    )


def relations_of(
    conn: ladybug.Connection,
    entity_id: str,
    types: list[str],
    direction: str,
    skip: int,
    limit: int,
    min_confidence: float = 0.0,
) -> list[Row]:
    """Outgoing and incoming edges are two pattern scans here (an undirected match would not say which
    end is the head); the page is cut from their merge. Symmetric types match in any direction."""
    symmetric = [t for t in types if RELATION_TYPES[t].symmetric]
    top = skip + limit
    found = relations_out(conn, entity_id, types if direction != "in" else symmetric, top, min_confidence)
    found += relations_in(conn, entity_id, types if direction != "out" else symmetric, top, min_confidence)
    found.sort(key=lambda r: (-r["support"], r["id"]))
    return found[skip:top]


def relations_of_many(
    conn: ladybug.Connection,
    entity_ids: list[str],
    types: list[str],
    direction: str,
    limit: int,
    min_confidence: float = 0.0,
) -> list[Row]:
    """relations_of for many entities in one call; `limit` each is cut here. `id IN $ids`, not
    UNWIND + MATCH: on 100k relations, 20 ids took 2.3 ms this way and 42 ms the other."""
    symmetric = [t for t in types if RELATION_TYPES[t].symmetric]
    out_types = types if direction != "in" else symmetric
    in_types = types if direction != "out" else symmetric
    found = []
    for end, kinds in (("h", out_types), ("t", in_types)):
        if kinds:
            found += rows(
                conn,
                f"MATCH (h:Entity)-[x:RELATED]->(t:Entity) WHERE {end}.id IN $ids AND x.type IN $types "
                f"AND x.confidence >= $min RETURN {end}.id AS anchor, {RELATION_COLUMNS}",
                ids=entity_ids,
                types=kinds,
                min=min_confidence,
            )
    found.sort(key=lambda r: (r["anchor"], -r["support"], r["id"]))
    return _first_of_each(found, "anchor", limit)


def find_relations(
    conn: ladybug.Connection,
    types: list[str],
    head: str | None,
    tail: str | None,
    top: int,
    min_confidence: float = 0.0,
) -> list[Row]:
    found = _relations_between(conn, types, head, tail, top, min_confidence)
    symmetric = [t for t in types if RELATION_TYPES[t].symmetric]
    if (head or tail) and symmetric and head != tail:  # symmetric relations are stored in one order
        found += _relations_between(conn, symmetric, tail, head, top, min_confidence)
    return found


def _relations_between(
    conn: ladybug.Connection, types: list[str], head: str | None, tail: str | None, top: int, min_confidence: float
) -> list[Row]:
    # Fixed fragments only: a given end becomes a primary-key lookup instead of a filter.
    h = "(h:Entity {id: $head})" if head else "(h:Entity)"
    t = "(t:Entity {id: $tail})" if tail else "(t:Entity)"
    params: dict[str, Any] = {"types": types, "min": min_confidence}
    params.update({k: v for k, v in (("head", head), ("tail", tail)) if v})
    order = (
        f"MATCH {h}-[x:RELATED]->{t} WHERE x.type IN $types AND x.confidence >= $min "
        f"RETURN {RELATION_COLUMNS} ORDER BY support DESC, id"
    )
    if head or tail:
        return rows(conn, order, first=top, **params)
    return rows(conn, order + " LIMIT $top", top=top, **params)  # every relation: top-k beats a full sort


def article_entities(conn: ladybug.Connection, article_id: str) -> list[Row]:
    return rows(
        conn,
        "MATCH (:Article {id: $id})-[m:MENTIONS]->(e:Entity) "
        "RETURN e.id AS id, e.name AS name, e.type AS type ORDER BY m.count DESC, id",
        id=article_id,
    )


def article_relation_ids(conn: ladybug.Connection, article_id: str) -> list[str]:
    found = rows(
        conn,
        "MATCH (v:Evidence) WHERE v.article_id = $id RETURN DISTINCT v.relation_id AS id ORDER BY id",
        id=article_id,
    )
    return [r["id"] for r in found]


def articles_of(conn: ladybug.Connection, entity_ids: list[str], limit: int) -> list[Row]:
    """Newest articles mentioning each entity; `limit` each is cut here."""
    found = rows(
        conn,
        f"MATCH (a:Article)-[:MENTIONS]->(e:Entity) WHERE e.id IN $ids RETURN e.id AS entity_id, "
        f"{ARTICLE_COLUMNS} ORDER BY entity_id, published_at DESC, ingested_at DESC, id",
        ids=entity_ids,
    )
    return [{"entity_id": row.pop("entity_id"), "article": row} for row in _first_of_each(found, "entity_id", limit)]


def _first_of_each(ordered: list[Row], key: str, limit: int) -> list[Row]:
    """The first `limit` rows of each value of `key`, in order: a per-entity LIMIT, which these
    queries cannot express without a subquery per row."""
    seen: Counter[Any] = Counter()
    out = []
    for row in ordered:
        seen[row[key]] += 1
        if seen[row[key]] <= limit:
            out.append(row)
    return out


def neighbours(conn: ladybug.Connection, frontier: list[str], types: list[str], budget: int) -> list[Row]:
    return rows(
        conn,
        "MATCH (f:Entity)-[x:RELATED]-(o:Entity) WHERE f.id IN $ids AND x.type IN $types "
        "WITH o, max(x.support) AS best RETURN o.id AS id, o.name AS name, o.type AS type "
        "ORDER BY best DESC, id",
        first=budget,
        ids=frontier,
        types=types,
    )


def edges_among(conn: ladybug.Connection, ids: list[str], types: list[str], cap: int) -> list[Row]:
    return rows(
        conn,
        "MATCH (h:Entity)-[x:RELATED]->(t:Entity) WHERE h.id IN $ids "
        f"AND x.type IN $types AND t.id IN $ids RETURN {RELATION_COLUMNS} ORDER BY support DESC, id",
        first=cap,
        ids=ids,
        types=types,
    )


def shortest_paths(conn: ladybug.Connection, source: str, target: str, max_hops: int, limit: int) -> list[Row]:
    # The hop bound is part of the pattern syntax, not a parameter: a checked int.
    found = rows(
        conn,
        f"MATCH p = (a:Entity {{id: $source}})-[:RELATED* ALL SHORTEST 1..{int(max_hops)}]-(b:Entity {{id: $target}}) "
        "RETURN nodes(p) AS nodes, rels(p) AS rels LIMIT $limit",
        source=source,
        target=target,
        limit=limit,
    )
    return [_path(r) for r in found]


def _path(row: Row) -> Row:
    nodes = row["nodes"]
    by_internal: dict[Any, Row] = {n["_ID"]["offset"]: n for n in nodes}
    edges = []
    for x in row["rels"]:
        h, t = by_internal[x["_SRC"]["offset"]], by_internal[x["_DST"]["offset"]]
        edges.append(
            {
                "id": x["id"],
                "type": x["type"],
                "head_id": h["id"],
                "head_name": h["name"],
                "head_type": h["type"],
                "tail_id": t["id"],
                "tail_name": t["name"],
                "tail_type": t["type"],
                "confidence": x["confidence"],
                "support": x["support"],
                "first_seen": x["first_seen"],
                "last_seen": x["last_seen"],
            }
        )
    return {"nodes": [{"id": n["id"], "name": n["name"], "type": n["type"]} for n in nodes], "edges": edges}


def evidence(conn: ladybug.Connection, relation_ids: list[str], limit: int) -> list[Row]:
    """All evidence of the relations, newest first; StoreBase keeps `limit` of each."""
    return rows(
        conn,
        "MATCH (v:Evidence) WHERE v.relation_id IN $ids OPTIONAL MATCH (a:Article) WHERE a.id = v.article_id "
        "RETURN v.relation_id AS relation_id, v.article_id AS article_id, a.title AS article_title, "
        "v.published_at AS published_at, v.text AS text, v.span_start AS span_start, v.span_end AS span_end, "
        "v.confidence AS confidence, v.rule AS rule ORDER BY v.seen_at DESC, v.id",
        ids=relation_ids,
    )


def metrics(conn: ladybug.Connection, entity_ids: list[str]) -> list[Row]:
    return rows(
        conn,
        "MATCH (m:Metric) WHERE m.entity_id IN $ids RETURN m.entity_id AS entity_id, m.kind AS kind, "
        "m.value AS value, m.unit AS unit, m.approximate AS approximate, m.raw AS raw, m.article_id AS article_id, "
        "m.text AS text, m.span_start AS span_start, m.span_end AS span_end, m.published_at AS published_at, "
        "m.confidence AS confidence, m.rule AS rule "
        "ORDER BY kind, published_at DESC, m.id",
        ids=entity_ids,
    )


def relations_by_id(conn: ladybug.Connection, ids: list[str]) -> list[Row]:
    return rows(conn, f"MATCH (h:Entity)-[x:RELATED]->(t:Entity) WHERE x.id IN $ids RETURN {RELATION_COLUMNS}", ids=ids)


def articles(conn: ladybug.Connection, ids: list[str]) -> list[Row]:
    return rows(conn, f"UNWIND $ids AS id MATCH (a:Article {{id: id}}) RETURN {ARTICLE_COLUMNS}", ids=ids)


def article_page(conn: ladybug.Connection, skip: int, limit: int) -> list[Row]:
    return rows(
        conn,
        f"MATCH (a:Article) RETURN {ARTICLE_COLUMNS} ORDER BY ingested_at DESC, id SKIP $skip LIMIT $limit",
        skip=skip,
        limit=limit,
    )


def stats(conn: ladybug.Connection) -> Row:
    out: Row = {}
    for table in ("Article", "Entity", "Evidence", "Metric"):
        out[table] = rows(conn, f"MATCH (n:{table}) RETURN count(n) AS n")[0]["n"]
    out["entities_by_type"] = {
        r["type"]: r["n"] for r in rows(conn, "MATCH (e:Entity) RETURN e.type AS type, count(*) AS n")
    }
    out["relations_by_type"] = {
        r["type"]: r["n"] for r in rows(conn, "MATCH ()-[x:RELATED]->() RETURN x.type AS type, count(*) AS n")
    }
    return out
