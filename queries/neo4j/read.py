"""Read transaction functions. Results are consumed inside the transaction function."""

from __future__ import annotations

from typing import Any

from neo4j import AsyncManagedTransaction

from queries.neo4j.collect import collected
from schema.ontology import RELATION_TYPES, cypher_label

Row = dict[str, Any]

RELATION_COLUMNS = (
    "x.id AS id, type(x) AS type, h.id AS head_id, h.name AS head_name, h.type AS head_type, "
    "t.id AS tail_id, t.name AS tail_name, t.type AS tail_type, x.confidence AS confidence, "
    "x.support AS support, x.first_seen AS first_seen, x.last_seen AS last_seen"
)
SYMMETRIC = [name for name, spec in RELATION_TYPES.items() if spec.symmetric]


def type_pattern(types: list[str]) -> str:
    """`FOUNDED|LEADS|…` for a relationship pattern; every name checked against the ontology."""
    return "|".join(cypher_label(t) for t in types)


async def rows(tx: AsyncManagedTransaction, query: str, **params: Any) -> list[Row]:
    result = await tx.run(collected(query), params)
    record = await result.single(strict=True)
    found: list[Row] = record["rows"]
    return found


async def entities(tx: AsyncManagedTransaction, ids: list[str]) -> list[Row]:
    types = list(RELATION_TYPES)
    return await rows(
        tx,
        "UNWIND $ids AS id MATCH (e:Entity {id: id}) "
        "RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, "
        f"e.description AS description, COUNT {{ (e)-[:{type_pattern(types)}]-(:Entity) }} AS relation_count, "
        "COUNT { (:Article)-[:MENTIONS]->(e) } AS article_count",
        ids=ids,
    )


async def search(tx: AsyncManagedTransaction, key: str, entity_type: str | None, skip: int, limit: int) -> list[Row]:
    # Relations are counted after the page is cut: only for the entities returned.
    return await rows(
        tx,
        "MATCH (e:Entity) WHERE e.search_keys CONTAINS $key AND ($type IS NULL OR e.type = $type) "
        "WITH e, CASE WHEN e.search_keys CONTAINS $exact THEN 0 "
        "WHEN e.search_keys CONTAINS $prefix THEN 1 ELSE 2 END AS rank, "
        "COUNT { (:Article)-[:MENTIONS]->(e) } AS article_count "
        "ORDER BY rank, article_count DESC, size(e.name), e.id SKIP $skip LIMIT $limit "
        "RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, "
        "e.description AS description, article_count, "
        f"COUNT {{ (e)-[:{type_pattern(list(RELATION_TYPES))}]-(:Entity) }} AS relation_count",
        key=key,
        exact=f"|{key}|",
        prefix=f"|{key}",
        type=entity_type,
        skip=skip,
        limit=limit,
    )


# Which edges of an anchor `e` a read keeps: direction (symmetric types match any) and confidence.
_ANCHORED = (
    "WITH e, x, startNode(x) AS h, endNode(x) AS t WHERE x.confidence >= $min AND ($direction = 'both' "
    "OR type(x) IN $symmetric OR ($direction = 'out' AND h = e) OR ($direction = 'in' AND t = e)) "
)


async def identity_candidates(tx: AsyncManagedTransaction, keys: list[str]) -> list[Row]:
    """Entities sharing an identity key with the ones asked about."""
    return await rows(
        tx,
        "MATCH (e:Entity) WHERE any(k IN e.identity_keys WHERE k IN $keys) "
        "RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, e.identity_keys AS identity_keys",
        keys=keys,
    )


async def missing_identity_keys(tx: AsyncManagedTransaction) -> list[Row]:
    return await rows(
        tx,
        "MATCH (e:Entity) WHERE e.identity_keys IS NULL "
        "RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases",
    )


_LIST_ORDER = {"mentions": "article_count DESC, e.id", "name": "e.name, e.id"}


async def entity_page(
    tx: AsyncManagedTransaction, entity_type: str | None, sort: str, skip: int, limit: int
) -> list[Row]:
    """Every entity (of a type), most mentioned or by name; `sort` is checked by the caller."""
    return await rows(
        tx,
        "MATCH (e:Entity) WHERE $type IS NULL OR e.type = $type "
        "WITH e, COUNT { (:Article)-[:MENTIONS]->(e) } AS article_count "
        f"ORDER BY {_LIST_ORDER[sort]} SKIP $skip LIMIT $limit "
        "RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, "
        "e.description AS description, article_count, "
        f"COUNT {{ (e)-[:{type_pattern(list(RELATION_TYPES))}]-(:Entity) }} AS relation_count",
        type=entity_type,
        skip=skip,
        limit=limit,
    )


