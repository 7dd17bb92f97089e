"""Neo4j 5 adapter (official async driver; works with neo4j://, neo4j+s://, bolt:// URIs)."""

from queries.neo4j.store import Neo4jStore

__all__ = ["Neo4jStore"]
