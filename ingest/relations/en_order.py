"""A token-order view of one English sentence, for rules that must survive a wrong parse.

The small English model often attaches words of long news sentences wrongly; what stays reliable is
where the named actors are, the punctuation between them and the clause boundaries. This view
answers: which actors are listed together ('A, B and C'), which list sits just before or after a
word, and where the clause containing a word begins and ends."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ingest.relations import en_reference as reference
from ingest.relations.common import Actors
from schema.ontology import EntityType

# Marks that end a clause: a list of actors never runs across them.
_HARD_BOUNDARIES = {";", "—", "–", ":", "(", ")", "•", "▸", '"', "“", "”"}
# After a comma these words open a new clause ('X, which …', 'X, while …').
_CLAUSE_OPENERS = {"which", "who", "whose", "while", "but", "although", "though", "whereas", "where", "when"}
_LIST_JOINERS = {",", "and", "&"}
# Words that may stand between a subject and its verb: 'X has also quietly backed Y'.
_VERB_FILLERS = {"also", "has", "have", "had", "will", "would", "then", "later", "now", "already", "jointly", "since"}
_VERB_FILLERS |= {"is", "are", "was", "were", "been", "be"}  # 'X is suing Y', 'X is working with Y'
_RELATIVE = {"which", "who", "that"}
_SUBJECTS = {"nsubj", "nsubjpass"}
_FINITE = {"VBD", "VBZ", "VBP", "VB", "MD"}
COMPANY_SUFFIXES = {"inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "llc", "plc", "ag", "se"}
_TIME_LINKS = {"before", "after", "while", "since", "by", "without", "when"}
_LIST_INTRODUCERS = {"including", "such", "as", "like", "notably", "namely"}
_OWN_WORDS = {"his", "her", "its", "their"}


class Order:
    def __init__(
        self,
        actors: Actors,
        sent: Span,
        carried: dict[EntityType, int],
        pronouns: dict[str, EntityType],
        referents: frozenset[str] = frozenset(),
    ):
        self.actors, self.sent, self.doc = actors, sent, sent.doc
        self.toks = actors.tokens
        self.carried, self.pronouns, self.referents = carried, pronouns, referents

    def sentence_tokens(self) -> list[Token]:
        """The sentence's tokens from the doc's list (iterating the Span builds every Token anew)."""
        return self.toks[self.sent.start : self.sent.end]

    # --- clauses -----------------------------------------------------------------------------
    def is_boundary(self, i: int) -> bool:
        tok = self.toks[i]
        if tok.text in _HARD_BOUNDARIES:
            return True
        return tok.text == "," and i + 1 < self.sent.end and self.toks[i + 1].lower_ in _CLAUSE_OPENERS

    def clause(self, i: int) -> tuple[int, int]:
        """Token range [start, end) of the clause around token i."""
        start = i
        while start > self.sent.start and not self.is_boundary(start - 1):
            start -= 1
        end = i + 1
        while end < self.sent.end and not self.is_boundary(end):
            end += 1
        return start, end

    # --- actors ------------------------------------------------------------------------------
    def at(self, i: int) -> int | None:
        return self.actors.at.get(i) if self.sent.start <= i < self.sent.end else None

    def ref(self, i: int) -> int | None:
        """An actor named at token i, or what a pronoun / 'the company' there points to."""
        if (k := self.at(i)) is not None:
            return k
        tok = self.toks[i]
        kind = self.pronouns.get(tok.lower_)
        if kind is None and i > self.sent.start and self.toks[i - 1].lower_ in ("the", "this"):
            kind = self.pronouns.get("the " + tok.lower_)
        if kind is None and self.describes_company(i):
            return self.described_referent(i)
        if kind is None and reference.persons_company(self, i):
            return self.referent(i, carried_first=False)  # "Masayoshi Son's group bought …"
        if kind is None:
            return None
        found = self.carried.get(kind)
        if kind == EntityType.ORGANIZATION and tok.lower_ != "it":
            topic = self.topic_org()  # 'the company': what the paragraph keeps naming
            found = found if topic is None else topic
        if found is None and kind == EntityType.ORGANIZATION and i == self.sent.start:
            found = self.referent(i, carried_first=False)  # 'It …' opening a sentence: the paragraph's company
        elif found is None and kind == EntityType.ORGANIZATION and tok.lower_ == "it":
            found = reference.paragraph_subject(self)  # '…, and it is an investor in X'
        elif found is None and kind == EntityType.ORGANIZATION:
            found = self.referent(i, carried_first=False)  # "the company's purchase of X"
        return found

    # --- references (en_reference.py) ---------------------------------------------------------
    def describes_company(self, i: int) -> bool:
        return reference.description_head(self, i, self.referents)

    def described_referent(self, i: int) -> int | None:
        return reference.described_referent(self, i)

    def ambiguous_description(self, i: int) -> bool:
        return reference.ambiguous_description(self, i)

    def description_after(self, i: int) -> int | None:
        return reference.description_after(self, i)

    def topic_org(self) -> int | None:
        return reference.topic_org(self)

    def list_from(self, i: int, end: int) -> list[int]:
        """The actors listed from token i on: 'A, B and C' / 'A (AA), B, and C'."""
        out: list[int] = []
        the_list = i > self.sent.start and self.toks[i - 1].lower_ == "the"
        while i < end and (k := self.at(i)) is not None:
            if self._is_modifier(k):  # 'Microsoft-backed', 'Nvidia chips'
                break
            if k not in out:
                out.append(k)
            i = self._skip_parenthesis(self._skip_suffix(self.actors.ents[k].end, end), end)
            described = self._skip_apposition(i, end)
            apposed, i = described != i, described
            j = i
            while j < end and self.toks[j].text in _LIST_JOINERS:
                j += 1
            if j + 3 < end and [t.lower_ for t in self.toks[j : j + 3]] == ["as", "well", "as"]:
                j += 3  # 'A, B and C, as well as D'
                apposed = apposed or len(out) > 1
            if j < end and self.toks[j].lower_ == "the" and (self.toks[j - 1].lower_ in ("and", "&") or the_list):
                j += 1  # 'A and the B fund', 'the A, the B'; but 'A, the B maker' is an appositive
            if j > i and self.toks[j - 1].lower_ == "and" and j < end and self.toks[j].lower_ in _OWN_WORDS:
                j = self._skip_own_description(j, end)  # "Musk's X Corp. and his AI company xAI"
            if j == i or self.at(j) is None:
                break
            joiners = {t.text for t in self.toks[i:j]}
            if {",", "and"} <= joiners and len(out) == 1 and not apposed:
                break  # 'of A, and B': the ', and' closes an outer list, 'A and B' would have no comma
            i = j
        return out

    def _skip_apposition(self, i: int, end: int) -> int:
        """'A, publisher of B, and C': past a describing phrase (no verb) that ', and' closes."""
        if i + 1 >= end or self.toks[i].text != "," or not self.toks[i + 1].is_lower or self.toks[i + 1].pos_ != "NOUN":
            return i
        for c in range(i + 2, min(end - 1, i + 12)):
            tok = self.toks[c]
            if tok.tag_.startswith("VB") or tok.lower_ in _CLAUSE_OPENERS | {"and"}:
                return i
            if tok.text == ",":
                return c if self.toks[c + 1].lower_ == "and" and self.at(c + 2) is not None else i
        return i

    def _skip_own_description(self, j: int, end: int) -> int:
        """'his AI company xAI', 'its cloud unit AWS': where the actor after the description starts."""
        for m in range(j + 1, min(end, j + 5)):
            if self.at(m) is not None:
                return m
            if not (self.toks[m].is_lower and self.toks[m].pos_ in ("NOUN", "ADJ")) and self.toks[m].text != "AI":
                return j
        return j

    def is_modifier(self, k: int) -> bool:
        return self._is_modifier(k)

    def _is_modifier(self, k: int) -> bool:
        end = self.actors.ents[k].end
        if end >= self.sent.end:
            return False
        nxt = self.toks[end]
        if nxt.text in ("-", "'s", "’s"):
            return True
        # 'OpenAI researchers' names people, but 'the Claude family' / 'Llama models' is still the product
        product = self.actors.ents[k].label_ == "PRODUCT"
        if nxt.pos_ in ("NOUN", "PROPN") and self.at(end) is None and end + 1 < self.sent.end:
            after = self.at(end + 1)
            if after is not None and self.actors.ents[after].label_ == "PERSON":
                return True  # 'former OpenAI CTO Mira Murati': OpenAI describes the person
        return not product and nxt.pos_ == "NOUN" and nxt.is_lower and nxt.is_alpha

    def _skip_suffix(self, i: int, end: int) -> int:
        """'Apple Inc. and OpenAI': a company suffix the entity left out belongs to the name."""
        j = i + 1 if i < end and self.toks[i].text == "," and i + 1 < end else i
        return j + 1 if j < end and self.toks[j].lower_ in COMPANY_SUFFIXES else i

    def _skip_parenthesis(self, i: int, end: int) -> int:
        if i < end and self.toks[i].text == "(":
            for j in range(i + 1, min(end, i + 8)):
                if self.toks[j].text == ")":
                    return j + 1
        return i

    def list_before(self, i: int, start: int) -> list[int]:
        """The actor list that ends just before token i (exclusive): 'A, B and C [i]'."""
        j = i - 1
        if j >= start and self.toks[j].text == ")":
            while j > start and self.toks[j].text != "(":
                j -= 1
            j -= 1
        first = self.at(j) if j >= start else None
        if first is None:
            return []
        while True:
            s, joiners = self.actors.ents[first].start - 1, set()
            while s >= start and (self.toks[s].text in _LIST_JOINERS or self.toks[s].lower_ == "the"):
                joiners.add(self.toks[s].text if self.toks[s].text in _LIST_JOINERS else "")
                s -= 1
            prev = self.at(s) if s >= start else None
            if not joiners - {""} or prev is None:
                break
            if {",", "and"} <= joiners and not self._listed_before(prev, start):
                break  # 'left for A, and B took over': two clauses, not the list 'A, B, and C'
            first = prev
        return self.list_from(self.actors.ents[first].start, i)

    def _listed_before(self, k: int, start: int) -> bool:
        """Whether a comma and another actor come just before actor k ('A, [k]')."""
        s = self.actors.ents[k].start - 1
        return s - 1 >= start and self.toks[s].text == "," and self.at(s - 1) is not None

    def first_after(self, i: int, end: int, limit: int = 6, cross_adp: bool = False) -> list[int]:
        """The actor list that follows token i within `limit` tokens, crossing no verb (nor preposition)."""
        for j in range(i + 1, min(end, i + 1 + limit)):
            k = self.at(j)
            if k is not None and self._is_modifier(k):
                continue  # 'by former OpenAI CTO Mira Murati'
            if k is not None:
                return self.list_from(j, end)
            if (p := self._pronoun_ref(j)) is not None:
                return [p]
            tok = self.toks[j]
            if tok.lower_ in _LIST_INTRODUCERS:
                continue
            if tok.tag_ in _FINITE or (tok.pos_ == "ADP" and not cross_adp):
                return []
            if tok.text == "," and not (j + 1 < end and self.toks[j + 1].lower_ in _LIST_INTRODUCERS):
                return []  # 'bought chips, and A …': the object ended; ', including A' goes on
        return []

    def _pronoun_ref(self, i: int) -> int | None:
        tok = self.toks[i]
        if tok.lower_ == "the" and (head := self.description_after(i)) is not None:
            return self.ref(head)
        if tok.lower_ in self.pronouns or (tok.i > 0 and self.toks[i - 1].lower_ == "the"):
            return self.ref(i)
        return None

    def subject_before(self, i: int, start: int, depth: int = 0) -> list[int]:
        """Who does the verb at token i: the actor list just before it, a relative's antecedent, a pronoun."""
        j = i - 1
        while j >= start and (self.toks[j].lower_ in _VERB_FILLERS or self.toks[j].pos_ == "ADV"):
            j -= 1
        if j - 1 > start and self.toks[j].lower_ == "others" and self.toks[j - 1].lower_ == "and":
            j -= 3 if self.toks[j - 2].text == "," else 2  # 'A, B and others also joined'
        while j > start and self.toks[j].lower_ in COMPANY_SUFFIXES:
            j -= 2 if self.toks[j - 1].text == "," else 1  # 'Tesla Inc. hired', 'Meta Platforms, Inc. has'
        if j < self.sent.start:
            return []
        gerund = any(t.lower_.endswith("ing") for t in self.toks[i : min(i + 3, self.sent.end)])
        if j > start and self.toks[j].lower_ in _TIME_LINKS and gerund and depth < 2:
            verb = next((v for v in range(j - 1, start - 1, -1) if self.toks[v].tag_ in _FINITE), None)
            return (
                self.subject_before(verb, start, depth + 1) if verb is not None else []
            )  # 'X worked at Y before co-founding Z'
        if self.toks[j].lower_ in _RELATIVE:
            return self.antecedent(j)
        if j >= start and (found := self.list_before(j + 1, start)):
            return found
        if j >= start and self.toks[j].text == "," and (k := self._before_apposition(j, start)) is not None:
            return [k]  # 'X, a former Y executive, now runs Z'
        if j >= start and self.toks[j].text == "," and (k := self._apposed_name(j, start)) is not None:
            return [k]  # "the group's CFO, Jane Roe, joins …"
        if j >= start and self.toks[j].text == "," and (found := self._before_relative(j)):
            return found  # 'X, which raised …, named Y'
        if j > start and self.toks[j].lower_ == "to" and self.toks[j - 1].tag_.startswith("VB") and depth < 2:
            return self.subject_before(j - 1, start, depth + 1)  # 'X agreed to invest'
        if j > start and self.toks[j].lower_ == "and" and depth < 2:
            finite = ("VBD", "VBZ", "VBP")
            # 'X bought A and later B'; 'X led a round for A, which aims …, and joined B': X
            before = range(j - 1, self.sent.start - 1, -1)
            verbs = [v for v in before if self._finite(v, finite) and not self._relative_verb(v)]
            return self.subject_before(verbs[0], self.clause(verbs[0])[0], depth + 1) if verbs else []
        if j >= start and (pair := reference.pair(self, j)):
            return pair  # 'the two companies have worked together'
        k = self.ref(j) if j >= start else None
        return [k] if k is not None else []

    def _finite(self, v: int, finite: tuple[str, ...]) -> bool:
        """A finite verb, or a past tense the tagger took for a participle after an apposition's comma
        ('The company, founded by A, partnered with B and now competes with C')."""
        if self.toks[v].tag_ in finite:
            return True
        return self.toks[v].tag_ == "VBN" and v - 1 > self.sent.start and self.toks[v - 1].text == ","

    def _apposed_name(self, comma: int, start: int) -> int | None:
        """A person named between two commas after a noun: "its chief executive, Jane Roe, said"."""
        k = self.at(comma - 1) if comma - 1 >= start else None
        if k is None or self.actors.ents[k].label_ != "PERSON":
            return None
        before = self.actors.ents[k].start - 1
        noun = before - 1
        if noun < start or self.toks[before].text != "," or self.toks[noun].pos_ not in ("NOUN", "PROPN"):
            return None
        if self.at(noun) is not None:  # 'Google, Sundar Pichai, …' is a list or a heading, not a title
            return None
        return k

    def _relative_verb(self, v: int) -> bool:
        """Whether the verb at v is the verb of a relative clause ('which aims …')."""
        j = v - 1
        while j > self.sent.start and (self.toks[j].lower_ in _VERB_FILLERS or self.toks[j].pos_ in ("ADV", "AUX")):
            j -= 1
        return self.toks[j].lower_ in _RELATIVE

    def _before_relative(self, comma: int) -> list[int]:
        """'X, which/who …, [verb]': the antecedent of the relative clause that ends at this comma."""
        for r in range(comma - 2, self.sent.start, -1):
            tok = self.toks[r]
            if tok.text in _HARD_BOUNDARIES:
                return []
            if tok.lower_ in ("which", "who") and self.toks[r - 1].text == ",":
                return self.antecedent(r)
        return []

    def _before_apposition(self, comma: int, start: int) -> int | None:
        """'X, <a phrase without a verb>, [verb]': the X the apposition describes."""
        for c in range(comma - 1, max(start, comma - 12) - 1, -1):
            tok = self.toks[c]
            if tok.text == ",":
                return self.ref(c - 1) if c - 1 >= start else None  # 'X, …,' / 'The company, …,'
            if tok.tag_ in ("VBD", "VBZ", "VBP") or tok.lower_ in _RELATIVE | _LIST_INTRODUCERS | {"and"}:
                return None  # a clause or a list, not a describing phrase
        return None

    def antecedent(self, j: int) -> list[int]:
        """'X, which …' / 'X (…), who …': the actor the relative word at j stands for."""
        c = j - 1
        if c >= self.sent.start and self.toks[c].text == ",":
            c -= 1
        if c - 1 > self.sent.start and self.toks[c].like_num and self.toks[c - 1].text == ",":
            c -= 2  # 'X, 54, who …'
        if c >= self.sent.start and self.toks[c].text == ")":
            while c > self.sent.start and self.toks[c].text != "(":
                c -= 1
            c -= 1
        k = self.at(c) if c >= self.sent.start else None
        if k is None and c > self.sent.start and self.toks[c].pos_ == "NOUN":
            k = self._apposed_noun_phrase(c)  # 'X, the Paris lab whose …'
        return [k] if k is not None else []

    def apposed_np(self, c: int) -> int | None:
        return self._apposed_noun_phrase(c)

    def _apposed_noun_phrase(self, c: int) -> int | None:
        """The actor a noun phrase ending at token c is apposed to: 'X, the Paris lab'."""
        while c > self.sent.start:
            tok, k = self.toks[c], self.at(c)
            if k is not None and self.actors.ents[k].label_ == "LOCATION":
                c = self.actors.ents[k].start - 1
            elif k is None and tok.pos_ in ("ADJ", "NOUN", "DET", "NUM") and tok.text != ",":
                c -= 1
            elif k is None and tok.pos_ == "PROPN" and tok.dep_ == "compound":
                c -= 1  # 'X, the AI company owned by Y'
            elif k is None and (tok.text == "-" or (tok.tag_ == "VBN" and self.toks[c - 1].text == "-")):
                c -= 1  # 'X, a Paris-based startup founded by Y'
            else:
                break
        return self.at(c - 1) if self.toks[c].text == "," else None

    def apposed_to(self, i: int, bare: bool = False) -> int | None:
        """'A, the X …': the actor before the comma that opens the appositive at token i."""
        determiners = ("the", "a", "an", "its", "their")
        j = i - 1
        while j >= self.sent.start and self.toks[j].lower_ in determiners:
            j -= 1
        has_determiner = bare or j < i - 1 or (i < self.sent.end and self.toks[i].lower_ in determiners)
        if has_determiner and j >= self.sent.start + 1 and self.toks[j].text == ",":
            return self.at(j - 1)  # without one, 'A, B-backed round' is more likely a list than an apposition
        return None

    def carried_org(self, before: int | None = None) -> int | None:
        """What 'its' points to: this sentence's organisation subject before it, else the last one seen."""
        if before is not None:
            begin = self.clause(before)[0]
            for i in range(before - 1, begin - 1, -1):  # 'sued OpenAI and its partner': the nearest one
                k = self.at(i)
                if k is not None and self.actors.ents[k].label_ == "ORGANIZATION" and not self._is_modifier(k):
                    return k
        for i in range(self.sent.start, before if before is not None else self.sent.start):
            k = self.at(i)
            if k is not None and self.toks[i].dep_ in _SUBJECTS and self.actors.ents[k].label_ == "ORGANIZATION":
                return k
        return self.carried.get(EntityType.ORGANIZATION)

    def referent(self, before: int, carried_first: bool = True) -> int | None:
        """What 'the startup' / a bare title points to: the organisation carried from earlier sentences,
        else the paragraph's first one; never one named in this sentence (that would be said by name)."""
        here = [k for k in self.actors.within(self.sent) if self.actors.ents[k].start < before]
        carried = self.carried.get(EntityType.ORGANIZATION)
        if carried_first and carried is not None and not self._named_here(carried, here):
            return carried
        for k, ent in enumerate(self.actors.ents):
            if ent.start >= self.sent.start:
                return None
            if ent.label_ == "ORGANIZATION" and not self._named_here(k, here) and not self.in_parentheses(k):
                return k
        return None

    def _named_here(self, k: int, here: list[int]) -> bool:
        return any(self.actors.same(k, h) for h in here)

    def in_parentheses(self, k: int) -> bool:
        """'(Reuters)', '(MSFT)': a dateline or a ticker, never what a paragraph is about."""
        ent = self.actors.ents[k]
        return (
            ent.start > 0
            and self.toks[ent.start - 1].text == "("
            and ent.end < len(self.doc)
            and self.toks[ent.end].text == ")"
        )

    def token(self, i: int) -> Token:
        return self.toks[i]
