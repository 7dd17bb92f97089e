"""The discourse state one paragraph hands to the next: who '同社', '同氏', 'the company', 'he' or a dropped
subject opening a paragraph points to when the paragraph itself names nobody before it.

A doc is one paragraph, and the rules keep their state (Actors.carried / topics / recent) per doc. The
relations component sees an article's paragraphs in order; this module turns the state a paragraph ends
with into the placeholders (common.EARLIER, …) the next one starts with, and remembers which actor of
which earlier paragraph each placeholder stands for (`Ref`: paragraph ordinal, index in its doc.ents).
extract.py maps a Ref to the article's mention.

What is handed on, per type (organisation, person): a heading ('◆Company (city)') hands on its actor; a
paragraph hands on its last subject (else its last-named actor) only when that is the actor the article
has named most so far, since what a later paragraph leaves unsaid is the article's lead, not a passing
name; one that names nobody of the type passes on what it was handed. The rules then read each paragraph
twice, alone and with the placeholders (`merged`): a placeholder hit counts only when the paragraph names
no actor of that type before the reference, and an object needs a reference word ('同社に', 'the company')."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ingest.doc_text import doc_text
from ingest.relations.common import ACTORS, EARLIER, EARLIER_STATE, SALIENT, Actors, Earlier, Hit, earlier_type
from schema.ontology import RELATION_TYPES, EntityType

# (article, ordinal of the paragraph in it): set by extract.py on each doc before the pipeline runs.
PARAGRAPH = "kg_paragraph"
# placeholder → Ref: which earlier actor each placeholder of a doc stands for.
EARLIER_REFS = "kg_earlier_refs"
for _name in (PARAGRAPH, EARLIER_REFS):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

# Only what 同社/同氏/the company/he point to is handed on; a heading is at most this long.
CARRIED = (EntityType.ORGANIZATION, EntityType.PERSON)
HEADER_CHARS = 80
HEADLINE_WEIGHT = 3
HEADER_AFTER_NAME = "（(：:—–-|｜／/"
PERSON_TO_COMPANY = frozenset({"WORKS_FOR", "LEADS", "FOUNDED"})
# English pronouns have their own possessive forms ('its early backers'); Japanese adds の (同社の).
POSSESSIVE = {"it": "its", "he": "his", "she": "her", "they": "their"}
Ref = tuple[int, int]  # (paragraph ordinal, index into that paragraph's doc.ents)
State = dict[str, dict[EntityType, Ref]]
SLOTS = ("carried", "topics", "recent")


@dataclass(frozen=True)
class Handed:
    """Of a doc's placeholders: those for a passing actor (a reference word must mean them), and the
    name (KB id or text) each stands for."""

    weak: set[int]
    names: dict[int, str]


class ArticleDiscourse:
    """What each paragraph of the article being read starts with; reset when a new article begins."""

    def __init__(self) -> None:
        self.article: Hashable | None = None
        self.state: State = {slot: {} for slot in SLOTS}
        self.mentions: Counter[tuple[str, str]] = Counter()  # names of the article's people and companies so far
        self.weak: set[Ref] = set()  # actors handed on that a later paragraph may name only by a reference word
        self.names: dict[Ref, str] = {}

    def start(self, doc: Doc) -> bool:
        """Seed the doc with placeholders for the actors earlier paragraphs left (before the rules run);
        False when there are none."""
        where = doc._.get(PARAGRAPH)
        if where is None:
            return False
        article, ordinal = where
        if article != self.article or ordinal == 0:
            self.article, self.state, self.mentions = article, {slot: {} for slot in SLOTS}, Counter()
            self.weak, self.names = set(), {}
        refs = sorted({ref for slot in self.state.values() for ref in slot.values()}, reverse=True)
        placeholder = {ref: EARLIER - rank for rank, ref in enumerate(refs)}
        types = {placeholder[ref]: kind for slot in self.state.values() for kind, ref in slot.items()}
        seeded = {slot: {kind: placeholder[ref] for kind, ref in self.state[slot].items()} for slot in SLOTS}
        doc._.set(EARLIER_STATE, Earlier(seeded["carried"], seeded["topics"], seeded["recent"], types))
        doc._.set(EARLIER_REFS, {k: ref for ref, k in placeholder.items()})
        return bool(types)

    def handed(self, doc: Doc) -> Handed:
        """What the placeholders of a doc stand for, as `merged` needs it."""
        refs: dict[int, Ref] = doc._.get(EARLIER_REFS) or {}
        weak = {k for k, ref in refs.items() if ref in self.weak}
        return Handed(weak, {k: self.names[ref] for k, ref in refs.items() if ref in self.names})

    def finish(self, doc: Doc) -> None:
        """Remember the state the doc ends with (after the rules ran), in article terms."""
        where, actors = doc._.get(PARAGRAPH), doc._.get(ACTORS)
        if where is None or not isinstance(actors, Actors):
            return
        ordinal, refs = where[1], doc._.get(EARLIER_REFS) or {}
        self.names.update(((ordinal, k), _key(e)) for k, e in enumerate(doc.ents))

        def ref(k: int | None) -> Ref | None:
            return None if k is None else (ordinal, k) if k >= 0 else refs.get(k)

        for _ in range(HEADLINE_WEIGHT if ordinal == 0 else 1):  # a headline names what the article is about
            self.mentions.update((e.label_, _key(e)) for e in doc.ents)
        header = _header(doc)
        new: State = {slot: {} for slot in SLOTS}
        weak = set(self.weak)
        for kind in CARRIED:
            named = [k for k, e in enumerate(doc.ents) if e.label_ == kind.value]
            last, first = (named[-1], named[0]) if named else (None, None)
            subject = _own(actors.carried.get(kind))
            own = {
                "carried": first if header else last if subject is None else subject,
                "topics": first if header else _own(actors.topics.get(kind)),
                "recent": last,
            }
            for slot, k in own.items():
                if k is None:  # the paragraph passes on what it was handed
                    k = actors.recent.get(kind) if slot == "recent" else getattr(actors, slot).get(kind)
                elif not (header or slot == "recent" or self._lead(doc.ents[k])):
                    if slot == "topics":
                        continue  # a subject dropped in a later paragraph means the article's lead
                    weak.add((ordinal, k))  # a passing actor: only a reference word ('同社') may mean it
                if (found := ref(k)) is not None:
                    new[slot][kind] = found
        self.state, self.weak = new, weak

    def _lead(self, ent: Span) -> bool:
        """The actor of its type the article has named most so far."""
        counts = [(n, name) for (label, name), n in self.mentions.items() if label == ent.label_]
        return bool(counts) and max(counts)[1] == _key(ent)


def _key(ent: Span) -> str:
    return ent.kb_id_ or ent.text


def _header(doc: Doc) -> bool:
    """A heading that names one actor ('◆Company (city)', 'Company: the round'): a short line without a
    sentence end that opens with the name, followed by nothing, a bracket or a colon."""
    text = doc.text.strip()
    if not text or len(text) > HEADER_CHARS or text[-1] in "。．.!?！？」":
        return False
    actors = [e for e in doc.ents if EntityType(e.label_) in CARRIED]
    if not actors:
        return False
    lead = doc.text[: actors[0].start_char]
    rest = doc.text[actors[0].end_char :].strip()
    return not any(c.isalnum() for c in lead) and (not rest or rest[0] in HEADER_AFTER_NAME)


def _own(k: int | None) -> int | None:
    """An index set by this paragraph's own text (not a placeholder it started with)."""
    return k if k is not None and k >= 0 else None


