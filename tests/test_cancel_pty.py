"""Ctrl-C during an export in the chat, or closing the chat, stops the engine's render
(issue 15: cancel means stop).

The real program in a real pseudo-terminal talks to a real ``nemochat serve``: a 1080p
export starts, the engine works at full speed, Ctrl-C is pressed, and within a second the
engine's CPU use drops to idle and the render is ``cancelled``.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

sys.path.insert(0, str(Path(__file__).parent))
from program import engine_serving, run_program, spawn_chat  # noqa: E402


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and all its threads."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks


def _photos(folder: Path) -> list[Path]:
    import numpy as np
    from PIL import Image

    folder.mkdir()
    out = []
    for k in range(3):
        rng = np.random.default_rng(k)
        yy, xx = np.mgrid[0:1200, 0:1600]
        arr = np.stack([xx * 255 // 1600, yy * 255 // 1200, (xx + yy) % 256], -1)
        arr = np.clip(arr + rng.normal(0, 20, arr.shape), 0, 255).astype(np.uint8)
        out.append(folder / f"photo{k}.jpg")
        Image.fromarray(arr).save(out[-1], quality=90)
    return out


def _busy_engine(proc: object) -> None:
    """Wait until the engine renders (its CPU use shows it): this proves that the idle
    check afterwards means something."""
    busy, deadline = 0.0, time.monotonic() + 60
    while busy < 0.3 and time.monotonic() < deadline:
        busy0 = _cpu_seconds(proc.pid)  # type: ignore[attr-defined]
        time.sleep(0.5)
        busy = _cpu_seconds(proc.pid) - busy0  # type: ignore[attr-defined]
    assert busy >= 0.3, "the engine never started rendering"
    time.sleep(1.0)


def _idle_after(proc: object, since: float) -> None:
    time.sleep(max(0.0, since + 1.0 - time.monotonic()))  # one second after the cancel
    idle0 = _cpu_seconds(proc.pid)  # type: ignore[attr-defined]
    time.sleep(1.0)
    idle = _cpu_seconds(proc.pid) - idle0  # type: ignore[attr-defined]
    assert idle < 0.2, f"the engine still used {idle:.2f} s of CPU in a second"


def _no_render_kept(home: Path) -> None:
    renders = home / "engine" / "renders"
    assert not [p for p in renders.glob("*.mp4")]
    assert not list(renders.glob(".*part*"))


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
@pytest.mark.parametrize("how", ["ctrl-c", "hangup"])
def test_cancel_or_closing_the_chat_stops_the_engine_render(tmp_path: Path, how: str) -> None:
    import signal

    with engine_serving(tmp_path / "engine-home") as (url, proc):
        up = run_program("upload", *map(str, _photos(tmp_path / "p")), url=url, cwd=tmp_path)
        assert up.code == 0, up.err
        made = run_program("-m", "make a 60 second video", url=url, cwd=tmp_path)
        assert made.code == 0, made.err
        child = spawn_chat(url, tmp_path, timeout=30, NEMOCHAT_OUTPUT_DIR=str(tmp_path / "out"))
        try:
            child.expect_exact("nemo>")
            child.send("export\r")
            _busy_engine(proc)
            if how == "ctrl-c":
                child.sendcontrol("c")
                pressed = time.monotonic()
                child.expect(r"(?i)cancel", timeout=10)
                _idle_after(proc, pressed)
                child.sendcontrol("d")
                child.expect(pexpect.EOF)
            else:  # the terminal window is closed
                child.kill(signal.SIGHUP)
                closed = time.monotonic()
                child.expect(pexpect.EOF, timeout=10)
                _idle_after(proc, closed)
                child.close()
                assert child.exitstatus == 128 + signal.SIGHUP, (child.exitstatus, child.before)
        finally:
            if child.isalive():
                child.terminate(force=True)
        # the engine says the render was cancelled, and kept no file of it
        _no_render_kept(tmp_path / "engine-home")
