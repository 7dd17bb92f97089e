"""GET /v1/entities without q and GraphQL `entities` without search: every entity, paged, on both stores."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.service.api.test_graphql import gql

pytestmark = pytest.mark.models


def test_rest_lists_every_entity_by_mentions_or_name(seeded: TestClient) -> None:
    stats = seeded.get("/v1/stats").json()
    seen, cursor = [], None
    while True:
        params = {"limit": 7, **({"cursor": cursor} if cursor else {})}
        page = seeded.get("/v1/entities", params=params).json()
        seen += page["items"]
        if (cursor := page["next_cursor"]) is None:
            break
    assert len(seen) == stats["entities"] == len({e["id"] for e in seen})
    counts = [e["article_count"] for e in seen]
    assert counts == sorted(counts, reverse=True)
    people = seeded.get("/v1/entities", params={"type": "PERSON", "sort": "name", "limit": 500}).json()["items"]
    assert people and all(e["type"] == "PERSON" for e in people)
    assert [e["name"] for e in people] == sorted(e["name"] for e in people)
    assert len(people) == stats["entities_by_type"]["PERSON"]
    assert seeded.get("/v1/entities", params={"sort": "size"}).status_code == 422


def test_graphql_lists_entities_without_a_search(seeded: TestClient) -> None:
    query = """{ entities(type: "PERSON", sort: NAME, first: 100) { edges { node { id name type } } } }"""
    nodes = [e["node"] for e in gql(seeded, query)["data"]["entities"]["edges"]]
    rest = seeded.get("/v1/entities", params={"type": "PERSON", "sort": "name", "limit": 100}).json()["items"]
    assert [n["id"] for n in nodes] == [e["id"] for e in rest] and nodes