async def relations_of(
    tx: AsyncManagedTransaction,
    entity_id: str,
    types: list[str],
    direction: str,
    skip: int,
    limit: int,
    min_confidence: float = 0.0,
) -> list[Row]:
    return await rows(
        tx,
        f"MATCH (e:Entity {{id: $id}})-[x:{type_pattern(types)}]-(:Entity) {_ANCHORED}"
        f"RETURN {RELATION_COLUMNS} ORDER BY support DESC, id SKIP $skip LIMIT $limit",
        id=entity_id,
        direction=direction,
        symmetric=SYMMETRIC,
        skip=skip,
        limit=limit,
        min=min_confidence,
    )


async def relations_of_many(
    tx: AsyncManagedTransaction,
    entity_ids: list[str],
    types: list[str],
    direction: str,
    limit: int,
    min_confidence: float = 0.0,
) -> list[Row]:
    """relations_of for many entities in one round trip (GraphQL's DataLoader), `limit` each."""
    return await rows(
        tx,
        "UNWIND $ids AS anchor CALL (anchor) { "
        f"MATCH (e:Entity {{id: anchor}})-[x:{type_pattern(types)}]-(:Entity) {_ANCHORED}"
        f"RETURN {RELATION_COLUMNS} ORDER BY support DESC, id LIMIT $limit }} "
        "RETURN anchor, id, type, head_id, head_name, head_type, tail_id, tail_name, tail_type, "
        "confidence, support, first_seen, last_seen",
        ids=entity_ids,
        direction=direction,
        symmetric=SYMMETRIC,
        limit=limit,
        min=min_confidence,
    )


async def find_relations(
    tx: AsyncManagedTransaction,
    types: list[str],
    head: str | None,
    tail: str | None,
    top: int,
    min_confidence: float = 0.0,
) -> list[Row]:
    """Relations by type and ends, the `top` most supported. The WHERE clause is chosen from fixed
    fragments so that a given end is an index lookup, not a filter over every relationship."""
    found = await _relations_between(tx, types, head, tail, top, min_confidence)
    symmetric = [t for t in types if t in SYMMETRIC]
    if (head or tail) and symmetric and head != tail:  # symmetric relations are stored in one order
        found += await _relations_between(tx, symmetric, tail, head, top, min_confidence)
    return found


async def _relations_between(
    tx: AsyncManagedTransaction, types: list[str], head: str | None, tail: str | None, top: int, min_confidence: float
) -> list[Row]:
    h = "(h:Entity {id: $head})" if head else "(h:Entity)"
    t = "(t:Entity {id: $tail})" if tail else "(t:Entity)"
    return await rows(
        tx,
        f"MATCH {h}-[x:{type_pattern(types)}]->{t} WHERE x.confidence >= $min "
        f"RETURN {RELATION_COLUMNS} ORDER BY support DESC, id LIMIT $top",
        head=head,
        tail=tail,
        top=top,
        min=min_confidence,
    )


async def article_entities(tx: AsyncManagedTransaction, article_id: str) -> list[Row]:
    return await rows(
        tx,
        "MATCH (:Article {id: $id})-[m:MENTIONS]->(e:Entity) "
        "RETURN e.id AS id, e.name AS name, e.type AS type ORDER BY m.count DESC, e.id",
        id=article_id,
    )


async def article_relation_ids(tx: AsyncManagedTransaction, article_id: str) -> list[str]:
    found = await rows(
        tx, "MATCH (v:Evidence {article_id: $id}) RETURN DISTINCT v.relation_id AS id ORDER BY id", id=article_id
    )
    return [r["id"] for r in found]


async def articles_of(tx: AsyncManagedTransaction, entity_ids: list[str], limit: int) -> list[Row]:
    return await rows(
        tx,
        "UNWIND $ids AS eid CALL (eid) { MATCH (a:Article)-[:MENTIONS]->(:Entity {id: eid}) "
        "RETURN a ORDER BY a.published_at DESC, a.ingested_at DESC, a.id LIMIT $limit } "
        "RETURN eid AS entity_id, a {.*, text: null} AS article",
        ids=entity_ids,
        limit=limit,
    )


async def neighbours(tx: AsyncManagedTransaction, frontier: list[str], types: list[str], budget: int) -> list[Row]:
    return await rows(
        tx,
        f"UNWIND $ids AS id MATCH (:Entity {{id: id}})-[x:{type_pattern(types)}]-(o:Entity) "
        "WITH o, max(x.support) AS best ORDER BY best DESC, o.id LIMIT $budget "
        "RETURN o.id AS id, o.name AS name, o.type AS type",
        ids=frontier,
        budget=budget,
    )


