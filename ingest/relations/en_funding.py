"""Funding by token order: who put money into whom.

Investors: 'led by A', 'co-led by A and B', 'with participation from A', 'A led', 'A and B also
participated / joined / took part / took stakes / put in $N', 'backers including A and B', 'backers A and
B', 'its early backers included A', 'were among the backers', 'Lead: A', "A's $N investment in B",
'a 49% stake in B', '27% of B'. The company funded is named in the clause ('in B', "B's round", 'B
raised') or else it is the organisation the paragraph is about, at lower confidence."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ingest.doc_text import doc_text
from ingest.relations.common import SALIENT
from ingest.relations.en_clause import Add
from ingest.relations.en_order import Order
from ingest.relations.lexicon import Lexicon

TYPES = ("INVESTS_IN",)
NAMED, RAISER, TOPIC, ARTICLE = 0.75, 0.7, 0.55, 0.45
_ORG = "ORGANIZATION"
_CURRENCIES = {"$", "€", "£", "¥"}


class Funding:
    def __init__(self, lex: Lexicon) -> None:
        data = lex.raw.get("funding", {})
        self.rounds = frozenset(data.get("round_nouns", ()))
        self.backers = frozenset(data.get("backer_nouns", ()))
        self.joins = frozenset(data.get("join_verbs", ()))
        self.joins_need = {k: frozenset(v) for k, v in data.get("join_verbs_need", {}).items()}
        self.raises = frozenset(data.get("raise_verbs", ()))
        self.stakes = frozenset(data.get("stake_nouns", ()))
        self.context = frozenset(data.get("context_words", ()))
        # The context words and their inflections ('raised', 'investors') found in the text: cheaper than
        # lemmatised tokens, and this only decides whether a paragraph talks money at all.
        self._context_text = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(self.context))) + r")", re.I)
        self.holding_verbs = frozenset(data.get("holding_verbs", ()))
        self.negations = lex.word_set("negation_words")
        self._doc_investors: tuple[int, set[int]] = (-1, set())  # investors already seen in this doc
        self._money_of: tuple[Doc, bool] | None = None

    def run(self, order: Order, add: Add) -> None:
        for tok in order.sentence_tokens():
            if tok.lemma_.lower() in self.stakes or tok.text in ("%", "percent"):
                self._stake(order, add, tok.i)
        if not self._about_money(order):
            return
        if self._doc_investors[0] != id(order.doc):
            self._doc_investors = (id(order.doc), set())
        end = order.sent.end
        for tok in order.sentence_tokens():
            i, lemma = tok.i, tok.lemma_.lower()
            if tok.lower_ in ("lead", "leads", "led") and i + 1 < order.sent.end and order.token(i + 1).text == ":":
                self._emit(order, add, order.first_after(i + 1, order.sent.end, limit=3), None, "en.funding.lead_item")
            elif lemma in ("lead", "co-lead"):
                self._led(order, add, i)
            elif lemma == "participation" or (lemma in self.joins and tok.tag_.startswith("VB") and not _nominal(tok)):
                self._joined(order, add, i)
            elif lemma in self.backers or (lemma == "participant" and self._past_round(order, i + 1, end)[1]):
                self._backers(order, add, i)
            elif lemma == "investment" and tok.pos_ == "NOUN":
                self._investment(order, add, i)
            elif lemma == "contribution" and tok.pos_ == "NOUN":
                self._contribution(order, add, i)

    def _about_money(self, order: Order) -> bool:
        """Whether the doc talks money at all; worked out once per doc (its sentences ask in turn)."""
        if self._money_of is None or self._money_of[0] is not order.doc:
            text = doc_text(order.doc)
            money = bool(self._context_text.search(text)) or any(c in text for c in _CURRENCIES)
            self._money_of = (order.doc, money)
        return self._money_of[1]

    # --- investors ---------------------------------------------------------------------------
    def _led(self, order: Order, add: Add, i: int) -> None:
        start, end = order.clause(i)
        nxt = order.token(i + 1) if i + 1 < order.sent.end else None
        if nxt is not None and nxt.lower_ == "by":  # 'the round was led by A', 'a round led by A'
            # '…, August; led by A' opens a clause of its own; 'X, led by Y' is more often a leader than a round
            after_break = i == start and (i == order.sent.start or order.token(i - 1).text in (";", ":", "—", "–"))
            after_break = after_break or order.token(i - 1).lower_ == "and"
            money_nouns = self.rounds | self.backers
            if after_break or any(order.token(j).lemma_.lower() in money_nouns for j in range(start, i)):
                self._emit(
                    order,
                    add,
                    order.first_after(i + 1, end, limit=7),  # 'led by Dutch chip-tool maker X'
                    self._named_in(order, start, i),
                    "en.funding.led_by",
                )
            return
        round_at = _round_after(self, order, i)
        if nxt is None or nxt.is_punct or round_at is not None:
            heads = order.subject_before(i, start)  # 'A led;', 'A led the round', "A led B's round"
            named = _possessor(order, round_at) if round_at is not None else None
            if named is None and round_at is not None:
                named = self._named_after(order, round_at, end)  # 'A led a $2bn round for B'
            self._emit(order, add, heads, named, "en.funding.led")

    def _joined(self, order: Order, add: Add, i: int) -> None:
        start, end = order.clause(i)
        tok = order.token(i)
        if tok.lemma_.lower() == "participation" or order.token(i - 1).lower_ == "with":
            if i + 1 < end and order.token(i + 1).lower_ == "from":
                self._emit(order, add, order.first_after(i + 1, end, limit=4), None, "en.funding.participation")
            return
        if order.first_after(i, end, limit=3):
            return  # 'A joined B' is work, 'A backed B' the clause layer's
        nearby = {order.token(j).lower_ for j in range(i + 1, min(end, i + 7))}
        needs = self.joins_need.get(tok.lemma_.lower())
        if needs and not nearby & needs:
            return  # 'took' only in 'took part' / 'took stakes'; 'put' only in 'put in'
        heads = [k for k in order.subject_before(i, start) if order.actors.ents[k].label_ == _ORG]
        self._emit(order, add, heads, self._named_after(order, i, end), "en.funding.joined")

    def _backers(self, order: Order, add: Add, i: int) -> None:
        start, end = order.clause(i)
        j, in_round, named = self._past_round(order, i + 1, end)
        while j < end and order.token(j).lower_ in ("including", "such", "as", "like", ",", "include", "included"):
            j += 1
        near = j <= i + 3 or in_round
        heads = order.first_after(j - 1, end, limit=4) if near else []  # 'included the venture firms A and B'
        if not heads:
            heads = _listed_before_among(order, i, start)
        np_start = _np_start(order, i)
        if not heads and (k := order.apposed_to(np_start)) is not None:
            heads = [k]  # 'A, an early backer'
        if not heads and np_start > start and order.token(np_start - 1).lemma_ == "be":
            heads = order.subject_before(np_start - 1, start)  # 'A is an investor in B'
        owner = _possessor(order, i) if named is None else named
        if owner is None and i + 2 < end and order.token(i + 1).lower_ in ("in", "of"):
            owner = order.at(i + 2)
        if owner is None:
            owner = self._holder_of_backers(order, i, start)
        self._emit(order, add, heads, owner, "en.funding.backers")

    def _past_round(self, order: Order, j: int, end: int) -> tuple[int, bool, int | None]:
        """'investors in the round included', 'backers participating in the Series B include': the token
        after the round phrase, whether there was one, and the actor it names ('in the Cohere round')."""
        if j >= end or order.token(j).lower_ not in ("in", "participating", "joining", "taking"):
            return j, False, None
        for t in range(j + 1, min(end, j + 7)):
            if order.token(t).lemma_.lower() in self.rounds:
                last = t
                while last + 1 < end and order.token(last + 1).lemma_.lower() in self.rounds:
                    last += 1  # 'this funding round'
                return last + 1, True, _first_actor(order, j, t)
            if order.token(t).tag_.startswith("VB") and order.token(t).lower_ != "participating":
                break
        return j, False, None

    def _investment(self, order: Order, add: Add, i: int) -> None:
        """ "A's $8bn investment in B", 'an investment from A in B'."""
        end = order.clause(i)[1]
        investor, conf = _possessor(order, i), NAMED
        target = None
        for j in range(i + 1, min(end, i + 11)):
            low = order.token(j).lower_
            if low == "from" and investor is None:
                investor = _first_actor(order, j, end)
            elif low in ("in", "into") and target is None:
                target = _first_actor(order, j, end)
            elif order.token(j).tag_.startswith("VB"):
                break  # 'an investment of more than $1bn into B' goes on; a new verb does not
        if investor is None and target is not None:
            investor, conf = _maker_of_investment(order, i), RAISER  # 'A is making a $1bn investment in B'
        if investor is not None and target is not None and not self._negated(order, i):
            add(TYPES, investor, target, conf, "en.funding.investment")

    def _contribution(self, order: Order, add: Add, i: int) -> None:
        """ "A's contribution to the B round": only a round's, never 'A's contribution to B's success'."""
        end = order.clause(i)[1]
        investor = _possessor(order, i)
        if investor is None or i + 1 >= end or order.token(i + 1).lower_ != "to":
            return
        target = _first_actor(order, i + 1, end)
        if target is not None and _round_after(self, order, i + 1) is not None and not self._negated(order, i):
            add(TYPES, investor, target, NAMED, "en.funding.contribution")

    def _round_for(self, order: Order, exclude: list[int]) -> int | None:
        found = _round_recipient(self, order, exclude)
        return None if found is None or self._investor(order, found, exclude) else found

    def _holder_of_backers(self, order: Order, i: int, start: int) -> int | None:
        """'X counts / has / added investors including …': the subject of such a verb."""
        for j in range(i - 1, max(start, i - 5) - 1, -1):
            if order.token(j).tag_.startswith("VB"):
                if order.token(j).lemma_.lower() not in self.holding_verbs:
                    return None
                found = order.subject_before(j, start)
                return found[0] if found else None
        return None

    def _stake(self, order: Order, add: Add, i: int) -> None:
        """'A took a 49% stake in B', 'A holds 27% of B', 'A is the largest shareholder in B'."""
        start, end = order.clause(i)
        if i + 2 > end or order.token(i + 1).lower_ not in ("in", "of"):
            return
        owned = order.first_after(i + 1, end, limit=5)
        verb = next((j for j in range(i - 1, start - 1, -1) if order.token(j).tag_.startswith("VB")), None)
        if not owned or verb is None:
            return
        owners = order.subject_before(verb, start)
        for owner in owners:
            add(TYPES, owner, owned[0], NAMED, "en.funding.stake")

    # --- the company funded ------------------------------------------------------------------
    def _named_in(self, order: Order, start: int, i: int) -> int | None:
        """ "B's round", 'a round for B', 'the round in B' in the clause before the verb."""
        for j in range(start, i):
            if order.token(j).lemma_.lower() in self.rounds and (k := _possessor(order, j)) is not None:
                return k
        return None

    def _named_after(self, order: Order, i: int, end: int) -> int | None:
        """'… in B', 'into B', "in B's round", 'a round for B' within a few words after token i."""
        for j in range(i + 1, min(end, i + 10)):
            if order.token(j).lower_ in ("in", "into", "for") and (k := _first_actor(order, j, end)) is not None:
                return k
            if order.token(j).tag_.startswith("VB"):
                return None
        return None

    def _emit(self, order: Order, add: Add, heads: list[int], named: int | None, rule: str) -> None:
        if not heads or self._negated(order, order.actors.ents[heads[0]].start):
            return
        self._doc_investors[1].update(heads)
        for head in heads:  # 'Qatar Investment Authority (QIA)': the short name is the same investor
            end = order.actors.ents[head].end
            if end + 1 < order.sent.end and order.token(end).text == "(" and (k := order.at(end + 1)) is not None:
                self._doc_investors[1].add(k)
            if head > 0 and order.actors.ents[head].start - order.actors.ents[head - 1].end == 1:
                self._doc_investors[1].add(head - 1)  # and the long one before '(QIA)'
        tail, conf = (named, NAMED) if named is not None else self._topic(order, heads)
        for head in heads:
            add(TYPES, head, tail, conf, rule)

    def _investor(self, order: Order, k: int, exclude: list[int]) -> bool:
        """Whether actor k (any mention of it) puts money in here: never the company funded."""
        return any(order.actors.same(k, x) for x in [*exclude, *self._doc_investors[1]])

    def _negated(self, order: Order, i: int) -> bool:
        start, end = order.clause(i)
        return any(order.token(j).lower_ in self.negations for j in range(start, end))

    def _topic(self, order: Order, exclude: list[int]) -> tuple[int | None, float]:
        """The company the money goes to when the clause does not say: the raiser of the sentence, the
        paragraph's first organisation, or the organisation carried from earlier sentences."""
        if (k := self._round_for(order, exclude)) is not None:
            return k, RAISER  # 'A, which put in $300m, led the round for B'
        for tok in order.sentence_tokens():
            if tok.lemma_.lower() in self.raises and tok.tag_.startswith("VB"):
                start, _ = order.clause(tok.i)
                found = [k for k in order.subject_before(tok.i, start) if k not in exclude]
                if found:
                    return found[0], RAISER
        limit = order.clause(order.actors.ents[exclude[0]].start)[0] if exclude else order.sent.start
        for k, ent in enumerate(order.actors.ents):
            if ent.start >= limit:
                break
            if ent.label_ == _ORG and not self._investor(order, k, exclude) and not order.in_parentheses(k):
                return k, TOPIC
        carried = order.carried_org()
        if carried is not None and not self._investor(order, carried, exclude):
            return carried, TOPIC  # never an investor of this paragraph: 'A put $1bn into a round led by B'
        # Nothing in the paragraph to fund: the company the article is about (never one of the investors:
        # assemble.py leaves out every actor that is itself the head of an investment).
        return SALIENT, ARTICLE


