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
        self.tail_preps = {noun: tuple(preps) for noun, preps in data.get("tail_preps", {}).items()}
        self.stake_nouns = frozenset(data.get("stake_nouns", ()))
        self.holding = frozenset(data.get("holding_verbs", ()))
        self.completing = frozenset(data.get("completing_verbs", ()))
        self.control_words = frozenset(data.get("control_words", ()))

    def run(self, order: Order, add: Add) -> None:
        for tok in order.sentence_tokens():
            if tok.lemma_.lower() in self.stake_nouns and tok.pos_ == "NOUN":
                self._stake(order, add, tok.i)
            types = self.types.get(tok.lemma_.lower())
            if types is None or tok.pos_ != "NOUN":
                continue
            start, end = order.clause(tok.i)
            if self._unrealised(order, start, end):
                continue
            possessor, first = self._possessor(order, tok.i, start)
            if first is not None and order.token(first).lower_ in self.hedges:
                continue
            preps = self.tail_preps.get(tok.lemma_.lower(), ("of",))
            of = tok.i + 1 < end and order.token(tok.i + 1).lower_ in preps
            tails = order.first_after(tok.i + 1, end, limit=4) if of else []
            agents = self._by_agents(order, tok.i, end)
            if agents and not tails and possessor is not None:
                tails = [possessor]  # "B's takeover by A"
            heads = agents or ([possessor] if possessor is not None else self._completer(order, tok.i, start))
            for head in heads:
                for tail in tails:
                    add(types, head, tail, CONFIDENCE, "en.event_noun")

    def _controlling(self, order: Order, i: int) -> bool:
        """'a majority stake', 'a controlling interest', 'a 51% stake'."""
        for j in range(max(order.sent.start, i - 3), i):
            word = order.token(j).lower_
            if word in self.control_words:
                return True
            if word == "%" and order.token(j - 1).like_num and _percent(order.token(j - 1).text) > 50:
                return True
        return False

    def _control(self, j: int, order: Order) -> bool:
        return order.token(j).lower_ in self.control_words

    def _stake(self, order: Order, add: Add, i: int) -> None:
        """'A took a majority stake in B' → A OWNS B; "A's stake in B", 'A holds a 10% stake in B' → INVESTS_IN."""
        start, end = order.clause(i)
        if self._unrealised(order, start, end) or i + 1 >= end or order.token(i + 1).lower_ != "in":
            return
        controlling = self._controlling(order, i)
        owners = [k] if (k := self._possessor(order, i, start)[0]) is not None else []
        if not owners:
            verb = self._verb_before(order, i, start)
            if verb is not None and (controlling or order.token(verb).lemma_.lower() in self.holding):
                owners = order.subject_before(verb, start)
        kind, rule = (("OWNS",), "en.stake.controlling") if controlling else (("INVESTS_IN",), "en.stake.held")
        for owner in owners:
            for owned in order.first_after(i + 1, end, limit=4):
                add(kind, owner, owned, 0.7, rule)

    def _completer(self, order: Order, i: int, start: int) -> list[int]:
        """'A completed/announced the acquisition of B': 'the' (and modifiers) then a completing verb."""
        j = i - 1
        while j > start and order.token(j).pos_ in ("ADJ", "NUM", "SYM", "DET", "NOUN") and order.token(j).is_lower:
            j -= 1
        if j >= start and order.token(j).lemma_.lower() in self.completing and _verb(order, j):
            return order.subject_before(j, start)
        return []

    def _verb_before(self, order: Order, i: int, start: int) -> int | None:
        return next((j for j in range(i - 1, start - 1, -1) if _verb(order, j) and not self._control(j, order)), None)

    def _unrealised(self, order: Order, start: int, end: int) -> bool:
        words = {order.token(j).lemma_.lower() for j in range(start, end)} | {
            order.token(j).lower_ for j in range(start, end)
        }
        return bool(words & (self.failures | self.negations))

    def _possessor(self, order: Order, i: int, start: int) -> tuple[int | None, int | None]:
        """The actor owning the noun ("A's", 'its') and the first word of the noun's modifiers."""
        j = i - 1
        while j >= start and (
            order.token(j).pos_ in _BETWEEN or order.token(j).text in ("-", "%") or self._control(j, order)
        ):
            j -= 1
        first = j + 1 if j + 1 < i else None
        word = order.token(j).lower_ if j >= start else ""
        if word == "its":
            return order.carried_org(j), first
        if word in ("his", "her"):
            return order.carried.get(EntityType.PERSON), first
        if j - 1 >= start and order.token(j).text in _POSSESSIVE:
            return order.ref(j - 1), first  # "A's", "the company's", "the chipmaker's"
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


def _percent(text: str) -> float:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return 0.0


def _verb(order: Order, j: int) -> bool:
    return order.token(j).tag_.startswith("VB")
