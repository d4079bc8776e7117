"""The project layer over real HTTP against the loopback fake API (in-process, asyncio)."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
from fakeserver import (
    DROP,
    FakeNemo,
    Pause,
    typed_text,
    typed_tool_call,
    typed_tool_result,
)

from nemochat import config
from nemochat import events as ev
from nemochat.project import Project, SessionStore, safe_filename

DRAFT = {
    "d": 4000,
    "m": {"title": "Trip / 旅行", "width": 1280, "height": 720},
    "t": [{"tt": 0, "sg": [{"st": 0, "d": 4000, "m": {"name": "a.jpg"}}]}],
}


def add_title(text: str = "Urban Dreams") -> Callable[[FakeNemo, str], None]:
    def step(server: FakeNemo, sid: str) -> None:
        with server.lock:
            state = server.sessions[sid]["state"]
            state.setdefault("draft", {"t": []})["t"].append(
                {"tt": 7, "sg": [{"st": 0, "d": 3000, "m": {"text": text}}]}
            )

    return step


def run_action(
    make: Callable[[Project], AsyncIterator[ev.Event]], fake: FakeNemo, **kw: Any
) -> list[ev.Event]:
    async def go() -> list[ev.Event]:
        from nemochat.api import NemoClient

        client = NemoClient(base_url=fake.url, poll_interval=(0.05, 0.2))
        try:
            project = Project(client, **kw)
            return [e async for e in make(project)]
        finally:
            await client.aclose()

    return asyncio.run(go())


def of(events: list[ev.Event], cls: type) -> list[Any]:
    return [e for e in events if isinstance(e, cls)]


class Sleeps:
    """An injected sleep that does not wait (records what was asked)."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


# --- sessions -----------------------------------------------------------------------------


def test_session_created_when_none_and_remembered(fake: FakeNemo) -> None:
    events = run_action(lambda p: p.status(), fake)
    created = of(events, ev.SessionChanged)
    assert len(created) == 1 and created[0].reason == "created"
    shown = of(events, ev.TimelineShown)[0]
    assert shown.session_id == created[0].session_id and shown.timeline.empty
    again = run_action(lambda p: p.status(), fake)
    assert not of(again, ev.SessionChanged)
    assert of(again, ev.TimelineShown)[0].session_id == created[0].session_id
    assert len(fake.requests_to("session")) == 1
    # the session was created in the interface language
    assert fake.requests_to("session")[0].json["language"] == "en"


def test_sessions_are_per_server(fake: FakeNemo) -> None:
    a = SessionStore("http://127.0.0.1:1")
    b = SessionStore("local")
    a.remember("s1")
    b.remember("s2")
    a.remember("s3")
    assert a.current() == "s3" and b.current() == "s2"
    assert [s.session_id for s in a.list()] == ["s1", "s3"]
    assert [s.current for s in a.list()] == [False, True]


def test_corrupt_sessions_file_is_survived(fake: FakeNemo) -> None:
    path = config.home() / "sessions.json"
    path.write_text("{not json")
    path.chmod(0o600)
    events = run_action(lambda p: p.status(), fake)
    assert of(events, ev.TimelineShown)
    assert json.loads(path.read_text())["servers"][fake.url]["current"]


def test_use_session(fake: FakeNemo) -> None:
    sid = fake.new_session(draft=DRAFT)
    events = run_action(lambda p: p.use_session("nope"), fake)
    assert of(events, ev.Error)[0].key == "project.session.unknown"
    events = run_action(lambda p: p.use_session(sid), fake)
    assert of(events, ev.SessionChanged)[0].reason == "use"
    assert SessionStore(fake.url).current() == sid
    # the title was learnt from the draft, for `sessions`
    listing = of(run_action(lambda p: p.sessions(), fake), ev.SessionList)[0]
    assert listing.current == sid and listing.sessions[0].title == "Trip / 旅行"


