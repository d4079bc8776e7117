"""The engine's HTTP API: the NemoVideo endpoints the client uses, served by Starlette.

Envelopes follow the cloud: ``{"code":0,"data":…}`` for auth, tasks, upload, credits and
state; ``{"success":true,"data":…}`` for render. Errors use the same envelopes with a
non-zero ``code`` (or ``success:false``) and a readable ``message``/``error`` in the
request's language. See docs/engine.md for every code and HTTP status.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import contextvars
import errno
import functools
import ipaddress
import json
import logging
import os
import re
import shutil
import socket
import sqlite3
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from nemochat.engine.errors import EngineError
from nemochat.engine.jobs import RenderFn, RenderQueue
from nemochat.engine.media import (
    MultipartReceiver,
    Probe,
    Received,
    UploadError,
    fetch_url,
    human_size,
    probe,
)
from nemochat.engine.messages import msg, pick_lang
from nemochat.engine.store import Media, Render, RenderQuota, Session, Store

log = logging.getLogger("nemochat.engine")

_session_language: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "session_language", default=None
)

LOCAL_CREDITS = 1_000_000
RENDER_ID = re.compile(r"^[A-Za-z0-9_.-]{1,80}$")
MAX_JSON = 20 * 1024 * 1024


@dataclass
class EngineOptions:
    """Limits and timings; tests shorten them, ``serve`` uses the defaults."""

    max_upload_bytes: int = 200 * 1024 * 1024
    max_files: int = 20
    max_pixels: int = 89_478_485  # Pillow's own default bomb limit
    allow_private_urls: bool | frozenset[str] = False  # or a set of allowed "host:port"
    url_timeout: float = 60.0
    heartbeat_interval: float = 10.0
    event_delay: float = 0.02
    turn_timeout: float = 300.0  # an agent turn that takes longer is abandoned, unsaved
    token_ttl: float = 30 * 24 * 3600
    render_concurrency: int | None = None
    render_preset: str = "veryfast"
    render_fn: RenderFn | None = None  # None = nemochat.engine.render.render_draft
    cache_limit: int | None = None  # None = engine.cache_limit in config.json (4 GiB)
    agent_fn: Callable[..., Any] | None = None  # None = nemochat.engine.agent.respond
    drain_limit: int = 64 * 1024 * 1024  # bytes read and dropped after a refused upload
    local_hosts_only: bool = True  # answer only Host: 127.0.0.1 / localhost / [::1]
    max_queued_renders: int = 10  # pending or running renders per user; past it: 429
    max_stored_drafts: int = 20  # finished renders per user whose draft is kept
    # connections (engine/serving.py): headers within header_timeout of connecting, a body
    # byte at least every body_idle_timeout; past max_connections (None: half the file
    # descriptors) the longest-idle connection is closed
    # threads per kind of work and how many of them one user may hold (engine/server.py
    # Pools): slow probes or big drafts of one user never hold up another's small request
    pool_sizes: dict[str, tuple[int, int]] | None = None
    max_render_body: int = 2 * 1024 * 1024  # a render request (its draft) in bytes; past it: 413
    header_timeout: float = 15.0
    body_idle_timeout: float = 60.0
    max_connections: int | None = None


class ApiError(EngineError):
    """An error answer: HTTP status, API code and a message key."""

    def __init__(
        self,
        status: int,
        code: int,
        key: str,
        /,
        headers: dict[str, str] | None = None,
        **fields: Any,
    ) -> None:
        self.status = status
        self.code = code
        self.headers = headers or {}
        super().__init__(key, fields)


DISK_FULL = 507  # HTTP status and API code of "the disk is full"


def disk_full(exc: BaseException) -> bool:
    """Whether ``exc`` says a write failed for lack of space (the OS's or SQLite's words)."""
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    if isinstance(exc, sqlite3.OperationalError):
        text = str(exc).lower()
        return "disk is full" in text or "disk i/o error" in text
    return False


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _ms(ts: float | None) -> int | None:
    return int(ts * 1000) if ts else None


class _History:
    """The agent's read-only view of a session's draft history."""

    def __init__(self, store: Store, session_id: str) -> None:
        self._store = store
        self._sid = session_id

    def _peek(self, step: int) -> dict | None:
        ok, draft = self._store.peek(self._sid, step)
        if not ok:
            return None
        if draft is None:  # back to before the first edit: an empty timeline
            try:
                from nemochat.engine.draft import new_draft
            except ImportError:
                return {"d": 0, "m": {}, "t": []}
            return new_draft()
        return draft

    def peek_undo(self) -> dict | None:
        return self._peek(-1)

    def peek_redo(self) -> dict | None:
        return self._peek(+1)


def _fallback_validate(draft: object, *, media_ids: set[str] | None = None) -> list[str]:
    """Minimal checks used only if ``nemochat.engine.draft`` is missing."""
    if not isinstance(draft, dict) or not isinstance(draft.get("t"), list):
        return [msg("engine.draft.problem_shape")]
    problems = []
    for ti, track in enumerate(draft["t"]):
        for si, seg in enumerate((track or {}).get("sg") or [] if isinstance(track, dict) else []):
            src = (seg.get("m") or {}).get("src") if isinstance(seg, dict) else None
            if src is not None and (media_ids is None or src not in media_ids):
                problems.append(
                    msg("engine.draft.problem_src", where=f"{ti + 1}.{si + 1}", src=str(src)[:80])
                )
    return problems


def _validator() -> Callable[..., list[str]]:
    try:
        from nemochat.engine.draft import validate
    except ImportError:
        return _fallback_validate
    return validate  # type: ignore[no-any-return]


def _lower_priority() -> None:
    """Run this (worker) thread at nice +5 (Linux: per thread), so CPU-heavy probes and
    parses yield the CPU to the event loop and small requests."""
    with contextlib.suppress(AttributeError, OSError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 5)


class Pools:
    """The engine's own bounded thread pools, one per kind of work, each with a per-user limit.

    asyncio's default pool is shared by everything (six threads here): eight uploads of slow
    files held all of them and a new token waited 51 s. Here each kind has its threads, and
    one user holds at most ``per_user`` of them at once; the others queue behind that user's
    own work, not in front of anyone else's. A thread is counted until its job ends, even if
    the request that started it went away, so disconnecting does not pile up work.
    """

    SIZES: ClassVar[dict[str, tuple[int, int]]] = {  # kind: (threads, per user)
        "light": (4, 2),  # tokens, sessions, small store writes
        "probe": (2, 1),  # media probes, URL fetches, moving uploads into place
        "chat": (3, 2),  # agent turns
        "render": (2, 1),  # checking and storing a render request's draft
        "parse": (2, 1),  # big JSON bodies
    }

    URGENT: ClassVar[frozenset[str]] = frozenset({"light"})  # the others run at nice +5

    def __init__(self, sizes: dict[str, tuple[int, int]] | None = None) -> None:
        self.sizes = {**self.SIZES, **(sizes or {})}
        self.executors = {
            kind: concurrent.futures.ThreadPoolExecutor(
                max_workers=threads,
                thread_name_prefix=f"nemochat-{kind}",
                initializer=None if kind in self.URGENT else _lower_priority,
            )
            for kind, (threads, _) in self.sizes.items()
        }
        self._held: dict[tuple[str, str], list[Any]] = {}  # (kind, user): [semaphore, users]

    async def run(self, kind: str, user: str | None, fn: Callable[..., Any], *args: Any) -> Any:
        """``fn(*args)`` on ``kind``'s threads, at most ``per_user`` at once for ``user``."""
        loop = asyncio.get_running_loop()
        call = functools.partial(contextvars.copy_context().run, fn, *args)
        if user is None:
            return await loop.run_in_executor(self.executors[kind], call)
        key = (kind, user)
        entry = self._held.get(key)
        if entry is None:
            entry = self._held[key] = [asyncio.Semaphore(self.sizes[kind][1]), 0]
        entry[1] += 1
        try:
            await entry[0].acquire()
        except BaseException:
            self._drop(key, entry)
            raise

        def done(_: Any) -> None:
            loop.call_soon_threadsafe(release)

        def release() -> None:
            entry[0].release()
            self._drop(key, entry)

        future = self.executors[kind].submit(call)
        future.add_done_callback(done)
        return await asyncio.wrap_future(future)

    def _drop(self, key: tuple[str, str], entry: list[Any]) -> None:
        entry[1] -= 1
        if entry[1] <= 0 and self._held.get(key) is entry:
            del self._held[key]

    def shutdown(self) -> None:
        for executor in self.executors.values():
            executor.shutdown(wait=False, cancel_futures=True)


