"""The broad English layer: a trigger verb and the actors around it in the same clause, read by token
order (subject list before it, object list or prepositional object after it, 'by' agents of a
passive). Lower confidence than the parse-based rules in en.py, which it complements."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from spacy.tokens import Token

from ingest.relations.common import SALIENT
from ingest.relations.en_order import Order
from ingest.relations.lexicon import Lexicon, Trigger, verb_triggers

Add = Callable[[tuple[str, ...], int | None, int | None, float, str], None]

_BE = {"is", "was", "were", "are", "been", "be", "being", "get", "got"}
_NEGATIONS = {"not", "n't", "never", "no"}
_MUTUAL = {"PARTNERS_WITH", "COMPETES_WITH", "RIVAL_OF"}
ACTIVE, PASSIVE, REFERRED, ARTICLE = 0.6, 0.65, 0.5, 0.45


class Layer(Protocol):
    def run(self, order: Order, add: Add) -> None: ...


def clause_key(order: Order, i: int) -> str:
    """'co-founded' is three tokens: the lexicon calls it 'co-found'."""
    tok = order.token(i)
    lemma = tok.lemma_.lower()
    if i >= order.sent.start + 2 and order.token(i - 1).text == "-" and order.token(i - 2).lower_ == "co":
        return "co-" + lemma
    return lemma


class ClauseVerbs:
    def __init__(self, lex: Lexicon) -> None:
        self.verbs = verb_triggers(lex, "clause_verbs")
        self.member_nouns = frozenset(lex.raw.get("member_nouns", ()))
        self.referents = frozenset(lex.raw.get("noun_phrases", {}).get("referent_nouns", ()))
        self.attempts, self.plans = lex.word_set("attempt_verbs"), lex.word_set("plan_verbs")

    def run(self, order: Order, add: Add) -> None:
        for tok in order.sentence_tokens():
            key = clause_key(order, tok.i)
            trigger = self.verbs.get(key)  # the cheap test first: most tokens are no trigger
            if trigger is None or not _verb_like(order, tok.i):
                continue
            first = tok.i - 2 if key.startswith("co-") else tok.i  # where the verb's words begin
            if _negated(order, first):
                continue
            scale = intent_scale(tok, self.attempts, self.plans)
            if scale == 0.0:
                continue
            emit = add if scale == 1.0 else _scaled(add, scale)
            start, end = order.clause(tok.i)
            by = _by_after(order, tok.i, end) if tok.tag_ == "VBN" else None
            be = _be_before(order, first, start) if tok.tag_ == "VBN" else None
            if by is not None:
                heads = order.first_after(by, end, limit=5)
                tails = _passive_subject(order, first, start)
                self._emit(emit, trigger, heads, tails, PASSIVE, "en.clause.passive_by")
            elif trigger.types == ("LOCATED_IN",) and tok.tag_ == "VBN":
                # 'X is headquartered in Y' / 'X, based in Y,'
                subject = order.subject_before(be, start) if be is not None else _passive_subject(order, first, start)
                self._emit(emit, trigger, subject, _objects(order, tok.i, end, trigger), ACTIVE, "en.clause.located")
            elif be is not None:
                continue
            else:
                self._active(order, emit, trigger, first, tok.i, (start, end))

    def _active(self, order: Order, add: Add, trigger: Trigger, first: int, i: int, clause: tuple[int, int]) -> None:
        start, end = clause
        heads = order.subject_before(first, start)
        tails, conf, rule = _objects(order, i, end, trigger), ACTIVE, "en.clause.active"
        if not tails and 2 <= len(heads) <= 4 and set(trigger.types) & _MUTUAL:
            for n, head in enumerate(heads):  # 'A and B teamed up', 'A, B and C compete'
                self._emit(add, trigger, [head], heads[n + 1 :], ACTIVE, "en.clause.reciprocal")
            return
        if not tails and heads:
            tails, conf, rule = self._implicit_object(order, trigger, first, i, end, heads)
        if not tails and "LEADS" in trigger.types and (k := _owner_of_object(order, i, end)) is not None:
            for head in heads:  # 'Y was hired to run Apple's search effort': Y works for Apple
                add(("WORKS_FOR",), head, k, ACTIVE, "en.clause.leads_part_of")
            return
        self._emit(add, trigger, heads, tails, conf, rule)
        if "FOUNDED" in trigger.types and heads and tails:
            self._co_founders(order, add, trigger, i, end, tails)

    def _implicit_object(
        self, order: Order, trigger: Trigger, first: int, i: int, end: int, heads: list[int]
    ) -> tuple[list[int], float, str]:
        """Objects not named right after the verb: 'X, the startup that Google bought' (the relative's
        antecedent), 'joined Meta's board' (the possessor), 'founded the lab' (the paragraph's company)."""
        named = [order.actors.ents[k].start for k in heads if k != SALIENT]
        subject_start = min(named) if named else i
        if subject_start < order.sent.start and first > order.sent.start:
            subject_start = first - 1  # 'X, the startup he launched': the pronoun stands where the subject is
        if subject_start < first and (found := _relative_object(order, subject_start)):
            return found, ACTIVE, "en.clause.relative_object"
        if "WORKS_FOR" in trigger.types and (k := _member_of(order, i, end, self.member_nouns)) is not None:
            return [k], ACTIVE, "en.clause.member_of"
        if "FOUNDED" in trigger.types and _refers_to_company(order, i, end, self.referents):
            k = order.referent(i, carried_first=False)
            if k is None:  # no organisation earlier in the paragraph: the one the article is about
                return [SALIENT], ARTICLE, "en.clause.founded_article"
            return [k], REFERRED, "en.clause.founded_referent"
        return [], 0.0, ""

    def _emit(self, add: Add, trigger: Trigger, heads: list[int], tails: list[int], conf: float, rule: str) -> None:
        if trigger.reverse:
            heads, tails = tails, heads
        for head in heads:
            for tail in tails:
                add(trigger.types, head, tail, conf, rule)

    def _co_founders(self, order: Order, add: Add, trigger: Trigger, i: int, end: int, made: list[int]) -> None:
        """'A co-founded X in 2023 with B and C': B and C are founders too."""
        for j in range(i + 1, end):
            if order.token(j).lower_ == "with":
                people = [k for k in order.first_after(j, end, limit=6) if order.actors.ents[k].label_ == "PERSON"]
                for person in people:
                    for tail in made:
                        add(trigger.types, person, tail, ACTIVE, "en.clause.founded_with")
                return


def intent_scale(verb: Token, attempts: frozenset[str], plans: frozenset[str]) -> float:
    """0 for 'tried to buy' / 'considered buying' (no fact), lower for 'plans to acquire', else 1."""
    tok = verb
    for _ in range(2):
        if tok.dep_ not in ("xcomp", "pcomp", "ccomp") or tok.head is tok:
            return 1.0
        tok = tok.head
        lemma = tok.lemma_.lower()
        if lemma in attempts:
            return 0.0
        if lemma in plans:
            return 0.7
    return 1.0


def _scaled(add: Add, scale: float) -> Add:
    def scaled(types: tuple[str, ...], head: int | None, tail: int | None, conf: float, rule: str) -> None:
        add(types, head, tail, conf * scale, rule)

    return scaled


def _negated(order: Order, i: int) -> bool:
    return any(order.token(j).lower_ in _NEGATIONS for j in range(max(order.sent.start, i - 3), i))


def _be_before(order: Order, i: int, start: int) -> int | None:
    j = i - 1
    while j >= start and (order.token(j).pos_ == "ADV" or order.token(j).lower_ in ("also", "later", "then")):
        j -= 1
    return j if j >= start and order.token(j).lower_ in _BE else None


def _by_after(order: Order, i: int, end: int) -> int | None:
    """'backed by', 'founded in 2021 by': the 'by' of this participle, before any other verb."""
    for j in range(i + 1, min(end, i + 9)):
        tok = order.token(j)
        if tok.lower_ == "by":
            return j
        if tok.tag_.startswith("VB") or tok.text == ",":
            return None
    return None


def _passive_subject(order: Order, i: int, start: int) -> list[int]:
    """What a passive participle is said of: 'X was backed by', 'X, backed by', 'Founded by A, X …'."""
    be = _be_before(order, i, start)
    if be is not None:
        return order.subject_before(be, start)
    j = i - 1
    while j > order.sent.start and order.token(j).pos_ == "ADV":
        j -= 1  # 'X, also based in'
    if j >= order.sent.start and order.token(j).text == ",":
        j -= 1
    if j >= order.sent.start and (k := order.at(j)) is not None:
        return [k]  # 'X, backed by'; 'the company, backed by' is left alone: which company is a guess
    if j > order.sent.start and order.token(j).pos_ == "NOUN" and (k := order.apposed_np(j)) is not None:
        return [k]  # 'X, a startup founded by'
    if j < i - 1 and (k := order.ref(j)) is not None:
        return [k]  # 'The company, co-founded by A,': the company the paragraph is about
    if i == order.sent.start:  # 'Founded by A in 2009, X is …'
        for c in range(i + 1, order.sent.end - 1):
            if order.token(c).text == ",":
                nxt = order.at(c + 1)
                return [nxt] if nxt is not None else []
    return []


def _objects(order: Order, i: int, end: int, trigger: Trigger) -> list[int]:
    """The direct object list and the first listed prepositional object: 'left X for Y'."""
    found = order.first_after(i, end, limit=9) if "dobj" in trigger.tail else []
    for j in range(i + 1, min(end, i + 9)):
        tok = order.token(j)
        if tok.lower_ in trigger.tail and tok.pos_ in ("ADP", "ADV", "SCONJ", "PART"):
            return found + [k for k in order.first_after(j, end, limit=5) if k not in found]
        if tok.tag_.startswith("VB") and tok.tag_ != "VBN":
            break
    return found


def _verb_like(order: Order, i: int) -> bool:
    """A verb, or a verb the tagger took for a noun right after its subject ('Google competes with')."""
    tok = order.token(i)
    if tok.tag_.startswith("VB"):
        return True
    if clause_key(order, i).startswith("co-"):
        return True  # 'co-founding' is often tagged as an adjective
    return tok.pos_ == "NOUN" and order.at(i - 1) is not None and tok.lower_.endswith(("s", "ed"))


def _relative_object(order: Order, subject_start: int) -> list[int]:
    """'X, the startup that Google bought' / 'X, which Google bought' / 'X, the network Musk owns':
    X is the object."""
    r = subject_start - 1
    if r > order.sent.start and order.token(r).pos_ == "NOUN" and order.token(r).is_lower:
        return _reduced_relative(order, r)
    if r <= order.sent.start or order.token(r).lower_ not in ("that", "which", "whom"):
        return []
    j = r - 1
    if (k := order.at(j)) is not None:
        return [k]
    limit, j = max(order.sent.start, j - 7), j - 1  # the word before 'that' is the phrase's head, whatever its tag
    while j > limit and order.token(j).text != "," and order.token(j).tag_ not in ("VBD", "VBZ", "MD"):
        j -= 1  # back over the noun phrase ('the mobile-ads startup')
    if order.token(j).text == "," and (k := order.at(j - 1)) is not None:
        return [k]
    return []


def _reduced_relative(order: Order, noun: int) -> list[int]:
    """'X, the social network Musk owns': back over the noun phrase to ', the' and the actor before it."""
    j = noun
    while j > order.sent.start + 1 and order.token(j).pos_ in ("NOUN", "ADJ", "PROPN") and order.token(j).is_lower:
        j -= 1
    if order.token(j).lower_ not in ("the", "a", "an") or order.token(j - 1).text != ",":
        return []
    k = order.at(j - 2) if j - 2 >= order.sent.start else None
    return [k] if k is not None else []


def _member_of(order: Order, i: int, end: int, nouns: frozenset[str]) -> int | None:
    """ "joined Meta's board", 'left OpenAI's safety team', 'sits on the board of X': the body's organisation."""
    for j in range(i + 1, min(end - 2, i + 5)):
        if order.token(j).lemma_.lower() in nouns and order.token(j + 1).lower_ == "of" and order.at(j + 1) is None:
            found = order.first_after(j + 1, end, limit=3)
            return found[0] if found else None
        k = order.at(j)
        if k is None:
            continue
        after = order.actors.ents[k].end
        owned = range(after + 1, min(end, after + 4))
        possessed = after < end and order.token(after).text in ("'s", "’s")
        return k if possessed and any(order.token(t).lemma_.lower() in nouns for t in owned) else None
    return None


def _owner_of_object(order: Order, i: int, end: int) -> int | None:
    """ "run Apple's search effort", "lead the company's AI push": the organisation owning the object."""
    j = i + 1
    while j < end and order.token(j).lower_ in ("the", "a", "its"):
        j += 1
    for t in range(j, min(end - 2, j + 5)):
        if order.token(t).text in ("'s", "’s"):
            k = order.ref(t - 1)
            owned = order.token(t + 1)
            if k is None or order.at(t + 1) is not None or not (owned.is_lower or owned.pos_ == "ADJ"):
                return None
            return k if order.actors.ents[k].label_ == "ORGANIZATION" else None
        if order.at(t) is None and not order.token(t).is_lower and order.token(t).pos_ != "ADJ":
            return None
    return None


def _refers_to_company(order: Order, i: int, end: int, referents: frozenset[str]) -> bool:
    """'founded the lab', 'set up the Paris-based company': 'the' + modifiers + a company noun."""
    j = i + 1
    if j < end and order.token(j).pos_ == "ADP":  # 'set up the lab'
        j += 1
    if j >= end or order.token(j).lower_ != "the":
        return False
    for t in range(j + 1, min(end, j + 11)):
        tok = order.token(t)
        if tok.lemma_.lower() in referents:
            return True
        if tok.tag_ in ("VBD", "VBZ", "VBP") or tok.text in (",", ";"):
            return False
    return False
