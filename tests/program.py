"""Run the real program (``python -m nemochat``) in a subprocess, for end-to-end tests.

The environment is the test's (conftest: a fresh NEMOCHAT_HOME, NEMO_* cleared) plus the
server's URL when one is given. Output is decoded with ``surrogateescape`` so a test can
check bytes the program should never have written.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

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
