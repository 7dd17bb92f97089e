"""Serve the built explorer at /explore; say how to build it when it is missing."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

DIST = Path(__file__).parent / "dist"
_MISSING = """<!doctype html><meta charset="utf-8"><title>Explorer not built</title>
<p>The explorer has not been built. Run <code>make explorer</code> (npm ci and vite build), then reload.</p>"""


def mount_explorer(app: FastAPI, dist: Path = DIST) -> None:
    if (dist / "index.html").exists():
        app.mount("/explore", StaticFiles(directory=dist, html=True), name="explore")
        return

    @app.get("/explore", include_in_schema=False, response_class=HTMLResponse, status_code=503)
    async def explorer_missing() -> str:
        return _MISSING
