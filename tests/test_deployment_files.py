"""docker-compose.yml is valid (checked by `docker compose config` where the docker CLI exists) and
configures the API only through settings the service knows."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from service.config import Settings

ROOT = Path(__file__).resolve().parents[1]


def _compose_cli() -> list[str] | None:
    if shutil.which("docker") is None:
        return None
    probe = subprocess.run(["docker", "compose", "version"], capture_output=True, timeout=30)
    return ["docker", "compose"] if probe.returncode == 0 else None


def test_compose_file_validates() -> None:
    cli = _compose_cli()
    if cli is None:
        pytest.skip("no docker compose CLI on this machine")
    done = subprocess.run(
        [*cli, "-f", str(ROOT / "docker-compose.yml"), "config", "--quiet"],
        env={"NEO4J_PASSWORD": "x" * 12, "PATH": "/usr/bin:/bin:/usr/local/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr


def test_api_environment_names_only_known_settings() -> None:
    text = (ROOT / "docker-compose.yml").read_text()
    api = text.split("  api:")[1].split("volumes:")[0]
    names = [
        line.split(":")[0].strip()
        for line in api.split("environment:")[1].split("ports:")[0].splitlines()
        if line.strip()
    ]
    known = {
        alias for field in Settings.model_fields.values() for alias in getattr(field.validation_alias, "choices", [])
    }
    assert names and set(names) <= known