@dataclass
class Engine:
    """Everything the handlers share: the store, the render queue, options, turn locks and
    the thread pools (``pool``)."""

    home: Path
    options: EngineOptions
    store: Store
    queue: RenderQueue
    turn_locks: dict[str, asyncio.Lock] = field(default_factory=dict)
    tasks: set[asyncio.Task[Any]] = field(default_factory=set)
    pool: Pools = field(default_factory=Pools)

    async def run(self, kind: str, user: str | None, fn: Callable[..., Any], *args: Any) -> Any:
        return await self.pool.run(kind, user, fn, *args)

    # ── request helpers ─────────────────────────────────────────────────────────
    def auth(self, request: Request) -> str:
        """The token's user id, or 1001 / HTTP 401."""
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            raise ApiError(401, 1001, "engine.token_missing")
        found = self.store.token_user(token)
        if found is None:
            raise ApiError(401, 1001, "engine.token_missing")
        user_id, expires = found
        if expires < time.time():
            raise ApiError(401, 1001, "engine.token_expired")
        return user_id

    def session_for(self, user_id: str, session_id: str, path_user: str = "me") -> Session:
        """The session if it belongs to the token's user; 1002 otherwise (no difference shown)."""
        session = self.store.session(str(session_id)) if session_id else None
        if session is None or session.user_id != user_id or path_user not in ("me", user_id):
            raise ApiError(404, 1002, "engine.session_not_found", session=str(session_id)[:40])
        _session_language.set(session.language)  # later errors in this request use it
        return session

    def file_url(self, request: Request, key: str, ext: str) -> str:
        return str(request.base_url).rstrip("/") + f"/files/{key}.{ext}"

    def media_json(self, request: Request, media: Media) -> dict[str, Any]:
        return {
            "id": media.id,
            "filename": media.filename,
            "file_type": media.file_type,
            "cdn_url": self.file_url(request, media.url_key, media.ext),
            "width": media.width,
            "height": media.height,
            "duration": media.duration,
            "fps": media.fps,
            "hash": media.sha256,
            "size": media.size,
        }

    def render_json(self, request: Request, job: Render) -> dict[str, Any]:
        url = self.file_url(request, job.url_key, "mp4") if job.status == "completed" else None
        from nemochat.engine.jobs import read_error

        session = self.store.session(job.session_id)
        error, messages = read_error(job.error, pick_lang(session.language if session else None))
        data: dict[str, Any] = {
            "id": job.id,
            "sessionId": job.session_id,
            "status": job.status,
            "progress": job.progress,
            "outputUrl": url,
            "error": error,
            "createdAt": _ms(job.created_at),
            "completedAt": _ms(job.completed_at),
        }
        if messages is not None:  # cannot succeed on retry: the client should not try again
            data["retriable"] = False
            data["errorMessages"] = messages
        if url:
            data["output"] = {
                "url": url,
                "duration": job.duration_ms / 1000 if job.duration_ms else None,
                "size": job.size,
                "sha256": job.sha256,  # the client skips a download it already has
            }
            data["sha256"] = job.sha256
        if isinstance(job.output, dict) and job.output.get("preview") is True:
            data["preview"] = True
        return data


