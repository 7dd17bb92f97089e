"""Entity types, relation types and figure kinds: the only place graph labels come from."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from schema.errors import OntologyError

IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class EntityType(StrEnum):
    PERSON = "PERSON"
    ORGANIZATION = "ORGANIZATION"
    PRODUCT = "PRODUCT"
    FACILITY = "FACILITY"
    LOCATION = "LOCATION"


class MetricKind(StrEnum):
    VALUATION = "VALUATION"
    MARKET_CAP = "MARKET_CAP"
    FUNDING_AMOUNT = "FUNDING_AMOUNT"
    REVENUE = "REVENUE"
    INVESTMENT = "INVESTMENT"
    GPU_COUNT = "GPU_COUNT"
    POWER_CAPACITY = "POWER_CAPACITY"


P, O, PR, F, L = (  # noqa: E741 - short names keep the table below readable
    EntityType.PERSON,
    EntityType.ORGANIZATION,
    EntityType.PRODUCT,
    EntityType.FACILITY,
    EntityType.LOCATION,
)


@dataclass(frozen=True)
class RelationType:
    name: str
    heads: frozenset[EntityType]
    tails: frozenset[EntityType]
    symmetric: bool
    description_en: str
    description_ja: str

    def allows(self, head: EntityType, tail: EntityType) -> bool:
        if head in self.heads and tail in self.tails:
            return True
        return self.symmetric and tail in self.heads and head in self.tails


def _rel(
    name: str, heads: set[EntityType], tails: set[EntityType], en: str, ja: str, symmetric: bool = False
) -> RelationType:
    return RelationType(name, frozenset(heads), frozenset(tails), symmetric, en, ja)


RELATION_TYPES: dict[str, RelationType] = {
    r.name: r
    for r in (
        _rel("FOUNDED", {P, O}, {O, PR, F}, "head founded or co-founded tail", "headがtailを創業・設立した"),
        _rel("LEADS", {P}, {O}, "head is CEO, chair or head of tail", "headがtailを率いる(CEO・会長など)"),
        _rel("WORKS_FOR", {P}, {O}, "head works for or sits on the board of tail", "headがtailに勤める・取締役"),
        _rel("INVESTS_IN", {P, O}, {O}, "head funds, backs or holds a stake in tail", "headがtailに出資・投資する"),
        _rel("OWNS", {P, O}, {O, PR, F}, "head owns, operates or controls tail", "headがtailを保有・運営する"),
        _rel("DEVELOPS", {O, P}, {PR}, "head builds or makes tail", "headがtailを開発する"),
        _rel("ACQUIRES", {P, O}, {O, PR}, "head buys tail", "headがtailを買収する"),
        _rel("PARTNERS_WITH", {O}, {O}, "formal partnership", "提携関係", symmetric=True),
        _rel("COMPETES_WITH", {O, PR}, {O, PR}, "market competitors", "市場の競合", symmetric=True),
        _rel("RIVAL_OF", {P}, {P}, "personal rivalry or feud", "個人的な因縁・対立", symmetric=True),
        _rel("CRITICIZES", {P, O}, {P, O}, "head publicly accuses or attacks tail", "headがtailを非難・批判する"),
        _rel("SUES", {P, O}, {P, O}, "head takes legal action against tail", "headがtailを提訴する"),
        _rel("SHORT_SELLS", {P, O}, {O}, "head shorts tail's stock", "headがtailの株を空売りする"),
        _rel("LOCATED_IN", {O, F, P}, {L}, "head is based or sited in tail", "headがtailに所在する"),
        _rel("ANNOUNCES", {P, O}, {O, PR, F}, "head declares a plan for tail", "headがtailの計画を発表する"),
    )
}

METRIC_UNITS: dict[MetricKind, str] = {
    MetricKind.VALUATION: "currency",
    MetricKind.MARKET_CAP: "currency",
    MetricKind.FUNDING_AMOUNT: "currency",
    MetricKind.REVENUE: "currency",
    MetricKind.INVESTMENT: "currency",
    MetricKind.GPU_COUNT: "GPU",
    MetricKind.POWER_CAPACITY: "MW",
}

# Which actors a figure can describe (ontology.md, "Figures").
METRIC_HOLDERS: dict[MetricKind, frozenset[EntityType]] = {
    MetricKind.VALUATION: frozenset({O}),
    MetricKind.MARKET_CAP: frozenset({O}),
    MetricKind.FUNDING_AMOUNT: frozenset({O}),
    MetricKind.REVENUE: frozenset({O}),
    MetricKind.INVESTMENT: frozenset({O, F}),
    MetricKind.GPU_COUNT: frozenset({O, F}),
    MetricKind.POWER_CAPACITY: frozenset({F, O}),
}


def relation_type(name: str) -> RelationType:
    """The relation type called `name`; OntologyError when the ontology has none."""
    try:
        return RELATION_TYPES[name]
    except KeyError:
        known = ", ".join(sorted(RELATION_TYPES))
        raise OntologyError(f"unknown relation type {name!r}; known: {known}") from None


def entity_type(name: str) -> EntityType:
    try:
        return EntityType(name)
    except ValueError:
        known = ", ".join(t.value for t in EntityType)
        raise OntologyError(f"unknown entity type {name!r}; known: {known}") from None


def cypher_label(name: str) -> str:
    """A label or relationship type safe to splice into Cypher: from the ontology and an identifier."""
    if name not in RELATION_TYPES and name not in EntityType.__members__ and name not in GRAPH_LABELS:
        raise OntologyError(f"{name!r} is not a label of the ontology")
    if not IDENTIFIER.match(name):
        raise OntologyError(f"{name!r} is not a valid Cypher identifier")
    return name


# Structural labels of the stored graph, besides the ontology's relation types.
GRAPH_LABELS = frozenset({"Entity", "Article", "Evidence", "Metric", "MENTIONS", "RELATED"})
