"""Curation transaction functions on Neo4j: each operation reads, changes and records in one transaction."""

from __future__ import annotations

from typing import Any

from neo4j import AsyncManagedTransaction

from queries import curation
from queries.neo4j import read
from queries.neo4j.write import recompute_relations, set_entity
from queries.rows import Row
from schema.models import CurationRecord
from schema.ontology import cypher_label

_CURATION = ", ".join(f"c.{c} AS {c}" for c in curation.COLUMNS)
_EFFECT_COLUMNS = _CURATION.replace("c.before AS", "CASE WHEN c.kind = 'patch' THEN c.before ELSE '{}' END AS")


async def curation_rows(tx: AsyncManagedTransaction) -> list[Row]:
    """Every curation, for the effects a write applies: only a patch's `before` counts there (a merge's holds
    the evidence it moved, too large to read on every write)."""
    return await read.rows(tx, f"MATCH (c:Curation) RETURN {_EFFECT_COLUMNS} ORDER BY c.at, c.id")


async def curation_page(tx: AsyncManagedTransaction, skip: int, limit: int) -> list[Row]:
    return await read.rows(
        tx,
        f"MATCH (c:Curation) RETURN {_CURATION} ORDER BY c.at DESC, c.id SKIP $skip LIMIT $limit",
        skip=skip,
        limit=limit,
    )


async def _save(tx: AsyncManagedTransaction, row: Row) -> Row:
    await (await tx.run("CREATE (c:Curation) SET c = $row", row=row)).consume()
    return row


async def _entity(tx: AsyncManagedTransaction, entity_id: str) -> Row | None:
    found = await read.rows(
        tx,
        "MATCH (e:Entity {id: $id}) RETURN e.id AS id, e.name AS name, e.type AS type, "
        "e.aliases AS aliases, e.description AS description",
        id=entity_id,
    )
    return found[0] if found else None


async def patch_entity(tx: AsyncManagedTransaction, entity_id: str, changes: dict[str, Any], who: str) -> Row | None:
    before = await _entity(tx, entity_id)
    if before is None:
        return None
    after = curation.patched(before, changes)
    await set_entity(tx, after)
    return await _save(tx, curation.new_row("patch", entity_id, who, curation.state(before), curation.state(after)))


async def merge_entities(tx: AsyncManagedTransaction, source: str, target: str, who: str) -> Row | None:
    """Everything of `source` moves to `target`, which keeps its names; `source` goes."""
    await _lock(tx, source, target)
    src, dst = await _entity(tx, source), await _entity(tx, target)
    if src is None or dst is None:
        return None
    curation.check_mergeable(src, dst)
    evidence = [
        r["v"]
        for r in await read.rows(
            tx,
            "MATCH (:Entity {id: $id})-[x]-(:Entity) WITH DISTINCT x.id AS rid "
            "MATCH (v:Evidence {relation_id: rid}) RETURN v {.*} AS v",
            id=source,
        )
    ]
    await tx.run(
        "UNWIND $ids AS id MATCH (v:Evidence {relation_id: id}) DELETE v", ids=[v["relation_id"] for v in evidence]
    )
    mentions = await _move_mentions(tx, source, target)
    metrics = await read.rows(
        tx,
        "MATCH (m:Metric {entity_id: $source}) SET m.entity_id = $target RETURN m.id AS id",
        source=source,
        target=target,
    )
    await tx.run("MATCH (e:Entity {id: $source}) DETACH DELETE e", source=source)
    created = await _add_evidence(tx, curation.moved_evidence(evidence, source, target))
    await set_entity(tx, curation.patched(dst, {"add_aliases": [src["name"], *(src["aliases"] or [])]}))
    before = curation.merge_before(src, dst, evidence, created, mentions, [m["id"] for m in metrics])
    return await _save(tx, curation.new_row("merge", source, who, before, {"into": target}, into=target))


async def _lock(tx: AsyncManagedTransaction, *ids: str) -> None:
    """Writing the nodes first takes their locks: a concurrent merge of either waits for this one."""
    await tx.run("MATCH (e:Entity) WHERE e.id IN $ids SET e.id = e.id", ids=list(ids))


async def _move_mentions(tx: AsyncManagedTransaction, source: str, target: str) -> list[Row]:
    """The source's mentions, added to the target's; `fresh` where the target had none in that article."""
    return await read.rows(
        tx,
        "MATCH (a:Article)-[m:MENTIONS]->(:Entity {id: $source}) MATCH (t:Entity {id: $target}) "
        "OPTIONAL MATCH (a)-[old:MENTIONS]->(t) "
        "WITH a, m, t, old IS NULL AS fresh "
        "MERGE (a)-[n:MENTIONS]->(t) ON CREATE SET n.count = m.count, n.spans = m.spans "
        "ON MATCH SET n.count = n.count + m.count "
        "RETURN a.id AS article_id, m.count AS count, m.spans AS spans, fresh",
        source=source,
        target=target,
    )


async def _add_evidence(tx: AsyncManagedTransaction, evidence: list[Row]) -> list[str]:
    """Evidence rows (those not there yet), their edges, and the edges' support recomputed; the ids created."""
    known = {
        r["id"]
        for r in await read.rows(
            tx, "UNWIND $ids AS id MATCH (v:Evidence {id: id}) RETURN v.id AS id", ids=[v["id"] for v in evidence]
        )
    }
    fresh = [v for v in evidence if v["id"] not in known]
    await tx.run("UNWIND $rows AS r CREATE (v:Evidence) SET v = r", rows=fresh)
    edges = curation.edges_of(evidence)
    for kind in {e["type"] for e in edges}:
        rels = [e for e in edges if e["type"] == kind]
        await tx.run(
            f"UNWIND $rows AS r MATCH (h:Entity {{id: r.head}}) MATCH (t:Entity {{id: r.tail}}) "
            f"MERGE (h)-[x:{cypher_label(kind)} {{id: r.id}}]->(t)",
            rows=rels,
        )
        await recompute_relations(tx, kind, rels)
    return [v["id"] for v in fresh]


