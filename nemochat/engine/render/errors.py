"""Renderer exceptions: user-facing, bilingual, never a traceback."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, TypeVar

from nemochat.errors import NemoChatError

from .messages import MESSAGES

T = TypeVar("T")


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


# Cancellation reaches every phase of a render (media decode, subject finding, text sprites,
# loudness, frames) through one per-thread check: ``render_draft`` installs the caller's
# ``cancelled`` callable for its threads, and the long loops call ``checkpoint()``, a no-op
# outside a render (beat analysis, tests of the parts).
_scope = threading.local()


def checkpoint() -> None:
    """Raise RenderCancelled if the render this thread works for was cancelled."""
    fn = getattr(_scope, "cancelled", None)
    if fn is not None and fn():
        raise RenderCancelled()


def current_scope() -> Callable[[], bool] | None:
    return getattr(_scope, "cancelled", None)


@contextmanager
def cancel_scope(fn: Callable[[], bool] | None) -> Iterator[None]:
    prev = getattr(_scope, "cancelled", None)
    _scope.cancelled = fn
    try:
        yield
    finally:
        _scope.cancelled = prev


def in_scope(fn: Callable[..., T]) -> Callable[..., T]:
    """``fn`` bound to the calling thread's cancel scope, to run on a helper thread."""
    scope = current_scope()

    def run(*args: Any, **kwargs: Any) -> T:
        with cancel_scope(scope):
            return fn(*args, **kwargs)

    return run


def label(kind: str, n: int, name: str) -> tuple[str, str]:
    """("photo 3 (beach.jpg)", "第 3 张照片（beach.jpg）") for error messages."""
    en, cn = MESSAGES[f"render.label.{kind}"]
    return en.format(n=n, name=name), cn.format(n=n, name=name)
