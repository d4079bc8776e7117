"""Which server nemochat talks to: the NemoVideo cloud or the local engine.

``--backend {auto,cloud,local}``, else ``NEMOCHAT_BACKEND``, else ``backend`` in
``config.json``. ``auto`` means local unless ``NEMO_API_URL`` or ``NEMO_TOKEN`` is set (the
user pointed nemochat at a server or gave it a cloud token) or the config says cloud.

The local engine is imported only here, lazily, and only when it is chosen: the client
side never imports it otherwise (docs/architecture.md).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Literal

from nemochat import config
from nemochat.errors import NemoChatError

Kind = Literal["cloud", "local"]
CHOICES = ("auto", "cloud", "local")


class BackendError(NemoChatError):
    """The chosen backend cannot be used; ``key``/``fields`` are a catalog message."""

    def __init__(self, key: str, **fields: Any) -> None:
        super().__init__(key, fields)


@dataclass
class Choice:
    kind: Kind
    source: str  # "flag", "env", "config" or "auto"


def choose(flag: str | None = None) -> Choice:
    """Decide cloud or local (no side effects). Invalid env/config values are ignored."""
    if flag in ("cloud", "local"):
        return Choice(flag, "flag")  # type: ignore[arg-type]
    env = (os.environ.get("NEMOCHAT_BACKEND") or "").strip().lower()
    if env in ("cloud", "local"):
        return Choice(env, "env")  # type: ignore[arg-type]
    setting = config.settings().get("backend")
    setting = setting.strip().lower() if isinstance(setting, str) else ""
    if setting in ("cloud", "local"):
        return Choice(setting, "config")  # type: ignore[arg-type]
    if os.environ.get("NEMO_API_URL") or os.environ.get("NEMO_TOKEN"):
        return Choice("cloud", "auto")
    return Choice("local", "auto")


@dataclass
class Backend:
    """A running backend: its kind, the API base URL, and the engine when local."""

    kind: Kind
    url: str
    source: str = "auto"
    engine: Any = None  # nemochat.engine.embedded.EmbeddedEngine when local

    @property
    def key(self) -> str:
        """Where sessions are remembered: the URL, or ``local`` (its port changes every run)."""
        return "local" if self.kind == "local" else self.url

    def describe(self) -> str:
        """The one line that says which backend is in use and how to switch."""
        from nemochat.i18n import t

        if self.kind == "local":
            return t("cli.backend.local")
        return t("cli.backend.cloud", url=self.url)

    def wait_ready(self, timeout: float = 20.0) -> None:
        """Block until a local engine serves (cloud: nothing to wait for)."""
        if self.engine is None:
            return
        if not self.engine.wait_ready(timeout):
            error = getattr(self.engine, "error", None)
            raise BackendError("cli.backend.local_failed", error=str(error or "timeout"))

    def launch(self) -> None:
        """Let a deferred local engine start serving (no-op otherwise)."""
        if self.engine is not None:
            self.engine.launch()

    def stop(self) -> None:
        if self.engine is not None:
            engine, self.engine = self.engine, None
            engine.stop()


def start(choice: Choice, *, defer: bool = False) -> Backend:
    """Start the chosen backend. Local: the engine's port is bound at once; it serves in a
    thread, started now or (``defer``) on ``launch()`` / ``wait_ready()``."""
    if choice.kind == "cloud":
        return Backend("cloud", config.api_url(), choice.source)
    try:
        from nemochat.engine import embedded
    except ImportError as exc:  # a broken install: say what is missing
        raise BackendError("cli.backend.local_missing", error=str(exc)) from exc
    engine = embedded.start(config.home(), defer=defer)
    return Backend("local", engine.url.rstrip("/"), choice.source, engine)
