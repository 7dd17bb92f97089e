"""Property-based fuzzing of the REST API from its own OpenAPI schema (schemathesis), against a real
server on loopback: no 5xx, and every documented answer conforms to its schema. Bounded in examples."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

from tests.conftest import ROOT
from tests.reliability.conftest import KG
from tests.servers import kg_server

pytestmark = [pytest.mark.models, pytest.mark.slow]
PORT = 8769
BASE = f"http://127.0.0.1:{PORT}"


@pytest.fixture(scope="module")
def live_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data = tmp_path_factory.mktemp("fuzz")
    env = {"KG_STORE": "embedded", "KG_DATA_DIR": str(data), "KG_API_KEYS": "k"}
    subprocess.run(
        [KG, "ingest", str(ROOT / "data" / "articles")], env={**os.environ, **env}, check=True, capture_output=True
    )
    with kg_server(env, PORT) as base:
        yield base


def test_no_server_errors_and_answers_match_the_schema(live_api: str) -> None:
    """Every operation of /openapi.json, 30 generated requests each (hypothesis through schemathesis's
    strategies; driven directly because its pytest plugin does not run under this pytest)."""
    schema = schemathesis.openapi.from_url(f"{live_api}/openapi.json")
    checks = [not_a_server_error, response_schema_conformance, content_type_conformance]
    tried = []
    for result in schema.get_all_operations():
        operation = result.ok()
        tried.append(operation.label)

        @given(case=operation.as_strategy())
        @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def fuzz(case: schemathesis.Case) -> None:
            case.call_and_validate(base_url=live_api, checks=checks)

        fuzz()
    assert len(tried) >= 12, tried


def test_fuzzed_server_is_still_healthy(live_api: str) -> None:
    assert httpx.get(f"{live_api}/ready").status_code == 200
    assert httpx.get(f"{live_api}/v1/entities", params={"q": "マスク"}).json()["items"][0]["id"] == "elon-musk"
