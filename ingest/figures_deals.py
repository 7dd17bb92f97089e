"""Amounts that price a deal rather than measure an actor.

- An acquisition's price is what the company bought was valued at: 'X bought Y for $6.5bn', 'a $6.5bn
  acquisition of Y', 'X agreed to acquire Y in a deal worth $6.5bn', 'YをX億ドルで買収', 'Yを買収…買収額はX億ドル'
  give Y a VALUATION; a stake's price is money put into Y ('a 49% stake in Y for $14bn', 'Yの株式49%をX億ドルで
  取得'): INVESTMENT held by Y. Only the company bought can hold it: no other actor is tried.
- Gigawatts of a deal are not a company's capacity ('a 6-gigawatt deal to supply chips', '10 GW of accelerators',
  '6ギガワット分のGPUを供給する契約'), nor are gigawatts with no site in view: `site_power` tells the caller when
  a company (not a facility) may hold them.

Words and frames live in ingest/patterns/figures.json under each language's "deals"."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Span

from ingest.doc_text import span_text
from ingest.figures import FIGURES_FILE, KindHit
from ingest.figures_holders import Candidate, Clause
from schema.ontology import MetricKind


@dataclass(frozen=True)
class Deal:
    kind: KindHit
    target: int | None  # index in doc.ents of the company bought or invested in; None: not named here
    rule: str


class DealRules:
    def __init__(self, lang: str, data: dict[str, Any]) -> None:
        self.lang = lang
        self.compiled = {k: re.compile(v, re.IGNORECASE) for k, v in data.items() if not k.startswith("_")}

    def _re(self, name: str) -> re.Pattern[str]:
        return self.compiled[name]

    def price(self, c: Clause) -> Deal | None:
        """The deal an amount prices and the company it buys into, when a deal frame holds it."""
        frames = (
            self._verb_then_price,
            self._price_then_noun,
            self._price_then_stake,
            self._paid_for,
            self._price_word,
        )
        for frame in frames:
            found = frame(c)
            if found is not None:
                return found
        return None

    def site_power(self, text: str, start: int, end: int) -> bool:
        """Power a company's site has: a site is named ('a 1-gigawatt campus', '出力50MWのデータセンター') and
        the gigawatts are not what a deal supplies ('a 6-gigawatt deal to supply chips', '6ギガワット分のGPU')."""
        before = re.split(self._re("clause_break").pattern, text[:start])[-1]
        deal = self._re("size_after").match(text, end) or self._re("size_before").search(before)
        return not deal and bool(self._re("site_noun").search(text))

    def bought_in(self, sent: Span, inside: list[Candidate]) -> int | None:
        """The company a sentence says is bought ('Yを買収する'), for a price named in the next sentence."""
        text = span_text(sent)
        for k, ent in reversed(inside):
            mark = self._re("bought_mark").match(text, ent.end_char - sent.start_char)
            if mark is not None and self._re("buy_verb_after").match(text, mark.end()):
                return k
        return None

    def owned(self, text: str, start: int, end: int) -> bool:
        """Chips the sentence's subject owns ('20万基のGPUを保有し', 'owns more than 300,000 GPUs')."""
        before = re.split(self._re("clause_break").pattern, text[:start])[-1]
        return bool(self._re("owned_before").search(before) or self._re("owned_after").match(text, end))

    def supplied(self, text: str, start: int, end: int) -> bool:
        """Chips sold or delivered ('agreed to sell 100,000 accelerators', 'GPUを10万個供給する')."""
        before = re.split(self._re("clause_break").pattern, text[:start])[-1]
        return bool(self._re("supply_before").search(before) or self._re("supply_after").match(text, end))

    def _deal(self, c: Clause, target: int | None, stake: bool, frame: str) -> Deal:
        kind = MetricKind.INVESTMENT if stake else MetricKind.VALUATION
        hit = KindHit(kind, c.amount.start, c.amount.start, "stake" if stake else "acquisition")
        return Deal(hit, target, f"fig.{self.lang}.deal.{frame}")

    def _verb_then_price(self, c: Clause) -> Deal | None:
        """'bought Y for $6.5bn', 'Yを65億ドルで買収', 'agreed to acquire Y in a deal worth $6.5bn'."""
        text = c.text
        if self.lang == "ja":
            clause = re.split(self._re("clause_break").pattern, text[: c.amount.start])[-1]
            paid_for = self._re("price_after_noun").search(clause)  # 'Yの買収に…を投じる': Y unnamed, nobody's
            if not (paid_for or self._re("price_then_verb").match(text, c.amount.end)):
                return None
            return self._ja_target(c, c.amount.start - len(clause), "verb", allow_none=paid_for is not None)
        before = text[: c.amount.start]
        verbs = [m for m in self._re("verb").finditer(before) if not self._re("clause_break").search(before, m.end())]
        if not verbs or not self._priced_gap(text, before, verbs[-1].end(), c.amount.end):
            return None
        verb = verbs[-1]
        gap = before[verb.end() :]
        stake = bool(self._re("stake").search(gap))
        if self._re("passive").search(before[: verb.start()]):  # 'Y was acquired by X for', 'Y, bought by X for'
            target = self._last_before(c, verb.start())
        else:
            target = self._first_after(c, verb.end(), c.amount.start, self._re("stake_target") if stake else None)
        relative = self._re("relative").search(before[: verb.start()])  # 'Y, which X bought for'
        if target is None and relative is not None and not stake:
            target = self._last_before(c, relative.start())
        return self._deal(c, target, stake, "verb") if target is not None else None

    def _priced_gap(self, text: str, before: str, verb_end: int, amount_end: int) -> bool:
        """'…Y for $6.5bn', '…Y in a deal worth $6.5bn', '…Y in a $6.5bn all-stock deal'."""
        if self._re("price_gap").match(before, verb_end):
            return True
        return bool(self._re("price_gap_in").match(before, verb_end) and self._re("deal_after").match(text, amount_end))

    def _price_then_noun(self, c: Clause) -> Deal | None:
        """'a $6.5bn acquisition of Y', 'a $40bn agreement to buy the chip designer Y'."""
        if self.lang == "ja":
            return None
        m = self._re("noun_after").match(c.text, c.amount.end)
        if m is None:
            return None
        target = self._first_after(c, m.end(), m.end() + 80, None, self._re("descriptors"))
        return self._deal(c, target, False, "noun") if target is not None else None

    def _price_then_stake(self, c: Clause) -> Deal | None:
        """'paid $14bn for a 49% stake in Y' (or in 'the startup' the sentences before named)."""
        m = self._re("stake_after").match(c.text, c.amount.end)
        if m is None:
            return None
        target = self._first_after(c, m.end(), m.end() + 80, None, self._re("descriptors"))
        if target is None and not self._re("anaphoric_after").match(c.text, m.end()):
            return None
        return self._deal(c, target, True, "stake")

    def _paid_for(self, c: Clause) -> Deal | None:
        """'will pay $6.5bn for Y', 'spent $2bn to acquire Y'."""
        text = c.text
        if not self._re("pay_before").search(text[: c.amount.start]):
            return None
        m = self._re("pay_after").match(text, c.amount.end)
        if m is None:
            return None
        target = self._first_after(c, m.end(), m.end() + 80, None, self._re("descriptors"))
        return self._deal(c, target, False, "paid") if target is not None else None

    def _price_word(self, c: Clause) -> Deal | None:
        """'買収額は最大400億ドル', 'the purchase price of $6.5bn': the company bought is named in the sentence."""
        m = None
        for found in self._re("price_word").finditer(c.text[: c.amount.start]):
            m = found
        if m is None or not self._re("price_word_gap").fullmatch(c.text[m.end() : c.amount.start]):
            return None
        if self.lang == "ja":
            return self._ja_target(c, 0, "price_word", allow_none=True)
        target = self._first_after(c, 0, c.amount.start, self._re("of_target"))
        return self._deal(c, target, False, "price_word")

    def _ja_target(self, c: Clause, lo: int, frame: str, allow_none: bool = False) -> Deal | None:
        """The actor marked as what is bought ('Yを', 'Yの買収') or whose shares are ('Yの株式49%を')."""
        text = c.text
        for k, ent in reversed(c.candidates):
            start, end = c.offsets(ent)
            if start < lo or (end > c.amount.start and start < c.amount.end):
                continue
            if self._re("stake_target").match(text, end):
                return self._deal(c, k, True, frame)
            if self._re("bought_mark").match(text, end):
                return self._deal(c, k, False, frame)
        return self._deal(c, None, False, frame) if allow_none else None

    def _first_after(
        self,
        c: Clause,
        lo: int,
        hi: int,
        lead: re.Pattern[str] | None,
        gap: re.Pattern[str] | None = None,
    ) -> int | None:
        text = c.text
        for k, ent in c.candidates:
            start, end = c.offsets(ent)
            if start < lo or end > hi:
                continue
            if lead is not None and not lead.search(text[lo:start]):
                continue
            if gap is not None and not gap.fullmatch(text[lo:start]):
                return None
            if self._re("not_the_company").match(text, end) or self._re("seller_before").search(text[lo:start]):
                continue
            return k
        return None

    @staticmethod
    def _last_before(c: Clause, hi: int) -> int | None:
        before: list[Candidate] = [(k, e) for k, e in c.candidates if c.offsets(e)[1] <= hi]
        return before[-1][0] if before else None


@lru_cache(maxsize=2)
def deal_rules(lang: str) -> DealRules:
    return DealRules(lang, json.loads(FIGURES_FILE.read_text(encoding="utf-8"))[lang]["deals"])
