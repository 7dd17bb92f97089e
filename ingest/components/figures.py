"""`kg_figures`: amounts attached to the actor they describe, as doc._.kg_figures.

The holder is the actor that possesses the figure's word ('xAIの評価額', "OpenAI's valuation"), else
the subject of the sentence ('Colossusは…数十万のGPU', 'OpenAI raised $6 billion')."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from ingest.figures import Amount, AmountGrammar, grammar
from schema.ontology import METRIC_HOLDERS, EntityType, MetricKind

FIGURES = "kg_figures"
if not Doc.has_extension(FIGURES):
    Doc.set_extension(FIGURES, default=None)

# After a Japanese name: the particle making it the topic, possibly after a head noun ('Colossusセンターは').
_JA_TOPIC = re.compile(r"[\u30A0-\u30FF\u4E00-\u9FFFA-Za-z0-9ー・]{0,16}?[はがも]")
_JA_OWNER = re.compile(r"の[\u30A0-\u30FF\u4E00-\u9FFF]{0,4}")
_EN_OWNER = re.compile(r"(?:'s|’s)\s+(?:[a-z-]+\s+){0,2}")


@dataclass(frozen=True)
class FigureHit:
    entity: int
    kind: MetricKind
    amount: Amount  # offsets inside the doc
    sent_start: int
    sent_end: int
    confidence: float = 1.0
    rule: str = ""


class FigureComponent:
    def __init__(self, lang: str, amounts: AmountGrammar) -> None:
        self.lang = lang
        self.grammar = amounts

    def __call__(self, doc: Doc) -> Doc:
        hits = []
        ents = list(enumerate(doc.ents))  # doc.ents builds new spans on every access
        for sent in doc.sents:
            for amount in self.grammar.amounts(sent.text):
                named = self.grammar.kind_near(sent.text, amount)
                if named is None:
                    continue
                kind, word = named
                holder = self._holder(sent, ents, amount, kind, word)
                if holder is not None:
                    start = sent.start_char
                    shifted = replace(amount, start=start + amount.start, end=start + amount.end, kind=kind)
                    hits.append(FigureHit(holder, kind, shifted, sent.start_char, sent.end_char))
        doc._.set(FIGURES, hits)
        return doc

    def _holder(
        self, sent: Span, ents: list[tuple[int, Span]], amount: Amount, kind: MetricKind, word: re.Match[str] | None
    ) -> int | None:
        allowed = METRIC_HOLDERS[kind]
        candidates = [
            (k, e) for k, e in ents if sent.start <= e.start and e.end <= sent.end and EntityType(e.label_) in allowed
        ]
        owner = self._owner(sent, word, candidates) if word is not None else None
        return owner if owner is not None else self._subject(sent, amount, candidates)

    def _owner(self, sent: Span, word: re.Match[str], candidates: list[tuple[int, Span]]) -> int | None:
        """The actor right before the kind word: 'xAIの最新評価額は', "OpenAI's latest valuation"."""
        owner_tail = _JA_OWNER if self.lang == "ja" else _EN_OWNER
        for k, ent in candidates:
            end = ent.end_char - sent.start_char
            if end <= word.start() and owner_tail.fullmatch(sent.text[end : word.start()]):
                return k
        return None

    def _subject(self, sent: Span, amount: Amount, candidates: list[tuple[int, Span]]) -> int | None:
        for k, ent in candidates:
            if ent.end_char - sent.start_char > amount.start:
                break
            if self.lang == "ja" and _JA_TOPIC.match(sent.doc.text, ent.end_char):
                return k
            if self.lang == "en" and ent.root.dep_ in ("nsubj", "nsubjpass"):
                return k
        return None


@Language.factory("kg_figures", default_config={"lang": "ja"})
def make_figures(nlp: Language, name: str, lang: str) -> FigureComponent:
    return FigureComponent(lang, grammar(lang))
