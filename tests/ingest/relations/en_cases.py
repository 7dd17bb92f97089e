"""Shared helpers of the English relation tests."""

from __future__ import annotations

from collections.abc import Callable

Found = Callable[[str, str], dict[tuple[str, str, str], float]]
SYMMETRIC = ("RIVAL_OF", "COMPETES_WITH", "PARTNERS_WITH")


def has(found: dict[tuple[str, str, str], float], triple: tuple[str, str, str]) -> bool:
    head, kind, tail = triple
    return triple in found or (kind in SYMMETRIC and (tail, kind, head) in found)


def check(found: dict[tuple[str, str, str], float], expected: tuple[str, str, str]) -> None:
    """The relation is there, and (if it has a direction) not the other way round."""
    assert has(found, expected), found
    head, kind, tail = expected
    if kind not in SYMMETRIC:
        assert (tail, kind, head) not in found, found
