"""Amounts in text normalised to numbers (2000億ドル → 2e11 USD, $6 billion → 6e9 USD, 数十万のGPU →
at least 200000 GPU, approximate), and the figure kind the words around them name."""

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
_NUM = r"[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?"


@dataclass(frozen=True)
class Amount:
    value: float
    unit: str
    approximate: bool
    start: int
    end: int
    raw: str
    kind: MetricKind | None = None  # when the unit says it (GPU, MW)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


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
        self.patterns = self._patterns(data)
        self.kind_words = re.compile(_alternation(list(self.kinds)), re.IGNORECASE)

    def _patterns(self, data: dict[str, Any]) -> list[re.Pattern[str]]:
        units = _alternation(list(self.currencies) + list(self.counted))
        vague = _alternation(list(self.vague))
        if self.lang == "ja":
            counters = _alternation(data["counters"])
            return [
                re.compile(
                    f"(?:(?P<num>{_NUM})|(?P<vague>{vague}))(?P<mult>[十百千万億兆]*)(?:{counters})?(?P<unit>{units})",
                    re.IGNORECASE,
                )
            ]
        mult = _alternation(list(self.multipliers))
        signs = _alternation(list(self.signs))
        return [
            re.compile(f"(?P<sign>{signs})\\s?(?P<num>{_NUM})(?:\\s?(?P<mult>{mult})\\b)?", re.IGNORECASE),
            re.compile(
                f"\\b(?:(?P<num>{_NUM})|(?P<vague>{vague}))(?:\\s?(?P<mult>{mult})\\b)?"
                f"(?:\\s+[A-Z][\\w-]*){{0,2}}\\s*(?P<unit>{units})\\b",
                re.IGNORECASE,
            ),
        ]

    def amounts(self, text: str) -> list[Amount]:
        out: dict[int, Amount] = {}
        for pattern in self.patterns:
            for m in pattern.finditer(text):
                amount = self._amount(m)
                if amount is not None and amount.start not in out:
                    out[amount.start] = amount
        return sorted(out.values(), key=lambda a: a.start)

    def _amount(self, m: re.Match[str]) -> Amount | None:
        groups = m.groupdict()
        if groups.get("num"):
            number = float(unicodedata.normalize("NFKC", groups["num"]).replace(",", ""))
        else:
            number = self.vague[groups["vague"].lower()]
        for ch in self._multiplier_parts(groups.get("mult") or ""):
            number *= self.multipliers[ch]
        unit_word = (groups.get("unit") or "").lower()
        kind = None
        if groups.get("sign"):
            unit = self.signs[groups["sign"].lower()]
        elif unit_word in self.currencies:
            unit = self.currencies[unit_word]
        else:
            unit, scale = self.counted[unit_word]
            number *= scale
            kind = MetricKind.GPU_COUNT if unit == "GPU" else MetricKind.POWER_CAPACITY
        return Amount(number, unit, bool(groups.get("vague")), m.start(), m.end(), m.group(0), kind)

    def _multiplier_parts(self, mult: str) -> list[str]:
        if not mult:
            return []
        return list(mult) if self.lang == "ja" else [mult.lower()]

    def kind_near(self, text: str, amount: Amount) -> tuple[MetricKind, re.Match[str] | None] | None:
        """The kind of an amount: its unit's, else the kind word nearest to it in its clause (with
        that word, to find whose figure it is)."""
        if amount.kind is not None:
            return amount.kind, None
        best: tuple[int, MetricKind, re.Match[str]] | None = None
        for m in self.kind_words.finditer(text):
            kind = self.kinds[m.group(0).lower()]
            if kind in (MetricKind.GPU_COUNT, MetricKind.POWER_CAPACITY):
                continue
            lo, hi = (m.end(), amount.start) if m.end() <= amount.start else (amount.end, m.start())
            if hi - lo > self.max_distance or any(ch in self.breaks for ch in text[lo:hi]):
                continue
            if best is None or hi - lo < best[0]:
                best = (hi - lo, kind, m)
        return (best[1], best[2]) if best else None


@lru_cache(maxsize=2)
def grammar(lang: str) -> AmountGrammar:
    return AmountGrammar(lang, json.loads(FIGURES_FILE.read_text(encoding="utf-8"))[lang])
