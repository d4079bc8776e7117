"""Contract tests for the engine's HTTP API: auth, sessions, credits, state, errors, isolation,
restart. Real HTTP on 127.0.0.1 against the real app (uvicorn in a thread)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from test_engine_support import Api, err, jpeg, running

from nemochat import config


@pytest.fixture
def home() -> Path:
    return config.home()


@pytest.fixture
def api(home: Path):
    with running(home) as a:
        yield a


# ── auth ────────────────────────────────────────────────────────────────────────
def test_anonymous_token_shape(api: Api) -> None:
    r = api.http.post("/api/auth/anonymous-token", headers={"X-Client-Id": "cli-1"})
    assert r.status_code == 200
    body = r.json()
    assert body["code"] == 0
    data = body["data"]
    assert data["token"].startswith("nmv_usr_") and len(data["token"]) >= 40
    assert data["user_id"].startswith("anon_")
    assert data["expires_at"].endswith("Z")
    assert data["credits"] > 0
    # same client id → same user, new token; other client id → other user
    again = api.http.post("/api/auth/anonymous-token", headers={"X-Client-Id": "cli-1"}).json()
    other = api.http.post("/api/auth/anonymous-token", headers={"X-Client-Id": "cli-2"}).json()
    assert again["data"]["user_id"] == data["user_id"] and again["data"]["token"] != data["token"]
    assert other["data"]["user_id"] != data["user_id"]


@pytest.mark.parametrize("client_id", [None, "", "x" * 65])
def test_anonymous_token_needs_client_id(api: Api, client_id: str | None) -> None:
    headers = {} if client_id is None else {"X-Client-Id": client_id}
    r = api.http.post("/api/auth/anonymous-token", headers=headers)
    status, code, message = err(r)
    assert (status, code) == (400, 400)
    assert "X-Client-Id" in message


ENDPOINTS = [
    ("POST", "/api/tasks/me/with-session/nemo_agent"),
    ("GET", "/api/tasks/me"),
    ("POST", "/run_sse"),
    ("POST", "/api/upload-video/nemo_agent/me/123"),
    ("GET", "/api/credits/balance/simple"),
    ("GET", "/api/state/nemo_agent/me/123/latest"),
    ("POST", "/api/render/proxy/lambda"),
    ("GET", "/api/render/proxy/lambda/render_1"),
    ("POST", "/api/render/proxy/lambda/render_1/cancel"),
    ("GET", "/api/render/proxy/render_1/download"),
]


BAD_AUTH = [None, "Bearer nmv_usr_not-a-real-token", "Basic abc", "Bearer", "nmv_usr_x"]


def test_every_endpoint_needs_a_valid_token(api: Api) -> None:
    for method, path in ENDPOINTS:
        for auth in BAD_AUTH:
            headers = {} if auth is None else {"Authorization": auth}
            r = api.http.request(method, path, headers=headers, json={})
            status, code, message = err(r)
            assert (status, code) == (401, 1001), (method, path, auth)
            assert message
            assert "not-a-real-token" not in r.text  # the token is never echoed


def test_expired_token_is_1001(home: Path) -> None:
    with running(home, token_ttl=-1) as api:
        r = api.get("/api/credits/balance/simple")
        status, code, message = err(r)
        assert (status, code) == (401, 1001)
        assert "expired" in message


def test_tokens_are_stored_only_as_digests(api: Api, home: Path) -> None:
    raw = b"".join(p.read_bytes() for p in (home / "engine").glob("engine.db*"))
    assert api.token.encode() not in raw
    assert oct((home / "engine" / "engine.db").stat().st_mode & 0o777) == "0o600"


# ── sessions, credits, state ────────────────────────────────────────────────────
def test_create_session_and_list(api: Api) -> None:
    r = api.post(
        "/api/tasks/me/with-session/nemo_agent", json={"task_name": "Trip", "language": "zh-CN"}
    )
    data = r.json()["data"]
    assert r.json()["code"] == 0
    assert data["session_id"].isdigit() and data["task_id"].startswith("task_")
    assert data["user_id"] == api.user_id
    # language is optional, and so is the whole body
    r2 = api.post("/api/tasks/me/with-session/nemo_agent", json={"task_name": "x"})
    r3 = api.post("/api/tasks/me/with-session/nemo_agent")
    assert r2.status_code == r3.status_code == 200
    listed = api.get("/api/tasks/me").json()["data"]
    assert listed["count"] == 3
    first = next(t for t in listed["tasks"] if t["session_id"] == data["session_id"])
    assert first["task_name"] == "Trip" and first["language"] == "zh-CN"
    assert set(first) >= {"task_id", "session_id", "task_name", "created_at", "updated_at"}


def test_credits_shape(api: Api) -> None:
    body = api.get("/api/credits/balance/simple").json()
    assert body["code"] == 0
    data = body["data"]
    assert data["total"] == data["available"] + data["frozen"]
    assert data["unlimited"] is True


def test_state_of_new_session(api: Api) -> None:
    sid = api.new_session()
    body = api.state(sid).json()
    assert body["code"] == 0
    data = body["data"]
    assert data["session_id"] == sid and data["task_id"].startswith("task_")
    assert data["task_name"] == "project"
    state = data["state"]
    assert "draft" not in state
    assert state["video_infos"] == [] and state["generated_media"] == []
    assert set(state["canvas_config"]) == {"width", "height", "aspect_ratio", "fps"}
    # the real user id works in the path like "me"
    assert api.state(sid, user=api.user_id).status_code == 200


def test_unknown_session_is_1002(api: Api) -> None:
    status, code, message = err(api.state("999"))
    assert (status, code) == (404, 1002)
    assert "999" in message


# ── malformed requests ──────────────────────────────────────────────────────────
JSON_PATHS = ["/api/tasks/me/with-session/nemo_agent", "/run_sse", "/api/render/proxy/lambda"]
BAD_BODIES = [b"{not json", b"[1, 2]", b'"text"', b"\xff\xfe", b"", b"null"]


def test_malformed_json_is_400_in_the_envelope(api: Api) -> None:
    for path in JSON_PATHS:
        for body in BAD_BODIES:
            if path.startswith("/api/tasks") and body == b"":
                continue  # the create-session body is optional
            r = api.post(path, content=body, headers={"Content-Type": "application/json"})
            status, code, message = err(r)
            assert (status, code) == (400, 400), (path, body)
            assert message
            assert "Traceback" not in r.text


def test_bad_field_types_are_400(api: Api) -> None:
    r = api.post("/api/tasks/me/with-session/nemo_agent", json={"task_name": {"a": 1}})
    assert err(r)[:2] == (400, 400)
    sid = api.new_session()
    r = api.post("/run_sse", json={"session_id": sid, "new_message": {"parts": "nope"}})
    assert err(r)[:2] == (400, 400)
    r = api.post("/run_sse", json={"session_id": sid, "new_message": {"parts": [{"text": "  "}]}})
    assert err(r)[:2] == (400, 400)
    r = api.post(f"/api/upload-video/nemo_agent/me/{sid}", json={"urls": "http://x"})
    assert err(r)[:2] == (400, 400)


def test_unknown_route_and_method(api: Api) -> None:
    status, code, _ = err(api.get("/api/nothing"))
    assert (status, code) == (404, 404)
    status, code, _ = err(api.get("/api/tasks/me/with-session/nemo_agent"))
    assert (status, code) == (405, 405)


def test_messages_follow_accept_language_then_the_session(api: Api) -> None:
    r = api.get("/api/state/nemo_agent/me/42/latest", headers={"Accept-Language": "zh-CN"})
    assert "未找到会话" in err(r)[2]
    sid = api.new_session("zh-CN")
    r = api.upload(sid, ("坏.jpg", b"not an image, only words here"))
    assert "不是支持的文件类型" in err(r)[2]
    r = api.upload(sid, ("bad.jpg", b"not an image"), headers={"Accept-Language": "en"})
    assert "not a supported" in err(r)[2]


# ── isolation between users ─────────────────────────────────────────────────────
def test_users_cannot_see_each_others_sessions(api: Api) -> None:
    sid = api.new_session()
    up = api.upload(sid, ("a.jpg", jpeg()))
    assert up.status_code == 200
    bob = api.other("client-B")
    try:
        assert err(bob.state(sid))[:2] == (404, 1002)
        assert err(bob.state(sid, user=api.user_id))[:2] == (404, 1002)
        assert err(bob.upload(sid, ("b.jpg", jpeg())))[:2] == (404, 1002)
        r, _ = bob.chat(sid, "make a video")
        assert err(r)[:2] == (404, 1002)
        assert bob.get("/api/tasks/me").json()["data"]["tasks"] == []
        r = bob.render(sid, {"t": []}, "render_bob")
        assert err(r)[:2] == (404, 1002)
        # alice naming bob's id in the path is refused too
        assert err(api.state(sid, user=bob.user_id))[:2] == (404, 1002)
        # bob's own session works, and alice's media cannot be fetched through it
        own = bob.new_session()
        assert bob.state(own).json()["data"]["state"]["video_infos"] == []
    finally:
        bob.close()


# ── restart ─────────────────────────────────────────────────────────────────────
def test_restart_keeps_tokens_sessions_uploads(home: Path) -> None:
    with running(home) as api:
        sid = api.new_session("zh-CN")
        up = api.upload(sid, ("海滩.jpg", jpeg(80, 60)))
        files = up.json()["data"]["files"]
        token = api.token
    with running(home, login=False) as api2:
        api2.token = token  # the old token still works
        state = api2.state(sid).json()["data"]["state"]
        assert [v["filename"] for v in state["video_infos"]] == ["海滩.jpg"]
        assert state["video_infos"][0]["hash"] == files[0]["hash"]
        got = api2.http.get(state["video_infos"][0]["cdn_url"])  # new port, same file
        assert got.status_code == 200 and got.content == jpeg(80, 60)
        listed = api2.get("/api/tasks/me").json()["data"]["tasks"]
        assert [t["session_id"] for t in listed] == [sid]


def test_database_uses_wal(api: Api, home: Path) -> None:
    db = sqlite3.connect(home / "engine" / "engine.db")
    try:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        db.close()


def test_concurrent_requests(api: Api) -> None:
    """Several clients at once do not trip over the shared connection."""
    import concurrent.futures

    def work(i: int) -> int:
        sid = api.new_session()
        assert api.upload(sid, (f"{i}.jpg", jpeg(32 + i, 32))).status_code == 200
        return len(api.state(sid).json()["data"]["state"]["video_infos"])

    start = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(6) as pool:
        assert list(pool.map(work, range(12))) == [1] * 12
    assert time.monotonic() - start >= 0  # (timing is measured in benchmarks, not here)


def test_foreign_host_header_is_refused(api: Api) -> None:
    """A page on another origin rebinding its name to 127.0.0.1 gets nothing."""
    for host in ("evil.example", "evil.example:8765", "127.0.0.1.evil.example"):
        r = api.http.post("/api/auth/anonymous-token", headers={"X-Client-Id": "x", "Host": host})
        assert err(r)[:2] == (400, 400), host
    for host in ("localhost", "127.0.0.1", "[::1]:1234", "LOCALHOST:80"):
        r = api.http.post("/api/auth/anonymous-token", headers={"X-Client-Id": "x", "Host": host})
        assert r.status_code == 200, host
