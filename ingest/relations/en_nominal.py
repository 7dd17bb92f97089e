"""Relations carried by noun phrases, read by token order: 'the Paris-based startup', 'Tulsa-based X',
'X-backed Y', 'Y, the X-owned lab', 'Y, the developer of Z', 'the ChatGPT maker', 'Y, a unit of X',
'X affiliate Y', "Alphabet's Google", 'the campus in Indiana', 'A vs B', 'a rival of X'."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.kb import fold
from ingest.relations.common import SALIENT
from ingest.relations.en_clause import Add
from ingest.relations.en_known import leads_known
from ingest.relations.en_order import Order
from ingest.relations.en_reference import names_of, product_maker
from ingest.relations.lexicon import Lexicon
from schema.ontology import EntityType

_PREFIX_WORDS = {"the", "a", "an", "its", "their"}
_POSSESSIVE = ("'s", "’s")
_PHRASE_POS = {"ADJ", "DET", "NOUN", "PROPN", "NUM", "PUNCT", "SYM"}
NAMED, APPOSED, REFERRED = 0.8, 0.7, 0.55


class NounPhrases:
    def __init__(self, lex: Lexicon) -> None:
        data = lex.raw.get("noun_phrases", {})
        self.hyphen = {k: tuple(v) for k, v in data.get("hyphen_participles", {}).items()}
        self.makers = {k: tuple(v) for k, v in data.get("maker_nouns", {}).items()}
        self.parts = frozenset(data.get("part_nouns", ()))
        self.rivals = frozenset(data.get("rival_nouns", ()))
        self.referents = frozenset(data.get("referent_nouns", ()))
        self.partners = frozenset(data.get("partner_nouns", ()))
        self.possessed = {k: tuple(v) for k, v in data.get("possessed", {}).items()}
        titles = lex.raw.get("role_phrases", {}).items()
        self.leading = frozenset(t.replace(" - ", "-") for t, types in titles if types == ["LEADS"])

    def run(self, order: Order, add: Add) -> None:
        for tok in order.sentence_tokens():
            i, low, lemma = tok.i, tok.lower_, tok.lemma_.lower()
            if low in self.hyphen and i > order.sent.start and order.token(i - 1).text == "-":
                self._hyphenated(order, add, i, self.hyphen[low])
            elif low in self.makers or lemma in self.makers:
                self._maker(order, add, i, self.makers.get(low) or self.makers[lemma])
            elif lemma in self.referents and _next_is(order, i, "behind"):
                self._maker(order, add, i, ("DEVELOPS",))  # 'X, the startup behind Y'
            elif low in self.parts or lemma in self.parts:
                self._part(order, add, i)
            elif lemma in self.partners and tok.pos_ == "NOUN":
                self._partner(order, add, i)
            elif low in self.rivals or lemma in self.rivals:
                self._rival(order, add, i)
            elif tok.text in _POSSESSIVE:
                self._possessive(order, add, i)
            elif low in ("his", "her"):
                self._his_company(order, add, i)
            elif low == "its":
                self._its_product(order, add, i)
            elif low == "in" and order.at(i - 1) is not None:
                self._sited(order, add, i)
            if lemma in self.referents and order.at(i - 1) is not None:
                self._placed(order, add, i)

    # --- who a noun phrase is ----------------------------------------------------------------
    def described(
        self, order: Order, i: int, end: int, start: int | None = None, bare: bool = False
    ) -> tuple[int | None, float]:
        """The actor a descriptive phrase ending at noun i is about: the name right after it ('Tulsa-based
        Williams'), the one it is apposed to ('X, the Paris-based startup'), or 'the startup' itself."""
        j = end
        if j < order.sent.end and (k := order.at(j)) is not None:
            return k, NAMED
        start = _phrase_start(order, i) if start is None else start
        if (k := order.apposed_to(start, bare)) is not None:
            return k, APPOSED
        if (
            start > order.sent.start
            and order.token(start - 1).lower_ == "as"
            and (k := order.at(start - 2)) is not None
        ):
            return k, APPOSED  # 'X as the ChatGPT maker'
        if start - 1 > order.sent.start and order.token(start - 1).lemma_ == "be":
            found = order.subject_before(start - 1, order.clause(start)[0])
            if found:
                return found[0], APPOSED  # 'X is a Paris-based startup'
        if order.token(start).lower_ in ("the", "its") and order.token(i).lemma_.lower() in self.referents:
            return order.referent(start, carried_first=False), REFERRED
        return None, 0.0

    # --- rules -------------------------------------------------------------------------------
    def _hyphenated(self, order: Order, add: Add, i: int, types: tuple[str, ...]) -> None:
        """'Paris-based', 'Palo Alto- and Tel Aviv-based', 'Microsoft-backed', 'Musk-owned'."""
        named = _hyphen_list(order, i - 1)
        if not named:
            return
        noun = i + 1
        while noun < order.sent.end and order.token(noun).pos_ in ("ADJ", "NOUN", "PROPN") and order.at(noun) is None:
            noun += 1
        start = order.actors.ents[named[-1]].start
        while start > order.sent.start and order.token(start - 1).lower_ in _PREFIX_WORDS:
            start -= 1
        target, conf = self.described(order, noun - 1 if noun > i + 1 else i, noun, start)
        for k in named:
            if types == ("LOCATED_IN",):
                add(types, target, k, conf, "en.noun.based")
            else:
                add(types, k, target, conf, "en.noun.hyphen")

    def _maker(self, order: Order, add: Add, i: int, types: tuple[str, ...]) -> None:
        """'X, the developer of Y' / 'the ChatGPT maker X' / 'X, the maker of Y'."""
        made: list[int] = []
        if i + 1 < order.sent.end and order.token(i + 1).lower_ in ("of", "behind"):
            made = order.first_after(i + 1, order.sent.end, limit=4)
        elif (k := order.at(i - 1)) is not None:
            made = [k]  # 'the ChatGPT maker'
        if not made:
            return
        maker, conf = self.described(order, i, i + 1, bare=bool(made) and order.token(i + 1).lower_ == "of")
        for k in made:
            if conf == REFERRED and not self._may_make(order, maker, k):
                continue  # 'Google … the Claude maker': the knowledge base names another maker
            add(types, maker, k, conf, "en.noun.maker")

    def _may_make(self, order: Order, maker: int | None, product: int) -> bool:
        known = product_maker(order.actors.ents[product].kb_id_)
        if known is None or maker is None or maker == SALIENT:
            return True
        return known in {fold(n) for n in names_of(order, maker)}

    def _part(self, order: Order, add: Add, i: int) -> None:
        """'Y, a unit of X' / 'Y, a Meta affiliate' / "X's unit Y"."""
        if i + 1 < order.sent.end and order.token(i + 1).lower_ == "of":
            owners = order.first_after(i + 1, order.sent.end, limit=4)
        else:
            owners = [k for k in [_owner_before(order, i)] if k is not None]
        part, conf = self.described(order, i, i + 1, bare=order.token(i + 1).lower_ == "of")  # 'Y, unit of X'
        for owner in owners:
            add(("OWNS",), owner, part, conf, "en.noun.part_of")

    def _partner(self, order: Order, add: Add, i: int) -> None:
        """ "X's partner Y", 'Y is its main partner', 'X named Y its primary partner'."""
        start = _phrase_start(order, i)
        pronoun = next((j for j in range(start, i) if order.token(j).lower_ in ("its", "their")), None)
        partner, conf = self.described(order, i, i + 1, start)
        owner = _owner_before(order, i) if pronoun is None else None
        if pronoun is not None:
            named = order.at(pronoun - 1)
            verb = order.actors.ents[named].start - 1 if named is not None else -1
            if named is not None and verb >= order.sent.start and order.token(verb).tag_.startswith("VB"):
                partner, conf = named, APPOSED  # 'X named Y its partner': 'its' is X
                found = order.subject_before(verb, order.clause(verb)[0])
                owner = found[0] if found else None
            elif pronoun > order.sent.start and order.token(pronoun - 1).lemma_ == "be":
                owner = order.referent(pronoun, carried_first=False)  # 'Y is its partner': the paragraph's company
            else:
                owner = order.carried_org(before=pronoun)
        if owner is not None and partner is not None:
            add(("PARTNERS_WITH",), owner, partner, min(conf, 0.6), "en.noun.partner")

    def _rival(self, order: Order, add: Add, i: int) -> None:
        """'X, a Paris-based rival of Y' / 'X vs Y' / "X's rivals such as A and B"."""
        types = ("COMPETES_WITH", "RIVAL_OF")
        if order.token(i).lower_ in ("vs", "vs.", "versus"):
            before, after = order.at(i - 1), order.first_after(i, order.sent.end, limit=2)
            if before is not None and after:
                add(types, before, after[0], 0.6, "en.noun.versus")
            return
        nxt = order.token(i + 1).lower_ if i + 1 < order.sent.end else ""
        if nxt in ("of", "to"):
            subject, conf = self.described(order, i, i + 1)
            for other in order.first_after(i + 1, order.sent.end, limit=4):
                add(types, subject, other, min(conf, 0.7), "en.noun.rival_of")
        elif nxt in ("such", "including", "like"):
            anchor = _owner_before(order, i)
            conf = 0.6 if anchor is not None else 0.5
            for member in order.first_after(i, order.sent.end, limit=4):
                add(types, SALIENT if anchor is None else anchor, member, conf, "en.noun.rivals_such_as")

    def _possessive(self, order: Order, add: Add, i: int) -> None:
        """ "Alphabet's Google", "Musk's xAI", "Amazon's $11bn campus X", "Meta's Llama models"."""
        owner = order.at(i - 1)
        j = i + 1
        while j < min(order.sent.end, i + 5) and order.at(j) is None and _is_qualifier(order.token(j)):
            j += 1
        owned = order.at(j) if j < order.sent.end else None
        if owner is not None and owned is None and j < order.sent.end:
            self._persons_company(order, add, owner, j)
            self._one_of(order, add, owner)
        if owner is None or owned is None:
            return
        label = order.actors.ents[owned].label_
        if label == "ORGANIZATION" and j == i + 1 and not _is_modifier(order, owned):
            if self._leads(order, owner, owned):
                add(("LEADS",), owner, owned, 0.6, "en.noun.possessive_known_head")  # "Jensen Huang's Nvidia"
            else:
                add(("OWNS",), owner, owned, 0.6, "en.noun.possessive_org")
        elif label in self.possessed:
            add(self.possessed[label], owner, owned, 0.65, "en.noun.possessive")

    def _one_of(self, order: Order, add: Add, owner: int) -> None:
        """ "X, the first of Meta's clusters,", "Y, one of OpenAI's models,": the named one is the owner's."""
        of = order.actors.ents[owner].start - 1
        if of - 1 <= order.sent.start or order.token(of).lower_ != "of":
            return
        pick = order.token(of - 1)
        if not (pick.pos_ in ("ADJ", "NUM") or pick.lower_ == "one"):
            return
        named = order.apposed_np(of - 1)
        label = order.actors.ents[named].label_ if named is not None else ""
        if named is not None and label in self.possessed:
            add(self.possessed[label], owner, named, 0.6, "en.noun.one_of")

    def _persons_company(self, order: Order, add: Add, owner: int, j: int) -> None:
        """ "Jensen Huang's chipmaker", "xAI, Musk's AI company,", "Musk's AI startup, xAI,": the company
        apposed to the phrase, else the one the paragraph is about."""
        noun = self._company_noun(order, j)
        if order.actors.ents[owner].label_ != "PERSON" or noun is None:
            return
        nxt = noun + 1
        if nxt < order.sent.end and (order.at(nxt) is not None or order.token(nxt).pos_ == "NOUN"):
            return  # "Musk's company xAI" names it; "Son's group chief" is another phrase
        company, conf = self._apposed_company(order, owner, noun)
        if company is None:
            company, conf = order.referent(noun, carried_first=False), 0.5
        known = company is not None and company != SALIENT and self._leads(order, owner, company)
        add(("LEADS",) if known else ("OWNS",), owner, company, conf, "en.noun.persons_company")

    def _company_noun(self, order: Order, j: int) -> int | None:
        """The company noun of 'AI company', 'artificial intelligence startup' (a few modifiers before it)."""
        for t in range(j, min(order.sent.end, j + 4)):
            tok = order.token(t)
            if tok.lemma_.lower() in self.referents:
                return t
            if order.at(t) is not None or tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
                return None
        return None

    def _apposed_company(self, order: Order, owner: int, noun: int) -> tuple[int | None, float]:
        """'xAI, Musk's AI company,' (the name before) or "Musk's AI startup, xAI," (the name after)."""
        start = order.actors.ents[owner].start
        before = order.apposed_to(start, bare=True)
        if before is not None and order.actors.ents[before].label_ == "ORGANIZATION":
            return before, 0.6
        after = order.at(noun + 2) if noun + 2 < order.sent.end and order.token(noun + 1).text == "," else None
        if after is not None and order.actors.ents[after].label_ == "ORGANIZATION" and start == order.sent.start:
            return after, 0.6
        return None, 0.0

    def _leads(self, order: Order, person: int, org: int) -> bool:
        return leads_known(order.actors.ents[person], order.actors.ents[org], self.leading)

    def _placed(self, order: Order, add: Add, i: int) -> None:
        """'the Toronto company', 'Mistral AI, the Paris lab': a place naming where the company is."""
        place = order.at(i - 1)
        if place is None or order.actors.ents[place].label_ != "LOCATION":
            return
        if order.actors.ents[place].text.isupper():
            return  # 'the AI company': an acronym before a company noun is far more often a field than a place
        target, conf = self.described(order, i, i + 1)
        add(("LOCATED_IN",), target, place, min(conf, 0.6), "en.noun.placed")

    def _his_company(self, order: Order, add: Add, i: int) -> None:
        """ "Elon Musk's X Corp. and his AI company xAI": a person's own company, named after it."""
        j, noun = i + 1, None
        while j < min(order.sent.end, i + 5):
            k = order.at(j)
            if k is not None and not order.is_modifier(k):
                break
            if order.token(j).lower_ in ("former", "previous", "old", "ex"):
                return
            noun = order.token(j).lemma_.lower() if k is None else noun
            j = order.actors.ents[k].end if k is not None else j + 1
        company = order.at(j) if j < order.sent.end else None
        if company is None or noun not in self.referents or order.actors.ents[company].label_ != "ORGANIZATION":
            return
        people = [k for k in order.actors.within(order.sent) if k < company and order.actors.ents[k].label_ == "PERSON"]
        owner = people[-1] if people else order.carried.get(EntityType.PERSON)
        add(("OWNS", "LEADS"), owner, company, 0.55, "en.noun.his_company")

    def _its_product(self, order: Order, add: Add, i: int) -> None:
        """ "Google … its tensor processing units (TPUs)", 'its home-grown Graviton chips': the company's own."""
        j = i + 1
        while j < min(order.sent.end, i + 5) and order.at(j) is None and _is_own_word(order.token(j)):
            j += 1
        owned = order.at(j) if j < order.sent.end else None
        if owned is None or order.actors.ents[owned].label_ not in self.possessed:
            return
        subjects = [
            k
            for k in order.actors.within(order.sent)
            if order.actors.ents[k].end <= i
            and _subject(order.actors.ents[k].root)
            and order.actors.ents[k].label_ == "ORGANIZATION"
        ]  # 'Tesla hired A, a member of OpenAI, to run its Autopilot team': the subject's
        if subjects:
            add(self.possessed[order.actors.ents[owned].label_], subjects[-1], owned, 0.5, "en.noun.its_product")

    def _sited(self, order: Order, add: Add, i: int) -> None:
        """'the New Carlisle campus in Indiana': a facility and where it is."""
        site = order.at(i - 1)
        if site is None or order.actors.ents[site].label_ != "FACILITY":
            return
        for place in order.first_after(i, order.sent.end, limit=2):
            add(("LOCATED_IN",), site, place, 0.6, "en.noun.sited")


def _phrase_start(order: Order, i: int) -> int:
    """Where the noun phrase ending at token i begins: 'the Paris-based AI rival'."""
    j = i
    while j > order.sent.start and _in_phrase(order, j - 1):
        j -= 1
    return j


def _in_phrase(order: Order, j: int) -> bool:
    tok = order.token(j)
    if tok.text in (",", ";", "(", ")", ":"):
        return False
    hyphenated = tok.tag_ == "VBN" and j > order.sent.start and order.token(j - 1).text == "-"
    return (
        hyphenated or tok.lower_ in _PREFIX_WORDS or tok.pos_ in ("ADJ", "DET", "NOUN", "PROPN", "NUM", "PUNCT", "SYM")
    )


def _hyphen_list(order: Order, dash: int) -> list[int]:
    """The actors before '-based': 'Austin', 'Palo Alto- and Tel Aviv', 'Microsoft'."""
    out: list[int] = []
    j = dash - 1
    while j >= order.sent.start and (k := order.at(j)) is not None:
        out.append(k)
        j = order.actors.ents[k].start - 1
        if j - 1 >= order.sent.start and order.token(j).lower_ == "and" and order.token(j - 1).text == "-":
            j -= 2
        else:
            break
    return out


def _owner_before(order: Order, i: int) -> int | None:
    """'a Meta affiliate', "Amazon's cloud unit", 'the Amazon chip unit'."""
    for j in range(i - 1, max(order.sent.start, i - 4) - 1, -1):
        if order.token(j).text in _POSSESSIVE:
            continue
        if (k := order.at(j)) is not None:
            return k
        if order.token(j).pos_ not in ("NOUN", "ADJ", "PROPN"):
            return None
    return None


def _next_is(order: Order, i: int, word: str) -> bool:
    return i + 1 < order.sent.end and order.token(i + 1).lower_ == word


def _is_modifier(order: Order, k: int) -> bool:
    end = order.actors.ents[k].end
    return end < order.sent.end and (order.token(end).text == "-" or order.token(end).pos_ == "NOUN")


def _subject(tok: Token) -> bool:
    """A subject, or the name in 'Tesla Inc.' whose suffix the parser took for the subject."""
    return tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "compound" and tok.head.dep_ in ("nsubj", "nsubjpass"))


def _is_own_word(tok: Token) -> bool:
    """'its own', 'its home-grown', 'its tensor processing units (TPUs)': words before the name."""
    return _is_qualifier(tok) or (tok.is_lower and tok.pos_ in ("NOUN", "ADJ", "VERB")) or tok.text == "("


def _is_qualifier(tok: Token) -> bool:
    """Words between an owner's 's and what it owns: "Amazon's $11 billion new campus"."""
    return tok.like_num or tok.text in ("$", "€", "£", "-", '"', "“") or tok.pos_ in ("ADJ", "NUM")
