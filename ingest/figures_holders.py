"""Whose figure an amount is: the rules that pick the holder among a sentence's actors, in order of
trust, each with its id and confidence. Offsets are inside the sentence."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from ingest.doc_text import doc_text, span_text
from ingest.figures import FIGURES_FILE, Amount, KindHit
from schema.ontology import EntityType, MetricKind

Candidate = tuple[int, Span]  # (index in doc.ents, entity span)
_SITE_KINDS = (MetricKind.POWER_CAPACITY, MetricKind.GPU_COUNT)
_SUBJECTS = ("nsubj", "nsubjpass")


@dataclass(frozen=True)
class Holder:
    entity: int
    rule: str
    confidence: float


_NOWHERE = Holder(-3, "nowhere", 0.0)  # a rule knows the figure is nobody's in this sentence: stop looking


@dataclass
class Context:
    """What the sentences before this one in the doc were about: the actor of the last figure, the last
    topic, the actors of the sentence before (for sentences whose actor is left unsaid)."""

    last_holder: int | None = None
    topic: int | None = None
    previous: list[int] = field(default_factory=list)  # the actors of the sentence before, not investors
    recipients: list[int] = field(default_factory=list)  # actors money went into, in the sentence before
    previous_had_topic: bool = False  # then its other actors are side characters ('Xで…を務めたYが設立')
    payers: list[int] = field(default_factory=list)  # actors this sentence says bought equity, not its topic
    partners: list[int] = field(default_factory=list)  # actors the sentence before named as partner or object
    investees: list[int] = field(default_factory=list)  # actors this sentence put money into so far
    bought: int | None = None  # the last company a sentence said was bought ('Yを買収する'), for '買収額は…'

    def pick(self, fits: Callable[[int], bool], strict: bool = False) -> int | None:
        """The last figure's actor, the last topic, else (not strict) an actor of the sentence before."""
        side_actors = strict or self.previous_had_topic
        for k in (self.last_holder, self.topic, *([] if side_actors else reversed(self.previous))):
            if k is not None and fits(k):
                return k
        return None


@dataclass
class Clause:
    """One amount to place: its sentence, the sentence's compatible actors and the kind found."""

    sent: Span
    candidates: list[Candidate]
    amount: Amount
    kind: KindHit

    @cached_property
    def text(self) -> str:
        return span_text(self.sent)

    def offsets(self, ent: Span) -> tuple[int, int]:
        return max(0, ent.start_char - self.sent.start_char), ent.end_char - self.sent.start_char


