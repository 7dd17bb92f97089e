"""Where an organisation or site is: 'カナダのCohere', 'テキサス州アビリーンのデータセンター「X」',
'X（米サンフランシスコ）' (the place in the parentheses after a name, as in press releases and roundups)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ingest.relations.ja_clause import Clause
from schema.ontology import EntityType

Add = Callable[[tuple[str, ...], int | None, int | None, float, str], None]
_LOCATED = ("LOCATED_IN",)
_SITED = {EntityType.ORGANIZATION.value, EntityType.FACILITY.value}
_MAX_GAP = 3


class PlaceRules:
    def __init__(self, clause: Clause, add: Add) -> None:
        self.c = clause
        self.add = add

    def run(self) -> None:
        for tok in self.c.sent:
            if tok.lemma_ in self.c.lex.word_set("seat_nouns") and self.c.marker(tok) in ("は", "が"):
                self.seat(tok)
        actors = self.c.actors
        for k in actors.within(self.c.sent):
            ent = actors.ents[k]
            if ent.label_ == EntityType.LOCATION.value:
                self.possessive(k, ent.end)
            elif ent.label_ in _SITED:
                self.parenthetical(k, ent.end)

    def seat(self, noun: Token) -> None:
        """'Xの本社はYに置かれている', '本社はYにある' (X the paragraph's topic): X is located in Y."""
        verb = noun.head
        if verb.i <= noun.i or verb.lemma_ not in self.c.lex.word_set("seat_verbs") or self.c.negated(verb):
            return
        owner, conf = self.c.possessor(noun), 0.8
        if owner is None:
            owner, conf = self.c.topic_before(noun.i), 0.65
        if owner is None:
            owner, conf = self.c.topics_at_start.get(EntityType.ORGANIZATION), 0.6
        if owner is None or owner < 0 or self.c.actors.ents[owner].label_ not in _SITED:
            return
        for child in verb.children:
            place = self.c.referent(child) if child.i < verb.i and self.c.base(self.c.marker(child)) == "に" else None
            if place is not None and place >= 0 and self.c.actors.ents[place].label_ == EntityType.LOCATION.value:
                self.add(_LOCATED, owner, place, conf, "ja.place.seat")

    def possessive(self, place: int, end: int) -> None:
        """'カナダのCohere', 'テキサス州アビリーンのデータセンター「X」' (a few common nouns may come between)."""
        doc, sent = self.c.doc, self.c.sent
        i = self.c.past_name(end)  # '杭州市の', 'アラブ首長国連邦（UAE）の'
        i = self._site_phrase(i)  # 'アビリーンに建設中の'
        if i >= sent.end or doc[i].text != "の":
            return
        j = i + 1
        while j < sent.end and j - i <= _MAX_GAP and self.c.actors.of(doc[j]) is None:
            if doc[j].pos_ not in ("NOUN", "PROPN") and doc[j].text not in ("「", "『"):
                return
            j += 1
        site = self.c.actors.of(doc[j]) if j < sent.end else None
        if site is not None and self.c.actors.ents[site].label_ in _SITED:
            self.add(_LOCATED, site, place, 0.75, "ja.place.possessive")

    def _site_phrase(self, i: int) -> int:
        """Past 'に建設中' / 'で稼働する予定' between a place and 'の': the index of the 'の', or i unchanged."""
        doc, sent = self.c.doc, self.c.sent
        if i >= sent.end or doc[i].text not in ("に", "で"):
            return i
        j = i + 1
        while j < sent.end and j - i <= 3 and doc[j].lemma_ in self.c.lex.word_set("site_words"):
            j += 1
        return j if j > i + 1 and j < sent.end and doc[j].text == "の" else i

    def parenthetical(self, site: int, end: int) -> None:
        """'パープレキシティ（Perplexity、米サンフランシスコ）' → the place named inside the parentheses."""
        doc = self.c.doc
        if end >= self.c.sent.end or doc[end].text not in ("（", "("):
            return
        close = self.c.closing_paren(end)
        if close is None:
            return
        for i in range(end + 1, close):
            k = self.c.actors.of(doc[i])
            if (
                k is not None
                and self.c.actors.ents[k].label_ == EntityType.LOCATION.value
                and i == (self.c.actors.ents[k].start)
            ):
                self.add(_LOCATED, site, k, 0.7, "ja.place.parenthetical")
