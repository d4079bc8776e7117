"""Chat turns over /run_sse: typed events, heartbeats, end of turn, saving, undo/redo, errors.

The real agent (nemochat.engine.agent) answers unless a test scripts a slow or failing one
through the ``agent_fn`` option (a scriptable fault, like the fake cloud's)."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from test_engine_support import Api, err, jpeg, running

from nemochat import config
from nemochat.engine.agent import AgentTurn
from nemochat.engine.draft import validate


@pytest.fixture
def home() -> Path:
    return config.home()


def with_photos(api: Api, n: int = 2, language: str = "en") -> tuple[str, list[str]]:
    sid = api.new_session(language)
    colors = ["red", "blue", "green", "white"]
    files = api.upload(sid, *[(f"p{i}.jpg", jpeg(64, 48, colors[i % 4])) for i in range(n)])
    assert files.status_code == 200, files.text
    return sid, [f["id"] for f in files.json()["data"]["files"]]


def test_turn_streams_typed_events_and_saves_the_draft(home: Path) -> None:
    with running(home) as api:
        sid, ids = with_photos(api)
        r, events = api.chat(sid, "make a video from my photos")
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/event-stream")
        kinds = [e["type"] for e in events]
        assert "text" in kinds and set(kinds) <= {"text", "tool_call", "tool_result", "heartbeat"}
        assert all(isinstance(e.get("content"), str) for e in events if e["type"] == "text")
        draft = api.state(sid).json()["data"]["state"]["draft"]
        assert validate(draft, media_ids=set(ids)) == []
        srcs = {s["m"]["src"] for t in draft["t"] if t["tt"] == 0 for s in t["sg"]}
        assert srcs == set(ids)
        canvas = api.state(sid).json()["data"]["state"]["canvas_config"]
        assert (canvas["width"], canvas["height"]) == (draft["m"]["width"], draft["m"]["height"])
        tasks = api.get("/api/tasks/me").json()["data"]["tasks"]
        assert tasks[0]["has_draft"] is True


def test_real_user_id_accepted_others_refused(home: Path) -> None:
    with running(home) as api:
        sid, _ = with_photos(api, 1)
        r, events = api.chat(sid, "hello", user=api.user_id)
        assert r.status_code == 200 and events
        r, _ = api.chat(sid, "hello", user="anon_someone_else")
        assert err(r)[:2] == (404, 1002)
        r, _ = api.chat("12345", "hello")
        assert err(r)[:2] == (404, 1002)


def test_undo_redo_move_the_pointer_and_survive_restart(home: Path) -> None:
    with running(home) as api:
        sid, _ = with_photos(api, 3)
        api.chat(sid, "make a video")
        first = api.state(sid).json()["data"]["state"]["draft"]
        api.chat(sid, 'add the title "Summer"')
        second = api.state(sid).json()["data"]["state"]["draft"]
        assert second != first
        _r, events = api.chat(sid, "undo")
        assert any(e["type"] == "text" for e in events)
        assert api.state(sid).json()["data"]["state"]["draft"] == first
        token = api.token
    with running(home, login=False) as api:
        api.token = token
        assert api.state(sid).json()["data"]["state"]["draft"] == first
        api.chat(sid, "redo")
        assert api.state(sid).json()["data"]["state"]["draft"] == second
        api.chat(sid, "undo")
        api.chat(sid, "undo")  # back to before the first edit: no draft at all
        assert "draft" not in api.state(sid).json()["data"]["state"]
        api.chat(sid, "redo")
        assert api.state(sid).json()["data"]["state"]["draft"] == first


# ── scripted agents (slow, failing, wrong) ──────────────────────────────────────
def slow_agent(seconds: float, draft: dict[str, Any] | None = None):
    def respond(text: str, **kw: Any) -> AgentTurn:
        time.sleep(seconds)
        return AgentTurn(events=[{"type": "text", "content": f"done: {text}"}], draft=draft, ops=[])

    return respond


def test_heartbeats_while_the_agent_works(home: Path) -> None:
    with running(home, agent_fn=slow_agent(1.2), heartbeat_interval=0.2) as api:
        sid, _ = with_photos(api, 1)
        _r, events = api.chat(sid, "think hard")
        kinds = [e["type"] for e in events]
        assert kinds.count("heartbeat") >= 3
        assert kinds[-1] == "text" and events[-1]["content"] == "done: think hard"


def test_agent_failure_is_an_error_event_and_changes_nothing(home: Path) -> None:
    def broken(text: str, **kw: Any) -> AgentTurn:
        raise RuntimeError("boom")

    with running(home, agent_fn=broken) as api:
        sid, _ = with_photos(api, 1)
        r, events = api.chat(sid, "make a video")
        assert r.status_code == 200
        assert events[-1]["type"] == "error" and "boom" in events[-1]["error"]
        assert "draft" not in api.state(sid).json()["data"]["state"]


def test_invalid_draft_from_the_agent_is_not_saved(home: Path) -> None:
    bad = {
        "v": 1,
        "d": 1000,
        "m": {},
        "t": [{"tt": 0, "sg": [{"st": 0, "d": 1000, "m": {"src": "/etc/passwd"}}]}],
    }
    with running(home, agent_fn=slow_agent(0, bad)) as api:
        sid, _ = with_photos(api, 1)
        _r, events = api.chat(sid, "do it")
        assert events[-1]["type"] == "error"
        assert "draft" not in api.state(sid).json()["data"]["state"]


def test_turn_is_saved_even_if_the_client_leaves(home: Path) -> None:
    from nemochat.engine.draft import new_draft

    draft = new_draft()
    with running(home, agent_fn=slow_agent(0.8, draft), heartbeat_interval=0.1) as api:
        sid, _ = with_photos(api, 1)
        body = {"user_id": "me", "session_id": sid, "new_message": {"parts": [{"text": "go"}]}}
        with api.http.stream("POST", "/run_sse", json=body, headers=api.auth) as r:
            for line in r.iter_lines():
                if line.startswith("data:"):
                    assert json.loads(line[5:])["type"] == "heartbeat"
                    break  # hang up mid-turn
        deadline = time.monotonic() + 10
        while "draft" not in api.state(sid).json()["data"]["state"]:
            assert time.monotonic() < deadline, "the turn was lost"
            time.sleep(0.05)
        assert api.state(sid).json()["data"]["state"]["draft"] == draft


def test_turns_in_one_session_run_one_at_a_time(home: Path) -> None:
    active = []
    overlap = []

    def respond(text: str, **kw: Any) -> AgentTurn:
        active.append(text)
        if len(active) > 1:
            overlap.append(text)
        time.sleep(0.2)
        active.remove(text)
        return AgentTurn(events=[{"type": "text", "content": text}], draft=None, ops=[])

    with running(home, agent_fn=respond) as api:
        sid, _ = with_photos(api, 1)
        results: list[list[dict]] = []
        threads = [
            threading.Thread(target=lambda i=i: results.append(api.chat(sid, f"m{i}")[1]))
            for i in range(3)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(10)
        assert len(results) == 3 and overlap == []


def test_chinese_session_gets_chinese_reply(home: Path) -> None:
    with running(home) as api:
        sid, _ = with_photos(api, 2, language="zh-CN")
        _, events = api.chat(sid, "用这些照片做一个视频")
        text = "".join(e["content"] for e in events if e["type"] == "text")
        assert any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_a_turn_past_its_deadline_is_abandoned_unsaved(home: Path) -> None:
    from nemochat.engine.draft import new_draft

    agent = slow_agent(0.8, new_draft())
    with running(home, agent_fn=agent, heartbeat_interval=0.05, turn_timeout=0.3) as api:
        sid, _ = with_photos(api, 1)
        _, events = api.chat(sid, "slow")
        assert events[-1]["type"] == "error" and "did not finish" in events[-1]["error"]
        time.sleep(1.0)  # the agent finishes late: its draft must not be saved
        assert "draft" not in api.state(sid).json()["data"]["state"]
