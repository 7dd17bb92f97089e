"""The configured store."""

from __future__ import annotations

from queries.factory import open_store
from queries.store import GraphStore
from service.config import Settings


def store_for(settings: Settings) -> GraphStore:
    return open_store(
        kind=settings.store,
        data_dir=settings.data_dir,
        neo4j_uri=settings.neo4j_uri,
        neo4j_user=settings.neo4j_user,
        neo4j_password=settings.neo4j_password.get_secret_value(),
        neo4j_database=settings.neo4j_database,
        neo4j_write_retry_s=settings.neo4j_write_retry_s,
        embedded_buffer_mb=settings.embedded_buffer_mb,
    )
