"""Hostile input against REST, GraphQL and the CLI: each gets a 4xx (or a non-zero exit) with a clear
message in bounded time, writes nothing, and leaves the service healthy. The table in
docs/reliability.md is this list."""

from __future__ import annotations

import json
import os
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.reliability.conftest import KG
from tests.reliability.dump import dump
from tests.service.api.conftest import AUTH, STORES, open_client

pytestmark = pytest.mark.models
INJECTION = "x') MATCH (n) DETACH DELETE n //"
ODD_ID = "a`b\"c'd}{$x"
MAX_SECONDS = 5.0


@dataclass(frozen=True)
class Attack:
    name: str
    method: str
    path: str
    status: int
    fragment: str
    params: dict[str, Any] = field(default_factory=dict)
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)


def _json(value: Any) -> bytes:
    return json.dumps(value).encode()


def _gql(query: str) -> bytes:
    return _json({"query": query})


DEEP = '{ entity(id: "x") { ' + "relations { edges { other { " * 10 + "id" + " } } }" * 10 + " } }"
ALIASES = "{ " + " ".join(f"a{i}: stats {{ articles }}" for i in range(200)) + " }"
TOKENS = "{ " + "stats { articles } " * 2000 + "}"

ATTACKS = [
    Attack("malformed JSON", "POST", "/v1/articles", 422, "malformed JSON", body=b'[{"text": '),
    Attack("wrong type", "POST", "/v1/articles", 422, "valid string", body=_json([{"text": 5}])),
    Attack("no articles", "POST", "/v1/articles", 422, "JSON array", body=b"[]"),
    Attack("object without text", "POST", "/v1/articles", 422, "Field required", body=b"{}"),
    Attack("NUL bytes", "POST", "/v1/articles", 422, "NUL", body=_json([{"text": "abc\u0000def"}])),
    Attack("invalid UTF-8", "POST", "/v1/articles", 422, "not UTF-8", body=b'[{"text": "\xff\xfe"}]'),
    Attack(
        "10 MB article", "POST", "/v1/articles", 422, "KG_MAX_ARTICLE_CHARS", body=_json([{"text": "a" * 10_000_000}])
    ),
    Attack("100 MB body", "POST", "/v1/articles", 413, "larger than", body=b"[" + b" " * 100_000_000 + b"]"),
    Attack("unknown relation type", "GET", "/v1/relations", 422, "unknown relation type", {"type": "LOVES"}),
    Attack(
        "injection in type",
        "GET",
        "/v1/relations",
        422,
        "unknown relation type",
        {"type": "FOUNDED]->() DETACH DELETE"},
    ),
    Attack("injection in search", "GET", "/v1/entities", 200, "items", {"q": INJECTION}),
    Attack("injection in id", "GET", f"/v1/entities/{INJECTION}", 404, "no entity"),
    Attack("quotes and backticks in id", "GET", f"/v1/entities/{ODD_ID}/relations", 404, "no entity"),
    Attack("injection in head", "GET", "/v1/relations", 200, "items", {"head": INJECTION, "tail": ODD_ID}),
    Attack("huge limit", "GET", "/v1/entities", 422, "less than or equal", {"q": "a", "limit": 10**9}),
    Attack("negative limit", "GET", "/v1/articles", 422, "greater than or equal", {"limit": -1}),
    Attack("overflowing limit", "GET", "/v1/articles", 422, "less than or equal", {"limit": "9" * 40}),
    Attack("bad cursor", "GET", "/v1/articles", 422, "invalid cursor", {"cursor": "eyJvIjogLTF9"}),
    Attack(
        "hop cap too large", "GET", "/v1/paths", 422, "less than or equal", {"from": "a", "to": "b", "max_hops": 99}
    ),
    Attack("depth too large", "GET", "/v1/entities/microsoft/neighbors", 422, "less than or equal", {"depth": 50}),
    Attack(
        "unconnected path, max hops",
        "GET",
        "/v1/paths",
        200,
        "[]",
        {"from": "microsoft", "to": "google", "max_hops": 6},
    ),
    Attack("deep GraphQL", "POST", "/graphql", 200, "exceeds maximum operation depth", body=_gql(DEEP)),
    Attack("alias bomb", "POST", "/graphql", 200, "aliases", body=_gql(ALIASES)),
    Attack("token flood", "POST", "/graphql", 200, "token", body=_gql(TOKENS)),
    Attack(
        "huge first",
        "POST",
        "/graphql",
        200,
        "first must be between",
        body=_gql("{ articles(first: 100000) { edges { cursor } } }"),
    ),
    Attack(
        "GraphQL injection",
        "POST",
        "/graphql",
        200,
        "edges",
        body=_gql('{ entities(search: "x\\") MATCH (n) DETACH DELETE n //") { edges { cursor } } }'),
    ),
    Attack("GraphQL not JSON", "POST", "/graphql", 400, "", body=b"{not json"),
    Attack(
        "mutation without key",
        "POST",
        "/graphql",
        200,
        "NotAuthorized",
        body=_gql('mutation { deleteArticle(id: "en-1") { __typename } }'),
    ),
    Attack("write without key", "DELETE", "/v1/articles/en-1", 401, "API key"),
    Attack(
        "write with wrong key",
        "DELETE",
        "/v1/articles/en-1",
        403,
        "not valid",
        headers={"Authorization": "Bearer nope"},
    ),
]


