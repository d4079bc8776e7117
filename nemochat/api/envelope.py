"""One tolerant decoder for every envelope the API uses, and the map from errors to types.

Shapes: ``{"code":0,"data":…}`` (auth, tasks, upload, credits, state), ``{"success":true,
"data":…}`` (render), bare objects (old render status), plus error bodies as JSON
(``code``/``message``, ``success:false``/``error``, FastAPI ``detail``) or HTML pages.
"""

from __future__ import annotations

import email.utils
import json
import time
from typing import Any

from nemochat.api import errors as E

MAX_ERROR_BODY = 64 * 1024


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _message(body: Any) -> str:
    if isinstance(body, dict):
        for key in ("message", "error", "errorMessage", "detail", "msg"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return value
            if isinstance(value, dict):
                return _message(value)
    return ""


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):
        return None


def _no_constant(name: str) -> None:
    """``NaN``, ``Infinity`` and ``-Infinity`` are not JSON: read as null, never as numbers."""
    return None


def loads(text: str | bytes) -> Any:
    """``json.loads`` without the non-finite numbers Python accepts by default."""
    return json.loads(text, parse_constant=_no_constant)


def error_for(
    status: int, body: Any, *, retry_after: str | None = None, html: bool = False
) -> E.NemoError:
    """The typed error for a failed response (``body`` is parsed JSON, text, or None)."""
    code = _int(body.get("code")) if isinstance(body, dict) else None
    if code in (0, 200):
        code = None
    text = _message(body) if isinstance(body, dict) else ""
    detail = E.scrub(text) if text else (f"HTTP {status}" if status >= 400 else "error")
    low = text.lower()
    kw: dict[str, Any] = {"status": status, "code": code}
    if code == 1001 or status == 401:
        return E.TokenExpired(**kw)
    if code == 1002 or (status == 404 and "session" in low and "not found" in low):
        return E.SessionNotFound(**kw)
    if code == 2001:
        return E.CreditsError(**kw)
    if status == 402:
        return E.PlanError(**kw)
    if status == 429 or code == 429:
        return E.RateLimited(retry_after=parse_retry_after(retry_after), **kw)
    if code == 4001:
        return E.BadFileError("client.error.server_bad_file", detail=detail, **kw)
    if code == 4002 or status == 413:
        return E.FileTooLarge("client.error.server_too_large", detail=detail, **kw)
    if status == 400 and "client" in low and "id" in low:
        return E.ClientIdRejected(**kw)
    if html or (status >= 500 and not text):
        return E.ServerError("client.error.server_status", status_text=str(status), **kw)
    return E.ServerError(detail=detail, status_text=str(status), **kw)


def parse_body(raw: bytes, content_type: str) -> Any:
    """JSON if it parses, else the text (None when empty)."""
    if not raw:
        return None
    text = raw[: MAX_ERROR_BODY * 16].decode("utf-8", "replace")
    if "json" in content_type or text.lstrip()[:1] in ("{", "["):
        try:
            return loads(text)
        except (ValueError, RecursionError):  # deep nesting raises RecursionError
            pass
    return text


def unwrap(status: int, raw: bytes, content_type: str, retry_after: str | None = None) -> Any:
    """The payload of a response, or raise the typed error it describes."""
    html = "html" in content_type.lower()
    body = parse_body(raw, content_type) if not html else None
    if 300 <= status < 400:  # the API never redirects: a 302 is not an (empty) success
        raise E.ServerError("client.error.redirected", status=status, status_text=str(status))
    if status >= 400 or html:
        raise error_for(status, body, retry_after=retry_after, html=html)
    if isinstance(body, dict):
        code = _int(body.get("code")) if "code" in body else 0
        if code not in (0, 200, None) or body.get("success") is False:
            raise error_for(status, body, retry_after=retry_after)
        if ("code" in body or "success" in body) and "data" in body:
            return body["data"] if body["data"] is not None else {}
        return body
    if body is None:
        return {}
    if isinstance(body, list):
        return body
    raise E.ServerError("client.error.bad_response", status=status)
