"""The program in a real terminal (pty): progress bars, the chat opening, Ctrl-C; and the
terminal-free details (no escape codes in pipes, JSON errors, output folder settings)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pexpect
from fakeserver import FakeNemo, Pause, typed_text

DRAFT = {
    "d": 3000,
    "m": {"title": "Tiny", "width": 640, "height": 360},
    "t": [{"tt": 0, "sg": [{"st": 0, "d": 3000, "m": {"name": "a.jpg"}}]}],
}


def env_for(fake: FakeNemo, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"NEMO_API_URL": fake.url, "NEMO_WEB_URL": "http://127.0.0.1:9", "TERM": "xterm"})
    env.update(extra)
    return env


def spawn(args: list[str], env: dict[str, str], cwd: Path) -> pexpect.spawn:
    return pexpect.spawn(
        sys.executable,
        ["-m", "nemochat", *args],
        env=env,
        cwd=str(cwd),
        encoding="utf-8",
        timeout=30,
        dimensions=(40, 120),
    )


def test_progress_bars_on_a_terminal_only(fake: FakeNemo, tmp_path: Path) -> None:
    sid = fake.new_session(draft=DRAFT)
    fake.output_bytes = b"\0" * (4 * 1024 * 1024)
    child = spawn(["--session", sid, "export"], env_for(fake), tmp_path)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    seen = child.before
    assert "\x1b[" in seen  # rich drew (and cleared) bars
    assert "━" in seen or "Rendering" in seen
    assert (tmp_path / "output" / "Tiny.mp4").stat().st_size == 4 * 1024 * 1024
    # the same export through pipes: no escape codes at all
    proc = subprocess.run(
        [sys.executable, "-m", "nemochat", "--session", sid, "export"],
        env=env_for(fake),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "\x1b" not in proc.stdout + proc.stderr
    # the same video again: no second copy, and the path of the first on stdout
    assert not (tmp_path / "output" / "Tiny (1).mp4").exists()
    assert proc.stdout.strip() == str(Path("output") / "Tiny.mp4")


def test_chat_opens_with_backend_line_and_quits(fake: FakeNemo, tmp_path: Path) -> None:
    child = spawn([], env_for(fake), tmp_path)
    child.expect("Backend: NemoVideo cloud")
    child.expect(r"--backend local")
    child.expect("nemo>")
    child.send("/quit\r")
    child.expect(pexpect.EOF, timeout=20)
    child.close()
    assert child.exitstatus == 0
    assert "Traceback" not in child.before


def test_ctrl_c_during_a_turn_exits_130_without_traceback(fake: FakeNemo, tmp_path: Path) -> None:
    fake.script_chat(typed_text("thinking"), Pause(20), typed_text("late"))
    proc = subprocess.Popen(
        [sys.executable, "-m", "nemochat", "-m", "slow please"],
        env=env_for(fake),
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    deadline = time.monotonic() + 20
    while not fake.requests_to("chat") and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 130, (out, err)
    assert "Interrupted." in err
    assert "Traceback" not in err
    assert "late" not in out
    assert len(fake.requests_to("chat")) == 1


def run(fake: FakeNemo, cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nemochat", *args],
        env=env_for(fake, **env),
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


def test_json_error_shape(fake: FakeNemo, tmp_path: Path) -> None:
    sid = fake.new_session()
    proc = run(fake, tmp_path, "export", "--json", "--session", sid)
    assert proc.returncode == 1
    body = json.loads(proc.stdout)
    assert body["error"]["key"] == "project.export.no_draft"
    assert body["error"]["exit_code"] == 1
    assert body["error"]["message"] in proc.stderr


def test_output_folder_from_env_and_config(
    fake: FakeNemo, tmp_path: Path, _isolated_home: Path
) -> None:
    from nemochat import config

    sid = fake.new_session(draft=DRAFT)
    proc = run(
        fake, tmp_path, "export", "--session", sid, NEMOCHAT_OUTPUT_DIR=str(tmp_path / "videos")
    )
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "videos" / "Tiny.mp4").exists()
    config.write_json(
        _isolated_home / "config.json",
        {"output_dir": str(tmp_path / "from-config"), "render_poll": 0.05},
    )
    proc = run(fake, tmp_path, "export", "--session", sid)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "from-config" / "Tiny.mp4").exists()


def test_sessions_human_listing(fake: FakeNemo, tmp_path: Path) -> None:
    empty = run(fake, tmp_path, "sessions")
    assert empty.returncode == 0 and "No sessions yet" in empty.stderr
    sid = fake.new_session(draft=DRAFT)
    assert run(fake, tmp_path, "-m", f"/use {sid}").returncode in (0, 1)
    assert run(fake, tmp_path, "new").returncode == 0
    listing = run(fake, tmp_path, "sessions")
    lines = listing.stdout.splitlines()
    assert len(lines) >= 1
    assert sum(1 for line in lines if line.startswith("* ")) == 1
