"""`kg_figures`: amounts attached to the actor they describe, as doc._.kg_figures.

An amount pricing a deal (ingest/figures_deals.py: 'bought Y for $6.5bn', 'YをX億ドルで買収', 'a stake in Y')
goes to the company bought or invested in, or nowhere. Any other amount gets its kind (unit, shape or nearest
kind word, ingest/figures.py), then its holder by the first holder rule that finds one
(ingest/figures_holders.py): a list line's head, the actor money is put into, the actor the amount describes,
the possessor ('xAIの評価額', "OpenAI's valuation"), 'valued X at', '… at X', the subject or topic (money paid
in goes on to the actor it went into), '同社'/'the company', the nearest actor, and last what the doc's earlier
sentences were about. Power, chips and a building's cost then move to the site the text names (`_site`); a
deal's gigawatts and chips a company sells are nobody's. An amount listed right after one with a holder shares
it. With carry=True a figure whose actor only an earlier doc names is emitted with entity CARRIED, and
doc._.kg_figures_focus tells what this doc is about, for the caller to resolve across the docs of one article."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Span

from ingest.doc_text import span_text
from ingest.figures import Amount, AmountGrammar, KindHit, grammar
from ingest.figures_deals import DealRules, deal_rules
from ingest.figures_holders import Candidate, Clause, Context, Holder, HolderRules, holder_rules
from schema.ontology import METRIC_HOLDERS, EntityType, MetricKind

FIGURES = "kg_figures"
FOCUS = "kg_figures_focus"  # the doc's actor a later doc's holderless figures may belong to
# Only a company's own money figures are carried to the actor the article is about: GPUs, power and money
# put into a project belong to the site or plan the paragraph describes, which is often not that actor.
_CARRIED_KINDS = {MetricKind.FUNDING_AMOUNT, MetricKind.VALUATION, MetricKind.REVENUE, MetricKind.MARKET_CAP}
CARRIED = -2  # FigureHit.entity of a figure whose holder is named in an earlier doc (only with carry=True)
for _name in (FIGURES, FOCUS):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@dataclass(frozen=True)
class FigureHit:
    entity: int
    kind: MetricKind
    amount: Amount  # offsets inside the doc
    sent_start: int
    sent_end: int
    rule: str = "fig"
    confidence: float = 0.7


class FigureComponent:
    def __init__(
        self, lang: str, amounts: AmountGrammar, holders: HolderRules, deals: DealRules, carry: bool = False
    ) -> None:
        self.lang = lang
        self.grammar = amounts
        self.holders = holders
        self.deals = deals
        self.carry = carry

    def __call__(self, doc: Doc) -> Doc:
        hits: list[FigureHit] = []
        ents = list(enumerate(doc.ents))  # doc.ents builds new spans on every access
        labels = {k: _entity_type(e) for k, e in ents}
        context = Context()
        for sent in doc.sents:
            # A sentence owns the names that end in it: the parser may start a sentence inside a spaced Latin
            # name ('Aleph | Alphaは…').
            inside = [(k, e) for k, e in ents if sent.start < e.end <= sent.end]
            found = self._sentence(sent, inside, labels, context)
            hits.extend(found)
            self._remember(context, sent, inside, found, labels)
        doc._.set(FIGURES, hits)
        doc._.set(FOCUS, self._focus(doc, context, labels))
        return doc

    def _focus(self, doc: Doc, context: Context, labels: dict[int, EntityType | None]) -> int | None:
        """What the doc is about, for the next docs: its last figure's actor, its last topic, or the actor a
        heading line starts with ('◆Anthropic (San Francisco)')."""
        for k in (context.last_holder, context.topic, self.holders.heading_actor(doc)):
            if k is not None and labels[k] in _HOLDER_TYPES:
                return k
        return None

    def _sentence(
        self, sent: Span, inside: list[Candidate], labels: dict[int, EntityType | None], context: Context
    ) -> list[FigureHit]:
        out = []
        text = span_text(sent)  # Span.text joins the tokens anew on every access
        amounts = self.grammar.amounts(text)
        for amount in amounts:
            deal = self._deal(sent, inside, labels, amount, context)
            if deal is not None:
                out.extend(deal)
                continue
            kind = self.grammar.kind_near(text, amount, amounts)
            if kind is None:
                continue
            allowed = METRIC_HOLDERS[kind.kind]
            candidates = [(k, e) for k, e in inside if labels[k] in allowed]
            clause = Clause(sent, candidates, amount, kind)
            holder = self.holders.find(clause, context, _fits(labels, allowed))
            if holder is None and self.carry and (kind.kind in _CARRIED_KINDS or self._equity(clause)):
                holder = Holder(CARRIED, f"fig.{self.lang}.carried", 0.4)
            if holder is not None and self._site_figure(clause):
                holder = self._site(clause, holder, labels, context)
            if holder is not None:
                out.append(self._note_investee(context, self._hit(sent, amount, kind, holder)))
        return self._listed(sent, amounts, out)

    def _listed(self, sent: Span, amounts: list[Amount], out: list[FigureHit]) -> list[FigureHit]:
        """'それぞれ50億ドル、100億ドルを出資', 'up to $5bn and $10bn': an amount with no holder of its own,
        listed right after one that has one, shares its holder and kind."""
        start = sent.start_char
        by_start = {h.amount.start - start: h for h in out}
        for before, amount in pairwise(amounts):
            hit, own = by_start.get(before.start), by_start.get(amount.start)
            if hit is None or hit.entity == CARRIED or (own is not None and own.entity != CARRIED):
                continue
            if amount.unit != before.unit or not self.holders.listed(sent.text[before.end : amount.start]):
                continue
            if own is not None:
                out.remove(own)
            moved = replace(amount, start=start + amount.start, end=start + amount.end, kind=hit.kind)
            by_start[amount.start] = replace(hit, amount=moved, rule=f"{hit.rule}+listed", confidence=0.5)
            out.append(by_start[amount.start])
        return out

    def _note_investee(self, context: Context, hit: FigureHit) -> FigureHit:
        if hit.kind in (MetricKind.INVESTMENT, MetricKind.FUNDING_AMOUNT) and hit.entity >= 0:
            context.investees.append(hit.entity)  # 'valuing it at…' later in the sentence
        return hit

    def _equity(self, c: Clause) -> bool:
        """Equity bought ('出資', 'a stake') or money put 'in the startup' with no company named goes to the one
        the article is about."""
        return c.kind.kind == MetricKind.INVESTMENT and c.kind.end > c.kind.start and self.holders.elsewhere(c)

    def _hit(self, sent: Span, amount: Amount, kind: KindHit, holder: Holder) -> FigureHit:
        start = sent.start_char
        shifted = replace(amount, start=start + amount.start, end=start + amount.end, kind=kind.kind)
        rule = f"{holder.rule}+{kind.rule}"
        confidence = holder.confidence if kind.rule != "word.listed" else min(holder.confidence, 0.6)
        return FigureHit(holder.entity, kind.kind, shifted, sent.start_char, sent.end_char, rule, confidence)

    def _deal(
        self,
        sent: Span,
        inside: list[Candidate],
        labels: dict[int, EntityType | None],
        amount: Amount,
        context: Context,
    ) -> list[FigureHit] | None:
        """An acquisition's or a stake's price goes to the company bought, or nowhere (None: no deal frame)."""
        if amount.kind is not None:
            return None
        companies = [(k, e) for k, e in inside if labels[k] == EntityType.ORGANIZATION]
        placeholder = KindHit(MetricKind.VALUATION, amount.start, amount.start, "deal")
        deal = self.deals.price(Clause(sent, companies, amount, placeholder))
        if deal is None:
            return None
        target, confidence = deal.target, 0.75
        if target is None:  # '買収額は…' after 'Yを買収'; 'a stake in the startup': not the buyer the text is about
            others = [k for k in reversed(context.previous) if labels[k] == EntityType.ORGANIZATION]
            others = [k for k in others if k != context.topic]
            bought = context.bought if deal.kind.kind == MetricKind.VALUATION else next(iter(others), None)
            target, confidence = bought, 0.5
        if target is None:
            return []
        return [self._note_investee(context, self._hit(sent, amount, deal.kind, Holder(target, deal.rule, confidence)))]

    def _site_figure(self, c: Clause) -> bool:
        """Power, chips and a building's cost: figures of the site the text names."""
        if c.kind.kind == MetricKind.INVESTMENT:
            return c.kind.end > c.kind.start and self.holders.site_cost(c)
        return c.kind.kind in (MetricKind.POWER_CAPACITY, MetricKind.GPU_COUNT)

    def _site(self, c: Clause, holder: Holder, labels: dict[int, EntityType | None], context: Context) -> Holder | None:
        """Power belongs to the site the sentence names (or the sentence before, when this one names no
        actor); a deal's gigawatts are no company's capacity; a company gets power only when the sentence
        names it (the builder of an unnamed site): an industry's gigawatts are nobody's."""
        if holder.entity < 0 or labels[holder.entity] == EntityType.FACILITY:
            return holder
        owned = c.kind.kind == MetricKind.GPU_COUNT and self.deals.owned(c.text, c.amount.start, c.amount.end)
        if owned and labels[holder.entity] == EntityType.ORGANIZATION and not holder.rule.endswith(".context"):
            return holder  # chips the company owns: its count, whatever site the sentence also names
        sites = [(k, e) for k, e in c.candidates if labels[k] == EntityType.FACILITY]
        if sites:
            near = min(sites, key=lambda ke: abs(c.offsets(ke[1])[0] - c.amount.start))
            return Holder(near[0], f"fig.{self.lang}.site", 0.6)
        if self.holders.site_anaphor(c.text):  # '同拠点に設置', 'at the site': the site named before
            named = (context.last_holder, context.topic, *reversed(context.previous))
            site = next((k for k in named if k is not None and labels[k] == EntityType.FACILITY), None)
            if site is not None:
                return Holder(site, f"fig.{self.lang}.site_anaphor", 0.5)
        if holder.rule.endswith(".context"):
            earlier = [k for k in reversed(context.previous) if labels[k] == EntityType.FACILITY]
            if earlier:
                return Holder(earlier[0], f"fig.{self.lang}.site_context", 0.45)
            return holder if c.kind.kind == MetricKind.INVESTMENT else None  # a cost: the builder before
        if c.kind.kind == MetricKind.POWER_CAPACITY:
            return holder if self.deals.site_power(c.text, c.amount.start, c.amount.end) else None
        if c.kind.kind == MetricKind.GPU_COUNT and self.deals.supplied(c.text, c.amount.start, c.amount.end):
            return None  # chips a company sells are not chips it runs
        return holder

    def _remember(
        self,
        context: Context,
        sent: Span,
        inside: list[Candidate],
        found: list[FigureHit],
        labels: dict[int, EntityType | None],
    ) -> None:
        context.previous = self.holders.actors(sent, inside)
        context.recipients = self.holders.recipients(sent, inside)
        context.partners = self.holders.partners(sent, inside)
        # An actor that put money in ('Xも20億ドルを出資した') is not what the next sentences' figures are about.
        payers = {h.entity for h in found if h.kind == MetricKind.INVESTMENT and h.rule.startswith(_PAYER_RULES)}
        payers -= {h.entity for h in found if h.kind != MetricKind.INVESTMENT}
        payers |= set(context.payers)
        context.payers.clear()
        context.investees.clear()
        placed = [hit.entity for hit in found if hit.entity != CARRIED and hit.entity not in payers]
        if placed:
            context.last_holder = placed[-1]
        topic = self.holders.sentence_topic(sent, inside)
        context.previous_had_topic = topic is not None
        bought = self.deals.bought_in(sent, inside)
        context.bought = bought if bought is not None else context.bought
        if topic is not None and topic not in payers and labels[topic] in _HOLDER_TYPES:
            context.topic = topic  # a person's sentence keeps the company it is about in view


_HOLDER_TYPES = (EntityType.ORGANIZATION, EntityType.FACILITY)
_PAYER_RULES = tuple(f"fig.{lang}.{rule}" for lang in ("ja", "en") for rule in ("subject", "possessive"))


def _fits(labels: dict[int, EntityType | None], allowed: frozenset[EntityType]) -> Callable[[int], bool]:
    return lambda k: labels[k] in allowed


def _entity_type(ent: Span) -> EntityType | None:
    try:
        return EntityType(ent.label_)
    except ValueError:
        return None


@Language.factory("kg_figures", default_config={"lang": "ja", "carry": False})
def make_figures(nlp: Language, name: str, lang: str, carry: bool) -> FigureComponent:
    return FigureComponent(lang, grammar(lang), holder_rules(lang), deal_rules(lang), carry)
