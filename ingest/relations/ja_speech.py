"""Criticism in reported speech: who speaks and who is answered or reported. 'XはYの投稿に「…」と反論した'
(the owner of what is answered), 'Xは、Yが…したと非難した' (X speaks, Y is reported)."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.relations.ja_clause import Clause


def speaker(c: Clause, frame: Token, subject: int) -> int:
    """The topic marked 'は' before a subject marked 'が' inside the quoted clause of a verb of saying."""
    if subject < 0 or c.marker(c.doc[c.actors.ents[subject].end - 1]) != "が":
        return subject
    if frame.i - 1 <= c.sent.start or c.doc[frame.i - 1].text != "と":
        return subject
    for k in c.actors.within(c.sent):
        last = c.doc[c.actors.ents[k].end - 1]
        if last.i < c.actors.ents[subject].start and c.marker(last) == "は":
            return k
    return subject


def said_by(c: Clause, frame: Token, subject: int) -> list[int]:
    """The owner of what is answered: 'Yの発言を', 'Yの投稿に' between the subject and the verb."""
    start = c.actors.ents[subject].end if subject >= 0 else c.sent.start
    for tok in c.doc[start : frame.i]:
        if tok.pos_ == "NOUN" and c.actors.of(tok) is None and c.base(c.marker(tok)) in ("を", "に"):
            k = c.possessor(tok)
            if k is not None and k >= 0 and not c.actors.same(k, subject):
                return [k]
    return []


def reported_subjects(c: Clause, frame: Token, subject: int) -> list[int]:
    """Subjects inside the quoted clause a verb of saying reports: 'XはYが…を再現させたと非難した'."""
    quote_end = frame.i - 1
    if quote_end <= c.sent.start or c.doc[quote_end].text != "と":
        return []
    start = c.actors.ents[subject].end
    return [
        k
        for k in c.actors.within(c.sent)
        if start <= c.actors.ents[k].start < quote_end
        and k != subject
        and c.is_subject(c.doc[c.actors.ents[k].end - 1])
    ][:1]