def test_lost_session_is_renewed_once(fake: FakeNemo) -> None:
    run_action(lambda p: p.status(), fake)
    fake.forget_sessions()
    events = run_action(lambda p: p.status(), fake)
    renewed = [e for e in of(events, ev.SessionChanged) if e.reason == "renewed"]
    assert len(renewed) == 1
    assert of(events, ev.TimelineShown)[0].session_id == renewed[0].session_id
    assert not of(events, ev.Error)


# --- chat turns ------------------------------------------------------------------------------


def test_turn_streams_text_and_reports_changes(fake: FakeNemo) -> None:
    sid = fake.new_session(draft=json.loads(json.dumps(DRAFT)))
    fake.script_chat(
        typed_text("Adding "),
        typed_text("a title."),
        typed_tool_call("edit_multitrack", {"op": "title"}),
        add_title(),
        typed_tool_result("edit_multitrack", {"ok": True}),
    )
    events = run_action(lambda p: p.chat("add a title"), fake, session_id=sid)
    assert "".join(e.text for e in of(events, ev.Text)) == "Adding a title."
    assert [e.name for e in of(events, ev.ToolStarted)] == ["edit_multitrack"]
    changes = of(events, ev.Changes)
    assert changes and changes[0].lines == ['Added Title: "Urban Dreams" (0-3s)']
    assert not changes[0].silent
    assert of(events, ev.TurnEnd) == [ev.TurnEnd(had_text=True, changed=True)]
    assert isinstance(events[-1], ev.TurnEnd)


def test_silent_completion_answers_with_the_diff(fake: FakeNemo) -> None:
    sid = fake.new_session(draft=json.loads(json.dumps(DRAFT)))
    fake.script_chat(
        typed_tool_call("edit_multitrack"), add_title("Hi"), typed_tool_result("edit_multitrack")
    )
    events = run_action(lambda p: p.chat("title Hi"), fake, session_id=sid)
    assert not of(events, ev.Text)
    changes = of(events, ev.Changes)
    assert len(changes) == 1 and changes[0].silent
    assert changes[0].lines == ['Added Title: "Hi" (0-3s)']
    assert of(events, ev.TurnEnd)[0] == ev.TurnEnd(had_text=False, changed=True)


def test_silent_turn_without_change_says_so(fake: FakeNemo) -> None:
    sid = fake.new_session(draft=DRAFT)
    fake.script_chat(typed_tool_call("think"), typed_tool_result("think"))
    events = run_action(lambda p: p.chat("hmm"), fake, session_id=sid)
    notices = of(events, ev.Notice)
    assert [n.key for n in notices] == ["project.turn.no_reply"]
    assert not of(events, ev.Changes)


def test_still_working_notice_during_a_long_quiet_turn(fake: FakeNemo) -> None:
    sid = fake.new_session()
    fake.script_chat(Pause(0.7), typed_text("done"))
    events = run_action(lambda p: p.chat("slow"), fake, session_id=sid, still_every=0.2)
    still = of(events, ev.StillWorking)
    assert 2 <= len(still) <= 4
    assert all(b.elapsed > a.elapsed for a, b in itertools.pairwise(still))
    assert events.index(still[-1]) < events.index(of(events, ev.Text)[0])


def test_still_working_uses_the_injected_clock(fake: FakeNemo) -> None:
    """A clock that jumps 2 minutes per reading makes every wakeup a notice."""
    sid = fake.new_session()
    fake.script_chat(Pause(0.3), typed_text("done"))
    now = [0.0]

    def clock() -> float:
        now[0] += 120.0
        return now[0]

    events = run_action(lambda p: p.chat("slow"), fake, session_id=sid, clock=clock)
    still = of(events, ev.StillWorking)
    assert still and all(s.elapsed >= 120 for s in still)


