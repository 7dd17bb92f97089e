"""Lawsuits told with a noun: 'AはBを相手取り、…を求める訴訟を起こした', 'AはBに対し訴えを起こした',
'AはBに…の差し止めを求める訴訟を地裁に提起した'. The plaintiff is the subject of the light verb, the
defendant the actor marked as the suit's target; a court the suit is brought to is never a party."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ingest.relations.ja_clause import Clause

Add = Callable[[tuple[str, ...], int | None, int | None, float, str], None]
_SUES = ("SUES",)


def is_court(c: Clause, k: int) -> bool:
    """'東京地裁', '連邦地方裁判所': where a suit is brought, not who is sued (nor what '同社' means)."""
    return k >= 0 and c.actors.ents[k].text.endswith(tuple(c.lex.word_set("court_suffixes")))


class SuitRules:
    def __init__(self, clause: Clause, add: Add) -> None:
        self.c = clause
        self.add = add
        self.words = clause.lex.word_set

    def run(self) -> None:
        for tok in self.c.sent:
            if tok.lemma_ in self.words("suit_nouns") and self.c.base(self.c.marker(tok)) == "を":
                self.suit(tok)

    def suit(self, noun: Token) -> None:
        verb = noun.head
        if verb.i <= noun.i or verb.lemma_ not in self.words("suit_verbs") or self.c.negated(verb):
            return
        plaintiff, conf = self._topic(noun.i)
        if plaintiff is None:
            plaintiff, conf = self.c.subject_of(verb)
        if plaintiff is None:
            return
        plaintiffs = self.c.coordinated(plaintiff) if plaintiff >= 0 else [plaintiff]
        for k in self.c.actors.within(self.c.sent):
            end = self.c.actors.ents[k].end
            if end > noun.i or k in plaintiffs or is_court(self.c, k):
                continue
            cued = self._target_cue(self.c.past_name(end))
            if cued or self._asked_of(k, noun) or self._accused(k, noun):
                for defendant in self.c.coordinated(k):
                    for party in plaintiffs:
                        self.add(_SUES, party, defendant, min(conf, 0.85 if cued else 0.7), "ja.suit.noun")

    def _topic(self, before: int) -> tuple[int | None, float]:
        """The first actor marked 'は' before the suit: 'Aは、Bが…したとして訴訟を起こした' → A, not B."""
        for k in self.c.actors.within(self.c.sent):
            last = self.c.doc[self.c.actors.ents[k].end - 1]
            if last.i < before and self.c.marker(last) in ("は", "も"):
                return k, 0.85
        return None, 0.0

    def _target_cue(self, i: int) -> bool:
        """'を相手取り', 'を相手に', 'に対し', 'に対して', 'に対する' right after the name."""
        text = "".join(t.text for t in self.c.doc[i : min(i + 3, self.c.sent.end)])
        return text.startswith(tuple(self.words("suit_target_cues")))

    def _accused(self, k: int, noun: Token) -> bool:
        """'Bが記事を無断で利用したとして、…訴訟を起こした': the doer of the grievance ('…として') is sued."""
        last = self.c.doc[self.c.actors.ents[k].end - 1]
        if self.c.marker(last) != "が":
            return False
        for i in range(last.i + 1, noun.i - 2):
            if self.c.doc[i].text == "と" and self.c.doc[i + 1].lemma_ == "する" and self.c.doc[i + 2].text == "て":
                between = self.c.doc[last.i + 2 : i]  # no other subject: 'Bが…、Cが…したとして'
                return not any(t.pos_ in ("NOUN", "PROPN", "PRON") and self.c.is_subject(t) for t in between)
        return False

    def _asked_of(self, k: int, noun: Token) -> bool:
        """'Bに…の差し止めを求める訴訟': B is asked (に) by the clause that describes the suit."""
        last = self.c.doc[self.c.actors.ents[k].end - 1]
        if self.c.marker(last) != "に":
            return False
        head = last.head
        return head.pos_ == "VERB" and head.dep_ == "acl" and head.head.i == noun.i
