"""API keys: writes always need one; reads only when KG_PUBLIC_READS is off."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, HTTPException, Request

from service.config import Settings


def presented_key(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def check_key(settings: Settings, presented: str | None, action: str) -> None:
    """Raise 401 (no key sent) or 403 (writes disabled, or a key that is not configured)."""
    keys = [k.get_secret_value() for k in settings.api_keys]
    if not keys:
        raise HTTPException(403, f"{action} is disabled: no API key is configured on the server (KG_API_KEYS)")
    if presented is None:
        raise HTTPException(
            401, f"{action} needs an API key: send 'Authorization: Bearer <key>'", {"WWW-Authenticate": "Bearer"}
        )
    if not any(hmac.compare_digest(presented.encode(), k.encode()) for k in keys):
        raise HTTPException(403, "the API key is not valid")


async def _require_writer(request: Request) -> None:
    check_key(request.app.state.settings, presented_key(request), "writing")


async def _require_reader(request: Request) -> None:
    settings: Settings = request.app.state.settings
    if not settings.public_reads:
        check_key(settings, presented_key(request), "reading")


Writer = Annotated[None, Depends(_require_writer)]
Reader = Annotated[None, Depends(_require_reader)]
