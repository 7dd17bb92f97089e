"""Ingest: articles in, schema.Extraction out. Never imports queries/ (whoever runs ingest writes)."""
