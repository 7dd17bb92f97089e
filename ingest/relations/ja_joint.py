"""Doers named with 'と' besides the subject: 'AはBと共同でYを設立' (B founded Y too, and A and B work
together), 'Bらと、Yを共同で立ち上げた', 'Bと折半出資の合弁会社を設立', 'Bとともに創業した'."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ingest.relations.ja_clause import Clause
from ingest.relations.lexicon import Trigger
from schema.ontology import EntityType

Add = Callable[[tuple[str, ...], int | None, int | None, float, str], None]


class JointDoers:
    def __init__(self, clause: Clause, add: Add) -> None:
        self.c = clause
        self.add = add

    def run(self, frame: Token, trigger: Trigger, heads: list[int], tails: list[int], conf: float) -> None:
        """'AはBと共同でYを設立': B did it too, and A and B work together."""
        for k in self.c.actors.within(self.c.sent):
            end = self.c.actors.ents[k].end
            if end >= frame.i or k in heads or k in tails or self.c.marker_after(self.c.past_name(end)) != "と":
                continue
            after = self.c.past_name(end) + 1
            if not self._jointly_between(after, frame, trigger, k, heads):
                continue
            for partner in self.c.coordinated(k):
                for tail in tails:
                    self.add(trigger.types, partner, tail, conf - 0.1, "ja.predicate.jointly")
                for head in heads:
                    self.add(("PARTNERS_WITH",), head, partner, conf - 0.15, "ja.predicate.jointly")

    def _jointly_between(self, start: int, frame: Token, trigger: Trigger, partner: int, heads: list[int]) -> bool:
        """'Bと共同で', 'Bらと、Xを共同で立ち上げた', 'Bと折半出資の合弁会社を設立', 'Bとともに創業した':
        a word of doing together between the partner's 'と' and the verb; founding with a person is co-founding."""
        jointly = self.c.lex.word_set("jointly")
        between = self.c.doc[start : frame.i]
        if any(t.pos_ == "VERB" and t.lemma_ not in jointly and self.c.actors.of(t) is None for t in between):
            return False  # 'Bと会談し、Xを設立した': the 'と' belongs to another verb
        if any(t.lemma_ in jointly for t in between):
            return True
        return bool(heads) and "FOUNDED" in trigger.types and self.c.actors.type_of(partner) == EntityType.PERSON
