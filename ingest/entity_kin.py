"""A sibling named by the given name alone carries the family name of the person it is told of:
'Dario Amodei and his sister Daniela' names Daniela Amodei, 'Patrick Collison and his brother John'
John Collison. (Spouses are left alone: they do not reliably share a name.)"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span

from ingest.kb import KBEntity
from ingest.resolve import NAMED_PREFIX

_SIBLING = re.compile(r"\b(?:his|her|their)\s(?:(?:younger|older|elder|twin|big|little)\s)?(?:sister|brother)\s$")
_MAX_GAP = 80  # characters from the person told of to the sibling's given name


def with_family_names(doc: Doc, text: str, spans: list[Span], lookup: Callable[[str], KBEntity | None]) -> list[Span]:
    """The spans, each sibling's given name a person keyed to its full name (the knowledge base's id when known),
    whatever type the NER gave the lone word."""
    out = list(spans)
    for i, span in enumerate(out):
        if " " in span.text or span.kb_id_ or not span.text[:1].isupper():
            continue
        if not _SIBLING.search(text, max(0, span.start_char - 30), span.start_char):
            continue
        told = next(
            (
                s
                for s in reversed(out[:i])
                if s.label_ == "PERSON" and " " in s.text and span.start_char - s.end_char <= _MAX_GAP
            ),
            None,
        )
        if told is None:
            continue
        full = f"{span.text} {told.text.split()[-1]}"
        known = lookup(full)
        key = known.id if known is not None and known.type.value == "PERSON" else NAMED_PREFIX + full
        out[i] = Span(doc, span.start, span.end, label="PERSON", kb_id=key)
    return out