async def edges_among(tx: AsyncManagedTransaction, ids: list[str], types: list[str], cap: int) -> list[Row]:
    return await rows(
        tx,
        f"UNWIND $ids AS id MATCH (h:Entity {{id: id}})-[x:{type_pattern(types)}]->(t:Entity) "
        f"WHERE t.id IN $ids RETURN {RELATION_COLUMNS} ORDER BY support DESC, id LIMIT $cap",
        ids=ids,
        cap=cap,
    )


async def shortest_paths(tx: AsyncManagedTransaction, source: str, target: str, max_hops: int, limit: int) -> list[Row]:
    # The hop cap cannot be a parameter in a variable-length pattern; it is a checked int.
    return await rows(
        tx,
        "MATCH (a:Entity {id: $source}), (b:Entity {id: $target}) "
        f"MATCH p = allShortestPaths((a)-[:{type_pattern(list(RELATION_TYPES))}*..{int(max_hops)}]-(b)) "
        "RETURN [n IN nodes(p) | {id: n.id, name: n.name, type: n.type}] AS nodes, "
        "[x IN relationships(p) | {id: x.id, type: type(x), head_id: startNode(x).id, "
        "head_name: startNode(x).name, head_type: startNode(x).type, tail_id: endNode(x).id, "
        "tail_name: endNode(x).name, tail_type: endNode(x).type, confidence: x.confidence, "
        "support: x.support, first_seen: x.first_seen, last_seen: x.last_seen}] AS edges LIMIT $limit",
        source=source,
        target=target,
        limit=limit,
    )


async def evidence(tx: AsyncManagedTransaction, relation_ids: list[str], limit: int) -> list[Row]:
    return await rows(
        tx,
        "UNWIND $ids AS rid CALL (rid) { MATCH (v:Evidence {relation_id: rid}) "
        "RETURN v ORDER BY v.seen_at DESC, v.id LIMIT $limit } "
        "OPTIONAL MATCH (a:Article {id: v.article_id}) "
        "RETURN rid AS relation_id, v.article_id AS article_id, a.title AS article_title, "
        "v.published_at AS published_at, v.text AS text, v.span_start AS span_start, v.span_end AS span_end, "
        "v.confidence AS confidence, v.rule AS rule",
        ids=relation_ids,
        limit=limit,
    )


async def metrics(tx: AsyncManagedTransaction, entity_ids: list[str]) -> list[Row]:
    found = await rows(
        tx,
        "MATCH (m:Metric) WHERE m.entity_id IN $ids RETURN m {.*} AS m ORDER BY m.kind, m.published_at DESC, m.id",
        ids=entity_ids,
    )
    return [r["m"] for r in found]


async def relations_by_id(tx: AsyncManagedTransaction, ids: list[str]) -> list[Row]:
    # Evidence carries the ends, so the edge is found from its head node instead of a type-less scan.
    return await rows(
        tx,
        "UNWIND $ids AS rid CALL (rid) { MATCH (v:Evidence {relation_id: rid}) "
        "RETURN v.head AS head LIMIT 1 } "
        "MATCH (h:Entity {id: head})-[x]->(t:Entity) WHERE x.id = rid "
        f"RETURN {RELATION_COLUMNS}",
        ids=ids,
    )


async def articles(tx: AsyncManagedTransaction, ids: list[str]) -> list[Row]:
    found = await rows(tx, "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a {.*, text: null} AS a", ids=ids)
    return [r["a"] for r in found]


async def article_page(tx: AsyncManagedTransaction, skip: int, limit: int) -> list[Row]:
    found = await rows(
        tx,
        "MATCH (a:Article) RETURN a {.*, text: null} AS a ORDER BY a.ingested_at DESC, a.id SKIP $skip LIMIT $limit",
        skip=skip,
        limit=limit,
    )
    return [r["a"] for r in found]


async def stats(tx: AsyncManagedTransaction) -> Row:
    out: Row = {}
    for label in ("Article", "Entity", "Evidence", "Metric"):
        out[label] = (await rows(tx, f"MATCH (n:{cypher_label(label)}) RETURN count(n) AS n"))[0]["n"]
    out["entities_by_type"] = {
        r["type"]: r["n"] for r in await rows(tx, "MATCH (e:Entity) RETURN e.type AS type, count(*) AS n")
    }
    out["relations_by_type"] = {}
    for name in RELATION_TYPES:
        count = (await rows(tx, f"MATCH ()-[x:{cypher_label(name)}]->() RETURN count(x) AS n"))[0]["n"]
        if count:
            out["relations_by_type"][name] = count
    return out
