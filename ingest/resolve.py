"""Entity resolution inside one article: every actor once, whatever spelling the text used."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ingest.kb import KnowledgeBase
from schema.models import ExtractedEntity, Span
from schema.names import normalize_name
from schema.ontology import EntityType

AFFIXES_FILE = Path(__file__).parent / "patterns" / "name_affixes.json"
_NAME_PARTS = re.compile(r"[\s・･·]+")


@dataclass
class Mention:
    text: str
    start: int
    end: int
    type: EntityType
    kb_id: str = ""
    group: str = ""
    entity_id: str = ""  # set by resolve()


@dataclass
class _Actor:
    id: str
    name: str
    type: EntityType
    description: str = ""
    mentions: list[Mention] = field(default_factory=list)


@lru_cache(maxsize=1)
def _affixes() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = json.loads(AFFIXES_FILE.read_text(encoding="utf-8"))
    return tuple(data["prefixes"]), tuple(sorted(data["suffixes"], key=len, reverse=True))


def bare_name(text: str) -> str:
    """The name without company forms and honorifics: 'マスク氏' → 'マスク', 'Acme Inc.' → 'Acme'."""
    name = unicodedata.normalize("NFKC", text).strip()
    prefixes, suffixes = _affixes()
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            name = name[: -len(suffix)].strip()
            break
    for prefix in prefixes:
        if name.startswith(prefix) and len(name) > len(prefix) + 1:
            name = name[len(prefix) :].strip()
            break
    return name


def new_entity_id(name: str, kind: EntityType) -> str:
    """Stable id of an actor the knowledge base does not know, from its normalised name and type."""
    key = normalize_name(name)
    slug = re.sub(r"[^a-z0-9]+", "-", key).strip("-") if key.isascii() else key
    return f"{kind.value.lower()}:{slug or key}"


def resolve(mentions: list[Mention], kb: KnowledgeBase) -> list[ExtractedEntity]:
    actors: dict[str, _Actor] = {}
    loose: list[Mention] = []
    for m in mentions:
        entity = kb.entities.get(m.kb_id) if m.kb_id else kb.lookup(bare_name(m.text))
        if entity is not None and (m.kb_id or entity.type == m.type):
            actors.setdefault(
                entity.id, _Actor(entity.id, entity.name, entity.type, entity.description)
            ).mentions.append(m)
        elif m.group:
            gid = m.group.replace("/", "-")
            actors.setdefault(gid, _Actor(gid, m.text, EntityType.ORGANIZATION)).mentions.append(m)
        else:
            loose.append(m)
    full_names = _full_person_names(actors, loose)
    for m in sorted(loose, key=lambda x: -len(x.text)):
        key = normalize_name(bare_name(m.text))
        # A lone surname of a person named in full earlier is that person, whatever the NER label said.
        target = full_names.get(key) if not _NAME_PARTS.search(m.text.strip()) else None
        actor_id = target or new_entity_id(bare_name(m.text), m.type)
        actor = actors.setdefault(
            actor_id, _Actor(actor_id, bare_name(m.text), EntityType.PERSON if target else m.type)
        )
        actor.mentions.append(m)
    for actor in actors.values():
        for m in actor.mentions:
            m.entity_id = actor.id
    return [_entity(a) for a in actors.values()]


def _full_person_names(actors: dict[str, _Actor], loose: list[Mention]) -> dict[str, str]:
    """'Musk' → the id of 'Elon Musk' when a multi-part person name was seen in the same article."""
    out: dict[str, str] = {}
    people = [(a.name, a.id) for a in actors.values() if a.type == EntityType.PERSON]
    people += [
        (bare_name(m.text), new_entity_id(bare_name(m.text), m.type)) for m in loose if m.type == EntityType.PERSON
    ]
    for name, actor_id in people:
        parts = [p for p in _NAME_PARTS.split(name) if p]
        if len(parts) > 1:
            for part in (parts[0], parts[-1]):
                out.setdefault(normalize_name(part), actor_id)
    return out


def _entity(actor: _Actor) -> ExtractedEntity:
    surfaces = list(dict.fromkeys(m.text for m in actor.mentions))
    return ExtractedEntity(
        id=actor.id,
        name=actor.name,
        type=actor.type,
        description=actor.description,
        aliases=[s for s in surfaces if s != actor.name],
        mentions=[Span(text=m.text, start=m.start, end=m.end) for m in sorted(actor.mentions, key=lambda x: x.start)],
    )
