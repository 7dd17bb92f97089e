"""Reported speech with a pronoun subject: in 'SoftBank said it will acquire Graphcore' the 'it' is the
one saying it, whatever the paragraph was about before. A stated intention ('will', 'would') is a plan."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ingest.relations.common import Actors
from schema.ontology import EntityType

_INTENT = {"will", "would", "'ll", "’ll", "shall"}
_SUBJECTS = ("nsubj", "nsubjpass")


def speakers(
    sent: Span, actors: Actors, pronouns: dict[str, EntityType], speech: frozenset[str]
) -> tuple[dict[EntityType, int], bool]:
    """What each pronoun kind means in this sentence, and whether what is reported is only intended."""
    bound: dict[EntityType, int] = {}
    intended = False
    for tok in sent:
        kind = pronouns.get(tok.lower_)
        if kind is None or tok.dep_ not in _SUBJECTS or tok.head.dep_ != "ccomp":
            continue
        speaker = _speaker(tok.head.head, actors, speech)
        if speaker is not None and actors.ents[speaker].label_ == kind.value and kind not in bound:
            bound[kind] = speaker
            intended = intended or any(c.dep_ == "aux" and c.lower_ in _INTENT for c in tok.head.children)
    return bound, intended


def _speaker(verb: Token, actors: Actors, speech: frozenset[str]) -> int | None:
    if verb.lemma_.lower() not in speech:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return actors.of(subject) if subject is not None else None
