"""SKILL.md → X-Skill-* headers; the API package stays light to import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from nemochat import skill


def test_frontmatter_of_the_real_skill_file() -> None:
    path = skill.skill_file()
    assert path is not None and path.name == "SKILL.md"
    meta = skill.frontmatter(path.read_text(encoding="utf-8"))
    assert meta["name"] == "nemochat"
    assert str(meta["version"]) == "0.1.0"
    openclaw = meta["metadata"]["openclaw"]
    assert "NEMO_TOKEN" in openclaw["requires"]["env"] and openclaw["primaryEnv"] == "NEMO_TOKEN"
    assert skill.headers()["X-Skill-Source"] == "nemochat"
    assert skill.headers()["X-Skill-Version"] == "0.1.0"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("---\nname: x\nversion: '2'\n---\nbody", {"name": "x", "version": "2"}),
        ("no frontmatter", {}),
        ("---\nname: [unclosed\n---\n", {}),
        ("---\nname: x\n", {}),
        ("\ufeff---\nname: y\n---\n", {"name": "y"}),
    ],
)
def test_frontmatter_tolerates_bad_files(text: str, want: dict) -> None:
    assert skill.frontmatter(text) == want


def test_platform_detection(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    claw = tmp_path / ".clawhub" / "skills" / "nemochat"
    cursor = tmp_path / ".cursor" / "skills" / "nemochat"
    other = tmp_path / "src" / "nemochat"
    for p in (claw, cursor, other):
        p.mkdir(parents=True)
    assert skill.platform(claw) == "clawhub"
    assert skill.platform(cursor) == "cursor"
    assert skill.platform(other) == "unknown"
    monkeypatch.setenv("SKILL_SOURCE", "github")
    assert skill.platform(claw) == "github"


def test_importing_the_client_stays_light() -> None:
    code = (
        "import sys, nemochat.api\n"
        "heavy = {'numpy', 'av', 'cv2', 'PIL', 'starlette', 'uvicorn', 'nemochat.engine'}\n"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
