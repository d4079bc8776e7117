"""Every message the CLI, project layer and timeline print exists in English and Chinese."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from nemochat import i18n
from nemochat.catalog import cli as cli_catalog

ROOT = Path(__file__).resolve().parent.parent / "nemochat"
FILES = ["cli.py", "project.py", "timeline.py", "backend.py", "events.py"]
LITERAL = re.compile(r"""["']((?:cli|project|timeline|core|client)\.[a-z_.]+[a-z_])["']""")
DYNAMIC = {
    "cli.help.cmd.": ["upload", "status", "credits", "export", "sessions", "new", "serve"],
    "cli.progress.": ["upload", "render", "download"],
    "timeline.kind.": ["video", "audio", "other", "title", "caption", "clip"],
}


def used_keys() -> set[str]:
    keys: set[str] = set()
    for name in FILES:
        keys.update(LITERAL.findall((ROOT / name).read_text()))
    for prefix, names in DYNAMIC.items():
        keys.update(prefix + n for n in names)
    return keys


def test_every_used_key_exists() -> None:
    catalog = i18n.catalog()
    missing = sorted(k for k in used_keys() if k not in catalog)
    assert not missing, missing
    assert len(used_keys()) > 60  # the scan found the keys (guards against a broken regex)


@pytest.mark.parametrize("key", sorted(cli_catalog.MESSAGES))
def test_both_languages_and_same_fields(key: str) -> None:
    en, zh = cli_catalog.MESSAGES[key]
    assert en.strip() and zh.strip()
    fields = re.compile(r"\{(\w+)\}")
    assert set(fields.findall(en)) == set(fields.findall(zh)), key
    assert re.search(r"[\u4e00-\u9fff]", zh) or key.startswith(
        ("timeline.diff.", "timeline.track")
    ), key
