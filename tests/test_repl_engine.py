"""The chat engine on the real stack: Project + NemoClient over loopback HTTP to the fake
server. Routing decides what reaches the agent; dropped files upload; GUI-speak offers act.
"""

from __future__ import annotations

import asyncio
import io
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from fakeserver import FakeNemo, typed_text

from nemochat import events as ev
from nemochat import i18n
from nemochat.chat.engine import ChatEngine, KeepInput, run_messages
from nemochat.ui.output import JsonPresenter


async def _with_project(fake: FakeNemo, fn: Any, tmp_path: Path | None = None) -> Any:
    from nemochat.api import NemoClient
    from nemochat.project import Project

    client = NemoClient(base_url=fake.url, web_url="http://127.0.0.1:9", poll_interval=(0.05, 0.2))
    try:
        project = Project(client, backend="cloud", key=fake.url, output_dir=tmp_path)
        return await fn(project)
    finally:
        await client.aclose()


def run_lines(fake: FakeNemo, lines: list[str], tmp_path: Path | None = None) -> list[ev.Event]:
    async def go(project: Any) -> list[ev.Event]:
        engine = ChatEngine(project)
        out: list[ev.Event] = []
        for line in lines:
            async for event in engine.handle(line):
                out.append(event)
        return out

    return asyncio.run(_with_project(fake, go, tmp_path))


def chat_bodies(fake: FakeNemo) -> list[str]:
    return [json.dumps(r.json, ensure_ascii=False) for r in fake.requests_to("chat")]


def kinds(events: list[ev.Event]) -> list[str]:
    return [e.type for e in events if not isinstance(e, ev.Heartbeat)]


def test_commands_never_reach_the_agent(fake: FakeNemo) -> None:
    events = run_lines(fake, ["积分", "what's the status?", "/credits", "upload"])
    assert sum(isinstance(e, ev.CreditsShown) for e in events) == 2
    assert any(isinstance(e, ev.TimelineShown) for e in events)
    assert any(isinstance(e, ev.Notice) and e.key == "chat.upload.how" for e in events)
    assert fake.requests_to("chat") == []


def test_edits_reach_the_agent_verbatim(fake: FakeNemo) -> None:
    events = run_lines(fake, ["don't export yet", "先别导出，把标题改大一点！"])
    bodies = chat_bodies(fake)
    assert len(bodies) == 2
    assert "don't export yet" in bodies[0] and "先别导出，把标题改大一点！" in bodies[1]
    assert not any(isinstance(e, ev.Exported) for e in events)
    assert "".join(e.text for e in events if isinstance(e, ev.Text)).startswith("Working on it")


def test_dropped_file_with_text_uploads_then_chats(fake: FakeNemo, tmp_path: Path) -> None:
    photo = tmp_path / "my beach.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    events = run_lines(fake, [f"'{photo}' 把背景换成白色"])
    order = kinds(events)
    assert order.index("uploaded") < order.index("text")
    assert [p.filename for r in fake.requests_to("upload") for p in r.parts] == ["my beach.png"]
    assert "把背景换成白色" in chat_bodies(fake)[0] and str(photo) not in chat_bodies(fake)[0]


def test_upload_command_takes_bare_names_in_the_working_folder(
    fake: FakeNemo, tmp_path: Path, monkeypatch: Any
) -> None:
    """``/upload a.png b.png`` from the folder the photos are in (found in the tmux check:
    it said "File not found: a.png b.png" as if they were one name)."""
    for name in ("a.png", "b c.png"):
        (tmp_path / name).write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    monkeypatch.chdir(tmp_path)
    events = run_lines(fake, ["/upload a.png b c.png"])
    assert not any(isinstance(e, ev.Error) for e in events)
    assert [p.filename for r in fake.requests_to("upload") for p in r.parts] == [
        "a.png",
        "b c.png",
    ]
    events = run_lines(fake, ["/upload a.png nope.png"])
    assert any(isinstance(e, ev.Error) and e.key == "chat.files.missing" for e in events)
    assert len(fake.requests_to("upload")) == 1  # nothing more was sent


def test_a_media_file_named_in_a_message_is_uploaded_and_the_message_kept(
    fake: FakeNemo, tmp_path: Path, monkeypatch: Any
) -> None:
    """ "配上 song.mp3" with song.mp3 in the working folder (found in the tmux review: "no
    music uploaded yet"): the file goes up first, then the message as typed; a name that is
    no file here, or not media, is only words."""
    (tmp_path / "song.mp3").write_bytes(b"ID3" + b"\0" * 64)
    (tmp_path / "notes.txt").write_text("x")
    monkeypatch.chdir(tmp_path)
    events = run_lines(fake, ["配上 song.mp3", "use notes.txt and other.mp3"])
    order = kinds(events)
    assert order.index("uploaded") < order.index("text")
    assert [p.filename for r in fake.requests_to("upload") for p in r.parts] == ["song.mp3"]
    bodies = chat_bodies(fake)
    assert "配上 song.mp3" in bodies[0] and "use notes.txt and other.mp3" in bodies[1]


def test_missing_file_keeps_input_and_sends_nothing(fake: FakeNemo, tmp_path: Path) -> None:
    line = f"{tmp_path}/nope.png make it brighter"
    events = run_lines(fake, [line])
    assert any(isinstance(e, ev.Error) and e.key == "chat.files.missing" for e in events)
    assert [e.text for e in events if isinstance(e, KeepInput)] == [line]
    assert fake.requests == []


