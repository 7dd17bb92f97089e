"""Curation over REST on both stores: edits and rejections recorded with the key's name, kept by later
ingests, listed, and undone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from tests.service.api.conftest import STORES, open_client
from tests.service.api.test_graphql import gql

pytestmark = pytest.mark.models
ALICE = {"Authorization": "Bearer alice-s3cret"}
ARTICLE = {"id": "en-1", "text": "Microsoft invested $13 billion in OpenAI. Sam Altman leads OpenAI.", "lang": "en"}


@pytest.fixture(params=STORES)
def curated(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[TestClient]:
    for client in open_client(request, tmp_path, api_keys=[SecretStr("alice:alice-s3cret")]):
        assert client.post("/v1/articles", json=[ARTICLE], headers=ALICE).status_code == 200
        yield client


def _invests(client: TestClient) -> list[dict[str, str]]:
    items: list[dict[str, str]] = client.get("/v1/relations", params={"type": "INVESTS_IN"}).json()["items"]
    return items


def test_a_rejected_relation_stays_rejected_until_the_curation_is_undone(curated: TestClient) -> None:
    [rel] = _invests(curated)
    done = curated.post(f"/v1/relations/{rel['id']}/reject", headers=ALICE)
    assert done.status_code == 200 and (done.json()["who"], done.json()["kind"]) == ("alice", "reject")
    assert curated.get(f"/v1/relations/{rel['id']}").status_code == 404
    again = {**ARTICLE, "text": ARTICLE["text"] + " Microsoft invested again in OpenAI."}
    assert curated.post("/v1/articles", json=[again], headers=ALICE).json()["articles"][0]["status"] == "replaced"
    assert _invests(curated) == []
    [listed] = curated.get("/v1/curations").json()["items"]
    assert listed["id"] == done.json()["id"] and listed["target"] == rel["id"]
    assert curated.delete(f"/v1/curations/{listed['id']}", headers=ALICE).status_code == 204
    assert curated.get(f"/v1/relations/{rel['id']}").status_code == 200
    assert curated.get("/v1/curations").json()["items"] == []


def test_an_entity_edit_is_recorded_and_kept(curated: TestClient) -> None:
    answer = curated.patch(
        "/v1/entities/openai", json={"description": "AI lab", "add_aliases": ["Open AI"]}, headers=ALICE
    )
    assert answer.status_code == 200 and answer.json()["after"]["description"] == "AI lab"
    curated.post("/v1/articles", json=[{**ARTICLE, "id": "en-2"}], headers=ALICE)
    body = curated.get("/v1/entities/openai").json()
    assert body["description"] == "AI lab" and "Open AI" in body["aliases"]


@pytest.mark.parametrize(
    ("method", "path", "body", "headers", "status"),
    [
        ("post", "/v1/relations/r-unknown/reject", None, ALICE, 404),
        ("patch", "/v1/entities/nobody", {"name": "X"}, ALICE, 404),
        ("patch", "/v1/entities/openai", {"type": "ROBOT"}, ALICE, 422),
        ("patch", "/v1/entities/openai", {}, ALICE, 422),
        ("delete", "/v1/curations/c-unknown", None, ALICE, 404),
        ("patch", "/v1/entities/openai", {"name": "X"}, {}, 401),
        ("post", "/v1/relations/r-unknown/reject", None, {"Authorization": "Bearer wrong"}, 403),
    ],
)
def test_curation_errors(
    curated: TestClient, method: str, path: str, body: dict[str, str] | None, headers: dict[str, str], status: int
) -> None:
    answer = curated.request(method, path, json=body, headers=headers)
    assert answer.status_code == status, answer.text
    assert curated.get("/v1/curations").json()["items"] == []


REJECT = """mutation ($id: ID!) { rejectRelation(id: $id) {
  __typename ... on Curation { id who kind target }
  ... on NotFoundError { message } ... on NotAuthorized { message } } }"""
PATCH = """mutation ($id: ID!, $patch: EntityPatchInput!) { patchEntity(id: $id, patch: $patch) {
  __typename ... on Curation { id after } ... on InvalidCuration { message } ... on NotFoundError { message } } }"""
UNDO = """mutation ($id: ID!) { undoCuration(id: $id) { __typename ... on CurationUndone { id } } }"""


def test_graphql_curation_mutations_answer_with_unions(curated: TestClient) -> None:
    [rel] = _invests(curated)
    done = gql(curated, REJECT, headers=ALICE, id=rel["id"])["data"]["rejectRelation"]
    assert (done["__typename"], done["who"], done["target"]) == ("Curation", "alice", rel["id"])
    assert [c["id"] for c in gql(curated, "{ curations { id kind } }")["data"]["curations"]] == [done["id"]]
    assert gql(curated, REJECT, headers=ALICE, id="r-nope")["data"]["rejectRelation"]["__typename"] == "NotFoundError"
    assert gql(curated, REJECT, id=rel["id"])["data"]["rejectRelation"]["__typename"] == "NotAuthorized"
    bad = gql(curated, PATCH, headers=ALICE, id="openai", patch={"type": "ROBOT"})["data"]["patchEntity"]
    assert bad["__typename"] == "InvalidCuration"
    good = gql(curated, PATCH, headers=ALICE, id="openai", patch={"description": "lab"})["data"]["patchEntity"]
    assert good["__typename"] == "Curation" and '"description": "lab"' in good["after"]
    assert gql(curated, UNDO, headers=ALICE, id=done["id"])["data"]["undoCuration"]["__typename"] == "CurationUndone"
    assert [r["id"] for r in _invests(curated)] == [rel["id"]]


def test_merge_over_rest_and_graphql(curated: TestClient) -> None:
    refused = [
        curated.post("/v1/entities/sam-altman/merge", json={"into": "openai"}, headers=ALICE).status_code,
        curated.post("/v1/entities/openai/merge", json={"into": "openai"}, headers=ALICE).status_code,
        curated.post("/v1/entities/nobody/merge", json={"into": "openai"}, headers=ALICE).status_code,
        curated.post("/v1/entities/microsoft/merge", json={"into": "openai"}).status_code,
    ]
    assert refused == [422, 422, 404, 401]
    done = curated.post("/v1/entities/microsoft/merge", json={"into": "openai"}, headers=ALICE)
    assert done.status_code == 200 and done.json()["into"] == "openai"
    assert curated.get("/v1/entities/microsoft").status_code == 404
    assert _invests(curated) == []  # Microsoft → OpenAI became a self-loop
    curated.post("/v1/articles", json=[{**ARTICLE, "id": "en-2"}], headers=ALICE)
    assert curated.get("/v1/entities/microsoft").status_code == 404
    assert curated.delete(f"/v1/curations/{done.json()['id']}", headers=ALICE).status_code == 204
    assert curated.get("/v1/entities/microsoft").json()["name"] == "Microsoft"
    assert [(r["head"]["id"], r["tail"]["id"]) for r in _invests(curated)] == [("microsoft", "openai")]
    merge = """mutation { mergeEntity(id: "sam-altman", into: "openai") { __typename } }"""
    assert gql(curated, merge, headers=ALICE)["data"]["mergeEntity"]["__typename"] == "InvalidCuration"


def test_possible_duplicates_are_listed_over_rest_and_graphql(curated: TestClient) -> None:
    assert curated.get("/v1/duplicates").json() == {"items": [], "next_cursor": None}
    assert gql(curated, "{ possibleDuplicates { a { id } b { id } seenAt } }")["data"]["possibleDuplicates"] == []
