"""Curation functions on the embedded store: each operation reads, changes and records in one transaction."""

from __future__ import annotations

from typing import Any

import ladybug

from queries import curation
from queries.ladybug import ddl
from queries.ladybug.conn import Row, copy, rows, run, unwind
from queries.ladybug.write import recompute_relations
from schema.models import CurationRecord

_CURATION = ", ".join(f"c.{c} AS {c}" for c in curation.COLUMNS)
_EFFECT_COLUMNS = _CURATION.replace("c.before AS", "CASE WHEN c.kind = 'patch' THEN c.before ELSE '{}' END AS")
_EVIDENCE = ", ".join(f"v.{c} AS {c}" for c in ddl.EVIDENCE_COLUMNS)
_ENTITY_SET = ", ".join(f"e.{c} = ${c}" for c in ddl.ENTITY_COLUMNS if c != "id")


def curation_rows(conn: ladybug.Connection) -> list[Row]:
    """Every curation, for the effects a write applies: only a patch's `before` counts there (a merge's holds
    the evidence it moved, too large to read on every write)."""
    return rows(conn, f"MATCH (c:Curation) RETURN {_EFFECT_COLUMNS} ORDER BY at, id")


def curation_page(conn: ladybug.Connection, skip: int, limit: int) -> list[Row]:
    return rows(
        conn,
        f"MATCH (c:Curation) RETURN {_CURATION} ORDER BY at DESC, id SKIP $skip LIMIT $limit",
        skip=skip,
        limit=limit,
    )


def _save(conn: ladybug.Connection, row: Row) -> Row:
    props = ", ".join(f"{c}: ${c}" for c in curation.COLUMNS)
    run(conn, f"CREATE (:Curation {{{props}}})", **row)
    return row


def _entity(conn: ladybug.Connection, entity_id: str) -> Row | None:
    found = rows(
        conn,
        "MATCH (e:Entity {id: $id}) RETURN e.id AS id, e.name AS name, e.type AS type, "
        "e.aliases AS aliases, e.description AS description",
        id=entity_id,
    )
    return found[0] if found else None


def set_entity(conn: ladybug.Connection, row: Row) -> None:
    run(conn, f"MATCH (e:Entity {{id: $id}}) SET {_ENTITY_SET}", **{c: row[c] for c in ddl.ENTITY_COLUMNS})


def patch_entity(conn: ladybug.Connection, entity_id: str, changes: dict[str, Any], who: str) -> Row | None:
    before = _entity(conn, entity_id)
    if before is None:
        return None
    after = curation.patched(before, changes)
    set_entity(conn, after)
    return _save(conn, curation.new_row("patch", entity_id, who, curation.state(before), curation.state(after)))


def merge_entities(conn: ladybug.Connection, source: str, target: str, who: str) -> Row | None:
    """Everything of `source` moves to `target`, which keeps its names; `source` goes. (One writer at a
    time on this store: concurrent merges are serialised by its write thread.)"""
    src, dst = _entity(conn, source), _entity(conn, target)
    if src is None or dst is None:
        return None
    curation.check_mergeable(src, dst)
    rids = [
        r["id"]
        for r in rows(conn, "MATCH (:Entity {id: $id})-[x:RELATED]-(:Entity) RETURN DISTINCT x.id AS id", id=source)
    ]
    evidence = rows(conn, f"MATCH (v:Evidence) WHERE v.relation_id IN $ids RETURN {_EVIDENCE}", ids=rids)
    run(conn, "MATCH (v:Evidence) WHERE v.relation_id IN $ids DELETE v", ids=rids)
    mentions = _move_mentions(conn, source, target)
    metrics = [r["id"] for r in rows(conn, "MATCH (m:Metric) WHERE m.entity_id = $id RETURN m.id AS id", id=source)]
    run(conn, "MATCH (m:Metric) WHERE m.entity_id = $source SET m.entity_id = $target", source=source, target=target)
    run(conn, "MATCH (e:Entity {id: $source}) DETACH DELETE e", source=source)
    created = _add_evidence(conn, curation.moved_evidence(evidence, source, target))
    set_entity(conn, curation.patched(dst, {"add_aliases": [src["name"], *(src["aliases"] or [])]}))
    before = curation.merge_before(src, dst, evidence, created, mentions, metrics)
    return _save(conn, curation.new_row("merge", source, who, before, {"into": target}, into=target))


