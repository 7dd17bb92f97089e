"""Titles named without their organisation: 'サカナAIは…。CEOのデビッド・ハ氏は…', 'Xでは法務責任者のY氏が
暫定CEOとなった', 'Y氏は自らCEOに就いた'. The organisation is the sentence's topic ('Xは', 'Xでは') or, when
the sentence names none, the one the paragraph is about; no other organisation may stand between."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ingest.relations.ja_clause import Clause
from ingest.relations.lexicon import Trigger
from schema.ontology import EntityType

Add = Callable[[tuple[str, ...], int | None, int | None, float, str], None]
_ORG, _PERSON = EntityType.ORGANIZATION, EntityType.PERSON
_TOPIC_MARKERS = ("は", "では", "には", "でも")


class OpenRoles:
    def __init__(self, clause: Clause, add: Add) -> None:
        self.c = clause
        self.add = add

    def role(self, tok: Token, trigger: Trigger, holder: int | None) -> None:
        if trigger.possessor_is_head or "INVESTS_IN" in trigger.types:
            return
        if holder is None and tok.i + 1 < self.c.sent.end and self.c.doc[tok.i + 1].text in ("の", "である"):
            holder = self.c.right_after(tok)  # 'CEOのY氏'
        if (
            holder is None
            or holder < 0
            or self.c.actors.type_of(holder) != _PERSON
            or self._person_between(holder, tok)
        ):
            return
        org, conf = self._joined(tok)
        if org is None:
            org, conf = self._organisation(tok.i)
        if org is not None:
            self.add(trigger.types, holder, org, conf, "ja.role.open")

    def _joined(self, tok: Token) -> tuple[int | None, float]:
        """'取締役として同社に残る', 'CTOとしてXに加わった': the organisation the role verb names with 'に'."""
        verb = tok.head
        after = "".join(t.text for t in self.c.doc[tok.i + 1 : min(tok.i + 4, self.c.sent.end)])
        if not after.startswith("として") or verb.lemma_ not in self.c.lex.word_set("role_verbs"):
            return None, 0.0
        for child in verb.children:
            k = self.c.referent(child) if child.i < verb.i and self.c.base(self.c.marker(child)) == "に" else None
            if k is not None and k >= 0 and self.c.actors.type_of(k) == _ORG:
                return k, 0.75
        return None, 0.0

    def _person_between(self, holder: int, tok: Token) -> bool:
        """'Aは…に就き、Bが暫定CEOとなった': a nearer person holds the title."""
        ends = sorted((self.c.actors.ents[holder].end, tok.i))
        return any(
            k != holder and self.c.actors.type_of(k) == _PERSON and ends[0] <= self.c.actors.ents[k].start < ends[1]
            for k in self.c.actors.within(self.c.sent)
        )

    def _organisation(self, before: int) -> tuple[int | None, float]:
        """The topic organisation of the sentence before token `before`, else the paragraph's; None when
        another organisation is named in between (its title, not the topic's)."""
        found, conf, others = None, 0.0, 0
        for k in self.c.actors.within(self.c.sent):
            ent = self.c.actors.ents[k]
            if ent.end > before or self.c.actors.type_of(k) != _ORG:
                continue
            if self.c.marker(self.c.doc[ent.end - 1]) in _TOPIC_MARKERS:
                found, conf, others = k, 0.65, 0
            else:
                others += 1
        if found is None:
            found, conf = self.c.topics_at_start.get(_ORG), 0.55
        return (found, conf) if others == 0 else (None, 0.0)
