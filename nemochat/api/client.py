"""``NemoClient``: the async client for the NemoVideo skill API (and the local engine).

Recovery it does by itself, so callers see only typed errors (``errors.py``):

- 1001 / HTTP 401 → a new anonymous token for the same client id, replay once (with
  ``NEMO_TOKEN`` set there is nothing to renew: ``AuthError`` "token invalid").
- HTTP 400 about ``X-Client-Id`` from the token endpoint → a new client id, retry once.
- 429 → wait ``Retry-After`` (else 30 s) with a countdown (``on_countdown``), retry once.
- 1002 → only when ``on_session_replaced`` is given: create a new session (same language),
  tell the caller (``on_notice("client.session.renewed", …)`` and
  ``on_session_replaced(old, new)``), replay once. Otherwise ``SessionNotFound`` is raised.

Replays happen only when the server refused the request before doing anything; a chat
message whose stream started is never sent again.
"""

from __future__ import annotations

import asyncio
import codecs
import contextlib
import errno
import os
import re
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote, unquote, urlsplit

import httpx

from nemochat import config, skill
from nemochat.api import errors as E
from nemochat.api.bounded import BadEncoding, BodyTooLarge, iter_decoded, read_capped
from nemochat.api.envelope import MAX_ERROR_BODY, parse_body, unwrap
from nemochat.api.events import EventDecoder, Heartbeat, TextChunk, ToolCall, ToolResult
from nemochat.api.identity import Identity, Token, usable_token
from nemochat.api.upload import MultipartBody, check_upload_path

T = TypeVar("T")
Notice = Callable[[str, dict], None]
MAX_DOWNLOAD_BYTES = 4 * 1024**3  # a video with no announced size (10 min of 4K is far less)
MAX_REDIRECTS = 5
MAX_EVENT_CHARS = 2 * 1024 * 1024
MAX_RESPONSE_BYTES = 32 * 1024 * 1024  # one API answer, decompressed (a state with its draft)
MAX_RETRY_AFTER = 300.0
UNREACHABLE_LIMIT = 60.0  # s of refused connections while polling a render
QUEUED_NOTICE_S = 5.0  # a render still waiting to start after this is explained once
_LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}


@dataclass
class Session:
    session_id: str
    task_id: str | None = None
    user_id: str | None = None


@dataclass
class Credits:
    available: float
    frozen: float
    total: float
    unlimited: bool = False  # the local engine's shape: {"unlimited": true}


@dataclass
class UploadedFile:
    filename: str
    file_type: str
    url: str | None
    width: int | None
    height: int | None
    duration: float | None
    raw: dict


@dataclass
class RenderStatus:
    id: str
    status: str  # pending | processing | completed | failed | cancelled
    progress: float | None  # 0..1
    url: str | None
    error: str | None
    retriable: bool = True  # False: the server says trying again cannot help
    messages: dict[str, str] | None = None  # the error in each language, when given
    size: int | None = None  # bytes of the finished video, when the server says
    sha256: str | None = None  # the finished video's SHA-256, when the server says
    preview: bool = False  # the server made a fast low-resolution preview

    def error_in(self, lang: str) -> str | None:
        """The error in the user's language when the server gave it in several."""
        if self.messages:
            chosen = self.messages.get(lang) or self.messages.get("en")
            if chosen:
                return E.scrub(chosen)
        return self.error


class DiskError(E.DownloadError):
    """The video could not be written here (disk full, no permission): no other source helps."""


def new_render_id() -> str:
    """``render_<ms>_<random>``: unique per render, as the API requires."""
    return f"render_{int(time.time() * 1000)}_{uuid.uuid4().hex[:8]}"


def _origin(url: httpx.URL | str) -> tuple[str, str, int | None]:
    u = httpx.URL(str(url))
    port = u.port or {"http": 80, "https": 443}.get(u.scheme)
    return (u.scheme, u.host, port)


class _OriginAuth(httpx.Auth):
    """Adds ``Authorization`` only to requests for the API origin (never to CDN links)."""

    def __init__(self, client: NemoClient) -> None:
        self.client = client

    def auth_flow(self, request: httpx.Request):  # type: ignore[no-untyped-def]
        token = self.client._token
        if (
            token is not None
            and request.extensions.get("nemo_auth", True)
            and _origin(request.url) == self.client._origin
        ):
            request.headers["Authorization"] = f"Bearer {token.value}"
        yield request


def _human(n: int) -> str:
    if n >= 1024**3:
        return f"{n / 1024**3:.1f} GB"
    if n >= 1024**2:
        return f"{n // 1024**2} MB"
    return f"{n // 1024} KB" if n >= 1024 else f"{n} bytes"


def _network_error(exc: BaseException, url: str) -> E.NetworkError:
    host = urlsplit(url).netloc or url
    if isinstance(exc, httpx.ConnectError):
        return E.NetworkError("client.error.connect", host=host)
    if isinstance(exc, httpx.TimeoutException):
        return E.NetworkError("client.error.timeout", host=host)
    return E.NetworkError("client.error.network", host=host)


