"""Render create/poll/cancel in every status shape, retries, and downloads with resume."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from api_helpers import Recorder, run
from fakeserver import FakeNemo, running

from nemochat.api import (
    DownloadError,
    NemoClient,
    RenderFailed,
    RenderStatus,
    parse_render,
    safe_name,
    unique_path,
)

DRAFT = {"t": [{"tt": 0, "sg": [{"st": 0, "d": 3000}]}]}


@pytest.fixture
def fake_nemo(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeNemo]:
    with running(monkeypatch) as server:
        yield server


def test_create_render_body(fake_nemo: FakeNemo) -> None:
    sid = fake_nemo.new_session()
    status = run(fake_nemo, lambda c: c.create_render(sid, DRAFT))
    req = fake_nemo.requests_to("render")[0]
    assert set(req.json) == {"id", "sessionId", "draft", "output"}
    assert req.json["id"].startswith("render_") and req.json["id"] == status.id
    assert req.json["sessionId"] == sid and req.json["draft"] == DRAFT
    assert req.json["output"] == {"format": "mp4", "quality": "high"}
    assert status.status == "pending" and status.progress == pytest.approx(0.05)
    assert req.headers["x-skill-source"] == "nemochat" and "authorization" in req.headers


def test_render_ids_are_unique(fake_nemo: FakeNemo) -> None:
    sid = fake_nemo.new_session()

    async def body(c: NemoClient) -> set[str]:
        return {(await c.create_render(sid, DRAFT)).id for _ in range(20)}

    assert len(run(fake_nemo, body)) == 20


@pytest.mark.parametrize("shape", ["data", "top", "bare", "url"])
def test_wait_render_every_status_shape(fake_nemo: FakeNemo, shape: str) -> None:
    sid = fake_nemo.new_session()
    fake_nemo.render_shape = shape
    seen: list[float | None] = []
    status = run(fake_nemo, lambda c: c.wait_render(sid, DRAFT, progress=seen.append))
    assert status.status == "completed"
    assert status.url == fake_nemo.output_url(status.id)
    assert seen[-1] == 1.0 and 0.5 in seen
    polls = fake_nemo.requests_to("poll")
    assert len(polls) == 3 and {p.path for p in polls} == {f"/api/render/proxy/lambda/{status.id}"}


def test_poll_backoff_grows_from_2_to_15_seconds(fake_nemo: FakeNemo) -> None:
    sid = fake_nemo.new_session()
    fake_nemo.render_steps = ["processing"] * 12 + ["completed"]
    rec = Recorder()
    run(fake_nemo, lambda c: c.wait_render(sid, DRAFT), rec, poll_interval=(2.0, 15.0))
    assert rec.sleeps[0] == 2.0 and max(rec.sleeps) == 15.0
    assert rec.sleeps == sorted(rec.sleeps)


def test_transient_poll_errors_keep_the_same_id(fake_nemo: FakeNemo) -> None:
    sid = fake_nemo.new_session()
    fake_nemo.fail("poll", status=502, html=True)
    fake_nemo.fail("poll", drop=True)
    fake_nemo.fail("poll", status=408)
    fake_nemo.fail("poll", status=503, body="Service Unavailable", content_type="text/plain")
    fake_nemo.fail("poll", status=429, retry_after="1", times=2)
    status = run(fake_nemo, lambda c: c.wait_render(sid, DRAFT))
    assert status.status == "completed"
    assert len(fake_nemo.requests_to("render")) == 1
    assert {p.path for p in fake_nemo.requests_to("poll")} == {
        f"/api/render/proxy/lambda/{status.id}"
    }


def test_transient_create_error_retries_same_id(fake_nemo: FakeNemo) -> None:
    sid = fake_nemo.new_session()
    fake_nemo.fail("render", status=500)
    status = run(fake_nemo, lambda c: c.wait_render(sid, DRAFT))
    ids = [r.json["id"] for r in fake_nemo.requests_to("render")]
    assert len(ids) == 2 and ids[0] == ids[1] == status.id


def test_failed_render_retries_once_with_new_id(fake_nemo: FakeNemo) -> None:
    sid = fake_nemo.new_session()
    fake_nemo.render_failures = ["GPU fell over"]
    rec = Recorder()
    status = run(fake_nemo, lambda c: c.wait_render(sid, DRAFT), rec)
    ids = [r.json["id"] for r in fake_nemo.requests_to("render")]
    assert len(ids) == 2 and ids[0] != ids[1] and status.id == ids[1]
    assert ("client.render.retrying", {"reason": "GPU fell over"}) in rec.notices


def test_final_failure_is_not_retried_and_speaks_the_users_language(
    fake_nemo: FakeNemo,
) -> None:
    """A render that cannot succeed (missing glyphs, an invalid draft, unreadable media) is
    reported once, in the user's language, and never tried again."""
    from nemochat import i18n

    sid = fake_nemo.new_session()
    fake_nemo.render_failures = [
        {
            "error": "No font can draw 東京",
            "retriable": False,
            "errorMessages": {"en": "No font can draw 東京", "zh": "没有字体能显示 東京"},
        }
    ]
    i18n.set_language("zh")
    rec = Recorder()
    with pytest.raises(RenderFailed) as info:
        run(fake_nemo, lambda c: c.wait_render(sid, DRAFT), rec)
    assert len(fake_nemo.requests_to("render")) == 1 and not rec.notices
    assert "没有字体能显示 東京" in info.value.message()


