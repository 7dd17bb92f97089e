"""What the rules of every language share: the hit they emit, type choice, the discourse state."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from schema.ontology import RELATION_TYPES, EntityType

# A head left to the article: "all competitors such as A and B" names no anchor; the article's
# most-mentioned compatible actor is meant. extract.py resolves it once the whole article is read.
SALIENT = -1


@dataclass(frozen=True)
class Hit:
    """A relation between two of doc.ents (by index), with the sentence as evidence."""

    head: int
    type: str
    tail: int
    confidence: float
    sent_start: int
    sent_end: int
    rule: str


def pick_type(types: tuple[str, ...], head: EntityType | None, tail: EntityType) -> str | None:
    """The first of `types` the ontology allows between the two ends (head None: any allowed head). A company's
    product is developed, not founded: 'OpenAI created ChatGPT' (the ontology allows both; news means DEVELOPS).
    A person 'founding' a product is left alone: that product is most often a company the NER mistyped."""
    if tail == EntityType.PRODUCT and head == EntityType.ORGANIZATION and "FOUNDED" in types:
        types = tuple(dict.fromkeys("DEVELOPS" if t == "FOUNDED" else t for t in types))
    for name in types:
        spec = RELATION_TYPES[name]
        if head is None:
            if tail in spec.tails or (spec.symmetric and tail in spec.heads):
                return name
        elif spec.allows(head, tail):
            return name
    return None


@dataclass
class Actors:
    """doc.ents by token, and the actor each kind of pronoun currently points to."""

    doc: Doc
    ents: list[Span] = field(init=False)
    at: dict[int, int] = field(init=False)
    carried: dict[EntityType, int] = field(default_factory=dict)
    # The last actor of each type marked as the topic ('Xは', 'the company'): what a paragraph is about.
    topics: dict[EntityType, int] = field(default_factory=dict)
    # The last actor of each type named in any role: what '同社を' in an argument slot most often means.
    recent: dict[EntityType, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.ents = list(self.doc.ents)
        # Doc[i] builds a new Token each time: rules that walk tokens by index read this list instead.
        self.tokens: list[Token] = list(self.doc)
        self.at = {i: k for k, e in enumerate(self.ents) for i in range(e.start, e.end)}
        self._starts = [e.start for e in self.ents]
        inherit(self)

    def within(self, span: Span) -> range:
        """Indices of the ents inside a span (a sentence): ents are sorted and do not overlap."""
        return range(bisect_left(self._starts, span.start), bisect_left(self._starts, span.end))

    def of(self, token: Token) -> int | None:
        return self.at.get(token.i)

    def type_of(self, index: int) -> EntityType | None:
        if index <= EARLIER:
            return earlier_type(self.doc, index)
        return None if index == SALIENT else EntityType(self.ents[index].label_)

    def carry(self, index: int) -> None:
        self.carried[EntityType(self.ents[index].label_)] = index

    def mark_topic(self, index: int) -> None:
        self.topics[EntityType(self.ents[index].label_)] = index

    def same(self, a: int, b: int) -> bool:
        """Two mentions that name one actor: the same KB entry, or one name the start of the other."""
        if a == b:
            return True
        if SALIENT in (a, b):
            return False
        x, y = self.ents[a], self.ents[b]
        if x.kb_id_ and x.kb_id_ == y.kb_id_:
            return True
        return x.text.startswith(y.text) or y.text.startswith(x.text)


class Collector:
    """Hits of one doc, one per (head, type, tail, sentence), keeping the most confident."""

    def __init__(self, actors: Actors) -> None:
        self.actors = actors
        self.best: dict[tuple[int, str, int, int], Hit] = {}

    def add(
        self, types: tuple[str, ...], head: int | None, tail: int | None, conf: float, sent: Span, rule: str
    ) -> None:
        if head is None or tail is None or head == tail:
            return
        kind = pick_type(types, self.actors.type_of(head), self.actors.type_of(tail) or EntityType.ORGANIZATION)
        if kind is None:
            return
        if (
            min(head, tail) >= 0
            and self.actors.ents[head].kb_id_
            and (self.actors.ents[head].kb_id_ == self.actors.ents[tail].kb_id_)
        ):
            return
        hit = Hit(head, kind, tail, round(conf, 2), sent.start_char, sent.end_char, rule)
        key = (head, kind, tail, sent.start_char)
        if key not in self.best or self.best[key].confidence < hit.confidence:
            self.best[key] = hit

    def hits(self) -> list[Hit]:
        return list(self.best.values())


# --- actors of earlier paragraphs -------------------------------------------------------------------
# A doc is one paragraph. What '同社', 'the company' or a dropped subject opening a paragraph points to
# was named in an earlier one: such an end is a placeholder (EARLIER, EARLIER - 1, …: the most recent
# first, so that the latest wins a max() over indices, and every one below any index of this doc's
# ents). The relations component says which placeholders a doc starts with; extract.py resolves them.
EARLIER = -2
EARLIER_STATE = "kg_earlier"
ACTORS = "kg_actors"
for _name in (EARLIER_STATE, ACTORS):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@dataclass(frozen=True)
class Earlier:
    """The discourse state a paragraph starts with: placeholders by type, and the type of each."""

    carried: dict[EntityType, int]
    topics: dict[EntityType, int]
    recent: dict[EntityType, int]
    types: dict[int, EntityType]


class _WithEarlier(list[Span]):
    """doc.ents, where a placeholder index gives a one-token stand-in of its type (not in the doc)."""

    def __init__(self, ents: list[Span], stand_ins: dict[int, Span]) -> None:
        super().__init__(ents)
        self.stand_ins = stand_ins

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        if isinstance(index, int) and index in self.stand_ins:
            return self.stand_ins[index]
        return super().__getitem__(index)


def earlier_type(doc: Doc, index: int) -> EntityType | None:
    state: Earlier | None = doc._.get(EARLIER_STATE)
    return state.types.get(index) if state is not None else None


def inherit(actors: Actors) -> None:
    """Start the doc's discourse state with the placeholders of earlier paragraphs (none in a lone doc)."""
    actors.doc._.set(ACTORS, actors)
    state: Earlier | None = actors.doc._.get(EARLIER_STATE)
    if state is None or not state.types:
        return
    stub = Doc(actors.doc.vocab, words=["同社"])
    stand_ins = {k: Span(stub, 0, 1, label=kind.value) for k, kind in state.types.items()}
    actors.ents = _WithEarlier(actors.ents, stand_ins)
    actors.carried.update(state.carried)
    actors.topics.update(state.topics)
    actors.recent.update(state.recent)
