"""Render create / poll / cancel / download, draft checks, and restart recovery.

Renders use the real renderer (nemochat.engine.render) on small drafts; the video it wrote is
decoded with PyAV. A hanging renderer (``render_fn`` option) is the scripted fault for
interrupting a render."""

from __future__ import annotations

import io
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from test_engine_support import Api, err, jpeg, running, simple_draft

from nemochat import config


@pytest.fixture
def home() -> Path:
    return config.home()


def photos(api: Api, n: int = 2) -> tuple[str, list[str]]:
    sid = api.new_session()
    colors = ["red", "blue", "green"]
    r = api.upload(sid, *[(f"p{i}.jpg", jpeg(64, 48, colors[i % 3])) for i in range(n)])
    assert r.status_code == 200, r.text
    return sid, [f["id"] for f in r.json()["data"]["files"]]


def decode(data: bytes) -> tuple[int, int, float]:
    import av

    with av.open(io.BytesIO(data)) as c:
        s = c.streams.video[0]
        frames = sum(1 for _ in c.decode(s))
        return s.codec_context.width, s.codec_context.height, frames / float(s.average_rate)


def test_render_completes_and_is_served(home: Path) -> None:
    with running(home) as api:
        sid, ids = photos(api)
        r = api.render(sid, simple_draft(ids, 500), "render_ok", output={"format": "mp4", "x": 1})
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["success"] is True
        assert body["data"]["id"] == "render_ok" and body["data"]["status"] in (
            "pending",
            "processing",
        )
        assert body["data"]["outputUrl"] is None
        seen: list[int] = []
        deadline = time.monotonic() + 60
        while True:
            data = api.poll("render_ok").json()["data"]
            seen.append(data["progress"])
            if data["status"] in ("completed", "failed"):
                break
            assert time.monotonic() < deadline
            time.sleep(0.02)
        assert data["status"] == "completed", data
        assert data["progress"] == 100 and seen == sorted(seen)
        assert data["completedAt"] >= data["createdAt"]
        assert data["output"]["url"] == data["outputUrl"]
        # outputUrl: no token needed, supports Range
        whole = api.http.get(data["outputUrl"])
        assert whole.status_code == 200 and whole.headers["content-type"] == "video/mp4"
        assert decode(whole.content)[:2] == (1280, 720)
        assert decode(whole.content)[2] == pytest.approx(1.0, abs=0.1)
        part = api.http.get(data["outputUrl"], headers={"Range": "bytes=0-99"})
        assert part.status_code == 206 and part.content == whole.content[:100]
        # direct download: needs the token, supports Range
        dl = api.get("/api/render/proxy/render_ok/download")
        assert dl.status_code == 200 and dl.content == whole.content
        tail = api.get("/api/render/proxy/render_ok/download", headers={"Range": "bytes=-50"})
        assert tail.status_code == 206 and tail.content == whole.content[-50:]
        assert err(api.http.get("/api/render/proxy/render_ok/download"))[:2] == (401, 1001)
        # another user sees nothing of it
        bob = api.other("client-B")
        try:
            assert err(bob.poll("render_ok"))[:2] == (404, 4004)
            assert err(bob.get("/api/render/proxy/render_ok/download"))[:2] == (404, 4004)
            assert err(bob.post("/api/render/proxy/lambda/render_ok/cancel"))[:2] == (404, 4004)
        finally:
            bob.close()


def test_bad_drafts_are_clear_errors(home: Path) -> None:
    with running(home) as api:
        sid, _ids = photos(api)
        _other_sid, other_ids = photos(api, 1)
        cases: list[tuple[Any, str]] = [
            (None, ""),
            ([1, 2], ""),
            ({"t": "x"}, ""),
            (simple_draft([other_ids[0]]), other_ids[0]),  # another session's media
            (simple_draft(["/etc/passwd"]), "/etc/passwd"),
            (simple_draft(["https://example.invalid/a.jpg"]), "https://example.invalid"),
            (simple_draft(["med_0000000000000000"]), "med_0000000000000000"),
        ]
        for i, (draft, words) in enumerate(cases):
            r = api.render(sid, draft, f"render_bad{i}")
            status, code, message = err(r)
            assert (status, code) == (400, 4003), (draft, r.text)
            assert words in message
            assert "Traceback" not in r.text
            assert err(api.poll(f"render_bad{i}"))[:2] == (404, 4004)  # nothing was created


