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
        self.own = frozenset(lex.raw.get("company_titles", ()))
        self.former = lex.word_set("former_adverbs")
        self.hiring = frozenset(lex.raw.get("hiring_verbs", ()))
        self.joining = frozenset(lex.raw.get("joining_verbs", ()))
        self.words = {w for p in table if not p.startswith("_") for w in p.split()} | {"and"}
        phrases = sorted(
            ((tuple(p.split()), tuple(types)) for p, types in table.items() if not p.startswith("_")),
            key=lambda item: -len(item[0]),
        )
        # By first word, longest first: a token that starts no phrase costs one lookup.
        self.starting: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        for words, types in phrases:
            self.starting.setdefault(words[0], []).append((words, types))

    def match(self, order: Order, i: int) -> tuple[int, tuple[str, ...]] | None:
        """The longest role phrase starting at token i: (its end, its relation types)."""
        for words, types in self.starting.get(order.token(i).lower_, ()):
            end = i + len(words)
            if end <= order.sent.end and all(order.token(i + n).lower_ == w for n, w in enumerate(words[1:], 1)):
                return end, types
        return None

    def run(self, order: Order, add: Add) -> None:
        self._formerly(order, add)
        self._hired_from(order, add)
        i = order.sent.start
        while i < order.sent.end:
            found = self.match(order, i) if order.at(i) is None else None
            if found is None:
                i += 1
                continue
            chain = self._chain(order, i, found)
            for types in dict.fromkeys(types for _, types in chain):
                self._one(order, add, i, chain[-1][0], types)  # 'Groq founder and CEO Y': one holder, one org
            i = chain[-1][0]

    def _chain(self, order: Order, i: int, found: tuple[int, tuple[str, ...]]) -> list[tuple[int, tuple[str, ...]]]:
        """'co-founder and CEO', 'chairman and chief executive': titles joined by 'and' share a holder."""
        chain = [found]
        while (j := chain[-1][0]) + 1 < order.sent.end and order.token(j).lower_ in ("and", "&"):
            nxt = self.match(order, j + 1) if order.at(j + 1) is None else None
            if nxt is None:
                break
            chain.append(nxt)
        return chain

    def _hired_from(self, order: Order, add: Add) -> None:
        """'Meta poached Y from Apple', 'hired Y away from X': Y worked for X."""
        for tok in order.sentence_tokens():
            if not tok.tag_.startswith("VB") or tok.lemma_.lower() not in self.hiring:
                continue
            people = [k for k in order.first_after(tok.i, order.sent.end, limit=2) if not _not_person(order, k)]
            if not people:
                continue
            j = order.actors.ents[people[-1]].end
            if j < order.sent.end and order.token(j).lower_ == "away":
                j += 1
            if j < order.sent.end and order.token(j).lower_ == "from":
                for org in [k for k in order.first_after(j, order.sent.end, limit=3) if _not_person(order, k)][:1]:
                    for person in people:
                        add(("WORKS_FOR",), person, org, BROAD, "en.role.hired_from")

    def _formerly(self, order: Order, add: Add) -> None:
        """'X, formerly of Y,' / 'X, previously at Y,': X worked for Y."""
        for tok in order.sentence_tokens():
            i = tok.i
            if tok.lower_ not in self.former or i < order.sent.start + 2 or order.token(i - 1).text != ",":
                continue
            person = order.at(i - 2)
            if person is None or order.actors.ents[person].label_ != "PERSON" or i + 1 >= order.sent.end:
                continue
            if order.token(i + 1).lower_ in ("of", "at", "with"):
                for org in order.first_after(i + 1, order.sent.end, limit=3):
                    add(("WORKS_FOR",), person, org, BROAD, "en.role.formerly_of")

    def _one(self, order: Order, add: Add, start: int, end: int, types: tuple[str, ...]) -> None:
        person, hirer = self._holder(order, start, end), None
        if person is None:
            person, hirer = self._as_holder(order, start)
        if person is None:
            return
        orgs, conf = self._org(order, start, end), PRECISE
        if hirer is not None and self._unresolved_possessive(order, start, resolved_too=True):
            orgs = []  # 'X named Y as its CEO': 'its' is X, the one naming
        if not orgs and hirer is not None:
            orgs, conf = [hirer], BROAD  # 'Cohere hired Y as chief AI officer', 'X named Y as its CEO'
            if end < order.sent.end and order.token(end).lower_ in ("of", "at"):
                types = ("WORKS_FOR",)  # 'joined X as chief executive of its AI unit': the unit is led
        if not orgs and self._unresolved_possessive(order, start):
            return
        if not orgs:
            orgs, conf = self._clause_org(order, start), BROAD
        if not orgs:
            orgs, conf = _staff_of(order, start), BROAD
        of_the_company = types == ("LEADS",) or " ".join(order.token(t).lower_ for t in range(start, end)) in self.own
        if not orgs and of_the_company and (k := _earlier_subject(order, start)) is not None:
            orgs, conf = [k], REFERRED  # 'X booked $3bn; finance chief Y said …'
        if not orgs and of_the_company and (k := order.referent(start, carried_first=False)) is not None:
            orgs, conf = [k], REFERRED  # 'Chief executive Y, 56, said …' in a paragraph about X
        for holder in self._co_holders(order, end, person):
            for org in orgs:
                add(types, holder, org, conf, "en.role.title")

    def _co_holders(self, order: Order, end: int, person: int) -> list[int]:
        """'Anthropic co-founders A and B': a plural title is held by everyone listed after it."""
        if order.token(end - 1).tag_ != "NNS" or order.actors.ents[person].start not in (end, end + 1):
            return [person]
        listed = order.list_from(order.actors.ents[person].start, order.sent.end)
        return [k for k in listed if order.actors.ents[k].label_ == "PERSON"] or [person]

    def _org(self, order: Order, start: int, end: int) -> list[int]:
        """The organisation of a title: before it ('X CEO', "X's CEO", 'its CEO') or after it ('CEO of X')."""
        j = start - 1
        while j >= order.sent.start and order.token(j).lower_ in _DETERMINERS - {"its", "their"}:
            j -= 1
        if j >= order.sent.start and order.token(j).text in ("'s", "’s", "'"):
            j -= 1
        if (k := order.at(j)) is not None and order.actors.ents[k].label_ != "PERSON":
            return [k]
        if j >= order.sent.start and order.describes_company(j):  # "the Dutch group's CFO"
            k = order.described_referent(j)
            return [k] if k is not None else []
        if j >= order.sent.start and order.token(j).lower_ == "whose":  # 'X, whose chief executive Y'
            return order.antecedent(j)
        if j >= order.sent.start and order.token(j).lower_ in _POSSESSIVES:
            k = order.carried_org(before=j)
            return [k] if k is not None else []
        after = self._skip_more_titles(order, end)
        if after < order.sent.end and order.token(after).lower_ in ("of", "at"):
            return [k for k in order.first_after(after, order.sent.end, limit=5) if _not_person(order, k)][:1]
        return []

    def _as_holder(self, order: Order, start: int) -> tuple[int | None, int | None]:
        """'X took over as CEO', 'hired X as CTO', 'with X as president': (the holder, an organisation hiring)."""
        j = start - 1
        while j >= order.sent.start and order.token(j).lower_ in _DETERMINERS - set(_POSSESSIVES):
            j -= 1
        if j >= order.sent.start and order.token(j).lower_ in _POSSESSIVES:
            j -= 1
        if j <= order.sent.start or order.token(j).lower_ != "as":
            return None, None
        begin = order.clause(j)[0]
        k = order.at(j - 1)
        if k is not None and order.actors.ents[k].label_ == "PERSON":
            first = order.actors.ents[k].start
            verb = next((v for v in range(first - 1, begin - 1, -1) if order.token(v).tag_.startswith("VB")), None)
            hiring = verb is not None and order.token(verb).lemma_.lower() in self.hiring
            hirers = order.subject_before(verb, begin) if verb is not None and hiring else []
            orgs = [h for h in hirers if order.actors.ents[h].label_ == "ORGANIZATION"]
            return k, orgs[0] if orgs else None
        if k is not None and _not_person(order, k):
            return self._joined_as(order, k, begin)
        v = j - 1
        while v > begin and order.token(v).pos_ in ("ADP", "ADV", "PART"):
            v -= 1  # 'took over as', 'stepped in as'
        if order.token(v).tag_.startswith("VB"):
            people = [p for p in order.subject_before(v, begin) if order.actors.ents[p].label_ == "PERSON"]
            return (people[0], None) if people else (None, None)
        return None, None

    def _joined_as(self, order: Order, org: int, begin: int) -> tuple[int | None, int | None]:
        """'Y will join X as interim CEO': Y holds the title at X, the organisation joined."""
        verb = order.actors.ents[org].start - 1
        if verb < begin or order.token(verb).lemma_.lower() not in self.joining:
            return None, None
        people = [p for p in order.subject_before(verb, begin) if order.actors.ents[p].label_ == "PERSON"]
        return (people[0], org) if people else (None, None)

    def _unresolved_possessive(self, order: Order, start: int, resolved_too: bool = False) -> bool:
        """'its chief executive' whose 'its' points nowhere known: no guessing from the clause."""
        j = start - 1
        while j >= order.sent.start and order.token(j).lower_ in _DETERMINERS - set(_POSSESSIVES):
            j -= 1
        if j > order.sent.start and order.token(j).text in ("'s", "’s") and order.describes_company(j - 1):
            return order.described_referent(j - 1) is None  # "the Dutch group's CFO" after another company
        if j < order.sent.start or order.token(j).lower_ not in _POSSESSIVES:
            return False
        return resolved_too or order.carried_org(before=j) is None

    def _skip_more_titles(self, order: Order, i: int) -> int:
        """'co-founder and chief executive of X': the 'of' comes after the last title."""
        while i < order.sent.end and order.token(i).lower_ == "and":
            j = i + 1
            while j < order.sent.end and order.token(j).lower_ in _DETERMINERS:
                j += 1  # 'co-founder and former CEO of X'
            m = self.match(order, j)
            if m is None:
                break
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
        if i > order.sent.start and order.token(i).lemma_ == "be":  # 'Y is the co-founder of X'
            people = [k for k in order.subject_before(i, order.clause(i)[0]) if order.actors.ents[k].label_ == "PERSON"]
            return people[0] if people else None
        return None

    def _clause_org(self, order: Order, start: int) -> list[int]:
        """'Chief executive Y co-founded X': the title names no organisation; the only one after it in the
        clause is meant."""
        begin, stop = order.clause(start)
        lead = start - 1
        while lead >= begin and order.token(lead).lower_ in _DETERMINERS:
            lead -= 1
        if lead >= begin and order.token(lead).text != ",":
            return []  # the title-holder is not the clause's subject ('founded by chairman Y')
        orgs = {k for t in range(start, stop) if (k := order.at(t)) is not None and _not_person(order, k)}
        return list(orgs) if len(orgs) == 1 else []