def _lang(request: Request, session: Session | None = None) -> str:
    return pick_lang(request.headers.get("accept-language"), session.language if session else None)


def _engine(request: Request) -> Engine:
    return request.app.state.engine  # type: ignore[no-any-return]


def ok(data: Any) -> JSONResponse:
    return JSONResponse({"code": 0, "message": "success", "data": data})


def render_ok(data: Any, status: int = 200) -> JSONResponse:
    return JSONResponse({"success": True, "data": data}, status_code=status)


def _error_response(request: Request, status: int, code: int, text: str) -> JSONResponse:
    if request.url.path.startswith("/api/render/"):
        body: dict[str, Any] = {"success": False, "code": code, "error": text, "message": text}
    else:
        body = {"code": code, "message": text, "data": None}
    return JSONResponse(body, status_code=status)


PARSE_INLINE = 64 * 1024  # bodies up to this are parsed on the event loop, bigger ones not


async def json_body(
    request: Request,
    *,
    required: bool = True,
    user: str | None = None,
    limit: int = MAX_JSON,
) -> dict[str, Any]:
    """The request's JSON object, or 400 in the envelope with what is wrong.

    Bodies over ``PARSE_INLINE`` bytes are decoded on the engine's ``parse`` threads (at
    most one per ``user`` at once), so a big draft never stalls other requests.
    """
    lang = _lang(request)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise ApiError(413, 400, "engine.bad_body", error="body too large")
    raw = b"".join(chunks)
    if not raw.strip():
        if required:
            raise ApiError(
                400, 400, "engine.bad_json", error=msg("engine.bad_body", lang, error="empty")
            )
        return {}
    if len(raw) <= PARSE_INLINE:
        return _decode_json(raw)
    return await _engine(request).run("parse", user, _decode_json, raw)  # type: ignore[no-any-return]


def _decode_json(raw: bytes) -> dict[str, Any]:
    try:
        value = json.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:  # deep nesting: RecursionError
        raise ApiError(400, 400, "engine.bad_json", error=str(exc)[:200]) from exc
    if not isinstance(value, dict):
        raise ApiError(400, 400, "engine.bad_body", error="expected a JSON object")
    try:  # "\ud800" escapes decode to lone surrogates, which nothing downstream can store
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise ApiError(
            400, 400, "engine.bad_json", error="text with an unpaired surrogate (\\uD800-\\uDFFF)"
        ) from None
    return value


def _str_field(
    body: dict[str, Any], *names: str, default: str | None = None, limit: int = 200
) -> str | None:
    for name in names:
        if name in body and body[name] is not None:
            value = body[name]
            if not isinstance(value, str | int) or isinstance(value, bool):
                raise ApiError(400, 400, "engine.bad_body", error=f"{name} must be a string")
            text = str(value)
            if len(text) > limit:
                raise ApiError(400, 400, "engine.bad_body", error=f"{name} is too long")
            return text
    return default


# ── handlers: auth and sessions ─────────────────────────────────────────────────
async def anonymous_token(request: Request) -> Response:
    engine = _engine(request)
    client_id = request.headers.get("x-client-id", "").strip()
    if not client_id or len(client_id) > 64 or not client_id.isprintable():
        raise ApiError(400, 400, "engine.client_id_missing")
    token, user_id, expires = await engine.run(
        "light", None, engine.store.issue_token, client_id, engine.options.token_ttl
    )
    return ok(
        {"token": token, "user_id": user_id, "expires_at": _iso(expires), "credits": LOCAL_CREDITS}
    )


async def create_session(request: Request) -> Response:
    engine = _engine(request)
    user_id = engine.auth(request)
    body = await json_body(request, required=False, user=user_id)
    task_name = _str_field(body, "task_name", "taskName", default="project") or "project"
    language = _str_field(body, "language", default=None, limit=20)
    if language is None:
        language = "zh-CN" if pick_lang(request.headers.get("accept-language")) == "zh" else "en"
    session = await engine.run(
        "light", user_id, engine.store.create_session, user_id, task_name, language
    )
    return ok({"task_id": session.task_id, "session_id": session.id, "user_id": user_id})


async def list_sessions(request: Request) -> Response:
    engine = _engine(request)
    user_id = engine.auth(request)
    tasks = [
        {
            "task_id": s.task_id,
            "session_id": s.id,
            "task_name": s.task_name,
            "language": s.language,
            "has_draft": s.draft_pos > 0,
            "created_at": _iso(s.created_at),
            "updated_at": _iso(s.updated_at),
        }
        for s in engine.store.sessions_of(user_id)
    ]
    return ok({"tasks": tasks, "count": len(tasks)})


async def credits(request: Request) -> Response:
    _engine(request).auth(request)
    return ok({"available": LOCAL_CREDITS, "frozen": 0, "total": LOCAL_CREDITS, "unlimited": True})


