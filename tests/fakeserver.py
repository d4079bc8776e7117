"""A protocol-faithful NemoVideo skill API server for tests, on 127.0.0.1 only.

It speaks the API in ``/work/shared/notes/nemovideo-api.md`` (E1 anonymous token, E2 create
session, E4 ``/run_sse``, E5 upload, E6 credits, E7 state, E8-E10 render, E11 direct download)
over a real socket, in a background thread, and lets a test script faults.

Use it from any test file (ruff flags an imported fixture used as a parameter, so define a
three-line local fixture with ``running``)::

    from fakeserver import FakeNemo, running

    @pytest.fixture
    def fake_nemo(monkeypatch):            # sets NEMO_API_URL / NEMO_WEB_URL
        with running(monkeypatch) as server:
            yield server

    async def test_something(fake_nemo: FakeNemo):
        fake_nemo.fail("upload", code=4001)           # next upload answers error 4001
        fake_nemo.fail("credits", status=502, html=True, times=2)
        fake_nemo.fail("chat", status=429, retry_after="1")
        fake_nemo.script_chat(typed_text("Hel"), typed_text("lo"), Pause(0.2), DROP)
        ...
        assert fake_nemo.requests_to("upload")[0].headers["x-skill-source"] == "nemochat"

Scripting API (all attributes can be changed at any time, also between requests):

``fail(endpoint, **Fault fields)``
    queue a fault for the next ``times`` requests to an endpoint. Endpoints: ``token``,
    ``session``, ``chat``, ``upload``, ``credits``, ``state``, ``render`` (create), ``poll``,
    ``cancel``, ``download`` (E11) and ``file`` (the output file on the CDN origin).
    A ``Fault`` can answer an error ``code`` in the envelope, an HTTP ``status``, an HTML
    error page, a ``Retry-After`` header, a raw ``body``, or ``drop`` the connection
    (for ``upload`` after reading ``drop_after`` body bytes; for ``file``/``download`` after
    sending ``drop_after`` bytes of the file).
``script_chat(*steps)``
    the SSE reply of the next ``/run_sse`` turn (each call queues one turn). A step is a dict
    (sent as ``data: <json>``), a str (written verbatim, e.g. ``HEARTBEAT`` or ``EMPTY_DATA``),
    ``Pause(seconds)``, ``DROP`` (cut the connection without ending the chunked body) or a
    callable ``fn(server, session_id)`` run at that point (e.g. to change the draft).
    Unscripted turns answer with ``default_turn`` (typed text + a tool call that adds a title).
``expire_tokens()`` / ``forget_sessions()``
    make every current token answer 1001 / every session answer 1002.
``reject_client_ids``
    client ids that E1 refuses with HTTP 400 ("invalid X-Client-Id").
``auth_error_style``
    ``"code"`` (HTTP 200 + ``{"code":1001}``), ``"http"`` (bare HTTP 401) or ``"both"``.
``envelope``
    ``"code"`` (``{"code":0,"data":…}``), ``"success"`` or ``"bare"`` for non-render endpoints.
``render_shape``
    ``"data"`` (``data.status``/``data.outputUrl``), ``"top"`` (top-level ``status`` +
    ``output.url``), ``"bare"`` (S@init ``taskId``/``output.url``) or ``"url"`` (``data.url``).
``render_steps``
    the statuses successive polls report (default pending → processing → completed).
``render_failures``
    reasons: each new render takes the next one and ends ``failed`` with it.
``render_url_missing_polls``
    how many ``completed`` polls come without an output URL (large = never).
``range_support`` / ``proxy_download_json`` / ``download_filename``
    whether the CDN honours ``Range``; whether E11 answers JSON (``output.url``) or the file;
    the file name sent in ``Content-Disposition`` (default ``<render id>.mp4``).
``output_bytes``
    the rendered file's content.
``credits``, ``max_upload_bytes``
    the balance; the size above which upload answers 4002.

Shortcuts that send no request: ``new_session(sid=None, **state)``, ``set_state(sid, **state)``,
``issue_token(client_id)`` (a valid token, e.g. for ``NEMO_TOKEN``), ``output_url(render_id)``.
``stream_pause`` spaces the default turn's events; ``token_ttl_days`` sets ``expires_at``.

Every request is recorded (``requests``, ``requests_to(endpoint)``) with its headers (lower
case), JSON body and uploaded parts (name, size, sha256; bytes kept when small).

Run it by hand (used by ``benchmarks/upload_bench.py``)::

    python tests/fakeserver.py [--port N]
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import socket
import threading
import time
import uuid
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest

ACCEPTED = {
    "mp4": "video",
    "mov": "video",
    "avi": "video",
    "webm": "video",
    "mkv": "video",
    "jpg": "image",
    "jpeg": "image",
    "png": "image",
    "gif": "image",
    "webp": "image",
    "mp3": "audio",
    "wav": "audio",
    "m4a": "audio",
    "aac": "audio",
}
KEEP_BYTES = 8 * 1024 * 1024  # uploaded parts up to this size are kept for assertions


# --- scripting vocabulary --------------------------------------------------------------


@dataclass
class Fault:
    """One scripted misbehaviour for one endpoint (see module docstring)."""

    status: int = 200
    code: int | None = None
    message: str = "scripted failure"
    html: bool = False
    retry_after: str | None = None
    drop: bool = False
    drop_after: int = 0
    body: bytes | str | dict | None = None
    content_type: str | None = None
    delay: float = 0.0
    times: int = 1


@dataclass(frozen=True)
class Pause:
    """An SSE script step: stay silent for ``seconds``."""

    seconds: float


class _Drop:
    def __repr__(self) -> str:
        return "DROP"


DROP = _Drop()
HEARTBEAT = ": keep-alive\n\n"
EMPTY_DATA = "data:\n\n"


def typed_text(content: str) -> dict:
    return {"type": "text", "content": content}


def typed_tool_call(name: str, args: dict | None = None) -> dict:
    return {"type": "tool_call", "name": name, "args": args or {}}


def typed_tool_result(name: str, result: Any = None) -> dict:
    return {"type": "tool_result", "name": name, "result": result if result is not None else {}}


def typed_heartbeat() -> dict:
    return {"type": "heartbeat"}


def adk_text(text: str, *, partial: bool = False) -> dict:
    ev: dict[str, Any] = {
        "content": {"role": "model", "parts": [{"text": text}]},
        "author": "nemo_agent",
        "invocationId": "e-1",
        "id": uuid.uuid4().hex[:8],
        "timestamp": time.time(),
    }
    if partial:
        ev["partial"] = True
    return ev


def adk_call(name: str, args: dict | None = None) -> dict:
    part = {"functionCall": {"id": "fc-1", "name": name, "args": args or {}}}
    return {"content": {"role": "model", "parts": [part]}, "author": "nemo_agent"}


def adk_response(name: str, response: Any = None) -> dict:
    part = {"functionResponse": {"id": "fc-1", "name": name, "response": response or {}}}
    return {"content": {"role": "user", "parts": [part]}, "author": "nemo_agent"}


def adk_error(message: str) -> dict:
    return {"error": message}


@dataclass
class Part:
    """One uploaded multipart part."""

    field: str
    filename: str | None
    content_type: str | None
    size: int = 0
    sha256: str = ""
    data: bytes | None = None


@dataclass
class Recorded:
    """One request the server received."""

    endpoint: str
    method: str
    path: str
    headers: dict[str, str]
    json: Any = None
    parts: list[Part] = field(default_factory=list)
    body_size: int = 0
    chunked: bool = False


@dataclass
class RenderJob:
    id: str
    session_id: str
    draft: Any
    output: Any
    polls: int = 0
    failure: str | dict[str, Any] | None = None
    cancelled: bool = False
    completed_polls: int = 0


_ROUTES: list[tuple[str, str, re.Pattern[str]]] = [
    ("token", "POST", re.compile(r"^/api/auth/anonymous-token$")),
    ("session", "POST", re.compile(r"^/api/tasks/(?P<user>[^/]+)/with-session/nemo_agent$")),
    ("chat", "POST", re.compile(r"^/run_sse$")),
    (
        "upload",
        "POST",
        re.compile(r"^/api/upload-video/nemo_agent/(?P<user>[^/]+)/(?P<sid>[^/]+)$"),
    ),
    ("credits", "GET", re.compile(r"^/api/credits/balance/simple$")),
    ("state", "GET", re.compile(r"^/api/state/nemo_agent/(?P<user>[^/]+)/(?P<sid>[^/]+)/latest$")),
    ("render", "POST", re.compile(r"^/api/render/proxy/lambda$")),
    ("cancel", "POST", re.compile(r"^/api/render/proxy/lambda/(?P<rid>[^/]+)/cancel$")),
    ("poll", "GET", re.compile(r"^/api/render/proxy/lambda/(?P<rid>[^/]+)$")),
    ("download", "GET", re.compile(r"^/api/render/proxy/(?P<rid>[^/]+)/download$")),
]


class _Abort(Exception):
    """Close the connection without (finishing) a response."""


# --- the server ------------------------------------------------------------------------


class FakeNemo:
    """The fake API (``url``) plus a second origin for output files (``cdn_url``)."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.requests: list[Recorded] = []
        self.faults: dict[str, deque[Fault]] = {}
        self.chat_turns: deque[list[Any]] = deque()
        self.tokens: dict[str, dict[str, str]] = {}  # token → {"user_id", "client_id"}
        self.sessions: dict[str, dict[str, Any]] = {}  # session id → {"task_id", "state"}
        self.renders: dict[str, RenderJob] = {}
        self.reject_client_ids: set[str] = set()
        self.auth_error_style = "both"
        self.envelope = "code"
        self.render_shape = "data"
        self.render_steps: list[str] = ["pending", "processing", "completed"]
        self.render_failures: list[str | dict[str, Any]] = []
        self.render_url_missing_polls = 0
        self.range_support = True
        self.proxy_download_json = False
        self.download_filename: str | None = None  # Content-Disposition name (default <id>.mp4)
        self.output_bytes = bytes(range(256)) * 1024  # 256 KiB
        self.credits = {"available": 100.0, "frozen": 0.0}
        self.max_upload_bytes = 200 * 1024 * 1024
        self.token_ttl_days = 7
        self.stream_pause = 0.0  # between default-turn events
        self._stop = threading.Event()
        self._servers: list[ThreadingHTTPServer] = []
        self.url = ""
        self.cdn_url = ""

    # lifecycle
    def start(self, port: int = 0) -> FakeNemo:
        api = self._serve(port, cdn=False)
        cdn = self._serve(0, cdn=True)
        self.url = f"http://127.0.0.1:{api.server_address[1]}"
        self.cdn_url = f"http://127.0.0.1:{cdn.server_address[1]}"
        return self

    def _serve(self, port: int, *, cdn: bool) -> ThreadingHTTPServer:
        fake = self

        class Handler(_Handler):
            server_fake = fake
            is_cdn = cdn

        srv = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        srv.daemon_threads = True
        srv.block_on_close = False
        threading.Thread(
            target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()
        self._servers.append(srv)
        return srv

    def stop(self) -> None:
        self._stop.set()
        for srv in self._servers:
            srv.shutdown()
            srv.server_close()
        self._servers.clear()

    def __enter__(self) -> FakeNemo:
        return self.start() if not self.url else self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # scripting
    def fail(self, endpoint: str, **kw: Any) -> Fault:
        fault = Fault(**kw)
        with self.lock:
            self.faults.setdefault(endpoint, deque()).append(fault)
        return fault

    def script_chat(self, *steps: Any) -> None:
        with self.lock:
            self.chat_turns.append(list(steps))

    def expire_tokens(self) -> None:
        with self.lock:
            self.tokens.clear()

    def forget_sessions(self) -> None:
        with self.lock:
            self.sessions.clear()

    def new_session(self, session_id: str | None = None, **state: Any) -> str:
        """Create a session directly (no request), optionally with state."""
        sid = session_id or str(int(time.time() * 1e6) + len(self.sessions))
        with self.lock:
            self.sessions[sid] = {"task_id": f"task_{uuid.uuid4().hex[:8]}", "state": dict(state)}
        return sid

    def set_state(self, session_id: str, **state: Any) -> None:
        with self.lock:
            self.sessions.setdefault(session_id, {"task_id": "task_x", "state": {}})
            self.sessions[session_id]["state"].update(state)

    def issue_token(self, client_id: str = "test-client") -> str:
        """A valid token without a request (for NEMO_TOKEN tests)."""
        token = f"nmv_usr_{uuid.uuid4().hex}"
        with self.lock:
            self.tokens[token] = {"user_id": f"anon_{uuid.uuid4().hex[:8]}", "client_id": client_id}
        return token

    def requests_to(self, endpoint: str) -> list[Recorded]:
        with self.lock:
            return [r for r in self.requests if r.endpoint == endpoint]

    def take_fault(self, endpoint: str) -> Fault | None:
        with self.lock:
            queue = self.faults.get(endpoint)
            if not queue:
                return None
            fault = queue[0]
            fault.times -= 1
            if fault.times <= 0:
                queue.popleft()
            return fault

    def sleep(self, seconds: float) -> None:
        self._stop.wait(seconds)

    def output_url(self, render_id: str) -> str:
        return f"{self.cdn_url}/render-result/{render_id}.mp4"

    def default_turn(self, session_id: str, text: str) -> list[Any]:
        def add_title(server: FakeNemo, sid: str) -> None:
            with server.lock:
                state = server.sessions.get(sid, {}).get("state", {})
                draft = state.setdefault("draft", {"t": []})
                draft.setdefault("t", []).append(
                    {"tt": 7, "sg": [{"st": 0, "d": 3000, "m": {"text": text[:40]}}]}
                )

        p = Pause(self.stream_pause)
        return [
            typed_text("Working on "),
            p,
            typed_text(f"it: {text}"),
            p,
            typed_tool_call("edit_multitrack", {"action": "add_title"}),
            add_title,
            typed_tool_result("edit_multitrack", {"ok": True}),
        ]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_fake: FakeNemo
    is_cdn: bool

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        return

    def setup(self) -> None:
        super().setup()
        # headers and body go out in separate writes: without this, Nagle + delayed ACK
        # add ~40 ms to every response
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    # plumbing ----------------------------------------------------------------------
    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def _dispatch(self, method: str) -> None:
        fake = self.server_fake
        path = urlsplit(self.path).path
        try:
            if self.is_cdn:
                self._record("file", method, path)
                self._cdn(path)
                return
            for name, want, pattern in _ROUTES:
                m = pattern.match(path)
                if m and want == method:
                    rec = self._record(name, method, path)
                    fault = fake.take_fault(name)
                    if fault and fault.delay:
                        fake.sleep(fault.delay)
                    if name == "upload":
                        self._upload(rec, m.groupdict(), fault)
                        return
                    if name == "download":
                        self._download(m["rid"], fault)
                        return
                    self._read_body(rec)
                    if fault and self._answer_fault(fault):
                        return
                    if name != "token" and not self._authorised():
                        return
                    getattr(self, f"_ep_{name}")(rec, m.groupdict())
                    return
            self._drain()
            self._json(404, {"detail": "Not Found"})
        except (_Abort, BrokenPipeError, ConnectionResetError):
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)

    def _record(self, endpoint: str, method: str, path: str) -> Recorded:
        headers = {k.lower(): v for k, v in self.headers.items()}
        rec = Recorded(endpoint, method, path, headers)
        rec.chunked = "chunked" in headers.get("transfer-encoding", "").lower()
        with self.server_fake.lock:
            self.server_fake.requests.append(rec)
        return rec

    def _body_chunks(self, limit: int | None = None) -> Iterator[bytes]:
        """The request body in pieces (Content-Length or chunked), reading at most ``limit``."""
        sent = 0
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            while True:
                line = self.rfile.readline()
                if not line:
                    raise _Abort
                size = int(line.split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return
                left = size
                while left:
                    chunk = self.rfile.read(min(left, 1 << 20))
                    if not chunk:
                        raise _Abort
                    left -= len(chunk)
                    yield chunk
                    sent += len(chunk)
                    if limit is not None and sent >= limit:
                        return
                self.rfile.readline()
        else:
            left = int(self.headers.get("Content-Length") or 0)
            while left:
                n = min(left, 1 << 20)
                if limit is not None:
                    n = min(n, max(limit - sent, 1))
                chunk = self.rfile.read(n)
                if not chunk:
                    raise _Abort
                left -= len(chunk)
                sent += len(chunk)
                yield chunk
                if limit is not None and sent >= limit:
                    return

    def _drain(self) -> None:
        for _ in self._body_chunks():
            pass

    def _read_body(self, rec: Recorded) -> None:
        body = b"".join(self._body_chunks())
        rec.body_size = len(body)
        if body:
            try:
                rec.json = json.loads(body)
            except ValueError:
                rec.json = body.decode("utf-8", "replace")

    def _send(
        self,
        status: int,
        body: bytes,
        content_type: str,
        extra: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, status: int, value: Any, extra: dict[str, str] | None = None) -> None:
        self._send(status, json.dumps(value).encode(), "application/json", extra)

    def _ok(self, data: Any, *, render: bool = False) -> None:
        style = "success" if render else self.server_fake.envelope
        if style == "code":
            self._json(200, {"code": 0, "message": "success", "data": data})
        elif style == "success":
            self._json(200, {"success": True, "data": data})
        else:
            self._json(200, data)

    def _error(self, status: int, code: int, message: str) -> None:
        self._json(status, {"code": code, "message": message})

    def _answer_fault(self, fault: Fault) -> bool:
        """Answer with ``fault``; False when the fault only delays."""
        extra = {"Retry-After": fault.retry_after} if fault.retry_after else {}
        if fault.drop:
            raise _Abort
        if fault.body is not None:
            body = fault.body
            if isinstance(body, dict):
                body = json.dumps(body)
            if isinstance(body, str):
                body = body.encode()
            self._send(fault.status, body, fault.content_type or "application/json", extra)
            return True
        if fault.html:
            page = f"<html><head><title>{fault.status}</title></head><body><h1>{fault.status} Bad Gateway</h1></body></html>"
            self._send(fault.status, page.encode(), "text/html", extra)
            return True
        if fault.code is not None:
            self._json(fault.status, {"code": fault.code, "message": fault.message}, extra)
            return True
        if fault.status != 200:
            self._json(fault.status, {"detail": fault.message}, extra)
            return True
        return False

    def _authorised(self) -> bool:
        fake = self.server_fake
        auth = self.headers.get("Authorization", "")
        token = auth[7:] if auth.startswith("Bearer ") else ""
        if token in fake.tokens:
            return True
        style = fake.auth_error_style
        if style == "code":
            self._error(200, 1001, "token invalid or expired")
        elif style == "http":
            self._json(401, {"detail": "Unauthorized"})
        else:
            self._error(401, 1001, "token invalid or expired")
        return False

    def _user(self) -> str:
        auth = self.headers.get("Authorization", "")
        return self.server_fake.tokens.get(auth[7:], {}).get("user_id", "")

    def _session(self, sid: str) -> dict[str, Any] | None:
        with self.server_fake.lock:
            session = self.server_fake.sessions.get(sid)
        if session is None:
            self._error(404, 1002, f"session not found: {sid}")
        return session

    def _user_ok(self, user: str) -> bool:
        if user in ("me", self._user()):
            return True
        self._error(403, 403, "user mismatch")
        return False

    # endpoints -------------------------------------------------------------------------
    def _ep_token(self, rec: Recorded, _: dict) -> None:
        fake = self.server_fake
        cid = self.headers.get("X-Client-Id", "")
        if not cid:
            self._error(400, 400, "missing X-Client-Id header")
            return
        if cid in fake.reject_client_ids or len(cid) > 64:
            self._error(400, 400, "invalid X-Client-Id")
            return
        token = f"nmv_usr_{uuid.uuid4().hex}"
        user = f"anon_{hashlib.sha1(cid.encode()).hexdigest()[:10]}"
        with fake.lock:
            fake.tokens[token] = {"user_id": user, "client_id": cid}
        expires = time.strftime(
            "%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + fake.token_ttl_days * 86400)
        )
        self._ok({"token": token, "user_id": user, "expires_at": expires, "credits": 100})

    def _ep_session(self, rec: Recorded, g: dict) -> None:
        if not self._user_ok(g["user"]):
            return
        body = rec.json if isinstance(rec.json, dict) else {}
        if body.get("task_name") is None:
            self._json(422, {"detail": "task_name required"})
            return
        sid = self.server_fake.new_session()
        self.server_fake.sessions[sid]["language"] = body.get("language")
        task = self.server_fake.sessions[sid]["task_id"]
        self._ok({"task_id": task, "session_id": sid, "user_id": self._user()})

    def _ep_credits(self, rec: Recorded, _: dict) -> None:
        c = self.server_fake.credits
        self._ok(
            {
                "available": c["available"],
                "frozen": c["frozen"],
                "total": c["available"] + c["frozen"],
            }
        )

    def _ep_state(self, rec: Recorded, g: dict) -> None:
        if not self._user_ok(g["user"]):
            return
        session = self._session(g["sid"])
        if session is None:
            return
        with self.server_fake.lock:
            state = json.loads(json.dumps(session["state"]))
        self._ok(
            {
                "session_id": g["sid"],
                "task_id": session["task_id"],
                "task_name": "project",
                "state": state,
            }
        )

    def _ep_chat(self, rec: Recorded, _: dict) -> None:
        fake = self.server_fake
        body = rec.json if isinstance(rec.json, dict) else {}
        try:
            sid = body["session_id"]
            text = body["new_message"]["parts"][0]["text"]
            assert body["app_name"] == "nemo_agent"
        except (KeyError, IndexError, TypeError, AssertionError):
            self._json(422, {"detail": "bad RunAgentRequest"})
            return
        if not self._user_ok(body.get("user_id", "")):
            return
        if self._session(sid) is None:
            return
        with fake.lock:
            steps = fake.chat_turns.popleft() if fake.chat_turns else None
        if steps is None:
            steps = fake.default_turn(sid, text)
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        for step in steps:
            if step is DROP:
                self.wfile.flush()
                raise _Abort
            if isinstance(step, Pause):
                fake.sleep(step.seconds)
                continue
            if callable(step):
                step(fake, sid)
                continue
            raw = step if isinstance(step, str) else f"data: {json.dumps(step)}\n\n"
            data = raw.encode()
            self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
            self.wfile.flush()
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def _upload(self, rec: Recorded, g: dict, fault: Fault | None) -> None:
        fake = self.server_fake
        if fault and fault.drop:
            for _ in self._body_chunks(limit=fault.drop_after or 1):
                pass
            raise _Abort
        ctype = self.headers.get("Content-Type", "")
        if ctype.startswith("application/json"):
            self._read_body(rec)
            if fault and self._answer_fault(fault):
                return
            if not self._authorised() or not self._user_ok(g["user"]):
                return
            if self._session(g["sid"]) is None:
                return
            body = rec.json if isinstance(rec.json, dict) else {}
            urls = body.get("urls")
            if body.get("source_type") != "url" or not isinstance(urls, list) or not urls:
                self._json(422, {"detail": "urls and source_type=url required"})
                return
            files = []
            for url in urls:
                name = unquote(urlsplit(url).path.rsplit("/", 1)[-1]) or "file"
                kind = ACCEPTED.get(name.rsplit(".", 1)[-1].lower())
                if kind is None:
                    self._error(400, 4001, f"unsupported file type: {name}")
                    return
                files.append({"filename": name, "file_type": kind, "cdn_url": url})
            self._add_files(g["sid"], files)
            self._ok({"files": files, "session_state_applied": True})
            return
        m = re.search(r'boundary="?([^";]+)"?', ctype)
        if not ctype.startswith("multipart/form-data") or not m:
            self._drain()
            self._json(422, {"detail": "expected multipart/form-data or JSON"})
            return
        rec.parts = self._parse_multipart(m.group(1))
        rec.body_size = sum(p.size for p in rec.parts)
        if fault and self._answer_fault(fault):
            return
        if not self._authorised() or not self._user_ok(g["user"]):
            return
        if self._session(g["sid"]) is None:
            return
        parts = [p for p in rec.parts if p.field == "files"]
        if not parts:
            self._json(422, {"detail": "field 'files' required"})
            return
        files = []
        for part in parts:
            name = part.filename or "file"
            kind = ACCEPTED.get(name.rsplit(".", 1)[-1].lower()) if "." in name else None
            if kind is None:
                self._error(400, 4001, f"unsupported file type: {name}")
                return
            if part.size > fake.max_upload_bytes:
                self._error(413, 4002, f"file too large: {name}")
                return
            info: dict[str, Any] = {
                "filename": name,
                "file_type": kind,
                "cdn_url": f"{fake.cdn_url}/media/{part.sha256[:16]}/{name}",
                "hash": part.sha256[:12],
            }
            if kind == "image":
                info.update(width=1920, height=1080)
            elif kind == "video":
                info.update(width=1920, height=1080, duration=5.0, fps=30)
            else:
                info.update(duration=5.0)
            files.append(info)
        self._add_files(g["sid"], files)
        self._ok({"files": files, "session_state_applied": True})

    def _add_files(self, sid: str, files: list[dict]) -> None:
        with self.server_fake.lock:
            state = self.server_fake.sessions[sid]["state"]
            state.setdefault("video_infos", []).extend(files)

    def _parse_multipart(self, boundary: str) -> list[Part]:
        from python_multipart import MultipartParser

        parts: list[Part] = []
        cur: dict[str, Any] = {}

        def on_part_begin() -> None:
            cur.clear()
            cur.update(headers={}, field=b"", value=b"", h=hashlib.sha256(), size=0, data=[])

        def on_header_field(data: bytes, start: int, end: int) -> None:
            cur["field"] += data[start:end]

        def on_header_value(data: bytes, start: int, end: int) -> None:
            cur["value"] += data[start:end]

        def on_header_end() -> None:
            cur["headers"][cur["field"].decode().lower()] = cur["value"].decode("utf-8", "replace")
            cur["field"], cur["value"] = b"", b""

        def on_part_data(data: bytes, start: int, end: int) -> None:
            chunk = data[start:end]
            cur["h"].update(chunk)
            cur["size"] += len(chunk)
            if cur["size"] <= KEEP_BYTES:
                cur["data"].append(bytes(chunk))

        def on_part_end() -> None:
            disp = cur["headers"].get("content-disposition", "")
            name = re.search(r'\bname="([^"]*)"', disp)
            fname = re.search(r'\bfilename="([^"]*)"', disp)
            parts.append(
                Part(
                    field=name.group(1) if name else "",
                    filename=fname.group(1).replace("%22", '"') if fname else None,
                    content_type=cur["headers"].get("content-type"),
                    size=cur["size"],
                    sha256=cur["h"].hexdigest(),
                    data=b"".join(cur["data"]) if cur["size"] <= KEEP_BYTES else None,
                )
            )

        parser = MultipartParser(
            boundary,
            {
                "on_part_begin": on_part_begin,
                "on_header_field": on_header_field,
                "on_header_value": on_header_value,
                "on_header_end": on_header_end,
                "on_part_data": on_part_data,
                "on_part_end": on_part_end,
            },
        )
        for chunk in self._body_chunks():
            parser.write(chunk)
        parser.finalize()
        return parts

    def _render_view(self, job: RenderJob, status: str, progress: int, url: str | None) -> dict:
        shape = self.server_fake.render_shape
        if shape == "top":
            out: dict[str, Any] = {"id": job.id, "status": status, "progress": progress}
            if url:
                out["output"] = {"url": url}
            if job.failure and status == "failed":
                out["error"] = job.failure
            return out
        if shape == "bare":
            out = {"taskId": job.id, "status": status, "progress": progress}
            if url:
                out["output"] = {
                    "url": url,
                    "duration": 3.0,
                    "size": len(self.server_fake.output_bytes),
                }
            if job.failure and status == "failed":
                out["error"] = job.failure
            return out
        data: dict[str, Any] = {"id": job.id, "status": status, "progress": progress}
        if url:
            data["url" if shape == "url" else "outputUrl"] = url
        if job.failure and status == "failed":
            if isinstance(job.failure, dict):  # a whole error shape (retriable, messages)
                data.update(job.failure)
            else:
                data["error"] = job.failure
        return {"success": True, "data": data}

    def _ep_render(self, rec: Recorded, _: dict) -> None:
        fake = self.server_fake
        body = rec.json if isinstance(rec.json, dict) else {}
        rid, sid = body.get("id"), body.get("sessionId")
        if not isinstance(rid, str) or not isinstance(sid, str) or "draft" not in body:
            self._json(422, {"success": False, "error": "id, sessionId and draft are required"})
            return
        if self._session(sid) is None:
            return
        with fake.lock:
            if rid in fake.renders:
                self._json(409, {"success": False, "error": f"duplicate render id: {rid}"})
                return
            job = RenderJob(rid, sid, body["draft"], body.get("output"))
            if fake.render_failures:
                job.failure = fake.render_failures.pop(0)
            fake.renders[rid] = job
        self._json(200, {"success": True, "data": {"id": rid, "status": "pending", "progress": 5}})

    def _ep_poll(self, rec: Recorded, g: dict) -> None:
        fake = self.server_fake
        with fake.lock:
            job = fake.renders.get(g["rid"])
            if job is None:
                self._json(404, {"success": False, "error": "render not found"})
                return
            job.polls += 1
            steps = fake.render_steps or ["completed"]
            status = steps[min(job.polls - 1, len(steps) - 1)]
            if job.cancelled:
                status = "cancelled"
            elif job.failure and status == "completed":
                status = "failed"
            url = None
            if status == "completed":
                job.completed_polls += 1
                if job.completed_polls > fake.render_url_missing_polls:
                    url = fake.output_url(job.id)
            progress = {"pending": 5, "processing": 50, "completed": 100}.get(status, 0)
            view = self._render_view(job, status, progress, url)
        self._json(200, view)

    def _ep_cancel(self, rec: Recorded, g: dict) -> None:
        with self.server_fake.lock:
            job = self.server_fake.renders.get(g["rid"])
            if job is None:
                self._json(404, {"success": False, "error": "render not found"})
                return
            job.cancelled = True
        self._json(200, {"success": True, "data": {"id": g["rid"], "status": "cancelled"}})

    def _download(self, rid: str, fault: Fault | None) -> None:
        fake = self.server_fake
        self._drain()
        if fault and not fault.drop and self._answer_fault(fault):
            return
        if not self._authorised():
            return
        if rid not in fake.renders:
            self._json(404, {"success": False, "error": "render not found"})
            return
        if fake.proxy_download_json:
            data = {"output": {"url": fake.output_url(rid), "size": len(fake.output_bytes)}}
            self._json(200, {"success": True, "data": data})
            return
        self._file(fake.output_bytes, f"{rid}.mp4", fault)

    def _cdn(self, path: str) -> None:
        fake = self.server_fake
        self._drain()
        fault = fake.take_fault("file")
        if fault and fault.delay:
            fake.sleep(fault.delay)
        if fault and not fault.drop and self._answer_fault(fault):
            return
        m = re.match(r"^/render-result/(?P<rid>[^/]+)\.mp4$", path)
        if not m or m["rid"] not in fake.renders:
            self._json(404, {"detail": "Not Found"})
            return
        self._file(fake.output_bytes, f"{m['rid']}.mp4", fault)

    def _file(self, data: bytes, name: str, fault: Fault | None) -> None:
        fake = self.server_fake
        etag = '"' + hashlib.sha1(data).hexdigest()[:16] + '"'
        start = 0
        rng = self.headers.get("Range")
        if_range = self.headers.get("If-Range")
        status = 200
        if rng and fake.range_support and (not if_range or if_range == etag):
            m = re.match(r"bytes=(\d+)-$", rng.strip())
            if m:
                start = int(m.group(1))
                if start >= len(data):
                    self._send(
                        416,
                        b"",
                        "application/octet-stream",
                        {"Content-Range": f"bytes */{len(data)}"},
                    )
                    return
                status = 206
        body = data[start:]
        self.send_response(status)
        self.send_header("Content-Type", "video/mp4")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        name = fake.download_filename or name
        self.send_header("Content-Disposition", f'attachment; filename="{name}"')
        if fake.range_support:
            self.send_header("Accept-Ranges", "bytes")
        if status == 206:
            self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
        self.end_headers()
        if fault and fault.drop:
            self.wfile.write(body[: fault.drop_after])
            self.wfile.flush()
            raise _Abort
        self.wfile.write(body)


# --- pytest fixtures -------------------------------------------------------------------


@contextlib.contextmanager
def running(monkeypatch: pytest.MonkeyPatch | None = None) -> Iterator[FakeNemo]:
    """A started ``FakeNemo``; with ``monkeypatch``, ``NEMO_API_URL``/``NEMO_WEB_URL`` point at it."""
    server = FakeNemo().start()
    if monkeypatch is not None:
        monkeypatch.setenv("NEMO_API_URL", server.url)
        monkeypatch.setenv("NEMO_WEB_URL", "http://127.0.0.1:9")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def fake_nemo(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeNemo]:
    """A running fake API; ``NEMO_API_URL`` / ``NEMO_WEB_URL`` point at it.

    Import it into a test module (``from fakeserver import fake_nemo  # noqa: F401``), or, to
    keep ruff's F811 quiet, define a local fixture with ``with running(monkeypatch) as s: yield s``.
    """
    with running(monkeypatch) as server:
        yield server


def main() -> None:  # pragma: no cover - by hand
    import argparse

    parser = argparse.ArgumentParser(description="Fake NemoVideo API on 127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    server = FakeNemo().start(args.port)
    print(server.url, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":  # pragma: no cover
    main()


__all__ = [
    "DROP",
    "EMPTY_DATA",
    "HEARTBEAT",
    "FakeNemo",
    "Fault",
    "Part",
    "Pause",
    "Recorded",
    "adk_call",
    "adk_error",
    "adk_response",
    "adk_text",
    "fake_nemo",
    "running",
    "typed_heartbeat",
    "typed_text",
    "typed_tool_call",
    "typed_tool_result",
]