def _round_recipient(funding: Funding, order: Order, exclude: list[int]) -> int | None:
    """The company a round of this sentence is said to be for: 'the round for B', "B's Series C"."""
    for tok in order.sentence_tokens():
        if tok.lemma_.lower() not in funding.rounds or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        k = _possessor(order, tok.i)
        if k is None and tok.i + 1 < order.sent.end and order.token(tok.i + 1).lower_ == "for":
            k = _first_actor(order, tok.i + 1, order.sent.end)
        if k is not None and k != SALIENT and not any(order.actors.same(k, x) for x in exclude):
            return k
    return None


def _maker_of_investment(order: Order, i: int) -> int | None:
    """The subject of the light verb whose object the investment noun is: 'A made / is making an investment'."""
    noun = order.token(i)
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in ("make", "complete", "finalize", "finalise"):
        return None
    subjects = [k for c in noun.head.children if c.dep_ == "nsubj" and (k := order.at(c.i)) is not None]
    return subjects[0] if subjects and order.actors.ents[subjects[0]].label_ == _ORG else None


def _nominal(tok: Token) -> bool:
    """'in xAI's funding round': a gerund used as a noun is no verb with a subject."""
    return tok.tag_ == "VBG" and tok.dep_ in ("pobj", "compound", "amod", "dobj", "nsubj")


