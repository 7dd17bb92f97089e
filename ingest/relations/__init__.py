"""Relation and figure rules over a parsed doc: grammar in code, words in ingest/patterns."""
