"""A doc's text read once for all our components: `Doc.text` and `Span.text` join the tokens anew on every
access, and the rules read sentence texts many times per doc."""

from __future__ import annotations

from spacy.tokens import Doc, Span

_DOC_TEXT = "kg_doc_text"


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get(_DOC_TEXT)
    if text is None:
        text = doc.user_data[_DOC_TEXT] = doc.text
    return str(text)


def span_text(span: Span) -> str:
    return doc_text(span.doc)[span.start_char : span.end_char]