# ── state ───────────────────────────────────────────────────────────────────────
async def state(request: Request) -> Response:
    engine = _engine(request)
    user_id = engine.auth(request)
    session = engine.session_for(user_id, request.path_params["sid"], request.path_params["uid"])
    draft = engine.store.draft(session.id)
    video_infos = [engine.media_json(request, m) for m in engine.store.media_of(session.id)]
    meta = (draft or {}).get("m") if isinstance(draft, dict) else None
    meta = meta if isinstance(meta, dict) else {}
    canvas = {
        "width": meta.get("width", 1920),
        "height": meta.get("height", 1080),
        "aspect_ratio": meta.get("aspect", "16:9"),
        "fps": meta.get("fps", 30),
    }
    inner: dict[str, Any] = {
        "video_infos": video_infos,
        "generated_media": [],
        "canvas_config": canvas,
    }
    if draft is not None:
        inner["draft"] = draft
    return ok(
        {
            "session_id": session.id,
            "task_id": session.task_id,
            "task_name": session.task_name,
            "state": inner,
        }
    )


# ── chat (SSE) ──────────────────────────────────────────────────────────────────
def _sse(event: dict[str, Any]) -> bytes:
    data = json.dumps(event, ensure_ascii=False, default=str)
    # line breaks that JSON leaves raw but some line readers split on (NEL, LS, PS)
    data = data.replace("\x85", "\\u0085").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"data: {data}\n\n".encode()


def _message_text(body: dict[str, Any]) -> str:
    message = body.get("new_message", body.get("newMessage"))
    if isinstance(message, str):
        return message
    if not isinstance(message, dict) or not isinstance(message.get("parts"), list):
        raise ApiError(400, 400, "engine.bad_body", error="new_message.parts is required")
    texts = []
    for part in message["parts"]:
        if isinstance(part, dict) and isinstance(part.get("text"), str):
            texts.append(part["text"])
    return "\n".join(texts)


@dataclass(frozen=True)
class _MediaInfo:
    """Same fields as ``nemochat.engine.agent.MediaInfo`` (used if the agent is missing)."""

    id: str
    kind: str
    name: str
    width: int | None = None
    height: int | None = None
    duration_ms: int | None = None
    bpm: float = 0.0
    beats_ms: tuple[int, ...] = ()


def _beats_fields(store: Store, media: Media) -> dict[str, Any]:
    """``bpm``/``beats_ms`` of an audio upload for the agent (computed once, then cached)."""
    beats = store.media_beats(media) if media.file_type == "audio" else None
    if not beats:
        return {}
    return {"bpm": float(beats["bpm"]), "beats_ms": tuple(beats["beats_ms"])}


def _find_beats(store: Store, media: Media) -> None:
    try:
        store.media_beats(media)
    except Exception:  # the engine closed meanwhile: the next turn computes them
        log.debug("beat analysis skipped", exc_info=True)


