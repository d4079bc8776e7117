"""How the engine is served: one uvicorn configuration for ``nemochat serve`` and the embedded
engine, with the connection limits uvicorn does not have on its own (issue 14, item 7).

uvicorn keeps a connection that never finishes its request headers open forever, and its
``limit_concurrency`` answers 503 to everyone once idle sockets fill it. So the HTTP protocol
here is uvicorn's h11 protocol with three additions:

- **header timeout**: a connection must finish a request's headers within ``header_timeout``
  seconds of connecting (or of the first byte of its next request), else it is closed;
- **body idle timeout**: while a request body is being received, ``body_idle_timeout``
  seconds without a byte (and without the engine holding reads back) close the connection;
- **connection cap**: past ``max_connections`` open connections, the connection idle the
  longest (no request in progress; those that never sent one go first) is closed to make
  room, so idle or half-open sockets can never lock real clients out. Only when every
  connection is busy do new requests get uvicorn's 503.

Resource errors (``EMFILE`` and the like, logged by asyncio's accept loop on every attempt)
are logged once per interval by ``OncePer``, with the count of the ones left out.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import time
from typing import Any

DEFAULT_HEADER_TIMEOUT = 15.0
DEFAULT_BODY_IDLE_TIMEOUT = 60.0
KEEP_ALIVE_TIMEOUT = 5
MAX_HEADER_BYTES = 64 * 1024
ACCEPT_BACKLOG = 128  # request line and headers (h11's incomplete-event limit)

_RESOURCE_ERRNOS = {errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM}


def default_max_connections() -> int:
    """Half the process's file-descriptor limit (the rest is for files, the database, the
    renderer), between 16 and 1024."""
    try:
        import resource

        soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    except (ImportError, OSError, ValueError):
        return 256
    if soft == resource.RLIM_INFINITY or soft <= 0:
        return 1024
    return max(16, min(1024, soft // 2))


class OncePer(logging.Filter):
    """Lets a resource error (EMFILE, ENFILE, ENOBUFS, ENOMEM; asyncio's "out of system
    resource") through once per ``interval`` seconds; the next one that passes says how many
    were left out. Every other record passes."""

    def __init__(self, interval: float = 60.0) -> None:
        super().__init__()
        self.interval = interval
        self._last: dict[str, float] = {}
        self._dropped: dict[str, int] = {}

    @staticmethod
    def _kind(record: logging.LogRecord) -> str | None:
        exc = record.exc_info[1] if record.exc_info else None
        if isinstance(exc, OSError) and exc.errno in _RESOURCE_ERRNOS:
            return f"errno {exc.errno}"
        text = record.getMessage() if record.args else str(record.msg)
        if "out of system resource" in text or "Too many open files" in text:
            return "resource"
        return None

    def filter(self, record: logging.LogRecord) -> bool:
        kind = self._kind(record)
        if kind is None:
            return True
        now = time.monotonic()
        last = self._last.get(kind)
        if last is not None and now - last < self.interval:
            self._dropped[kind] = self._dropped.get(kind, 0) + 1
            return False
        self._last[kind] = now
        dropped = self._dropped.pop(kind, 0)
        if dropped:
            record.msg = f"{record.msg} ({dropped} more like it in the last {self.interval:.0f} s)"
        return True


_once_per = OncePer()


def throttle_resource_errors() -> None:
    """Install the ``OncePer`` filter on the loggers that report accept failures (once)."""
    for name in ("asyncio", "uvicorn.error", "nemochat.engine"):
        logger = logging.getLogger(name)
        if _once_per not in logger.filters:
            logger.addFilter(_once_per)


def guarded_protocol(
    *, header_timeout: float, body_idle_timeout: float, max_connections: int
) -> type[asyncio.Protocol]:
    """uvicorn's h11 protocol with a header timeout, a body idle timeout and a connection cap."""
    import h11
    from uvicorn.protocols.http.h11_impl import H11Protocol

    # idle connections in the order they became idle (dicts keep insertion order), so the one
    # to close is found at once however many there are: never-served ones, then served ones
    lurkers: dict[Any, None] = {}
    resting: dict[Any, None] = {}

    class GuardedH11Protocol(H11Protocol):
        _header_timer: asyncio.TimerHandle | None = None
        _body_timer: asyncio.TimerHandle | None = None
        _served = False  # has answered a request (a keep-alive client, not a lurker)

        def _idle(self, idle: bool) -> None:
            lurkers.pop(self, None)
            resting.pop(self, None)
            if idle:
                (resting if self._served else lurkers)[self] = None

        def connection_made(self, transport: Any) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._idle(True)
            self._arm_header_timer()
            self._make_room()

        def connection_lost(self, exc: Exception | None) -> None:
            self._idle(False)
            self._cancel_timers()
            super().connection_lost(exc)

        def data_received(self, data: bytes) -> None:
            super().data_received(data)
            if self.transport.is_closing():
                return
            state = self.conn.their_state
            if state is h11.IDLE:  # part of a request line or headers
                self._arm_header_timer()
            else:
                self._idle(False)
                if self._header_timer is not None:
                    self._header_timer.cancel()
                    self._header_timer = None
            if state is h11.SEND_BODY:
                self._arm_body_timer()
            elif self._body_timer is not None:
                self._body_timer.cancel()
                self._body_timer = None

        def on_response_complete(self) -> None:
            super().on_response_complete()
            self._served = True
            if self.conn.their_state in (h11.IDLE, h11.DONE) and not self.transport.is_closing():
                self._idle(True)

        # ── timers ──────────────────────────────────────────────────────────────
        def _arm_header_timer(self) -> None:
            if self._header_timer is None:
                self._header_timer = self.loop.call_later(header_timeout, self._header_expired)

        def _header_expired(self) -> None:
            self._header_timer = None
            if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
                self.transport.close()  # no complete request in time: a slowloris

        def _arm_body_timer(self) -> None:
            if self._body_timer is not None:
                self._body_timer.cancel()
            self._body_timer = self.loop.call_later(body_idle_timeout, self._body_expired)

        def _body_expired(self) -> None:
            self._body_timer = None
            if self.conn.their_state is not h11.SEND_BODY or self.transport.is_closing():
                return
            if getattr(self.flow, "read_paused", False):  # the engine holds reads back
                self._arm_body_timer()
                return
            self.transport.close()

        def _cancel_timers(self) -> None:
            for timer in (self._header_timer, self._body_timer):
                if timer is not None:
                    timer.cancel()
            self._header_timer = self._body_timer = None

        def _make_room(self) -> None:
            if len(self.connections) <= max_connections:
                return
            for pool in (lurkers, resting):  # never-served first, then keep-alive ones
                oldest = next((c for c in pool if c is not self), None)
                if oldest is not None:
                    oldest._idle(False)
                    oldest.transport.close()
                    # not counted from now on: uvicorn's 503 check must not see closing ones
                    self.connections.discard(oldest)
                    return

    return GuardedH11Protocol


def uvicorn_config(app: Any, **overrides: Any) -> Any:
    """The ``uvicorn.Config`` both ``nemochat serve`` and the embedded engine run with.

    The timeouts and the cap come from the app's ``EngineOptions`` (``header_timeout``,
    ``body_idle_timeout``, ``max_connections``) when it has them; ``overrides`` are passed
    to ``uvicorn.Config`` as they are.
    """
    import uvicorn

    throttle_resource_errors()
    engine = getattr(getattr(app, "state", None), "engine", None)
    options = getattr(engine, "options", None)
    header_timeout = getattr(options, "header_timeout", None) or DEFAULT_HEADER_TIMEOUT
    body_idle_timeout = getattr(options, "body_idle_timeout", None) or DEFAULT_BODY_IDLE_TIMEOUT
    cap = getattr(options, "max_connections", None) or default_max_connections()
    settings: dict[str, Any] = {
        "log_level": "warning",
        "access_log": False,
        "timeout_graceful_shutdown": 5,
        "log_config": None,
        "timeout_keep_alive": KEEP_ALIVE_TIMEOUT,
        # 503 only once every connection is busy: idle ones are closed to make room first
        "limit_concurrency": cap + 16,
        "h11_max_incomplete_event_size": MAX_HEADER_BYTES,
        # asyncio accepts up to `backlog` connections in one go, before the ones closed to
        # make room give their descriptors back: uvicorn's 2048 ran out of them (EMFILE)
        "backlog": ACCEPT_BACKLOG,
        "http": guarded_protocol(
            header_timeout=header_timeout,
            body_idle_timeout=body_idle_timeout,
            max_connections=cap,
        ),
    }
    settings.update(overrides)
    return uvicorn.Config(app, **settings)
