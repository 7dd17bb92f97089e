"""REST lookups on the bundled article, on both stores."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.service.api.conftest import bundled_article

pytestmark = pytest.mark.models


@pytest.mark.parametrize("q", ["マスク", "馬斯克", "musk", "Elon Musk"])
def test_search_finds_musk_first_in_any_script(seeded: TestClient, q: str) -> None:
    answer = seeded.get("/v1/entities", params={"q": q})
    assert answer.status_code == 200
    first = answer.json()["items"][0]
    assert (first["id"], first["type"]) == ("elon-musk", "PERSON")
    assert first["relation_count"] >= 5


def test_entity_detail_has_names_figures_counts_and_etag(seeded: TestClient) -> None:
    answer = seeded.get("/v1/entities/xai")
    body = answer.json()
    assert body["name"] == "xAI" and body["article_count"] == 1
    valuations = [m for m in body["metrics"] if m["kind"] == "VALUATION"]
    assert valuations and all((m["value"], m["unit"]) == (2e11, "USD") for m in valuations)
    etag = answer.headers["ETag"]
    assert seeded.get("/v1/entities/xai", headers={"If-None-Match": etag}).status_code == 304
    assert seeded.get("/v1/entities/xai", headers={"If-None-Match": '"other"'}).status_code == 200


def test_musk_founded_xai_with_the_japanese_sentence_as_evidence(seeded: TestClient) -> None:
    page = seeded.get("/v1/entities/elon-musk/relations", params={"type": "FOUNDED", "direction": "out"}).json()
    founded = next(r for r in page["items"] if r["tail"]["id"] == "xai")
    assert founded["head"]["id"] == "elon-musk" and founded["support"] == 1
    detail = seeded.get(f"/v1/relations/{founded['id']}").json()
    [evidence] = detail["evidence"]
    assert "xAIを創設した" in evidence["text"]
    assert evidence["article_id"] == "xai-colossus" and evidence["article_title"] == "xAIの計算力競争"
    assert evidence["published_at"] == "2025-10-01"
    assert bundled_article()["text"][evidence["start"] : evidence["end"]] == evidence["text"]


def test_relations_by_direction_and_pages(seeded: TestClient) -> None:
    incoming = seeded.get("/v1/entities/openai/relations", params={"direction": "in"}).json()["items"]
    assert all(r["tail"]["id"] == "openai" or r["type"] in ("COMPETES_WITH", "RIVAL_OF") for r in incoming)
    assert any(r["head"]["id"] == "microsoft" and r["type"] == "INVESTS_IN" for r in incoming)
    seen, cursor = [], None
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = seeded.get("/v1/entities/xai/relations", params=params).json()
        seen += [r["id"] for r in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == len(set(seen)) >= 6


def test_neighbors_and_paths(seeded: TestClient) -> None:
    graph = seeded.get("/v1/entities/elon-musk/neighbors", params={"depth": 2, "limit": 10}).json()
    assert len(graph["nodes"]) <= 10 and {"elon-musk", "xai"} <= {n["id"] for n in graph["nodes"]}
    node_ids = {n["id"] for n in graph["nodes"]}
    assert all(e["head"]["id"] in node_ids and e["tail"]["id"] in node_ids for e in graph["edges"])
    paths = seeded.get("/v1/paths", params={"from": "bill-gates", "to": "sam-altman", "max_hops": 3}).json()
    assert paths and all([n["id"] for n in p["nodes"]][1] == "elon-musk" for p in paths)


def test_relation_listing_and_articles(seeded: TestClient) -> None:
    rivals = seeded.get("/v1/relations", params={"type": "COMPETES_WITH", "head": "xai"}).json()["items"]
    assert {"google", "openai", "meta", "microsoft", "anthropic"} <= {r["tail"]["id"] for r in rivals} | {
        r["head"]["id"] for r in rivals
    }
    listing = seeded.get("/v1/articles").json()
    assert [a["id"] for a in listing["items"]] == ["xai-colossus"]
    article = seeded.get("/v1/articles/xai-colossus").json()
    assert article["article"]["lang"] == "ja"
    assert {"elon-musk", "xai", "colossus"} <= {e["id"] for e in article["entities"]}
    assert len(article["relations"]) >= 15


def test_ontology_and_stats(seeded: TestClient) -> None:
    ontology = seeded.get("/v1/ontology").json()
    rival = next(t for t in ontology["relation_types"] if t["name"] == "RIVAL_OF")
    assert rival["symmetric"] and rival["heads"] == ["PERSON"] and rival["description_ja"]
    stats = seeded.get("/v1/stats").json()
    assert stats["articles"] == 1 and stats["relations_by_type"]["FOUNDED"] == 3


@pytest.mark.parametrize(
    ("path", "params", "status", "code"),
    [
        ("/v1/entities/nobody", {}, 404, "not_found"),
        ("/v1/entities/nobody/relations", {}, 404, "not_found"),
        ("/v1/relations/r-missing", {}, 404, "not_found"),
        ("/v1/articles/missing", {}, 404, "not_found"),
        ("/v1/entities/xai/relations", {"type": "LOVES"}, 422, "unknown_type"),
        ("/v1/entities/xai/relations", {"direction": "sideways"}, 422, "invalid_request"),
        ("/v1/entities", {"q": "x", "limit": 0}, 422, "invalid_request"),
        ("/v1/entities", {"q": "x", "limit": 100000}, 422, "invalid_request"),
        ("/v1/entities", {"q": "x", "cursor": "not-a-cursor"}, 422, "invalid_input"),
        ("/v1/entities/xai/neighbors", {"depth": 4}, 422, "invalid_request"),
        ("/v1/paths", {"from": "xai", "to": "openai", "max_hops": 7}, 422, "invalid_request"),
        ("/v1/paths", {"from": "xai", "to": "nobody"}, 404, "not_found"),
    ],
)
def test_bad_requests_get_clear_errors(
    seeded: TestClient, path: str, params: dict[str, object], status: int, code: str
) -> None:
    answer = seeded.get(path, params=params)
    assert answer.status_code == status
    assert answer.json()["error"]["code"] == code and answer.json()["error"]["message"]


def test_openapi_documents_every_route(seeded: TestClient) -> None:
    paths = seeded.get("/openapi.json").json()["paths"]
    for route in (
        "/v1/entities",
        "/v1/entities/{entity_id}/relations",
        "/v1/paths",
        "/v1/articles",
        "/v1/jobs/{job_id}",
    ):
        assert route in paths
    assert seeded.get("/docs").status_code == 200
