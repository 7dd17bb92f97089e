"""English relation rules over the dependency parse: verbs with subjects and objects (active and
passive), role nouns, 'X-backed Y', mutual nouns, competitor enumerations and possessives."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ingest.relations.common import SALIENT, Actors, Collector, Hit
from ingest.relations.en_clause import ClauseVerbs, Layer, intent_scale
from ingest.relations.en_conflict import Lawsuits
from ingest.relations.en_events import EventNouns
from ingest.relations.en_funding import Funding
from ingest.relations.en_integrated import Integrations
from ingest.relations.en_nominal import NounPhrases
from ingest.relations.en_order import Order
from ingest.relations.en_places import Places
from ingest.relations.en_roles import RolePhrases
from ingest.relations.en_speech import speakers
from ingest.relations.fallback import SentenceFallback
from ingest.relations.lexicon import Lexicon, Trigger
from schema.ontology import EntityType

_SUBJECTS = {"nsubj", "nsubjpass"}
_RELATIVE = {"which", "who", "that", "whose"}
_SHARES_SUBJECT = {"xcomp", "conj", "advcl"}
_OWNERS = {EntityType.ORGANIZATION.value, EntityType.PERSON.value}


class EnglishRules:
    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.broad: list[Layer] = [ClauseVerbs(lex), RolePhrases(lex), Funding(lex), NounPhrases(lex), Lawsuits(lex)]
        self.broad += [EventNouns(lex), Places(lex), Integrations(lex)]
        self.fallback = SentenceFallback(lex, "en")
        self.referents = frozenset(lex.raw.get("noun_phrases", {}).get("referent_nouns", ()))

    def __call__(self, doc: Doc) -> list[Hit]:
        actors = Actors(doc)
        out = Collector(actors)
        for sent in doc.sents:
            sentence = _Sentence(self.lex, actors, out, sent)
            order = Order(actors, sent, sentence.carried, self.lex.pronouns, self.referents)
            sentence.order = order
            for layer in self.broad:
                layer.run(order, sentence.add)
            sentence.run()
            _followed_by(order, out)
            self.fallback.run(actors, out, sent)
        return out.hits()


_FOLLOWED_TYPES = ("SUES", "INVESTS_IN", "ACQUIRES", "PARTNERS_WITH", "CRITICIZES", "COMPETES_WITH")


def _followed_by(order: Order, out: Collector) -> None:
    """'A sued B in May, followed weeks later by C and D': C and D did what A did."""
    for tok in order.sentence_tokens():
        if tok.lower_ != "followed" or tok.i == order.sent.start or order.token(tok.i - 1).text != ",":
            continue
        by = next((j for j in range(tok.i + 1, min(order.sent.end, tok.i + 6)) if order.token(j).lower_ == "by"), None)
        if by is None:
            continue
        followers = order.first_after(by, order.sent.end, limit=4)
        done = [
            h
            for h in out.hits()
            if h.sent_start == order.sent.start_char
            and h.type in _FOLLOWED_TYPES
            and h.head != SALIENT
            and out.actors.ents[h.head].end <= tok.i
            and h.tail != SALIENT
            and out.actors.ents[h.tail].end <= tok.i
        ]
        for hit in done:
            for k in followers:
                out.add((hit.type,), k, hit.tail, hit.confidence * 0.8, order.sent, "en.clause.followed_by")


def _key(tok: Token) -> str:
    """'co-founder' is three tokens; 'chief executive' two: the lexicon keys join them."""
    lemma = tok.lemma_.lower()
    if lemma == "founder" and tok.i >= 2 and tok.nbor(-1).text == "-" and tok.nbor(-2).lower_ == "co":
        return "co-founder"
    if lemma == "executive" and tok.i >= 1 and tok.nbor(-1).lower_ == "chief":
        return "chief executive"
    if lemma == "company" and tok.i >= 1 and tok.nbor(-1).lower_ == "parent":
        return "parent company"
    if lemma == "hire" and tok.i >= 2 and tok.nbor(-1).text == "-" and tok.nbor(-2).lower_ == "acqui":
        return "acqui-hire"
    return lemma


def _phrasal(tok: Token) -> str | None:
    """'took over', 'snapped up': the verb with its particle, as the lexicon may list it."""
    particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
    return f"{tok.lemma_.lower()} {particle}" if particle else None


class _Sentence:
    def __init__(self, lex: Lexicon, actors: Actors, out: Collector, sent: Span) -> None:
        self.lex, self.actors, self.out, self.sent = lex, actors, out, sent
        bound, intended = speakers(sent, actors, lex.pronouns, lex.word_set("speech_verbs"))
        self.carried = dict(actors.carried) | bound  # 'X said it will buy Y': 'it' is X
        words = {t.lower_ for t in sent if t.pos_ != "PROPN"}  # 'may', but not the month 'May'
        self.scale = 0.6 if words & lex.word_set("speculation") else 0.8 if intended else 1.0
        self.order: Order | None = None

    def add(self, types: tuple[str, ...], head: int | None, tail: int | None, conf: float, rule: str) -> None:
        if "DEVELOPS" in types and self.owned_by_other(head, tail):
            return  # "Apple built OpenAI's ChatGPT into Siri": the possessor made it
        if SALIENT in (head, tail):
            conf = min(conf, 0.5)  # an end left to the article is a guess
        self.out.add(types, head, tail, conf * self.scale, self.sent, rule)

    def owned_by_other(self, head: int | None, tail: int | None) -> bool:
        if head is None or tail is None or SALIENT in (head, tail):
            return False
        start = self.actors.ents[tail].start
        if start < self.sent.start + 2 or self.sent.doc[start - 1].text not in ("'s", "’s"):
            return False
        owner = self.actors.at.get(start - 2)
        return owner is not None and owner != head

    def run(self) -> None:
        subjects, unnamed = [], False
        for tok in self.actors.tokens[self.sent.start : self.sent.end]:
            if tok.dep_ in _SUBJECTS and (k := self.actors.of(tok)) is not None:
                subjects.append(k)  # what 'he'/'the company' will mean in the next sentence
            elif tok.dep_ in (*_SUBJECTS, "dobj") and tok.pos_ == "NOUN" and self.ref(tok) == SALIENT:
                unnamed = True  # 'founded the company': the paragraph now talks about the article's company
            if tok.dep_ == "poss":
                self.possessive(tok)
            key = _key(tok)
            if tok.pos_ in ("VERB", "AUX") and (phrasal := _phrasal(tok)) in self.lex.predicates:
                key = phrasal  # only verbs take a particle ('took over')
            if tok.dep_ == "amod" and key in self.lex.predicates:
                self.backed(tok, self.lex.predicates[key])
            elif tok.pos_ in ("VERB", "AUX") and key in self.lex.predicates:
                self.predicate(tok, self.lex.predicates[key])
            elif tok.pos_ == "VERB" and key in self.lex.word_set("selling_verbs"):
                self.sale(tok)
            if tok.pos_ in ("NOUN", "PROPN"):
                if key in self.lex.roles:
                    self.role(tok, self.lex.roles[key])
                if key in self.lex.mutual_nouns:
                    self.mutual(tok, self.lex.mutual_nouns[key])
                if key in self.lex.competitor_nouns:
                    self.competitors(tok, self.lex.competitor_nouns[key])
        for k in subjects:
            self.actors.carry(k)
        if unnamed and not any(self.actors.ents[k].label_ == EntityType.ORGANIZATION.value for k in subjects):
            self.actors.carried.pop(EntityType.ORGANIZATION, None)  # its next 'its' is not an older name

    # --- who a token names -------------------------------------------------------------------
    def ref(self, tok: Token) -> int | None:
        k = self.actors.of(tok)
        if k is not None:
            return k
        if tok.lower_ in _RELATIVE:  # 'X, which …' / 'X, whose rivals …'
            verb = tok.head if tok.lower_ != "whose" else tok.head.head
            return self.apposed(verb.head) if verb.dep_ == "relcl" else None
        kind = self.lex.pronouns.get(tok.lower_)
        if kind is None and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the":
            kind = self.lex.pronouns.get("the " + tok.lower_)
            topic = self.order.topic_org() if kind == EntityType.ORGANIZATION and self.order is not None else None
            if topic is not None:
                return topic
            if kind == EntityType.ORGANIZATION and kind not in self.carried:
                return SALIENT  # 'the company' with no antecedent in the paragraph: the article's company
        order = self.order
        if kind is None and order is not None and order.describes_company(tok.i):
            if order.ambiguous_description(tok.i):
                return None
            found = order.described_referent(tok.i)  # 'the Paris-based startup'
            return SALIENT if found is None else found
        return self.carried.get(kind) if kind is not None else None

    def apposed(self, noun: Token) -> int | None:
        """The actor a noun names or stands in apposition to: 'Google, the company that created Gemini'."""
        k = self.actors.of(noun)
        if k is None and noun.dep_ == "appos":
            k = self.actors.of(noun.head)
        return k

    def antecedent(self, noun: Token) -> int | None:
        """What a relative clause's noun is about: the actor it is apposed to, else what it refers to."""
        k = self.apposed(noun)
        return self.ref(noun) if k is None else k

    def refs(self, tok: Token) -> list[int]:
        """An argument and the actors coordinated with it ('Google, Meta and Anthropic')."""
        out = []
        for t in [tok, *tok.conjuncts]:
            k = self.ref(t)
            if k is None and t.pos_ == "NOUN":  # 'its chief executive, Sam Altman'
                k = next((a for c in t.children if c.dep_ == "appos" and (a := self.ref(c)) is not None), None)
            if k is not None and k not in out:
                out.append(k)
        return out

    def objects(self, tok: Token, preps: tuple[str, ...] | frozenset[str]) -> list[int]:
        out: list[int] = []
        for child in tok.children:
            if child.dep_ in ("dobj", "attr", "oprd") and "dobj" in preps:
                out += self.refs(child)
                out += self.objects(child, tuple(p for p in preps if p != "dobj"))  # '$13 billion in OpenAI'
            elif child.dep_ in ("prep", "dative") and child.lower_ in preps:
                out += [k for pobj in child.children if pobj.dep_ == "pobj" for k in self.refs(pobj)]
        return out

    def subjects(self, verb: Token) -> tuple[list[int], float]:
        if verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in self.lex.word_set("hiring_verbs"):
            hired = [k for c in verb.head.children if c.dep_ == "dobj" for k in self.refs(c)]
            if hired:  # 'Y hired X to lead Z': X leads Z
                return hired, 0.8
        tok, conf = verb, 0.9
        for _ in range(4):
            found = [k for c in tok.children if c.dep_ == "nsubj" for k in self.refs(c)]
            if found:
                return found, conf
            if tok.dep_ == "relcl" and (k := self.antecedent(tok.head)) is not None:
                return [k], conf
            if tok.dep_ not in _SHARES_SUBJECT:
                break
            tok, conf = tok.head, conf - 0.05
        return [], conf

    def negated(self, tok: Token) -> bool:
        """'did not invest', and 'does not plan to acquire': a negated verb governs this one."""
        negations = self.lex.word_set("negation_words")
        for _ in range(3):
            if any(c.dep_ == "neg" or c.lower_ in negations for c in tok.children):
                return True
            if tok.dep_ not in ("xcomp", "ccomp") or tok.head is tok:
                return False
            tok = tok.head
        return False

    # --- rules -------------------------------------------------------------------------------
    def predicate(self, verb: Token, trigger: Trigger) -> None:
        scale = intent_scale(verb, self.lex.word_set("attempt_verbs"), self.lex.word_set("plan_verbs"))
        if self.negated(verb) or scale == 0.0:
            return
        passive = [k for c in verb.children if c.dep_ == "nsubjpass" for k in self.refs(c)]
        if passive:
            agents = [k for c in verb.children if c.dep_ == "agent" for p in c.children for k in self.refs(p)]
            heads, conf = agents, 0.9
            tails = passive
            if trigger.types == ("LOCATED_IN",):  # 'X is based in Y'
                heads, tails = passive, self.objects(verb, trigger.tail)
        else:
            heads, conf = self.subjects(verb)
            tails = self.objects(verb, trigger.tail)
            if not tails and trigger.possessor_tail:  # 'shorted Tesla stock', "criticized Microsoft's plan"
                tails = [
                    k
                    for c in verb.children
                    if c.dep_ == "dobj"
                    for o in c.children
                    if o.dep_ in ("compound", "poss")
                    for k in self.refs(o)
                ]
        for head in heads:
            for tail in tails:
                self.add(trigger.types, head, tail, conf * scale, "en.predicate")
        if "FOUNDED" in trigger.types and heads:  # 'A founded X with B and C'
            for partner in [k for p in self._preps(verb, ("with",)) for k in self.refs(p)]:
                if partner != SALIENT and self.actors.ents[partner].label_ == EntityType.PERSON.value:
                    for tail in tails:
                        self.add(("FOUNDED",), partner, tail, conf * scale * 0.9, "en.predicate.founded_with")
        if "ACQUIRES" in trigger.types:  # 'bought X from Y': Y owned X
            for seller in [k for p in self._preps(verb, ("from",)) for k in self.refs(p)]:
                for tail in tails:
                    self.add(("OWNS",), seller, tail, 0.6 * scale, "en.predicate.sold_from")

    def sale(self, verb: Token) -> None:
        """'A sold B to C': C ACQUIRES B, A owned B; 'B sold itself to C'."""
        if self.negated(verb) or intent_scale(verb, self.lex.word_set("attempt_verbs"), frozenset()) == 0.0:
            return
        sellers, conf = self.subjects(verb)
        sold = [k for c in verb.children if c.dep_ == "dobj" and c.lower_ != "itself" for k in self.refs(c)]
        if not sold and any(c.dep_ == "dobj" and c.lower_ == "itself" for c in verb.children):
            sold, sellers = sellers, []
        for buyer in [k for p in self._preps(verb, ("to",)) for k in self.refs(p)]:
            for item in sold:
                self.add(("ACQUIRES",), buyer, item, conf - 0.1, "en.sale.buyer")
        for seller in sellers:
            for item in sold:
                self.add(("OWNS",), seller, item, 0.6, "en.sale.seller")

    def backed(self, tok: Token, trigger: Trigger) -> None:
        """'Microsoft-backed OpenAI', 'SoftBank-funded startup X'."""
        heads = [k for c in tok.children if c.dep_ in ("npadvmod", "compound", "nmod") for k in self.refs(c)]
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < self.sent.end else None
        tail = self.actors.of(nxt) if nxt is not None else None
        for head in heads:
            self.add(trigger.types, head, tail, 0.85, "en.backed")

    def role(self, noun: Token, trigger: Trigger) -> None:
        orgs = [k for c in noun.children if c.dep_ in ("poss", "compound") for k in self.refs(c)]
        orgs += self.objects(noun, ("of", "at"))
        if not orgs:
            return
        people = self._role_holders(noun)
        types = ("WORKS_FOR",) if noun.i > 0 and noun.nbor(-1).lower_ == "vice" else trigger.types  # 'vice president'
        for org in orgs:
            for person in people:
                pair = (org, person) if trigger.possessor_is_head else (person, org)
                self.add(types, *pair, 0.85, "en.role")

    def _role_holders(self, noun: Token) -> list[int]:
        if noun.dep_ in ("appos", "compound") and (k := self.ref(noun.head)) is not None:
            return [k]  # 'Altman, CEO of OpenAI' / 'OpenAI CEO Sam Altman'
        if noun.dep_ in ("attr", "oprd"):  # 'X is the CEO of Y', 'X was named Y's finance chief'
            return [k for c in noun.head.children if c.dep_ in _SUBJECTS for k in self.refs(c)]
        return [k for c in noun.children if c.dep_ == "appos" for k in self.refs(c)]  # 'its CEO, Sam Altman'

    def mutual(self, noun: Token, types: tuple[str, ...]) -> None:
        between = [k for p in self._preps(noun, ("between",)) for k in self.refs(p)]
        if len(between) >= 2:
            self.add(types, between[0], between[1], 0.85, "en.mutual")
            return
        owners = [k for c in noun.children if c.dep_ == "poss" for k in self.refs(c)]
        partners = [k for p in self._preps(noun, ("with", "against")) for k in self.refs(p)]
        if len(owners) >= 2 and not partners:
            self.add(types, owners[0], owners[1], 0.8, "en.mutual")
        for owner in owners[:1]:
            for partner in partners:
                self.add(types, owner, partner, 0.8, "en.mutual")
        if not owners:
            self.mutual_object(noun, types)

    def mutual_object(self, noun: Token, types: tuple[str, ...]) -> None:
        """'A signed a deal with B', 'A and B announced a partnership', 'A entered into a pact with B'."""
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("into", "in") else noun.head
        if noun.dep_ not in ("dobj", "pobj") or verb.lemma_.lower() not in self.lex.word_set("mutual_verbs"):
            return
        if self.negated(verb) or intent_scale(verb, self.lex.word_set("attempt_verbs"), frozenset()) == 0.0:
            return
        subjects, _ = self.subjects(verb)
        partners = [k for t in (noun, verb) for p in self._preps(t, ("with",)) for k in self.refs(p)]
        if not partners and len(subjects) >= 2:
            subjects, partners = subjects[:1], subjects[1:2]
        for subject in subjects[:1]:
            for partner in partners:
                self.add(types, subject, partner, 0.75, "en.mutual_object")

    def _preps(self, tok: Token, words: tuple[str, ...]) -> list[Token]:
        return [
            p for c in tok.children if c.dep_ == "prep" and c.lower_ in words for p in c.children if p.dep_ == "pobj"
        ]

    def competitors(self, noun: Token, types: tuple[str, ...]) -> None:
        members = [k for p in self._preps(noun, ("as", "including", "like")) for k in self.refs(p)]
        members += [k for c in noun.children if c.dep_ == "prep" and c.lower_ == "such" for k in self._such_as(c)]
        anchor = self._anchor(noun)
        if noun.dep_ == "nsubj":  # 'its rivals include A and B'
            members += [k for c in noun.head.children if c.dep_ == "dobj" for k in self.refs(c)]
        if noun.dep_ == "attr":  # 'A is a rival of B' / 'A and B are rivals'
            subjects = [k for c in noun.head.children if c.dep_ == "nsubj" for k in self.refs(c)]
            others = self.objects(noun, ("of", "to"))
            if len(subjects) >= 2 and not others:
                self.add(types, subjects[0], subjects[1], 0.85, "en.competitor")
            members, anchor = others or members, subjects[0] if subjects else anchor
        conf = 0.6 if anchor == SALIENT else 0.8
        for member in members:
            self.add(types, anchor, member, conf, "en.enumeration")

    def _such_as(self, such: Token) -> list[int]:
        return [
            k for a in such.children if a.lower_ == "as" for p in a.children if p.dep_ == "pobj" for k in self.refs(p)
        ]

    def _anchor(self, noun: Token) -> int:
        for c in noun.children:
            if c.dep_ == "poss" and (k := self.ref(c)) is not None:
                return k
        subjects, _ = self.subjects(noun.head) if noun.dep_ in ("dobj", "pobj") else ([], 0.0)
        return subjects[0] if subjects else SALIENT

    def possessive(self, tok: Token) -> None:
        """ "xAI's Colossus", "OpenAI's ChatGPT"."""
        owned = self.actors.of(tok.head)
        types = self.lex.possessive.get(self.actors.ents[owned].label_) if owned is not None else None
        owner = self.ref(tok) if types else None
        if types and owner is not None and owner != SALIENT and self.actors.ents[owner].label_ in _OWNERS:
            self.add(types, owner, owned, 0.8, "en.possessive")
