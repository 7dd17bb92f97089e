"""Tables of the embedded store. Kùzu-style schemas are typed: every property is declared.

Dialect difference: Neo4j stores each relation type as its own relationship type; here all typed
relations share one RELATED table with a `type` column, because every rel table is a separate
structure and path queries over fifteen tables would have to name them all.
"""

STATEMENTS = [
    "CREATE NODE TABLE IF NOT EXISTS Entity(id STRING, name STRING, type STRING, aliases STRING[], "
    "description STRING, search_keys STRING, aliases_text STRING, PRIMARY KEY(id))",
    "CREATE NODE TABLE IF NOT EXISTS Article(id STRING, title STRING, lang STRING, url STRING, "
    "published_at STRING, content_hash STRING, ingested_at STRING, text STRING, PRIMARY KEY(id))",
    "CREATE NODE TABLE IF NOT EXISTS Evidence(id STRING, relation_id STRING, article_id STRING, type STRING, "
    "head STRING, tail STRING, text STRING, span_start INT64, span_end INT64, confidence DOUBLE, "
    "published_at STRING, seen_at STRING, PRIMARY KEY(id))",
    "CREATE NODE TABLE IF NOT EXISTS Metric(id STRING, entity_id STRING, kind STRING, value DOUBLE, unit STRING, "
    "approximate BOOLEAN, raw STRING, article_id STRING, text STRING, span_start INT64, span_end INT64, "
    "published_at STRING, PRIMARY KEY(id))",
    "CREATE REL TABLE IF NOT EXISTS MENTIONS(FROM Article TO Entity, count INT64, spans STRING)",
    "CREATE REL TABLE IF NOT EXISTS RELATED(FROM Entity TO Entity, id STRING, type STRING, confidence DOUBLE, "
    "support INT64, first_seen STRING, last_seen STRING)",
    "CREATE NODE TABLE IF NOT EXISTS Curation(id STRING, kind STRING, target STRING, into STRING, who STRING, "
    "at STRING, before STRING, after STRING, PRIMARY KEY(id))",
    "CREATE NODE TABLE IF NOT EXISTS Duplicate(id STRING, a STRING, b STRING, seen_at STRING, PRIMARY KEY(id))",
    # Added after the first release: stores made before them gain the columns here.
    "ALTER TABLE Evidence ADD IF NOT EXISTS rule STRING DEFAULT ''",
    "ALTER TABLE Metric ADD IF NOT EXISTS confidence DOUBLE DEFAULT 1.0",
    "ALTER TABLE Metric ADD IF NOT EXISTS rule STRING DEFAULT ''",
    "ALTER TABLE Entity ADD IF NOT EXISTS identity_keys STRING[]",
]

# Column order of the bulk loads (COPY FROM a DataFrame matches columns by position).
ENTITY_COLUMNS = ["id", "name", "type", "aliases", "description", "search_keys", "aliases_text", "identity_keys"]
ARTICLE_COLUMNS = ["id", "title", "lang", "url", "published_at", "content_hash", "ingested_at", "text"]
EVIDENCE_COLUMNS = [
    "id",
    "relation_id",
    "article_id",
    "type",
    "head",
    "tail",
    "text",
    "span_start",
    "span_end",
    "confidence",
    "published_at",
    "seen_at",
    "rule",
]
METRIC_COLUMNS = [
    "id",
    "entity_id",
    "kind",
    "value",
    "unit",
    "approximate",
    "raw",
    "article_id",
    "text",
    "span_start",
    "span_end",
    "published_at",
    "confidence",
    "rule",
]
MENTION_COLUMNS = ["article_id", "entity_id", "count", "spans"]
RELATED_COLUMNS = ["head", "tail", "id", "type", "confidence", "support", "first_seen", "last_seen"]