class _TurnGuard:
    """Decides, once, whether a slow turn is abandoned (deadline) or committed (saved)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state = "running"

    def commit(self) -> bool:
        with self._lock:
            if self._state == "running":
                self._state = "committed"
            return self._state == "committed"

    def abandon(self) -> bool:
        with self._lock:
            if self._state == "running":
                self._state = "abandoned"
            return self._state == "abandoned"


def _agent_turn(
    engine: Engine, session: Session, text: str, guard: _TurnGuard | None = None
) -> list[dict[str, Any]]:
    """Run the agent for one message and save what it changed. Runs in a worker thread."""
    lang = pick_lang(session.language)
    media_info: Callable[..., Any] = _MediaInfo
    respond = engine.options.agent_fn
    try:
        from nemochat.engine.agent import MediaInfo
        from nemochat.engine.agent import respond as agent_respond

        media_info = MediaInfo
        respond = respond or agent_respond
    except ImportError:
        pass
    if respond is None:
        log.warning("agent not available")
        return [{"type": "text", "content": msg("engine.agent.unavailable", lang)}]
    store = engine.store
    media = [
        media_info(
            id=m.id,
            kind=m.file_type,
            name=m.filename,
            width=m.width,
            height=m.height,
            duration_ms=int(m.duration * 1000) if m.duration else None,
            **_beats_fields(store, m),
        )
        for m in store.media_of(session.id)
    ]
    draft = store.draft(session.id)
    try:
        turn = respond(
            text,
            draft=draft,
            media=media,
            language=session.language,
            history=_History(store, session.id),
        )
    except Exception as exc:
        log.exception("agent failed")
        text = store.scrub(str(exc))[:200]
        return [{"type": "error", "error": msg("engine.agent.failed", lang, error=text)}]
    events = [e for e in turn.events if isinstance(e, dict)]
    if guard is not None and not guard.commit():
        log.warning("agent turn finished after its deadline; nothing saved")
        return []
    if turn.history in ("undo", "redo"):
        store.move(session.id, -1 if turn.history == "undo" else 1)
    elif turn.draft is not None:
        problems = _validator()(turn.draft, media_ids={m.id for m in media})
        if problems:
            log.error("agent produced an invalid draft: %s", problems)
            events.append(
                {
                    "type": "error",
                    "error": msg("engine.agent.failed", lang, error="; ".join(problems[:3])),
                }
            )
        else:
            store.save_draft(session.id, turn.draft, list(turn.ops or []))
    elif turn.memo is not None:  # nothing changed, but the next turn needs this one's context
        store.set_memo(session.id, turn.memo)
        store.touch(session.id)
    else:
        store.touch(session.id)
    return events


async def run_sse(request: Request) -> Response:
    engine = _engine(request)
    user_id = engine.auth(request)
    body = await json_body(request, user=user_id)
    sid = _str_field(body, "session_id", "sessionId", default="", limit=80) or ""
    path_user = _str_field(body, "user_id", "userId", default="me", limit=80) or "me"
    session = engine.session_for(user_id, sid, path_user)
    text = _message_text(body).strip()
    if not text:
        raise ApiError(400, 400, "engine.bad_body", error="the message is empty")
    options = engine.options
    lock = engine.turn_locks.setdefault(session.id, asyncio.Lock())

    guard = _TurnGuard()

    async def turn() -> list[dict[str, Any]]:
        async with lock:  # one turn at a time per session, in arrival order
            events: list[dict[str, Any]] = await engine.run(
                "chat", user_id, _agent_turn, engine, session, text, guard
            )
            return events

    # the turn runs to completion (and saves) even if the client goes away mid-stream
    task = asyncio.ensure_future(turn())
    engine.tasks.add(task)
    task.add_done_callback(engine.tasks.discard)

    async def stream() -> AsyncIterator[bytes]:
        deadline = time.monotonic() + options.turn_timeout
        while not task.done():
            done, _ = await asyncio.wait({task}, timeout=options.heartbeat_interval)
            if done:
                break
            if time.monotonic() > deadline and guard.abandon():
                lang = pick_lang(session.language)
                seconds = round(options.turn_timeout)
                yield _sse(
                    {"type": "error", "error": msg("engine.agent.timeout", lang, seconds=seconds)}
                )
                return
            yield _sse({"type": "heartbeat"})
        try:
            events = task.result()
        except Exception as exc:  # pragma: no cover - _agent_turn catches agent errors
            log.exception("turn failed")
            events = [
                {
                    "type": "error",
                    "error": msg(
                        "engine.internal", pick_lang(session.language), error=type(exc).__name__
                    ),
                }
            ]
        last = time.monotonic()
        for event in events:
            if time.monotonic() - last > options.heartbeat_interval:
                yield _sse({"type": "heartbeat"})
            yield _sse(event)
            last = time.monotonic()
            if options.event_delay:
                await asyncio.sleep(options.event_delay)

    return StreamingResponse(
        stream(),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


# ── upload ──────────────────────────────────────────────────────────────────────
async def _receive_multipart(engine: Engine, request: Request, boundary: bytes) -> list[Received]:
    options = engine.options
    receiver = MultipartReceiver(
        boundary=boundary,
        tmp_dir=engine.store.tmp_dir,
        limit=options.max_upload_bytes,
        max_files=options.max_files,
    )
    error: UploadError | None = None
    drained = 0
    try:
        async for chunk in request.stream():
            if error is None:
                try:
                    receiver.feed(chunk)
                except UploadError as exc:
                    error = exc  # stop storing; read (and drop) a bounded remainder
            else:
                drained += len(chunk)
                if drained > options.drain_limit:
                    break
        if error is None:
            return receiver.finish()
    except BaseException:
        receiver.abort()
        raise
    raise error


def _free_bytes(folder: Path) -> int:
    """Bytes that may still be written under ``folder`` (a guess is fine: the writes are
    checked too)."""
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return 1 << 62


def _check_one(rec: Received, max_pixels: int) -> Probe:
    return probe(rec, max_pixels=max_pixels)


async def upload(request: Request) -> Response:
    engine = _engine(request)
    user_id = engine.auth(request)
    session = engine.session_for(user_id, request.path_params["sid"], request.path_params["uid"])
    options = engine.options
    ctype = request.headers.get("content-type", "")
    received: list[Received] = []
    try:
        if ctype.lower().startswith("multipart/form-data"):
            from python_multipart.multipart import parse_options_header

            _, params = parse_options_header(ctype)
            boundary = params.get(b"boundary")
            if not boundary:
                raise ApiError(400, 400, "engine.upload.bad_multipart", error="no boundary")
            if len(boundary) > 70:  # RFC 2046's limit; the parser fails on long ones
                raise ApiError(
                    400, 400, "engine.upload.bad_multipart", error="boundary longer than 70"
                )
            declared = request.headers.get("content-length", "")
            cap = options.max_upload_bytes * options.max_files + 1024 * 1024
            if declared.isdigit() and int(declared) > cap:
                raise ApiError(
                    413,
                    4002,
                    "engine.upload.too_large",
                    name="upload",
                    limit=human_size(options.max_upload_bytes),
                )
            if declared.isdigit() and int(declared) > _free_bytes(engine.store.tmp_dir):
                raise ApiError(DISK_FULL, DISK_FULL, "engine.disk_full")  # before a byte is written
            received = await _receive_multipart(engine, request, boundary)
        else:
            body = await json_body(request, user=user_id)
            urls = body.get("urls")
            if not isinstance(urls, list) or not all(isinstance(u, str) for u in urls):
                raise ApiError(400, 400, "engine.upload.no_files")
            if len(urls) > options.max_files:
                raise ApiError(400, 4001, "engine.upload.too_many", limit=options.max_files)
            for url in urls:
                fetch = functools.partial(
                    fetch_url,
                    url.strip(),
                    tmp_dir=engine.store.tmp_dir,
                    limit=options.max_upload_bytes,
                    timeout=options.url_timeout,
                    allow_private=options.allow_private_urls,
                )
                received.append(await engine.run("probe", user_id, fetch))
        if not received:
            raise ApiError(400, 400, "engine.upload.no_files")
        probes = [  # one job per file: users' files take turns on the probe threads
            await engine.run("probe", user_id, _check_one, rec, options.max_pixels)
            for rec in received
        ]
        stored = []
        for rec, info in zip(received, probes, strict=True):
            add = functools.partial(
                engine.store.add_media,
                session.id,
                rec.path,
                sha256=rec.sha256,
                filename=rec.name,
                file_type=info.sniffed.file_type,
                ext=info.sniffed.ext,
                mime=info.sniffed.mime,
                size=rec.size,
                width=info.width,
                height=info.height,
                duration=info.duration,
                fps=info.fps,
            )
            stored.append(await engine.run("probe", user_id, add))
    except UploadError as exc:
        status = {4002: 413, 400: 400}.get(exc.code, 400)
        raise ApiError(status, exc.code, exc.key, **exc.fields) from exc
    except OSError as exc:  # disk full, permissions: say so instead of a bare 500
        if disk_full(exc):
            raise ApiError(DISK_FULL, DISK_FULL, "engine.disk_full") from exc
        log.error("upload storage failed", exc_info=exc)
        raise ApiError(507, 500, "engine.storage", error=exc.strerror or str(exc)) from exc
    finally:
        for rec in received:  # whatever was not moved into place
            with contextlib.suppress(OSError):
                rec.path.unlink()
    for m in stored:  # find the beats of new music now, so the first "卡点" does not wait
        if m.file_type == "audio" and engine.store.cached_beats(m.sha256) is None:
            threading.Thread(
                target=_find_beats, args=(engine.store, m), name="beats", daemon=True
            ).start()
    return ok(
        {
            "files": [engine.media_json(request, m) for m in stored],
            "session_state_applied": True,
        }
    )


def _used_media(draft: dict) -> set[str]:
    """The uploads the draft's tracks play (not ones only named in the agent's memo)."""
    from nemochat.engine.draft_model import Timeline

    tl = Timeline(draft)
    return {c.media_id for c in tl.clips} | {s.media_id for s in tl.songs}


async def remove_upload(request: Request) -> Response:
    """Remove one upload; refused while the current draft uses it."""
    engine = _engine(request)
    user_id = engine.auth(request)
    session = engine.session_for(user_id, request.path_params["sid"], request.path_params["uid"])
    media_id = request.path_params["mid"]
    draft = engine.store.draft(session.id)
    if isinstance(draft, dict) and media_id in _used_media(draft):
        raise ApiError(409, 409, "engine.media.in_use", id=media_id[:40])
    removed = await engine.run("light", user_id, engine.store.remove_media, session.id, media_id)
    if removed is None:
        raise ApiError(404, 4004, "engine.media.not_found", id=media_id[:40])
    return ok({"removed": media_id})


# ── render ──────────────────────────────────────────────────────────────────────
def _own_render(engine: Engine, request: Request, user_id: str) -> Render:
    render_id = request.path_params["rid"]
    job = engine.store.render(render_id, draft=False) if RENDER_ID.match(render_id) else None
    if job is None or job.user_id != user_id:
        raise ApiError(404, 4004, "engine.render.not_found", id=render_id[:80])
    return job


def _apply_output(draft: Any, output: dict[str, Any]) -> Any:
    """Honour ``output.resolution`` ("720p"/"1080p"/"4k", as the cloud accepts) and ``fps``."""
    if not isinstance(draft, dict) or not isinstance(draft.get("m"), dict):
        return draft
    try:
        from nemochat.engine.draft import FPS_VALUES, RESOLUTIONS, frame_size
    except ImportError:
        return draft
    meta = dict(draft["m"])
    res = output.get("resolution")
    if isinstance(res, str) and res.lower() in RESOLUTIONS and meta.get("aspect"):
        try:
            meta["width"], meta["height"] = frame_size(meta["aspect"], res.lower())
            meta["resolution"] = res.lower()
        except (KeyError, TypeError):
            return draft  # validation will explain what is wrong with the aspect
    if output.get("fps") in FPS_VALUES:
        meta["fps"] = output["fps"]
    return {**draft, "m": meta}


def _store_render(
    engine: Engine,
    user_id: str,
    session: Session,
    render_id: str,
    draft: Any,
    output: dict[str, Any],
) -> Render | None:
    """Check a render request's draft and record it (on the engine's ``render`` threads: a
    big draft is validated and encoded off the event loop)."""
    draft = _apply_output(draft, output)
    media_ids = {m.id for m in engine.store.media_of(session.id)}
    problems = _validator()(draft, media_ids=media_ids)
    if problems:
        shown = "; ".join(problems[:5]) + (" …" if len(problems) > 5 else "")
        raise ApiError(400, 4003, "engine.render.invalid_draft", problems=shown)
    assert isinstance(draft, dict)
    try:
        return engine.store.create_render(
            render_id,
            session.id,
            user_id,
            json.dumps(draft, ensure_ascii=False),
            output,
            max_queued=engine.options.max_queued_renders,
            keep_drafts=engine.options.max_stored_drafts,
        )
    except RenderQuota as exc:
        raise ApiError(
            429,
            429,
            "engine.render.too_many",
            headers={"Retry-After": "10"},
            count=exc.queued,
            limit=engine.options.max_queued_renders,
        ) from None


async def render_create(request: Request) -> Response:
    engine = _engine(request)
    user_id = engine.auth(request)
    limit = engine.options.max_render_body
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ApiError(413, 4003, "engine.render.too_big", limit=human_size(limit))
    body = await json_body(request, user=user_id, limit=limit)
    sid = _str_field(body, "sessionId", "session_id", default="", limit=80) or ""
    session = engine.session_for(user_id, sid)
    render_id = body.get("id")
    if render_id is None:
        render_id = f"render_{int(time.time() * 1000)}"
    if not isinstance(render_id, str) or not RENDER_ID.match(render_id):
        raise ApiError(400, 400, "engine.render.bad_id")
    output = body.get("output") or {}
    if not isinstance(output, dict):
        raise ApiError(400, 400, "engine.bad_body", error="output must be an object")
    job = await engine.run(
        "render",
        user_id,
        _store_render,
        engine,
        user_id,
        session,
        render_id,
        body.get("draft"),
        output,
    )
    if job is None:
        raise ApiError(409, 4009, "engine.render.duplicate", id=render_id)
    engine.queue.submit(job.id)
    return render_ok(engine.render_json(request, job))


async def render_poll(request: Request) -> Response:
    engine = _engine(request)
    user_id = engine.auth(request)
    return render_ok(engine.render_json(request, _own_render(engine, request, user_id)))


async def render_cancel(request: Request) -> Response:
    engine = _engine(request)
    user_id = engine.auth(request)
    job = _own_render(engine, request, user_id)
    if job.status in ("pending", "processing"):
        await engine.run("light", user_id, engine.queue.cancel, job.id)
        job = engine.store.render(job.id, draft=False) or job
    return render_ok(engine.render_json(request, job))


def _render_file(engine: Engine, job: Render) -> Path:
    path = engine.store.render_path(job.id)
    if job.status == "completed" and not path.exists():
        raise ApiError(410, 4006, "engine.render.evicted", id=job.id)
    if job.status != "completed" or not path.exists():
        raise ApiError(409, 4005, "engine.render.not_ready", id=job.id, status=job.status)
    from nemochat.engine.cache import touch

    touch(path)  # downloaded now: the cache evicts the least recently used first
    return path


async def render_download(request: Request) -> Response:
    engine = _engine(request)
    user_id = engine.auth(request)
    job = _own_render(engine, request, user_id)
    path = _render_file(engine, job)
    return FileResponse(path, media_type="video/mp4", filename=f"{job.id}.mp4")


# ── the engine itself: version, render cache ────────────────────────────────────
async def engine_info(request: Request) -> Response:
    """``GET /api/engine/info``: what this engine is, and how full its render cache is."""
    from nemochat import __version__

    engine = _engine(request)
    engine.auth(request)
    usage = await asyncio.to_thread(engine.queue.cache.usage)
    return ok(
        {
            "engine": "nemochat",
            "version": __version__,
            "cache": {k: usage[k] for k in ("entries", "bytes", "limit")},
        }
    )


async def engine_cache(request: Request) -> Response:
    """``GET /api/engine/cache``: every cached file (renders, segments, sound), bytes, limit."""
    engine = _engine(request)
    engine.auth(request)
    cache = engine.queue.cache
    entries = await asyncio.to_thread(cache.entries)
    usage = await asyncio.to_thread(cache.usage)
    entries.sort(key=lambda e: e.used, reverse=True)
    return ok({**usage, "items": [e.to_json() for e in entries]})


async def engine_cache_clear(request: Request) -> Response:
    """``POST /api/engine/cache/clear``: remove all but each session's latest export."""
    engine = _engine(request)
    engine.auth(request)
    return ok(await asyncio.to_thread(engine.queue.cache.clear))