def test_gui_speak_offers_act_after_the_turn(fake: FakeNemo) -> None:
    fake.script_chat(typed_text("Done! Open the timeline panel, then click the Export button.\n"))
    events = run_lines(fake, ["make it warm"])
    order = kinds(events)
    assert order.index("turn_end") < order.index("timeline")
    assert any(isinstance(e, ev.Notice) and e.key == "chat.offer.export" for e in events)
    assert not any(isinstance(e, ev.Exported) for e in events)  # offered, never done unasked


def test_lang_and_usage(fake: FakeNemo) -> None:
    events = run_lines(fake, ["/lang zh", "/use", "/lang klingon"])
    assert i18n.setting() == "zh"
    keys = [getattr(e, "key", None) for e in events]
    assert keys == ["chat.lang.set", "chat.usage.use", "chat.usage.lang"]


def test_run_messages_exit_code_and_json(fake: FakeNemo, tmp_path: Path) -> None:
    out = io.StringIO()

    async def go(project: Any) -> int:
        return await run_messages(
            project, [f"{tmp_path}/missing.png", "add a title"], JsonPresenter(out)
        )

    code = asyncio.run(_with_project(fake, go))
    assert code == 4  # bad input file; the second message was not run
    lines = [json.loads(x) for x in out.getvalue().splitlines()]
    assert lines[0]["type"] == "error" and lines[0]["key"] == "chat.files.missing"
    assert fake.requests_to("chat") == []


def test_export_routes_to_render_and_download(fake: FakeNemo, tmp_path: Path) -> None:
    events = run_lines(fake, ["add a title Hello", "please export the video"], tmp_path)
    exported = [e for e in events if isinstance(e, ev.Exported)]
    assert len(exported) == 1 and exported[0].path.read_bytes() == fake.output_bytes
    assert len(fake.requests_to("chat")) == 1


def test_sessions_new_and_use(fake: FakeNemo) -> None:
    events = run_lines(fake, ["add a title", "/new", "/sessions"])
    changed = [e for e in events if isinstance(e, ev.SessionChanged)]
    assert [c.reason for c in changed] == ["created", "new"]
    first, second = changed[0].session_id, changed[1].session_id
    listing = [e for e in events if isinstance(e, ev.SessionList)][-1]
    assert {s.session_id for s in listing.sessions} >= {first, second}
    assert listing.current == second
    back = run_lines(fake, [f"/use {first}"])
    assert any(isinstance(e, ev.SessionChanged) and e.session_id == first for e in back)


def test_toolbar_credits_fetched_quietly_and_refreshed_after_export(
    fake: FakeNemo, tmp_path: Path
) -> None:
    from nemochat.ui.repl import toolbar_text

    async def go(project: Any) -> tuple[str, str, list[ev.Event]]:
        engine = ChatEngine(project)
        engine.track_credits = True
        repaints: list[int] = []
        engine.on_change = lambda: repaints.append(1)
        assert "credits ?" in toolbar_text(engine.state, lang="en")
        engine.refresh_credits_soon()
        await asyncio.gather(*engine._background)
        before = toolbar_text(engine.state, lang="en")
        fake.credits = {"available": 90.0, "frozen": 0.0}
        events = [e async for e in engine.handle("add a title Hello")]
        events += [e async for e in engine.handle("/export")]
        await asyncio.gather(*engine._background)
        await engine.close()
        assert repaints
        return before, toolbar_text(engine.state, lang="en"), events

    before, after, events = asyncio.run(_with_project(fake, go, tmp_path))
    assert "credits 100" in before
    assert any(isinstance(e, ev.Exported) for e in events)
    assert "credits 90" in after
    # quiet: the background fetch never shows a CreditsShown in the chat
    assert not any(isinstance(e, ev.CreditsShown) for e in events)


def test_toolbar_shows_unlimited_with_the_local_engine() -> None:
    """The local engine answers the balance with the "unlimited" shape."""
    from nemochat import config
    from nemochat.api import NemoClient
    from nemochat.engine import embedded
    from nemochat.project import Project
    from nemochat.ui.repl import toolbar_text

    engine_server = embedded.start(config.home())
    try:
        assert engine_server.wait_ready(20)

        async def go() -> ChatEngine:
            client = NemoClient(base_url=engine_server.url, web_url="http://127.0.0.1:9")
            try:
                # backend "cloud" on purpose: the shape alone says "unlimited"
                engine = ChatEngine(Project(client, backend="cloud", key=engine_server.url))
                await engine.refresh_credits()
                return engine
            finally:
                await client.aclose()

        engine = asyncio.run(go())
    finally:
        engine_server.stop()
    assert "credits unlimited" in toolbar_text(engine.state, lang="en")
    assert "积分 不限" in toolbar_text(engine.state, lang="zh")


def test_undo_and_redo_are_commands_too(fake: FakeNemo) -> None:
    """``/undo`` said "Unknown command" while typing undo worked (found in the tmux review):
    both ask the agent to step back, /撤销 too."""
    events = run_lines(fake, ["/undo", "/重做"])
    assert not any(isinstance(e, ev.Error) for e in events)
    assert "undo" in chat_bodies(fake)[0]
    from nemochat import i18n

    i18n.set_language("zh")
    try:  # in a Chinese chat the agent is asked in Chinese, so it answers in Chinese
        run_lines(fake, ["/undo"])
    finally:
        i18n.set_language("auto")
    assert "撤销" in chat_bodies(fake)[-1]
