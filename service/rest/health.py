"""Liveness and readiness."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from schema.errors import KGError
from service.deps import Store
from service.errors import error_body

router = APIRouter(tags=["health"])
READY_TIMEOUT_S = 3.0


@router.get("/health")
async def health() -> dict[str, str]:
    """The process is up."""
    return {"status": "ok"}


@router.get("/ready", response_model=None)
async def ready(store: Store, request: Request) -> dict[str, str] | JSONResponse:
    """The store answers; 503 with a JSON error otherwise. Recovers by itself when the store returns."""
    try:
        await asyncio.wait_for(store.ping(), timeout=READY_TIMEOUT_S)
        if not request.app.state.schema_ready:
            await store.init_schema()
            request.app.state.schema_ready = True
    except (KGError, TimeoutError) as exc:
        message = str(exc) or "the store did not answer in time"
        return JSONResponse(error_body("store_unavailable", message), status_code=503)
    return {"status": "ready"}