# ── files served to the client (cdn_url / outputUrl) ────────────────────────────
async def serve_file(request: Request) -> Response:
    """Uploads and finished renders, by an unguessable per-file key (no token in URLs)."""
    engine = _engine(request)
    key = request.path_params["key"]
    stem, _, ext = key.rpartition(".")
    media = engine.store.media_by_key(stem) if stem else None
    if media is not None and media.ext == ext:
        path = engine.store.media_path(media)
        if path.exists():
            return FileResponse(path, media_type=media.mime)
    job = engine.store.render_by_key(stem) if stem else None
    if job is not None and ext == "mp4":
        path = _render_file(engine, job)
        return FileResponse(path, media_type="video/mp4", filename=f"{job.id}.mp4")
    raise ApiError(404, 404, "engine.not_found")


# ── errors ──────────────────────────────────────────────────────────────────────
async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    lang = pick_lang(request.headers.get("accept-language"), _session_language.get())
    fields = dict(exc.fields)
    store = _engine(request).store
    for name in ("error", "reason"):  # exception words: never the engine's own paths
        if isinstance(fields.get(name), str):
            fields[name] = store.scrub(fields[name])
    text = msg(exc.key, lang, **fields)
    response = _error_response(request, exc.status, exc.code, text)
    response.headers.update(exc.headers)
    return response


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    key = "engine.method" if exc.status_code == 405 else "engine.not_found"
    return _error_response(request, exc.status_code, exc.status_code, msg(key, _lang(request)))


