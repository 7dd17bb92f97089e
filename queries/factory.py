"""Open the configured store."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from queries.store import GraphStore


def open_store(
    *,
    kind: Literal["embedded", "neo4j"],
    data_dir: Path,
    neo4j_uri: str = "",
    neo4j_user: str = "",
    neo4j_password: str = "",
    neo4j_database: str = "neo4j",
    neo4j_write_retry_s: float = 15.0,
    embedded_buffer_mb: int = 0,
) -> GraphStore:
    if kind == "neo4j":
        from queries.neo4j import Neo4jStore

        return Neo4jStore(
            uri=neo4j_uri,
            user=neo4j_user,
            password=neo4j_password,
            database=neo4j_database,
            write_retry_s=neo4j_write_retry_s,
        )
    from queries.ladybug import LadybugStore

    return LadybugStore(path=data_dir / "graph", buffer_pool_mb=embedded_buffer_mb)
