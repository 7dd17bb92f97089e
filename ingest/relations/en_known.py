"""What the knowledge base says a person is: in "Jensen Huang's Nvidia" the possessive names the
company a chief executive runs, not one he owns. Descriptions read 'CEO of Tesla and SpaceX, founder of
xAI'; a title that leads ('ceo', 'chairman', … from the role phrases) before 'of ORG' is a known post."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from ingest.kb import fold, load


def leads_known(person: Span, org: Span, leading_titles: frozenset[str]) -> bool:
    """Whether the knowledge base describes the person as the organisation's head."""
    if not person.kb_id_:
        return False
    names = _names(org.kb_id_) | {fold(org.text)}
    return any(name in names for name in _led(person.kb_id_, leading_titles))


@lru_cache(maxsize=4096)
def _names(kb_id: str) -> frozenset[str]:
    entity = load().entities.get(kb_id) if kb_id else None
    return frozenset(fold(n) for n in entity.names) if entity is not None else frozenset()


@lru_cache(maxsize=4096)
def _led(kb_id: str, leading_titles: frozenset[str]) -> tuple[str, ...]:
    entity = load().entities.get(kb_id)
    if entity is None:
        return ()
    out: list[str] = []
    for part in entity.description.split(","):
        titles, of, orgs = fold(part).strip().partition(" of ")
        if not of or "former" in titles:
            continue
        if any(t.strip() in leading_titles for t in titles.split(" and ")):
            out += [o.strip() for o in orgs.split(" and ")]
    return tuple(out)
