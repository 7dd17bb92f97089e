"""GraphQL on both stores: the same data as REST, DataLoaders batching, limits, mutations as unions."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from fastapi.testclient import TestClient

from queries.store import GraphStore
from tests.service.api.conftest import AUTH

pytestmark = pytest.mark.models


def gql(client: TestClient, query: str, headers: dict[str, str] | None = None, **variables: Any) -> dict[str, Any]:
    answer = client.post("/graphql", json={"query": query, "variables": variables}, headers=headers or {})
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


MUSK_FOUNDED = """
query ($q: String!) {
  entities(search: $q, first: 1) {
    edges { node { id name
      relations(type: ["FOUNDED"], direction: OUT, first: 10) {
        edges { direction other { id name type }
                node { type support confidence evidence(first: 5) { text articleTitle start end } } }
      } } }
  }
}"""


def test_graphql_returns_what_rest_returns(seeded: TestClient) -> None:
    data = gql(seeded, MUSK_FOUNDED, q="マスク")["data"]
    musk = data["entities"]["edges"][0]["node"]
    assert musk["id"] == "elon-musk"
    via_graphql = {(e["other"]["id"], e["node"]["support"]) for e in musk["relations"]["edges"]}
    rest = seeded.get("/v1/entities/elon-musk/relations", params={"type": "FOUNDED", "direction": "out"}).json()
    assert via_graphql == {(r["tail"]["id"], r["support"]) for r in rest["items"]}
    xai = next(e for e in musk["relations"]["edges"] if e["other"]["id"] == "xai")
    assert xai["direction"] == "OUT" and "xAIを創設した" in xai["node"]["evidence"][0]["text"]


def test_entity_figures_articles_and_paging(seeded: TestClient) -> None:
    query = """{ entity(id: "xai") { name metrics { kind value unit } articles { id title }
        relations(first: 2) { edges { cursor } pageInfo { hasNextPage endCursor } } } }"""
    xai = gql(seeded, query)["data"]["entity"]
    assert {"kind": "VALUATION", "value": 2e11, "unit": "USD"} in xai["metrics"]
    assert xai["articles"] == [{"id": "xai-colossus", "title": "xAIの計算力競争"}]
    page = xai["relations"]
    assert page["pageInfo"]["hasNextPage"] and len(page["edges"]) == 2
    query2 = """query ($after: String) {
        entity(id: "xai") { relations(first: 50, after: $after) { edges { node { id } } } } }"""
    rest_ids = [r["id"] for r in seeded.get("/v1/entities/xai/relations", params={"limit": 100}).json()["items"]]

    def ids(after: str | None) -> list[str]:
        return [e["node"]["id"] for e in gql(seeded, query2, after=after)["data"]["entity"]["relations"]["edges"]]

    assert ids(None) == rest_ids
    assert ids(None)[:2] + ids(page["pageInfo"]["endCursor"]) == rest_ids


def test_path_article_ontology_and_unknowns(seeded: TestClient) -> None:
    query = """{ path(from: "bill-gates", to: "sam-altman", maxHops: 3) { nodes { id } edges { type } }
        article(id: "xai-colossus") { lang entities { id } relations { type } }
        missing: entity(id: "nobody") { id }
        articles(first: 5) { edges { node { id } } }
        ontology { relationTypes { name symmetric } } stats { articles } }"""
    data = gql(seeded, query)["data"]
    assert all(p["nodes"][1]["id"] == "elon-musk" for p in data["path"]) and data["path"]
    assert data["article"]["lang"] == "ja" and len(data["article"]["relations"]) >= 15
    assert data["missing"] is None
    assert data["articles"]["edges"] == [{"node": {"id": "xai-colossus"}}]
    assert {"name": "RIVAL_OF", "symmetric": True} in data["ontology"]["relationTypes"]
    assert data["stats"]["articles"] == 1


class CountingStore:
    """The real store, counting the calls that reach it."""

    def __init__(self, inner: GraphStore) -> None:
        self.inner = inner
        self.calls: Counter[str] = Counter()

    def __getattr__(self, name: str) -> Any:
        method = getattr(self.inner, name)

        async def counted(*args: Any, **kwargs: Any) -> Any:
            self.calls[name] += 1
            return await method(*args, **kwargs)

        return counted


NESTED = """{ article(id: "xai-colossus") { entities { name metrics { kind }
    relations(first: 10) { edges { other { name metrics { kind } } node { type evidence(first: 2) { text } } } }
} } }"""


def test_nested_query_costs_a_constant_number_of_store_calls(seeded: TestClient) -> None:
    counting = CountingStore(seeded.app.state.store)
    seeded.app.state.store = counting
    try:
        data = gql(seeded, NESTED)["data"]
    finally:
        seeded.app.state.store = counting.inner
    entities = data["article"]["entities"]
    edges = [e for entity in entities for e in entity["relations"]["edges"]]
    assert len(entities) >= 20 and len(edges) >= 30
    # article, article graph, entities, relations of all, evidence of all, metrics of all, the others' records
    assert sum(counting.calls.values()) <= 8, counting.calls
    assert counting.calls["relations_of_many"] == 1 and counting.calls["evidence_of"] == 1


@pytest.mark.parametrize(
    ("query", "fragment"),
    [
        (
            '{ entity(id: "xai") { ' + "relations(first: 1) { edges { other { " * 4 + "id" + " } } }" * 4 + " } }",
            "exceeds maximum operation depth",
        ),
        ("{ " + " ".join(f"a{i}: stats {{ articles }}" for i in range(40)) + " }", "aliases"),
        ('{ entities(search: "a", first: 1000) { edges { cursor } } }', "first must be between"),
        ('{ entities(search: "a", after: "garbage") { edges { cursor } } }', "invalid cursor"),
        ('{ relations(type: ["LOVES"]) { edges { cursor } } }', "unknown relation type"),
        ('{ path(from: "xai", to: "openai", maxHops: 50) { edges { type } } }', "max_hops"),
    ],
)
def test_limits_and_bad_arguments_are_errors(seeded: TestClient, query: str, fragment: str) -> None:
    body = gql(seeded, query)
    assert body.get("errors") and fragment in " ".join(e["message"] for e in body["errors"]), body


INGEST = """mutation ($articles: [ArticleInput!]!) { ingestArticles(articles: $articles) {
  __typename ... on IngestResult { created unchanged articles { id status } }
  ... on IngestQueued { jobId } ... on NotAuthorized { message } ... on InvalidArticles { message } } }"""
DELETE = """mutation ($id: ID!) { deleteArticle(id: $id) { __typename
  ... on ArticleDeleted { id } ... on ArticleNotFound { message } ... on NotAuthorized { message } } }"""


def test_mutations_return_typed_results(fresh: TestClient) -> None:
    article = {"id": "en-1", "text": "Google acquired DeepMind in 2014.", "lang": "en"}
    refused = gql(fresh, INGEST, articles=[article])["data"]["ingestArticles"]
    assert refused["__typename"] == "NotAuthorized"
    assert fresh.get("/v1/stats").json()["articles"] == 0
    done = gql(fresh, INGEST, AUTH, articles=[article])["data"]["ingestArticles"]
    assert done == {
        "__typename": "IngestResult",
        "created": 1,
        "unchanged": 0,
        "articles": [{"id": "en-1", "status": "created"}],
    }
    assert gql(fresh, INGEST, AUTH, articles=[])["data"]["ingestArticles"]["__typename"] == "InvalidArticles"
    many = [{"id": f"a{i}", "text": "Google acquired DeepMind.", "lang": "en"} for i in range(3)]
    assert gql(fresh, INGEST, AUTH, articles=many)["data"]["ingestArticles"]["__typename"] == "IngestQueued"
    assert gql(fresh, DELETE, id="en-1")["data"]["deleteArticle"]["__typename"] == "NotAuthorized"
    assert gql(fresh, DELETE, AUTH, id="en-1")["data"]["deleteArticle"] == {
        "__typename": "ArticleDeleted",
        "id": "en-1",
    }
    assert gql(fresh, DELETE, AUTH, id="en-1")["data"]["deleteArticle"]["__typename"] == "ArticleNotFound"


def test_graphiql_page_is_served(seeded: TestClient) -> None:
    answer = seeded.get("/graphql", headers={"Accept": "text/html"})
    assert answer.status_code == 200 and "graphiql" in answer.text.lower()
