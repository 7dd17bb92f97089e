"""Curations as stored records, and what they do to every later write.

A curation is a record (kind, target, who, when, the state before and after). Writes read the effects of
all curations in their own transaction and apply them to the batch first (`apply`): a rejected relation is
not written again, an entity merged away is written as its survivor, aliases a curator removed do not come
back, an edited name stays. Both stores share this module; each stores and reads the records its way."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from queries.rows import entity_row, evidence_id
from schema.errors import InvalidInput, NotUndoable
from schema.models import CurationRecord, Extraction, relation_id
from schema.ontology import RELATION_TYPES
from schema.relabel import renamed

Row = dict[str, Any]
# The stored columns of a curation, in both stores: the dicts travel as JSON text.
COLUMNS = ("id", "kind", "target", "into", "who", "at", "before", "after")


@dataclass(frozen=True)
class Effects:
    rejected: frozenset[str] = frozenset()
    redirects: dict[str, str] = field(default_factory=dict)  # merged-away entity -> survivor
    names: dict[str, str] = field(default_factory=dict)  # entity -> the name a curator gave it
    removed: dict[str, frozenset[str]] = field(default_factory=dict)  # entity -> names a curator removed

    def __bool__(self) -> bool:
        return bool(self.rejected or self.redirects or self.names or self.removed)


def new_row(kind: str, target: str, who: str, before: Row, after: Row, into: str | None = None) -> Row:
    return {
        "id": "c-" + uuid.uuid4().hex[:20],
        "kind": kind,
        "target": target,
        "into": into or "",
        "who": who,
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "before": json.dumps(before, ensure_ascii=False),
        "after": json.dumps(after, ensure_ascii=False),
    }


def state(entity: Row) -> Row:
    """The fields of an entity a curation can change, as recorded before and after it."""
    return {k: entity.get(k) for k in ("name", "type", "description", "aliases")}


def patched(entity: Row, changes: Row) -> Row:
    """The entity row (search and identity keys included) after a patch, or after restoring a state."""
    name = changes.get("name") or entity["name"]
    aliases = list(changes["aliases"]) if "aliases" in changes else list(entity.get("aliases") or [])
    aliases += [a for a in changes.get("add_aliases", []) if a not in aliases]
    gone = set(changes.get("remove_aliases", []))
    kept = [a for a in aliases if a not in gone and a != name]
    if name != entity["name"] and entity["name"] not in gone and "aliases" not in changes:
        kept.append(entity["name"])  # a renamed entity is still found by its old name
    description = changes.get("description")
    if description is None:  # not changed: '' is a description a curator may set
        description = entity.get("description") or ""
    return entity_row(entity["id"], name, changes.get("type") or entity["type"], kept, description)


def moved_evidence(evidence: list[Row], source: str, target: str) -> list[Row]:
    """The evidence of a merged-away entity's relations, re-pointed at the survivor (new relation and
    evidence ids); what would become a self-loop is left out."""
    out = {}
    for v in evidence:
        head = target if v["head"] == source else v["head"]
        tail = target if v["tail"] == source else v["tail"]
        if head == tail:
            continue
        if RELATION_TYPES[v["type"]].symmetric and tail < head:
            head, tail = tail, head
        rid = relation_id(head, v["type"], tail)
        eid = evidence_id(rid, v["article_id"], v["span_start"], v["span_end"])
        out[eid] = {**v, "id": eid, "relation_id": rid, "head": head, "tail": tail}
    return list(out.values())


def edges_of(evidence: list[Row]) -> list[Row]:
    """The relations some evidence rows belong to (id, head, tail, type), once each."""
    by_id = {
        v["relation_id"]: {"id": v["relation_id"], "head": v["head"], "tail": v["tail"], "type": v["type"]}
        for v in evidence
    }
    return list(by_id.values())


def merge_before(
    src: Row, dst: Row, evidence: list[Row], created: list[str], mentions: list[Row], metrics: list[str]
) -> Row:
    """What a merge records to be undone: the merged-away entity, the survivor's names, the evidence as it
    was, the evidence ids the merge created, the mentions it moved (`fresh`: the survivor had none in that
    article) and the ids of the figures it moved."""
    return {
        "entity": src,
        "survivor": state(dst),
        "evidence": evidence,
        "created": created,
        "mentions": mentions,
        "metrics": metrics,
    }


@dataclass(frozen=True)
class Unmerge:
    entity: Row  # the merged-away entity's row, to create again
    survivor: str
    added_aliases: list[str]  # the names the survivor gained by the merge
    evidence: list[Row]  # the merged-away entity's evidence, as it was
    moved: list[Row]  # that evidence as the merge re-pointed it (its relations are recomputed)
    created: list[str]  # the evidence ids the merge created
    mentions: list[Row]
    metrics: list[str]


def unmerge(done: CurationRecord) -> Unmerge:
    """How to undo a merge; merges recorded before undo existed are refused."""
    if "evidence" not in done.before or not done.into:
        raise NotUndoable(
            "this merge was recorded without what undoing it needs "
            "(retract and re-ingest the articles, or edit the survivor)"
        )
    src, kept = done.before["entity"], done.before["survivor"]
    had = {kept["name"], *(kept.get("aliases") or [])}
    return Unmerge(
        entity=entity_row(
            src["id"], src["name"], src["type"], list(src.get("aliases") or []), src.get("description") or ""
        ),
        survivor=done.into,
        added_aliases=[a for a in [src["name"], *(src.get("aliases") or [])] if a not in had],
        evidence=done.before["evidence"],
        moved=moved_evidence(done.before["evidence"], src["id"], done.into),
        created=done.before["created"],
        mentions=done.before["mentions"],
        metrics=done.before["metrics"],
    )


def survivor_gone(done: CurationRecord) -> NotUndoable:
    return NotUndoable(
        f"{done.into!r}, which {done.target!r} was merged into, is gone: undo the curation that removed it first"
    )


def check_mergeable(source: Row, target: Row) -> None:
    if source["id"] == target["id"]:
        raise InvalidInput("an entity cannot be merged into itself")
    if source["type"] != target["type"]:
        raise InvalidInput(f"cannot merge a {source['type']} into a {target['type']}")


def duplicate_rows(pairs: list[tuple[str, str]]) -> list[Row]:
    at = datetime.now(UTC).isoformat(timespec="seconds")
    return [{"id": f"{a}\x1f{b}", "a": a, "b": b, "seen_at": at} for a, b in sorted({tuple(sorted(p)) for p in pairs})]


def record(row: Row) -> CurationRecord:
    return CurationRecord(
        id=row["id"],
        kind=row["kind"],
        target=row["target"],
        into=row.get("into") or None,
        who=row["who"],
        at=row["at"],
        before=json.loads(row.get("before") or "{}"),
        after=json.loads(row.get("after") or "{}"),
    )


def effects(rows: list[Row]) -> Effects:
    """What the stored curations (oldest first) ask of later writes."""
    rejected: set[str] = set()
    redirects: dict[str, str] = {}
    names: dict[str, str] = {}
    removed: dict[str, frozenset[str]] = {}
    for c in sorted((record(r) for r in rows), key=lambda c: (c.at, c.id)):
        if c.kind == "reject":
            rejected.add(c.target)
        elif c.kind == "merge" and c.into:
            redirects[c.target] = c.into
        elif c.kind == "patch":
            names[c.target] = c.after["name"]
            gone = set(c.before.get("aliases", [])) - set(c.after.get("aliases", []))
            removed[c.target] = frozenset(removed.get(c.target, frozenset()) | gone)
    return Effects(frozenset(rejected), _resolved(redirects), names, removed)


def _resolved(redirects: dict[str, str]) -> dict[str, str]:
    """A → B and B → C: A goes to C."""
    out = {}
    for source in redirects:
        target, seen = redirects[source], {source}
        while target in redirects and target not in seen:
            seen.add(target)
            target = redirects[target]
        out[source] = target
    return out


def apply(extraction: Extraction, curated: Effects) -> Extraction:
    if not curated:
        return extraction
    out = renamed(extraction, curated.redirects) if curated.redirects else extraction
    entities = []
    for e in out.entities:
        gone = curated.removed.get(e.id, frozenset())
        name = curated.names.get(e.id, e.name)
        aliases = [a for a in dict.fromkeys([e.name, *e.aliases]) if a not in gone and a != name]
        entities.append(e.model_copy(update={"name": name, "aliases": aliases}))
    relations = [r for r in out.relations if r.id not in curated.rejected]
    return out.model_copy(update={"entities": entities, "relations": relations})
