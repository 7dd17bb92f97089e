"""Relations between two parties named together: mutual nouns ('AとBの因縁', 'AはBと対立',
'Xとライセンス契約を結ぶ') and competitors ('AのライバルB', 'A、B、Cを含む競合', '競合のX')."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ingest.relations.common import SALIENT
from ingest.relations.ja_clause import Clause

Add = Callable[[tuple[str, ...], int | None, int | None, float, str], None]


class RivalRules:
    def __init__(self, clause: Clause, add: Add) -> None:
        self.c = clause
        self.add = add

    # --- 'AとBの因縁', 'AはBと対立' -----------------------------------------------------------
    def mutual(self, tok: Token, types: tuple[str, ...]) -> None:
        pairs: list[tuple[int, int]] = []
        partner = None
        for k in self.c.actors.within(self.c.sent):
            ent = self.c.actors.ents[k]
            if ent.end > tok.i:
                continue
            marker = self.c.marker_after(ent.end)
            other = self.c.actors.of(self.c.doc[ent.end + 1]) if ent.end + 1 < self.c.sent.end else None
            if marker == "と" and other is not None:
                pairs.append((k, other))
            elif self.c.base(marker) in ("と", "との"):
                partner = k
        if pairs:
            self.add(types, *pairs[-1], 0.85, "ja.mutual")
        elif tok.i - 2 >= self.c.sent.start and self.c.doc[tok.i - 1].text == "の":
            pair = self.c.pair_named(self.c.doc[tok.i - 2])  # '両社の提携', '両社の競争'
            if pair is not None:
                self.add(types, *pair, 0.65, "ja.mutual.pair")
        elif partner is not None:
            verb = tok.head if tok.dep_ in ("obj", "obl", "nsubj") and tok.head.i > tok.i else tok
            head = self.c.subject_of(verb)[0]
            if head is None and self.c.subject_dropped(verb):  # '…と包括的な提携を結んだ': the article's actor
                self.add(types, SALIENT, partner, 0.45, "ja.mutual.salient")
            else:
                self.add(types, head, partner, 0.8, "ja.mutual")

    # --- 'Google、OpenAI、Metaを含むすべての競合', 'AのライバルB' ---------------------------------
    def competitors(self, tok: Token, types: tuple[str, ...]) -> None:
        owner, after = self.c.possessor(tok), self.c.right_after(tok)
        if owner is not None and after is not None:
            self.add(types, owner, after, 0.85, "ja.competitor")
            return
        if owner is not None and after is None and tok.dep_ != "compound":
            other = self._topic(tok.i, owner)  # 'Yは「Xの対抗馬」と目される'
            if other is not None and not self.c.actors.same(other, owner):
                self.add(types, other, owner, 0.7, "ja.competitor.predicate")
            return
        if owner is None and after is not None and self.c.doc[tok.i + 1].text == "の":
            self.add(types, SALIENT, after, 0.6, "ja.competitor.salient")  # '競合の米アンソロピック'
            return
        members = self._enumeration_before(tok)
        if not members:
            return
        first = self.c.actors.ents[members[0]].start
        anchor = self.c.topic_before(first, exclude=set(members))
        conf = 0.8 if anchor is not None else 0.6
        for member in members:
            self.add(types, SALIENT if anchor is None else anchor, member, conf, "ja.enumeration")

    def _topic(self, before: int, owner: int) -> int | None:
        """The last actor marked 'は' before token `before` (what the sentence is about), not `owner`."""
        found = None
        for k in self.c.actors.within(self.c.sent):
            last = self.c.doc[self.c.actors.ents[k].end - 1]
            if last.i < before and k != owner and self.c.marker(last) == "は":
                found = k
        return found

    def _enumeration_before(self, tok: Token) -> list[int]:
        closers, signals = self.c.lex.word_set("enumeration_closers"), self.c.lex.word_set("enumeration_words")
        i, signalled = tok.i - 1, False
        while i >= self.c.sent.start and tok.i - i <= 6 and self.c.actors.of(self.c.doc[i]) is None:
            if self.c.doc[i].lemma_ not in closers and self.c.doc[i].text not in closers:
                return []
            signalled = signalled or self.c.doc[i].lemma_ in signals
            i -= 1
        last = self.c.actors.of(self.c.doc[i]) if i >= self.c.sent.start else None
        if last is None:
            return []
        members = self.c.coordinated(last)
        return members if signalled or len(members) > 1 else []
