"""Run the engine inside the nemochat process, without delaying the prompt.

``start()`` binds 127.0.0.1 on a free port right away (so ``.url`` is known before anything
heavy is imported) and hands the listening socket to uvicorn in a daemon thread. Requests
that arrive before the app is warm wait in the socket's backlog, so the client can talk to
``.url`` immediately; ``wait_ready()`` is only needed to know it has finished starting.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import threading
import time
from pathlib import Path
from typing import Any

from nemochat.engine.logs import log_to_file

log = logging.getLogger("nemochat.engine")


class EmbeddedEngine:
    """An engine serving on 127.0.0.1 in a background thread."""

    def __init__(self, home: Path, *, defer: bool = False, **options: Any) -> None:
        self.home = home
        self._options = options
        # IPPROTO_TCP explicitly: asyncio only sets TCP_NODELAY on sockets whose proto says TCP
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(128)
        self.port: int = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.error: BaseException | None = None
        self._server: Any = None
        self._stop = threading.Event()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="nemochat-engine", daemon=True)
        self._launch_lock = threading.Lock()
        if not defer:
            self.launch()

    def launch(self) -> None:
        """Start serving (idempotent). With ``defer``, the caller picks the moment, e.g. after
        the chat prompt is on screen, so importing the server does not delay it."""
        with self._launch_lock:
            if not self._thread.is_alive() and not self._done.is_set():
                self._thread.start()

    def _run(self) -> None:
        try:
            import uvicorn

            from nemochat.engine.server import create_app
            from nemochat.engine.serving import uvicorn_config

            log_to_file(self.home)
            app = create_app(self.home, **self._options)
            config = uvicorn_config(app, lifespan="on")
            self._server = uvicorn.Server(config)
            if self._stop.is_set():
                return
            asyncio.run(self._server.serve(sockets=[self._sock]))
        except BaseException as exc:  # reported through .error / wait_ready()
            self.error = exc
            log.exception("the local engine failed to start")
        finally:
            self._done.set()
            with contextlib.suppress(OSError):
                self._sock.close()

    @property
    def ready(self) -> bool:
        server = self._server
        return bool(server is not None and server.started and not self._done.is_set())

    def wait_ready(self, timeout: float = 10.0) -> bool:
        """True once the engine accepts requests; False on timeout or if it failed."""
        self.launch()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.ready:
                return True
            if self._done.is_set():
                return False
            time.sleep(0.01)
        return self.ready

    def stop(self, timeout: float = 15.0) -> None:
        """Stop serving; running renders are put back in the queue for the next start."""
        self._stop.set()
        if not self._thread.is_alive() and not self._done.is_set():  # never launched
            self._done.set()
            with contextlib.suppress(OSError):
                self._sock.close()
            return
        deadline = time.monotonic() + timeout
        while self._thread.is_alive() and time.monotonic() < deadline:
            server = self._server
            if server is not None:
                server.should_exit = True
            self._thread.join(0.05)


def start(home: Path | None = None, *, defer: bool = False, **options: Any) -> EmbeddedEngine:
    """Start an engine on 127.0.0.1:<free port> and return at once.

    The port is bound before returning, so ``.url`` is usable at once. With ``defer``, serving
    (and importing the server) waits for ``launch()`` or ``wait_ready()``.
    ``options`` are ``EngineOptions`` fields (tests use them to shorten limits).
    """
    if home is None:
        from nemochat import config

        home = config.home()
    return EmbeddedEngine(home, defer=defer, **options)
