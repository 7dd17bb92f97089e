"""The last, broadest layer: a sentence that holds a trigger of a relation type and two actors whose types
that relation allows, when no other rule read a relation of that type in the sentence.

The head is the first fitting actor before the trigger (news puts the actor first in both languages), the
tail the fitting actor nearest the trigger. Only for the types listed as `fallback_types` in the lexicon
(partnerships and competition: on the development set and on real articles read apart from it, lawsuits,
criticism and acquisitions came out wrong more often than right this way), at a confidence (0.35) below
every other rule's, so `min_confidence=0.4` leaves these out. Negated sentences give nothing."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ingest.relations.common import Actors, Collector, pick_type
from ingest.relations.lexicon import Lexicon
from schema.ontology import RELATION_TYPES, EntityType

CONFIDENCE = 0.35


class SentenceFallback:
    def __init__(self, lex: Lexicon, lang: str) -> None:
        wanted = set(lex.raw.get("fallback_types", ()))
        self.triggers = {
            lemma: tuple(t for t in trigger.types if t in wanted)
            for lemma, trigger in lex.predicates.items()
            if any(t in wanted for t in trigger.types)
        }
        self.negations = lex.word_set("negation_aux") | lex.word_set("negation_words")
        self.rule = f"{lang}.fallback.sentence"

    def run(self, actors: Actors, out: Collector, sent: Span) -> None:
        found = {(h.type, h.sent_start) for h in out.hits()}
        inside = list(actors.within(sent))
        if len(inside) < 2 or any(t.lower_ in self.negations or t.lemma_ in self.negations for t in sent):
            return
        for tok in sent:
            types = self.triggers.get(tok.lemma_.lower())
            if not types:
                continue
            for kind in types:
                if (kind, sent.start_char) not in found:
                    self._pair(actors, out, sent, tok, kind, inside)

    def _pair(self, actors: Actors, out: Collector, sent: Span, tok: Token, kind: str, inside: list[int]) -> None:
        spec = RELATION_TYPES[kind]
        heads = [k for k in inside if actors.ents[k].end <= tok.i and _type(actors, k) in spec.heads]
        if not heads:
            return
        head = heads[0]
        tails = [
            k
            for k in inside
            if k != head
            and _type(actors, k) in spec.tails
            and pick_type((kind,), _type(actors, head), _type(actors, k))
        ]
        if tails:
            tail = min(tails, key=lambda k: abs(actors.ents[k].start - tok.i))
            out.add((kind,), head, tail, CONFIDENCE, sent, self.rule)


def _type(actors: Actors, k: int) -> EntityType:
    return EntityType(actors.ents[k].label_)
