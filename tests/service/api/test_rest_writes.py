"""Ingest and retraction over HTTP: per-article status, jobs, idempotence, nothing written from bad input."""

from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient

from tests.service.api.conftest import AUTH, bundled_article

pytestmark = pytest.mark.models

EN = [
    {"id": "en-1", "text": "Microsoft invested $13 billion in OpenAI. Sam Altman leads OpenAI.", "lang": "en"},
    {"id": "en-2", "text": "Google acquired DeepMind in 2014.", "lang": "en"},
    {"id": "en-3", "text": "Elon Musk sued OpenAI last year.", "lang": "en"},
]


def _stats(client: TestClient) -> dict[str, int]:
    body = client.get("/v1/stats").json()
    return {k: body[k] for k in ("articles", "entities", "relations", "evidence", "metrics")}


def test_small_batch_answers_per_article_and_is_idempotent(fresh: TestClient) -> None:
    batch = [EN[0], {"id": "empty", "text": "   "}]
    first = fresh.post("/v1/articles", json=batch, headers=AUTH).json()
    assert [(a["id"], a["status"]) for a in first["articles"]] == [("en-1", "created"), ("empty", "failed")]
    assert "empty" in first["articles"][1]["error"]
    again = fresh.post("/v1/articles", json=batch[:1], headers=AUTH).json()
    assert again["unchanged"] == 1
    relations = fresh.get("/v1/entities/microsoft/relations").json()["items"]
    assert [(r["type"], r["tail"]["id"], r["support"]) for r in relations] == [("INVESTS_IN", "openai", 1)]


def test_ndjson_body_is_accepted(fresh: TestClient) -> None:
    body = "\n".join(__import__("json").dumps(a) for a in EN[:2]) + "\n"
    answer = fresh.post("/v1/articles", content=body, headers={**AUTH, "Content-Type": "application/x-ndjson"})
    assert answer.status_code == 200 and answer.json()["created"] == 2


def test_large_batch_becomes_a_job(fresh: TestClient) -> None:
    answer = fresh.post("/v1/articles", json=EN, headers=AUTH)
    assert answer.status_code == 202
    job_url = answer.headers["Location"]
    for _ in range(300):
        job = fresh.get(job_url, headers=AUTH).json()
        if job["status"] in ("done", "failed"):
            break
        time.sleep(0.1)
    assert job["status"] == "done" and job["processed"] == 3 and job["report"]["created"] == 3
    assert fresh.get("/v1/jobs/unknown", headers=AUTH).status_code == 404


def test_delete_retracts_only_what_nothing_else_supports(fresh: TestClient) -> None:
    other = {"id": "musk-xai", "text": "Elon Musk founded xAI in 2023.", "lang": "en"}
    assert fresh.post("/v1/articles", json=[bundled_article(), other], headers=AUTH).json()["created"] == 2
    founded = fresh.get("/v1/relations", params={"type": "FOUNDED", "head": "elon-musk", "tail": "xai"}).json()
    assert founded["items"][0]["support"] == 2
    assert fresh.delete("/v1/articles/xai-colossus", headers=AUTH).status_code == 204
    founded = fresh.get("/v1/relations", params={"type": "FOUNDED", "head": "elon-musk", "tail": "xai"}).json()
    assert founded["items"][0]["support"] == 1
    assert fresh.get("/v1/entities/bill-gates").status_code == 404
    assert fresh.delete("/v1/articles/xai-colossus", headers=AUTH).status_code == 404


@pytest.mark.parametrize(
    ("body", "content_type", "fragment"),
    [
        (b'[{"text": "a"', "application/json", "malformed JSON"),
        (b"[]", "application/json", "send a JSON array"),
        (b'[{"title": "no text"}]', "application/json", "text"),
        (b'[{"text": 42}]', "application/json", "text"),
        (b"\xff\xfe", "application/json", "not UTF-8"),
        (b'[{"id": "a", "text": "x"}, {"id": "a", "text": "y"}]', "application/json", "twice"),
        (b'{"text": "ok"}\nnot json\n', "application/x-ndjson", "malformed JSON"),
    ],
)
def test_malformed_bodies_are_refused_and_nothing_is_written(
    fresh: TestClient, body: bytes, content_type: str, fragment: str
) -> None:
    answer = fresh.post("/v1/articles", content=body, headers={**AUTH, "Content-Type": content_type})
    assert answer.status_code == 422
    assert fragment in answer.json()["error"]["message"]
    assert _stats(fresh)["articles"] == 0


def test_oversized_body_is_413(fresh: TestClient) -> None:
    limit = fresh.app.state.settings.max_body_bytes
    answer = fresh.post(
        "/v1/articles", content=b"x" * (limit + 1), headers={**AUTH, "Content-Type": "application/json"}
    )
    assert answer.status_code == 413 and answer.json()["error"]["code"] == "too_large"
    assert fresh.get("/health").status_code == 200


@pytest.mark.parametrize(("headers", "status"), [({}, 401), ({"Authorization": "Bearer wrong"}, 403)])
def test_writes_need_a_valid_key(fresh: TestClient, headers: dict[str, str], status: int) -> None:
    assert fresh.post("/v1/articles", json=EN[:1], headers=headers).status_code == status
    assert fresh.delete("/v1/articles/en-1", headers=headers).status_code == status
    assert _stats(fresh)["articles"] == 0
