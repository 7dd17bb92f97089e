"""Entity ids replaced in an Extraction: actors that become one are merged, relations between them go.

Used by identity linking (ingest.link) and by curations applied at write time (queries.curation)."""

from __future__ import annotations

from schema.models import Evidence, ExtractedEntity, ExtractedMetric, ExtractedRelation, Extraction


def renamed(extraction: Extraction, renames: dict[str, str]) -> Extraction:
    entities: dict[str, ExtractedEntity] = {}
    for e in extraction.entities:
        new_id = renames.get(e.id, e.id)
        entities[new_id] = _merged(entities[new_id], e) if new_id in entities else e.model_copy(update={"id": new_id})
    relations: dict[tuple[str, str, str], ExtractedRelation] = {}
    for r in extraction.relations:
        head, tail = renames.get(r.head, r.head), renames.get(r.tail, r.tail)
        if head == tail:
            continue
        moved = r.model_copy(update={"head": head, "tail": tail})
        key = (head, r.type, tail)
        relations[key] = _joined(relations[key], moved) if key in relations else moved
    metrics: list[ExtractedMetric] = [
        m.model_copy(update={"entity": renames.get(m.entity, m.entity)}) for m in extraction.metrics
    ]
    return extraction.model_copy(
        update={"entities": list(entities.values()), "relations": list(relations.values()), "metrics": metrics}
    )


def _merged(kept: ExtractedEntity, other: ExtractedEntity) -> ExtractedEntity:
    aliases = [a for a in dict.fromkeys([*kept.aliases, other.name, *other.aliases]) if a != kept.name]
    mentions = sorted([*kept.mentions, *other.mentions], key=lambda m: m.start)
    return kept.model_copy(update={"aliases": aliases, "mentions": mentions})


def _joined(a: ExtractedRelation, b: ExtractedRelation) -> ExtractedRelation:
    evidence: dict[tuple[int, int], Evidence] = {(v.start, v.end): v for v in a.evidence}
    for v in b.evidence:
        if (v.start, v.end) not in evidence or evidence[(v.start, v.end)].confidence < v.confidence:
            evidence[(v.start, v.end)] = v
    best = a if a.confidence >= b.confidence else b
    return best.model_copy(update={"evidence": list(evidence.values())})
