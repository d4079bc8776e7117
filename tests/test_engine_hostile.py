"""The engine under hostile use (issue 14, items 6, 7, 8, 11, 12): starvation, slowloris,
a full disk, a copied database and error messages that would reveal server paths. Every
test talks to a real engine over HTTP on 127.0.0.1."""

from __future__ import annotations

import contextlib
import errno
import io
import os
import socket
import sqlite3
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from test_engine_render import Hanging
from test_engine_support import Api, err, jpeg, mp4, running, simple_draft

from nemochat import config

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def home() -> Path:
    return config.home()


# ── item 11: the client id is stored as a keyed digest ─────────────────────────
def test_a_copied_database_gives_no_client_id_that_mints_a_token(home: Path) -> None:
    with running(home) as api:
        victim = api.user_id
        sid = api.new_session()
        db = sqlite3.connect(home / "engine" / "engine.db")
        stored = [r[0] for r in db.execute("SELECT client_id FROM users")]
        db.close()
        assert stored and "client-A" not in stored
        for value in stored:
            for attempt in (value, value[-64:], value[:64]):
                r = api.http.post("/api/auth/anonymous-token", headers={"X-Client-Id": attempt})
                if r.status_code == 200:
                    assert r.json()["data"]["user_id"] != victim
        again = Api(api.engine, "client-A").login()  # the real client still gets its user
        assert again.user_id == victim
        assert again.state(sid).status_code == 200
        key = home / "engine" / "client_id.key"
        assert key.stat().st_mode & 0o777 == 0o600
        assert key.read_bytes() not in (home / "engine" / "engine.db").read_bytes()


def test_plaintext_client_ids_of_an_older_database_are_hashed_on_open(home: Path) -> None:
    with running(home) as api:
        victim = api.user_id
    db = sqlite3.connect(home / "engine" / "engine.db")
    db.execute("UPDATE users SET client_id = 'client-A' WHERE id = ?", (victim,))  # as before
    db.commit()
    db.close()
    with running(home) as api:
        assert api.user_id == victim  # the same client re-authenticates to the same user
        db = sqlite3.connect(home / "engine" / "engine.db")
        stored = [r[0] for r in db.execute("SELECT client_id FROM users")]
        db.close()
        assert "client-A" not in stored and all(v.startswith("h1:") for v in stored)


# ── item 8: a full disk, uploads checked before they are written, bounded drafts ──
def store_of(api: Api) -> Any:
    """The running engine's ``Store`` (the engine runs in this process, in a thread)."""
    assert not isinstance(api.engine, str)
    return api.engine._server.config.app.state.engine.store


