"""Request dependencies as Annotated aliases. All `async def`: FastAPI runs a plain `def` dependency
in its thread pool, a thread hop per dependency per request for what is an attribute read."""

from __future__ import annotations

from typing import Annotated, cast

from fastapi import Depends, Request

from queries.store import GraphStore
from service.config import Settings
from service.ingestion import Ingestor


async def _store(request: Request) -> GraphStore:
    return cast(GraphStore, request.app.state.store)


async def _settings(request: Request) -> Settings:
    return cast(Settings, request.app.state.settings)


async def _ingestor(request: Request) -> Ingestor:
    return cast(Ingestor, request.app.state.ingestor)


Store = Annotated[GraphStore, Depends(_store)]
AppSettings = Annotated[Settings, Depends(_settings)]
Ingest = Annotated[Ingestor, Depends(_ingestor)]
