"""The FastAPI application: one store per process, opened in the lifespan."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from schema.errors import KGError
from service import errors
from service.config import Settings, get_settings
from service.rest import health
from service.stores import store_for


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        store = store_for(settings)
        app.state.store = store
        app.state.settings = settings
        try:
            await store.init_schema()
            app.state.schema_ready = True
        except KGError:  # the store may come up later; /ready reports it and retries meanwhile
            app.state.schema_ready = False
        try:
            yield
        finally:
            await store.close()

    app = FastAPI(title="AI-industry knowledge graph", version="0.1.0", lifespan=lifespan)
    errors.install(app)
    app.include_router(health.router)
    return app
