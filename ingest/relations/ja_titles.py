"""Titles written after a person's name, the usual form of Japanese news: 'オラクルのラリー・エリソン会長',
'ソフトバンクグループ（SBG）の孫正義会長兼社長', '宮川潤一社長率いるソフトバンク', 'Y氏（X CEO）'."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from ingest.relations.ja_clause import Clause
from ingest.relations.lexicon import Trigger
from schema.ontology import EntityType

Add = Callable[[tuple[str, ...], int | None, int | None, float, str], None]
_ORG = EntityType.ORGANIZATION.value


class TitleRules:
    def __init__(self, clause: Clause, add: Add) -> None:
        self.c = clause
        self.add = add

    def run(self) -> None:
        for k in self.c.actors.within(self.c.sent):
            ent = self.c.actors.ents[k]
            if ent.label_ == _ORG:
                self.name_dot_org(k, ent)
            if ent.label_ != EntityType.PERSON.value:
                continue
            titles, end = self.titles_after(ent.end)
            if titles:
                org, conf, rule = self.org_of(ent, end)
            else:
                org, titles = self._parenthetical(end)
                conf, rule = 0.85, "ja.title.parenthetical"
            for trigger in titles:
                self.add(trigger.types, k, org, conf, rule)

    def name_dot_org(self, org: int, ent: Span) -> None:
        """'孫正義・ソフトバンクグループ会長': a name, '・', the organisation, its title."""
        doc = self.c.doc
        if ent.start - 2 < self.c.sent.start or doc[ent.start - 1].text != "・":
            return
        person = self.c.actors.of(doc[ent.start - 2])
        if person is None or self.c.actors.ents[person].label_ != EntityType.PERSON.value:
            return
        for trigger in self.titles_after(ent.end)[0]:
            self.add(trigger.types, person, org, 0.85, "ja.title.name_dot_org")

    def titles_after(self, i: int) -> tuple[list[Trigger], int]:
        """The role triggers in the title chain after a name ('会長兼社長', '共同創業者兼CEO'), and its end."""
        roles, found = self.c.lex.roles, []
        skip = self.c.lex.word_set("title_joiners") | self.c.lex.word_set("role_prefixes")
        while i < self.c.sent.end and self.c.actors.of(self.c.doc[i]) is None:
            tok = self.c.doc[i]
            key = tok.lemma_.lower()
            if key in roles and not roles[key].possessor_is_head:
                found.append(roles[key])
            elif key not in skip and tok.text not in skip:
                break
            i += 1
        return found, i

    def org_of(self, ent: Span, end: int) -> tuple[int | None, float, str]:
        if (org := self._possessor(ent.start)) is not None:
            return org, 0.9, "ja.title.after_name"
        doc = self.c.doc
        verb = end + 1 if end + 1 < self.c.sent.end and doc[end].text == "が" else end  # 'Y社長が率いるX'
        if verb + 1 < self.c.sent.end and doc[verb].lemma_ in self.c.lex.word_set("lead_verbs"):
            org = self.c.actors.of(doc[verb + 1])  # '宮川潤一社長率いるソフトバンク'
            if org is not None and self.c.actors.ents[org].label_ == _ORG:
                return org, 0.9, "ja.title.leads_org"
        if (org := self._topic_org(ent, end)) is not None:
            return org, 0.6, "ja.title.topic_org"
        return None, 0.0, ""

    def _possessor(self, start: int) -> int | None:
        """The organisation before 'の' in front of the name, through a parenthetical ('（SBG）の')."""
        i = start - 1
        if i - 1 < self.c.sent.start or self.c.doc[i].text != "の":
            return None
        k = self.c.actor_ending_at(i - 1)
        return k if k is not None and k >= 0 and self.c.actors.ents[k].label_ == _ORG else None

    def _topic_org(self, ent: Span, end: int) -> int | None:
        """'Xは、Y CEOらが創業した': a titled subject with no organisation named belongs to the topic's."""
        if self.c.base(self.c.marker_after(end)) not in ("が", "ら", "らが"):
            return None
        topic = self.c.topic_before(ent.start)
        if topic is None or self.c.actors.ents[topic].label_ != _ORG:
            return None
        return topic if self.c.marker(self.c.doc[self.c.actors.ents[topic].end - 1]).endswith("は") else None

    def _parenthetical(self, end: int) -> tuple[int | None, list[Trigger]]:
        """'Y氏（X CEO）': the organisation inside the parentheses right after the name, before a title."""
        doc = self.c.doc
        close = self.c.closing_paren(end) if end < self.c.sent.end and doc[end].text in ("（", "(") else None
        for i in range(end + 1, close or end):
            k = self.c.actors.of(doc[i])
            if k is not None and self.c.actors.ents[k].label_ == _ORG:
                titles, _ = self.titles_after(self.c.actors.ents[k].end)
                if titles:
                    return k, titles
        return None, []