def merged(doc: Doc, own: list[Hit], seeded: list[Hit], pronouns: dict[str, EntityType], handed: Handed) -> list[Hit]:
    """The hits the rules find in the paragraph alone, plus those the earlier actors add: hits with a
    placeholder end that the paragraph does not contradict, or that the paragraph alone left to the
    article (SALIENT): the earlier paragraph's actor replaces the article's most-mentioned one there.
    `handed.weak`: placeholders for a passing actor, which only a reference word in the sentence may mean;
    an actor named in the paragraph that is the one a placeholder stands for is no competing antecedent."""
    employers = _employers(doc, own)

    def named_here(h: Hit) -> bool:
        name = handed.names.get(h.head if h.head <= EARLIER else h.tail)
        same = {k for k, e in enumerate(doc.ents) if _key(e) == name}
        return _named_here(doc, h, same, employers, pronouns)

    left_to_article = {_slot(h) for h in own if SALIENT in (h.head, h.tail)}

    def trusted(h: Hit) -> bool:
        placeholder = h.head if h.head <= EARLIER else h.tail
        if placeholder in handed.weak and _reference_at(doc, h, earlier_type(doc, placeholder), pronouns) is None:
            return False
        if _slot(h) in left_to_article:  # the paragraph alone left that end outside it anyway
            kind = earlier_type(doc, h.head if h.head <= EARLIER else h.tail)
            return _reference_at(doc, h, kind, pronouns) is None or not named_here(h)
        return not (named_here(h) or _object_unsaid(doc, h, pronouns))

    # A hit needs one end named in this paragraph: two stand-ins (or a stand-in and the article) state nothing here.
    added = [h for h in seeded if min(h.head, h.tail) <= EARLIER and max(h.head, h.tail) >= 0 and trusted(h)]
    replaced = {_slot(h) for h in added}
    return [h for h in own if _slot(h) not in replaced] + added


