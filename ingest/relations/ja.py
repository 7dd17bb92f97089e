"""Japanese relation rules: predicates with their particles, role nouns, benefactives, mutual nouns,
competitor enumerations and の-possessives."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ingest.relations.common import SALIENT, Actors, Collector, Hit, pick_type
from ingest.relations.fallback import SentenceFallback
from ingest.relations.ja_clause import Clause
from ingest.relations.ja_funding import FundingRules, raiser
from ingest.relations.ja_joint import JointDoers
from ingest.relations.ja_known import known_for
from ingest.relations.ja_layer import ClauseLayer
from ingest.relations.ja_open_roles import OpenRoles
from ingest.relations.ja_places import PlaceRules
from ingest.relations.ja_possessive import amount_of, coordinated_owner, directed, noun_phrase, possessives
from ingest.relations.ja_rivals import RivalRules
from ingest.relations.ja_speech import reported_subjects, said_by, speaker
from ingest.relations.ja_suits import SuitRules, is_court
from ingest.relations.ja_titles import TitleRules
from ingest.relations.lexicon import Lexicon, Trigger
from ingest.relations.surface import read_surface, surface_patterns
from schema.ontology import EntityType

# What a paragraph with its subject dropped most often tells of the article's own company.
_ARTICLE_DOES = {"PARTNERS_WITH", "DEVELOPS", "ACQUIRES", "COMPETES_WITH"}


class JapaneseRules:
    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.fallback = SentenceFallback(lex, "ja")
        self.surface = surface_patterns(lex.raw)

    def __call__(self, doc: Doc) -> list[Hit]:
        actors = Actors(doc)
        out = Collector(actors)
        for sent in _sentences(doc):
            clause = Clause(self.lex, actors, sent)
            clause.recipient_at_start = _last_recipient(out)
            _SentenceRules(self.lex, clause, out).run()
            read_surface(self.surface, actors, sent, out)
            self.fallback.run(actors, out, sent)
            for named in actors.within(sent):
                if not is_court(clause, named):  # '同社' never means the court a suit went to
                    actors.recent[EntityType(actors.ents[named].label_)] = named
            for tok in sent:  # the last subject of each type is what 彼/同社 will mean next
                k = actors.of(tok)
                if k is not None and tok.i == actors.ents[k].end - 1 and clause.is_subject(tok):
                    actors.carry(k)
                    if clause.marker(tok).endswith("は"):
                        actors.mark_topic(k)
        return out.hits()


def _last_recipient(out: Collector) -> int | None:
    """The tail of the doc's latest investment so far (SALIENT: the article's company)."""
    funded = [h for h in out.hits() if h.type == "INVESTS_IN"]
    return max(funded, key=lambda h: (h.sent_start, h.confidence)).tail if funded else None


def _sentences(doc: Doc) -> list[Span]:
    """doc.sents, with a sentence that stops mid-phrase ('…の筆頭株主の米' | 'マイクロソフトは…') joined to
    the next: the parser sometimes ends a sentence before a name."""
    out: list[Span] = []
    start = None
    for sent in doc.sents:
        start = sent.start if start is None else start
        last = sent[-1]
        if last.pos_ == "PUNCT" or last.i + 1 >= len(doc) or "\n" in last.whitespace_ + last.text:
            out.append(doc[start : sent.end])
            start = None
    if start is not None:
        out.append(doc[start : len(doc)])
    return out


def _lookup(table: dict[str, Trigger] | dict[str, tuple[str, ...]], tok: Token, start: int) -> str | None:
    """The key of a token in a lexicon: its lemma, or its compound with the word before ('資金'+'提供');
    `start` is where the token's sentence starts (Token.sent is rebuilt on every access)."""
    if tok.i > start:
        prev = tok.doc[tok.i - 1]
        if prev.dep_ == "compound" and (joined := (prev.text + tok.lemma_).lower()) in table:
            return joined
    lemma = tok.lemma_.lower()
    return lemma if lemma in table else None