def _round_after(funding: Funding, order: Order, i: int) -> int | None:
    for j in range(i + 1, min(order.sent.end, i + 9)):
        if order.token(j).lemma_.lower() in funding.rounds:
            return j
        if order.token(j).tag_.startswith("VB") or order.token(j).text in (",", ";"):
            return None
    return None


def _possessor(order: Order, i: int) -> int | None:
    """ "B's [$10bn] round": the actor with 's within a few tokens before token i."""
    for j in range(i - 1, max(order.sent.start, i - 6) - 1, -1):
        if order.token(j).text in ("'s", "’s") and (k := order.at(j - 1)) is not None:
            return k
        if order.token(j).lower_ in ("its", "their"):
            carried = order.carried_org(before=j)
            return SALIENT if carried is None else carried  # 'its backers' in a paragraph naming no company
        if order.token(j).lower_ == "whose":  # 'X, whose Series C was led by'
            found = order.antecedent(j)
            return found[0] if found else None
        if order.token(j).is_punct and order.token(j).text not in ("$", "€", "£"):
            return None
    return None


def _np_start(order: Order, i: int) -> int:
    j = i
    while j > order.sent.start and order.token(j - 1).pos_ in ("ADJ", "DET", "NOUN", "NUM"):
        j -= 1
    return j


def _listed_before_among(order: Order, i: int, start: int) -> list[int]:
    """'A, B and C were among the other backers'."""
    for j in range(i - 1, max(start, i - 5) - 1, -1):
        if order.token(j).lower_ == "among":
            verb = j - 1
            return order.subject_before(verb, start) if verb >= start else []
    return []


def _first_actor(order: Order, j: int, end: int) -> int | None:
    """The first actor within four words after token j, a possessor included ("in B's round")."""
    for t in range(j + 1, min(end, j + 5)):
        if (k := order.at(t)) is not None:
            after = order.actors.ents[k].end
            if (
                after + 1 < end
                and order.token(after).text in ("'s", "’s")
                and (owned := order.at(after + 1)) is not None
            ):
                return owned  # "in Musk's xAI round": the round is xAI's
            if after + 1 < end and order.token(after).is_lower and order.token(after).pos_ == "NOUN":
                named = order.at(after + 1)
                return k if named is None else named  # 'into OpenAI competitor Anthropic': Anthropic
            return k
        if order.token(t).tag_.startswith("VB") or order.token(t).text in (",", ";"):
            return None
    return None