def _slot(hit: Hit) -> tuple[str, int, int, int]:
    """A hit with its placeholder or SALIENT end blanked: what the two runs may both have found."""
    head, tail = (SALIENT if k <= SALIENT else k for k in (hit.head, hit.tail))
    return hit.type, head, tail, hit.sent_start


def _named_here(doc: Doc, hit: Hit, same: set[int], employers: set[int], pronouns: dict[str, EntityType]) -> bool:
    """The paragraph names an actor of the placeholder's type before the reference word ('同社', 'the
    company'), or before the hit's other end when there is none: that actor is what the reference most
    likely meant. Not counted: the placeholder's own actor named again (`same`), and, only with no
    reference word, an organisation named as a person's employer ('Xで CTOを務めたY')."""
    kind = earlier_type(doc, hit.head if hit.head <= EARLIER else hit.tail)
    local = [doc.ents[k].start_char for k in (hit.head, hit.tail) if k >= 0]
    until = _reference_at(doc, hit, kind, pronouns)
    if until is None:
        until = min(local) if local else hit.sent_end
    else:  # 'Musk, who left OpenAI's board, attacked the company': any company may be meant
        employers = set()
    ignored = same | employers
    return any(e.start_char < until and e.label_ == kind and k not in ignored for k, e in enumerate(doc.ents))


def _reference_at(doc: Doc, hit: Hit, kind: EntityType | None, pronouns: dict[str, EntityType]) -> int | None:
    """Where the sentence's first reference word of the type is (doc characters), if it has one."""
    sentence = doc_text(doc)[hit.sent_start : hit.sent_end].lower()
    words = [w for word, k in pronouns.items() if k == kind for w in (word, POSSESSIVE.get(word, word))]
    found = [m.start() for w in words for m in re.finditer(rf"(?<![a-z]){re.escape(w)}(?![a-z])", sentence)]
    return hit.sent_start + min(found) if found else None


def _employers(doc: Doc, hits: list[Hit]) -> set[int]:
    """Organisations the paragraph's own hits make a named person's employer or company."""
    return {
        h.tail
        for h in hits
        if h.type in PERSON_TO_COMPANY and h.head >= 0 and h.tail >= 0 and doc.ents[h.head].label_ == "PERSON"
    }


def _object_unsaid(doc: Doc, hit: Hit, pronouns: dict[str, EntityType]) -> bool:
    """A tail left to an earlier paragraph with no reference word of its type in the sentence: a subject
    is often left unsaid across paragraphs, an object or a target hardly ever; the rules filled an
    empty slot with a topic, too loose a reading across paragraphs."""
    if hit.tail > EARLIER or RELATION_TYPES[hit.type].symmetric:
        return False
    return _reference_at(doc, hit, earlier_type(doc, hit.tail), pronouns) is None