class _SentenceRules:
    def __init__(self, lex: Lexicon, clause: Clause, out: Collector) -> None:
        self.lex = lex
        self.c = clause
        self.out = out
        self.scale = 0.6 if clause.speculative() else 1.0

    def add(self, types: tuple[str, ...], head: int | None, tail: int | None, conf: float, rule: str) -> None:
        self.out.add(types, head, tail, conf * self.scale, self.c.sent, rule)

    def run(self) -> None:
        start = self.c.sent.start
        for tok in self.c.sent:
            if (key := _lookup(self.lex.predicates, tok, start)) is not None:
                self.predicate(tok, self.lex.predicates[key])
            if (key := _lookup(self.lex.roles, tok, start)) is not None:
                self.role(tok, self.lex.roles[key])
            if tok.pos_ == "VERB":
                known_for(self.c, tok, self.add)
            if tok.lemma_ in self.lex.received_nouns:
                self.received(tok, self.lex.received_nouns[tok.lemma_])
            if (key := _lookup(self.lex.mutual_nouns, tok, start)) is not None:
                RivalRules(self.c, self.add).mutual(tok, self.lex.mutual_nouns[key])
            if (key := _lookup(self.lex.competitor_nouns, tok, start)) is not None:
                RivalRules(self.c, self.add).competitors(tok, self.lex.competitor_nouns[key])
        possessives(self.c, self.add)
        TitleRules(self.c, self.add).run()
        FundingRules(self.c, self.add).run()
        PlaceRules(self.c, self.add).run()
        SuitRules(self.c, self.add).run()

    # --- 'AはBを創設した', 'BはAに買収された' -------------------------------------------------
    def frame_of(self, tok: Token) -> Token | None:
        """The predicate a trigger heads: itself ('創設した'), or a light verb ('拠点を置く', '投資を行う')."""
        doc = tok.doc
        if tok.pos_ == "VERB" or (tok.i + 1 < len(doc) and doc[tok.i + 1].lemma_ == "する"):
            return tok
        if tok.dep_ in ("obj", "obl") and tok.head.lemma_ in self.lex.word_set("light_verbs"):
            return tok.head  # '拠点を置く', '傘下に持つ'
        return None

    def arguments(self, frame: Token, particles: tuple[str, ...] | frozenset[str], exclude: int | None) -> list[int]:
        found: list[int] = []
        for child in frame.children:
            if child.i >= frame.i or self.c.base(self.c.marker(child)) not in particles or self.c.via(child):
                continue
            ref = self.c.referent(child)
            if ref is None:
                ref = self.c.anaphor(child, exclude)
            if ref is not None:
                found.extend(self.c.coordinated(ref) if ref != SALIENT else [ref])
                found.extend(k for k in self._conjoined(child) if k not in found)
        return found

    def _conjoined(self, head: Token) -> list[int]:
        """'Aと、[…を投じてきた]Bを': A hangs on B through 'と' across B's relative clause."""
        out: list[int] = []
        for child in head.children:
            if child.i < head.i and child.dep_ == "nmod" and self.c.marker(child) in ("と", "や"):
                ref = self.c.referent(child)
                if ref is not None and ref != SALIENT:
                    out.extend(self.c.coordinated(ref))
        return out

    def predicate(self, tok: Token, trigger: Trigger) -> None:
        if any(cue in self.c.text for cue in self.lex.word_set("abandoned")):
            return  # '買収すると発表したが、断念した', '打診したが実現しなかった'
        ClauseLayer(self.c, self.add).trigger(tok, trigger)
        frame = self.frame_of(tok)
        if frame is None:
            self.nominal(tok, trigger)
            return
        if self.c.negated(frame):
            return
        subject, conf = self.c.subject_of(frame)
        if self.c.passive(frame):
            for agent in self.arguments(frame, self.lex.word_set("agent_particles"), subject):
                self.add(trigger.types, agent, subject, conf, "ja.passive")
            return
        subject, tails, conf = self._tails(tok, frame, trigger, subject, conf)
        heads = self.c.coordinated(subject) if subject is not None else []
        if not heads and tails and self.c.subject_dropped(frame) and set(trigger.types) & _ARTICLE_DOES:
            heads, conf = [SALIENT], 0.45  # no subject in the paragraph yet: the article's actor is meant
        if (pair := self.c.both_of(frame)) is not None:
            heads, conf = list(pair), 0.75  # '両社は…を共同で開発する'
        if tails and not self._fits(trigger, heads[:1], tails[0]) and frame.dep_ == "advcl":
            # 'Xの製品を置き換えるために、Yという会社を作る': the purpose is the new company's, not its founder's.
            heads, conf = self.arguments(frame.head, ("を",), None), conf - 0.2
        if trigger.reverse:  # 'XはYを迎え入れた', 'YをXに呼び戻した'
            target = self.arguments(frame, ("に", "へ"), subject)
            heads, tails = tails, (target[:1] or heads)
        self._emit(frame, trigger, heads, tails, conf)

    def _tails(
        self, tok: Token, frame: Token, trigger: Trigger, subject: int | None, conf: float
    ) -> tuple[int | None, list[int], float]:
        """The tails of a predicate, from its own particles to ever looser readings (each costs confidence)."""
        tails = self.arguments(frame, trigger.tail, subject)
        if not tails and "を" in trigger.tail and subject is not None:  # 'Xは…製品「Y」も発表した'
            doers = self.c.coordinated(subject) if subject != SALIENT else [subject]
            tails = [k for k in self.arguments(frame, ("も",), subject) if k not in doers]
        if not tails and "を" in trigger.tail and (pair := self._topic_object(frame)) is not None:
            subject, tails, conf = pair[0], [pair[1]], conf - 0.1  # 'Yは、14年にXが買収した'
        if not tails and trigger.possessor_tail:
            tails = [k for child in frame.children if (k := self._possessed_object(child, frame)) is not None]
            conf -= 0.1
        if not tails and frame is not tok:  # 'Xへの出資を実施'
            tails = directed(self.c, tok, trigger)
        if not tails and "INVESTS_IN" in trigger.types and self._open_slot(frame, trigger) and subject is not None:
            tail, found = raiser(self.c, self.c.actors.ents[subject].start, {subject})  # 'Xも出資した'
            tails, conf = ([tail], min(conf, found) - 0.1) if tail is not None else ([], conf)
        if not tails and "CRITICIZES" in trigger.types and subject is not None:
            subject = speaker(self.c, frame, subject)  # 'Xは、Yが…したと非難した': X speaks, Y is reported
            tails = said_by(self.c, frame, subject)  # 'XはYの投稿に「…」と反論した': the quote splits the parse
            tails, conf = (tails, conf) if tails else (reported_subjects(self.c, frame, subject), conf - 0.25)
        if not tails and trigger.implicit_tail:
            tails = [k for k in self.c.actors.within(self.c.sent) if k != subject]
            conf -= 0.2
        if not tails and frame.dep_ == "acl" and "を" in trigger.tail and subject is not None:
            gap = self.c.referent(frame.head)  # 'Xが公開したモデル「Y」': the modified noun is the object
            if gap is None:
                gap = self._copula_topic(frame.head)  # 'Yは、Aらが創業した企業だ'
            has_object = any(self.c.base(self.c.marker(ch)) == "を" for ch in frame.children if ch.i < frame.i)
            if gap is not None and gap == subject and not has_object:  # 'Xは前月公開した「Y」を…': Y is made
                subject, conf = self.c.topic_before(frame.i, {gap}), conf - 0.15
            tails, conf = ([gap], conf - 0.1) if gap is not None and gap != subject else ([], conf)
        return subject, tails, conf

    def _emit(self, frame: Token, trigger: Trigger, heads: list[int], tails: list[int], conf: float) -> None:
        for head in heads:
            for tail in tails:
                self.add(trigger.types, head, tail, conf, "ja.predicate")
        if tails and not heads:  # subject dropped: 'Bらと、Xを共同で立ち上げた' still says B founded X
            tail_types = [(t, self.c.actors.type_of(t)) for t in tails]
            fitting = [t for t, kind in tail_types if kind is not None and pick_type(trigger.types, None, kind)]
            JointDoers(self.c, self.add).run(frame, trigger, [], fitting or tails, conf - 0.1)
        if heads and tails:
            fitting = [t for t in tails if self._fits(trigger, heads[:1], t)]  # 'Bらと、Xを': B is no object
            JointDoers(self.c, self.add).run(frame, trigger, heads, fitting or tails, conf)
            if {"FOUNDED", "OWNS"} & set(trigger.types):  # 'Xは英ロンドンでYを創業した', 'メンフィスで稼働'
                for place in self.arguments(frame, ("で",), None):
                    for tail in tails:
                        self.add(("LOCATED_IN",), tail, place, conf - 0.2, "ja.predicate.founded_in")

    def _copula_topic(self, noun: Token) -> int | None:
        """'Yは…企業だ': the topic of the copula sentence a noun is the predicate of."""
        if noun.dep_ != "ROOT" and not any(ch.dep_ == "cop" for ch in noun.children):
            return None
        for child in noun.children:
            if child.i < noun.i and self.c.marker(child).endswith("は"):
                return self.c.referent(child)
        return None

    def _topic_object(self, frame: Token) -> tuple[int, int] | None:
        """'Yは…Xが<verb>': with both a が and a は argument, が is the doer and は the thing done to."""
        marked: dict[str, int] = {}
        for child in frame.children:
            if child.i < frame.i and (k := self.c.referent(child)) is not None:
                marker = self.c.marker(child)
                if marker in ("は", "が"):
                    marked.setdefault(marker, k)
        if len(marked) < 2 or self.c.actors.ents[marked["は"]].start > self.c.actors.ents[marked["が"]].start:
            return None
        return marked["が"], marked["は"]

    def nominal(self, tok: Token, trigger: Trigger) -> None:
        """'Yの開発を指揮した', 'Yの買収を決めた': the possessor is the tail, the verb's subject the head."""
        if noun_phrase(self.c, tok, trigger, self.add):
            return
        if tok.lemma_ not in self.lex.word_set("nominal_triggers") or tok.head.i <= tok.i:
            return
        verb = tok.head
        if verb.pos_ != "VERB" or self.c.negated(verb) or self.c.base(self.c.marker(tok)) not in ("を", "で", "に"):
            return
        if verb.lemma_ in self.lex.received_verbs and self.c.base(self.c.marker(tok)) == "を":
            return  # '出資を受けた': the subject is the one given to (received()); not '開発で…賞を受けた'

        tail, conf = self.c.possessor(tok), 0.7
        if tail is None:  # 'Yへの20億ドルの出資を約束'
            tail = next(iter(directed(self.c, tok, trigger)), None)
        head = self.c.subject_of(verb)[0]
        if tail is None and head is not None and "INVESTS_IN" in trigger.types and amount_of(self.c, tok):
            doers = {
                k
                for k in self.c.actors.within(self.c.sent)
                if self.c.is_subject(self.c.doc[self.c.actors.ents[k].end - 1])
            }
            tail, found = raiser(self.c, self.c.actors.ents[head].start, doers | {head})  # 'Xは40億ドルの出資を決め'
            conf = min(conf, found) - 0.05
        if head is not None and tail is not None and not self.c.actors.same(head, tail):
            self.add(trigger.types, head, tail, conf, "ja.predicate.nominal")

    def _open_slot(self, frame: Token, trigger: Trigger) -> bool:
        """The tail is left unsaid (not named by a non-actor either): 'Xも出資した', not 'X、基盤に投じる'."""
        if trigger.implicit_tail or frame.dep_ == "acl":
            return False
        rounds = self.lex.word_set("round_nouns")  # 'このラウンドにはXも出資した': the round is no target
        return not any(
            self.c.base(self.c.marker(ch)) in ("に", "へ") and ch.lemma_ not in rounds
            for ch in frame.children
            if ch.i < frame.i
        )

    def _fits(self, trigger: Trigger, heads: list[int], tail: int) -> bool:
        actors = self.c.actors
        tail_type = actors.type_of(tail)
        return (
            bool(heads)
            and tail_type is not None
            and pick_type(trigger.types, actors.type_of(heads[0]), tail_type) is not None
        )

    def _possessed_object(self, child: Token, frame: Token) -> int | None:
        if child.i > frame.i or self.c.base(self.c.marker(child)) not in ("を", "に"):
            return None
        return self.c.possessor(child)  # 'Xの株を空売り', 'Xの施設整備に助成'

    # --- 'OpenAIの共同創設者', 'OpenAIのCEOアルトマン' -----------------------------------------
    def role(self, tok: Token, trigger: Trigger) -> None:
        org = self.c.possessor(tok)
        if org is None and trigger.possessor_is_head:
            org = coordinated_owner(self.c, tok)  # 'SBGおよび傘下の通信大手ソフトバンク'
            if org is None and tok.i + 1 < self.c.sent.end and self.c.doc[tok.i + 1].text == "の":
                self._topic_owner(tok, trigger)  # 'SBGは、傘下の「X」を通じて'
                return
        if org is None:
            self._topic_role(tok, trigger)
            return
        after = self.c.right_after(tok)
        if after is None and trigger.possessor_is_head:
            after = self.c.described_after(tok)  # 'SBG傘下の英半導体設計大手アーム'
            if after is not None:
                for unit in self.c.listed_after(after):  # '…アームや、LINEヤフー、PayPayなどのグループ企業'
                    self.add(trigger.types, org, unit, 0.75, "ja.role.described")
                return
        if after is None and (holder := self._role_holder(tok)) is not None:
            after, rule = holder, "ja.role.verb"  # 'XのCEOを務めるY', 'Xの子会社となった'
        else:
            rule = "ja.role"
        if trigger.possessor_is_head:  # 'Xの子会社Y', 'YはXの研究部門だ'
            owned, conf = (after, 0.85) if after is not None else (self._copula_subject(tok), 0.8)
            self.add(trigger.types, org, owned, conf, rule)
            return
        if after is not None:
            listed = rule == "ja.role" and "FOUNDED" in trigger.types  # founders come in lists, chiefs alone
            for holder in self.c.listed_after(after) if listed else [after]:
                self.add(trigger.types, holder, org, 0.85, rule)  # 'Xの共同創業者であるA、B、C'
            return
        holder = self._copula_subject(tok)
        for member in self.c.coordinated(holder) if holder is not None and holder >= 0 else [holder]:
            self.add(trigger.types, member, org, 0.8, "ja.role.copula")  # 'A、B、CはXの共同創業者だ'

    def _topic_owner(self, tok: Token, trigger: Trigger) -> None:
        """'Xは、傘下の「Y」を通じて…': a unit named without its owner belongs to the sentence's topic."""
        owner, owned = self.c.topic_before(tok.i), self.c.right_after(tok)
        if owner is None or owner < 0 or owned is None or self.c.actors.type_of(owner) != EntityType.ORGANIZATION:
            return
        if self.c.marker(self.c.doc[self.c.actors.ents[owner].end - 1]) == "は":
            self.add(trigger.types, owner, owned, 0.7, "ja.role.topic_owner")

    def _topic_role(self, tok: Token, trigger: Trigger) -> None:
        """'Xは、Yが最高経営責任者を務める企業だ': a role held through a verb, of the topic organisation."""
        holder = self._role_holder(tok)
        if trigger.possessor_is_head or holder is None or self.c.actors.type_of(holder) != EntityType.PERSON:
            OpenRoles(self.c, self.add).role(tok, trigger, None)
            return
        topic = self.c.topic_before(self.c.actors.ents[holder].start, {holder})
        if (
            topic is not None
            and self.c.actors.type_of(topic) == EntityType.ORGANIZATION
            and self.c.marker(self.c.doc[self.c.actors.ents[topic].end - 1]).endswith("は")
        ):
            self.add(trigger.types, holder, topic, 0.7, "ja.role.topic_org")
        else:
            OpenRoles(self.c, self.add).role(tok, trigger, holder)

    def _role_holder(self, tok: Token) -> int | None:
        verb = tok.head
        if verb.i <= tok.i or verb.lemma_ not in self.lex.word_set("role_verbs") or self.c.negated(verb):
            return None
        for child in verb.children:  # 'Xは、Y氏がCEOを務める': the person marked が, not the topic
            k = self.c.referent(child) if child.i < tok.i and self.c.marker(child) == "が" else None
            if k is not None and k >= 0 and self.c.actors.type_of(k) == EntityType.PERSON:
                return k
        return self.c.subject_of(verb)[0]

    def _copula_subject(self, tok: Token) -> int | None:
        """'彼はOpenAIの創設者の一人だ' → 彼: climb nouns to the copula, take its subject."""
        node = tok
        while node.dep_ in ("nmod", "compound") and node.head.i != node.i:
            node = node.head
        if node.dep_ == "acl":
            return self.c.referent(node.head)
        if any(child.dep_ == "cop" for child in node.children) or node.dep_ == "ROOT":
            for child in node.children:
                if child.i < tok.i and self.c.is_subject(child):
                    return self.c.referent(child)
        return None

    def _sources_inside(self, tok: Token, receiver: int | None) -> list[int]:
        """'KDDIから約40億円の出資を受けた': the giver parsed as a modifier of the amount, inside the object."""
        out = []
        for t in tok.subtree:
            k = self.c.referent(t)
            if k is not None and k != receiver and self.c.base(self.c.marker(t)) in ("から", "より") and k not in out:
                out.append(k)
        return out

    # --- 'OpenAIはマイクロソフトの支援を受けて' -------------------------------------------------
    def received(self, tok: Token, types: tuple[str, ...]) -> None:
        verb = tok.head
        if verb.lemma_ not in self.lex.received_verbs or self.c.base(self.c.marker(tok)) != "を":
            return
        if self.c.negated(verb):
            return
        receiver, conf = self.c.subject_of(verb)
        givers = [g] if (g := self.c.possessor(tok)) is not None else self.arguments(verb, ("から", "より"), receiver)
        givers = givers or self._sources_inside(tok, receiver)
        for giver in givers:  # 'マイクロソフトの支援を受けて', 'Googleから出資を受けた'
            self.add(types, giver, receiver, conf, "ja.received")