def test_dropped_stream_is_watched_not_resent(fake: FakeNemo) -> None:
    sid = fake.new_session(draft=json.loads(json.dumps(DRAFT)))
    fake.script_chat(typed_tool_call("edit_multitrack"), add_title(), DROP)
    sleeps = Sleeps()
    events = run_action(
        lambda p: p.chat("title please"),
        fake,
        session_id=sid,
        sleep=sleeps,
        recover_wait=30,
        recover_every=60,
    )
    assert len(fake.requests_to("chat")) == 1  # never re-sent
    assert of(events, ev.Error)  # the drop is reported
    assert [n.key for n in of(events, ev.Notice)] == ["project.turn.watching"]
    assert of(events, ev.Changes)[0].lines == ['Added Title: "Urban Dreams" (0-3s)']
    assert sleeps.calls == [30]


def test_dropped_stream_without_change_gives_up_after_tries(fake: FakeNemo) -> None:
    sid = fake.new_session(draft=DRAFT)
    fake.script_chat(typed_text("Working"), DROP)
    sleeps = Sleeps()
    events = run_action(
        lambda p: p.chat("do it"), fake, session_id=sid, sleep=sleeps, recover_tries=5
    )
    assert sleeps.calls == [30, 60, 60, 60, 60]
    assert of(events, ev.Error)[-1].key == "project.turn.lost"
    assert len(fake.requests_to("chat")) == 1


# --- upload, credits, export ---------------------------------------------------------------------


def test_upload_reports_progress_and_files(fake: FakeNemo, tmp_path: Path) -> None:
    from PIL import Image

    photo = tmp_path / "p.jpg"
    Image.new("RGB", (64, 48)).save(photo)
    bad = tmp_path / "x.exe"
    bad.write_bytes(b"MZ" + b"\0" * 100)
    events = run_action(lambda p: p.upload([str(photo), str(bad)]), fake)
    errors = of(events, ev.Error)
    assert len(errors) == 1 and errors[0].exit_code == 4
    progress = of(events, ev.Progress)
    assert progress and all(p.kind == "upload" for p in progress)
    assert progress[-1].done == progress[-1].total
    files = of(events, ev.Uploaded)[0].files_json()
    assert [f["filename"] for f in files] == ["p.jpg"]


def test_credits_bind_link_for_anonymous_cloud_user(fake: FakeNemo) -> None:
    events = run_action(lambda p: p.credits(), fake)
    shown = of(events, ev.CreditsShown)[0]
    assert shown.credits_json() == {
        "available": 100,
        "frozen": 0,
        "total": 100,
        "unlimited": False,
    }
    assert shown.bind_url is None or "/register?bind=anon_" in shown.bind_url
    local = of(run_action(lambda p: p.credits(), fake, backend="local"), ev.CreditsShown)[0]
    assert local.local and local.bind_url is None


def test_export_progress_and_file(fake: FakeNemo, tmp_path: Path) -> None:
    fake.render_steps = ["processing", "completed"]
    sid = fake.new_session(draft=DRAFT)
    events = run_action(lambda p: p.export(), fake, session_id=sid, output_dir=tmp_path / "out")
    assert not of(events, ev.Error), of(events, ev.Error)
    kinds = {p.kind for p in of(events, ev.Progress)}
    assert {"render", "download"} <= kinds
    done = of(events, ev.Exported)[0]
    assert done.path == tmp_path / "out" / "Trip _ 旅行.mp4"
    assert done.path.read_bytes() == fake.output_bytes
    assert done.bytes == len(fake.output_bytes)
    # the draft sent to the renderer is the state's draft
    assert fake.requests_to("render")[0].json["draft"] == DRAFT


