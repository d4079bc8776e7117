"""The local engine's branch of the error tree (``nemochat.errors`` draws all of it)."""

from __future__ import annotations

from collections.abc import Mapping

from nemochat.errors import NemoChatError


class EngineError(NemoChatError):
    """Raised inside the local engine; its messages live in ``nemochat.engine.messages``."""

    def catalog(self) -> Mapping[str, tuple[str, str]]:
        from nemochat.engine.messages import MESSAGES

        return MESSAGES
