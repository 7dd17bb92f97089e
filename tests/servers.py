"""`kg serve` in a process of its own on loopback, for the tests that need a real server."""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
KG = str(ROOT / ".venv" / "bin" / "kg")
READY_WITHIN_S = 30.0


@contextmanager
def kg_server(env: Mapping[str, str], port: int, log: Path | None = None) -> Iterator[str]:
    """Serve with `env` on 127.0.0.1:`port`; yields the base URL once /ready answers 200. The server's
    output goes to `log` (a temporary file when not given) and is quoted if it never gets ready."""
    log_path = log or Path(tempfile.mkstemp(prefix="kg-serve-", suffix=".log")[1])
    base = f"http://127.0.0.1:{port}"
    with log_path.open("w") as out:
        server = subprocess.Popen(
            [KG, "serve"], env={**os.environ, **env, "KG_PORT": str(port)}, stdout=out, stderr=subprocess.STDOUT
        )
        try:
            _wait_ready(base, server, log_path)
            yield base
        finally:
            server.terminate()
            server.wait(timeout=30)


def _wait_ready(base: str, server: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + READY_WITHIN_S
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/ready", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if server.poll() is not None:
            break
        time.sleep(0.2)
    raise AssertionError(f"kg serve at {base} never got ready:\n{log.read_text()[-3000:]}")
