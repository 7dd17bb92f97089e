"""Reading articles from files: JSON Lines rows name their place in the file, whatever they carry."""

from __future__ import annotations

import json
from pathlib import Path

from ingest.sources import SourceError, read_paths
from schema.models import Article


def test_jsonl_row_with_its_own_source_field_is_read_and_located(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    rows = [{"id": "a1", "text": "OpenAI was founded by Sam Altman.", "source": "rss", "lang": "en"}, {"text": ""}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n[1, 2]\n", encoding="utf-8")
    items = list(read_paths([str(path)], lang=None))
    first = items[0]
    assert isinstance(first, Article) and first.id == "a1" and first.source == f"{path}:1"
    assert isinstance(items[1], Article) and items[1].text == ""  # empty text is refused later, by extraction
    assert isinstance(items[2], SourceError) and f"{path}:4" in str(items[2])
    assert len(items) == 3
