"""NemoClient against the fake server: endpoints, headers, bodies, identity and token files."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from api_helpers import Recorder, run
from fakeserver import FakeNemo, running

from nemochat import config
from nemochat.api import Credits, NemoClient, Session
from nemochat.api.identity import CLIENT_ID_FILE, TOKEN_FILE

JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 200


@pytest.fixture
def fake_nemo(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeNemo]:
    with running(monkeypatch) as server:
        yield server


def test_session_credits_state_and_headers(fake_nemo: FakeNemo, tmp_path: Path) -> None:
    async def body(c: NemoClient):
        s = await c.create_session("zh-CN")
        cr = await c.credits()
        st = await c.state(s.session_id)
        return s, cr, st, c.user_id

    fake_nemo.credits = {"available": 25000, "frozen": 40}
    session, credits, state, user = run(fake_nemo, body)
    assert isinstance(session, Session) and session.session_id in fake_nemo.sessions
    assert session.task_id and session.task_id.startswith("task_")
    assert credits == Credits(25000.0, 40.0, 25040.0)
    assert state == {}
    assert user and user.startswith("anon_") and session.user_id == user

    tok = fake_nemo.requests_to("token")
    assert len(tok) == 1
    assert "authorization" not in tok[0].headers
    cid = tok[0].headers["x-client-id"]
    assert (config.home() / CLIENT_ID_FILE).read_text().strip() == cid

    create = fake_nemo.requests_to("session")[0]
    assert create.path == "/api/tasks/me/with-session/nemo_agent"
    assert create.json == {"task_name": "project", "language": "zh-CN"}
    for r in fake_nemo.requests:
        assert r.headers["x-skill-source"] == "nemochat"
        assert r.headers["x-skill-version"] == "0.1.0"
        assert r.headers["x-skill-platform"] == "unknown"
        if r.endpoint != "token":
            assert r.headers["authorization"].startswith("Bearer nmv_usr_")
    assert fake_nemo.requests_to("state")[0].path == (
        f"/api/state/nemo_agent/me/{session.session_id}/latest"
    )


def test_state_returns_data_state_and_tolerates_envelopes(fake_nemo: FakeNemo) -> None:
    sid = fake_nemo.new_session(draft={"t": [{"tt": 0, "sg": []}]}, video_infos=[{"a": 1}])
    for style in ("code", "success", "bare"):
        fake_nemo.envelope = style
        state = run(fake_nemo, lambda c: c.state(sid))
        assert state["draft"] == {"t": [{"tt": 0, "sg": []}]}
        assert state["video_infos"] == [{"a": 1}]
        assert run(fake_nemo, lambda c: c.credits()).total == 100.0


def test_token_is_cached_private_and_reused(fake_nemo: FakeNemo) -> None:
    run(fake_nemo, lambda c: c.credits())
    run(fake_nemo, lambda c: c.credits())
    assert len(fake_nemo.requests_to("token")) == 1
    path = config.home() / TOKEN_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE((config.home() / CLIENT_ID_FILE).stat().st_mode) == 0o600
    entry = json.loads(path.read_text())[fake_nemo.url]
    assert entry["token"].startswith("nmv_usr_") and entry["user_id"].startswith("anon_")
    assert entry["expires_at"] > 0
    auths = {r.headers["authorization"] for r in fake_nemo.requests_to("credits")}
    assert auths == {f"Bearer {entry['token']}"}


def test_expired_cached_token_is_replaced(fake_nemo: FakeNemo) -> None:
    run(fake_nemo, lambda c: c.credits())
    path = config.home() / TOKEN_FILE
    data = json.loads(path.read_text())
    data[fake_nemo.url]["expires_at"] = 1.0
    config.write_json(path, data)
    run(fake_nemo, lambda c: c.credits())
    assert len(fake_nemo.requests_to("token")) == 2


def test_token_file_drops_old_local_engines_and_expired_tokens(fake_nemo: FakeNemo) -> None:
    """The embedded engine gets a new port every run: the file must not grow without end."""
    path = config.home() / TOKEN_FILE
    stale = {
        f"http://127.0.0.1:{port}": {"token": "nmv_usr_old", "saved_at": port}
        for port in range(40000, 40010)
    }
    stale["https://api.example.test"] = {"token": "nmv_usr_x", "expires_at": 1.0}
    stale["https://cloud.example.test"] = {"token": "nmv_usr_y", "expires_at": 4e9}
    config.write_json(path, stale)
    run(fake_nemo, lambda c: c.credits())
    data = json.loads(path.read_text())
    assert fake_nemo.url in data
    assert "https://cloud.example.test" in data  # valid remote token kept
    assert "https://api.example.test" not in data  # expired
    local = [u for u in data if u.startswith("http://127.0.0.1:") and u != fake_nemo.url]
    assert sorted(local) == ["http://127.0.0.1:40008", "http://127.0.0.1:40009"]


def test_insecure_token_file_is_refused(fake_nemo: FakeNemo) -> None:
    run(fake_nemo, lambda c: c.credits())
    path = config.home() / TOKEN_FILE
    os.chmod(path, 0o644)
    with pytest.raises(config.InsecureFileError):
        run(fake_nemo, lambda c: c.credits())
    assert len(fake_nemo.requests_to("credits")) == 1  # nothing sent with an unsafe token


def test_client_id_from_env_and_file(fake_nemo: FakeNemo, monkeypatch: pytest.MonkeyPatch) -> None:
    config.write_private(config.home() / CLIENT_ID_FILE, "saved-id\n")
    run(fake_nemo, lambda c: c.credits())
    assert fake_nemo.requests_to("token")[-1].headers["x-client-id"] == "saved-id"
    fake_nemo.expire_tokens()
    (config.home() / TOKEN_FILE).unlink()
    monkeypatch.setenv("NEMO_CLIENT_ID", "env-id")
    run(fake_nemo, lambda c: c.credits())
    assert fake_nemo.requests_to("token")[-1].headers["x-client-id"] == "env-id"
    assert (config.home() / CLIENT_ID_FILE).read_text().strip() == "saved-id"


def test_nemo_token_is_used_and_never_written(
    fake_nemo: FakeNemo, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = fake_nemo.issue_token()
    monkeypatch.setenv("NEMO_TOKEN", token)
    run(fake_nemo, lambda c: c.credits())
    assert fake_nemo.requests_to("token") == []
    assert fake_nemo.requests_to("credits")[0].headers["authorization"] == f"Bearer {token}"
    for f in config.home().rglob("*"):
        assert token not in f.read_text(errors="replace")


def test_skill_platform_from_env(fake_nemo: FakeNemo, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SKILL_SOURCE", "my-platform")
    run(fake_nemo, lambda c: c.credits())
    assert {r.headers["x-skill-platform"] for r in fake_nemo.requests} == {"my-platform"}


def test_upload_urls_body(fake_nemo: FakeNemo) -> None:
    sid = fake_nemo.new_session()
    files = run(
        fake_nemo,
        lambda c: c.upload_urls(
            sid, ["https://cdn.example.test/a/beach.jpg", "https://x.test/s.mp3"]
        ),
    )
    assert [f.filename for f in files] == ["beach.jpg", "s.mp3"]
    assert [f.file_type for f in files] == ["image", "audio"]
    req = fake_nemo.requests_to("upload")[0]
    assert req.path == f"/api/upload-video/nemo_agent/me/{sid}"
    assert req.json == {
        "urls": ["https://cdn.example.test/a/beach.jpg", "https://x.test/s.mp3"],
        "source_type": "url",
    }


def test_recorder_notices_are_bilingual_keys(fake_nemo: FakeNemo) -> None:
    from nemochat.i18n import catalog

    rec = Recorder()
    fake_nemo.expire_tokens()
    run(fake_nemo, lambda c: c.credits(), rec)
    for key in rec.notice_keys():
        assert key in catalog()


def test_token_never_logged_even_at_debug(
    fake_nemo: FakeNemo, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    import logging

    photo = tmp_path / "a.jpg"
    photo.write_bytes(JPEG)
    sid = fake_nemo.new_session()
    fake_nemo.fail("state", status=401)
    with caplog.at_level(logging.DEBUG):

        async def body(c: NemoClient):
            await c.state(sid)
            await c.upload_files(sid, [photo])
            return [ev async for ev in c.chat(sid, "hi")]

        run(fake_nemo, body)
    assert len(fake_nemo.tokens) == 2
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "HTTP Request" in text  # httpx did log, at INFO
    for token in fake_nemo.tokens:
        assert token not in text
    for r in fake_nemo.requests:
        assert "nmv_usr_" not in r.path
