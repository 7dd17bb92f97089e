"""Where an organisation is, said by a country's name or its adjective: "Germany's Aleph Alpha",
'the Israeli chipmaker X', 'X, a French start-up'. The place must be an actor of the same paragraph
('French' alone names no entity to link to)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ingest.relations.en_clause import Add
from ingest.relations.en_order import Order
from ingest.relations.lexicon import Lexicon

TYPES = ("LOCATED_IN",)
_SITED = ("ORGANIZATION", "FACILITY")
_POSSESSIVE = ("'s", "’s")


class Places:
    def __init__(self, lex: Lexicon) -> None:
        table: dict[str, list[str]] = lex.raw.get("demonyms", {})
        self.demonyms = {adj.lower(): tuple(n.lower() for n in names) for adj, names in table.items() if adj[0] != "_"}

    def run(self, order: Order, add: Add) -> None:
        for tok in order.sentence_tokens():
            names = self.demonyms.get(tok.lower_)
            if names is not None and tok.text[0].isupper():
                place = _place_named(order, names)
                if place is not None and (k := self._described(order, tok.i)) is not None:
                    add(TYPES, k, place, 0.7, "en.place.demonym")
            elif tok.lower_ == "in" and tok.dep_ == "prep":
                self._facility_in(order, add, tok)
            elif tok.text in _POSSESSIVE and (place := order.at(tok.i - 1)) is not None:
                owned = order.at(tok.i + 1)
                if owned is not None and _label(order, place) == "LOCATION" and _label(order, owned) in _SITED:
                    add(TYPES, owned, place, 0.75, "en.place.possessive")

    def _facility_in(self, order: Order, add: Add, prep: Token) -> None:
        """'X, Meta's newest cluster, is due online in 2026 in New Albany, Ohio': a facility, the subject of
        the clause, is where the clause puts it."""
        places = [k for k in order.first_after(prep.i, order.sent.end, limit=2) if _label(order, k) == "LOCATION"]
        verb = prep.head
        for _ in range(3):  # 'is due online in', 'will be built in'
            if verb.dep_ not in ("acomp", "advmod", "xcomp", "prep", "pobj") or verb.head is verb:
                break
            verb = verb.head
        for c in verb.children:
            if c.dep_ not in ("nsubj", "nsubjpass"):
                continue
            site = order.ref(c.i)
            if site is None:  # 'X, the first of Meta's clusters, is …': the parser took the apposition
                site = order.apposed_np(c.i)
            if site is not None and _label(order, site) == "FACILITY":
                for place in places:
                    add(TYPES, site, place, 0.55, "en.place.facility_in")

    def _described(self, order: Order, i: int) -> int | None:
        """The organisation an adjective describes: 'the Israeli networking company X' / 'X, a French start-up'."""
        j = i + 1
        while j < order.sent.end and j < i + 5 and order.at(j) is None:
            tok = order.token(j)
            hyphened = order.token(j - 1).text == "-"  # 'start-up'
            if not (tok.is_lower or tok.text == "-" or tok.is_upper):
                break
            if tok.pos_ not in ("NOUN", "ADJ", "PUNCT", "VERB") and not hyphened:
                break
            j += 1
        if j > i + 1 and (k := order.at(j)) is not None and _label(order, k) in _SITED:
            return k  # a described noun stands between: 'the French start-up X'
        article = i - 1
        if article - 2 < order.sent.start or order.token(article).lower_ not in ("a", "an"):
            return None
        if order.token(article - 1).text == "," and (k := order.at(article - 2)) is not None:
            return k if _label(order, k) in _SITED else None
        return None


def _place_named(order: Order, names: tuple[str, ...]) -> int | None:
    for k, ent in enumerate(order.actors.ents):
        if ent.label_ == "LOCATION" and _name(ent) in names:
            return k
    return None


def _name(ent: Span) -> str:
    return ent.text.lower().removeprefix("the ")


def _label(order: Order, k: int) -> str:
    return str(order.actors.ents[k].label_)