def test_failed_twice_reports_reason(fake_nemo: FakeNemo) -> None:
    sid = fake_nemo.new_session()
    fake_nemo.render_failures = ["photo 3 could not be decoded", "photo 3 could not be decoded"]
    with pytest.raises(RenderFailed) as info:
        run(fake_nemo, lambda c: c.wait_render(sid, DRAFT))
    assert "photo 3 could not be decoded" in str(info.value)
    assert len(fake_nemo.requests_to("render")) == 2


def test_render_timeout_cancels(fake_nemo: FakeNemo) -> None:
    sid = fake_nemo.new_session()
    fake_nemo.render_steps = ["processing"]

    async def slow_sleep(s: float) -> None:
        import asyncio

        await asyncio.sleep(0.02)

    with pytest.raises(RenderFailed) as info:
        run(fake_nemo, lambda c: c.wait_render(sid, DRAFT), render_timeout=0.3, sleep=slow_sleep)
    assert info.value.key == "client.error.render_timeout"
    assert len(fake_nemo.requests_to("cancel")) == 1


def test_cancel_render(fake_nemo: FakeNemo) -> None:
    sid = fake_nemo.new_session()

    async def body(c: NemoClient) -> RenderStatus:
        s = await c.create_render(sid, DRAFT)
        await c.cancel_render(s.id)
        return await c.poll_render(s.id)

    assert run(fake_nemo, body).status == "cancelled"
    req = fake_nemo.requests_to("cancel")[0]
    assert req.method == "POST" and req.path.endswith("/cancel") and req.body_size == 0


def test_completed_without_url_uses_direct_download(fake_nemo: FakeNemo, tmp_path: Path) -> None:
    sid = fake_nemo.new_session()
    fake_nemo.render_url_missing_polls = 99

    async def body(c: NemoClient) -> tuple[RenderStatus, Path]:
        s = await c.wait_render(sid, DRAFT)
        return s, await c.download(s, tmp_path / "out.mp4")

    status, path = run(fake_nemo, body, url_wait_polls=2)
    assert status.url is None
    assert len(fake_nemo.requests_to("poll")) == 3 + 2
    assert path.read_bytes() == fake_nemo.output_bytes
    dl = fake_nemo.requests_to("download")
    assert len(dl) == 1 and dl[0].headers["authorization"].startswith("Bearer ")
    assert fake_nemo.requests_to("file") == []


def test_url_appearing_late_is_used(fake_nemo: FakeNemo) -> None:
    sid = fake_nemo.new_session()
    fake_nemo.render_url_missing_polls = 1
    status = run(fake_nemo, lambda c: c.wait_render(sid, DRAFT))
    assert status.url == fake_nemo.output_url(status.id)


# --- download ---------------------------------------------------------------------------


def rendered(fake: FakeNemo) -> RenderStatus:
    sid = fake.new_session()
    return run(fake, lambda c: c.wait_render(sid, DRAFT))


