"""A process may hold many embedded stores at once (the API tests do): each reserves address space for its
largest size, and at the library's 8 TiB default the 17th failed to open ("Mmap for size … failed")."""

from __future__ import annotations

from pathlib import Path

from queries.ladybug import LadybugStore


async def test_twenty_stores_open_at_once(tmp_path: Path) -> None:
    stores = [LadybugStore(path=tmp_path / f"graph-{n}") for n in range(20)]
    try:
        for store in stores:
            await store.init_schema()
            await store.ping()
    finally:
        for store in stores:
            await store.close()
