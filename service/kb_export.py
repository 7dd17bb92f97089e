"""`kg kb export`: the knowledge base with what the store knows folded in, in the knowledge base's own
format (ingest/kb/entities.jsonl), for an operator to review and commit.

Folded in: curated names, descriptions and aliases of the knowledge base's actors (aliases go to
names_en or names_ja by script), entities merged away (their row goes, their names join the survivor),
and the actors the store learned from articles (ids like 'person:…'), as new rows after the known ones."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from typing import Any

from ingest.kb import KB_FILE
from ingest.link import is_learned
from queries.store import GraphStore
from schema.models import EntityRecord

Row = dict[str, Any]
_LATIN = re.compile(r"^[\x00-\x7F\u00C0-\u024F]+$")


async def _every_entity(store: GraphStore) -> AsyncIterator[EntityRecord]:
    cursor = None
    while True:
        page = await store.list_entities(limit=500, cursor=cursor)
        for entity in page.items:
            yield entity
        if (cursor := page.next_cursor) is None:
            return


async def _merges(store: GraphStore) -> dict[str, str]:
    out, cursor = {}, None
    while True:
        page = await store.curations(limit=500, cursor=cursor)
        out.update({c.target: c.into for c in page.items if c.kind == "merge" and c.into})
        if (cursor := page.next_cursor) is None:
            return out


def _with_names(row: Row, names: list[str]) -> Row:
    known = {row["name"], *row.get("names_en", []), *row.get("names_ja", [])}
    for name in names:
        if name and name not in known:
            row.setdefault("names_en" if _LATIN.match(name) else "names_ja", []).append(name)
            known.add(name)
    return row


def _learned_row(entity: EntityRecord, taken: set[str]) -> Row:
    slug = re.sub(r"[^a-z0-9]+", "-", entity.name.casefold()).strip("-") or entity.id.split(":", 1)[1]
    row_id = slug if slug not in taken else entity.id.replace(":", "-")
    row = {"id": row_id, "type": entity.type, "name": entity.name, "description": entity.description}
    return _with_names(row, entity.aliases)


async def exported_rows(store: GraphStore, min_articles: int = 2) -> list[Row]:
    rows = [json.loads(line) for line in KB_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
    merges = await _merges(store)
    stored = {e.id: e async for e in _every_entity(store)}
    by_id = {r["id"]: r for r in rows}
    for row in rows:
        entity = stored.get(row["id"])
        if entity is not None:
            row["name"] = entity.name
            row["description"] = entity.description or row.get("description", "")
            _with_names(row, entity.aliases)
    for source, survivor in merges.items():
        if source in by_id and survivor in by_id:
            gone = by_id.pop(source)
            _with_names(by_id[survivor], [gone["name"], *gone.get("names_en", []), *gone.get("names_ja", [])])
    taken, learned = set(by_id), []
    for entity in sorted(stored.values(), key=lambda e: (-e.article_count, e.id)):
        if is_learned(entity.id) and entity.article_count >= min_articles:
            learned.append(_learned_row(entity, taken))
            taken.add(learned[-1]["id"])
    return [*by_id.values(), *learned]