def _not_person(order: Order, k: int) -> bool:
    return order.actors.ents[k].label_ == "ORGANIZATION"


def _earlier_subject(order: Order, start: int) -> int | None:
    """'X booked $3bn; finance chief Y said': a title opening the clause after a ';' belongs to the
    organisation that is the subject of the clause before it."""
    semi = start - 1
    if semi <= order.sent.start or order.token(semi).text != ";":
        return None
    begin = max([j + 1 for j in range(order.sent.start, semi) if order.token(j).text == ";"], default=order.sent.start)
    for j in range(begin, semi):
        k = order.at(j)
        if k is not None and order.token(j).dep_ == "nsubj" and order.actors.ents[k].label_ == "ORGANIZATION":
            return k
    return None


def _staff_of(order: Order, start: int) -> list[int]:
    """'hired the staff of X, including co-founder Y': a title listed after 'including' is held at the
    organisation whose people are being listed."""
    j = start - 1
    while j >= order.sent.start and order.token(j).lower_ in _DETERMINERS:
        j -= 1
    if j < order.sent.start + 2 or order.token(j).lower_ != "including" or order.token(j - 1).text != ",":
        return []
    k = order.at(j - 2)
    if k is None or not _not_person(order, k):
        return []
    before = order.actors.ents[k].start - 1
    return [k] if before >= order.sent.start and order.token(before).lower_ == "of" else []
