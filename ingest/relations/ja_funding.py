"""Funding rounds: who leads ('X主導で', 'Xが主導した資金調達で'), who joins ('ラウンドにA、Bが参加',
'出資者に名を連ねた'), who the money comes from ('A、Bなどから10億ドルを調達'). The company raising is the
sentence's organisation topic, or the one the paragraph is about (carried from an earlier sentence)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ingest.relations.common import SALIENT
from ingest.relations.ja_clause import Clause
from schema.ontology import EntityType

Add = Callable[[tuple[str, ...], int | None, int | None, float, str], None]
_INVESTS = ("INVESTS_IN",)


def raiser(c: Clause, before: int, exclude: set[int]) -> tuple[int | None, float]:
    """The organisation taking the money: the organisation topic before token `before`, else the carried one,
    else the article's."""
    topic = c.topic_before(before, exclude)
    if topic is not None and c.actors.type_of(topic) == EntityType.ORGANIZATION and _is_topic(c, topic):
        return (None, 0.0) if any(c.actors.same(topic, k) for k in exclude) else (topic, 0.85)
    for carried in (c.recipient_at_start, c.topics_at_start.get(EntityType.ORGANIZATION)):
        if carried == SALIENT:
            return SALIENT, 0.5
        if carried is not None and not any(c.actors.same(carried, k) for k in exclude):
            return carried, 0.65
    # The paragraph names no company raising: the one the article is about (assemble.py picks it among
    # the actors named more than once that invest in nothing).
    return SALIENT, 0.5


def _is_topic(c: Clause, k: int) -> bool:
    """Marked 'は' (what the sentence is about), not 'が'/'も': 'Aがリード投資家を務め、Bも参加' lists investors."""
    if k < 0:
        return True
    return c.marker(c.doc[c.actors.ents[k].end - 1]).endswith("は")


