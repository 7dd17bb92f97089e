"""The Neo4j that scripts/neo4j starts is configured as a server, not with the harness's test defaults."""

from __future__ import annotations

import re

import neo4j
import pytest

from service.config import Settings


@pytest.mark.neo4j
@pytest.mark.usefixtures("neo4j_available")
def test_script_neo4j_has_a_page_cache_and_sends_no_read_timeout_hint(settings: Settings) -> None:
    with neo4j.GraphDatabase.driver(
        settings.neo4j_uri, auth=(settings.neo4j_user, settings.neo4j_password.get_secret_value())
    ) as driver:
        records, _, _ = driver.execute_query(
            "SHOW SETTINGS YIELD name, value WHERE name IN $names RETURN name, value",
            names=["server.memory.pagecache.size", "server.bolt.connection_keep_alive_for_requests"],
            database_="system",
        )
    values = {r["name"]: r["value"] for r in records}
    # The harness default is 8 MiB; less than 256 MiB means the script's setting was lost.
    size = re.fullmatch(r"([\d.]+)(KiB|MiB|GiB)", values["server.memory.pagecache.size"])
    assert size, values
    assert float(size[1]) * {"KiB": 1 / 1024, "MiB": 1, "GiB": 1024}[size[2]] >= 256, values
    # With ALL, the server sends connection.recv_timeout_seconds and every driver read pays for wait_for.
    assert values["server.bolt.connection_keep_alive_for_requests"] == "STREAMING"
