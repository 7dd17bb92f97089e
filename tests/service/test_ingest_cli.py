"""The ingest loop of `kg ingest`: extraction of the next batch overlaps the write of the previous one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest.options import Failure
from queries.ladybug import LadybugStore
from schema.models import Extraction
from service.ingest_cli import Progress, _extract_and_write
from tests.factories import extraction


async def test_extraction_failing_mid_stream_lets_the_write_in_flight_commit(tmp_path: Path) -> None:
    store = LadybugStore(path=tmp_path / "graph")
    await store.init_schema()

    def stream() -> Iterator[Extraction | Failure]:
        for n in range(32):
            yield extraction(f"a{n}", [("elon-musk", "FOUNDED", f"company-{n}")])
        raise RuntimeError("the pipeline broke on the next article")

    try:
        with pytest.raises(RuntimeError, match="pipeline broke"):
            await _extract_and_write(stream(), store, 32, 0, Progress())
        assert (await store.stats()).articles == 32  # the first batch is whole, not abandoned mid-write
    finally:
        await store.close()
