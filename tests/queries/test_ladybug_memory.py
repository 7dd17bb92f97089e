"""Many small write transactions on the embedded store must not exhaust its buffer pool.

Each small `COPY … FROM` into a node table pinned buffer-pool memory for good: with a 256 MB pool the
store failed ("the buffer pool is full") after ~100 articles written 8 at a time. Small batches now go
through UNWIND … CREATE, large ones through COPY."""

from __future__ import annotations

from pathlib import Path

from bench.synthetic import articles
from queries.ladybug import LadybugStore


async def test_small_batches_fit_in_a_small_buffer_pool(tmp_path: Path) -> None:
    store = LadybugStore(path=tmp_path / "graph", buffer_pool_mb=128)
    await store.init_schema()
    docs = list(articles(entities=2000, relations=6000, per_article=20))
    try:
        for start in range(0, len(docs), 8):
            await store.write_articles(extractions=docs[start : start + 8])
        stats = await store.stats()
    finally:
        await store.close()
    assert stats.articles == len(docs) == 300
    assert stats.evidence == 6000