class FundingRules:
    def __init__(self, clause: Clause, add: Add) -> None:
        self.c = clause
        self.add = add
        self.words = clause.lex.word_set

    def run(self) -> None:
        if not any(word in self.c.text for word in self.words("funding_words")):
            return
        for tok in self.c.sent:
            if tok.lemma_ in self.words("lead_words"):
                self.lead(tok)
            elif tok.lemma_ in self.words("join_verbs") and tok.pos_ == "VERB":
                self.join(tok)
            elif tok.lemma_ in self.words("raise_verbs") and tok.pos_ == "VERB":
                self.sources(tok)
            if tok.lemma_ in self.words("stake_verbs"):
                self.stake(tok)
            if tok.lemma_ in self.words("holder_nouns") or tok.text in self.words("holder_nouns"):
                self.holder(tok)

    def _subjects(self, verb: Token) -> list[int]:
        for child in verb.children:
            if child.i < verb.i and self.c.is_subject(child) and (k := self.c.referent(child)) is not None:
                return self.c.coordinated(k)
        return []

    def lead(self, tok: Token) -> None:
        """'Xが主導した資金調達で', 'X主導で', 'A、Bの2社が主導し' → X INVESTS_IN the company raising."""
        if self.c.negated(tok):
            return
        before = self.c.actors.of(self.c.doc[tok.i - 1]) if tok.i > self.c.sent.start else None
        leaders = self.c.coordinated(before) if before is not None else self._subjects(tok)
        if not leaders:
            return
        target, conf = self._round_owner(tok.head) if tok.dep_ == "acl" else (None, 0.0)
        if target is None:
            target, conf = raiser(self.c, self.c.actors.ents[leaders[0]].start, set(leaders))
        for leader in leaders:
            self.add(_INVESTS, leader, target, conf, "ja.funding.lead")

    def join(self, tok: Token) -> None:
        """'ラウンドにA、Bも参加した', 'A、Bも出資者に名を連ねた', 'Aも株主に加わった'."""
        if self.c.negated(tok):
            return
        round_noun = next((ch for ch in tok.children if self.c.base(self.c.marker(ch)) == "に"), None)
        named = any(ch.lemma_ == "名" for ch in tok.children)
        # '機関投資家としてはA、Bなどが参加している': joining as investors says what is joined.
        named = named or any(t.lemma_ in self.words("investor_nouns") for t in self.c.sent if t.i < tok.i)
        if round_noun is None and not named:
            return
        if round_noun is not None and round_noun.lemma_ not in self.words("round_nouns") and not named:
            return
        members = self._subjects(tok)
        if not members and (shared := self.c.subject_of(tok)[0]) is not None and shared >= 0:
            members = [shared]  # 'Xは…の資金調達に参加し、5億ドルを出資した': the subject of the main verb
        target, conf = self._round_owner(round_noun) if round_noun is not None else (None, 0.0)
        if target is None:
            first = self.c.actors.ents[members[0]].start if members else tok.i
            leaders = self._leaders_of(round_noun) if round_noun is not None else []
            target, conf = raiser(self.c, first, set(members) | set(leaders))
        for member in members:
            self.add(_INVESTS, member, target, conf - 0.05, "ja.funding.join")

    def holder(self, noun: Token) -> None:
        """'Xがリード投資家を務め', 'Xも株主となり': X becomes an investor of the company raising."""
        verb = noun.head
        if verb.i <= noun.i or verb.lemma_ not in self.words("holder_verbs") or self.c.negated(verb):
            return
        if self.c.base(self.c.marker(noun)) not in ("を", "に", "と") or self.c.possessor(noun) is not None:
            return  # 'Yの株主となる' names its company: the role rules read it
        members = self._subjects(verb)
        if not members:
            return
        target, conf = raiser(self.c, self.c.actors.ents[members[0]].start, set(members))
        for member in members:
            self.add(_INVESTS, member, target, conf - 0.05, "ja.funding.holder")

    def _leaders_of(self, noun: Token) -> list[int]:
        """'Xが主導したラウンド' → X: the lead investor is not the company raising."""
        return [k for ch in noun.children if ch.lemma_ in self.words("lead_words") for k in self._subjects(ch)]

    def _round_owner(self, noun: Token) -> tuple[int | None, float]:
        """'オープンAIが実施した資金調達' / 'オープンAIの資金調達' → オープンAI."""
        if (k := self.c.possessor(noun)) is not None:
            return k, 0.85
        # The relative clause may hang on the amount: 'オープンAIが実施した総額66億ドルの資金調達'
        near = [*noun.children, *(g for ch in noun.children if ch.dep_ == "nmod" for g in ch.children)]
        for child in near:
            if child.dep_ == "acl" and child.lemma_ not in self.words("lead_words"):
                subject = self._subjects(child)
                if subject:
                    return subject[0], 0.85
        return None, 0.0

    def sources(self, verb: Token) -> None:
        """'A、Bなどから10億ドルを調達した' → A, B INVESTS_IN the subject."""
        if self.c.negated(verb) or not any(
            ch.lemma_ in self.words("money_words") and self.c.base(self.c.marker(ch)) == "を" for ch in verb.children
        ):
            return
        receiver, conf = self.c.subject_of(verb)
        for k in self.c.actors.within(self.c.sent):  # 'Aなどから' may hang on the amount, not the verb
            last = self.c.doc[self.c.actors.ents[k].end - 1]
            if last.i < verb.i and self.c.base(self.c.marker(last)) in ("から", "より"):
                for giver in self.c.coordinated(k):
                    self.add(_INVESTS, giver, receiver, conf - 0.1, "ja.funding.source")

    def stake(self, verb: Token) -> None:
        """'Xは…アーム株の約9割を握る', 'メタはスケールAIの株式の49％を取得した' → X INVESTS_IN the issuer."""
        if self.c.negated(verb):
            return
        for obj in verb.children:
            if obj.lemma_ in self.words("stake_units") and self.c.base(self.c.marker(obj)) == "を":
                issuer = self._issuer(obj, depth=3)
                holder = self.c.subject_of(verb)[0] if issuer is not None else None
                if holder is not None and issuer is not None and not self.c.actors.same(holder, issuer):
                    self.add(("INVESTS_IN", "OWNS"), holder, issuer, 0.8, "ja.funding.stake")

    def _issuer(self, tok: Token, depth: int) -> int | None:
        """The company whose shares a stake is in: through 'Xの株式の', 'X株の'."""
        for child in tok.children:
            if child.i > tok.i or child.dep_ not in ("nmod", "compound"):
                continue
            if (k := self.c.referent(child)) is not None:
                return k
            if child.lemma_ in self.words("stake_units") and depth > 0:
                before = self.c.actor_ending_at(child.i - 1) if child.i > self.c.sent.start else None
                found = before if before is not None and before >= 0 else self._issuer(child, depth - 1)
                if found is not None:
                    return found
        return None