def test_download_from_cdn_without_token(fake_nemo: FakeNemo, tmp_path: Path) -> None:
    status = rendered(fake_nemo)
    seen: list[tuple[int, int | None]] = []
    path = run(
        fake_nemo,
        lambda c: c.download(
            status, tmp_path / "video.mp4", progress=lambda d, t: seen.append((d, t))
        ),
    )
    assert path == tmp_path / "video.mp4" and path.read_bytes() == fake_nemo.output_bytes
    cdn = fake_nemo.requests_to("file")
    assert len(cdn) == 1 and "authorization" not in cdn[0].headers
    assert cdn[0].headers["accept-encoding"] == "identity"
    assert seen[-1] == (len(fake_nemo.output_bytes), len(fake_nemo.output_bytes))
    assert sorted(os.listdir(tmp_path)) == ["video.mp4"]


def test_never_overwrites_unless_force(fake_nemo: FakeNemo, tmp_path: Path) -> None:
    status = rendered(fake_nemo)
    (tmp_path / "video.mp4").write_bytes(b"precious")
    (tmp_path / "video (1).mp4").write_bytes(b"also precious")
    path = run(fake_nemo, lambda c: c.download(status, tmp_path / "video.mp4"))
    assert path.name == "video (2).mp4"
    assert (tmp_path / "video.mp4").read_bytes() == b"precious"
    forced = run(fake_nemo, lambda c: c.download(status, tmp_path / "video.mp4", force=True))
    assert forced == tmp_path / "video.mp4" and forced.read_bytes() == fake_nemo.output_bytes


def test_download_into_folder_uses_safe_name(fake_nemo: FakeNemo, tmp_path: Path) -> None:
    status = rendered(fake_nemo)
    path = run(fake_nemo, lambda c: c.download(status, tmp_path))
    assert path == tmp_path / f"{status.id}.mp4"


@pytest.mark.parametrize(
    ("sent", "saved"),
    [("My Video.mp4", "My Video.mp4"), ("../../evil\x1b[2J.mp4", "evil[2J.mp4"), ("CON", None)],
)
def test_server_file_name_is_sanitised(
    fake_nemo: FakeNemo, tmp_path: Path, sent: str, saved: str | None
) -> None:
    status = rendered(fake_nemo)
    fake_nemo.download_filename = sent
    out = tmp_path / "out"
    out.mkdir()
    path = run(fake_nemo, lambda c: c.download(status, out))
    assert path == out / (saved or f"{status.id}.mp4")
    assert path.read_bytes() == fake_nemo.output_bytes
    assert sorted(os.listdir(out)) == [path.name]


def test_cdn_drop_falls_back_to_proxy_with_range_resume(
    fake_nemo: FakeNemo, tmp_path: Path
) -> None:
    status = rendered(fake_nemo)
    fake_nemo.fail("file", drop=True, drop_after=100_000)
    path = run(fake_nemo, lambda c: c.download(status, tmp_path / "v.mp4"))
    assert path.read_bytes() == fake_nemo.output_bytes
    dl = fake_nemo.requests_to("download")
    assert len(dl) == 1 and dl[0].headers["range"] == "bytes=100000-"
    assert dl[0].headers["authorization"].startswith("Bearer ")
    assert not (tmp_path / "v.mp4.part").exists()


def test_resume_without_range_support_starts_over(fake_nemo: FakeNemo, tmp_path: Path) -> None:
    status = rendered(fake_nemo)
    fake_nemo.range_support = False
    fake_nemo.fail("file", drop=True, drop_after=50_000)
    path = run(fake_nemo, lambda c: c.download(status, tmp_path / "v.mp4"))
    assert path.read_bytes() == fake_nemo.output_bytes


def test_interrupted_download_keeps_part_and_resumes_next_time(
    fake_nemo: FakeNemo, tmp_path: Path
) -> None:
    status = rendered(fake_nemo)
    fake_nemo.fail("file", drop=True, drop_after=70_000)
    fake_nemo.fail("download", drop=True, drop_after=10_000)
    with pytest.raises(DownloadError) as info:
        run(fake_nemo, lambda c: c.download(status, tmp_path / "v.mp4"))
    assert "\n" not in str(info.value)
    assert not (tmp_path / "v.mp4").exists()
    assert (tmp_path / "v.mp4.part").stat().st_size == 80_000
    path = run(fake_nemo, lambda c: c.download(status, tmp_path / "v.mp4"))
    assert path.read_bytes() == fake_nemo.output_bytes
    assert fake_nemo.requests_to("file")[-1].headers["range"] == "bytes=80000-"