_STATUS_ALIASES = {
    "queued": "pending",
    "waiting": "pending",
    "created": "pending",
    "running": "processing",
    "rendering": "processing",
    "in_progress": "processing",
    "done": "completed",
    "complete": "completed",
    "succeeded": "completed",
    "success": "completed",
    "finished": "completed",
    "error": "failed",
    "failure": "failed",
    "canceled": "cancelled",
}


def parse_render(data: Any, default_id: str) -> RenderStatus:
    """A render status from any documented shape (``data.outputUrl``, ``output.url``, ``url``)."""
    d = data if isinstance(data, dict) else {}
    if isinstance(d.get("data"), dict):  # an envelope the decoder left alone
        d = d["data"]
    raw_status = str(d.get("status") or "pending").lower()
    status = _STATUS_ALIASES.get(raw_status, raw_status)
    output = d.get("output")
    output = output if isinstance(output, dict) else {}
    url = d.get("outputUrl") or output.get("url") or d.get("url") or d.get("output_url")
    prog = d.get("progress")
    progress: float | None = None
    if isinstance(prog, int | float) and not isinstance(prog, bool):
        progress = float(prog) if isinstance(prog, float) and 0 < prog < 1 else prog / 100.0
        progress = max(0.0, min(1.0, progress))
    error = d.get("error") or d.get("errorMessage") or d.get("message")
    rid = d.get("id") or d.get("taskId") or d.get("render_id") or default_id
    size = output.get("size", d.get("size"))
    digest = output.get("sha256", d.get("sha256"))
    if not (isinstance(digest, str) and re.fullmatch(r"[0-9a-fA-F]{64}", digest)):
        digest = None
    return RenderStatus(
        id=str(rid),
        status=status,
        progress=progress,
        url=url if isinstance(url, str) and url else None,
        error=E.scrub(error) if error and status == "failed" else None,
        retriable=d.get("retriable") is not False,
        size=size if isinstance(size, int) and not isinstance(size, bool) and size > 0 else None,
        sha256=digest.lower() if digest else None,
        preview=d.get("preview") is True,
        messages=(
            {k: str(v) for k, v in d["errorMessages"].items() if isinstance(v, str)}
            if isinstance(d.get("errorMessages"), dict)
            else None
        ),
    )


_BAD_NAME = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069<>:\"/\\|?*]")
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$", re.IGNORECASE)


def safe_name(name: str | None, fallback: str) -> str:
    """A server-supplied file name made safe: basename only, no controls, no tricks."""
    if not name:
        return fallback
    name = unquote(name).replace("\\", "/").rsplit("/", 1)[-1]
    name = _BAD_NAME.sub("", name).strip().rstrip(". ")
    if not name or name in (".", "..") or _RESERVED.match(name):
        return fallback
    while len(name.encode("utf-8")) > 200:
        name = name[:-1]
    return name


def unique_path(path: Path) -> Path:
    """``path``, or ``name (1).ext``, ``name (2).ext`` … the first that does not exist."""
    if not path.exists():
        return path
    stem, suffix = path.stem, path.suffix
    n = 1
    while True:
        candidate = path.with_name(f"{stem} ({n}){suffix}")
        if not candidate.exists():
            return candidate
        n += 1


def _filename_from(headers: httpx.Headers) -> str | None:
    disp = headers.get("content-disposition", "")
    m = re.search(r"filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)", disp)
    if m:
        return unquote(m.group(1).strip().strip('"'))
    m = re.search(r'filename\s*=\s*"([^"]*)"', disp) or re.search(r"filename\s*=\s*([^;]+)", disp)
    return m.group(1).strip() if m else None


