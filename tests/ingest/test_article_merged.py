"""article.merged on hand-made hits: what the second reading with earlier paragraphs' actors may add."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from ingest.relations.article import Handed, merged
from ingest.relations.common import EARLIER, EARLIER_STATE, Earlier, Hit
from schema.ontology import EntityType

PERSON, COMPANY = EARLIER, EARLIER - 1


def _doc_with_one_company() -> spacy.tokens.Doc:
    doc = spacy.blank("en")("The mayor said Hooli will fully support the project.")
    doc.ents = [Span(doc, 3, 4, label="ORGANIZATION")]
    types = {PERSON: EntityType.PERSON, COMPANY: EntityType.ORGANIZATION}
    doc._.set(EARLIER_STATE, Earlier(carried={}, topics={}, recent={}, types=types))
    return doc


def test_a_hit_between_two_stand_ins_is_not_added() -> None:
    doc = spacy.blank("en")("The mayor said they will fully support the company.")
    types = {PERSON: EntityType.PERSON, COMPANY: EntityType.ORGANIZATION}
    doc._.set(EARLIER_STATE, Earlier(carried={}, topics={}, recent={}, types=types))
    both_earlier = Hit(PERSON, "INVESTS_IN", COMPANY, 0.5, 0, len(doc.text), "en.clause.active")
    pronouns = {"the company": EntityType.ORGANIZATION, "they": EntityType.PERSON}
    assert merged(doc, [], [both_earlier], pronouns, Handed(weak=set(), names={})) == []


def test_a_hit_with_one_end_named_here_may_be_added() -> None:
    doc = _doc_with_one_company()
    one_here = Hit(PERSON, "WORKS_FOR", 0, 0.5, 0, len(doc.text), "en.clause.active")
    assert merged(doc, [], [one_here], {}, Handed(weak=set(), names={})) == [one_here]
