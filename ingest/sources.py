"""Articles from files (.txt, .md), directories, JSON Lines and stdin, streamed one at a time."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from pydantic import ValidationError

from schema.models import Article

TEXT_SUFFIXES = {".txt", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


class SourceError(Exception):
    """One unreadable input (the others go on)."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source


def read_paths(paths: Iterable[str], *, lang: str | None = None) -> Iterator[Article | SourceError]:
    for raw in paths:
        if raw == "-":
            yield from _stream(sys.stdin.buffer, "<stdin>", lang)
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.suffix in TEXT_SUFFIXES | JSONL_SUFFIXES):
                yield from _file(child, lang)
        elif path.exists():
            yield from _file(path, lang)
        else:
            yield SourceError(raw, "no such file or directory")


def _file(path: Path, lang: str | None) -> Iterator[Article | SourceError]:
    with path.open("rb") as handle:
        if path.suffix in JSONL_SUFFIXES:
            yield from _jsonl(handle, str(path), lang)
        else:
            yield _text(handle.read(), str(path), lang, title=_md_title(path))


def _stream(handle: IO[bytes], source: str, lang: str | None) -> Iterator[Article | SourceError]:
    head = handle.peek(64)[:64] if hasattr(handle, "peek") else b""
    if head.lstrip().startswith(b"{"):
        yield from _jsonl(handle, source, lang)
    else:
        yield _text(handle.read(), source, lang)


def _text(data: bytes, source: str, lang: str | None, title: str = "") -> Article | SourceError:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return SourceError(source, f"not UTF-8 text ({exc.reason} at byte {exc.start})")
    return Article(text=text, lang=lang, source=source, title=title)


def _md_title(path: Path) -> str:
    if path.suffix != ".md":
        return ""
    with path.open(encoding="utf-8", errors="replace") as handle:
        first = handle.readline().strip()
    return first.lstrip("#").strip() if first.startswith("#") else ""


def _jsonl(handle: IO[bytes], source: str, lang: str | None) -> Iterator[Article | SourceError]:
    for number, line in enumerate(handle, 1):
        where = f"{source}:{number}"
        if not line.strip():
            continue
        try:
            row = json.loads(line.decode("utf-8"))
            if not isinstance(row, dict):
                raise ValueError("each line must be a JSON object")
            row.setdefault("lang", lang)
            yield Article(**{**{k: v for k, v in row.items() if k in Article.model_fields}, "source": where})
        except (UnicodeDecodeError, ValueError, ValidationError, TypeError) as exc:
            yield SourceError(where, f"bad JSON line: {str(exc).splitlines()[0]}")
