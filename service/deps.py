"""Request dependencies as Annotated aliases."""

from __future__ import annotations

from typing import Annotated, cast

from fastapi import Depends, Request

from queries.store import GraphStore
from service.config import Settings


def _store(request: Request) -> GraphStore:
    return cast(GraphStore, request.app.state.store)


def _settings(request: Request) -> Settings:
    return cast(Settings, request.app.state.settings)


Store = Annotated[GraphStore, Depends(_store)]
AppSettings = Annotated[Settings, Depends(_settings)]
