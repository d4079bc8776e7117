"""Load, short form for CI: concurrent sessions against a real local engine on loopback.

The engine runs as ``nemochat serve`` in its own process (so its memory is its own); each
session is a real ``NemoClient`` with its own user, uploading new photos, chatting and
polling, then queueing renders beyond the engine's concurrency. Nothing may fail, no upload
may go missing, every render must complete or fail with a reason, and the engine's memory
must stay bounded. The full form (20 sessions, 60 s) is ``benchmarks/load_bench.py``.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from load_bench import rss_kib, run_load
from program import engine_serving

SESSIONS = 6
SECONDS = 6.0
RENDERS = 2  # per session: 12 queued at once, the engine renders 1-4 at a time
MAX_RSS_MIB = 600


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[tuple[str, int]]:
    with engine_serving(tmp_path / "engine-home") as (url, proc):
        yield url, proc.pid


@pytest.mark.timeout(120)
def test_concurrent_sessions_upload_chat_poll_and_queue_renders(
    engine: tuple[str, int], tmp_path: Path
) -> None:
    url, pid = engine
    report = asyncio.run(
        asyncio.wait_for(
            run_load(
                url,
                sessions=SESSIONS,
                seconds=SECONDS,
                renders=RENDERS,
                home=tmp_path / "clients",
                engine_pid=pid,
            ),
            90,
        )
    )
    summary = report.summary()
    assert report.errors == [], report.errors
    # no lost uploads: every photo sent is in its session's state
    assert report.uploads_sent >= SESSIONS
    assert report.uploads_found == report.uploads_sent, summary
    # every render finished, or failed with a reason
    assert len(report.renders) == SESSIONS * RENDERS
    for rid, status in report.renders.items():
        assert status in ("completed", "failed"), (rid, status)
        if status == "failed":
            assert report.render_reasons.get(rid), rid
    assert summary["renders_completed"] >= 1
    # every session made progress on every kind of request
    for op in ("upload", "chat_turn", "state", "credits", "render_create", "render_poll"):
        assert summary["ops"][op]["n"] >= SESSIONS, op
    # memory stays bounded (the engine alone, sampled every 0.5 s)
    assert report.rss_samples, "engine memory could not be read"
    peak_mib = max(report.rss_samples) / 1024
    assert peak_mib < MAX_RSS_MIB, summary
    end = rss_kib(pid)
    assert end is not None and end / 1024 < MAX_RSS_MIB
