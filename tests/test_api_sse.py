"""Agent turns over /run_sse: both event forms, heartbeats, stalls, deadlines, no re-send."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from api_helpers import Recorder, collect, run
from fakeserver import (
    DROP,
    EMPTY_DATA,
    HEARTBEAT,
    FakeNemo,
    Pause,
    adk_call,
    adk_error,
    adk_response,
    adk_text,
    running,
    typed_heartbeat,
    typed_text,
    typed_tool_call,
    typed_tool_result,
)

from nemochat.api import (
    Heartbeat,
    NetworkError,
    StreamError,
    StreamStalled,
    TextChunk,
    ToolCall,
    ToolResult,
    TurnTimeout,
)


def text_of(events: list) -> str:
    return "".join(e.text for e in events if isinstance(e, TextChunk))


@pytest.fixture
def fake_nemo(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeNemo]:
    with running(monkeypatch) as server:
        yield server


def test_typed_turn_and_request_shape(fake_nemo: FakeNemo) -> None:
    sid = fake_nemo.new_session()
    events = run(fake_nemo, lambda c: collect(c, sid, "add a title 你好"))
    assert text_of(events) == "Working on it: add a title 你好"
    assert ToolCall("edit_multitrack", {"action": "add_title"}) in events
    assert ToolResult("edit_multitrack", {"ok": True}) in events
    req = fake_nemo.requests_to("chat")[0]
    assert req.json == {
        "app_name": "nemo_agent",
        "user_id": "me",
        "session_id": sid,
        "new_message": {"parts": [{"text": "add a title 你好"}]},
    }
    assert req.headers["accept"] == "text/event-stream"
    assert req.headers["content-type"] == "application/json"
    assert req.headers["authorization"].startswith("Bearer ")
    assert req.headers["x-skill-source"] == "nemochat"


def test_adk_partial_then_full_repeat_is_shown_once(fake_nemo: FakeNemo) -> None:
    sid = fake_nemo.new_session()
    fake_nemo.script_chat(
        adk_text("Hel", partial=True),
        adk_text("lo wor", partial=True),
        adk_text("ld", partial=True),
        adk_text("Hello world"),
        adk_call("edit_multitrack", {"op": "zoom"}),
        adk_response("edit_multitrack", {"status": "ok"}),
        {"actions": {"stateDelta": {"x": 1}}, "author": "nemo_agent"},  # actions-only copy
        {"content": {"parts": [{"text": "thinking…", "thought": True}]}},
        adk_text("Done."),
    )
    events = run(fake_nemo, lambda c: collect(c, sid, "zoom"))
    assert text_of(events) == "Hello worldDone."
    assert [type(e).__name__ for e in events] == [
        "TextChunk",
        "TextChunk",
        "TextChunk",
        "ToolCall",
        "ToolResult",
        "TextChunk",
    ]
    assert events[3] == ToolCall("edit_multitrack", {"op": "zoom"})
    assert events[4] == ToolResult("edit_multitrack", {"status": "ok"})


def test_adk_non_streaming_events_all_shown(fake_nemo: FakeNemo) -> None:
    sid = fake_nemo.new_session()
    fake_nemo.script_chat(adk_text("One. "), adk_text("Two."))
    assert text_of(run(fake_nemo, lambda c: collect(c, sid, "x"))) == "One. Two."


def test_heartbeats_only_then_close(fake_nemo: FakeNemo) -> None:
    sid = fake_nemo.new_session()
    fake_nemo.script_chat(HEARTBEAT, EMPTY_DATA, typed_heartbeat(), "data: not json\n\n")
    events = run(fake_nemo, lambda c: collect(c, sid, "x"))
    assert events == [Heartbeat(), Heartbeat(), Heartbeat(), Heartbeat()]


def test_stream_that_closes_without_text(fake_nemo: FakeNemo) -> None:
    sid = fake_nemo.new_session()
    fake_nemo.script_chat(typed_tool_call("edit_multitrack"), typed_tool_result("edit_multitrack"))
    events = run(fake_nemo, lambda c: collect(c, sid, "x"))
    assert [type(e) for e in events] == [ToolCall, ToolResult]
    fake_nemo.script_chat()
    assert run(fake_nemo, lambda c: collect(c, sid, "x")) == []


def test_line_separator_inside_json_is_not_a_newline(fake_nemo: FakeNemo) -> None:
    sid = fake_nemo.new_session()
    fake_nemo.script_chat(
        typed_text("a\u2028b"), 'data: {"type":"text",\r\ndata: "content":"c"}\r\n\r\n'
    )
    assert text_of(run(fake_nemo, lambda c: collect(c, sid, "x"))) == "a\u2028bc"


@pytest.mark.parametrize(
    "event",
    [
        adk_error("model exploded"),
        {"errorCode": "X", "errorMessage": "model exploded"},
        {"type": "error", "message": "model exploded"},
    ],
)
def test_error_event_raises_stream_error(fake_nemo: FakeNemo, event: dict) -> None:
    sid = fake_nemo.new_session()
    fake_nemo.script_chat(typed_text("partial "), event)
    seen: list = []

    async def body(c):
        async for ev in c.chat(sid, "x"):
            seen.append(ev)

    with pytest.raises(StreamError) as info:
        run(fake_nemo, body)
    assert "model exploded" in str(info.value)
    assert seen == [TextChunk("partial ")]


def test_drop_mid_reply_is_network_error_and_not_resent(fake_nemo: FakeNemo) -> None:
    sid = fake_nemo.new_session()
    fake_nemo.script_chat(typed_text("Hal"), DROP)
    with pytest.raises(NetworkError):
        run(fake_nemo, lambda c: collect(c, sid, "x"))
    assert len(fake_nemo.requests_to("chat")) == 1


def test_silence_beyond_idle_limit_is_stalled(fake_nemo: FakeNemo) -> None:
    sid = fake_nemo.new_session()
    fake_nemo.script_chat(typed_text("a"), Pause(5), typed_text("b"))
    with pytest.raises(StreamStalled):
        run(fake_nemo, lambda c: collect(c, sid, "x"), idle_limit=0.4)
    assert len(fake_nemo.requests_to("chat")) == 1


def test_heartbeats_keep_stream_alive_until_deadline(fake_nemo: FakeNemo) -> None:
    sid = fake_nemo.new_session()
    fake_nemo.script_chat(*[s for _ in range(20) for s in (HEARTBEAT, Pause(0.1))])
    with pytest.raises(TurnTimeout):
        run(fake_nemo, lambda c: collect(c, sid, "x"), idle_limit=0.5, turn_deadline=0.8)
    assert len(fake_nemo.requests_to("chat")) == 1


def test_comment_heartbeats_reset_the_idle_timer(fake_nemo: FakeNemo) -> None:
    sid = fake_nemo.new_session()
    fake_nemo.script_chat(
        *[s for _ in range(6) for s in (HEARTBEAT, Pause(0.15))], typed_text("ok")
    )
    events = run(fake_nemo, lambda c: collect(c, sid, "x"), idle_limit=0.5)
    assert text_of(events) == "ok" and events.count(Heartbeat()) == 6


def test_refused_before_stream_is_replayed_after_recovery(fake_nemo: FakeNemo) -> None:
    sid = fake_nemo.new_session()
    run(fake_nemo, lambda c: c.credits())
    fake_nemo.expire_tokens()
    fake_nemo.fail("chat", status=429, retry_after="1")
    rec = Recorder()
    events = run(fake_nemo, lambda c: collect(c, sid, "hi"), rec)
    assert text_of(events) == "Working on it: hi"
    assert len(fake_nemo.requests_to("chat")) == 3  # 429, 401, accepted


def test_chat_session_gone_renews_with_callback(fake_nemo: FakeNemo) -> None:
    rec = Recorder()
    events = run(
        fake_nemo,
        lambda c: collect(c, "vanished", "hi"),
        rec,
        on_session_replaced=lambda o, n: rec.replaced.append((o, n)),
    )
    assert text_of(events) == "Working on it: hi"
    new = rec.replaced[0][1]
    assert [r.json["session_id"] for r in fake_nemo.requests_to("chat")] == ["vanished", new]


def test_http_error_before_stream_is_typed(fake_nemo: FakeNemo) -> None:
    sid = fake_nemo.new_session()
    fake_nemo.fail("chat", status=503, html=True)
    from nemochat.api import ServerError

    with pytest.raises(ServerError):
        run(fake_nemo, lambda c: collect(c, sid, "x"))
    assert len(fake_nemo.requests_to("chat")) == 1
