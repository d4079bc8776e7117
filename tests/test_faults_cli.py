"""Faults as a user meets them: the real program (``python -m nemochat``) in a subprocess.

The server is either the loopback fake NemoVideo API, misbehaving on purpose, or a real
standalone engine (``nemochat serve``) that gets killed and restarted between commands.
Each test checks what the user sees (exit code, one clear line, no traceback), that
nothing hangs (every run has a timeout), that no finished file is half-written, and that
the server saw each chat message only as often as it should (requests counted server-side).
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fakeserver import HEARTBEAT, FakeNemo, Pause, typed_text
from program import (
    TIMEOUT,
    Result,
    free_port,
    run_program,
    spawn_chat,
    start_engine,
    stop_engine,
)

from nemochat import config

DRAFT = {
    "d": 4000,
    "m": {"title": "Trip", "width": 1280, "height": 720},
    "t": [{"tt": 0, "sg": [{"st": 0, "d": 4000, "m": {"name": "a.jpg"}}]}],
}


def run(
    *args: str,
    url: str,
    cwd: Path,
    stdin: str = "",
    env: dict[str, str] | None = None,
    timeout: float = TIMEOUT,
) -> Result:
    return run_program(*args, url=url, cwd=cwd, stdin=stdin, env=env, timeout=timeout)


def clear(r: Result) -> None:
    """No traceback, no HTML, no escape sequences: plain lines only."""
    for text in (r.out, r.err):
        assert "Traceback" not in text, text
        assert "<html" not in text.lower() and "\x1b" not in text, text


_CHROME = re.compile(r"^(Backend: |⏳|New project started|(Uploading|Rendering|Downloading) \d+%$)")


def error_lines(r: Result) -> list[str]:
    """stderr lines other than the backend line, progress percentages and progress notices."""
    return [ln for ln in r.err.splitlines() if ln.strip() and not _CHROME.match(ln)]


def limits(**values: float) -> None:
    """Small time limits in the test's config.json (the program reads them)."""
    config.write_json(config.home() / "config.json", {"render_poll": 0.02, **values})


@pytest.fixture
def fake() -> Iterator[FakeNemo]:
    server = FakeNemo().start()
    server.render_steps = ["processing", "completed"]
    limits()
    try:
        yield server
    finally:
        server.stop()


def with_draft(fake: FakeNemo, cwd: Path) -> str:
    """Create the remembered session through the program, then give it a draft."""
    r = run("new", "--json", url=fake.url, cwd=cwd)
    assert r.code == 0, r.err
    sid = json.loads(r.out)["session_id"]
    fake.set_state(sid, draft=DRAFT)
    return str(sid)


