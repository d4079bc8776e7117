"""Run the real program (``python -m nemochat``) in a subprocess, for end-to-end tests.

The environment is the test's (conftest: a fresh NEMOCHAT_HOME, NEMO_* cleared) plus the
server's URL when one is given. Output is decoded with ``surrogateescape`` so a test can
check bytes the program should never have written.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TIMEOUT = 60.0  # a run that takes longer is a hang


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> object:
        return json.loads(self.out)

    def json_lines(self) -> list[dict]:
        return [json.loads(line) for line in self.out.splitlines() if line.strip()]


def run_program(
    *args: str,
    url: str | None = None,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    stdin: str = "",
    timeout: float = TIMEOUT,
) -> Result:
    full = dict(os.environ)
    full["PYTHONUNBUFFERED"] = "1"
    if url is not None:
        full.update(NEMO_API_URL=url, NEMO_WEB_URL="http://127.0.0.1:9")
    full.update(env or {})
    proc = subprocess.run(
        [sys.executable, "-m", "nemochat", *args],
        capture_output=True,
        text=True,
        errors="surrogateescape",
        cwd=cwd,
        env=full,
        input=stdin,
        timeout=timeout,
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_engine(port: int, home: Path) -> subprocess.Popen[str]:
    """``nemochat serve --port PORT`` with its own home folder, once it accepts connections."""
    env = dict(os.environ, NEMOCHAT_HOME=str(home))
    proc = subprocess.Popen(
        [sys.executable, "-m", "nemochat", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return proc
        if proc.poll() is not None:
            break
        time.sleep(0.05)
    proc.kill()
    proc.wait()
    raise AssertionError("nemochat serve did not start")


def stop_engine(proc: subprocess.Popen[str], sig: int = signal.SIGINT) -> None:
    """Stop it with ``sig`` (SIGINT: a clean shutdown; SIGKILL: a crash)."""
    if proc.poll() is None:
        proc.send_signal(sig)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@contextmanager
def engine_serving(home: Path) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """A standalone engine on a free loopback port: ``(url, process)``."""
    port = free_port()
    proc = start_engine(port, home)
    try:
        yield f"http://127.0.0.1:{port}", proc
    finally:
        stop_engine(proc)


def spawn_chat(
    url: str,
    cwd: Path,
    *,
    encoding: str | None = "utf-8",
    timeout: float = 30,
    logfile: Any = None,
    **env: str,
) -> Any:
    """The interactive chat in a real 100x30 pseudo-terminal (pexpect), on the cloud backend
    at ``url``. ``env`` adds or overrides variables (e.g. ``LANG``)."""
    import pexpect

    full = dict(os.environ)
    full.update(
        NEMOCHAT_BACKEND="cloud",
        NEMO_API_URL=url,
        NEMO_WEB_URL="http://127.0.0.1:9",
        PROMPT_TOOLKIT_NO_CPR="1",
        NO_COLOR="1",
        TERM="xterm",
        COLUMNS="100",
        LINES="30",
        LANG="C.UTF-8",
    )
    full.update(env)
    return pexpect.spawn(
        sys.executable,
        ["-m", "nemochat"],
        env=full,
        cwd=str(cwd),
        encoding=encoding,
        dimensions=(30, 100),
        timeout=timeout,
        logfile=logfile,
    )
