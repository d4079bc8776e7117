"""The system's video player: whether one can be opened here, and opening a file with it.

A player is opened only for a person at a terminal with a display: macOS (``open``, not over
SSH), Windows (``startfile``), or X11/Wayland with ``xdg-open``. ``NEMOCHAT_PLAYER=off``
never opens one (the preview is then drawn in the terminal). Callers decide the rest (never
for ``--json``, MCP or output that is not a terminal).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path


def available() -> bool:
    if os.environ.get("NEMOCHAT_PLAYER", "").strip().lower() in ("0", "off", "no", "none"):
        return False
    if sys.platform == "darwin":
        return not os.environ.get("SSH_CONNECTION") and shutil.which("open") is not None
    if os.name == "nt":
        return True
    has_display = bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return has_display and shutil.which("xdg-open") is not None


def open_file(path: Path) -> bool:
    """Open ``path`` with the system's player, without waiting; False if that failed."""
    try:
        if sys.platform == "darwin":
            subprocess.Popen(
                ["open", str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
        elif os.name == "nt":
            os.startfile(str(path))  # type: ignore[attr-defined]
        else:
            subprocess.Popen(
                ["xdg-open", str(path)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
    except OSError:
        return False
    return True
