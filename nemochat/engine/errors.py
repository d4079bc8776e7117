"""The local engine's branch of the error tree (``nemochat.errors`` draws all of it)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping

from nemochat.errors import NemoChatError


class EngineError(NemoChatError):
    """Raised inside the local engine; its messages live in ``nemochat.engine.messages``."""

    def catalog(self) -> Mapping[str, tuple[str, str]]:
        from nemochat.engine.messages import MESSAGES

        return MESSAGES


# characters that end a path inside a message (quotes, brackets, separators, space)
_PATH_TAIL = r"[^\s'\"<>|:;,()\[\]{}]*"
_PATH_BOUNDARY = r"(?![^/\s'\"<>|:;,()\[\]{}])"


def scrub_paths(
    text: str, roots: Iterable[str | os.PathLike[str]], names: Mapping[str, str] | None = None
) -> str:
    """``text`` with every path under one of ``roots`` (the engine's own folders) replaced:
    by its label from ``names`` (a temp or stored file → the name it was uploaded under),
    else by its last component. Paths elsewhere (e.g. one a user wrote in a draft) stay."""
    if not text:
        return text
    labels = {os.path.normpath(str(k)): v for k, v in (names or {}).items()}
    prefixes: set[str] = set()
    for root in roots:
        raw = str(root).rstrip("/")
        for variant in (raw, os.path.realpath(raw) if raw else ""):
            if len(variant) > 1:
                prefixes.add(variant)

    def label(match: re.Match[str]) -> str:
        path = match.group(0)
        named = labels.get(os.path.normpath(path))
        if named:
            return named
        base = os.path.basename(path.rstrip("/"))
        return base if path.rstrip("/") != match.group(1) and base else "…"

    for prefix in sorted(prefixes, key=len, reverse=True):
        pattern = re.compile(
            "(" + re.escape(prefix) + ")" + _PATH_BOUNDARY + "(?:/" + _PATH_TAIL + ")?"
        )
        text = pattern.sub(label, text)
    return text
