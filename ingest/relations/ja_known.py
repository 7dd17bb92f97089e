"""'「Claude」で知られるアンソロピック', 'アンソロピックは「Claude」で知られる': an organisation known for a
product made it. Read as its own rule because '知られる' is a passive whose 'で' names the thing made."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ingest.relations.ja_clause import Clause
from schema.ontology import EntityType

Add = Callable[[tuple[str, ...], int | None, int | None, float, str], None]


def known_for(c: Clause, verb: Token, add: Add) -> None:
    if verb.lemma_ not in c.lex.word_set("known_verbs") or not c.passive(verb) or c.negated(verb):
        return
    maker = c.referent(verb.head) if verb.dep_ == "acl" else c.subject_of(verb)[0]
    if maker is None or maker < 0 or c.actors.type_of(maker) != EntityType.ORGANIZATION:
        return
    for child in verb.children:
        if child.i < verb.i and c.base(c.marker(child)) == "で" and (k := c.referent(child)) is not None and k >= 0:
            for product in c.coordinated(k):
                add(("DEVELOPS",), maker, product, 0.75, "ja.known_for")
