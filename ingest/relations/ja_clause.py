"""One Japanese sentence seen as arguments and their particles, over GiNZA's UD parse.

Japanese marks an argument's role with the particles after it (は/が topic and subject, を object,
に/へ target, と partner, の possessor), so every question here is 'which actor carries which
particle, attached to which predicate'."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ingest.relations.common import Actors
from ingest.relations.ja_lists import ListReading
from ingest.relations.lexicon import Lexicon
from schema.ontology import EntityType

_PARTICLE_POS = {"ADP", "SCONJ", "PART"}
# Dependencies through which a predicate shares the subject of the one it hangs on.
_SHARES_SUBJECT = {"advcl", "conj", "ccomp", "xcomp", "fixed", "compound"}
_NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}
_BETWEEN_ROLE_AND_NAME = {"の", "で", "ある", "である", "、", "・", "は", " ", "「", "『", "兼"}


class Clause(ListReading):
    def __init__(self, lex: Lexicon, actors: Actors, sent: Span) -> None:
        self.lex = lex
        self.actors = actors
        self.sent = sent
        self.text = sent.text  # a Span builds its text anew on every access
        self.doc = sent.doc
        self.carried_at_start = dict(actors.carried)
        self.topics_at_start = dict(actors.topics)
        self.recent_at_start = dict(actors.recent)
        self.subject_particles = lex.word_set("subject_particles")
        # The company the paragraph last said took money: where 'Bも出資を約束した' sends B's money.
        self.recipient_at_start: int | None = None

    # --- particles -------------------------------------------------------------------------
    def marker_after(self, i: int) -> str:
        """The particles right after token i-1 joined: 'は', 'を', 'という', 'などの'."""
        out: list[str] = []
        while i < self.sent.end and len(out) < 3:
            tok = self.doc[i]
            # A name misread as an adjective leaves its 'に' an auxiliary: 'シンキング・マシンズに加わった'
            misread = (
                not out
                and tok.pos_ == "AUX"
                and tok.text == "に"
                and self.doc[i - 1].pos_ == "ADJ"
                and self.actors.of(self.doc[i - 1]) is not None
            )
            if tok.pos_ not in _PARTICLE_POS and tok.lemma_ not in ("いう", "言う") and not misread:
                break
            out.append(tok.text)
            i += 1
        return "".join(out)

    def marker(self, tok: Token) -> str:
        k = self.actors.of(tok)
        if k is None:
            k = self.apposed(tok)
        return self.marker_after(self.past_name(self.actors.ents[k].end if k is not None else tok.i + 1))

    def is_suffix(self, tok: Token) -> bool:
        """A word that may follow a name and still be the name: '氏', 'CEO', '会長兼社長', 'ら'."""
        key = tok.lemma_.lower()
        return key in self.lex.word_set("name_suffixes") or key in self.lex.roles

    def past_name(self, i: int) -> int:
        """The first token after a name's titles, honorifics, parenthetical ('（39）') and closing quotes."""
        while i < self.sent.end:
            tok = self.doc[i]
            if tok.text in self.lex.word_set("closing_quotes") or self.is_suffix(tok):
                i += 1
            elif (
                tok.text in self.lex.word_set("role_prefixes")
                and i + 1 < self.sent.end
                and self.is_suffix(self.doc[i + 1])
            ):
                i += 2  # 'トランプ米大統領'
            elif tok.text in ("（", "("):
                close = self.closing_paren(i)
                if close is None:
                    break
                i = close + 1
            else:
                break
        return i

    def via(self, tok: Token) -> bool:
        """'Xを通じて', 'Xを介して': a means, not the object of the verb the phrase hangs on."""
        k = self.actors.of(tok)
        i = self.past_name(self.actors.ents[k].end if k is not None else tok.i + 1)
        return (
            i + 1 < self.sent.end
            and self.doc[i].text == "を"
            and self.doc[i + 1].lemma_ in self.lex.word_set("via_verbs")
        )

    def closing_paren(self, i: int) -> int | None:
        for j in range(i + 1, min(i + 16, self.sent.end)):
            if self.doc[j].text in ("）", ")"):
                return j
        return None

    @staticmethod
    def base(marker: str) -> str:
        """'には' → 'に', 'とは' → 'と', 'にも' → 'に', 'などから' → 'から': the case under the topic/focus
        particle, after an enumeration's 'など'."""
        for head in ("など", "ら", "等"):
            if marker.startswith(head) and len(marker) > len(head):
                marker = marker[len(head) :]
        return marker[:-1] if len(marker) > 1 and marker[-1] in "はも" else marker

    def is_subject(self, tok: Token) -> bool:
        m = self.marker(tok)
        return m in self.subject_particles or self.base(m) in self.subject_particles

    # --- who a noun refers to --------------------------------------------------------------
    def pronoun(self, tok: Token) -> int | None:
        """'同社', '同氏', '彼': a demonstrative ('同') names the last actor of its type earlier in the
        sentence ('Xの共同創業者で、同社のCEO'), else the one carried from earlier sentences."""
        kind = self.lex.pronouns.get(tok.lemma_)
        if kind is None:
            return None
        if tok.text.startswith("同"):
            for i in range(tok.i - 1, self.sent.start - 1, -1):
                k = self.actors.of(self.doc[i])  # not a subject: 'Xも同社を提訴' is not X suing X
                if k is not None and self.actors.type_of(k) == kind and not self.is_subject(self.doc[i]):
                    return k
        if self.base(self.marker(tok)) in ("を", "に", "と") and self._also_subject_before(tok.i):
            return self.recent_at_start.get(kind)  # 'Aはパープレキシティを提訴。Bも同社を提訴した'
        return self.carried_at_start.get(kind)

    def _also_subject_before(self, i: int) -> bool:
        """An actor marked 'も' (also) before token i: the sentence repeats the last one's action."""
        return any(
            self.marker_after(self.actors.ents[k].end) == "も"
            for k in self.actors.within(self.sent)
            if self.actors.ents[k].end <= i
        )

    def referent(self, tok: Token) -> int | None:
        """The actor a noun names: itself, a pronoun's antecedent, or 'XというN' → X."""
        k = self.actors.of(tok)
        if k is not None:
            return k
        if (k := self.pronoun(tok)) is not None:
            return k
        if (k := self.titled(tok)) is not None:
            return k
        if (k := self.apposed(tok)) is not None:
            return k
        if (k := self.grouped(tok)) is not None:
            return k
        if (k := self.quoted_before(tok)) is not None:
            return k
        for child in tok.children:
            c = self.actors.of(child)
            if c is not None and self.marker(child) in ("という", "と言う", "といった", "といっ"):
                return c  # GiNZA splits 'といった' as と|いっ|た: the marker stops before the auxiliary
        return None

    def apposed(self, tok: Token) -> int | None:
        """'新モデル「GPT-4o」を' → GPT-4o: a quoted name right after a common noun is what the noun is."""
        i = tok.i + 1
        if i + 1 >= self.sent.end or self.doc[i].text not in ("「", "『") or tok.pos_ not in ("NOUN", "PROPN"):
            return None
        k = self.actors.of(self.doc[i + 1])
        return k if k is not None and self.actors.ents[k].start == i + 1 else None

    def quoted_before(self, tok: Token) -> int | None:
        """'「Claude」シリーズ', '「Gemini」アプリ' → the quoted name the common noun right after it belongs to."""
        i = tok.i - 1
        if tok.pos_ != "NOUN" or i <= self.sent.start or self.doc[i].text not in self.lex.word_set("closing_quotes"):
            return None
        k = self.actor_ending_at(i)
        return k if k is not None and k >= 0 and self.actors.type_of(k) == EntityType.PRODUCT else None

    def grouped(self, tok: Token) -> int | None:
        """'A、B、Cの3社が' / 'A、Bの両氏' / 'A、Bの2メガバンク' → the last of the list, which coordinated()
        unrolls; a noun counted by a numeral ('3メガバンク', '2行') groups whatever it names."""
        i = tok.i - 1
        while i > self.sent.start and (self.doc[i].pos_ == "NUM" or self.doc[i].text in ("両", "計", "全")):
            i -= 1
        if tok.lemma_ not in self.lex.word_set("group_nouns") and (i == tok.i - 1 or tok.pos_ != "NOUN"):
            return None
        if i - 1 < self.sent.start or self.doc[i].text not in ("の", "など", "ら"):
            return None  # 'A、Bの2社', 'AやBなど8紙'
        return self.actor_ending_at(i - 1)

    def titled(self, tok: Token) -> int | None:
        """'アルトマン氏', 'フアンCEO', '孫会長兼社長' → the name before the suffixes of `tok`."""
        if not self.is_suffix(tok):
            return None
        i = tok.i - 1
        while i >= self.sent.start and (self.is_suffix(self.doc[i]) or self.doc[i].text in ("兼", "・")):
            i -= 1
        if i > self.sent.start and self.doc[i].text in self.lex.word_set("role_prefixes"):
            i -= 1  # 'トランプ米大統領'
        k = self.actors.of(self.doc[i]) if i >= self.sent.start else None
        return k if k is not None and self.actors.ents[k].end == i + 1 else None

    def possessor(self, tok: Token) -> int | None:
        """'AのN' → A, through compounds in between ('Aの共同創設者')."""
        i = tok.i - 1
        prefixes = self.lex.word_set("role_prefixes")
        while i >= self.sent.start and (
            (self.doc[i].dep_ == "compound" and self.doc[i].head.i >= tok.i and self.actors.of(self.doc[i]) is None)
            or self.doc[i].text in prefixes
        ):
            i -= 1
        quantifiers = self.lex.word_set("quantifiers")
        if i - 2 >= self.sent.start and self.doc[i].text == "の" and self.doc[i - 1].text in quantifiers:
            i -= 2  # 'Aのすべての製品'
        if i < self.sent.start:
            return None
        if self.doc[i].text == "の":
            return self.actor_ending_at(i - 1) if i - 1 >= self.sent.start else None
        if self.doc[i].text == "で" and i - 1 >= self.sent.start and self.doc[i - 1].lemma_.lower() in self.lex.roles:
            return self.possessor(self.doc[i - 1])  # 'Xの創業者でCEOのY': the first title's owner
        return self.actor_ending_at(i)  # 'OpenAI CEO', '同社CEO'

    def anaphor(self, tok: Token, exclude: int | None) -> int | None:
        """'その虚偽' → the last subject before it in the sentence, else the carried one."""
        if not any(c.dep_ == "det" and c.text in self.lex.word_set("anaphoric_determiners") for c in tok.children):
            return None
        return self.topic_before(tok.i, exclude={exclude} if exclude is not None else set())

    def right_after(self, tok: Token) -> int | None:
        """The actor right after a noun: 'CEOのサム・アルトマン', 'CEOであるアルトマン', 'CEO（…）、ハサビス'."""
        i, steps = tok.i + 1, 0
        while i < self.sent.end and steps < 6 and self.actors.of(self.doc[i]) is None:
            if self.doc[i].text in ("（", "(") and (close := self.closing_paren(i)) is not None:
                i = close + 1
            elif self.doc[i].text == "、" and self.doc[i - 1].text not in ("）", ")"):
                return None  # 'エヌビディアCEO、孫氏と対談': a comma ends the title, unless after '（CEO）'
            elif (
                self.doc[i].text in _BETWEEN_ROLE_AND_NAME
                or self.doc[i].text in self.lex.word_set("role_prefixes")
                or self.doc[i].lemma_.lower() in self.lex.roles
                or (self.doc[i].dep_ == "compound" and self.doc[i].head.lemma_.lower() in self.lex.roles)
            ):
                i += 1  # 'CEOであるY', 'の共同創業者で主任科学者のY'
            else:
                return None
            steps += 1
        return self.actors.of(self.doc[i]) if i < self.sent.end else None

    # --- subjects --------------------------------------------------------------------------
    def topic_before(self, i: int, exclude: set[int] | None = None) -> int | None:
        """The last actor marked as subject/topic before token i in this sentence, else carried."""
        exclude = exclude or set()
        found = None
        for tok in self.sent:
            if tok.i >= i:
                break
            k = self.actors.of(tok)
            if k is not None and tok.i != self.actors.ents[k].end - 1:
                continue
            ref = k if k is not None else self.pronoun(tok)
            if ref is not None and ref not in exclude and self.is_subject(tok):
                found = ref
        return found

    def subject_of(self, pred: Token) -> tuple[int | None, float]:
        """The actor doing `pred`: its own subject, the one it shares, the noun a relative clause
        modifies ('xAIを創設したマスク'), else the sentence's topic."""
        tok, conf = pred, 0.9
        for _ in range(6):
            for child in tok.children:
                ref = self.referent(child) if child.i < pred.i and child.pos_ in _NOMINAL else None
                if ref is not None and self.is_subject(child):
                    return ref, conf
            if tok.dep_ == "acl" and (ref := self.referent(tok.head)) is not None:
                return ref, conf
            cleft = tok.dep_ == "csubj" and any(ch.text == "の" for ch in tok.children)
            if cleft and (ref := self.referent(tok.head)) is not None:
                return ref, conf - 0.05  # 'xAIを設立したのは、マスク氏だ'
            if tok is pred and (ref := self.modified(pred)) is not None:
                return ref, conf - 0.05
            if tok.dep_ not in _SHARES_SUBJECT or tok.head.i == tok.i:
                break
            tok, conf = tok.head, conf - 0.05
        topic = self.topic_before(pred.i)
        dropped = not self._has_subject_after(pred) and not self._named_subject(pred)
        if topic is None and self.topics_at_start and dropped:
            return max(self.topics_at_start.values()), 0.6  # a subject dropped: the paragraph's last topic
        return topic, 0.75

    def both_of(self, pred: Token) -> tuple[int, int] | None:
        """'両社は…' / '両氏が…' as the subject of `pred`: the last two distinct actors of that type."""
        for child in pred.children:
            if child.i < pred.i and self.is_subject(child) and (pair := self.pair_named(child)) is not None:
                return pair
        return None

    def pair_named(self, tok: Token) -> tuple[int, int] | None:
        """'両社' / '両氏': the last two distinct actors of that type named before it."""
        kind = {
            **dict.fromkeys(self.lex.word_set("pair_org_pronouns"), EntityType.ORGANIZATION),
            **dict.fromkeys(self.lex.word_set("pair_person_pronouns"), EntityType.PERSON),
        }.get(tok.lemma_)
        if kind is None:
            return None
        found: list[int] = []
        for k in range(len(self.actors.ents) - 1, -1, -1):
            ent = self.actors.ents[k]
            if ent.end <= tok.i and ent.label_ == kind.value and not any(self.actors.same(k, f) for f in found):
                found.append(k)
            if len(found) == 2:
                return found[1], found[0]
        return None

    def subject_dropped(self, pred: Token) -> bool:
        """No subject is said for `pred`, in the sentence before or after it."""
        return not self._has_subject_after(pred) and not self._named_subject(pred) and self.topic_before(pred.i) is None

    def _named_subject(self, pred: Token) -> bool:
        """A noun marked は/が before the predicate that is no known actor: the subject is said, just unknown."""
        return any(
            tok.pos_ in ("NOUN", "PROPN") and self.marker_after(tok.i + 1) in ("は", "が")
            for tok in self.sent
            if tok.i < pred.i
        )

    def _has_subject_after(self, pred: Token) -> bool:
        """Another clause of the sentence names its own subject later on: the dropped one is not ours."""
        return any(self.is_subject(tok) for tok in self.sent if tok.i > pred.i and tok.pos_ in _NOMINAL)

    def modified(self, pred: Token) -> int | None:
        """The actor right after a verb's plain form, which the verb modifies whatever the parse says:
        '同社に投じてきた米マイクロソフト'."""
        i = pred.i + 1
        while i < self.sent.end and (self.doc[i].pos_ in ("AUX", "SCONJ") or self.doc[i].dep_ == "fixed"):
            i += 1
        last = self.doc[i - 1]
        if last.text in ("て", "で", "し") or i >= self.sent.end:
            return None
        while i < self.sent.end and self.doc[i].text in self.lex.word_set("role_prefixes"):
            i += 1
        k = self.actors.of(self.doc[i]) if i < self.sent.end else None
        return k if k is not None and self.actors.ents[k].start == i else None

    def actor_ending_at(self, i: int) -> int | None:
        """The actor (or pronoun's antecedent) whose name ends at token i, through closing quotes and a
        parenthetical: 'A（英語名）', '「A」', and titles: 'アモデイCEO', 'アルトマン氏'."""
        own = self.actors.of(self.doc[i]) if i >= self.sent.start else None
        if own is not None and self.actors.ents[own].end == i + 1:
            return own  # the title is part of the name found: 'マスク氏'
        while i > self.sent.start and (
            self.doc[i].text in self.lex.word_set("closing_quotes") or self.is_suffix(self.doc[i])
        ):
            i -= 1
        if self.doc[i].text in ("）", ")"):
            j = i - 1
            while j > self.sent.start and self.doc[j].text not in ("（", "(") and i - j < 16:
                j -= 1
            if self.doc[j].text not in ("（", "("):
                return None
            i = j - 1
            while i > self.sent.start and self.doc[i].text in self.lex.word_set("closing_quotes"):
                i -= 1
        if i < self.sent.start:
            return None
        k = self.actors.of(self.doc[i])
        if k is not None:
            return k if self.actors.ents[k].end == i + 1 else None
        return self.pronoun(self.doc[i])

    def negated(self, pred: Token) -> bool:
        negations = self.lex.word_set("negation_aux")
        for i in range(pred.i + 1, min(pred.i + 6, self.sent.end)):
            tok = self.doc[i]
            if tok.pos_ == "PUNCT" or (tok.pos_ in _NOMINAL and tok.dep_ != "fixed"):
                return False
            if tok.lemma_ in negations and tok.pos_ in ("AUX", "ADJ"):
                return True
        return False

    def passive(self, pred: Token) -> bool:
        passive = self.lex.word_set("passive_aux")
        return any(
            self.doc[i].lemma_ in passive
            for i in range(pred.i + 1, min(pred.i + 4, self.sent.end))
            if self.doc[i].pos_ == "AUX"
        )

    def speculative(self) -> bool:
        return any(cue in self.text for cue in self.lex.word_set("speculation"))
