"""Conflict named by a noun, read by token order: 'A filed a lawsuit against B', "A's suit against B",
'B faces a suit brought by A and C'; 'A took aim at B', "A's jab at B", 'A called B a liar'."""

from __future__ import annotations

from ingest.relations.en_clause import Add
from ingest.relations.en_order import COMPANY_SUFFIXES, Order
from ingest.relations.lexicon import Lexicon

TYPES = ("SUES",)
_POSSESSIVE = ("'s", "’s", "'", "’")


class Lawsuits:
    def __init__(self, lex: Lexicon) -> None:
        data = lex.raw.get("lawsuits", {})
        self.nouns = frozenset(data.get("nouns", ()))
        self.filing = frozenset(data.get("filing_verbs", ()))
        self.facing = frozenset(data.get("facing_verbs", ()))
        self.negations = lex.word_set("negation_words")
        self.attack_nouns = frozenset(data.get("attack_nouns", ()))
        self.kinds = frozenset(data.get("kind_words", ()))
        self.case_markers = frozenset(data.get("case_markers", ()))
        self.hit_back = frozenset(data.get("hit_back_verbs", ()))
        self.insults = frozenset(data.get("insult_nouns", ()))
        self.dismiss = frozenset(data.get("dismiss_verbs", ()))
        self.filed_nouns = frozenset(data.get("filed_nouns", ()))
        self.suit_nouns = self.nouns | self.filed_nouns

    def run(self, order: Order, add: Add) -> None:
        for tok in order.sentence_tokens():
            lemma = tok.lemma_.lower()
            if lemma in self.attack_nouns and tok.pos_ == "NOUN":
                self._attack(order, add, tok.i)
            elif lemma == "call" and tok.tag_.startswith("VB"):
                self._name_calling(order, add, tok.i)
            elif lemma == "take" and tok.tag_.startswith("VB"):
                self._taken_to_court(order, add, tok.i)
            elif tok.lower_.startswith("countersu") and tok.tag_.startswith("VB"):
                self._countersued(order, add, tok.i)
            elif tok.lower_ in self.case_markers:
                self._case_name(order, add, tok.i)
            elif tok.lower_ == "back" and order.token(tok.i - 1).lemma_.lower() in self.hit_back:
                self._hit_back(order, add, tok.i)
            elif lemma in ("trade", "exchange") and tok.i + 1 < order.sent.end:
                self._traded_insults(order, add, tok.i)
            if lemma in self.suit_nouns and tok.pos_ == "NOUN":
                start, end = order.clause(tok.i)
                if any(order.token(j).lower_ in self.negations for j in range(start, end)):
                    continue
                if lemma in self.filed_nouns:  # 'a case filed in May by A': only with its filing and agent
                    plaintiffs, conf = self._filed_by(order, tok.i, end), 0.65
                else:
                    plaintiffs, conf = self._plaintiffs(order, tok.i, start, end)
                defendants = self._defendants(order, tok.i, start, end)
                for head in plaintiffs:
                    for tail in defendants:
                        add(TYPES, head, tail, conf, "en.lawsuit.noun")

    def _attack(self, order: Order, add: Add, i: int) -> None:
        """'A took aim at B', "A's latest jab at B", 'A launched attacks on B'."""
        start, end = order.clause(i)
        if i + 1 >= end or order.token(i + 1).lower_ not in ("at", "on", "against"):
            return
        targets = order.first_after(i + 1, end, limit=3)
        p = i - 1
        while p > start and order.token(p).pos_ == "ADJ":
            p -= 1  # "A's latest jab"
        if p - 1 >= start and order.token(p).text in _POSSESSIVE and (k := order.at(p - 1)) is not None:
            critics = [k]
        else:
            verb = _verb_before(order, i, start)
            critics = order.subject_before(verb, start) if verb is not None else []
        if any(order.token(j).lower_ in self.negations for j in range(start, i)):
            return
        for head in critics:
            for tail in targets:
                add(("CRITICIZES",), head, tail, 0.6, "en.conflict.attack_noun")

    def _name_calling(self, order: Order, add: Add, i: int) -> None:
        """'A called B a liar' / 'calling B "a swindler"': the object is followed by an epithet."""
        start, end = order.clause(i)
        j = i + 1
        target = order.ref(j) if j < end else None
        if target is None:
            self._suit_called(order, add, i, start, end)
            return
        after = order.actors.ents[target].end if order.at(j) is not None else j + 1
        if after >= order.sent.end or order.token(after).lower_ not in ("a", "an", '"', "“", "'"):
            return
        critics = order.subject_before(i, start)
        for head in critics:
            add(("CRITICIZES",), head, target, 0.55, "en.conflict.name_calling")

    def _suit_called(self, order: Order, add: Add, i: int, start: int, end: int) -> None:
        """'A sued B; B called the suit bullying': who calls a suit names criticises who brought it."""
        j = i + 1
        if j + 2 >= end or order.token(j).lower_ not in ("the", "this", "that") or self._negated(order, start, i):
            return
        if order.token(j + 1).lemma_.lower() not in self.nouns or not order.token(j + 2).is_alpha:
            return
        sued = next((v for v in range(start - 1, order.sent.start - 1, -1) if order.token(v).lemma_ == "sue"), None)
        if sued is None:
            return
        plaintiffs = order.subject_before(sued, order.clause(sued)[0])
        for critic in order.subject_before(i, start):
            for plaintiff in plaintiffs:
                add(("CRITICIZES",), critic, plaintiff, 0.55, "en.conflict.suit_called")

    def _countersued(self, order: Order, add: Add, i: int) -> None:
        """'A is suing B; B has countersued': B sues A back (the object may be left unsaid)."""
        start, end = order.clause(i)
        if self._negated(order, start, i):
            return
        targets = order.first_after(i, end, limit=3)
        if not targets:
            sued = next((v for v in range(start - 1, order.sent.start - 1, -1) if order.token(v).lemma_ == "sue"), None)
            targets = order.subject_before(sued, order.clause(sued)[0]) if sued is not None else []
        for head in order.subject_before(i, start):
            for tail in targets:
                add(TYPES, head, tail, 0.6, "en.lawsuit.countersued")

    def _taken_to_court(self, order: Order, add: Add, i: int) -> None:
        """'A took B to court'."""
        start, end = order.clause(i)
        k = order.at(i + 1)
        if k is None or any(order.token(j).lower_ in self.negations for j in range(start, i)):
            return
        after = order.actors.ents[k].end
        if after + 1 < end and order.token(after).lower_ == "to" and order.token(after + 1).lower_ == "court":
            for head in order.subject_before(i, start):
                add(TYPES, head, k, 0.75, "en.lawsuit.taken_to_court")

    def _hit_back(self, order: Order, add: Add, i: int) -> None:
        """'A hit back at B', 'A fired back at B'."""
        start, end = order.clause(i)
        if i + 1 >= end or order.token(i + 1).lower_ != "at" or self._negated(order, start, i):
            return
        for head in order.subject_before(i - 1, start):
            for tail in order.first_after(i + 1, end, limit=3):
                add(("CRITICIZES",), head, tail, 0.6, "en.conflict.hit_back")

    def _traded_insults(self, order: Order, add: Add, i: int) -> None:
        """'A and B traded insults/barbs': each criticises the other."""
        start, _ = order.clause(i)
        if order.token(i + 1).lemma_.lower() not in self.insults or self._negated(order, start, i):
            return
        sides = _pair_before(order, i, start)  # not list_before: 'B trade' reads as a noun compound
        if sides is not None:
            a, b = sides
            add(("CRITICIZES",), a, b, 0.6, "en.conflict.traded_insults")
            add(("CRITICIZES",), b, a, 0.6, "en.conflict.traded_insults")
            add(("RIVAL_OF",), a, b, 0.6, "en.conflict.traded_insults")

    def _movers_to_dismiss(self, order: Order, i: int, start: int) -> list[int]:
        """ "B's bid to dismiss or transfer a suit", 'motions by B to dismiss a case', 'B moved to toss the
        suit': who asks a court to end a suit is its defendant."""
        for v in range(i - 1, max(start, i - 8) - 1, -1):
            if order.token(v).lemma_.lower() in self.dismiss and order.token(v - 1).lower_ == "to":
                return self._mover(order, v - 1, start)
        return []

    def _mover(self, order: Order, to: int, start: int) -> list[int]:
        j = to - 1
        if j < start:
            return []
        if order.token(j).tag_.startswith("VB"):
            return order.subject_before(j, start)  # 'B moved to dismiss', 'B asked the court to'
        for b in range(j, max(start, j - 6) - 1, -1):  # 'motions by B and C to dismiss'
            if order.token(b).lower_ == "by":
                return order.first_after(b, to + 1, limit=3)
        if order.token(j).pos_ == "NOUN" and j - 2 >= start and order.token(j - 1).text in _POSSESSIVE:
            k = order.ref(j - 2)  # "B's bid to dismiss"
            if k is None and j - 3 >= start and order.token(j - 2).lower_ in COMPANY_SUFFIXES:
                k = order.at(j - 3)  # "B Inc.'s bid"
            return [k] if k is not None else []
        return []

    def _negated(self, order: Order, start: int, i: int) -> bool:
        return any(order.token(j).lower_ in self.negations for j in range(start, i))

    def _case_name(self, order: Order, add: Add, i: int) -> None:
        """'The New York Times v. OpenAI': plaintiff before the marker, defendant right after it."""
        plaintiff, defendant = order.at(i - 1), order.at(i + 1)
        if plaintiff is not None and defendant is not None and order.actors.ents[defendant].start == i + 1:
            add(TYPES, plaintiff, defendant, 0.7, "en.lawsuit.case_name")

    def _plaintiffs(self, order: Order, i: int, start: int, end: int) -> tuple[list[int], float]:
        """'A filed a lawsuit', "A's lawsuit", 'a lawsuit brought by A', 'the lawsuit by A against B'."""
        if i + 1 < end and order.token(i + 1).lower_ in ("by", "from"):
            return order.first_after(i + 1, end, limit=4), 0.7
        if (k := order.at(i + 1)) is not None:  # 'the lawsuit Reddit filed against B'
            after = order.actors.ents[k].end
            if after < end and order.token(after).lemma_.lower() in self.filing:
                return [k], 0.7
        for j in range(i + 1, min(end, i + 4)):
            if order.token(j).lemma_.lower() in self.filing and j + 1 < end and order.token(j + 1).lower_ == "by":
                return order.first_after(j + 1, end, limit=4), 0.7
        p = i - 1
        while p > start and (order.token(p).pos_ in ("ADJ", "NUM") or order.token(p).lower_ in self.kinds):
            p -= 1  # "A's 2023 copyright lawsuit"
        if p > start and order.token(p).text in _POSSESSIVE and (k := order.at(p - 1)) is not None:
            return [k], 0.75
        verb = _verb_before(order, i, start)
        if verb is not None and order.token(verb).lemma_.lower() in self.filing:
            return order.subject_before(verb, start), 0.75
        return [], 0.0

    def _filed_by(self, order: Order, i: int, end: int) -> list[int]:
        """'a case filed [in August] by A and B': the 'by' of a filing verb right after the noun."""
        j = i + 1
        if j >= end or order.token(j).lemma_.lower() not in self.filing:
            return []
        for b in range(j + 1, min(end, j + 6)):
            if order.token(b).lower_ == "by":
                return order.first_after(b, end, limit=4)
            if order.token(b).tag_.startswith("VB") or order.token(b).text == ",":
                return []
        return []

    def _defendants(self, order: Order, i: int, start: int, end: int) -> list[int]:
        """'… against B', the subject of 'B faces / fights a lawsuit', "B's bid to dismiss a suit"."""
        for j in range(i + 1, min(end, i + 14)):
            if order.token(j).lower_ == "against":
                return order.first_after(j, end, limit=4)
        if movers := self._movers_to_dismiss(order, i, start):
            return movers
        verb = _verb_before(order, i, start)
        if verb is not None and order.token(verb).lemma_.lower() in self.facing:
            if verb - 1 > start and order.token(verb - 1).lemma_ == "be":
                verb -= 1  # 'B was hit with a lawsuit'
            return order.subject_before(verb, start)
        return []


def _pair_before(order: Order, i: int, start: int) -> tuple[int, int] | None:
    """'A and B [have] <i>': the two actors joined by 'and' just before token i."""
    j = i - 1
    while j > start and (order.token(j).pos_ in ("AUX", "ADV") or order.token(j).lower_ in ("have", "has", "had")):
        j -= 1
    b = order.at(j)
    if b is None or order.actors.ents[b].start - 2 < start:
        return None
    before = order.actors.ents[b].start - 1
    a = order.at(before - 1) if order.token(before).lower_ == "and" else None
    return (a, b) if a is not None else None


def _verb_before(order: Order, i: int, start: int) -> int | None:
    for j in range(i - 1, max(start, i - 6) - 1, -1):
        if order.token(j).tag_.startswith("VB"):
            return j
    return None
