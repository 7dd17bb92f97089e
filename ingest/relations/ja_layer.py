"""The broad layer, at low confidence: a trigger verb of the lexicon, the nearest actor before it marked
as a subject and, between the two, the nearest actor carrying one of the trigger's tail particles. It
reads particles and order only, so it still finds a fact when the parse hangs an argument elsewhere;
the precise rules run first and a fact both find keeps their higher confidence."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ingest.relations.ja_clause import Clause
from ingest.relations.lexicon import Trigger

Add = Callable[[tuple[str, ...], int | None, int | None, float, str], None]
_CONFIDENCE = 0.55


class ClauseLayer:
    def __init__(self, clause: Clause, add: Add) -> None:
        self.c = clause
        self.add = add

    def trigger(self, tok: Token, trigger: Trigger) -> None:
        if tok.pos_ != "VERB" and not (tok.i + 1 < self.c.sent.end and self.c.doc[tok.i + 1].lemma_ == "する"):
            return
        if tok.dep_ == "acl" or self.c.negated(tok) or self.c.passive(tok):
            return  # a relative clause's doer is the noun it modifies: the precise rules read that
        tail, head = None, None
        for i in range(tok.i - 1, self.c.sent.start - 1, -1):
            word = self.c.doc[i]
            if word.pos_ == "VERB":
                break  # another predicate: what lies before it is its own arguments
            k = self.c.actors.of(word)
            if k is None or i != self.c.actors.ents[k].end - 1:
                continue
            particle = self.c.base(self.c.marker(word))
            if tail is None and head is None and particle in trigger.tail:
                tail = k
            elif self.c.is_subject(word):
                head = k
                break
        if head is not None and tail is not None:
            for member in self.c.coordinated(tail):
                self.add(trigger.types, head, member, _CONFIDENCE, "ja.clause.layer")