async def _unmerge(tx: AsyncManagedTransaction, done: CurationRecord) -> None:
    """The merged-away entity back with its evidence, mentions, figures and names; the survivor as before."""
    plan = curation.unmerge(done)
    await _lock(tx, plan.survivor)
    survivor = await _entity(tx, plan.survivor)
    if survivor is None:
        raise curation.survivor_gone(done)
    await tx.run("MERGE (e:Entity {id: $row.id}) SET e += $row", row=plan.entity)
    await tx.run("UNWIND $ids AS id MATCH (v:Evidence {id: id}) DELETE v", ids=plan.created)
    moved = curation.edges_of(plan.moved)
    for kind in {e["type"] for e in moved}:
        await recompute_relations(tx, kind, [e for e in moved if e["type"] == kind])
    await _add_evidence(tx, plan.evidence)
    await tx.run(
        "UNWIND $rows AS r MATCH (a:Article {id: r.article_id})-[n:MENTIONS]->(:Entity {id: $survivor}) "
        "FOREACH (_ IN CASE WHEN r.fresh THEN [1] ELSE [] END | DELETE n) "
        "FOREACH (_ IN CASE WHEN r.fresh THEN [] ELSE [1] END | SET n.count = n.count - r.count) "
        "WITH a, r MATCH (e:Entity {id: $source}) CREATE (a)-[:MENTIONS {count: r.count, spans: r.spans}]->(e)",
        rows=plan.mentions,
        survivor=plan.survivor,
        source=plan.entity["id"],
    )
    await tx.run(
        "UNWIND $ids AS id MATCH (m:Metric {id: id}) SET m.entity_id = $source",
        ids=plan.metrics,
        source=plan.entity["id"],
    )
    await set_entity(tx, curation.patched(survivor, {"remove_aliases": plan.added_aliases}))


async def _relation(tx: AsyncManagedTransaction, relation_id: str) -> Row | None:
    found = await read.rows(
        tx,
        "MATCH (v:Evidence {relation_id: $id}) WITH v.head AS head, collect(v {.*}) AS evidence LIMIT 1 "
        "MATCH (:Entity {id: head})-[x {id: $id}]->(t:Entity) "
        "RETURN x {.*, type: type(x), head: head, tail: t.id} AS relation, evidence",
        id=relation_id,
    )
    return found[0] if found else None


async def reject_relation(tx: AsyncManagedTransaction, relation_id: str, who: str) -> Row | None:
    snapshot = await _relation(tx, relation_id)
    if snapshot is None:
        return None
    rel = snapshot["relation"]
    await tx.run("MATCH (v:Evidence {relation_id: $id}) DELETE v", id=relation_id)
    await tx.run(
        f"MATCH (:Entity {{id: $head}})-[x:{cypher_label(rel['type'])} {{id: $id}}]->() DELETE x",
        head=rel["head"],
        id=relation_id,
    )
    return await _save(tx, curation.new_row("reject", relation_id, who, snapshot, {}))


async def undo(tx: AsyncManagedTransaction, curation_id: str) -> Row | None:
    found = await read.rows(tx, f"MATCH (c:Curation {{id: $id}}) RETURN {_CURATION}", id=curation_id)
    if not found:
        return None
    done = curation.record(found[0])
    if done.kind == "merge":
        await _unmerge(tx, done)
    elif done.kind == "patch":
        await set_entity(tx, curation.patched(await _entity(tx, done.target) or done.before, done.before))
    elif done.kind == "reject":
        await _restore_relation(tx, done.before)
    await tx.run("MATCH (c:Curation {id: $id}) DELETE c", id=curation_id)
    return found[0]


async def _restore_relation(tx: AsyncManagedTransaction, snapshot: dict[str, Any]) -> None:
    rel = dict(snapshot["relation"])
    head, tail, kind = rel.pop("head"), rel.pop("tail"), rel.pop("type")
    await tx.run(
        f"MATCH (h:Entity {{id: $head}}), (t:Entity {{id: $tail}}) CREATE (h)-[x:{cypher_label(kind)}]->(t) "
        "SET x = $rel",
        head=head,
        tail=tail,
        rel=rel,
    )
    await tx.run("UNWIND $rows AS r CREATE (v:Evidence) SET v = r", rows=snapshot["evidence"])


async def record_duplicates(tx: AsyncManagedTransaction, pairs: list[Row]) -> None:
    await tx.run("UNWIND $rows AS r MERGE (d:Duplicate {id: r.id}) ON CREATE SET d = r", rows=pairs)


async def duplicate_page(tx: AsyncManagedTransaction, skip: int, limit: int) -> list[Row]:
    return await read.rows(
        tx,
        "MATCH (d:Duplicate) MATCH (a:Entity {id: d.a}) MATCH (b:Entity {id: d.b}) RETURN a.id AS a_id, "
        "a.name AS a_name, a.type AS a_type, b.id AS b_id, b.name AS b_name, b.type AS b_type, d.seen_at AS seen_at "
        "ORDER BY seen_at DESC, a_id, b_id SKIP $skip LIMIT $limit",
        skip=skip,
        limit=limit,
    )
