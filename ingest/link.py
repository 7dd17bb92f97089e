"""One actor across articles: an actor the knowledge base does not know is re-linked to the same actor
already in the store, or met earlier in the batch, when their identity keys (schema.identity) say so.

Pure: the caller fetches the candidates (GraphStore.identity_candidates with `lookup_keys`) and writes
what comes back. Types must agree; a name that fits two known actors links to neither and is reported
as an Ambiguity for review. Only safe names are looked up: a lone given name or surname ('Scott') could be
anyone, so people are looked up by their full names only."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from schema.identity import SOUND_PREFIX, identity_keys, same_sound
from schema.models import ActorNames, ExtractedEntity, Extraction
from schema.ontology import EntityType
from schema.relabel import renamed

# Ids that resolution gave actors it found outside the knowledge base ('person:kevin-scott').
_LEARNED = re.compile("^(?:" + "|".join(t.value.lower() for t in EntityType) + "):")
_NAME_PARTS = re.compile(r"[\s・･·]+")


@dataclass(frozen=True)
class Ambiguity:
    entity: str
    candidates: tuple[str, ...]


def is_learned(entity_id: str) -> bool:
    return bool(_LEARNED.match(entity_id))


def _safe_names(entity: ExtractedEntity | ActorNames) -> list[str]:
    names = [entity.name, *entity.aliases]
    if entity.type == EntityType.PERSON:  # a StrEnum: equal to the plain "PERSON" of a stored actor too
        return [n for n in names if len([p for p in _NAME_PARTS.split(n.strip()) if p]) >= 2]
    return [n for n in names if len(n.strip()) >= 3]


def lookup_keys(extractions: Iterable[Extraction]) -> list[str]:
    """The identity keys to look up for a batch: those of its actors the knowledge base does not know."""
    keys = {k for x in extractions for e in x.entities if is_learned(e.id) for k in identity_keys(_safe_names(e))}
    return sorted(keys)


@dataclass
class _Known:
    actor: ActorNames
    keys: set[str]


def _known(actor: ActorNames) -> _Known:
    return _Known(actor, set(identity_keys([actor.name, *actor.aliases])))


def relink(extractions: list[Extraction], candidates: list[ActorNames]) -> tuple[list[Extraction], list[Ambiguity]]:
    """The batch with each learned actor renamed to the one known actor it matches, in input order
    (an article's actors become candidates for the articles after it)."""
    pool = [_known(c) for c in candidates]
    out, ambiguous = [], []
    for extraction in extractions:
        renames: dict[str, str] = {}
        for entity in extraction.entities:
            if is_learned(entity.id):
                match = _match(entity, pool)
                if isinstance(match, Ambiguity):
                    ambiguous.append(match)
                elif match is not None:
                    renames[entity.id] = match
        linked = renamed(extraction, renames) if renames else extraction
        pool += [
            _known(ActorNames(id=e.id, name=e.name, type=e.type.value, aliases=e.aliases)) for e in linked.entities
        ]
        out.append(linked)
    return out, ambiguous


def _match(entity: ExtractedEntity, pool: list[_Known]) -> str | Ambiguity | None:
    names = _safe_names(entity)
    keys = set(identity_keys(names))
    found: dict[str, None] = {}
    for known in pool:
        shared = keys & known.keys
        if not shared or known.actor.type != entity.type.value:
            continue
        if known.actor.id == entity.id:
            return None  # already the same actor
        if all(k.startswith(SOUND_PREFIX) for k in shared) and not _sounds_alike(names, known.actor):
            continue
        found[known.actor.id] = None
    if len(found) > 1:
        return Ambiguity(entity.id, tuple(found))
    return next(iter(found), None)


def _sounds_alike(names: list[str], actor: ActorNames) -> bool:
    return any(same_sound(a, b) for a in names for b in [actor.name, *actor.aliases])