def test_export_without_draft(fake: FakeNemo, tmp_path: Path) -> None:
    sid = fake.new_session()
    events = run_action(lambda p: p.export(), fake, session_id=sid, output_dir=tmp_path)
    assert [e.key for e in of(events, ev.Error)] == ["project.export.no_draft"]
    sid = fake.new_session(draft={"t": [{"tt": 0, "sg": []}]})
    events = run_action(lambda p: p.export(), fake, session_id=sid, output_dir=tmp_path)
    assert [e.key for e in of(events, ev.Error)] == ["project.export.empty"]
    assert not fake.requests_to("render")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Beach day", "Beach day"),
        ("../../etc/passwd", "etc_passwd"),
        ("a/b\\c:d", "a_b_c_d"),
        ("  ", "fallback"),
        (None, "fallback"),
        ("旅行 2024", "旅行 2024"),
        ("x" * 200, "x" * 80),
        ("bell\x07name", "bell_name"),
    ],
)
def test_safe_filename(title: str | None, expected: str) -> None:
    assert safe_filename(title, "fallback") == expected


def test_unreachable_server_fails_at_once_without_watching(fake: FakeNemo) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]

    async def go() -> list[ev.Event]:
        from nemochat.api import NemoClient

        client = NemoClient(base_url=f"http://127.0.0.1:{port}")
        sleeps = Sleeps()
        try:
            project = Project(client, session_id="1", sleep=sleeps)
            events = [e async for e in project.chat("hello")]
        finally:
            await client.aclose()
        assert sleeps.calls == []
        return events

    events = asyncio.run(go())
    errors = of(events, ev.Error)
    assert len(errors) == 1 and errors[0].key == "client.error.connect"
    assert not of(events, ev.Notice)


def test_stalled_stream_is_watched(fake: FakeNemo) -> None:
    sid = fake.new_session(draft=json.loads(json.dumps(DRAFT)))
    fake.script_chat(typed_tool_call("edit"), add_title("Late"), Pause(3))

    async def go() -> list[ev.Event]:
        from nemochat.api import NemoClient

        client = NemoClient(base_url=fake.url, idle_limit=0.3)
        try:
            project = Project(client, session_id=sid, sleep=Sleeps())
            return [e async for e in project.chat("title")]
        finally:
            await client.aclose()

    events = asyncio.run(go())
    assert of(events, ev.Error)[0].key == "client.error.stalled"
    assert of(events, ev.Changes)[0].lines == ['Added Title: "Late" (0-3s)']
    assert len(fake.requests_to("chat")) == 1


def test_with_progress_cancelled_leaves_no_pending_task() -> None:
    """Ctrl-C during an upload/render: the progress queue's task is cancelled and awaited."""

    async def go() -> list[asyncio.Task]:
        project = Project.__new__(Project)
        started = asyncio.Event()

        async def start(cb: Any) -> None:
            cb(1, 10)
            started.set()
            await asyncio.sleep(60)

        async def consume() -> None:
            async for _ in project._with_progress("upload", start, []):
                pass

        consumer = asyncio.ensure_future(consume())
        await started.wait()
        await asyncio.sleep(0.01)  # the consumer now waits for the next progress
        consumer.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await consumer
        return [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]

    assert asyncio.run(go()) == []


def test_sessions_count_the_photos_the_video_shows_not_the_uploads() -> None:
    from nemochat import timeline as tl
    from nemochat.project import MediaItem, _photos_shown

    uploads = [MediaItem(i + 1, f"m{i}", f"p{i}.jpg", "image") for i in range(5)]
    draft = {
        "d": 6000,
        "t": [
            {
                "tt": 0,
                "sg": [
                    {"st": 0, "d": 3000, "m": {"src": "m0", "kind": "image", "name": "p0.jpg"}},
                    {"st": 3000, "d": 3000, "m": {"src": "m1", "kind": "video", "name": "v.mp4"}},
                    {"st": 6000, "d": 3000, "m": {"src": "m2", "kind": "image", "name": "p2.jpg"}},
                ],
            }
        ],
    }
    assert _photos_shown(tl.decode(draft), uploads) == 2  # four photos uploaded, two shown
    assert _photos_shown(None, uploads) == 5  # no video yet: the uploads
