"""Shared checks of the Japanese relation tests (no tests here): a triple found in its direction, not reversed."""

from __future__ import annotations

from collections.abc import Callable

Found = Callable[[str, str], dict[tuple[str, str, str], float]]
Triple = tuple[str, str, str]
SYMMETRIC = ("RIVAL_OF", "COMPETES_WITH", "PARTNERS_WITH")


def assert_found(found: Found, text: str, expected: Triple) -> dict[Triple, float]:
    got = found(text, "ja")
    head, kind, tail = expected
    assert expected in got or (kind in SYMMETRIC and (tail, kind, head) in got), got
    if kind not in SYMMETRIC:
        assert (tail, kind, head) not in got, got
    return got
