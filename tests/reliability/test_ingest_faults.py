"""Ingest under faults: killed mid-batch, store gone mid-batch, two writers at once. Each ends with a
graph equal to the one an uninterrupted run writes (compared through a canonical dump)."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from pathlib import Path

import pytest

from service.config import Settings
from tests.conftest import ROOT
from tests.reliability.conftest import Target
from tests.reliability.corpus import write_corpus
from tests.reliability.dump import article_view

pytestmark = [pytest.mark.models, pytest.mark.slow]
ARTICLES = 240


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus") / "briefs.jsonl", ARTICLES)


def test_kill_9_mid_batch_leaves_no_partial_article_and_rerun_completes(target: Target, corpus: Path) -> None:
    started = time.monotonic()
    assert target.ingest(corpus).returncode == 0
    uninterrupted_s = time.monotonic() - started
    expected = target.dump()
    assert len(expected["articles"]) == ARTICLES

    for fraction in (0.6, 0.75, 0.9):  # kill somewhere in the middle of the writes
        target.wipe()
        process = target.start_ingest(corpus)
        time.sleep(uninterrupted_s * fraction)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        assert process.returncode == -signal.SIGKILL
        partial = target.dump()
        if 0 < len(partial["articles"]) < ARTICLES:
            break
    else:
        pytest.fail("could not kill the ingest in the middle of its writes")

    for article_id, _ in partial["articles"]:  # every article visible is whole
        assert article_view(partial, article_id) == article_view(expected, article_id)

    rerun = target.ingest(corpus)
    assert rerun.returncode == 0, rerun.stderr
    assert target.dump() == expected


@pytest.mark.neo4j
def test_neo4j_stopped_mid_ingest_reports_failures_and_rerun_completes(
    second_neo4j: dict[str, str], corpus: Path, tmp_path: Path, settings: Settings
) -> None:
    second = Settings(store="neo4j", neo4j_uri="bolt://127.0.0.1:7697", neo4j_password="second-password")
    target = Target("neo4j", second, tmp_path)
    fast_failure = {"NEO4J_WRITE_RETRY_S": "2", "KG_INGEST_RETRIES": "1"}
    script = [str(ROOT / "scripts" / "neo4j")]

    process = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "kg"), "ingest", str(corpus), "--batch-size", "10"],
        env=target.env(**fast_failure),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    for _ in range(600):  # wait until some articles are in
        time.sleep(0.2)
        if target.dump()["stats"]["articles"] >= 30:
            break
    subprocess.run([*script, "stop"], env=second_neo4j, check=True, timeout=120)
    out, err = process.communicate(timeout=300)
    assert process.returncode == 1
    assert "store is unavailable" in err and "not written" in err, err[-3000:]
    summary = json.loads(out.strip().splitlines()[-1])
    assert summary["failed"] >= 1

    subprocess.run([*script, "start"], env=second_neo4j, check=True, timeout=300)
    rerun = target.ingest(corpus)
    assert rerun.returncode == 0, rerun.stderr
    after_outage = target.dump()

    target.wipe()
    assert target.ingest(corpus).returncode == 0
    assert after_outage == target.dump()


@pytest.mark.neo4j
def test_two_writers_on_overlapping_batches_write_each_fact_once(
    neo4j_available: None, corpus: Path, tmp_path: Path, settings: Settings
) -> None:
    target = Target("neo4j", settings, tmp_path)
    target.wipe()
    assert target.ingest(corpus).returncode == 0
    expected = target.dump()

    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("".join(lines[: ARTICLES * 2 // 3]), encoding="utf-8")
    second.write_text("".join(lines[ARTICLES // 3 :]), encoding="utf-8")  # the middle third in both
    target.wipe()
    writers = [target.start_ingest(first, batch=5), target.start_ingest(second, batch=5)]
    for writer in writers:
        _, err = writer.communicate(timeout=600)
        assert writer.returncode == 0, err
    assert target.dump() == expected


def test_embedded_store_held_by_another_process_is_a_clear_error(tmp_path: Path, corpus: Path) -> None:
    env_target = Target("embedded", Settings(), tmp_path)
    server = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "kg"), "serve", "--port", "8768"],
        env=env_target.env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(4)
        second = env_target.ingest(corpus)
        assert second.returncode != 0
        assert "locked" in second.stderr.lower() or "another process" in second.stderr.lower(), second.stderr
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert env_target.ingest(corpus).returncode == 0  # nothing was damaged
    assert env_target.dump()["stats"]["articles"] == ARTICLES
