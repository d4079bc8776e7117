"""Renderer exceptions: user-facing, bilingual, never a traceback."""

from __future__ import annotations

from typing import Any

from .messages import MESSAGES


class RenderError(Exception):
    """A problem the user can act on; ``str()`` is the English message, ``message(lang)`` any."""

    def __init__(self, key: str, **fields: Any) -> None:
        self.key = key
        self.fields = fields
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        zh = lang.lower().startswith("zh")
        resolved = {}
        for name, value in self.fields.items():
            if isinstance(value, tuple) and len(value) == 2:
                value = value[1] if zh else value[0]
            resolved[name] = value
        en, cn = MESSAGES.get(self.key, ("{error}", "{error}"))
        try:
            return (cn if zh else en).format(**resolved)
        except (KeyError, IndexError):
            return en


class RenderCancelled(Exception):
    """The caller asked to stop; the partial output was removed."""


def label(kind: str, n: int, name: str) -> tuple[str, str]:
    """("photo 3 (beach.jpg)", "第 3 张照片（beach.jpg）") for error messages."""
    en, cn = MESSAGES[f"render.label.{kind}"]
    return en.format(n=n, name=name), cn.format(n=n, name=name)