_disk_log = [0.0]


async def _storage_error(request: Request, exc: Exception) -> Response:
    """OSError and SQLite errors out of a handler: a full disk is 507 with its own message
    (logged once a minute, not per request); anything else is an internal error."""
    if not disk_full(exc):
        return await _internal_error(request, exc)
    now = time.monotonic()
    if now - _disk_log[0] > 60:
        _disk_log[0] = now
        log.error("disk full on %s: %s", request.url.path, exc)
    lang = pick_lang(request.headers.get("accept-language"), _session_language.get())
    return _error_response(request, DISK_FULL, DISK_FULL, msg("engine.disk_full", lang))


async def _internal_error(request: Request, exc: Exception) -> Response:
    log.error("internal error on %s", request.url.path, exc_info=exc)
    text = msg("engine.internal", _lang(request), error=type(exc).__name__)
    return _error_response(request, 500, 500, text)


class _LocalHostsOnly:
    """Refuse requests whose Host header is not a loopback name (DNS-rebinding defence).

    A web page can make a browser send requests to 127.0.0.1 under its own host name; the
    engine only answers requests addressed to itself by a loopback name or address.
    """

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            raw = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1")
            name = raw[1 : raw.find("]")] if raw.startswith("[") else raw.rsplit(":", 1)[0]
            if not _loopback_name(name):
                text = msg("engine.bad_host", "en", host=raw[:100])
                response = JSONResponse(
                    {"code": 400, "message": text, "data": None}, status_code=400
                )
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _loopback_name(name: str) -> bool:
    if name.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


