"""Readings of a name and the noun phrase around it: 'xAIのスーパーコンピュータセンターColossus' (the
possessor owns or makes the named thing), 'Xおよび傘下の' (the owner listed right before), '40億ドルの出資'
(a noun measured in money), 'AのBへの入社' / 'AによるBへの出資' (a fact told as a noun phrase)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ingest.relations.ja_clause import Clause
from ingest.relations.lexicon import Trigger
from schema.ontology import EntityType

Add = Callable[[tuple[str, ...], int | None, int | None, float, str], None]
_OWNERS = {EntityType.ORGANIZATION.value, EntityType.PERSON.value}


def possessives(c: Clause, add: Add) -> None:
    """'Xの新型チップ「Y」', 'X製GPU「Y」': what a named thing is to its possessor, by the thing's type."""
    doc = c.doc
    for k in c.actors.within(c.sent):
        ent = c.actors.ents[k]
        if ent.label_ not in _OWNERS or ent.end >= c.sent.end or doc[ent.end].text not in ("の", "製"):
            continue
        j = ent.end + 1
        while j < c.sent.end and j - ent.end <= c.lex.possessive_gap and c.actors.of(doc[j]) is None:
            if doc[j].pos_ not in ("NOUN", "PROPN") and doc[j].text not in ("「", "『"):
                break
            j += 1
        owned = c.actors.of(doc[j]) if j < c.sent.end else None
        if owned is not None and (types := c.lex.possessive.get(c.actors.ents[owned].label_)):
            add(types, k, owned, 0.8, "ja.possessive")


def amount_of(c: Clause, noun: Token) -> bool:
    """'40億ドルの出資': the noun is measured in money, its target left to the paragraph."""
    money = c.lex.word_set("money_words")
    return any(ch.i < noun.i and ch.lemma_ in money and c.marker(ch) == "の" for ch in noun.children)


def coordinated_owner(c: Clause, tok: Token) -> int | None:
    """'XおよびX傘下の' written 'Xおよび傘下の': the owner is the actor listed right before."""
    i = tok.i - 1
    if i - 1 < c.sent.start or c.doc[i].text not in ("および", "及び", "と", "や", "、"):
        return None
    k = c.actor_ending_at(i - 1)
    return k if k is not None and k >= 0 and c.actors.type_of(k) == EntityType.ORGANIZATION else None


def directed(c: Clause, noun: Token, trigger: Trigger) -> list[int]:
    """Actors in a trigger noun's phrase marked as its target: 'Xへの（20億ドルの）出資', 'Xとの提携'."""
    markers = {p + "の" for p in trigger.tail} | {"に対する", "に対し"}
    found = []
    for tok in noun.subtree:
        k = c.actors.of(tok)
        last = k is not None and tok.i < noun.i and tok.i == c.actors.ents[k].end - 1
        if k is not None and last and c.marker(tok) in markers:
            found.append(k)
    return found


def noun_phrase(c: Clause, noun: Token, trigger: Trigger, add: Add) -> bool:
    """'AのBへの入社', 'AによるBへの出資', 'AのBとの提携': the doer is the possessor (or 'による'), the
    target marked inside the noun phrase."""
    tails = directed(c, noun, trigger)
    if not tails:
        return False
    doer = c.possessor(c.doc[c.actors.ents[tails[0]].start])
    for k in c.actors.within(c.sent) if doer is None else ():
        end = c.past_name(c.actors.ents[k].end)
        if k not in tails and end < noun.i and c.doc[end : end + 2].text.replace(" ", "") == "による":
            doer = k  # 'AによるBへの出資'
    if doer is None or doer < 0:
        return False
    for tail in tails:
        if not c.actors.same(doer, tail):
            add(trigger.types, doer, tail, 0.75, "ja.predicate.noun_phrase")
    return True