def test_part_of_another_render_is_not_resumed(fake_nemo: FakeNemo, tmp_path: Path) -> None:
    status = rendered(fake_nemo)
    (tmp_path / "v.mp4.part").write_bytes(b"x" * 1000)
    (tmp_path / "v.mp4.part.id").write_text("render_other\n")
    path = run(fake_nemo, lambda c: c.download(status, tmp_path / "v.mp4"))
    assert path.read_bytes() == fake_nemo.output_bytes
    assert "range" not in fake_nemo.requests_to("file")[0].headers


def test_proxy_answering_json_is_followed(fake_nemo: FakeNemo, tmp_path: Path) -> None:
    status = rendered(fake_nemo)
    fake_nemo.proxy_download_json = True
    fake_nemo.fail("file", status=403)
    path = run(fake_nemo, lambda c: c.download(status, tmp_path / "v.mp4"))
    assert path.read_bytes() == fake_nemo.output_bytes
    assert len(fake_nemo.requests_to("download")) == 1
    assert all("authorization" not in r.headers for r in fake_nemo.requests_to("file"))


def test_insecure_output_url_is_not_fetched(fake_nemo: FakeNemo, tmp_path: Path) -> None:
    status = rendered(fake_nemo)
    status.url = "http://10.255.255.1/render.mp4"  # plain http off loopback: refused
    path = run(fake_nemo, lambda c: c.download(status, tmp_path / "v.mp4"))
    assert path.read_bytes() == fake_nemo.output_bytes
    assert len(fake_nemo.requests_to("download")) == 1


def test_parse_render_shapes() -> None:
    a = parse_render(
        {"id": "r", "status": "completed", "progress": 100, "outputUrl": "https://a/x.mp4"}, "d"
    )
    b = parse_render({"status": "done", "output": {"url": "https://a/y.mp4"}}, "d")
    c = parse_render({"taskId": "t", "status": "failed", "error": "boom"}, "d")
    d = parse_render({"success": True, "data": {"status": "rendering", "progress": 0.5}}, "d")
    assert (a.id, a.status, a.progress, a.url) == ("r", "completed", 1.0, "https://a/x.mp4")
    assert (b.id, b.status, b.url) == ("d", "completed", "https://a/y.mp4")
    assert (c.id, c.status, c.error) == ("t", "failed", "boom")
    assert (d.status, d.progress) == ("processing", 0.5)


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("../../etc/passwd", "passwd"),
        ("a\\b\\evil.mp4", "evil.mp4"),
        ("\x1b]0;x\x07name\u202e4pm.exe", "]0;xname4pm.exe"),
        ("CON", "fallback.mp4"),
        ("..", "fallback.mp4"),
        ("video. ", "video"),
        ("", "fallback.mp4"),
    ],
)
def test_safe_name(raw: str, want: str) -> None:
    assert safe_name(raw, "fallback.mp4") == want


def test_unique_path(tmp_path: Path) -> None:
    p = tmp_path / "a.mp4"
    assert unique_path(p) == p
    p.write_bytes(b"")
    assert unique_path(p).name == "a (1).mp4"


def test_cancelling_the_wait_cancels_the_render_on_the_server(fake_nemo: FakeNemo) -> None:
    """Ctrl-C in the chat cancels the waiting task: the engine must be told to stop too."""
    import asyncio

    sid = fake_nemo.new_session()
    fake_nemo.render_steps = ["processing"] * 1000

    async def quick(s: float) -> None:
        await asyncio.sleep(0.01)

    async def body(c: NemoClient) -> None:
        task = asyncio.create_task(c.wait_render(sid, DRAFT))
        while not fake_nemo.requests_to("poll"):
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    run(fake_nemo, body, sleep=quick)
    cancels = fake_nemo.requests_to("cancel")
    assert len(cancels) == 1
    assert cancels[0].path.endswith(fake_nemo.requests_to("render")[0].json["id"] + "/cancel")