def test_render_request_errors(home: Path) -> None:
    with running(home) as api:
        sid, ids = photos(api)
        draft = simple_draft(ids)
        assert err(api.render("404404", draft, "render_x"))[:2] == (404, 1002)
        r = api.post("/api/render/proxy/lambda", json={"id": "render_y", "draft": draft})
        assert err(r)[:2] == (404, 1002)
        for bad_id in ("../../etc", "a b", "", "x" * 81, 7):
            assert err(api.render(sid, draft, bad_id))[:2] == (400, 400), bad_id  # type: ignore[arg-type]
        assert err(api.render(sid, draft, "render_1", output="mp4"))[:2] == (400, 400)
        assert api.render(sid, draft, "render_dup").status_code == 200
        status, code, message = err(api.render(sid, draft, "render_dup"))
        assert (status, code) == (409, 4009) and "render_dup" in message
        assert err(api.poll("render_nope"))[:2] == (404, 4004)
        assert err(api.get("/api/render/proxy/render_nope/download"))[:2] == (404, 4004)


# ── scripted renderers ──────────────────────────────────────────────────────────
class Hanging:
    """A renderer that reports progress then waits until cancelled (or released)."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.release = threading.Event()

    def __call__(
        self,
        draft: dict,
        *,
        resolve,
        out_path: Path,
        progress,
        cancelled,
        preset,
        subjects=None,
        segment_dir=None,
        preview=False,
    ):
        from nemochat.engine.render import RenderCancelled

        for src in [s["m"]["src"] for t in draft["t"] for s in t.get("sg", [])]:
            assert resolve(src).exists()
        progress(0.3)
        self.started.set()
        while not self.release.is_set():
            if cancelled():
                raise RenderCancelled()
            time.sleep(0.01)
        out_path.write_bytes(b"not really a video")
        return None


def test_cancel_running_and_pending_renders(home: Path) -> None:
    hang = Hanging()
    with running(home, render_fn=hang, render_concurrency=1) as api:
        sid, ids = photos(api)
        api.render(sid, simple_draft(ids), "render_a")
        assert hang.started.wait(10)
        assert api.poll("render_a").json()["data"]["progress"] == 30
        api.render(sid, simple_draft(ids), "render_b")  # waits behind render_a
        assert api.poll("render_b").json()["data"]["status"] == "pending"
        r = api.post("/api/render/proxy/lambda/render_b/cancel")
        assert r.json()["success"] is True and r.json()["data"]["status"] == "cancelled"
        api.post("/api/render/proxy/lambda/render_a/cancel")
        done = api.wait_render("render_a", 10)
        assert done["status"] == "cancelled" and done["error"] and done["outputUrl"] is None
        assert err(api.get("/api/render/proxy/render_a/download"))[:2] == (409, 4005)
        # cancelling a finished render is harmless
        again = api.post("/api/render/proxy/lambda/render_a/cancel").json()["data"]
        assert again["status"] == "cancelled"


def _set(home: Path, render_id: str, **fields: Any) -> None:
    db = sqlite3.connect(home / "engine" / "engine.db")
    try:
        cols = ", ".join(f"{k} = ?" for k in fields)
        db.execute(f"UPDATE renders SET {cols} WHERE id = ?", (*fields.values(), render_id))
        db.commit()
    finally:
        db.close()


def test_interrupted_render_is_resumed_on_restart(home: Path) -> None:
    hang = Hanging()
    with running(home, render_fn=hang) as api:
        sid, ids = photos(api)
        api.render(sid, simple_draft(ids, 500), "render_crash")
        assert hang.started.wait(10)
        token = api.token
    # a graceful stop puts it back to pending; a crash leaves it 'processing' — simulate that
    _set(home, "render_crash", status="processing", progress=40, attempts=1)
    with running(home, login=False) as api:  # real renderer this time
        api.token = token
        done = api.wait_render("render_crash", 60)
        assert done["status"] == "completed", done
        assert decode(api.http.get(done["outputUrl"]).content)[0] == 1280


def test_render_interrupted_twice_fails_with_a_reason(home: Path) -> None:
    hang = Hanging()
    with running(home, render_fn=hang) as api:
        sid, ids = photos(api)
        api.render(sid, simple_draft(ids), "render_twice")
        api.render(sid, simple_draft(ids), "render_lost")
        assert hang.started.wait(10)
        token = api.token
    _set(home, "render_twice", status="processing", attempts=2)
    _set(home, "render_lost", status="processing", attempts=1)
    for media in (home / "engine" / "media").rglob("*.jpg"):
        media.unlink()
        break
    with running(home, login=False, render_fn=Hanging()) as api:
        api.token = token
        twice = api.poll("render_twice").json()["data"]
        assert twice["status"] == "failed" and "twice" in twice["error"]
        lost = api.poll("render_lost").json()["data"]
        assert lost["status"] == "failed" and "gone" in lost["error"]


def test_renderer_error_is_reported(home: Path) -> None:
    with running(home) as api:
        sid, ids = photos(api)
        # the stored photo is damaged after upload: the renderer says which one
        for media in (home / "engine" / "media").rglob("*.jpg"):
            media.write_bytes(b"\xff\xd8\xff garbage")
        api.render(sid, simple_draft(ids), "render_broken")
        done = api.wait_render("render_broken", 60)
        assert done["status"] == "failed" and done["error"]
        assert "Traceback" not in done["error"]


def test_two_engines_on_one_home_do_not_take_each_others_renders(home: Path) -> None:
    """Two nemochat windows: the second engine leaves the first one's running render alone."""
    first_renderer, second_renderer = Hanging(), Hanging()
    with running(home, render_fn=first_renderer) as first:
        sid, ids = photos(first)
        first.render(sid, simple_draft(ids), "render_mine")
        assert first_renderer.started.wait(10)
        leftover = home / "engine" / "tmp" / "dead-engine"
        leftover.mkdir()
        (leftover / "up-x.part").write_bytes(b"half an upload")
        with running(home, render_fn=second_renderer) as second:
            second.token = first.token
            assert not second_renderer.started.wait(0.5)
            assert second.poll("render_mine").json()["data"]["status"] == "processing"
            assert not leftover.exists()  # a crashed engine's temp files are cleaned up
            # both serve the same data
            assert second.state(sid).json()["data"]["state"]["video_infos"]
        first_renderer.release.set()
        assert first.wait_render("render_mine", 10)["status"] == "completed"


