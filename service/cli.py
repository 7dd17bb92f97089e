"""`kg`: the single entry point — serve, ingest, extract, db."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from schema.errors import KGError
from service.config import Settings, get_settings
from service.stores import store_for

SWITCH_INTERVAL_S = 0.0005


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from service.app import create_app

    # Embedded-store reads run in threads that release the GIL inside the database and must win it
    # back afterwards; at the default 5 ms switch interval a busy event loop can make each read wait
    # that long (400 queries beside a busy thread: 2.3 s at 5 ms, 0.4 s at 0.5 ms).
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    uvicorn.run(
        create_app(settings, freeze_heap=True), host=args.host or settings.host, port=args.port or settings.port
    )
    return 0


async def _db(args: argparse.Namespace, settings: Settings) -> int:
    store = store_for(settings)
    try:
        await store.init_schema()
        if args.action == "stats":
            print(json.dumps((await store.stats()).model_dump(), ensure_ascii=False))
        else:
            print(json.dumps({"schema": "ready", "store": settings.store}))
    finally:
        await store.close()
    return 0


def _ingest(args: argparse.Namespace, settings: Settings) -> int:
    from service.ingest_cli import ingest

    return ingest(args, settings, store_for(settings))


async def _kb_rows(args: argparse.Namespace, settings: Settings) -> list[dict[str, object]]:
    from service.kb_export import exported_rows

    store = store_for(settings)
    try:
        await store.init_schema()
        return await exported_rows(store, min_articles=args.min_articles)
    finally:
        await store.close()


def _kb(args: argparse.Namespace, settings: Settings) -> int:
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in asyncio.run(_kb_rows(args, settings)))
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def _extract(args: argparse.Namespace, settings: Settings) -> int:
    from service.ingest_cli import extract

    return extract(args, settings)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="kg", description="Knowledge graph of AI-industry news.")
    sub = top.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve REST and GraphQL")
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    db = sub.add_parser("db", help="store administration")
    db.add_argument("action", choices=["init", "stats"])
    ingest = sub.add_parser("ingest", help="extract articles and write them into the store")
    ingest.add_argument("paths", nargs="+", help="files (.txt, .md, .jsonl), directories, or - for stdin")
    ingest.add_argument("--batch-size", type=int, default=32)
    ingest.add_argument("--lang", choices=["ja", "en"], help="language of every article (else detected)")
    kb = sub.add_parser("kb", help="the knowledge base")
    kb.add_argument(
        "action", choices=["export"], help="export: the knowledge base with the store's curations and learned actors"
    )
    kb.add_argument("--output", help="write to this file (default: standard output)")
    kb.add_argument("--min-articles", type=int, default=2, help="learned actors named in at least this many articles")
    extract = sub.add_parser("extract", help="print what the pipeline finds, touching no store")
    extract.add_argument("paths", nargs="+")
    extract.add_argument("--json", action="store_true", help="one JSON object per article (the eval format)")
    extract.add_argument("--lang", choices=["ja", "en"])
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        settings = get_settings()
        if args.command == "serve":
            return _serve(args, settings)
        if args.command == "db":
            return asyncio.run(_db(args, settings))
        if args.command == "ingest":
            return _ingest(args, settings)
        if args.command == "kb":
            return _kb(args, settings)
        return _extract(args, settings)
    except KGError as exc:
        print(f"kg: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
