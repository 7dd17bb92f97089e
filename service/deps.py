"""Request dependencies as Annotated aliases."""

from __future__ import annotations

from typing import Annotated, cast

from fastapi import Depends, Request

from queries.store import GraphStore
from service.config import Settings
from service.ingestion import Ingestor


def _store(request: Request) -> GraphStore:
    return cast(GraphStore, request.app.state.store)


def _settings(request: Request) -> Settings:
    return cast(Settings, request.app.state.settings)


def _ingestor(request: Request) -> Ingestor:
    return cast(Ingestor, request.app.state.ingestor)


Store = Annotated[GraphStore, Depends(_store)]
AppSettings = Annotated[Settings, Depends(_settings)]
Ingest = Annotated[Ingestor, Depends(_ingestor)]