@pytest.fixture(scope="module", params=STORES)
def seeded_small(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    for client in open_client(request, tmp_path_factory.mktemp("graph")):
        article = {
            "id": "en-1",
            "lang": "en",
            "text": "Microsoft invested in OpenAI. Sam Altman leads OpenAI. Google acquired DeepMind.",
        }
        assert client.post("/v1/articles", json=[article], headers=AUTH).json()["created"] == 1
        yield client


def _graph(client: TestClient) -> dict[str, Any]:
    assert client.portal is not None
    result: dict[str, Any] = client.portal.call(dump, client.app.state.store)
    return result


@pytest.mark.parametrize("attack", ATTACKS, ids=[a.name for a in ATTACKS])
def test_hostile_request_is_refused_cleanly(seeded_small: TestClient, attack: Attack) -> None:
    before = _graph(seeded_small)
    writer = AUTH if (attack.method, attack.path) == ("POST", "/v1/articles") else {}  # past the key, at the body
    headers = {"Content-Type": "application/json", **writer, **attack.headers}
    started = time.monotonic()
    answer = seeded_small.request(
        attack.method, attack.path, params=attack.params, content=attack.body, headers=headers
    )
    elapsed = time.monotonic() - started
    assert answer.status_code == attack.status, answer.text[:300]
    assert attack.fragment in answer.text
    if answer.status_code >= 400 and attack.path.startswith("/v1"):
        assert answer.json()["error"]["message"]
    assert elapsed < MAX_SECONDS
    assert _graph(seeded_small) == before
    assert seeded_small.get("/ready").status_code == 200


CLI_INPUTS = [
    ("binary file", "blob.txt", b"\x00\x01\x02binary\x00", "NUL"),
    ("invalid UTF-8 file", "latin1.txt", "Café déjà vu".encode("latin-1"), "UTF-8"),
    ("malformed JSONL line", "bad.jsonl", b'{"text": "Google acquired DeepMind."}\n{oops\n', ":2: bad JSON line"),
    ("JSONL without text", "notext.jsonl", b'{"title": "no text"}\n', "text"),
    ("empty file", "empty.txt", b"", "empty"),
]


@pytest.mark.parametrize(("name", "filename", "content", "fragment"), CLI_INPUTS, ids=[c[0] for c in CLI_INPUTS])
def test_cli_reports_bad_files_and_writes_nothing_from_them(
    tmp_path: Path, name: str, filename: str, content: bytes, fragment: str
) -> None:
    bad = tmp_path / filename
    bad.write_bytes(content)
    env = {"KG_STORE": "embedded", "KG_DATA_DIR": str(tmp_path / "data")}
    run = subprocess.run(
        [KG, "ingest", str(bad)], env={**os.environ, **env}, capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 1 and fragment in run.stderr, run.stderr
    summary = json.loads(run.stdout.strip().splitlines()[-1])
    written = summary["created"] + summary["replaced"]
    assert written == (1 if name == "malformed JSONL line" else 0)  # the good line of a bad file still counts
