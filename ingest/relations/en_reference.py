"""Who a description or a pronoun-like phrase stands for, inside one paragraph: 'the Paris-based startup',
'the chipmaker', "Son's group", 'the two companies', 'the company' after a sentence about another firm,
and 'it' with nothing carried. Functions of en_order.Order, kept apart to keep that module small."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from ingest.kb import fold, load

if TYPE_CHECKING:
    from ingest.relations.en_order import Order

# Words that may describe a company between 'the' and its noun: 'the San Francisco-based AI startup'.
_DESCRIBING_POS = {"ADJ", "NOUN", "PROPN", "NUM", "SYM", "VERB"}


def paragraph_subject(order: Order) -> int | None:
    """The paragraph's first organisation if it was named as what a sentence is about (a subject, a
    possessor, a heading), never as an object ('holds a stake in the cloud provider X')."""
    first = order.referent(order.sent.start, carried_first=False)
    if first is None:
        return None
    root = order.actors.ents[first].root
    return None if root.dep_ in ("pobj", "dobj", "appos", "conj", "attr", "oprd") else first


def described_referent(order: Order, i: int) -> int | None:
    """'the San Francisco-based startup': the paragraph's company, never one this sentence names.
    "A bought chips, and the Dutch group's CFO …" may mean A: a possessive one after a named
    organisation is left alone."""
    if ambiguous_description(order, i):
        return None
    if (k := object_before(order, i)) is not None:
        return k  # 'bought Arm in 2016 and still owns 90% of the chip designer'
    return order.referent(i, carried_first=False)


def object_before(order: Order, i: int) -> int | None:
    """The last organisation named earlier in the sentence as an object (never as its subject or a
    possessor): what a description later in the same sentence most often takes up again."""
    for k in reversed(list(order.actors.within(order.sent))):
        ent = order.actors.ents[k]
        if ent.end > i or ent.label_ != "ORGANIZATION" or order.is_modifier(k):
            continue
        return k if ent.root.dep_ in ("dobj", "pobj") and ent.root.head.lower_ != "by" else None
    return None


def persons_company(order: Order, i: int) -> bool:
    """ "Jensen Huang's company", "Son's group": a person's own company, not named."""
    if order.toks[i].lemma_.lower() not in order.referents or i - 2 < order.sent.start:
        return False
    if order.toks[i - 1].text not in ("'s", "’s") or (k := order.at(i - 2)) is None:
        return False
    nxt = order.toks[i + 1] if i + 1 < order.sent.end else None
    named_after = nxt is not None and (order.at(nxt.i) is not None or nxt.pos_ == "NOUN")
    return order.actors.ents[k].label_ == "PERSON" and not named_after


def ambiguous_description(order: Order, i: int) -> bool:
    if i + 1 >= order.sent.end or order.toks[i + 1].text not in ("'s", "’s"):
        return False
    named = (order.at(j) for j in range(order.sent.start, i))
    return any(k is not None and order.actors.ents[k].label_ == "ORGANIZATION" for k in named)


def description_after(order: Order, i: int) -> int | None:
    """The company noun of the definite description opened by 'the' at token i."""
    for j in range(i + 1, min(order.sent.end, i + 8)):
        if description_head(order, j, order.referents):
            return j
        if not _describing(order, j):
            return None
    return None


def pair(order: Order, j: int) -> list[int]:
    """'the two companies', 'both firms': the last two organisations the paragraph named before."""
    tok = order.toks[j]
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in ("company", "firm", "group") or j == order.sent.start:
        return []
    if order.toks[j - 1].lower_ not in ("two", "both"):
        return []
    found: list[int] = []
    for k in range(bisect_left([e.start for e in order.actors.ents], j) - 1, -1, -1):
        if order.actors.ents[k].label_ == "ORGANIZATION" and not any(order.actors.same(k, f) for f in found):
            found.append(k)
        if len(found) == 2:
            return found[::-1]
    return []


def topic_org(order: Order) -> int | None:
    """The organisation the paragraph has named most before this sentence, if at least twice and more
    than any other: 'the company' after a sentence about another firm's purchase from it."""
    counts: dict[str, list[int]] = {}
    for k, ent in enumerate(order.actors.ents):
        if ent.start >= order.sent.start:
            break
        if ent.label_ == "ORGANIZATION" and not order.is_modifier(k) and not order.in_parentheses(k):
            counts.setdefault(ent.kb_id_ or ent.text, []).append(k)
    ranked = sorted(counts.values(), key=len, reverse=True)
    if not ranked or len(ranked[0]) < 2 or (len(ranked) > 1 and len(ranked[1]) == len(ranked[0])):
        return None
    return ranked[0][-1]


def description_head(order: Order, i: int, referents: frozenset[str]) -> bool:
    """'the' + describing words + a company noun at token i that ends the phrase."""
    doc, sent = order.toks, order.sent
    if doc[i].lemma_.lower() not in referents or order.at(i) is not None or doc[i].tag_ == "NNS":
        return False  # 'the publishers' are several, not the company
    if i + 1 < sent.end and (doc[i + 1].pos_ in ("NOUN", "PROPN") or doc[i + 1].text == "-"):
        return False  # 'the startup founder', 'the company X'
    j = i - 1
    if (k := order.at(j)) is not None and order.actors.ents[k].label_ == "PRODUCT":
        start = order.actors.ents[k].start  # 'the ChatGPT maker': its maker, if the knowledge base agrees
        return start > sent.start and doc[start - 1].lower_ == "the" and _maker_known(order, i, k)
    while j >= max(sent.start, i - 8):
        if doc[j].lower_ == "the":
            return True
        if not _describing(order, j):
            return False
        j -= 1
    return False


def _maker_known(order: Order, i: int, product: int) -> bool:
    """Whether the company 'the ChatGPT maker' would stand for is the one the knowledge base says made
    it (a product it does not describe is taken at the paragraph's word)."""
    maker = product_maker(order.actors.ents[product].kb_id_)
    if maker is None:
        return True
    k = order.referent(i, carried_first=False)
    return k is not None and maker in {fold(n) for n in names_of(order, k)}


def names_of(order: Order, k: int) -> tuple[str, ...]:
    ent = order.actors.ents[k]
    entity = load().entities.get(ent.kb_id_) if ent.kb_id_ else None
    return (ent.text, *entity.names) if entity is not None else (ent.text,)


def product_maker(kb_id: str) -> str | None:
    """'Chatbot by OpenAI' → 'openai' (folded), from the product's knowledge-base description."""
    entity = load().entities.get(kb_id) if kb_id else None
    if entity is None or " by " not in entity.description:
        return None
    return fold(entity.description.rsplit(" by ", 1)[1].strip())


def _describing(order: Order, j: int) -> bool:
    tok, k = order.toks[j], order.at(j)
    if k is not None:
        return order.actors.ents[k].label_ == "LOCATION"  # 'the Paris lab'; 'the Amazon unit' is another company
    return tok.pos_ in _DESCRIBING_POS or tok.text == "-" or tok.lower_ == "and"