class FullDisk:
    """Stands for the engine's SQLite connection on a full disk: reads work, writes fail
    exactly as SQLite says it."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def execute(self, sql: str, *args: Any) -> Any:
        if sql.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            raise sqlite3.OperationalError("database or disk is full")
        return self._db.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._db, name)


def test_a_full_disk_is_507_for_tokens_sessions_and_renders(home: Path) -> None:
    with running(home) as api:
        sid = api.new_session()
        media = api.upload(sid, ("p.jpg", jpeg())).json()["data"]["files"][0]["id"]
        store = store_of(api)
        real = store._db
        store._db = FullDisk(real)
        try:
            r = api.http.post("/api/auth/anonymous-token", headers={"X-Client-Id": "client-B"})
            status, code, message = err(r)
            assert (status, code) == (507, 507) and "disk" in message and "full" in message
            r = api.post("/api/tasks/me/with-session/nemo_agent", json={"task_name": "x"})
            assert err(r)[:2] == (507, 507)
            r = api.render(sid, simple_draft([media]), "render_full")
            status, code, message = err(r)
            assert (status, code) == (507, 507) and "disk" in message
            zh = api.post(
                "/api/tasks/me/with-session/nemo_agent",
                json={"task_name": "x"},
                headers={"Accept-Language": "zh-CN"},
            )
            assert "磁盘已满" in err(zh)[2]
            assert "Traceback" not in r.text
        finally:
            store._db = real
        assert api.new_session()  # space again: it works again


def test_an_upload_on_a_full_disk_is_507_and_leaves_nothing(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from nemochat.engine import media as media_mod

    class Full(io.RawIOBase):
        def writable(self) -> bool:
            return True

        def write(self, data: Any) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    def full_open(self: Any) -> None:
        real_open(self)
        self._fh.close()
        self._fh = Full()

    real_open = media_mod.Sink._open
    with running(home) as api:
        sid = api.new_session()
        monkeypatch.setattr(media_mod.Sink, "_open", full_open)
        status, code, message = err(api.upload(sid, ("p.jpg", jpeg(640, 480))))
        assert (status, code) == (507, 507) and "full" in message
        assert not [p for p in (home / "engine" / "tmp").rglob("*") if p.is_file()]
        monkeypatch.undo()
        import nemochat.engine.server as server_mod

        monkeypatch.setattr(server_mod, "_free_bytes", lambda folder: 1000)
        status, code, _ = err(api.upload(sid, ("p.jpg", jpeg(640, 480))))
        assert (status, code) == (507, 507)  # refused by its declared length, nothing read


def test_uploads_are_judged_by_their_first_bytes_before_a_temp_file_is_written(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nemochat.engine import media as media_mod

    made: list[str] = []
    real = media_mod.tempfile.mkstemp

    def counting(*args: Any, **kw: Any) -> Any:
        made.append("x")
        return real(*args, **kw)

    monkeypatch.setattr(media_mod.tempfile, "mkstemp", counting)
    with running(home) as api:
        sid = api.new_session()
        junk = b"<html>" + b"A" * (4 * 1024 * 1024)
        status, code, message = err(api.upload(sid, ("photo.jpg", junk)))
        assert (status, code) == (400, 4001) and "photo.jpg" in message
        assert made == []  # no temp file for a body that is not media
        parts = [("files", ("photo.jpg", jpeg(), "text/html"))]
        r = api.post(f"/api/upload-video/nemo_agent/me/{sid}", files=parts)
        assert err(r)[:2] == (400, 4001) and made == []  # declared as a web page
        assert api.upload(sid, ("photo.jpg", jpeg())).status_code == 200 and len(made) == 1


def quick_render(draft: dict, *, out_path: Path, **_: Any) -> None:
    out_path.write_bytes(b"a video")


def test_renders_per_user_are_bounded_and_old_drafts_pruned(home: Path) -> None:
    hang = Hanging()
    with running(home, render_fn=hang, render_concurrency=1, max_queued_renders=3) as api:
        sid = api.new_session()
        media = api.upload(sid, ("p.jpg", jpeg())).json()["data"]["files"][0]["id"]
        for i in range(3):
            assert (
                api.render(sid, simple_draft([media], 1000 + i), f"render_q{i}").status_code == 200
            )
        r = api.render(sid, simple_draft([media]), "render_q3")
        status, code, message = err(r)
        assert (status, code) == (429, 429) and "3" in message
        assert r.headers.get("retry-after")
        other = api.other("client-B")  # another user is not held back by this one's queue
        osid = other.new_session()
        omedia = other.upload(osid, ("p.jpg", jpeg())).json()["data"]["files"][0]["id"]
        assert other.render(osid, simple_draft([omedia]), "render_o").status_code == 200
        hang.release.set()
        assert api.wait_render("render_q2", 20)["status"] == "completed"
        assert api.render(sid, simple_draft([media]), "render_q3").status_code == 200


def test_stored_drafts_are_bounded_per_user(home: Path) -> None:
    with running(home, render_fn=quick_render, max_stored_drafts=2) as api:
        sid = api.new_session()
        media = api.upload(sid, ("p.jpg", jpeg())).json()["data"]["files"][0]["id"]
        for i in range(6):
            rid = f"render_d{i}"
            assert api.render(sid, simple_draft([media], 1000 + i), rid).status_code == 200
            assert api.wait_render(rid)["status"] == "completed"
        assert store_of(api).stored_drafts(api.user_id) <= 3  # 2 finished + the newest
        assert api.poll("render_d0").json()["data"]["status"] == "completed"  # still there
        assert api.get("/api/render/proxy/render_d0/download").content == b"a video"


# ── item 12: no server path in any message ──────────────────────────────────────
def private_paths(home: Path) -> list[str]:
    import tempfile

    return [str(home), str(home / "engine"), tempfile.gettempdir() + "/", str(Path.home()) + "/"]


def test_an_undecodable_upload_is_named_by_its_upload_name(home: Path) -> None:
    with running(home) as api:
        sid = api.new_session()
        status, code, message = err(api.upload(sid, ("clip.mp4", mp4()[:300])))
        assert (status, code) == (400, 4001)
        assert "clip.mp4" in message
        assert not [p for p in private_paths(home) if p in message], message


def failing_render(kind: str) -> Any:
    def render(draft: dict, *, resolve: Any, out_path: Path, **_: Any) -> None:
        from nemochat.engine.render import RenderError

        src = resolve(draft["t"][0]["sg"][0]["m"]["src"])
        if kind == "os":
            raise OSError(errno.EIO, "Input/output error", str(src))
        raise RenderError(
            "render.write_failed", error=str(OSError(errno.EROFS, "Read-only", str(out_path)))
        )

    return render


@pytest.mark.parametrize("kind", ["os", "render"])
def test_a_failed_render_names_no_server_path(home: Path, kind: str) -> None:
    with running(home, render_fn=failing_render(kind)) as api:
        sid = api.new_session()
        media = api.upload(sid, ("holiday.jpg", jpeg())).json()["data"]["files"][0]["id"]
        assert api.render(sid, simple_draft([media]), "render_fail").status_code == 200
        done = api.wait_render("render_fail")
        assert done["status"] == "failed"
        shown = " ".join([done["error"], *(done.get("errorMessages") or {}).values()])
        assert not [p for p in private_paths(home) if p in shown], shown
        assert ("holiday.jpg" if kind == "os" else "render_fail") in shown


# ── item 7: slowloris ───────────────────────────────────────────────────────────
def idle_sockets(url: str, n: int, partial: bool = False) -> list[socket.socket]:
    host, port = url.removeprefix("http://").split(":")
    out = []
    for _ in range(n):
        s = socket.create_connection((host, int(port)), timeout=5)
        if partial:  # a request line and a header, never the blank line that ends them
            s.sendall(b"POST /api/auth/anonymous-token HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        out.append(s)
    return out


def closed_by_server(s: socket.socket, wait: float) -> bool:
    s.settimeout(wait)
    try:
        return s.recv(1) == b""
    except TimeoutError:
        return False
    except OSError:  # reset: closed too
        return True


def test_idle_and_half_sent_connections_are_closed_and_never_lock_clients_out(
    home: Path,
) -> None:
    with running(home, header_timeout=0.5, max_connections=8) as api:
        held = idle_sockets(api.url, 20) + idle_sockets(api.url, 10, partial=True)
        try:
            fresh = httpx.Client(base_url=api.url, timeout=3, trust_env=False)
            for _ in range(3):  # a new client gets in at once, past 30 idle sockets
                started = time.monotonic()
                r = fresh.post("/api/auth/anonymous-token", headers={"X-Client-Id": "client-B"})
                assert r.status_code == 200 and time.monotonic() - started < 1.5
                assert api.get("/api/credits/balance/simple").status_code == 200
            fresh.close()
            assert all(closed_by_server(s, 2.0) for s in held[-5:])  # header timeout
        finally:
            for s in held:
                s.close()


def test_a_flood_of_idle_sockets_past_the_fd_limit_leaves_serve_reachable(
    home: Path, tmp_path: Path
) -> None:
    import resource
    import subprocess
    import sys

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    def low_fd_limit() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (128, 128))

    engine_home = tmp_path / "serve-home"
    env = {**os.environ, "NEMOCHAT_HOME": str(engine_home), "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "nemochat", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=low_fd_limit,
    )
    held: list[socket.socket] = []
    try:
        assert proc.stdout is not None
        proc.stdout.readline()  # "listening on …"
        url = f"http://127.0.0.1:{port}"
        with httpx.Client(base_url=url, timeout=5, trust_env=False) as client:
            for _ in range(100):  # the app is ready
                with contextlib.suppress(httpx.HTTPError):
                    if client.post("/api/auth/anonymous-token", headers={"X-Client-Id": "w"}):
                        break
                time.sleep(0.05)
            held = idle_sockets(url, 300)  # more than the engine has file descriptors
            time.sleep(0.3)
            started = time.monotonic()
            r = client.post("/api/auth/anonymous-token", headers={"X-Client-Id": "client-B"})
            assert r.status_code == 200 and time.monotonic() - started < 3
    finally:
        for s in held:
            s.close()
        proc.terminate()
        try:
            _, err_out = proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err_out = proc.communicate()
    log = engine_home / "engine" / "engine.log"
    text = (log.read_text() if log.exists() else "") + err_out.decode("utf-8", "replace")
    assert text.count("Traceback") <= 2 and len(text) < 50_000, text[-2000:]


def test_resource_errors_are_logged_once_per_interval() -> None:
    import logging

    from nemochat.engine.serving import OncePer

    seen: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(record.getMessage())

    logger = logging.getLogger("nemochat.test.onceper")
    logger.propagate = False
    logger.addHandler(Keep())
    logger.addFilter(OncePer(interval=60))
    emfile = OSError(errno.EMFILE, "Too many open files")
    for _ in range(1000):  # asyncio's accept loop, as it logs each failed accept
        logger.error("socket.accept() out of system resource", exc_info=emfile)
    logger.error("something else")
    assert seen == ["socket.accept() out of system resource", "something else"]


# ── item 6: starvation ──────────────────────────────────────────────────────────
def test_one_users_slow_probes_do_not_starve_other_users(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading
    from concurrent.futures import ThreadPoolExecutor

    import nemochat.engine.server as server_mod

    gate = threading.Event()
    real = server_mod.probe

    def slow_probe(rec: Any, **kw: Any) -> Any:
        if rec.name.startswith("slow"):
            gate.wait(15)  # a file that takes long to probe, until the test lets it go
        return real(rec, **kw)

    monkeypatch.setattr(server_mod, "probe", slow_probe)
    with running(home) as api:
        sid = api.new_session()
        photo = jpeg()
        with ThreadPoolExecutor(max_workers=24) as pool:
            slow = [
                pool.submit(api.upload, sid, (f"slow{i}.jpg", jpeg(64, 48, "blue")))
                for i in range(24)  # more than any default thread pool has threads
            ]
            try:
                time.sleep(0.5)  # every slow upload is probing now
                other = Api(api.engine, "client-B")
                started = time.monotonic()
                other.login()
                assert time.monotonic() - started < 1.0  # a token, past 24 slow probes
                started = time.monotonic()
                assert other.get("/api/credits/balance/simple").status_code == 200
                osid = other.new_session()
                r = other.upload(osid, ("fast.jpg", photo))  # another user's probe runs
                assert r.status_code == 200 and time.monotonic() - started < 2.0
                assert not any(f.done() for f in slow)
            finally:
                gate.set()
            assert all(f.result(timeout=20).status_code == 200 for f in slow)


def test_a_render_request_past_the_draft_limit_is_413(home: Path) -> None:
    with running(home, max_render_body=100_000) as api:
        sid = api.new_session()
        media = api.upload(sid, ("p.jpg", jpeg())).json()["data"]["files"][0]["id"]
        draft = {**simple_draft([media]), "pad": "x" * 200_000}
        status, code, message = err(api.render(sid, draft, "render_big"))
        assert (status, code) == (413, 4003) and "98 KB" in message
        ok = {**simple_draft([media]), "pad": "x" * 80_000}  # parsed off the event loop
        assert api.render(sid, ok, "render_ok").status_code == 200
