"""Renderer exceptions: user-facing, bilingual, never a traceback."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from nemochat.errors import NemoChatError

from .messages import MESSAGES


class RenderError(NemoChatError):
    """A problem the user can act on; ``str()`` is the English message, ``message(lang)`` any.

    Fields given as ``(english, chinese)`` pairs (``label``) are picked by language.
    """

    def __init__(self, key: str, **fields: Any) -> None:
        super().__init__(key, fields)

    def catalog(self) -> Mapping[str, tuple[str, str]]:
        return MESSAGES

    def message(self, lang: str | None = "en") -> str:
        return super().message(lang or "en")


class RenderCancelled(Exception):
    """The caller asked to stop; the partial output was removed."""


def label(kind: str, n: int, name: str) -> tuple[str, str]:
    """("photo 3 (beach.jpg)", "第 3 张照片（beach.jpg）") for error messages."""
    en, cn = MESSAGES[f"render.label.{kind}"]
    return en.format(n=n, name=name), cn.format(n=n, name=name)
