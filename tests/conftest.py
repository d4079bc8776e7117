"""Shared test set-up: every test gets its own home folder and a clean environment."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fakeserver import FakeNemo
from hypothesis import HealthCheck, settings

# Property tests check behaviour, never speed: no per-example deadline, no "too slow" health
# check (CI machines are slower and busier than a laptop).
settings.register_profile("nemochat", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("nemochat")

_ENV = (
    "NEMO_TOKEN",
    "NEMO_API_URL",
    "NEMO_WEB_URL",
    "NEMO_CLIENT_ID",
    "SKILL_SOURCE",
    "NEMOCHAT_BACKEND",
    "NEMOCHAT_LANG",
    "NEMOCHAT_HOME",
    "XDG_CONFIG_HOME",
    "LANGUAGE",
    "LC_ALL",
    "LC_MESSAGES",
)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    for name in _ENV:
        monkeypatch.delenv(name, raising=False)
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("NEMOCHAT_HOME", str(home))
    monkeypatch.setenv("LANG", "C.UTF-8")
    from nemochat import i18n

    i18n.set_language("auto")
    i18n._last_text_lang = None
    yield home


@pytest.fixture
def cwd(tmp_path: Path) -> Path:
    """An empty working folder for the program under test (exports land in ./output)."""
    work = tmp_path / "work"
    work.mkdir()
    return work


@pytest.fixture
def fake() -> Iterator[FakeNemo]:
    """The loopback fake NemoVideo API (tests/fakeserver.py); renders complete at once and
    are polled every 0.05 s. Modules that need other behaviour define their own ``fake``."""
    from nemochat import config

    server = FakeNemo().start()
    server.render_steps = ["completed"]
    config.write_json(config.home() / "config.json", {"render_poll": 0.05})
    try:
        yield server
    finally:
        server.stop()