_MENTION_OF = "UNWIND $rows AS r MATCH (:Article {id: r.article_id})-[n:MENTIONS]->(:Entity {id: r.entity_id}) "


def _move_mentions(conn: ladybug.Connection, source: str, target: str) -> list[Row]:
    """The source's mentions, added to the target's; `fresh` where the target had none in that article."""
    moved = rows(
        conn,
        "MATCH (a:Article)-[m:MENTIONS]->(:Entity {id: $id}) "
        "RETURN a.id AS article_id, m.count AS count, m.spans AS spans",
        id=source,
    )
    both = {
        r["id"]
        for r in rows(
            conn,
            "MATCH (a:Article)-[:MENTIONS]->(:Entity {id: $id}) WHERE a.id IN $ids RETURN a.id AS id",
            id=target,
            ids=[m["article_id"] for m in moved],
        )
    }
    unwind(
        conn,
        _MENTION_OF + "SET n.count = n.count + r.count",
        [{**m, "entity_id": target} for m in moved if m["article_id"] in both],
    )
    fresh = [{**m, "entity_id": target} for m in moved if m["article_id"] not in both]
    copy(conn, "MENTIONS", ddl.MENTION_COLUMNS, fresh)
    return [{**m, "fresh": m["article_id"] not in both} for m in moved]


def _add_evidence(conn: ladybug.Connection, evidence: list[Row]) -> list[str]:
    """Evidence rows (those not there yet), their edges, and the edges' support recomputed; the ids created."""
    if not evidence:
        return []  # an empty list parameter would be typed as a list of strings
    ids = [v["id"] for v in evidence]
    known = {r["id"] for r in rows(conn, "MATCH (v:Evidence) WHERE v.id IN $ids RETURN v.id AS id", ids=ids)}
    fresh = [v for v in evidence if v["id"] not in known]
    copy(conn, "Evidence", ddl.EVIDENCE_COLUMNS, fresh)
    edges = curation.edges_of(evidence)
    there = {
        r["id"]
        for r in rows(
            conn,
            "UNWIND $rows AS r MATCH (:Entity {id: r.head})-[x:RELATED]->() WHERE x.id = r.id RETURN x.id AS id",
            rows=[{"id": e["id"], "head": e["head"]} for e in edges],
        )
    }
    new = [
        {**e, "confidence": 0.0, "support": 0, "first_seen": "", "last_seen": ""} for e in edges if e["id"] not in there
    ]
    copy(conn, "RELATED", ddl.RELATED_COLUMNS, new)
    recompute_relations(conn, [{"id": e["id"], "head": e["head"]} for e in edges])
    return [v["id"] for v in fresh]


def _unmerge(conn: ladybug.Connection, done: CurationRecord) -> None:
    """The merged-away entity back with its evidence, mentions, figures and names; the survivor as before."""
    plan = curation.unmerge(done)
    survivor = _entity(conn, plan.survivor)
    if survivor is None:
        raise curation.survivor_gone(done)
    source = plan.entity["id"]
    if _entity(conn, source) is None:
        copy(conn, "Entity", ddl.ENTITY_COLUMNS, [plan.entity])
    if plan.created:
        run(conn, "MATCH (v:Evidence) WHERE v.id IN $ids DELETE v", ids=plan.created)
    recompute_relations(conn, [{"id": e["id"], "head": e["head"]} for e in curation.edges_of(plan.moved)])
    _add_evidence(conn, plan.evidence)
    _unmove_mentions(conn, plan.mentions, plan.survivor, source)
    if plan.metrics:
        run(conn, "MATCH (m:Metric) WHERE m.id IN $ids SET m.entity_id = $source", ids=plan.metrics, source=source)
    set_entity(conn, curation.patched(survivor, {"remove_aliases": plan.added_aliases}))


