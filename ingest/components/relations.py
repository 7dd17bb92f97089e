"""`kg_relations`: typed relations between doc.ents, each with its sentence, as doc._.kg_relations."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from ingest.doc_text import doc_text
from ingest.relations.article import ArticleDiscourse, merged
from ingest.relations.common import SALIENT, Hit
from ingest.relations.en import EnglishRules
from ingest.relations.ja import JapaneseRules
from ingest.relations.lexicon import lexicon
from schema.ontology import EntityType

RELATIONS = "kg_relations"
if not Doc.has_extension(RELATIONS):
    Doc.set_extension(RELATIONS, default=None)


class RelationComponent:
    def __init__(
        self,
        rules: Callable[[Doc], list[Hit]],
        pronouns: dict[str, EntityType] | None = None,
        refers_back: re.Pattern[str] | None = None,
    ) -> None:
        self.rules = rules
        self.pronouns = pronouns or {}
        self.refers_back = refers_back
        # The docs of an article arrive in order (nlp.pipe keeps it), one article after the other: a
        # pipeline reads one stream at a time (the service extracts on a single worker thread).
        self.discourse = ArticleDiscourse()

    def __call__(self, doc: Doc) -> Doc:
        hits = self.rules(doc)
        reread = (
            self.refers_back is None
            or any(SALIENT in (h.head, h.tail) for h in hits)  # left to the article: an earlier heading may say
            or self.refers_back.search(doc_text(doc)) is not None
        )
        if self.discourse.start(doc) and reread:  # read again with the actors earlier paragraphs hand on
            hits = merged(doc, hits, self.rules(doc), self.pronouns, self.discourse.handed(doc))
        doc._.set(RELATIONS, hits)
        self.discourse.finish(doc)
        return doc


@Language.factory("kg_relations", default_config={"lang": "ja"})
def make_relations(nlp: Language, name: str, lang: str) -> RelationComponent:
    lex = lexicon(lang)
    rules: Callable[[Doc], list[Hit]] = JapaneseRules(lex) if lang == "ja" else EnglishRules(lex)
    refers_back = lex.raw.get("refers_back")
    return RelationComponent(rules, lex.pronouns, re.compile(refers_back, re.IGNORECASE) if refers_back else None)
