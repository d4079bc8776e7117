"""The home folder and its private files.

Everything nemochat keeps lives in one folder (``home()``): ``NEMOCHAT_HOME`` if set,
else ``$XDG_CONFIG_HOME/nemovideo``, else ``~/.config/nemovideo`` (the path the NemoVideo
skills declare). The folder is 0700, files are 0600, and every write is atomic
(temp file + fsync + rename) so a crash never leaves half a file behind.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
from pathlib import Path
from typing import Any

from nemochat.errors import NemoChatError

DEFAULT_API_URL = "https://mega-api-prod.nemovideo.ai"
DEFAULT_WEB_URL = "https://nemovideo.com"


class InsecureFileError(NemoChatError, PermissionError):
    """A private file (such as a token cache) can be read by other users (exit 3)."""

    key = "core.insecure_file"
    exit_code = 3

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(fields={"path": str(path)})


def home() -> Path:
    """The home folder, created 0700 if missing (not re-chmodded if it exists and is ours)."""
    env = os.environ.get("NEMOCHAT_HOME")
    if env:
        base = Path(env).expanduser()
    else:
        xdg = os.environ.get("XDG_CONFIG_HOME")
        base = (Path(xdg).expanduser() if xdg else Path.home() / ".config") / "nemovideo"
    ensure_private_dir(base)
    return base


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) with mode 0700; tighten it if it is ours and too open."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        st = path.stat()
        if st.st_uid == os.getuid() and stat.S_IMODE(st.st_mode) & 0o077:
            path.chmod(0o700)
    return path


def write_private(path: Path, data: bytes | str) -> None:
    """Atomically write ``data`` to ``path`` with mode 0600 (temp file, fsync, rename)."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    ensure_private_dir(path.parent)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    with contextlib.suppress(OSError):
        dfd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)


def read_private(path: Path, *, strict: bool = True) -> str | None:
    """Read a private text file; ``None`` if missing.

    With ``strict`` (for secrets), refuse a file that group or others can read.
    """
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    if strict and stat.S_IMODE(st.st_mode) & 0o077:
        raise InsecureFileError(path)
    return path.read_text(encoding="utf-8")


def read_json(path: Path, *, strict: bool = False) -> Any:
    """Read a JSON file written by ``write_json``; ``None`` if missing or unreadable JSON."""
    text = read_private(path, strict=strict)
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


def write_json(path: Path, value: Any) -> None:
    write_private(path, json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n")


def api_url() -> str:
    return (os.environ.get("NEMO_API_URL") or DEFAULT_API_URL).rstrip("/")


def web_url() -> str:
    return (os.environ.get("NEMO_WEB_URL") or DEFAULT_WEB_URL).rstrip("/")


def settings() -> dict[str, Any]:
    """User settings from ``config.json`` in the home folder (missing file → empty)."""
    value = read_json(home() / "config.json")
    return value if isinstance(value, dict) else {}