def _unmove_mentions(conn: ladybug.Connection, mentions: list[Row], survivor: str, source: str) -> None:
    """Mentions back to the merged-away entity, in the articles that are still there."""
    live = {
        r["id"]
        for r in rows(
            conn, "MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id", ids=[m["article_id"] for m in mentions]
        )
    }
    back = [{**m, "entity_id": survivor} for m in mentions if m["article_id"] in live]
    unwind(conn, _MENTION_OF + "DELETE n", [m for m in back if m["fresh"]])
    unwind(conn, _MENTION_OF + "SET n.count = n.count - r.count", [m for m in back if not m["fresh"]])
    copy(conn, "MENTIONS", ddl.MENTION_COLUMNS, [{**m, "entity_id": source} for m in back])


def _relation(conn: ladybug.Connection, relation_id: str) -> Row | None:
    evidence = rows(conn, f"MATCH (v:Evidence) WHERE v.relation_id = $id RETURN {_EVIDENCE}", id=relation_id)
    if not evidence:
        return None
    found = rows(
        conn,
        "MATCH (h:Entity {id: $head})-[x:RELATED]->(t:Entity) WHERE x.id = $id RETURN h.id AS head, t.id AS tail, "
        "x.id AS id, x.type AS type, x.confidence AS confidence, x.support AS support, "
        "x.first_seen AS first_seen, x.last_seen AS last_seen",
        head=evidence[0]["head"],
        id=relation_id,
    )
    return {"relation": found[0], "evidence": evidence} if found else None


def reject_relation(conn: ladybug.Connection, relation_id: str, who: str) -> Row | None:
    snapshot = _relation(conn, relation_id)
    if snapshot is None:
        return None
    run(conn, "MATCH (v:Evidence) WHERE v.relation_id = $id DELETE v", id=relation_id)
    run(
        conn,
        "MATCH (:Entity {id: $head})-[x:RELATED]->() WHERE x.id = $id DELETE x",
        head=snapshot["relation"]["head"],
        id=relation_id,
    )
    return _save(conn, curation.new_row("reject", relation_id, who, snapshot, {}))


def undo(conn: ladybug.Connection, curation_id: str) -> Row | None:
    found = rows(conn, f"MATCH (c:Curation {{id: $id}}) RETURN {_CURATION}", id=curation_id)
    if not found:
        return None
    done = curation.record(found[0])
    if done.kind == "merge":
        _unmerge(conn, done)
    elif done.kind == "patch":
        set_entity(conn, curation.patched(_entity(conn, done.target) or done.before, done.before))
    elif done.kind == "reject":
        _restore_relation(conn, done.before)
    run(conn, "MATCH (c:Curation {id: $id}) DELETE c", id=curation_id)
    return found[0]


def _restore_relation(conn: ladybug.Connection, snapshot: dict[str, Any]) -> None:
    copy(conn, "RELATED", ddl.RELATED_COLUMNS, [snapshot["relation"]])
    copy(conn, "Evidence", ddl.EVIDENCE_COLUMNS, snapshot["evidence"])


def record_duplicates(conn: ladybug.Connection, pairs: list[Row]) -> None:
    known = {
        r["id"]
        for r in rows(conn, "MATCH (d:Duplicate) WHERE d.id IN $ids RETURN d.id AS id", ids=[p["id"] for p in pairs])
    }
    copy(conn, "Duplicate", ["id", "a", "b", "seen_at"], [p for p in pairs if p["id"] not in known])


def duplicate_page(conn: ladybug.Connection, skip: int, limit: int) -> list[Row]:
    return rows(
        conn,
        "MATCH (d:Duplicate), (a:Entity {id: d.a}), (b:Entity {id: d.b}) RETURN a.id AS a_id, a.name AS a_name, "
        "a.type AS a_type, b.id AS b_id, b.name AS b_name, b.type AS b_type, d.seen_at AS seen_at "
        "ORDER BY seen_at DESC, a_id, b_id SKIP $skip LIMIT $limit",
        skip=skip,
        limit=limit,
    )
