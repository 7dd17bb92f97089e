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


def named_keys(settings: Settings) -> list[tuple[str, str]]:
    """(name, key) of each configured key: 'alice:s3cret' is alice's; a key without a name is 'key-N'."""
    out = []
    for n, secret in enumerate(settings.api_keys, 1):
        name, sep, key = secret.get_secret_value().partition(":")
        out.append((name, key) if sep and name and key else (f"key-{n}", secret.get_secret_value()))
    return out


def check_key(settings: Settings, presented: str | None, action: str) -> str:
    """The name of the key presented; 401 (no key sent) or 403 (writes disabled, or a key not configured)."""
    keys = named_keys(settings)
    if not keys:
        raise HTTPException(403, f"{action} is disabled: no API key is configured on the server (KG_API_KEYS)")
    if presented is None:
        raise HTTPException(
            401, f"{action} needs an API key: send 'Authorization: Bearer <key>'", {"WWW-Authenticate": "Bearer"}
        )
    matching = [name for name, key in keys if hmac.compare_digest(presented.encode(), key.encode())]
    if not matching:
        raise HTTPException(403, "the API key is not valid")
    return matching[0]


async def _require_writer(request: Request) -> str:
    return check_key(request.app.state.settings, presented_key(request), "writing")


async def _require_reader(request: Request) -> None:
    settings: Settings = request.app.state.settings
    if not settings.public_reads:
        check_key(settings, presented_key(request), "reading")


Writer = Annotated[str, Depends(_require_writer)]  # the name of the writer's key (recorded with curations)
Reader = Annotated[None, Depends(_require_reader)]