def test_render_survives_a_killed_engine(home: Path) -> None:
    """SIGKILL the engine process mid-render; the next engine renders it to the end."""
    import os
    import signal
    import subprocess
    import sys

    code = (
        "import sys, time; from nemochat.engine import embedded;"
        "e = embedded.start(); e.wait_ready(30); print(e.url, flush=True); time.sleep(600)"
    )
    env = {**os.environ, "NEMOCHAT_HOME": str(home)}
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert proc.stdout is not None
        api = Api(proc.stdout.readline().strip()).login()
        sid, ids = photos(api, 2)
        draft = simple_draft(ids * 2, 1000)
        assert api.render(sid, draft, "render_killed").status_code == 200
        deadline = time.monotonic() + 30
        while api.poll("render_killed").json()["data"]["status"] != "processing":
            assert time.monotonic() < deadline
            time.sleep(0.01)
        token = api.token
        api.close()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    with running(home, login=False) as api2:
        api2.token = token
        done = api2.wait_render("render_killed", 90)
        assert done["status"] == "completed", done
        width, _, seconds = decode(api2.http.get(done["outputUrl"]).content)
        assert width == 1280 and seconds == pytest.approx(4.0, abs=0.2)


def test_output_resolution_overrides_the_draft(home: Path) -> None:
    with running(home) as api:
        sid, ids = photos(api, 1)
        draft = simple_draft(ids, 500)
        draft["m"].update(resolution="1080p", width=1920, height=1080)
        r = api.render(sid, draft, "render_res", output={"format": "mp4", "resolution": "720p"})
        assert r.status_code == 200, r.text
        done = api.wait_render("render_res", 60)
        assert decode(api.http.get(done["outputUrl"]).content)[:2] == (1280, 720)


def test_a_second_export_of_the_same_content_attaches_to_the_running_one(home: Path) -> None:
    """Two workers, the same timeline exported twice at once: it is rendered once, the second
    render follows the first's progress and completes with its file."""
    hang = Hanging()
    calls: list[str] = []

    def counted(draft: dict, **kw: Any) -> Any:
        calls.append(kw["out_path"].stem)
        return hang(draft, **kw)

    with running(home, render_fn=counted, render_concurrency=2) as api:
        sid, ids = photos(api)
        api.render(sid, simple_draft(ids), "render_first")
        assert hang.started.wait(10)
        api.render(sid, simple_draft(ids), "render_twin")
        deadline = time.monotonic() + 10
        while api.poll("render_twin").json()["data"]["progress"] < 30:
            assert time.monotonic() < deadline, "the twin does not follow the first render"
            time.sleep(0.05)
        hang.release.set()
        first = api.wait_render("render_first", 10)
        twin = api.wait_render("render_twin", 10)
        assert first["status"] == twin["status"] == "completed"
        assert calls == ["render_first"]  # rendered once
        a = api.get("/api/render/proxy/render_first/download").content
        assert api.get("/api/render/proxy/render_twin/download").content == a
