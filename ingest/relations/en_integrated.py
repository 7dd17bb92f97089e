"""One company putting another's product inside its own, read by token order: 'A built B's ChatGPT into
Siri', "A's integration of B's Gemini into …", 'A, which has integrated B's models into Bing'. The
product stays B's (en.py keeps DEVELOPS with the possessor); A and B work together."""

from __future__ import annotations

from ingest.relations.en_clause import Add
from ingest.relations.en_order import Order
from ingest.relations.lexicon import Lexicon

_POSSESSIVE = ("'s", "’s")
CONFIDENCE = 0.6


class Integrations:
    def __init__(self, lex: Lexicon) -> None:
        data = lex.raw.get("integration", {})
        self.verbs = frozenset(data.get("verbs", ()))
        self.nouns = frozenset(data.get("nouns", ()))
        self.negations = lex.word_set("negation_words")

    def run(self, order: Order, add: Add) -> None:
        for tok in order.sentence_tokens():
            lemma = tok.lemma_.lower()
            if lemma in self.verbs and tok.tag_.startswith("VB"):
                self._integrated(order, add, tok.i, verb=True)
            elif lemma in self.nouns and tok.pos_ == "NOUN":
                self._integrated(order, add, tok.i, verb=False)

    def _integrated(self, order: Order, add: Add, i: int, verb: bool) -> None:
        start, end = order.clause(i)
        j = i + 1 if verb else i + 2  # 'integrated B's …' / 'integration of B's …'
        if not verb and (i + 1 >= end or order.token(i + 1).lower_ != "of"):
            return
        maker = order.at(j) if j < end else None
        if maker is None or order.actors.ents[maker].label_ != "ORGANIZATION":
            return
        after = order.actors.ents[maker].end
        product = order.at(after + 1) if after + 1 < end and order.token(after).text in _POSSESSIVE else None
        if product is None or order.actors.ents[product].label_ != "PRODUCT":
            return
        into = order.actors.ents[product].end
        if not any(order.token(t).lower_ in ("into", "in", "inside") for t in range(into, min(end, into + 4))):
            return
        if any(order.token(t).lower_ in self.negations for t in range(start, i)):
            return
        for host in self._hosts(order, i, start, verb):
            add(("PARTNERS_WITH",), host, maker, CONFIDENCE, "en.noun.integrated")

    def _hosts(self, order: Order, i: int, start: int, verb: bool) -> list[int]:
        if verb:
            return order.subject_before(i, start)
        if i - 2 >= start and order.token(i - 1).text in _POSSESSIVE and (k := order.ref(i - 2)) is not None:
            return [k]  # "Apple's integration of …"
        return []
