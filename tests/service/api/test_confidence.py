"""Confidence filters and rule ids over REST and GraphQL, on the bundled article, on both stores."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.service.api.test_graphql import gql

pytestmark = pytest.mark.models


def _musk_relations(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    answer = client.get("/v1/entities/elon-musk/relations", params={"limit": 500, **params})
    assert answer.status_code == 200, answer.text
    items: list[dict[str, Any]] = answer.json()["items"]
    return items


def test_rest_min_confidence_keeps_exactly_the_confident_relations(seeded: TestClient) -> None:
    everything = _musk_relations(seeded)
    floor = max(r["confidence"] for r in everything)
    kept = _musk_relations(seeded, min_confidence=floor)
    assert kept and [r["id"] for r in kept] == [r["id"] for r in everything if r["confidence"] >= floor]
    listed = seeded.get("/v1/relations", params={"min_confidence": floor, "limit": 500}).json()["items"]
    assert listed and all(r["confidence"] >= floor for r in listed)
    assert seeded.get("/v1/relations", params={"min_confidence": 1.5}).status_code == 422
    assert seeded.get("/v1/entities/elon-musk/relations", params={"min_confidence": -1}).status_code == 422


def test_evidence_names_the_rule_and_its_confidence(seeded: TestClient) -> None:
    founded = next(r for r in _musk_relations(seeded, type="FOUNDED") if r["tail"]["id"] == "xai")
    [evidence] = seeded.get(f"/v1/relations/{founded['id']}").json()["evidence"]
    assert evidence["rule"].startswith("ja.") and evidence["confidence"] == founded["confidence"]
    figures = seeded.get("/v1/entities/xai").json()["metrics"]
    assert figures and all(0 < m["confidence"] <= 1 and "rule" in m for m in figures)


CONFIDENT = """query ($floor: Float!) {
  entity(id: "elon-musk") { relations(first: 100, minConfidence: $floor) {
    edges { node { id confidence evidence(first: 3) { rule confidence } } } } }
  relations(first: 100, minConfidence: $floor) { edges { node { confidence } } }
}"""


def test_graphql_min_confidence_matches_rest(seeded: TestClient) -> None:
    everything = _musk_relations(seeded)
    floor = max(r["confidence"] for r in everything)
    data = gql(seeded, CONFIDENT, floor=floor)["data"]
    edges = data["entity"]["relations"]["edges"]
    assert {e["node"]["id"] for e in edges} == {r["id"] for r in _musk_relations(seeded, min_confidence=floor)}
    assert all(v["rule"] for e in edges for v in e["node"]["evidence"])
    assert all(e["node"]["confidence"] >= floor for e in data["relations"]["edges"])
