"""The API client's errors: one branch of the tree under ``nemochat.errors.NemoChatError``.

Each error carries ``key`` (an i18n message key in ``nemochat/catalog/client.py``),
``fields`` (values for that message) and ``exit_code`` (1 failure, 3 account, 4 bad input
file), so callers never need to know an API error code or an envelope's shape. ``str(err)``
is the English message; it never contains the token.
"""

from __future__ import annotations

import re
from typing import Any

from nemochat.errors import NemoChatError

_SECRET = re.compile(r"(nmv_usr_[A-Za-z0-9._-]+|Bearer\s+\S+)", re.IGNORECASE)
_VALUES: set[str] = set()  # the tokens in use this run (NEMO_TOKEN, cached, fetched)


def remember_secret(value: str) -> None:
    """Redact ``value`` wherever nemochat writes text, whatever it looks like."""
    if len(value) >= 8:  # shorter strings would redact ordinary words
        _VALUES.add(value)


def redact(text: str) -> str:
    """``text`` without the secrets in use (by value) or anything shaped like a token."""
    for value in _VALUES:
        if value in text:
            text = text.replace(value, "[redacted]")
    return _SECRET.sub("[redacted]", text)


def scrub(text: object, limit: int = 300) -> str:
    """Server text made safe for a message: no tokens, no control characters, bounded length."""
    s = redact(str(text))
    s = re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", "", s)
    s = " ".join(s.split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


class NemoError(NemoChatError):
    """Base class of the API client's errors (see the tree in ``nemochat.errors``)."""

    key = "client.error.unknown"
    exit_code = 1

    def __init__(
        self,
        key: str | None = None,
        *,
        status: int | None = None,
        code: int | None = None,
        **fields: Any,
    ) -> None:
        self.status = status  # HTTP status, when there was a response
        self.code = code  # API error code from the envelope, when there was one
        super().__init__(key, fields)

    @property
    def transient(self) -> bool:
        """Worth retrying the same request later (network, 408, 429, 5xx)."""
        return False


class NetworkError(NemoError):
    key = "client.error.network"

    @property
    def transient(self) -> bool:
        return True


class ServerError(NemoError):
    key = "client.error.server"

    @property
    def transient(self) -> bool:
        return self.status is not None and (self.status == 408 or self.status >= 500)


class AuthError(NemoError):
    key = "client.error.auth"
    exit_code = 3


class SessionNotFound(NemoError):
    key = "client.error.session"


class CreditsError(NemoError):
    key = "client.error.credits"
    exit_code = 3


class PlanError(NemoError):
    key = "client.error.plan"
    exit_code = 3


class RateLimited(NemoError):
    key = "client.error.rate_limited"

    def __init__(self, key: str | None = None, *, retry_after: float | None = None, **kw: Any):
        self.retry_after = retry_after
        kw.setdefault("seconds", int(retry_after or 30))
        super().__init__(key, **kw)

    @property
    def transient(self) -> bool:
        return True


class BadFileError(NemoError):
    key = "client.error.bad_file"
    exit_code = 4


class FileTooLarge(BadFileError):
    key = "client.error.too_large"


class StreamError(NemoError):
    key = "client.error.stream"


class StreamStalled(NemoError):
    key = "client.error.stalled"


class TurnTimeout(NemoError):
    key = "client.error.turn_timeout"


class RenderFailed(NemoError):
    key = "client.error.render_failed"


class DownloadError(NemoError):
    key = "client.error.download"


class ClientIdRejected(ServerError):
    """HTTP 400 from the token endpoint about X-Client-Id (handled inside the client)."""

    key = "client.error.client_id"


class TokenExpired(AuthError):
    """1001 / HTTP 401 (handled inside the client: new token, replay once)."""

    key = "client.error.auth"


__all__ = [
    "AuthError",
    "BadFileError",
    "ClientIdRejected",
    "CreditsError",
    "DownloadError",
    "FileTooLarge",
    "NemoError",
    "NetworkError",
    "PlanError",
    "RateLimited",
    "RenderFailed",
    "ServerError",
    "SessionNotFound",
    "StreamError",
    "StreamStalled",
    "TokenExpired",
    "TurnTimeout",
    "redact",
    "remember_secret",
    "scrub",
]
