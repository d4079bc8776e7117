"""The one error root: everything nemochat tells a user about is a ``NemoChatError``.

An error is a value until a presentation turns it into words: ``key`` names a catalog
message, ``fields`` fill it in, ``exit_code`` is what a one-shot command exits with
(1 failure, 2 usage, 3 account, 4 bad input file). ``str(err)`` is the English message and
``err.message(lang)`` any language; neither ever contains a token.

The tree (as httpx draws its own)::

    NemoChatError                      nemochat.errors            (key, fields, exit_code)
    ├── UsageError                     nemochat.errors            2  bad arguments (CLI, slash, MCP)
    ├── InsecureFileError              nemochat.config            3  a private file others can read
    ├── BackendError                   nemochat.backend           1  the chosen backend cannot start
    ├── NemoError                      nemochat.api.errors           the API client
    │   ├── NetworkError                                          1  (transient)
    │   ├── ServerError                                           1  (transient on 408 / 5xx)
    │   │   └── ClientIdRejected
    │   ├── AuthError                                             3
    │   │   └── TokenExpired
    │   ├── SessionNotFound                                       1
    │   ├── CreditsError                                          3
    │   ├── PlanError                                             3
    │   ├── RateLimited                                           1  (transient)
    │   ├── BadFileError                                          4
    │   │   └── FileTooLarge                                      4
    │   ├── StreamError, StreamStalled, TurnTimeout               1
    │   └── RenderFailed, DownloadError                           1
    ├── EngineError                    nemochat.engine.errors        the local engine, server side
    │   ├── ApiError                   nemochat.engine.server     1  an error answer (HTTP status + API code)
    │   └── UploadError                nemochat.engine.media      4  a refused upload (4001 / 4002)
    └── RenderError                    nemochat.engine.render     1  a render problem the user can act on

Recognise errors with ``isinstance(exc, NemoChatError)``, never by looking for a ``key``
attribute. Messages come from one lookup, ``nemochat.i18n.lookup``, with one policy for a
key that is missing (the key itself is shown and a warning logged; a test checks every key
used exists in both languages).

This module imports nothing at load time beyond the standard library, so the engine and
the client can both use it (like ``nemochat.config`` and ``nemochat.i18n``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_ACCOUNT, EXIT_BAD_FILE, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 130


class NemoChatError(Exception):
    """Base class: something to tell the user in one line, in their language."""

    key: str = "core.unexpected"
    exit_code: int = EXIT_FAIL

    def __init__(
        self,
        key: str | None = None,
        fields: Mapping[str, Any] | None = None,
        exit_code: int | None = None,
    ) -> None:
        if key:
            self.key = key
        if exit_code is not None:
            self.exit_code = exit_code
        self.fields: dict[str, Any] = dict(fields or {})
        super().__init__(self.message("en"))

    def catalog(self) -> Mapping[str, tuple[str, str]]:
        """Where ``key`` is looked up (the client catalog; the engine's errors use theirs)."""
        from nemochat.i18n import catalog

        return catalog()

    def message(self, lang: str | None = None) -> str:
        from nemochat.i18n import lookup

        return lookup(self.key, lang, self.fields, entries=self.catalog())

    def __str__(self) -> str:
        return self.message("en")


class UsageError(NemoChatError):
    """Bad arguments: on the command line, after a slash command, or to an MCP tool."""

    key = "core.usage"
    exit_code = EXIT_USAGE


__all__ = [
    "EXIT_ACCOUNT",
    "EXIT_BAD_FILE",
    "EXIT_FAIL",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "NemoChatError",
    "UsageError",
]
