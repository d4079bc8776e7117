"""Who we are to the API: a stable client id and a bearer token.

client id: ``NEMO_CLIENT_ID``, else the ``client_id`` file, else a new UUID saved there
(0600). Reusing it matters: a new id per call hits the per-IP cap on anonymous tokens.
Token: ``NEMO_TOKEN`` (never written to disk), else the cached anonymous token for this API
base URL (``anonymous_token.json``, 0600, with expiry and user id; refused when others can
read it), else a new one from ``POST /api/auth/anonymous-token``.
"""

from __future__ import annotations

import os
import re
import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from nemochat import config

CLIENT_ID_FILE = "client_id"
TOKEN_FILE = "anonymous_token.json"
_MARGIN = 60.0  # treat a token as expired this many seconds early
_TOKEN = re.compile(r"[\x21-\x7e]{1,4096}")  # printable ASCII: fits a header as it is


def usable_token(value: object) -> bool:
    """Whether ``value`` can go into an ``Authorization`` header unchanged (no CR/LF,
    controls, spaces or non-ASCII): anything else is never cached or sent."""
    return isinstance(value, str) and _TOKEN.fullmatch(value) is not None


@dataclass
class Token:
    value: str
    user_id: str | None = None
    expires_at: float | None = None  # epoch seconds
    from_env: bool = False

    def __post_init__(self) -> None:
        from nemochat.api.errors import remember_secret

        remember_secret(self.value)  # redacted by value from every message and log line

    def __repr__(self) -> str:  # never show the secret
        return f"Token(user_id={self.user_id!r}, from_env={self.from_env})"


def _parse_expiry(value: Any) -> float | None:
    if isinstance(value, int | float):
        return float(value) / (1000.0 if value > 1e11 else 1.0)
    if isinstance(value, str) and value:
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
        except ValueError:
            return None
    return None


class Identity:
    """Client id and token storage in the home folder (``home`` overrides for tests)."""

    def __init__(self, base_url: str, home: Path | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self._home = home
        self._client_id: str | None = None

    @property
    def home(self) -> Path:
        return self._home or config.home()

    # client id ----------------------------------------------------------------------
    def client_id(self) -> str:
        if self._client_id:
            return self._client_id
        env = os.environ.get("NEMO_CLIENT_ID", "").strip()
        if env:
            self._client_id = env
            return env
        path = self.home / CLIENT_ID_FILE
        saved = (config.read_private(path, strict=False) or "").strip()
        if saved and len(saved) <= 64:
            self._client_id = saved
            return saved
        return self.new_client_id()

    def new_client_id(self) -> str:
        """A fresh UUID, saved unless ``NEMO_CLIENT_ID`` pins the id for this run."""
        cid = str(uuid.uuid4())
        if not os.environ.get("NEMO_CLIENT_ID", "").strip():
            config.write_private(self.home / CLIENT_ID_FILE, cid + "\n")
        self._client_id = cid
        return cid

    # token --------------------------------------------------------------------------
    @staticmethod
    def env_token() -> Token | None:
        value = os.environ.get("NEMO_TOKEN", "").strip()
        return Token(value, from_env=True) if value else None

    def cached(self) -> Token | None:
        """The saved anonymous token for this API, if still valid.

        Raises ``config.InsecureFileError`` when others can read the file.
        """
        data = config.read_json(self.home / TOKEN_FILE, strict=True)
        entry = data.get(self.base_url) if isinstance(data, dict) else None
        if not isinstance(entry, dict) or not usable_token(entry.get("token")):
            return None  # (a token saved by an older version with CR/LF in it is dropped)
        expires = entry.get("expires_at")
        expires = float(expires) if isinstance(expires, int | float) else None
        if expires is not None and expires - _MARGIN < time.time():
            return None
        user = entry.get("user_id")
        return Token(entry["token"], user if isinstance(user, str) else None, expires)

    def save(self, token: Token) -> None:
        if token.from_env:
            return
        path = self.home / TOKEN_FILE
        try:
            data = config.read_json(path, strict=True)
        except config.InsecureFileError:
            data = None  # rewritten below with mode 0600
        data = _pruned(data if isinstance(data, dict) else {}, keep=self.base_url)
        data[self.base_url] = {
            "token": token.value,
            "user_id": token.user_id,
            "expires_at": token.expires_at,
            "client_id": self.client_id(),
            "saved_at": time.time(),
        }
        config.write_json(path, data)

    def forget(self) -> None:
        path = self.home / TOKEN_FILE
        try:
            data = config.read_json(path, strict=True)
        except config.InsecureFileError:
            return
        if isinstance(data, dict) and self.base_url in data:
            del data[self.base_url]
            config.write_json(path, data)

    @staticmethod
    def token_from_response(data: Any) -> Token:
        if not isinstance(data, dict) or not usable_token(data.get("token")):
            raise ValueError("no usable token in response")
        user = data.get("user_id")
        return Token(
            data["token"],
            user if isinstance(user, str) else None,
            _parse_expiry(data.get("expires_at")) or time.time() + 7 * 86400,
        )


_LOOPBACK_KEEP = 3


def _is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    return host in ("localhost", "::1") or host.startswith("127.")


def _pruned(data: dict[str, Any], *, keep: str) -> dict[str, Any]:
    """Drop expired tokens, and all but the newest few loopback servers.

    The embedded engine gets a new port every run, so without this the file would gain an
    entry per run.
    """
    now = time.time()

    def alive(entry: Any) -> bool:
        exp = entry.get("expires_at") if isinstance(entry, dict) else None
        return isinstance(entry, dict) and not (isinstance(exp, int | float) and exp < now)

    kept = {url: entry for url, entry in data.items() if url != keep and alive(entry)}
    local = sorted(
        (url for url in kept if _is_loopback(url)),
        key=lambda url: kept[url].get("saved_at") or 0,
        reverse=True,
    )
    for url in local[_LOOPBACK_KEEP - 1 :]:
        del kept[url]
    return kept