class HolderRules:
    def __init__(self, lang: str, data: dict[str, Any]) -> None:
        self.lang = lang
        # Japanese web text spaces Latin names and digits from their particles ('xAI は', 'Intel に 50 億ドル'):
        # every pattern reads through such a space at either end.
        edge = data.get("edge_space", "")
        self.compiled = {
            k: re.compile(f"{edge}(?:{v}){edge}", re.IGNORECASE)
            for k, v in data.items()
            if not k.startswith("_") and k != "edge_space"
        }

    def _re(self, name: str) -> re.Pattern[str]:
        return self.compiled[name]

    def find(self, clause: Clause, context: Context, fits: Callable[[int], bool]) -> Holder | None:
        """The first rule that names the holder in the sentence, else what a pronoun or the doc points to."""
        if clause.kind.rule.startswith("worth_noun"):
            described = self.described(clause)
            return Holder(described, f"fig.{self.lang}.described", 0.7) if described is not None else None
        valuing = self._active_valuing(clause)
        found = self._named(clause, context, fits, valuing) or self._unnamed(clause, context, fits, valuing)
        return None if found is _NOWHERE else found

    def _named(self, clause: Clause, context: Context, fits: Callable[[int], bool], valuing: bool) -> Holder | None:
        rules: list[tuple[str, float, Callable[[Clause], int | None]]] = [
            ("list_item", 0.85, self.list_item),
            ("recipient", 0.8, self.recipient),
            ("attributive", 0.75, self.attributive),  # "Amazon's $11bn Rainier campus": the campus
            ("possessive", 0.9, self.possessive),
            ("at_object", 0.85, self.at_object),
            ("place", 0.7, self.place),
        ]
        if not valuing:  # the subject of 'X valued Y at' is the buyer
            rules.append(("subject", 0.7, self.subject))
        for name, confidence, rule in rules:
            found = rule(clause)
            if found is None:
                continue
            holder = Holder(found, f"fig.{self.lang}.{name}", confidence)
            if name in ("subject", "possessive") and self._paying(clause):
                investee = self._investee(clause, found, context, fits)
                # Equity bought ('a stake', '出資') or money put 'in the startup' is never the payer's own figure.
                if investee is None and self.elsewhere(clause):
                    context.payers.append(found)
                    return _NOWHERE
                return investee or holder
            return holder
        return None

    def _unnamed(self, clause: Clause, context: Context, fits: Callable[[int], bool], valuing: bool) -> Holder | None:
        pointed = self._anaphor_at(clause)
        pronoun = pointed is not None and bool(self._re("pronoun").match(clause.text, pointed))
        if valuing and pronoun and context.investees:  # 'invested $14bn in X, valuing it at $29bn'
            return Holder(context.investees[-1], f"fig.{self.lang}.valued_investee", 0.6)
        found = self._antecedent(clause, pointed) if pointed is not None and not (valuing and pronoun) else None
        if found is not None:
            return Holder(found, f"fig.{self.lang}.anaphor", 0.55)
        found = None if valuing or pointed is not None else self.nearest(clause)
        if found is not None:
            return Holder(found, f"fig.{self.lang}.nearest", 0.5)
        found = None if valuing else context.pick(fits)
        return Holder(found, f"fig.{self.lang}.context", 0.45) if found is not None else None

    def _paying(self, c: Clause) -> bool:
        """'X invested $2bn', 'Xの出資額': the actor found is the one paying, not the one the money went into
        ('Xは…の出資を受けた': X is given it)."""
        received = self._re("received_after").match(c.text, c.kind.end)
        return c.kind.kind == MetricKind.INVESTMENT and self._word_is(c, "paying_word") and not received

    def listed(self, between: str) -> bool:
        """Only a list separator between two amounts ('50億ドル、100億ドル', '$5bn and $10bn')."""
        return bool(self._re("amount_list").fullmatch(between))

    def site_anaphor(self, text: str) -> bool:
        return bool(self._re("site_anaphor").search(text))

    def site_cost(self, c: Clause) -> bool:
        return self._word_is(c, "site_cost_word")

    def elsewhere(self, c: Clause) -> bool:
        """Money paid into another company even when this sentence does not name it."""
        return self._word_is(c, "equity_word") or bool(self._re("recipient_anaphor").match(c.text, c.amount.end))

    def _word_is(self, c: Clause, words: str) -> bool:
        return bool(self._re(words).fullmatch(c.text[c.kind.start : c.kind.end]))

    def _investee(self, c: Clause, payer: int, context: Context, fits: Callable[[int], bool]) -> Holder | None:
        """The actor the money went into when this clause does not name it: one the sentence or the one before
        says money went into ('invested $13bn in X, including a $10bn investment in 2023'), else the actor the
        sentences before were about ('Amazon has put in $8bn in total' after sentences about Anthropic)."""
        here = self.recipients(c.sent, c.candidates)
        if self._re("recipient_anaphor").match(c.text, c.amount.end):  # 'invested $13bn in the company'
            named = [k for k, ent in c.candidates if k != payer and c.offsets(ent)[1] <= c.amount.start]
            here = here + named[:1]  # the sentence's first other actor, as for 'it' (en)
        if payer in here:  # 'Xが実施した調達に参加し、…を出資した': the actor found is the one money went into
            return Holder(payer, f"fig.{self.lang}.investee", 0.6)
        found = next((k for k in reversed(here + context.recipients) if fits(k) and k != payer), None)
        ents = list(c.sent.doc.ents)

        def other(k: int) -> bool:  # not the payer under another mention
            return fits(k) and _actor(ents[k]) != _actor(ents[payer])

        found = found if found is not None else context.pick(other, strict=True)
        if found is None and self.elsewhere(c):  # equity: a partner the sentence before named ('Yとの提携')
            found = next((k for k in reversed(context.partners) if other(k)), None)
        return Holder(found, f"fig.{self.lang}.investee", 0.5) if found is not None else None

    def _active_valuing(self, c: Clause) -> bool:
        """'a deal that valued X at…': the subject is the buyer, the valued actor is the object."""
        text = c.text
        return bool(self._re("active_valuing").match(text, c.kind.start)) and not self._re("passive_before").search(
            text[: c.kind.start]
        )

    def _anaphor_at(self, c: Clause) -> int | None:
        """Where '同社', 'the company', 'it' stands before the amount with no actor named between, if it does."""
        found = list(self._re("anaphor").finditer(c.text[: c.amount.start]))
        if not found:
            return None
        if any(found[-1].end() <= c.offsets(ent)[0] for _, ent in c.candidates if c.offsets(ent)[1] <= c.amount.start):
            return None
        return found[-1].start()

    def list_item(self, c: Clause) -> int | None:
        """'▸ Cohere — $500m at $6.8bn': the actor heading a list line."""
        for k, ent in c.candidates:
            start, end = c.offsets(ent)
            if self._re("list_head").fullmatch(c.text[:start]) and self._re("list_dash").match(c.text, end):
                return k if end <= c.amount.start else None
        return None

    def recipient(self, c: Clause) -> int | None:
        """Money put into an actor: 'invest $5bn in Intel', 'スケールAIに143億ドルを投じ'."""
        if c.kind.kind not in (MetricKind.INVESTMENT, MetricKind.FUNDING_AMOUNT):
            return None
        pattern = "recipient_investment" if c.kind.kind == MetricKind.INVESTMENT else "recipient_funding"
        text = c.text
        for k, ent in c.candidates:
            start, end = c.offsets(ent)
            gap = text[c.amount.end : start]
            after = start >= c.amount.end and self._re(pattern).fullmatch(gap)
            if c.kind.kind == MetricKind.INVESTMENT and ent.label_ == EntityType.FACILITY:
                after = after or (start >= c.amount.end and self._re("recipient_site").fullmatch(gap))
            if after and self._re("recipient_particle").match(text, end):
                return k
            before = end <= c.amount.start and c.kind.kind == MetricKind.INVESTMENT
            if before and self._re("recipient_before").fullmatch(text[end : c.amount.start]):
                return k
        return None

    def possessive(self, c: Clause) -> int | None:
        """The actor owning the kind word or the amount: 'xAIの評価額', "OpenAI's valuation", "CoreWeave's $1.9bn"."""
        text = c.text
        for k, ent in c.candidates:
            end = c.offsets(ent)[1]
            if (
                c.kind.end > c.kind.start
                and end <= c.kind.start
                and self._re("owner").fullmatch(text[end : c.kind.start])
            ):
                return k
            if end <= c.amount.start and self._re("owner_of_amount").fullmatch(text[end : c.amount.start]):
                return k
        return None

    def attributive(self, c: Clause) -> int | None:
        """An amount describing the actor named right after it: 'the $11bn Ohio campus', '…を投じる事業「X」'."""
        text = c.text
        for k, ent in c.candidates:
            start, _ = c.offsets(ent)
            if start < c.amount.end:
                continue
            if self._re("attributive").fullmatch(text[c.amount.end : start]):
                return k
            clause = "attributive_clause_investment" if c.kind.kind == MetricKind.INVESTMENT else "attributive_clause"
            verb_between = c.amount.end <= c.kind.start and c.kind.end <= start
            if verb_between and self._re(clause).fullmatch(text[c.kind.end : start]):
                return k
        return None

    def described(self, c: Clause) -> int | None:
        """The company 'the $183bn AI startup' describes: named right after it, or just before it in apposition
        ('Anthropic, the $183bn AI startup')."""
        text = c.text
        noun = self._re("described_after").match(text, c.amount.end)
        for k, ent in c.candidates:
            start, end = c.offsets(ent)
            if noun is not None and start >= noun.end() and not text[noun.end() : start].strip(" ,"):
                return k
            if end <= c.amount.start and self._re("described_before").fullmatch(text[end : c.amount.start]):
                return k
        return None

    def at_object(self, c: Clause) -> int | None:
        """'valued xAI at $80bn and X at $33bn': the actor right before 'at' the amount."""
        if c.kind.kind not in (MetricKind.VALUATION, MetricKind.MARKET_CAP):
            return None
        for k, ent in c.candidates:
            _, end = c.offsets(ent)
            if end <= c.amount.start and self._re("at_object").fullmatch(c.text[end : c.amount.start]):
                return k
        return None

    def place(self, c: Clause) -> int | None:
        """'growth to $33bn at Amazon Web Services': the actor the amount is 'at'."""
        for k, ent in c.candidates:
            start = c.offsets(ent)[0]
            if start >= c.amount.end and self._re("place_after").fullmatch(c.text[c.amount.end : start]):
                return k
        return None

    def subject(self, c: Clause) -> int | None:
        return self._ja_topic(c) if self.lang == "ja" else self._en_subject(c)

    def _ja_topic(self, c: Clause) -> int | None:
        """The closest actor before the amount marked as topic or subject ('Xは', 'Xが実施した'), not an investor."""
        text = c.text
        topics = [
            (k, ent)
            for k, ent in c.candidates
            if c.offsets(ent)[1] <= c.amount.start
            and self._re("topic").match(text, c.offsets(ent)[1])
            and not self._investor(text, *c.offsets(ent))
        ]
        return max(topics, key=lambda ke: (self._site_rank(c, ke[1]), ke[1].end_char))[0] if topics else None

    def _en_subject(self, c: Clause) -> int | None:
        """The subject of the verb the kind word hangs on ('Anthropic raised', 'X, which had raised', 'X said it
        would spend'), climbing to the governing verb when the subject is a pronoun."""
        token = self._token_at(c, c.kind.start if c.kind.end > c.kind.start else c.amount.start)
        by_token = {t.i: k for k, ent in c.candidates for t in ent}
        for _ in range(4):
            if token is None:
                return None
            verb = (
                token
                if token.pos_ in ("VERB", "AUX")
                else next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
            )
            if verb is None:
                return None
            for child in verb.children:
                if child.dep_ in _SUBJECTS:
                    if child.i in by_token and not self._investor(
                        c.text, *c.offsets(c.sent.doc[child.i : child.i + 1])
                    ):
                        return by_token[child.i]
                    if child.lower_ in ("which", "that", "who") and verb.dep_ == "relcl" and verb.head.i in by_token:
                        return by_token[verb.head.i]
            token = verb.head if verb.head is not verb else None
        return None

    def _token_at(self, c: Clause, offset: int) -> Token | None:
        doc = c.sent.doc
        span = doc.char_span(c.sent.start_char + offset, c.sent.start_char + offset + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def _antecedent(self, c: Clause, offset: int) -> int | None:
        """What '同社' stands for in its own sentence: the closest actor before it across a clause break (ja);
        what 'it'/'the company' stands for: the sentence's first actor (en)."""
        text = c.text
        before = [
            (k, ent)
            for k, ent in c.candidates
            if c.offsets(ent)[1] <= offset
            and self._re("antecedent_gap").search(text[c.offsets(ent)[1] : offset])
            and not self._investor(text, *c.offsets(ent))
        ]
        if not before:
            return None
        last_k, last = before[-1]
        if self._re("apposition").fullmatch(text[c.offsets(last)[1] : offset]):
            return last_k  # 'Mistral AI, the Paris lab whose …'
        if self.lang == "ja":
            return max(before, key=lambda ke: ke[1].end_char)[0]
        if len(before) > 1 and self._re("young_company").match(text, offset):
            return last_k  # 'ASML … backs Mistral and values the French startup at': not the subject
        return before[0][0]

    def nearest(self, c: Clause) -> int | None:
        """The closest actor before the amount (after it when none is before), not one named as an investor."""
        text = c.text
        before = [(k, ent) for k, ent in c.candidates if c.offsets(ent)[1] <= c.amount.start]
        before = [(k, e) for k, e in before if not self._investor(text, *c.offsets(e))]
        if before:
            return max(before, key=lambda ke: (self._site_rank(c, ke[1]), ke[1].end_char))[0]
        return None

    def _site_rank(self, c: Clause, ent: Span) -> int:
        return int(c.kind.kind in _SITE_KINDS and ent.label_ == EntityType.FACILITY)

    def actors(self, sent: Span, inside: list[Candidate]) -> list[int]:
        """The sentence's actors that are not named as investors, for the sentences after it."""
        text = span_text(sent)
        return [
            k
            for k, ent in inside
            if not self._investor(text, max(0, ent.start_char - sent.start_char), ent.end_char - sent.start_char)
        ]

    def heading_actor(self, doc: Doc) -> int | None:
        """The actor a one-line heading starts with ('◆Anthropic (San Francisco)', '▸ Cohere')."""
        text = doc_text(doc)
        if len(text) > 80 or len(list(doc.sents)) != 1:
            return None
        for k, ent in enumerate(doc.ents):
            if self._re("list_head").fullmatch(text[: ent.start_char]):
                return k
        return None

    def recipients(self, sent: Span, inside: list[Candidate]) -> list[int]:
        """The actors a sentence says money went into ('アンソロピックへの出資', 'its investment in Anthropic')."""
        text = span_text(sent)
        out = []
        for k, ent in inside:
            start, end = max(0, ent.start_char - sent.start_char), ent.end_char - sent.start_char
            if self._re("recipient_mark_after").match(text, end) or self._re("recipient_mark_before").search(
                text[:start]
            ):
                out.append(k)
        return out

    def partners(self, sent: Span, inside: list[Candidate]) -> list[int]:
        """The actors a sentence names as its partner or object ('Yとの提携', 'Yと組む'), not as its topic."""
        text = span_text(sent)
        return [k for k, ent in inside if self._re("partner_mark").match(text, ent.end_char - sent.start_char)]

    def sentence_topic(self, sent: Span, inside: list[Candidate]) -> int | None:
        """The actor a sentence is about: its first topic-marked actor (ja), the subject of its root (en)."""
        text = span_text(sent)
        for k, ent in inside:
            end = ent.end_char - sent.start_char
            if self._investor(text, max(0, ent.start_char - sent.start_char), end):
                continue
            if self.lang == "ja" and self._re("topic").match(text, end):
                return k
            if self.lang == "en" and ent.root.dep_ in _SUBJECTS and ent.root.head.dep_ == "ROOT":
                return k
            if self.lang == "en" and ent.root.dep_ == "ROOT":  # a name standing alone: '1. Anthropic.'
                return k
        return None

    def _investor(self, text: str, start: int, end: int) -> bool:
        """An actor named as the one paying ('led by X', 'Xが主導', 'Xなどから')."""
        return bool(self._re("investor_before").search(text[:start]) or self._re("investor_after").match(text, end))


def _actor(ent: Span) -> str:
    return ent.kb_id_ or ent.text


def _verb_of(token: Token) -> Token | None:
    if token.pos_ in ("VERB", "AUX"):
        return token
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)


@lru_cache(maxsize=2)
def holder_rules(lang: str) -> HolderRules:
    return HolderRules(lang, json.loads(FIGURES_FILE.read_text(encoding="utf-8"))[lang]["holders"])