def videos(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.mp4") if p.is_file())


# --- chat streams -----------------------------------------------------------------------


def test_heartbeats_past_the_idle_limit_keep_the_turn_alive(fake: FakeNemo, cwd: Path) -> None:
    limits(idle_limit=0.5, turn_timeout=20)
    beats: list[object] = []
    for _ in range(8):  # 1.6 s of heartbeats only: three idle limits
        beats += [Pause(0.2), HEARTBEAT]
    fake.script_chat(*beats, typed_text("Done: added a title."))
    r = run("-m", "add a title", url=fake.url, cwd=cwd)
    clear(r)
    assert r.code == 0, r.err
    assert "Done: added a title." in r.out
    assert len(fake.requests_to("chat")) == 1


def test_heartbeats_only_until_the_deadline_is_one_message(fake: FakeNemo, cwd: Path) -> None:
    limits(idle_limit=0.5, turn_timeout=1.5)
    fake.script_chat(*([Pause(0.2), HEARTBEAT] * 40))  # 8 s of nothing but heartbeats
    start = time.monotonic()
    r = run("-m", "make it longer", url=fake.url, cwd=cwd)
    assert time.monotonic() - start < 30
    clear(r)
    assert r.code == 1
    assert len(error_lines(r)) == 1, r.err
    assert len(fake.requests_to("chat")) == 1


def test_expired_token_in_the_middle_of_a_chat(fake: FakeNemo, cwd: Path) -> None:
    """Piped lines: the token expires during reply 1; line 2 renews it and goes once."""

    def expire(server: FakeNemo, sid: str) -> None:
        server.expire_tokens()

    fake.script_chat(typed_text("First reply."), expire, typed_text(" Still first."))
    fake.script_chat(typed_text("Second reply."))
    r = run(url=fake.url, cwd=cwd, stdin="make a video\nadd music\n")
    clear(r)
    assert r.code == 0, r.err
    assert "First reply. Still first." in r.out and "Second reply." in r.out
    texts = [
        req.json["new_message"]["parts"][0]["text"]
        for req in fake.requests_to("chat")
        if isinstance(req.json, dict)
    ]
    # "add music" was refused once with 1001 before the agent saw it, then sent once
    assert texts.count("make a video") == 1
    assert texts.count("add music") == 2
    assert len(fake.requests_to("token")) == 2


# --- upload, render poll, download ------------------------------------------------------


def test_connection_reset_during_upload(fake: FakeNemo, cwd: Path) -> None:
    photo = cwd / "beach.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(300_000))
    fake.fail("upload", drop=True, drop_after=64_000)
    r = run("upload", str(photo), url=fake.url, cwd=cwd)
    clear(r)
    assert r.code == 1
    assert len(error_lines(r)) == 1, r.err
    assert photo.stat().st_size == 300_004  # the user's file is untouched
    # the next try goes through, with the whole file
    r = run("upload", str(photo), "--json", url=fake.url, cwd=cwd)
    assert r.code == 0, r.err
    assert fake.requests_to("upload")[-1].parts[0].size == 300_004


def test_connection_reset_during_render_poll_recovers(fake: FakeNemo, cwd: Path) -> None:
    with_draft(fake, cwd)
    fake.fail("poll", drop=True, times=2)
    r = run("export", url=fake.url, cwd=cwd)
    clear(r)
    assert r.code == 0, r.err
    (video,) = videos(cwd)
    assert video.read_bytes() == fake.output_bytes
    assert len(fake.requests_to("render")) == 1  # the same render was polled again


def test_connection_reset_during_download_resumes(fake: FakeNemo, cwd: Path) -> None:
    with_draft(fake, cwd)
    fake.fail("file", drop=True, drop_after=100_000)
    r = run("export", url=fake.url, cwd=cwd)
    clear(r)
    assert r.code == 0, r.err
    (video,) = videos(cwd)
    assert video.read_bytes() == fake.output_bytes
    (direct,) = fake.requests_to("download")
    assert direct.headers.get("range") == "bytes=100000-"
    assert not list(cwd.rglob("*.part"))


def test_download_broken_everywhere_leaves_only_a_part_then_resumes(
    fake: FakeNemo, cwd: Path
) -> None:
    with_draft(fake, cwd)
    fake.fail("file", drop=True, drop_after=50_000)
    fake.fail("download", drop=True, drop_after=30_000)
    r = run("export", url=fake.url, cwd=cwd)
    clear(r)
    assert r.code == 1
    assert len(error_lines(r)) == 1, r.err
    assert videos(cwd) == []  # no half-written video under its final name
    parts = list(cwd.rglob("*.part"))
    assert len(parts) == 1 and parts[0].stat().st_size == 80_000
    r = run("export", url=fake.url, cwd=cwd)
    assert r.code == 0, r.err
    (video,) = videos(cwd)
    assert video.read_bytes() == fake.output_bytes
    assert not list(cwd.rglob("*.part"))


def test_render_that_fails_gives_the_reason(fake: FakeNemo, cwd: Path) -> None:
    with_draft(fake, cwd)
    fake.render_failures = ["photo 2 (beach.jpg) could not be decoded"] * 2
    r = run("export", url=fake.url, cwd=cwd)
    clear(r)
    assert r.code == 1
    assert "photo 2 (beach.jpg) could not be decoded" in r.err
    assert videos(cwd) == [] and not list(cwd.rglob("*.part"))


def test_html_5xx_and_retry_after_through_the_program(fake: FakeNemo, cwd: Path) -> None:
    fake.fail("credits", status=429, retry_after="1")
    r = run("credits", "--json", url=fake.url, cwd=cwd)
    assert r.code == 0, r.err
    assert len(fake.requests_to("credits")) == 2
    fake.fail("credits", status=502, html=True, times=5)
    r = run("credits", url=fake.url, cwd=cwd)
    clear(r)
    assert r.code == 1 and len(error_lines(r)) == 1, r.err


# --- a real engine, killed and restarted between commands -------------------------------


def test_engine_killed_and_restarted_between_commands(tmp_path: Path, cwd: Path) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server_home = tmp_path / "server-home"
    from PIL import Image

    photo = cwd / "beach.png"
    Image.new("RGB", (64, 48), (200, 100, 50)).save(photo)

    proc = start_engine(port, server_home)
    try:
        r = run("upload", str(photo), "--json", url=url, cwd=cwd)
        assert r.code == 0, r.err
        r = run("-m", "make a video", "-m", 'add a title "Summer"', url=url, cwd=cwd)
        assert r.code == 0, r.err
    finally:
        stop_engine(proc, signal.SIGKILL)  # no goodbye: killed mid-life

    r = run("status", url=url, cwd=cwd, timeout=30)
    clear(r)
    assert r.code == 1
    assert len(error_lines(r)) == 1 and "127.0.0.1" in r.err, r.err

    proc = start_engine(port, server_home)
    try:
        r = run("status", "--json", url=url, cwd=cwd)
        assert r.code == 0, r.err
        status = json.loads(r.out)
        text = json.dumps(status)
        assert "Summer" in text and "beach.png" in text  # the same session, nothing lost
        chats = run("-m", "make it 6 seconds", url=url, cwd=cwd)
        clear(chats)
        assert chats.code == 0, chats.err
    finally:
        stop_engine(proc, signal.SIGINT)


# --- the interactive chat (a real pty) ----------------------------------------------------


def test_repl_survives_faults(fake: FakeNemo, cwd: Path, tmp_path: Path) -> None:
    """Errors in the chat are one line each and the prompt comes back; never a traceback."""
    pexpect = pytest.importorskip("pexpect")
    log = tmp_path / "pty.log"
    with open(log, "w", encoding="utf-8") as fh:
        child = spawn_chat(fake.url, cwd, logfile=fh)
        try:
            child.expect_exact("nemo>")
            fake.fail("chat", status=502, html=True)
            child.send("make a video\r")
            child.expect_exact("✗")  # the error mark of one clear line
            child.expect_exact("502")
            child.expect_exact("nemo>")
            fake.fail("credits", drop=True, times=3)
            child.send("/credits\r")
            child.expect_exact("✗")
            child.expect_exact("nemo>")
            fake.fail(
                "state",
                status=500,
                body="<?xml version='1.0'?><error/>",
                content_type="application/xml",
            )
            child.send("/status\r")
            child.expect_exact("✗")
            child.expect_exact("nemo>")
            child.send("add a title\r")  # and the chat works again afterwards
            child.expect_exact("Working on it: add a title")
            child.expect_exact("nemo>")
            child.sendcontrol("d")
            child.expect(pexpect.EOF)
        finally:
            child.close(force=True)
    text = log.read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in text and "<html" not in text.lower()
    assert child.exitstatus == 0, text[-2000:]
    assert text.count("✗") >= 3
    assert len(fake.requests_to("chat")) == 2  # the refused message was not re-sent


def test_engine_killed_during_export_then_export_again(tmp_path: Path, cwd: Path) -> None:
    """The engine dies mid-render: the export ends with one line naming the unreachable
    server; after a restart the next export saves a complete video."""
    limits(render_timeout=4)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server_home = tmp_path / "server-home"
    from PIL import Image

    for i in range(2):
        Image.new("RGB", (320, 240), (60 * i, 90, 120)).save(cwd / f"p{i}.png")
    proc = start_engine(port, server_home)
    try:
        r = run("upload", *(str(cwd / f"p{i}.png") for i in range(2)), url=url, cwd=cwd)
        assert r.code == 0, r.err
        r = run("-m", "make a 4 second 720p video", url=url, cwd=cwd)
        assert r.code == 0, r.err
        full = dict(os.environ, NEMO_API_URL=url, PYTHONUNBUFFERED="1")
        export = subprocess.Popen(
            [sys.executable, "-m", "nemochat", "export"],
            cwd=cwd,
            env=full,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        renders = server_home / "engine" / "engine.db"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and "Rendering" not in _peek(export):
            time.sleep(0.05)
        stop_engine(proc, signal.SIGKILL)
        out, err = export.communicate(timeout=60)
        r = Result(export.returncode, out, err)
        clear(r)
        assert r.code == 1, r.err
        assert videos(cwd) == []
        assert renders.exists()
    finally:
        stop_engine(proc, signal.SIGKILL)
    # the dead port is named, within half the render timeout (never a silent 10-minute wait)
    assert "Cannot reach 127.0.0.1" in r.err and len(error_lines(r)) == 1, r.err
    limits(render_timeout=120)
    proc = start_engine(port, server_home)
    try:
        r = run("export", url=url, cwd=cwd)
        clear(r)
        assert r.code == 0, r.err
        (video,) = videos(cwd)
        assert video.stat().st_size > 1000
        assert not list(cwd.rglob("*.part"))
    finally:
        stop_engine(proc, signal.SIGINT)


def _peek(proc: subprocess.Popen[str]) -> str:
    """What the process wrote to stderr so far (non-blocking)."""
    import fcntl

    assert proc.stderr is not None
    fd = proc.stderr.fileno()
    fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | os.O_NONBLOCK)
    try:
        chunk = os.read(fd, 65536).decode("utf-8", "replace")
    except BlockingIOError:
        chunk = ""
    _peeked[proc.pid] = _peeked.get(proc.pid, "") + chunk
    return _peeked[proc.pid]


_peeked: dict[int, str] = {}


def test_stream_that_stops_mid_reply_through_the_program(fake: FakeNemo, cwd: Path) -> None:
    """The reply stream drops: nothing is re-sent, the project is watched (times from
    config.json), and the user gets one line saying nothing arrived."""
    from fakeserver import DROP

    limits(watch_wait=0.05, watch_every=0.05, watch_tries=2)
    fake.script_chat(typed_text("Adding your ti"), Pause(0.05), DROP)
    started = time.monotonic()
    r = run("-m", "add a title", url=fake.url, cwd=cwd)
    clear(r)
    assert r.code == 1
    assert time.monotonic() - started < 30  # not the default 4.5 minutes of watching
    assert len(fake.requests_to("chat")) == 1
    assert "Adding your ti" in r.out
    assert "No result arrived" in r.err + r.out
