"""How the engine starts: embedded (non-blocking, free port), standalone ``serve``, store rules."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from nemochat import config
from nemochat.engine import embedded, server
from nemochat.engine.store import Store


def test_embedded_start_returns_at_once_with_a_url() -> None:
    engine = embedded.start(config.home())
    try:
        # the port is bound before start() returns: a request sent now waits in the backlog
        assert engine.url.startswith("http://127.0.0.1:")
        r = httpx.post(
            engine.url + "/api/auth/anonymous-token", headers={"X-Client-Id": "c"}, timeout=20
        )
        assert r.status_code == 200
        assert engine.wait_ready(20)
    finally:
        engine.stop()
    assert not engine.ready
    with pytest.raises(httpx.ConnectError):
        httpx.get(engine.url + "/api/credits/balance/simple", timeout=2)


def test_deferred_engine_serves_only_once_launched() -> None:
    """The chat binds the port at once but lets the server start after its prompt is drawn."""
    engine = embedded.start(config.home(), defer=True)
    try:
        time.sleep(0.3)
        assert not engine.ready
        assert "nemochat.engine.server" not in sys.modules or engine._server is None
        assert engine.wait_ready(20)  # launches it
        r = httpx.post(
            engine.url + "/api/auth/anonymous-token", headers={"X-Client-Id": "c"}, timeout=20
        )
        assert r.status_code == 200
        engine.launch()  # idempotent
        assert engine.ready
    finally:
        engine.stop()
    assert not engine.ready


def test_deferred_engine_never_launched_stops_cleanly() -> None:
    engine = embedded.start(config.home(), defer=True)
    engine.stop()
    with pytest.raises(httpx.ConnectError):
        httpx.get(engine.url + "/api/credits/balance/simple", timeout=2)


def test_embedded_engine_is_quiet_on_the_terminal() -> None:
    """Engine logs go to <home>/engine/engine.log, never onto the chat screen."""
    code = (
        "from nemochat.engine import embedded; import httpx;"
        "e = embedded.start(); print(e.url); assert e.wait_ready(20);"
        "httpx.get(e.url + '/api/credits/balance/simple');"  # a 401, logged nowhere visible
        "httpx.post(e.url + '/run_sse', content=b'{');"
        "e.stop()"
    )
    env = {**os.environ, "NEMOCHAT_HOME": str(config.home())}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("http://127.0.0.1:")
    assert out.stderr == ""
    log = config.home() / "engine" / "engine.log"
    assert log.exists() and oct(log.stat().st_mode & 0o777) == "0o600"


def test_stop_before_ready_is_safe() -> None:
    engine = embedded.start(config.home())
    engine.stop()
    assert not engine.wait_ready(0.2)


def test_bind_rules() -> None:
    assert server.bind_warning("127.0.0.1", False) is None
    assert server.bind_warning("localhost", False) is None
    assert server.bind_warning("::1", False) is None
    with pytest.raises(server.RemoteBindRefused) as info:
        server.bind_warning("0.0.0.0", False)
    assert "--allow-remote" in str(info.value)
    warning = server.bind_warning("0.0.0.0", True)
    assert warning and "other machines" in warning
    zh = server.bind_warning("0.0.0.0", True, "zh")
    assert zh and "警告" in zh
    with pytest.raises(server.RemoteBindRefused):
        server.serve(host="0.0.0.0", port=1)  # refused before anything is bound


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_standalone_and_port_in_use() -> None:
    port = _free_port()
    env = {**os.environ, "NEMOCHAT_HOME": str(config.home()), "NEMOCHAT_LANG": "en"}
    code = f"from nemochat.engine.server import serve; serve(port={port})"
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        assert f"http://127.0.0.1:{port}" in line
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                r = httpx.post(url + "/api/auth/anonymous-token", headers={"X-Client-Id": "s"})
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline
                time.sleep(0.05)
        assert r.json()["data"]["token"].startswith("nmv_usr_")
        # a second server on the same port fails with OSError, not a traceback from uvicorn
        with pytest.raises(OSError):
            server.serve(port=port, home=config.home())
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(20)
    assert proc.returncode == 0
    assert "Traceback" not in (proc.stderr.read() if proc.stderr else "")


# ── store rules (history pointer) ───────────────────────────────────────────────
def test_history_pointer_rules(tmp_path: Path) -> None:
    store = Store(tmp_path / "engine")
    token, user, _ = store.issue_token("c", 60)
    assert store.token_user(token) is not None and store.token_user(token + "x") is None
    sid = store.create_session(user, "p", "en").id
    assert store.peek(sid, -1) == (False, None) and store.peek(sid, 1) == (False, None)
    for n in (1, 2, 3):
        store.save_draft(sid, {"n": n}, [{"op": n}])
    assert store.draft(sid) == {"n": 3}
    assert store.move(sid, -1) and store.move(sid, -1)
    assert store.draft(sid) == {"n": 1}
    assert store.peek(sid, 1) == (True, {"n": 2})
    store.save_draft(sid, {"n": 9}, [])  # saving after undo drops the redo tail
    assert store.peek(sid, 1) == (False, None)
    assert store.move(sid, -1) and store.draft(sid) == {"n": 1}
    assert store.move(sid, -1) and store.draft(sid) is None
    assert not store.move(sid, -1)
    store.close()
    again = Store(tmp_path / "engine")  # the pointer is persistent
    assert again.draft(sid) is None and again.peek(sid, 1) == (True, {"n": 1})
    again.close()
