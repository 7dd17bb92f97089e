"""Titles by token order: 'X CEO Y', 'Y, chief executive of X,', "X's finance chief, Y", 'its chief
executive, Y', 'X, whose chief executive Y', 'co-founder and CEO of X', and a bare 'Chief executive Y'
with the one organisation of the clause."""

from __future__ import annotations

from ingest.relations.en_clause import Add
from ingest.relations.en_order import Order
from ingest.relations.lexicon import Lexicon

_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "former", "then", "interim", "new", "longtime"}
_POSSESSIVES = {"its": "ORGANIZATION", "their": "ORGANIZATION"}
PRECISE, BROAD, REFERRED = 0.85, 0.55, 0.5


class RolePhrases:
    def __init__(self, lex: Lexicon) -> None:
        table: dict[str, list[str]] = lex.raw.get("role_phrases", {})
        self.words = {w for p in table if not p.startswith("_") for w in p.split()} | {"and"}
        self.phrases = sorted(
            ((tuple(p.split()), tuple(types)) for p, types in table.items() if not p.startswith("_")),
            key=lambda item: -len(item[0]),
        )

    def match(self, order: Order, i: int) -> tuple[int, tuple[str, ...]] | None:
        """The longest role phrase starting at token i: (its end, its relation types)."""
        for words, types in self.phrases:
            end = i + len(words)
            if end <= order.sent.end and all(order.token(i + n).lower_ == w for n, w in enumerate(words)):
                return end, types
        return None

    def run(self, order: Order, add: Add) -> None:
        i = order.sent.start
        while i < order.sent.end:
            found = self.match(order, i) if order.at(i) is None else None
            if found is None:
                i += 1
                continue
            end, types = found
            self._one(order, add, i, end, types)
            i = end

    def _one(self, order: Order, add: Add, start: int, end: int, types: tuple[str, ...]) -> None:
        person = self._holder(order, start, end)
        if person is None:
            return
        orgs, conf = self._org(order, start, end), PRECISE
        if not orgs and self._unresolved_possessive(order, start):
            return
        if not orgs:
            orgs, conf = self._clause_org(order, start), BROAD
        if not orgs and types == ("LEADS",) and (k := order.referent(start, carried_first=False)) is not None:
            orgs, conf = [k], REFERRED  # 'Chief executive Y, 56, said …' in a paragraph about X
        for org in orgs:
            add(types, person, org, conf, "en.role.title")

    def _org(self, order: Order, start: int, end: int) -> list[int]:
        """The organisation of a title: before it ('X CEO', "X's CEO", 'its CEO') or after it ('CEO of X')."""
        j = start - 1
        while j >= order.sent.start and order.token(j).lower_ in _DETERMINERS - {"its", "their"}:
            j -= 1
        if j >= order.sent.start and order.token(j).text in ("'s", "’s", "'"):
            j -= 1
        if (k := order.at(j)) is not None and order.actors.ents[k].label_ != "PERSON":
            return [k]
        if j >= order.sent.start and order.token(j).lower_ == "whose":  # 'X, whose chief executive Y'
            return order.antecedent(j)
        if j >= order.sent.start and order.token(j).lower_ in _POSSESSIVES:
            k = order.carried_org(before=j)
            return [k] if k is not None else []
        after = self._skip_more_titles(order, end)
        if after < order.sent.end and order.token(after).lower_ in ("of", "at"):
            return [k for k in order.first_after(after, order.sent.end, limit=3) if _not_person(order, k)][:1]
        return []

    def _unresolved_possessive(self, order: Order, start: int) -> bool:
        """'its chief executive' whose 'its' points nowhere known: no guessing from the clause."""
        j = start - 1
        while j >= order.sent.start and order.token(j).lower_ in _DETERMINERS - set(_POSSESSIVES):
            j -= 1
        return j >= order.sent.start and order.token(j).lower_ in _POSSESSIVES

    def _skip_more_titles(self, order: Order, i: int) -> int:
        """'co-founder and chief executive of X': the 'of' comes after the last title."""
        while i < order.sent.end and order.token(i).lower_ == "and" and (m := self.match(order, i + 1)):
            i = m[0]
        return i

    def _holder(self, order: Order, start: int, end: int) -> int | None:
        """Who holds the title: the person right after it ('CEO Y', 'CEO, Y'), or apposed before it."""
        j = end + 1 if end < order.sent.end and order.token(end).text == "," else end
        if (k := order.at(j)) is not None and order.actors.ents[k].label_ == "PERSON":
            return k
        i = start - 1
        while i > order.sent.start:
            k = order.at(i)
            if k is not None:
                i = order.actors.ents[k].start - 1
            elif order.token(i).lower_ in _DETERMINERS | self.words or order.token(i).text in ("'s", "’s"):
                i -= 1
            else:
                break
        if i > order.sent.start and order.token(i).text == ",":
            k = order.at(i - 1)
            if k is not None and order.actors.ents[k].label_ == "PERSON":
                return k
        return None

    def _clause_org(self, order: Order, start: int) -> list[int]:
        """'Chief executive Y said …': the title names no organisation; the clause's only one is meant."""
        begin, stop = order.clause(start)
        lead = start - 1
        while lead >= begin and order.token(lead).lower_ in _DETERMINERS:
            lead -= 1
        if lead >= begin and order.token(lead).text != ",":
            return []  # the title-holder is not the clause's subject ('founded by chairman Y')
        orgs = {k for t in range(begin, stop) if (k := order.at(t)) is not None and _not_person(order, k)}
        return list(orgs) if len(orgs) == 1 else []


def _not_person(order: Order, k: int) -> bool:
    return order.actors.ents[k].label_ == "ORGANIZATION"
