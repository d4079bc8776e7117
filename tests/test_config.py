"""The home folder and private files: location precedence, modes, atomic writes."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from nemochat import config


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_home_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NEMOCHAT_HOME", str(tmp_path / "explicit"))
    assert config.home() == tmp_path / "explicit"
    monkeypatch.delenv("NEMOCHAT_HOME")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert config.home() == tmp_path / "xdg" / "nemovideo"
    monkeypatch.delenv("XDG_CONFIG_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    assert config.home() == tmp_path / "user" / ".config" / "nemovideo"


def test_home_is_private_and_tightened(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    loose = tmp_path / "loose"
    loose.mkdir(mode=0o755)
    loose.chmod(0o755)
    monkeypatch.setenv("NEMOCHAT_HOME", str(loose))
    assert _mode(config.home()) == 0o700


def test_write_private_is_0600_and_atomic(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "secret"
    config.write_private(target, "one")
    assert target.read_text() == "one"
    assert _mode(target) == 0o600
    assert _mode(target.parent) == 0o700
    config.write_private(target, "two")
    assert target.read_text() == "two"
    assert [p.name for p in target.parent.iterdir()] == ["secret"]  # no temp files left


def test_failed_write_leaves_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "data.json"
    config.write_json(target, {"a": 1})

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(config.os, "fsync", disk_full)
    with pytest.raises(OSError):
        config.write_json(target, {"a": 2, "padding": "x" * 10000})
    monkeypatch.undo()
    assert config.read_json(target) == {"a": 1}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.json"]


def test_read_private_refuses_group_or_world_readable(tmp_path: Path) -> None:
    target = tmp_path / "token"
    config.write_private(target, "x")
    os.chmod(target, 0o644)
    with pytest.raises(config.InsecureFileError) as err:
        config.read_private(target)
    assert "chmod 600" in str(err.value)
    assert config.read_private(target, strict=False) == "x"
    assert config.read_private(tmp_path / "missing") is None


def test_read_json_tolerates_garbage(tmp_path: Path) -> None:
    target = tmp_path / "c.json"
    config.write_private(target, "{not json")
    assert config.read_json(target) is None


def test_api_and_web_urls(monkeypatch: pytest.MonkeyPatch) -> None:
    assert config.api_url() == config.DEFAULT_API_URL
    monkeypatch.setenv("NEMO_API_URL", "http://127.0.0.1:9/")
    monkeypatch.setenv("NEMO_WEB_URL", "http://127.0.0.1:8/")
    assert config.api_url() == "http://127.0.0.1:9"
    assert config.web_url() == "http://127.0.0.1:8"