# ── the app ─────────────────────────────────────────────────────────────────────
def create_app(home: Path, options: EngineOptions | None = None, **overrides: Any) -> Starlette:
    """The engine as an ASGI app; data lives in ``<home>/engine/``.

    ``overrides`` set single ``EngineOptions`` fields (e.g. ``allow_private_urls=True``).
    """
    opts = options or EngineOptions()
    for name, value in overrides.items():
        if not hasattr(opts, name):
            raise TypeError(f"unknown engine option {name!r}")
        setattr(opts, name, value)
    store = Store(Path(home) / "engine")
    queue = RenderQueue(
        store,
        concurrency=opts.render_concurrency,
        preset=opts.render_preset,
        render_fn=opts.render_fn,
        cache_limit=opts.cache_limit,
    )
    engine = Engine(
        home=Path(home), options=opts, store=store, queue=queue, pool=Pools(opts.pool_sizes)
    )

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        queue.start()
        try:
            yield
        finally:
            for task in list(engine.tasks):  # let running turns finish saving
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(asyncio.shield(task), 5)
            await asyncio.to_thread(queue.stop)
            engine.pool.shutdown()
            store.close()

    routes = [
        Route("/api/auth/anonymous-token", anonymous_token, methods=["POST"]),
        Route("/api/tasks/me/with-session/nemo_agent", create_session, methods=["POST"]),
        Route("/api/tasks/me", list_sessions, methods=["GET"]),
        Route("/run_sse", run_sse, methods=["POST"]),
        Route("/api/upload-video/nemo_agent/{uid}/{sid}", upload, methods=["POST"]),
        Route("/api/upload-video/nemo_agent/{uid}/{sid}/{mid}", remove_upload, methods=["DELETE"]),
        Route("/api/credits/balance/simple", credits, methods=["GET"]),
        Route("/api/state/nemo_agent/{uid}/{sid}/latest", state, methods=["GET"]),
        Route("/api/render/proxy/lambda", render_create, methods=["POST"]),
        Route("/api/render/proxy/lambda/{rid}", render_poll, methods=["GET"]),
        Route("/api/render/proxy/lambda/{rid}/cancel", render_cancel, methods=["POST"]),
        Route("/api/render/proxy/{rid}/download", render_download, methods=["GET"]),
        Route("/api/engine/info", engine_info, methods=["GET"]),
        Route("/api/engine/cache", engine_cache, methods=["GET"]),
        Route("/api/engine/cache/clear", engine_cache_clear, methods=["POST"]),
        Route("/files/{key}", serve_file, methods=["GET", "HEAD"]),
    ]
    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        middleware=[Middleware(_LocalHostsOnly)] if opts.local_hosts_only else [],
        exception_handlers={
            ApiError: _api_error,
            HTTPException: _http_error,
            OSError: _storage_error,
            sqlite3.Error: _storage_error,
            Exception: _internal_error,
        },
    )
    app.state.engine = engine
    return app


# ── standalone ──────────────────────────────────────────────────────────────────
def is_loopback(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        try:
            return all(
                ipaddress.ip_address(info[4][0]).is_loopback
                for info in socket.getaddrinfo(host, None)
            )
        except OSError:
            return False


class RemoteBindRefused(Exception):
    """``serve`` was asked to bind a non-loopback host without ``allow_remote``."""


def bind_warning(host: str, allow_remote: bool, lang: str = "en") -> str | None:
    """The warning to print before binding ``host``; raises ``RemoteBindRefused`` if not allowed."""
    if is_loopback(host):
        return None
    if not allow_remote:
        raise RemoteBindRefused(msg("engine.serve.remote_refused", lang, host=host))
    return msg("engine.serve.remote_warning", lang, host=host)


def serve(
    host: str = "127.0.0.1",
    port: int = 8765,
    allow_remote: bool = False,
    *,
    home: Path | None = None,
    lang: str | None = None,
) -> None:
    """Run the engine in the foreground until Ctrl-C (``nemochat serve``).

    Raises ``RemoteBindRefused`` for a non-loopback host without ``allow_remote`` and
    ``OSError`` if the address cannot be bound (before anything is printed as listening).
    """
    import uvicorn

    from nemochat import config

    if lang is None:
        from nemochat import i18n

        lang = i18n.current()
    warning = bind_warning(host, allow_remote, lang)
    family, kind, proto, _, address = socket.getaddrinfo(
        host.strip("[]"), port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP
    )[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    if warning:
        print(warning, flush=True)
    from nemochat.engine.logs import log_to_file
    from nemochat.engine.serving import uvicorn_config

    home = home or config.home()
    log_to_file(
        home, also=("asyncio",)
    )  # accept errors (EMFILE) too, throttled  # errors and tracebacks go to <home>/engine/engine.log
    app = create_app(home, local_hosts_only=warning is None)
    bound = sock.getsockname()
    shown = f"[{bound[0]}]" if ":" in bound[0] else bound[0]
    print(msg("engine.serve.listening", lang, url=f"http://{shown}:{bound[1]}"), flush=True)
    server = uvicorn.Server(uvicorn_config(app))
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:  # uvicorn re-raises Ctrl-C after its graceful shutdown
        pass
    finally:
        sock.close()
