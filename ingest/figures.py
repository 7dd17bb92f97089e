"""Amounts in text normalised to numbers (2000億ドル → 2e11 USD, 1兆2000億円 → 1.2e12 JPY, $6 billion →
6e9 USD, 数十万のGPU → at least 200000 GPU, approximate), and the figure kind the words around them name."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from schema.ontology import MetricKind

FIGURES_FILE = Path(__file__).parent / "patterns" / "figures.json"
_NUM = r"[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?"
_JA_MULT = "十百千万億兆"
_STATE_KINDS = (MetricKind.MARKET_CAP, MetricKind.VALUATION, MetricKind.REVENUE)  # levels reached, not deals
_JA_CHUNK = re.compile(f"({_NUM})?([{_JA_MULT}]*)")


@dataclass(frozen=True)
class Amount:
    value: float
    unit: str
    approximate: bool
    start: int
    end: int
    raw: str
    kind: MetricKind | None = None  # when the unit says it (GPU, MW)


@dataclass(frozen=True)
class KindHit:
    """What an amount measures, and the word saying so (start == end when the unit or the shape says it)."""

    kind: MetricKind
    start: int
    end: int
    rule: str


_RATE_AFTER = re.compile(r"\s?[=＝]")
_RATE_BEFORE = re.compile(r"[=＝]\s?$")


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _number(raw: str) -> float:
    return float(unicodedata.normalize("NFKC", raw).replace(",", ""))


class AmountGrammar:
    def __init__(self, lang: str, data: dict[str, Any]) -> None:
        self.lang = lang
        self.multipliers: dict[str, float] = {k.lower(): float(v) for k, v in data["multipliers"].items()}
        self.vague: dict[str, float] = {k.lower(): float(v) for k, v in data["vague"].items()}
        self.currencies: dict[str, str] = {k.lower(): v for k, v in data["currencies"].items()}
        self.signs: dict[str, str] = {k.lower(): v for k, v in data.get("currency_signs", {}).items()}
        self.counted: dict[str, tuple[str, float]] = {
            k.lower(): (v[0], float(v[1])) for k, v in data["counted"].items()
        }
        self.kinds: dict[str, MetricKind] = {k.lower(): MetricKind(v) for k, v in data["kinds"].items()}
        self.max_distance = int(data["max_distance"])
        self.breaks = set(data["clause_breaks"])
        self.soft_breaks: dict[str, int] = data["soft_breaks"]
        self.after_bias = int(data["after_bias"])
        self.patterns = self._patterns(data)
        edge = r"\b" if lang == "en" else ""
        self.kind_words = re.compile(f"{edge}(?:{_alternation(list(self.kinds))}){edge}", re.IGNORECASE)
        self.not_a_figure = re.compile(data["not_a_figure_after"], re.IGNORECASE)
        self.conversion = re.compile(data["conversion_before"], re.IGNORECASE)
        self.pair_at = re.compile(data.get("valuation_pair", r"(?!)"), re.IGNORECASE)
        self.worth_noun = re.compile(data.get("worth_noun", r"(?!)"), re.IGNORECASE)
        self.gpu_context = re.compile(data.get("gpu_context", r"(?!)"), re.IGNORECASE)
        self.gpu_context_after = re.compile(data.get("gpu_context_after", r"(?!)"), re.IGNORECASE)
        self.market_cap_floor: dict[str, float] = data.get("market_cap_floor", {})
        self.not_a_kind = re.compile(data["not_a_kind_before"], re.IGNORECASE)
        self.not_a_kind_after = re.compile(data["not_a_kind_after"], re.IGNORECASE)
        self.crossing_cost = int(data["crossing_cost"])
        self.hedges = re.compile(data.get("hedges", r"(?!)"), re.IGNORECASE)
        self.coordinated = re.compile(data["coordinated"], re.IGNORECASE)
        self.coordinated_forward = re.compile(data["coordinated_forward"], re.IGNORECASE)

    def _patterns(self, data: dict[str, Any]) -> list[re.Pattern[str]]:
        units = _alternation(list(self.currencies) + list(self.counted))
        vague = _alternation(list(self.vague))
        if self.lang == "ja":
            counters = _alternation(data["counters"])
            # Web articles often space digits from their units ('200 億ドル'): one space is allowed on either side.
            number = f"(?:(?P<num>(?:{_NUM}[{_JA_MULT}]+)*{_NUM})|(?P<vague>{vague}))[ \u3000]?(?P<mult>[{_JA_MULT}]*)"
            gpu_counters = _alternation(data["gpu_counters"])
            return [
                re.compile(f"{number}(?:[ \u3000]?(?:{counters})){{0,2}}[ \u3000]?(?P<unit>{units})", re.IGNORECASE),
                re.compile(f"{number}[ \u3000]?(?P<counter>{gpu_counters})"),
            ]
        mult = _alternation(list(self.multipliers))
        signs = _alternation(list(self.signs))
        filler = data["count_filler"]
        return [
            re.compile(f"(?P<sign>{signs})\\s?(?P<num>{_NUM})(?:[\\s-]?(?P<mult>{mult})\\b)?", re.IGNORECASE),
            re.compile(
                f"\\b(?:(?P<num>{_NUM})|(?P<vague>{vague}))(?:\\s?(?P<mult>{mult})\\b)?"
                f"(?:\\s+of(?:\\s+[\\w'’-]+){{0,4}}?|(?:{filler}){{0,4}})[\\s-]*(?P<unit>{units})\\b",
                re.IGNORECASE,
            ),
        ]

    def amounts(self, text: str) -> list[Amount]:
        """The amounts of a text, without a conversion in brackets after another amount (約40億ドル（約6000億円）)
        and without prices per share."""
        out: dict[int, Amount] = {}
        for pattern in self.patterns:
            for m in pattern.finditer(text):
                amount = self._amount(m, text)
                if amount is not None and not any(a.start <= amount.start < a.end for a in out.values()):
                    out[amount.start] = amount
        found = sorted(out.values(), key=lambda a: a.start)
        kept = [a for i, a in enumerate(found) if not self._is_conversion(text, a, found[:i])]
        return [a for a in kept if self._is_figure(text, a)]

    def _is_conversion(self, text: str, amount: Amount, before: list[Amount]) -> bool:
        return any(self.conversion.fullmatch(text[b.end : amount.start]) for b in before[-1:])

    def _is_figure(self, text: str, amount: Amount) -> bool:
        if _RATE_AFTER.match(text, amount.end) or _RATE_BEFORE.search(text[max(0, amount.start - 3) : amount.start]):
            return False  # an exchange rate: '1ドル=150円換算', '$1 = ¥150'
        return not self.not_a_figure.match(text, amount.end)

    def _amount(self, m: re.Match[str], text: str) -> Amount | None:
        groups = m.groupdict()
        if self._inside_model_name(m, text):
            return None
        if groups.get("counter"):
            return self._gpu_count(m, text)
        number = self._value(groups.get("num") or "", groups.get("vague") or "", groups.get("mult") or "")
        unit_word = (groups.get("unit") or "").lower()
        kind = None
        if groups.get("sign"):
            unit = self.signs[groups["sign"].lower()]
        elif unit_word in self.currencies:
            unit = self.currencies[unit_word]
        else:
            if self._looks_like_year(groups.get("num") or "", m.group(0)):
                return None
            unit, scale = self.counted[unit_word]
            number *= scale
            kind = MetricKind.GPU_COUNT if unit == "GPU" else MetricKind.POWER_CAPACITY
        return Amount(number, unit, bool(groups.get("vague")), m.start(), m.end(), m.group(0), kind)

    def _value(self, num: str, vague: str, mult: str) -> float:
        if not num or self.lang != "ja":
            number = self.vague[vague.lower()] if not num else _number(num)
            for part in self._multiplier_parts(mult):
                number *= self.multipliers[part]
            return number
        total = 0.0  # 1兆2000億 = 1兆 + 2000億
        for digits, mults in _JA_CHUNK.findall(num + mult):
            if digits:
                chunk = _number(digits)
                for ch in mults:
                    chunk *= self.multipliers[ch]
                total += chunk
        return total

    def _inside_model_name(self, m: re.Match[str], text: str) -> bool:
        """'H100 GPU', 'GB200': digits right after Latin letters name a model, they count nothing. A Japanese
        amount with a multiplier ('GPU10万基') is still one."""
        if self.lang != "ja" or m.start() == 0 or m.group("mult") or not m.group("num"):
            return False
        before = unicodedata.normalize("NFKC", text[m.start() - 1])
        return before.isascii() and (before.isalnum() or before in "-.")

    def _gpu_count(self, m: re.Match[str], text: str) -> Amount | None:
        """'2048基', '約40万個' count GPUs only when a chip word comes just before in the clause, or just after
        it ('50万基の H100 GPU')."""
        window = text[max(0, m.start() - 40) : m.start()]
        window = re.split(f"[{re.escape(''.join(self.breaks))}]", window)[-1]
        if not self.gpu_context.search(window) and not self.gpu_context_after.match(text, m.end()):
            return None
        number = self._value(m.group("num") or "", m.group("vague") or "", m.group("mult") or "")
        return Amount(number, "GPU", bool(m.group("vague")), m.start(), m.end(), m.group(0), MetricKind.GPU_COUNT)

    @staticmethod
    def _looks_like_year(num: str, raw: str) -> bool:
        return bool(re.fullmatch(r"(?:19|20)\d\d", num)) and not raw[len(num) :].lstrip(" -").lower().startswith(
            ("gpu", "chip", "accel", "mega", "giga", "mw", "gw")
        )

    def _multiplier_parts(self, mult: str) -> list[str]:
        if not mult:
            return []
        return list(mult) if self.lang == "ja" else [mult.lower()]

    def kind_near(self, text: str, amount: Amount, amounts: list[Amount]) -> KindHit | None:
        """The kind of an amount: its unit's; 'at' a second amount after a raise ('$2bn at $32bn'); else
        the kind word nearest to it in its clause."""
        if amount.kind is not None:
            return KindHit(amount.kind, amount.start, amount.start, "unit")
        pair = self._pair(text, amount, amounts)
        if pair is not None:
            return pair
        if self.worth_noun.match(text, amount.end):  # 'the $183bn AI startup': a company described by its worth
            return self._market_cap(KindHit(MetricKind.VALUATION, amount.start, amount.start, "worth_noun"), amount)
        best: tuple[int, KindHit] | None = None
        for m in self.kind_words.finditer(text):
            kind = self.kinds[m.group(0).lower()]
            if kind in (MetricKind.GPU_COUNT, MetricKind.POWER_CAPACITY):
                continue
            after = m.start() >= amount.end
            lo, hi = (amount.end, m.start()) if after else (m.end(), amount.start)
            if lo > hi or any(ch in self.breaks for ch in text[lo:hi]):
                continue
            if self.not_a_kind.search(text[max(0, m.start() - 16) : m.end()]) or self.not_a_kind_after.match(
                text, m.end()
            ):
                continue
            cost = hi - lo + sum(text[lo:hi].count(ch) * w for ch, w in self.soft_breaks.items())
            cost -= sum(len(h.group(0)) for h in self.hedges.finditer(text, lo, hi))  # 'valued at roughly $7bn'
            cost += 0 if after else self.after_bias
            cost += self.crossing_cost * sum(1 for a in amounts if lo <= a.start and a.end <= hi)
            if cost <= self.max_distance and (best is None or cost < best[0]):
                best = (cost, KindHit(kind, m.start(), m.end(), "word"))
        if best is not None:
            return self._market_cap(best[1], amount)
        return self._coordinated(text, amount, amounts)

    def _coordinated(self, text: str, amount: Amount, amounts: list[Amount]) -> KindHit | None:
        """'valued xAI at $80bn and X at $33bn': an amount with no word of its own shares the kind of the
        amount it is coordinated with."""
        before = [a for a in amounts if a.end <= amount.start and a.unit == amount.unit]
        if before and self.coordinated.fullmatch(text[before[-1].end : amount.start]):
            shared = self.kind_near(text, before[-1], before)
            return KindHit(shared.kind, shared.start, shared.end, "coordinated") if shared else None
        return self._coordinated_forward(text, amount, amounts)

    def _coordinated_forward(self, text: str, amount: Amount, amounts: list[Amount]) -> KindHit | None:
        """'It passed $3trn in June and reached a $4trn market value in July': the next amount's own word."""
        after = [a for a in amounts if a.start >= amount.end and a.unit == amount.unit]
        if not after or not self.coordinated_forward.fullmatch(text[amount.end : after[0].start]):
            return None
        own = self.kind_words.match(text, after[0].end + 1)
        if own is None or self.kinds[own.group(0).lower()] not in _STATE_KINDS:
            return None
        return KindHit(self.kinds[own.group(0).lower()], own.start(), own.end(), "coordinated")

    def _pair(self, text: str, amount: Amount, amounts: list[Amount]) -> KindHit | None:
        """'$2bn at $32bn', '€1.7bn Series C at €11.7bn': the raise, then the price it was raised at."""
        for other in amounts:
            if other.unit != amount.unit or other is amount:
                continue
            if other.end <= amount.start and self.pair_at.fullmatch(text[other.end : amount.start]):
                return KindHit(MetricKind.VALUATION, amount.start, amount.start, "pair")
            between = text[amount.end : other.start]
            if amount.end <= other.start and self.pair_at.fullmatch(between) and not self.kind_words.search(between):
                return KindHit(MetricKind.FUNDING_AMOUNT, amount.start, amount.start, "pair")
        return None

    def _market_cap(self, hit: KindHit, amount: Amount) -> KindHit:
        """A company worth a trillion dollars or more is a listed one: its value is a market capitalisation."""
        floor = self.market_cap_floor.get(amount.unit)
        if hit.kind == MetricKind.VALUATION and floor is not None and amount.value >= floor:
            return KindHit(MetricKind.MARKET_CAP, hit.start, hit.end, hit.rule + ".listed")
        return hit


@lru_cache(maxsize=2)
def grammar(lang: str) -> AmountGrammar:
    return AmountGrammar(lang, json.loads(FIGURES_FILE.read_text(encoding="utf-8"))[lang])