class NemoClient:
    """The NemoVideo skill API over HTTP (see module docstring for recovery rules)."""

    def __init__(
        self,
        *,
        base_url: str,
        web_url: str | None = None,
        on_notice: Notice | None = None,
        turn_deadline: float = 900,
        idle_limit: float = 300,
        render_timeout: float = 600,
        transport: httpx.AsyncBaseTransport | None = None,
        on_countdown: Callable[[int], None] | None = None,
        on_session_replaced: Callable[[str, str], None] | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        poll_interval: tuple[float, float] = (2.0, 15.0),
        url_wait_polls: int = 3,
        home: Path | None = None,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
        max_event_chars: int = MAX_EVENT_CHARS,
        max_download_bytes: int = MAX_DOWNLOAD_BYTES,
    ) -> None:
        self.max_download_bytes = max_download_bytes
        self.max_response_bytes = max_response_bytes
        self.max_event_chars = max_event_chars
        self.base_url = base_url.rstrip("/")
        self.web_url = (web_url or config.web_url()).rstrip("/")
        self.on_notice = on_notice
        self.on_countdown = on_countdown
        self.on_session_replaced = on_session_replaced
        self.turn_deadline = turn_deadline
        self.idle_limit = idle_limit
        self.render_timeout = render_timeout
        self.poll_interval = poll_interval
        self.url_wait_polls = url_wait_polls
        self._sleep = sleep or asyncio.sleep
        self.identity = Identity(self.base_url, home)
        self._origin = _origin(self.base_url)
        self._token: Token | None = None
        self._token_lock = asyncio.Lock()
        self._languages: dict[str, str] = {}
        self.user_id: str | None = None
        self._http = httpx.AsyncClient(
            base_url=self.base_url,
            # bodies are inflated by nemochat itself, in bounded steps (api/bounded.py)
            headers={**skill.headers(), "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(30.0, read=60.0),
            auth=_OriginAuth(self),
            transport=transport,
            follow_redirects=False,
        )

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> NemoClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def _notice(self, key: str, **fields: Any) -> None:
        if self.on_notice is not None:
            self.on_notice(key, fields)

    @property
    def using_env_token(self) -> bool:
        return bool(os.environ.get("NEMO_TOKEN", "").strip())

    # --- token ------------------------------------------------------------------------

    async def _ensure_token(self) -> None:
        if self._token is not None:
            return
        async with self._token_lock:
            if self._token is not None:
                return
            env = Identity.env_token()
            if env is not None:
                if not usable_token(env.value):
                    raise E.AuthError("client.error.token_invalid")
                self._token = env
                return
            cached = self.identity.cached()
            if cached is not None:
                self._token = cached
                self.user_id = self.user_id or cached.user_id
                return
            await self._fetch_token()

    async def _fetch_token(self) -> None:
        """``POST /api/auth/anonymous-token`` with ``X-Client-Id`` (new id once if refused)."""
        for attempt in range(2):
            try:
                data = await self._raw_call(
                    "POST",
                    "/api/auth/anonymous-token",
                    headers={"X-Client-Id": self.identity.client_id()},
                    auth=False,
                )
            except E.ClientIdRejected:
                if attempt:
                    raise E.AuthError("client.error.client_id") from None
                self.identity.new_client_id()
                self._notice("client.client_id.renewed")
                continue
            try:
                token = Identity.token_from_response(data)
            except ValueError:
                raise E.ServerError("client.error.bad_response") from None
            self.identity.save(token)
            self._token = token
            self.user_id = token.user_id or self.user_id
            return

    async def _renew_token(self) -> None:
        if self.using_env_token:
            raise E.AuthError("client.error.token_invalid", status=401)
        self.identity.forget()
        self._token = None
        async with self._token_lock:
            await self._fetch_token()
        self._notice("client.token.renewed")

    # --- requests ---------------------------------------------------------------------

    async def _raw_call(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        headers: dict[str, str] | None = None,
        auth: bool = True,
        body_factory: Callable[[], MultipartBody] | None = None,
        timeout: httpx.Timeout | None = None,
    ) -> Any:
        """One request, decoded; transport failures become ``NetworkError``."""
        hdrs = dict(headers or {})
        kwargs: dict[str, Any] = {"headers": hdrs, "extensions": {"nemo_auth": auth}}
        if json is not None:
            kwargs["json"] = json
        if body_factory is not None:
            body = body_factory()
            hdrs["Content-Type"] = body.content_type
            hdrs["Content-Length"] = str(body.length)
            kwargs["content"] = body
        if timeout is not None:
            kwargs["timeout"] = timeout
        try:
            async with self._http.stream(method, path, **kwargs) as resp:
                raw = await self._read_body(resp)
        except httpx.TransportError as exc:
            raise _network_error(exc, self.base_url) from None
        return unwrap(
            resp.status_code,
            raw,
            resp.headers.get("content-type", ""),
            resp.headers.get("retry-after"),
        )

    async def _read_body(self, resp: httpx.Response) -> bytes:
        """The decoded body through a cap: an error body is cut at 64 KB, an answer over
        ``max_response_bytes`` (counted after decompression) is an error."""
        failed = resp.status_code >= 400 or "html" in resp.headers.get("content-type", "")
        try:
            if failed:
                return await read_capped(resp, MAX_ERROR_BODY, truncate=True)
            return await read_capped(resp, self.max_response_bytes)
        except BodyTooLarge:
            raise E.ServerError(
                "client.error.response_too_large",
                status=resp.status_code,
                limit=_human(self.max_response_bytes),
            ) from None
        except BadEncoding:
            raise E.ServerError("client.error.bad_response", status=resp.status_code) from None

    async def _recovering(self, call: Callable[[], Awaitable[T]], *, auth: bool = True) -> T:
        """Run ``call`` with token renewal (once) and a 429 wait (once)."""
        renewed = waited = False
        while True:
            try:
                if auth:
                    await self._ensure_token()
                return await call()
            except E.TokenExpired:
                if renewed or not auth:
                    raise E.AuthError(
                        "client.error.token_invalid"
                        if self.using_env_token
                        else "client.error.auth",
                        status=401,
                    ) from None
                renewed = True
                await self._renew_token()
            except E.RateLimited as exc:
                if waited:
                    raise
                waited = True
                await self._wait_rate_limit(exc.retry_after)
            except E.CreditsError as exc:
                raise self._credits_error(exc) from None
            except E.PlanError as exc:
                raise self._plan_error(exc) from None

    async def _wait_rate_limit(self, retry_after: float | None) -> None:
        seconds = 30.0 if retry_after is None else retry_after
        if seconds > MAX_RETRY_AFTER:
            raise E.RateLimited(retry_after=seconds)
        whole = int(seconds + 0.999)
        self._notice("client.rate_limited.wait", seconds=whole)
        remaining = seconds
        while remaining > 0:
            if self.on_countdown is not None:
                self.on_countdown(int(remaining + 0.999))
            step = min(1.0, remaining)
            await self._sleep(step)
            remaining -= step
        if self.on_countdown is not None:
            self.on_countdown(0)

    def _credits_error(self, exc: E.CreditsError) -> E.CreditsError:
        if exc.fields.get("link"):
            return exc
        if not self.using_env_token and self.user_id:
            link = f"{self.web_url}/register?bind={quote(self.user_id)}"
            return E.CreditsError("client.error.credits_anonymous", link=link, code=exc.code)
        return E.CreditsError("client.error.credits", link=self.web_url, code=exc.code)

    def _plan_error(self, exc: E.PlanError) -> E.PlanError:
        """402 names where to register (the message has a ``{link}``)."""
        if exc.fields.get("link"):
            return exc
        link = self.web_url
        if not self.using_env_token and self.user_id:
            link = f"{self.web_url}/register?bind={quote(self.user_id)}"
        return E.PlanError(link=link, status=exc.status, code=exc.code)

    async def _api(self, method: str, path: str, **kw: Any) -> Any:
        return await self._recovering(lambda: self._raw_call(method, path, **kw))

    async def _in_session(self, session_id: str, call: Callable[[str], Awaitable[T]]) -> T:
        """Run ``call(sid)``; on 1002 with ``on_session_replaced`` set, renew and replay once."""
        try:
            return await call(session_id)
        except E.SessionNotFound:
            if self.on_session_replaced is None:
                raise
            new = await self._replace_session(session_id)
            return await call(new)

    async def _replace_session(self, old: str) -> str:
        session = await self.create_session(self._languages.get(old, "en"))
        self._notice("client.session.renewed", old=old, new=session.session_id)
        if self.on_session_replaced is not None:
            self.on_session_replaced(old, session.session_id)
        return session.session_id

    # --- sessions, credits, state -----------------------------------------------------

    async def create_session(self, language: str) -> Session:
        data = await self._api(
            "POST",
            "/api/tasks/me/with-session/nemo_agent",
            json={"task_name": "project", "language": language},
        )
        if not isinstance(data, dict) or not data.get("session_id"):
            raise E.ServerError("client.error.bad_response")
        sid = str(data["session_id"])
        user = data.get("user_id")
        if isinstance(user, str) and user:
            self.user_id = user
        self._languages[sid] = language
        task = data.get("task_id")
        return Session(sid, str(task) if task else None, self.user_id)

    async def credits(self) -> Credits:
        data = await self._api("GET", "/api/credits/balance/simple")
        d = data if isinstance(data, dict) else {}

        def num(key: str) -> float:
            v = d.get(key)
            return float(v) if isinstance(v, int | float) and not isinstance(v, bool) else 0.0

        available, frozen = num("available"), num("frozen")
        total = num("total") if "total" in d else available + frozen
        return Credits(available, frozen, total, unlimited=d.get("unlimited") is True)

    async def state(self, session_id: str) -> dict:
        async def call(sid: str) -> dict:
            data = await self._api("GET", f"/api/state/nemo_agent/me/{quote(sid, safe='')}/latest")
            if isinstance(data, dict):
                user = data.get("user_id")
                if isinstance(user, str) and user and not self.user_id:
                    self.user_id = user
                state = data.get("state")
                return state if isinstance(state, dict) else {}
            return {}

        return await self._in_session(session_id, call)

    # --- chat -------------------------------------------------------------------------

    def chat(
        self, session_id: str, text: str
    ) -> AsyncIterator[TextChunk | ToolCall | ToolResult | Heartbeat]:
        """One agent turn. Ends at EOF; never re-sends once the stream has started."""
        return self._chat(session_id, text)

    async def _chat(
        self, session_id: str, text: str
    ) -> AsyncIterator[TextChunk | ToolCall | ToolResult | Heartbeat]:
        from httpx_sse import aconnect_sse
        from httpx_sse._decoders import SSEDecoder, SSELineDecoder

        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.turn_deadline
        sid = session_id
        renewed_token = waited = renewed_session = False
        timeout = httpx.Timeout(30.0, read=self.idle_limit + 30.0)
        while True:
            body = {
                "app_name": "nemo_agent",
                "user_id": "me",
                "session_id": sid,
                "new_message": {"parts": [{"text": text}]},
            }
            try:
                await self._ensure_token()
                async with aconnect_sse(
                    self._http,
                    "POST",
                    "/run_sse",
                    json=body,
                    headers={"Accept-Encoding": "identity"},
                    timeout=timeout,
                ) as source:
                    resp = source.response
                    ctype = resp.headers.get("content-type", "")
                    if resp.status_code != 200 or "text/event-stream" not in ctype:
                        raw = await read_capped(resp, MAX_ERROR_BODY, truncate=True)
                        # raises the typed error (or returns for a JSON 200 we don't expect)
                        unwrap(resp.status_code, raw, ctype, resp.headers.get("retry-after"))
                        raise E.StreamError(detail=E.scrub(parse_body(raw, ctype) or "no stream"))
                    # from here the message is accepted: never replay it
                    cap = self.max_event_chars
                    too_large = E.StreamError(
                        "client.error.event_too_large", limit=_human(cap), status=200
                    )
                    lines = SSELineDecoder()
                    sse = SSEDecoder()
                    decoder = EventDecoder()
                    utf8 = codecs.getincrementaldecoder("utf-8")(errors="replace")
                    # raw bytes through a bounded inflater, whatever encoding the server uses
                    raw_chunks = iter_decoded(resp, 2**62).__aiter__()
                    pending = 0  # characters of the event being received (all its lines)
                    while True:
                        remaining = deadline - loop.time()
                        if remaining <= 0:
                            raise E.TurnTimeout(minutes=round(self.turn_deadline / 60, 1))
                        wait = min(self.idle_limit, remaining)
                        try:
                            blob = await asyncio.wait_for(raw_chunks.__anext__(), wait)
                            piece: str | None = utf8.decode(blob)
                        except StopAsyncIteration:
                            piece = None
                        except BadEncoding:
                            raise E.ServerError("client.error.bad_response") from None
                        except TimeoutError:
                            if wait < self.idle_limit:
                                raise E.TurnTimeout(
                                    minutes=round(self.turn_deadline / 60, 1)
                                ) from None
                            raise E.StreamStalled(minutes=round(self.idle_limit / 60, 1)) from None
                        got = lines.decode(piece) if piece is not None else lines.flush()
                        if piece is not None and sum(map(len, lines.buffer)) > cap:
                            raise too_large  # one line without an end
                        for line in got:
                            if line.startswith(":"):
                                yield Heartbeat()
                                continue
                            # an event's lines are buffered until a blank line: count them
                            pending = pending + len(line) + 1 if line else 0
                            if pending > cap:
                                raise too_large
                            event = sse.decode(line)
                            if event is None:
                                continue
                            for ev in decoder.feed(event.data):
                                yield ev
                        if piece is None:
                            return
            except E.TokenExpired:
                if renewed_token:
                    raise E.AuthError("client.error.auth", status=401) from None
                renewed_token = True
                await self._renew_token()
            except E.RateLimited as exc:
                if waited:
                    raise
                waited = True
                await self._wait_rate_limit(exc.retry_after)
            except E.SessionNotFound:
                if renewed_session or self.on_session_replaced is None:
                    raise
                renewed_session = True
                sid = await self._replace_session(sid)
            except E.CreditsError as exc:
                raise self._credits_error(exc) from None
            except E.PlanError as exc:
                raise self._plan_error(exc) from None
            except httpx.TransportError as exc:
                raise _network_error(exc, self.base_url) from None

    # --- upload -----------------------------------------------------------------------

    async def upload_files(
        self,
        session_id: str,
        paths: Sequence[Path],
        progress: Callable[[int, int], None] | None = None,
    ) -> list[UploadedFile]:
        """Upload files in one multipart request (field ``files``), streamed from disk."""
        paths = [Path(p) for p in paths]
        for p in paths:
            check_upload_path(p)
        timeout = httpx.Timeout(30.0, read=300.0, write=120.0)

        async def call(sid: str) -> list[UploadedFile]:
            data = await self._api(
                "POST",
                f"/api/upload-video/nemo_agent/me/{quote(sid, safe='')}",
                body_factory=lambda: MultipartBody(paths, progress),
                timeout=timeout,
            )
            return self._files(data)

        return await self._in_session(session_id, call)

    async def upload_urls(self, session_id: str, urls: Sequence[str]) -> list[UploadedFile]:
        async def call(sid: str) -> list[UploadedFile]:
            data = await self._api(
                "POST",
                f"/api/upload-video/nemo_agent/me/{quote(sid, safe='')}",
                json={"urls": list(urls), "source_type": "url"},
            )
            return self._files(data)

        return await self._in_session(session_id, call)

    async def delete_media(self, session_id: str, media_id: str) -> None:
        """Remove one upload (the local engine; other servers may answer 404/405)."""

        async def call(sid: str) -> None:
            await self._api(
                "DELETE",
                f"/api/upload-video/nemo_agent/me/{quote(sid, safe='')}/{quote(media_id, safe='')}",
            )

        await self._in_session(session_id, call)

    @staticmethod
    def _files(data: Any) -> list[UploadedFile]:
        items = data.get("files") if isinstance(data, dict) else data
        out: list[UploadedFile] = []
        for f in items if isinstance(items, list) else []:
            if not isinstance(f, dict):
                continue

            def num(key: str, f: dict = f) -> Any:
                v = f.get(key)
                return v if isinstance(v, int | float) and not isinstance(v, bool) else None

            w, h, d = num("width"), num("height"), num("duration")
            out.append(
                UploadedFile(
                    filename=str(f.get("filename") or f.get("name") or ""),
                    file_type=str(f.get("file_type") or f.get("type") or ""),
                    url=f.get("cdn_url") or f.get("url"),
                    width=int(w) if w is not None else None,
                    height=int(h) if h is not None else None,
                    duration=float(d) if d is not None else None,
                    raw=f,
                )
            )
        return out

    # --- render -----------------------------------------------------------------------

    async def create_render(
        self,
        session_id: str,
        draft: dict,
        *,
        render_id: str | None = None,
        output: dict[str, Any] | None = None,
    ) -> RenderStatus:
        """Start a render. ``output`` adds to ``{"format": "mp4", "quality": "high"}`` (the
        local engine's ``{"preview": true}``: 480p, half the frame rate, x264 ultrafast)."""
        rid = render_id or new_render_id()

        async def call(sid: str) -> RenderStatus:
            body = {
                "id": rid,
                "sessionId": sid,
                "draft": draft,
                "output": {"format": "mp4", "quality": "high", **(output or {})},
            }
            data = await self._api("POST", "/api/render/proxy/lambda", json=body)
            return parse_render(data, rid)

        return await self._in_session(session_id, call)

    async def poll_render(self, render_id: str) -> RenderStatus:
        data = await self._api("GET", f"/api/render/proxy/lambda/{quote(render_id, safe='')}")
        return parse_render(data, render_id)

    async def cancel_render(self, render_id: str) -> None:
        await self._api("POST", f"/api/render/proxy/lambda/{quote(render_id, safe='')}/cancel")

    async def wait_render(
        self,
        session_id: str,
        draft: dict,
        progress: Callable[[float | None], None] | None = None,
        *,
        output: dict[str, Any] | None = None,
    ) -> RenderStatus:
        """Create a render and poll it to the end (see module docs for retries)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.render_timeout
        report = progress or (lambda p: None)
        # a server that stopped listening is not coming back by itself: say so instead of
        # polling a dead port until render_timeout
        unreachable_limit = min(UNREACHABLE_LIMIT, self.render_timeout / 2)
        waiting = [new_render_id()]  # the render being waited for (a retry makes a new one)
        try:
            status = await self._create_same_id(
                session_id, draft, waiting[0], deadline, output=output
            )
            report(status.progress)
            return await self._poll_to_end(
                session_id, draft, waiting, deadline, report, unreachable_limit, output=output
            )
        except asyncio.CancelledError:
            # Ctrl-C in the chat, or a closed stream: the engine must stop working too
            with contextlib.suppress(Exception):
                await asyncio.wait_for(asyncio.shield(self.cancel_render(waiting[0])), 3)
            raise

    async def _poll_to_end(
        self,
        session_id: str,
        draft: dict,
        waiting: list[str],
        deadline: float,
        report: Callable[[float | None], None],
        unreachable_limit: float,
        *,
        output: dict[str, Any] | None = None,
    ) -> RenderStatus:
        loop = asyncio.get_running_loop()
        rid = waiting[0]
        retried_failure = False
        delay, max_delay = self.poll_interval
        no_url = 0
        said_queued = False
        queued_since = loop.time()
        unreachable_since: float | None = None
        while True:
            if loop.time() >= deadline:
                with contextlib.suppress(E.NemoError):
                    await self.cancel_render(rid)
                raise E.RenderFailed(
                    "client.error.render_timeout", minutes=round(self.render_timeout / 60, 1)
                )
            await self._sleep(delay)
            delay = min(max_delay, delay * 1.5)
            try:
                status = await self.poll_render(rid)
            except E.NemoError as exc:
                if exc.key == "client.error.connect":
                    unreachable_since = unreachable_since or loop.time()
                    if loop.time() - unreachable_since >= unreachable_limit:
                        raise
                else:
                    unreachable_since = None
                if exc.transient:
                    continue
                raise
            unreachable_since = None
            report(status.progress)
            if status.status != "pending":
                queued_since = loop.time()
            elif not said_queued and loop.time() - queued_since >= QUEUED_NOTICE_S:
                said_queued = True  # still queued after a while: say why it shows 0 %
                self._notice("client.render.queued")
            if status.status == "completed":
                if status.url or no_url >= self.url_wait_polls:
                    return status
                no_url += 1
                continue
            if status.status in ("failed", "cancelled"):
                from nemochat.i18n import current

                reason = status.error_in(current())
                if status.status == "failed" and not retried_failure and status.retriable:
                    retried_failure = True
                    self._notice("client.render.retrying", reason=reason or "")
                    rid = waiting[0] = new_render_id()
                    status = await self._create_same_id(
                        session_id, draft, rid, deadline, output=output
                    )
                    delay = self.poll_interval[0]
                    continue
                raise E.RenderFailed(reason=reason or status.status, render_id=status.id or rid)

    async def _create_same_id(
        self,
        session_id: str,
        draft: dict,
        rid: str,
        deadline: float,
        *,
        output: dict[str, Any] | None = None,
    ) -> RenderStatus:
        """Create render ``rid``; transient failures retry the same id (a 409 then = created)."""
        loop = asyncio.get_running_loop()
        delay = self.poll_interval[0]
        tried = False
        while True:
            try:
                return await self.create_render(session_id, draft, render_id=rid, output=output)
            except E.ServerError as exc:
                if exc.status == 409 and tried:
                    return RenderStatus(rid, "pending", None, None, None)
                if not exc.transient or loop.time() >= deadline:
                    raise
            except (E.NetworkError, E.RateLimited):
                if loop.time() >= deadline:
                    raise
            tried = True
            await self._sleep(delay)
            delay = min(self.poll_interval[1], delay * 1.5)

    # --- the local engine's own endpoints (not part of the cloud API) -------------------

    async def engine_info(self) -> dict[str, Any]:
        """``GET /api/engine/info``: the engine's version and cache use (local engine only;
        the cloud answers 404, a ``ServerError``)."""
        data = await self._api("GET", "/api/engine/info")
        return data if isinstance(data, dict) else {}

    async def engine_cache(self) -> dict[str, Any]:
        """``GET /api/engine/cache``: entries, bytes, limit (local engine only)."""
        data = await self._api("GET", "/api/engine/cache")
        return data if isinstance(data, dict) else {}

    async def clear_engine_cache(self) -> dict[str, Any]:
        """``POST /api/engine/cache/clear``: removes all but each session's latest export."""
        data = await self._api("POST", "/api/engine/cache/clear")
        return data if isinstance(data, dict) else {}

    # --- download ---------------------------------------------------------------------

    def _allowed_url(self, url: str) -> bool:
        try:
            u = httpx.URL(url)
        except (httpx.InvalidURL, TypeError):
            return False
        if _origin(u) == self._origin:
            return True
        return u.scheme == "https" or (u.scheme == "http" and u.host in _LOOPBACK)

    async def download(
        self,
        status: RenderStatus,
        dest: Path,
        *,
        force: bool = False,
        progress: Callable[[int, int | None], None] | None = None,
    ) -> Path:
        """Save the rendered video to ``dest`` (a file path, or a folder to put it in).

        Streams into ``NAME.part`` and renames at the end; never overwrites (adds `` (1)``)
        unless ``force``; resumes a ``.part`` of the same render with ``Range``; falls back
        to ``GET /api/render/proxy/<id>/download`` when the output URL fails.
        """
        dest = Path(dest)
        proxy = f"/api/render/proxy/{quote(status.id, safe='')}/download"
        candidates: list[str] = []
        if status.url and self._allowed_url(status.url):
            candidates.append(status.url)
        candidates.append(self.base_url + proxy)
        last: E.NemoError | None = None
        size = status.size
        for url in candidates:
            try:
                return await self._download_from(
                    url, status.id, dest, force, progress, 0, status_size=size
                )
            except DiskError:
                raise  # the other source would fill the same disk
            except (E.NetworkError, E.ServerError, E.DownloadError) as exc:
                last = exc
            except E.TokenExpired:
                await self._renew_token()
                try:
                    return await self._download_from(
                        url, status.id, dest, force, progress, 0, status_size=size
                    )
                except DiskError:
                    raise
                except E.NemoError as exc:
                    last = exc
        assert last is not None
        if isinstance(last, E.DownloadError):
            raise last
        raise E.DownloadError(detail=last.message("en"), render_id=status.id) from None

    def _target(self, dest: Path, name: str | None, rid: str, force: bool) -> Path:
        fallback = f"{safe_name(rid, 'video')}.mp4"
        target = dest / safe_name(name, fallback) if dest.is_dir() else dest
        return target if force else unique_path(target)

    async def _download_from(
        self,
        url: str,
        rid: str,
        dest: Path,
        force: bool,
        progress: Callable[[int, int | None], None] | None,
        depth: int,
        hops: int = 0,
        status_size: int | None = None,
    ) -> Path:
        is_api = _origin(url) == self._origin
        if is_api:
            await self._ensure_token()
        # the final name is known only when dest is a folder and the server names the file;
        # decide the .part path from a provisional name first
        target = self._target(dest, None, rid, force)
        part = target.with_name(target.name + ".part")
        marker = target.with_name(target.name + ".part.id")
        offset = 0
        if part.exists() and marker.exists():
            with contextlib.suppress(OSError):
                if marker.read_text(encoding="utf-8").strip() == rid:
                    offset = part.stat().st_size
        headers = {"Accept-Encoding": "identity"}
        if offset:
            headers["Range"] = f"bytes={offset}-"
        cap = self.max_download_bytes
        if status_size is not None and 0 < status_size < cap:
            cap = status_size  # the render said how big it is: nothing beyond that is the video
        try:
            async with self._http.stream(
                "GET",
                url,
                headers=headers,
                follow_redirects=False,  # every hop is checked against the allowlist below
                timeout=httpx.Timeout(30.0, read=120.0),
            ) as resp:
                ctype = resp.headers.get("content-type", "")
                if resp.status_code in (301, 302, 303, 307, 308):
                    link = resp.headers.get("location", "")
                    nxt = str(httpx.URL(url).join(link)) if link else ""
                    if hops >= MAX_REDIRECTS or not nxt or not self._allowed_url(nxt):
                        raise E.DownloadError(
                            "client.error.download_redirect",
                            host=E.scrub(httpx.URL(nxt).host if nxt else "?", 80),
                            render_id=rid,
                        )
                    return await self._download_from(
                        nxt, rid, dest, force, progress, depth, hops + 1, status_size
                    )
                if resp.status_code == 416 and offset:
                    return self._finish(part, marker, target, force)
                # a 200 with an error page or a JSON envelope is not the video: never save it
                low = ctype.lower()
                not_media = "json" in low or low.startswith("text/")
                if resp.status_code >= 300 or not_media:
                    raw = await read_capped(resp, MAX_ERROR_BODY, truncate=True)
                    data = unwrap(resp.status_code, raw, ctype, resp.headers.get("retry-after"))
                    link = parse_render(data, rid).url if isinstance(data, dict) else None
                    if link is None and isinstance(data, dict):
                        out = data.get("output")
                        link = out.get("url") if isinstance(out, dict) else None
                    if depth == 0 and isinstance(link, str) and self._allowed_url(link):
                        return await self._download_from(
                            link, rid, dest, force, progress, 1, hops, status_size
                        )
                    raise E.DownloadError("client.error.download_no_file", render_id=rid)
                encoded = resp.headers.get("content-encoding", "identity").strip().lower()
                encoded = "" if encoded == "identity" else encoded
                if resp.status_code == 206:
                    m = re.match(r"bytes (\d+)-", resp.headers.get("content-range", ""))
                    if not m or int(m.group(1)) != offset or encoded:
                        part.unlink(missing_ok=True)
                        raise E.DownloadError("client.error.download_range", render_id=rid)
                else:
                    offset = 0
                if dest.is_dir():  # the server may name the file; never trust the name as is
                    target = self._target(dest, _filename_from(resp.headers), rid, force)
                length = resp.headers.get("content-length")
                total = offset + int(length) if length and length.isdigit() else None
                if encoded:  # Content-Length counts compressed bytes: the video is larger
                    total = status_size
                elif total is not None and total > cap:
                    raise E.DownloadError(
                        "client.error.download_too_big", limit=_human(cap), render_id=rid
                    )
                target.parent.mkdir(parents=True, exist_ok=True)
                done = offset
                report = progress or (lambda d, t: None)
                report(done, total)
                try:
                    marker.write_text(rid + "\n", encoding="utf-8")
                    with open(part, "ab" if offset else "wb") as fh:
                        async for chunk in iter_decoded(resp, cap - offset):
                            fh.write(chunk)
                            done += len(chunk)
                            report(done, total)
                        fh.flush()
                        os.fsync(fh.fileno())
                except BodyTooLarge:  # not the video: keep nothing of it
                    part.unlink(missing_ok=True)
                    marker.unlink(missing_ok=True)
                    raise E.DownloadError(
                        "client.error.download_too_big", limit=_human(cap), render_id=rid
                    ) from None
                except BadEncoding:
                    part.unlink(missing_ok=True)
                    raise E.DownloadError("client.error.download_no_file", render_id=rid) from None
                except OSError as exc:  # a full disk: free what was written, say where
                    part.unlink(missing_ok=True)
                    marker.unlink(missing_ok=True)
                    key = (
                        "client.error.disk_full"
                        if exc.errno in (errno.ENOSPC, errno.EDQUOT)
                        else "client.error.download_write"
                    )
                    raise DiskError(
                        key, folder=str(target.parent), error=exc.strerror or "", render_id=rid
                    ) from None
                if total is not None and done != total:
                    raise E.DownloadError("client.error.download_incomplete", render_id=rid)
        except httpx.TransportError as exc:
            raise _network_error(exc, url) from None
        return self._finish(part, marker, target, force)

    @staticmethod
    def _finish(part: Path, marker: Path, target: Path, force: bool) -> Path:
        if force:
            os.replace(part, target)
        else:
            final = unique_path(target)
            try:
                os.link(part, final)  # fails instead of overwriting a file that appeared
                os.unlink(part)
            except FileExistsError:
                final = unique_path(final)
                os.replace(part, final)
            except OSError:
                os.replace(part, final)
            target = final
        with contextlib.suppress(OSError):
            marker.unlink()
        return target
