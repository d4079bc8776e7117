"""SKILL.md frontmatter → the ``X-Skill-*`` attribution headers sent on every request.

The NemoVideo API attributes traffic by these headers (CL 1.5 blamed their absence for
export 402s). ``SKILL.md`` is found as package data (``nemochat/SKILL.md``, wheel installs)
or at the repository top level (editable installs).
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

_PKG = Path(__file__).resolve().parent


def skill_file() -> Path | None:
    """Where SKILL.md is: package data first, then the source tree's top level."""
    for candidate in (_PKG / "SKILL.md", _PKG.parent / "SKILL.md"):
        if candidate.is_file():
            return candidate
    return None


def frontmatter(text: str) -> dict[str, Any]:
    """The YAML between the leading ``---`` lines ({} when absent or malformed)."""
    import yaml

    lines = text.lstrip("\ufeff").splitlines()
    if not lines or lines[0].strip() != "---":
        return {}
    try:
        end = next(i for i, line in enumerate(lines[1:], 1) if line.strip() == "---")
    except StopIteration:
        return {}
    try:
        data = yaml.safe_load("\n".join(lines[1:end]))
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


def platform(install_path: Path | None = None) -> str:
    """``SKILL_SOURCE``, else ``clawhub``/``cursor`` by install location, else ``unknown``."""
    env = os.environ.get("SKILL_SOURCE", "").strip()
    if env:
        return env
    where = str((install_path or _PKG).resolve())
    home = str(Path.home())
    if where.startswith(os.path.join(home, ".clawhub") + os.sep):
        return "clawhub"
    if where.startswith(os.path.join(home, ".cursor", "skills") + os.sep):
        return "cursor"
    return "unknown"


@cache
def _meta() -> tuple[str, str]:
    from nemochat import __version__

    path = skill_file()
    data: dict[str, Any] = {}
    if path is not None:
        try:
            data = frontmatter(path.read_text(encoding="utf-8"))
        except OSError:
            data = {}
    name = str(data.get("name") or "nemochat")
    version = str(data.get("version") or __version__)
    return name, version


def headers() -> dict[str, str]:
    """The three attribution headers."""
    name, version = _meta()
    return {"X-Skill-Source": name, "X-Skill-Version": version, "X-Skill-Platform": platform()}
