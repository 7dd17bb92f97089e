"""Lists of names in a Japanese sentence: 'A、BとC', 'Aや、B', 'AのほかB', 'A、物理学者のB' (before a name) and
'A氏、B氏、C氏', '傘下の英半導体設計大手アーム' (after a noun). A mixin of Clause, which provides the sentence
and the name readers it relies on."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ingest.relations.common import Actors
from ingest.relations.lexicon import Lexicon


class ListReading:
    lex: Lexicon
    actors: Actors
    sent: Span
    doc: Doc

    def actor_ending_at(self, i: int) -> int | None:
        raise NotImplementedError

    def past_name(self, i: int) -> int:
        raise NotImplementedError

    def coordinated(self, k: int) -> list[int]:
        """k and the actors listed before it: 'A、BとC' → [A, B, C], 'A（…）、米B' → [A, B]."""
        members = [k]
        coordinators = self.lex.word_set("coordinators")
        start = self._described_start(self.actors.ents[k].start)
        while start - 2 >= self.sent.start and self.doc[start - 1].text in coordinators:
            gap = 3 if self.doc[start - 2].text in coordinators and start - 3 >= self.sent.start else 2
            if (
                self.doc[start - 2].text in ("ほか", "他")
                and start - 4 >= self.sent.start
                and self.doc[start - 3].text == "の"
            ):
                gap = 4  # 'AのほかBも': A besides B
            prev = self.actor_ending_at(start - gap)  # 'Aや、B': a comma after the particle
            if prev is None or prev in members or prev < 0:
                break
            members.insert(0, prev)
            start = self._described_start(self.actors.ents[prev].start)
        return members

    def _described_start(self, start: int) -> int:
        """Where a listed name's phrase starts: before its prefixes ('米') and a short description that is
        itself no actor, when a list goes on before it ('A、物理学者のB', 'A、政策担当だったB', 'A、投資会社B',
        'A、UAEの投資会社B')."""
        prefixes, coordinators = self.lex.word_set("role_prefixes"), self.lex.word_set("coordinators")
        while start - 1 > self.sent.start and self.doc[start - 1].text in prefixes:
            start -= 1
        i = self._nouns_before(start - 1, 3)  # '投資会社ＭＧＸ'
        if i > self.sent.start and (self.doc[i].text == "の" or self.doc[i].pos_ == "AUX"):
            j = self._nouns_before(i - 1, 4, copula=True)  # '物理学者の', '政策担当だった'
            if (j == i - 1 and self.doc[j].text in ("）", ")")) or self.actors.of(self.doc[j]) is not None:
                place = self.actor_ending_at(j)  # 'アラブ首長国連邦（UAE）の'
                if place is not None and place >= 0 and self.actors.ents[place].label_ == "LOCATION":
                    j = self.actors.ents[place].start - 1
            i = j
        if i < start - 1 and self.doc[i].text in coordinators and self.doc[i].text != "の":
            return i + 1
        return start

    def _nouns_before(self, i: int, limit: int, copula: bool = False) -> int:
        """The index before up to `limit` descriptive nouns (and copulas) ending at i that are no actor."""
        j = i
        while j > self.sent.start and i - j < limit and self.actors.of(self.doc[j]) is None:
            if self.doc[j].pos_ != "NOUN" and not (copula and self.doc[j].pos_ == "AUX"):
                break
            j -= 1
        return j

    def described_after(self, tok: Token) -> int | None:
        """The actor a noun's description leads to: '傘下の英半導体設計大手アーム', '子会社で通信大手のY'."""
        i = tok.i + 1
        if i < self.sent.end and self.doc[i].text in ("の", "で"):
            i += 1
        start, nouns = i, 0
        while i < self.sent.end and i - start < 6 and self.actors.of(self.doc[i]) is None:
            word = self.doc[i]
            if word.pos_ in ("NOUN", "PROPN") or word.text in self.lex.word_set("role_prefixes"):
                nouns += 1
            elif word.text not in ("「", "『", "の", "・"):
                return None
            i += 1
        k = self.actors.of(self.doc[i]) if i < self.sent.end and nouns else None
        return k if k is not None and self.actors.ents[k].start == i else None

    def listed_after(self, k: int) -> list[int]:
        """k and the actors listed after it: 'A氏、B氏、C氏' → [A, B, C], 'Aや、B'."""
        members = [k]
        coordinators = self.lex.word_set("coordinators")
        i = self.past_name(self.actors.ents[k].end)
        while i + 1 < self.sent.end and self.doc[i].text in coordinators:
            j = i + 1
            while j < self.sent.end and (
                self.doc[j].text in self.lex.word_set("role_prefixes") or self.doc[j].text in coordinators
            ):
                j += 1
            nxt = self.actors.of(self.doc[j]) if j < self.sent.end else None
            if nxt is None or nxt in members or self.actors.ents[nxt].start != j:
                break
            members.append(nxt)
            i = self.past_name(self.actors.ents[nxt].end)
        return members
