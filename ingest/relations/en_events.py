"""Facts named by an event noun, read by token order: "A's acquisition of B", 'the purchase of B by A',
"B's takeover by A", 'A completed its purchase of B', "A's criticism of B". A hedge ('a possible
takeover of B') or a failure in the clause ('the deal collapsed', 'regulators blocked') yields nothing."""

from __future__ import annotations

from ingest.relations.en_clause import Add
from ingest.relations.en_order import Order
from ingest.relations.lexicon import Lexicon
from schema.ontology import EntityType

_POSSESSIVE = ("'s", "’s", "'", "’")
_BETWEEN = ("ADJ", "NUM", "SYM", "ADV")  # "A's $27.7 billion acquisition", "its long-awaited purchase"
CONFIDENCE = 0.75


class EventNouns:
    def __init__(self, lex: Lexicon) -> None:
        data = lex.raw.get("event_nouns", {})
        self.types = {noun: tuple(types) for noun, types in data.get("nouns", {}).items()}
        self.hedges = frozenset(data.get("hedges", ()))
        self.failures = frozenset(data.get("failure_words", ()))
        self.negations = lex.word_set("negation_words")

    def run(self, order: Order, add: Add) -> None:
        for tok in order.sent:
            types = self.types.get(tok.lemma_.lower())
            if types is None or tok.pos_ != "NOUN":
                continue
            start, end = order.clause(tok.i)
            if self._unrealised(order, start, end):
                continue
            possessor, first = self._possessor(order, tok.i, start)
            if first is not None and order.token(first).lower_ in self.hedges:
                continue
            of = tok.i + 1 < end and order.token(tok.i + 1).lower_ == "of"
            tails = order.first_after(tok.i + 1, end, limit=4) if of else []
            agents = self._by_agents(order, tok.i, end)
            if agents and not tails and possessor is not None:
                tails = [possessor]  # "B's takeover by A"
            heads = agents or ([possessor] if possessor is not None else [])
            for head in heads:
                for tail in tails:
                    add(types, head, tail, CONFIDENCE, "en.event_noun")

    def _unrealised(self, order: Order, start: int, end: int) -> bool:
        words = {order.token(j).lemma_.lower() for j in range(start, end)} | {
            order.token(j).lower_ for j in range(start, end)
        }
        return bool(words & (self.failures | self.negations))

    def _possessor(self, order: Order, i: int, start: int) -> tuple[int | None, int | None]:
        """The actor owning the noun ("A's", 'its') and the first word of the noun's modifiers."""
        j = i - 1
        while j >= start and (order.token(j).pos_ in _BETWEEN or order.token(j).text == "-"):
            j -= 1
        first = j + 1 if j + 1 < i else None
        word = order.token(j).lower_ if j >= start else ""
        if word == "its":
            return order.carried_org(j), first
        if word in ("his", "her"):
            return order.carried.get(EntityType.PERSON), first
        if j - 1 >= start and order.token(j).text in _POSSESSIVE:
            return order.at(j - 1), first
        return None, first

    def _by_agents(self, order: Order, i: int, end: int) -> list[int]:
        """'the acquisition of B by A': a 'by' before any verb."""
        for j in range(i + 1, min(end, i + 10)):
            tok = order.token(j)
            if tok.lower_ == "by":
                return order.first_after(j, end, limit=4)
            if tok.tag_.startswith("VB"):
                return []
        return []
