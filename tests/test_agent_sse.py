"""End to end: the agent behind the real engine over HTTP on 127.0.0.1 (/run_sse and state)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_engine_support import Api, jpeg, running, wav

from nemochat import config


@pytest.fixture
def api():  # type: ignore[no-untyped-def]
    home: Path = config.home()
    with running(home) as a:
        yield a


def _draft(api: Api, sid: str) -> dict | None:
    state = api.state(sid).json()["data"]["state"]
    return state.get("draft")


def _upload(api: Api, sid: str) -> None:
    r = api.upload(
        sid,
        ("beach.jpg", jpeg(80, 60, "blue")),
        ("city.jpg", jpeg(80, 60, "gray")),
        ("sunset.jpg", jpeg(80, 60, "orange")),
        ("song.wav", wav(1.0)),
    )
    assert r.status_code == 200, r.text


def test_english_turn_streams_typed_events_and_saves_the_draft(api: Api) -> None:
    sid = api.new_session("en")
    _upload(api, sid)
    r, events = api.chat(
        sid, "turn these photos into a 9:16 video, 10 seconds, and add the title 'Tokyo'"
    )
    assert r.status_code == 200
    calls = [e["name"] for e in events if e.get("type") == "tool_call"]
    results = [e for e in events if e.get("type") == "tool_result"]
    assert calls == ["create_video", "set_format", "set_duration", "add_text"]
    assert all(e["result"]["ok"] for e in results)
    text = "".join(e["content"] for e in events if e.get("type") == "text")
    assert "3 photos" in text and "9:16" in text and "Tokyo" in text and "Next you could" in text
    draft = _draft(api, sid)
    assert draft is not None
    assert draft["m"]["aspect"] == "9:16" and (draft["m"]["width"], draft["m"]["height"]) == (
        1080,
        1920,
    )
    assert draft["d"] == 10000
    video = next(t for t in draft["t"] if t["tt"] == 0)["sg"]
    assert [s["m"]["name"] for s in video] == ["beach.jpg", "city.jpg", "sunset.jpg"]
    title = next(t for t in draft["t"] if t["tt"] == 7)["sg"][0]
    assert title["m"]["text"] == "Tokyo" and title["st"] == 0 and title["d"] == 3000


def test_chinese_turns_and_undo_redo_through_the_store(api: Api) -> None:
    sid = api.new_session("zh-CN")
    _upload(api, sid)
    _, events = api.chat(sid, "把这些照片做成10秒的竖屏视频")
    assert "视频" in "".join(e.get("content", "") for e in events if e.get("type") == "text")
    first = _draft(api, sid)
    assert first is not None and first["m"]["aspect"] == "9:16"

    _, events = api.chat(sid, "用song.wav做背景音乐，音量百分之三十五")
    music = next(t for t in _draft(api, sid)["t"] if t["tt"] == 1)["sg"]  # type: ignore[index]
    assert music[0]["m"]["volume"] == 0.35 and music[0]["d"] == 10000

    _, events = api.chat(sid, "撤销")
    assert "已撤销" in "".join(e.get("content", "") for e in events if e.get("type") == "text")
    assert _draft(api, sid) == first

    _, events = api.chat(sid, "重做")
    assert "已重做" in "".join(e.get("content", "") for e in events if e.get("type") == "text")
    assert next(t for t in _draft(api, sid)["t"] if t["tt"] == 1)["sg"]  # type: ignore[index]


def test_out_of_scope_request_changes_nothing_and_says_so(api: Api) -> None:
    sid = api.new_session("en")
    _upload(api, sid)
    api.chat(sid, "make a video")
    before = _draft(api, sid)
    _, events = api.chat(sid, "add a voiceover")
    assert not [e for e in events if e.get("type") == "tool_call"]
    assert "voice-over" in "".join(e.get("content", "") for e in events if e.get("type") == "text")
    assert _draft(api, sid) == before


def test_no_uploads_tells_how_to_add_them(api: Api) -> None:
    sid = api.new_session("en")
    _, events = api.chat(sid, "turn these photos into a 15-second video")
    text = "".join(e.get("content", "") for e in events if e.get("type") == "text")
    assert "/upload" in text
    assert _draft(api, sid) is None


def _text(events: list[dict]) -> str:
    return "".join(e.get("content", "") for e in events if e.get("type") == "text")


def test_multi_turn_context_through_the_engine(api: Api) -> None:
    """Questions, an undo chain, putting deleted photos back and a follow-up, over HTTP."""
    sid = api.new_session("en")
    _upload(api, sid)
    api.chat(sid, "make a 12 second video")
    made = _draft(api, sid)
    assert made is not None and made["d"] == 12000

    _, events = api.chat(sid, "is it vertical?")
    assert "No — it's 16:9" in _text(events) and _draft(api, sid) == made
    assert not [e for e in events if e.get("type") == "tool_call"]

    api.chat(sid, "make it 9:16")
    api.chat(sid, "add the title 'Tokyo'")
    _, events = api.chat(sid, "undo")
    assert "“Tokyo”" in _text(events)
    _, events = api.chat(sid, "undo that too")
    assert "9:16 → 16:9" in _text(events)
    assert _draft(api, sid) == made

    api.chat(sid, "remove photos 2 and 3")
    video = next(t for t in _draft(api, sid)["t"] if t["tt"] == 0)["sg"]  # type: ignore[index]
    assert [s["m"]["name"] for s in video] == ["beach.jpg"]
    _, events = api.chat(sid, "put back the two photos I deleted")
    assert "city.jpg" in _text(events) and "sunset.jpg" in _text(events)
    video = next(t for t in _draft(api, sid)["t"] if t["tt"] == 0)["sg"]  # type: ignore[index]
    assert [s["m"]["name"] for s in video] == ["beach.jpg", "city.jpg", "sunset.jpg"]

    api.chat(sid, "zoom in on the first photo")
    _, events = api.chat(sid, "the same for the others")
    video = next(t for t in _draft(api, sid)["t"] if t["tt"] == 0)["sg"]  # type: ignore[index]
    assert [s["m"]["motion"] for s in video] == ["zoom_in"] * 3

    api.chat(sid, "no music")
    _, events = api.chat(sid, "bring the music back at half volume")
    music = next(t for t in _draft(api, sid)["t"] if t["tt"] == 1)["sg"]  # type: ignore[index]
    assert music and music[0]["m"]["volume"] == 0.5 and "50%" in _text(events)


def test_a_turn_that_changed_nothing_keeps_its_context_without_a_history_step(
    api: Api,
) -> None:
    """ "use crossfades" when they already are changes nothing, yet "make them 1 second"
    right after means the transitions; undo still steps over real edits only."""
    sid = api.new_session("en")
    _upload(api, sid)
    api.chat(sid, "make a 12 second video")
    made = _draft(api, sid)
    _, events = api.chat(sid, "use crossfades between the photos")
    assert "already" in _text(events).lower()
    kept = _draft(api, sid)
    assert kept is not None and kept["m"]["agent"]["last"][0]["op"] == "set_transition"
    assert {k: v for k, v in kept["m"].items() if k != "agent"} == {
        k: v
        for k, v in made["m"].items()
        if k != "agent"  # type: ignore[union-attr]
    }
    _, events = api.chat(sid, "make them 1 second")
    calls = [e for e in events if e.get("type") == "tool_call"]
    assert [c["name"] for c in calls] == ["set_transition"] and calls[0]["args"]["d_ms"] == 1000
    assert _draft(api, sid)["d"] == 12000  # type: ignore[index]
    _, events = api.chat(sid, "undo")
    assert _draft(api, sid)["t"] == made["t"]  # type: ignore[index]
    _, events = api.chat(sid, "undo")  # one more: back to before the video, not a no-op step
    assert _draft(api, sid) is None


def test_the_answer_to_which_photo_does_what_was_asked(api: Api) -> None:
    """ "put the cat pic first" asks which photo (the agent cannot see them) and changes
    nothing; the answer "3" next turn moves that photo — the question was kept in the draft."""
    sid = api.new_session("en")
    _upload(api, sid)
    api.chat(sid, "make a video")
    made = _draft(api, sid)
    _, events = api.chat(sid, "put the cat pic first")
    assert "1 beach.jpg, 2 city.jpg, 3 sunset.jpg" in _text(events)
    assert _draft(api, sid)["t"] == made["t"]  # type: ignore[index]
    _, events = api.chat(sid, "3")
    calls = [e for e in events if e.get("type") == "tool_call"]
    assert [c["name"] for c in calls] == ["move_clip"] and calls[0]["args"] == {"clip": 2, "to": 0}
    names = [c["m"]["name"] for c in _draft(api, sid)["t"][0]["sg"]]  # type: ignore[index]
    assert names == ["sunset.jpg", "beach.jpg", "city.jpg"]
    _, events = api.chat(sid, "3")  # answered: a bare number again is not a move
    assert _draft(api, sid)["t"][0]["sg"][0]["m"]["name"] == "sunset.jpg"  # type: ignore[index]


def test_chinese_questions_and_revert_through_the_engine(api: Api) -> None:
    sid = api.new_session("zh-CN")
    _upload(api, sid)
    api.chat(sid, "把这几张做成视频")
    made = _draft(api, sid)
    assert made is not None
    _, events = api.chat(sid, "是竖屏吗？")
    assert "不是" in _text(events) and _draft(api, sid) == made
    _, events = api.chat(sid, "有几张照片")
    assert "3 张照片" in _text(events)
    api.chat(sid, "改成竖屏")
    _, events = api.chat(sid, "改回来")
    assert "已撤销" in _text(events) and _draft(api, sid) == made
