"""Opaque pagination cursors."""

from __future__ import annotations

import base64
import binascii
import json

from schema.errors import InvalidInput

MAX_LIMIT = 500


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(json.dumps({"o": offset}).encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        offset = json.loads(base64.urlsafe_b64decode(padded.encode()))["o"]
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise InvalidInput("invalid cursor") from None
    if not isinstance(offset, int) or offset < 0:
        raise InvalidInput("invalid cursor")
    return offset


def check_limit(limit: int, maximum: int = MAX_LIMIT) -> int:
    if not 1 <= limit <= maximum:
        raise InvalidInput(f"limit must be between 1 and {maximum}")
    return limit


def next_cursor(offset: int, limit: int, fetched: int) -> str | None:
    """Pages fetch limit+1 rows: one more than asked means there is a next page."""
    return encode_cursor(offset + limit) if fetched > limit else None
