"""Limits that keep one request from taking the engine's memory or time (issue 14, items
1, 3, 4): animations, video frames and drafts past them are clear errors, nothing stored."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from test_engine_support import err, jpeg, mp4, running, simple_draft

from nemochat import config
from nemochat.engine import draft as dr
from nemochat.engine.render import RenderError
from nemochat.engine.render.plan import build_plan


@pytest.fixture
def home() -> Path:
    return config.home()


def stored(home: Path) -> list[Path]:
    return [p for p in (home / "engine" / "media").rglob("*") if p.is_file()]


def gif_bomb(width: int = 8000, height: int = 8000, frames: int = 700) -> bytes:
    """A few KB that declare a huge canvas and many one-pixel frames."""
    out = bytearray(b"GIF89a" + struct.pack("<HHBBB", width, height, 0x80, 0, 0))
    out += b"\x00\x00\x00\xff\xff\xff"  # a 2-colour global table
    for _ in range(frames):
        out += b"\x21\xf9\x04\x00\x02\x00\x00\x00"  # graphic control: 20 ms
        out += b"\x2c" + struct.pack("<HHHHB", 0, 0, 1, 1, 0)  # a 1×1 image at 0,0
        out += b"\x02\x02\x44\x01\x00"  # LZW: min code 2, one pixel
    out += b"\x3b"
    return bytes(out)


def test_an_animation_that_would_take_gigabytes_is_refused_at_upload(home: Path) -> None:
    bomb = gif_bomb()
    assert len(bomb) < 20_000
    with running(home) as api:
        sid = api.new_session()
        status, code, message = err(api.upload(sid, ("spin.gif", bomb)))
        assert (status, code) == (413, 4002)
        assert "700 frames" in message and "8000×8000" in message
        assert stored(home) == []
        assert api.upload(sid, ("ok.jpg", jpeg())).status_code == 200  # still fine after


def test_the_pixel_limit_applies_to_video_frames(home: Path) -> None:
    with running(home, max_pixels=2000) as api:
        sid = api.new_session()
        status, code, message = err(api.upload(sid, ("big.mp4", mp4(0.5, 64, 48, 10))))
        assert (status, code) == (400, 4001)
        assert "too large to decode safely" in message
        assert stored(home) == []


def test_drafts_past_the_limits_are_invalid() -> None:
    ok = simple_draft(["med_a", "med_b"])
    assert dr.validate(ok) == []
    long = simple_draft(["med_a"], seg_ms=dr.MAX_VIDEO_MS + 1000)
    assert any("10 minute limit" in p for p in dr.validate(long))
    with pytest.raises(RenderError) as e:
        build_plan(long)  # the renderer holds the line for drafts that skip the validator
    assert "limited to 10 minutes" in str(e.value) and "10 分钟" in e.value.message("zh")
    many = simple_draft(["med_a"] * (dr.MAX_SEGMENTS + 1), seg_ms=200)
    assert any("more than the limit of 500" in p for p in dr.validate(many))
    titled = simple_draft(["med_a"], seg_ms=60_000)
    texts = dr.track(titled, dr.TT_TEXT)
    assert texts is not None
    texts["sg"] = [
        {"st": i * 1000, "d": 1000, "m": {"text": f"t{i}"}} for i in range(dr.MAX_TEXTS + 1)
    ]
    assert any("titles and captions" in p for p in dr.validate(titled))
    texts["sg"] = [{"st": 0, "d": 1000, "m": {"text": "word " * 200}}]
    assert any("more than 500" in p for p in dr.validate(titled))


def test_a_render_of_an_over_long_draft_is_4003(home: Path) -> None:
    with running(home) as api:
        sid = api.new_session()
        r = api.upload(sid, ("p.jpg", jpeg(64, 48)))
        media = r.json()["data"]["files"][0]["id"]
        draft = simple_draft([media], seg_ms=dr.MAX_VIDEO_MS + 1000)
        status, code, message = err(api.render(sid, draft, "render_long"))
        assert (status, code) == (400, 4003)
        assert "10 minute limit" in message


def test_crash_leftovers_go_at_start_and_renders_are_private(home: Path) -> None:
    import subprocess
    import sys

    renders = home / "engine" / "renders"
    renders.mkdir(parents=True, exist_ok=True)
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    orphan = renders / f".r_crashed.{int(dead.stdout)}.140.part.mp4"
    orphan.write_bytes(b"\x00" * 4096)
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"]) as live:
        busy = renders / f".r_busy.{live.pid}.140.part.mp4"  # another engine writing it
        busy.write_bytes(b"\x00" * 16)
        try:
            with running(home) as api:
                assert not orphan.exists() and busy.exists()
                sid = api.new_session()
                media = api.upload(sid, ("p.jpg", jpeg(64, 48))).json()["data"]["files"][0]["id"]
                assert api.render(sid, simple_draft([media]), "render_private").status_code == 200
                assert api.wait_render("render_private")["status"] == "completed"
                out = renders / "render_private.mp4"
                assert out.stat().st_mode & 0o777 == 0o600
        finally:
            live.kill()


def test_an_unchanged_timeline_is_not_rendered_again(home: Path) -> None:
    with running(home) as api:
        sid = api.new_session()
        files = api.upload(sid, ("a.jpg", jpeg(64, 48, "red")), ("b.jpg", jpeg(64, 48, "blue")))
        ids = [f["id"] for f in files.json()["data"]["files"]]
        draft = simple_draft(ids)
        renders = home / "engine" / "renders"
        assert api.render(sid, draft, "render_one").status_code == 200
        assert api.wait_render("render_one")["status"] == "completed"
        retitled = {**draft, "m": {**draft["m"], "title": "Another name"}}
        assert api.render(sid, retitled, "render_two").status_code == 200
        assert api.wait_render("render_two")["status"] == "completed"
        one, two = renders / "render_one.mp4", renders / "render_two.mp4"
        assert one.read_bytes() == two.read_bytes()
        assert one.stat().st_ino == two.stat().st_ino  # the same file, not a second render
        changed = simple_draft(list(reversed(ids)))
        assert api.render(sid, changed, "render_three").status_code == 200
        assert api.wait_render("render_three")["status"] == "completed"
        three = renders / "render_three.mp4"
        assert three.stat().st_ino != one.stat().st_ino and three.read_bytes() != one.read_bytes()


def test_bad_text_and_long_boundaries_are_400_not_500(home: Path) -> None:
    with running(home) as api:
        body = b'{"task_name": "x\\ud800y", "language": "en"}'  # a lone surrogate escape
        r = api.post(
            "/api/tasks/me/with-session/nemo_agent",
            content=body,
            headers={"Content-Type": "application/json"},
        )
        status, code, message = err(r)
        assert (status, code) == (400, 400) and "surrogate" in message
        sid = api.new_session()
        boundary = "b" * 300
        r = api.post(
            f"/api/upload-video/nemo_agent/me/{sid}",
            content=f"--{boundary}--\r\n".encode(),
            headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
        )
        assert err(r)[:2] == (400, 400)
        assert "Traceback" not in r.text
