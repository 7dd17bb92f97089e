"""Entity resolution inside one article: every actor once, whatever spelling the text used.

Mentions bound to the knowledge base join their entity. The others are grouped: by a shared link
key (a name and its bracketed form), by the same name whatever type the NER guessed, and then
joined to an actor already in the article when the name is that actor's short form ('Scale' for
'Scale AI') or a person's given name or surname alone."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ingest.entity_cues import given_names
from ingest.kb import KBEntity, KnowledgeBase
from schema.models import ExtractedEntity, Span
from schema.names import normalize_name
from schema.ontology import EntityType

AFFIXES_FILE = Path(__file__).parent / "patterns" / "name_affixes.json"
LINK_PREFIX = "link:"  # kb_id_ of names linked in the text but unknown to the knowledge base
NAMED_PREFIX = LINK_PREFIX + "named:"  # + the name the text gives the actor: a renamed one's new name, …
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


@dataclass(frozen=True)
class _Affixes:
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    generic_tails: tuple[str, ...]
    abbreviations: dict[str, str]


@lru_cache(maxsize=1)
def _affixes() -> _Affixes:
    data = json.loads(AFFIXES_FILE.read_text(encoding="utf-8"))
    by_length = sorted(data["suffixes"], key=len, reverse=True)
    tails = sorted((normalize_name(t) for t in data["generic_tails"]), key=len, reverse=True)
    return _Affixes(tuple(data["prefixes"]), tuple(by_length), tuple(tails), data.get("abbreviations", {}))


def bare_name(text: str) -> str:
    """The name without company forms and honorifics: 'マスク氏' → 'マスク', 'Acme Inc.' → 'Acme'."""
    name = unicodedata.normalize("NFKC", text).strip()
    affixes = _affixes()
    if name in affixes.abbreviations:
        return affixes.abbreviations[name]
    for suffix in affixes.suffixes:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            name = name[: -len(suffix)].strip()
            break
    for prefix in affixes.prefixes:
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
        entity = _known(m, kb)
        if entity is not None:
            _actor_of(actors, entity).mentions.append(m)
        elif m.group:
            gid = m.group.replace("/", "-")
            actors.setdefault(gid, _Actor(gid, m.text, EntityType.ORGANIZATION)).mentions.append(m)
        else:
            loose.append(m)
    clusters = _clusters(loose)
    names = _short_forms(actors, kb, clusters)
    people = _full_person_names(actors, kb, clusters)
    acronyms = _acronyms(actors, clusters)
    for cluster in sorted(clusters, key=lambda c: -max(len(m.text) for m in c)):
        _place(cluster, actors, kb, (names, people, acronyms))
    for actor in actors.values():
        for m in actor.mentions:
            m.entity_id = actor.id
    return [_entity(a) for a in actors.values()]


def _known(m: Mention, kb: KnowledgeBase) -> KBEntity | None:
    if m.kb_id and not m.kb_id.startswith(LINK_PREFIX):
        return kb.entities.get(m.kb_id)
    entity = kb.lookup(bare_name(m.text))
    return entity if entity is not None and entity.type == m.type else None


def _actor_of(actors: dict[str, _Actor], entity: KBEntity) -> _Actor:
    return actors.setdefault(entity.id, _Actor(entity.id, entity.name, entity.type, entity.description))


def _key(text: str) -> str:
    return normalize_name(bare_name(text))


def _clusters(loose: list[Mention]) -> list[list[Mention]]:
    """Mentions sharing a link key or a name are one actor, whatever type the NER gave each."""
    parent = list(range(len(loose)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[str, int] = {}
    for i, m in enumerate(loose):
        for key in (_key(m.text), m.kb_id):
            if not key:
                continue
            j = first.setdefault(key, i)
            parent[root(i)] = root(j)
    groups: dict[int, list[Mention]] = {}
    for i, m in enumerate(loose):
        groups.setdefault(root(i), []).append(m)
    return list(groups.values())


def _short_forms(actors: dict[str, _Actor], kb: KnowledgeBase, clusters: list[list[Mention]]) -> dict[str, str]:
    """Name keys of the actors already named → their id; a name less its generic tail counts too."""
    out: dict[str, str] = {}
    for actor in actors.values():
        entity = kb.entities.get(actor.id)
        surfaces = [*(entity.names if entity else ()), *(m.text for m in actor.mentions)]
        for key in {_key(s) for s in surfaces}:
            out.setdefault(key, actor.id)
            out.setdefault(_without_tail(key), actor.id)
    for cluster in clusters:
        name, kind = _name_and_type(cluster)
        key = _key(name)
        if _without_tail(key) != key:
            out.setdefault(_without_tail(key), new_entity_id(name, kind))
    out.pop("", None)
    return out


def _acronyms(actors: dict[str, _Actor], clusters: list[list[Mention]]) -> dict[str, str]:
    """'aws' → the id of 'Amazon Web Services' named in the same article."""
    named = [(a.id, a.name) for a in actors.values()]
    named += [(new_entity_id(*_name_and_type(c)), _name_and_type(c)[0]) for c in clusters]
    return {initials: actor_id for actor_id, name in reversed(named) if (initials := _initials(name))}


def _initials(name: str) -> str:
    """'Amazon Web Services' → 'aws': the acronym a name of three or more capitalised words is known by."""
    words = name.split()
    if len(words) < 3 or not all(w[0].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words).casefold()


def _without_tail(key: str) -> str:
    for tail in _affixes().generic_tails:
        if key.endswith(tail) and len(key) > len(tail) + 1:
            return key[: -len(tail)]
    return key


def _full_person_names(actors: dict[str, _Actor], kb: KnowledgeBase, clusters: list[list[Mention]]) -> dict[str, str]:
    """'Musk' → the id of 'Elon Musk' when a multi-part person name was seen in the same article."""
    out: dict[str, str] = {}
    people: list[tuple[str, str]] = []
    for actor in actors.values():
        if actor.type == EntityType.PERSON:
            entity = kb.entities.get(actor.id)
            people += [(n, actor.id) for n in (entity.names if entity else (actor.name,))]
    for cluster in clusters:
        name, kind = _name_and_type(cluster)
        if kind == EntityType.PERSON:
            people += [(bare_name(m.text), new_entity_id(name, kind)) for m in cluster]
    for name, actor_id in people:
        parts = [p for p in _NAME_PARTS.split(name) if p]
        if len(parts) > 1:
            for part in (parts[0], parts[-1]):
                out.setdefault(normalize_name(part), actor_id)
    return out


def _place(
    cluster: list[Mention],
    actors: dict[str, _Actor],
    kb: KnowledgeBase,
    known: tuple[dict[str, str], dict[str, str], dict[str, str]],
) -> None:
    """Join the cluster to an actor already named (same name, short form, written acronym, name part)
    or make it a new actor."""
    names, people, acronyms = known
    name, kind = _name_and_type(cluster)
    keys = {_key(m.text) for m in cluster}
    single = not any(_NAME_PARTS.search(m.text.strip()) for m in cluster)
    target = next((names[k] for k in keys if k in names and names[k] in actors), None)
    if target is None and all(m.text.isupper() and " " not in m.text for m in cluster):
        target = next((acronyms[k] for k in keys if acronyms.get(k) in actors), None)
    if target is None and single:
        # A lone given name or surname of a person named in full is that person, whatever the NER said.
        target = next((people[k] for k in keys if k in people), None)
        kind = EntityType.PERSON if target else kind
    if target is None:
        spellings = [name, *(bare_name(m.text) for m in cluster)]
        entity = next((e for e in map(kb.lookup, spellings) if e is not None), None)
        if entity is not None and (entity.id in actors or entity.type == kind):
            target = _actor_of(actors, entity).id
    if target is None and kind == EntityType.PERSON and _lone_latin_word(cluster) and " " not in name:
        kind = _second_type(cluster)  # a person is introduced by full name; one capitalised word alone is not one
    actor_id = target or new_entity_id(name, kind)
    actors.setdefault(actor_id, _Actor(actor_id, name, kind)).mentions.extend(cluster)


def _lone_latin_word(cluster: list[Mention]) -> bool:
    """One capitalised Latin word that is not a given name ('his sister Daniela' stays a person)."""
    words = [bare_name(m.text).split() for m in cluster]
    return all(m.text.isascii() for m in cluster) and all(len(w) == 1 and w[0] not in given_names() for w in words)


def _second_type(cluster: list[Mention]) -> EntityType:
    others = Counter(m.type for m in cluster if m.type != EntityType.PERSON)
    return others.most_common(1)[0][0] if others else EntityType.ORGANIZATION


def _name_and_type(cluster: list[Mention]) -> tuple[str, EntityType]:
    """The name the text gives the actor (NAMED_PREFIX), else its longest spelling; the type most mentions got
    (the longest's on a tie)."""
    longest = max(cluster, key=lambda m: len(bare_name(m.text)))
    votes = Counter(m.type for m in cluster)
    top = max(votes.values())
    kind = longest.type if votes[longest.type] == top else next(t for t, n in votes.items() if n == top)
    named = next((m.kb_id.removeprefix(NAMED_PREFIX) for m in cluster if m.kb_id.startswith(NAMED_PREFIX)), None)
    return named or bare_name(longest.text), kind


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
