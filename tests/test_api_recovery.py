"""Every documented error code and HTTP failure gets the documented reaction."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from api_helpers import Recorder, run
from fakeserver import FakeNemo, running

from nemochat import config
from nemochat.api import (
    AuthError,
    BadFileError,
    CreditsError,
    FileTooLarge,
    NemoClient,
    NetworkError,
    PlanError,
    RateLimited,
    ServerError,
    SessionNotFound,
)
from nemochat.api.identity import CLIENT_ID_FILE, TOKEN_FILE

JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 100


@pytest.fixture
def fake_nemo(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeNemo]:
    with running(monkeypatch) as server:
        yield server


@pytest.mark.parametrize("style", ["code", "http", "both"])
def test_expired_token_renewed_with_same_client_id(fake_nemo: FakeNemo, style: str) -> None:
    run(fake_nemo, lambda c: c.credits())
    fake_nemo.expire_tokens()
    fake_nemo.auth_error_style = style
    rec = Recorder()
    credits = run(fake_nemo, lambda c: c.credits(), rec)
    assert credits.available == 100
    toks = fake_nemo.requests_to("token")
    assert len(toks) == 2
    assert toks[0].headers["x-client-id"] == toks[1].headers["x-client-id"]
    assert len(fake_nemo.requests_to("credits")) == 3  # ok, refused, replayed
    assert "client.token.renewed" in rec.notice_keys()


def test_token_refused_twice_is_auth_error(fake_nemo: FakeNemo) -> None:
    fake_nemo.fail("credits", status=401, times=5)
    with pytest.raises(AuthError) as info:
        run(fake_nemo, lambda c: c.credits())
    assert info.value.exit_code == 3 and info.value.key == "client.error.auth"
    assert len(fake_nemo.requests_to("credits")) == 2  # replayed once only


def test_invalid_nemo_token_explains(fake_nemo: FakeNemo, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEMO_TOKEN", "nmv_usr_not_valid_secret")
    with pytest.raises(AuthError) as info:
        run(fake_nemo, lambda c: c.credits())
    assert info.value.key == "client.error.token_invalid"
    assert "NEMO_TOKEN" in str(info.value)
    assert "nmv_usr_not_valid_secret" not in str(info.value)
    assert fake_nemo.requests_to("token") == []
    assert not (config.home() / TOKEN_FILE).exists()


def test_session_not_found_raises_without_callback(fake_nemo: FakeNemo) -> None:
    with pytest.raises(SessionNotFound) as info:
        run(fake_nemo, lambda c: c.state("gone-session"))
    assert info.value.key == "client.error.session"


def test_session_not_found_renews_and_replays(fake_nemo: FakeNemo, tmp_path: Path) -> None:
    rec = Recorder()
    photo = tmp_path / "a.jpg"
    photo.write_bytes(JPEG)

    async def body(c: NemoClient):
        s = await c.create_session("zh-CN")
        fake_nemo.forget_sessions()
        files = await c.upload_files(s.session_id, [photo])
        return s.session_id, files

    old, files = run(
        fake_nemo, body, rec, on_session_replaced=lambda o, n: rec.replaced.append((o, n))
    )
    assert [f.filename for f in files] == ["a.jpg"]
    assert len(rec.replaced) == 1 and rec.replaced[0][0] == old
    new = rec.replaced[0][1]
    assert new != old and new in fake_nemo.sessions
    assert ("client.session.renewed", {"old": old, "new": new}) in rec.notices
    creates = fake_nemo.requests_to("session")
    assert creates[-1].json["language"] == "zh-CN"  # same language as before
    ups = fake_nemo.requests_to("upload")
    assert [u.path.rsplit("/", 1)[-1] for u in ups] == [old, new]


def test_rejected_client_id_gets_a_new_one(fake_nemo: FakeNemo) -> None:
    config.write_private(config.home() / CLIENT_ID_FILE, "banned-id\n")
    fake_nemo.reject_client_ids.add("banned-id")
    rec = Recorder()
    run(fake_nemo, lambda c: c.credits(), rec)
    ids = [r.headers.get("x-client-id") for r in fake_nemo.requests_to("token")]
    assert ids[0] == "banned-id" and ids[1] != "banned-id" and len(ids) == 2
    assert (config.home() / CLIENT_ID_FILE).read_text().strip() == ids[1]
    assert "client.client_id.renewed" in rec.notice_keys()


def test_rate_limit_waits_retry_after_with_countdown(fake_nemo: FakeNemo) -> None:
    fake_nemo.fail("credits", status=429, retry_after="3")
    rec = Recorder()
    assert run(fake_nemo, lambda c: c.credits(), rec).available == 100
    assert rec.countdown == [3, 2, 1, 0]
    assert sum(rec.sleeps) == pytest.approx(3)
    assert ("client.rate_limited.wait", {"seconds": 3}) in rec.notices
    assert len(fake_nemo.requests_to("credits")) == 2


def test_rate_limit_default_wait_is_30s_and_retries_once(fake_nemo: FakeNemo) -> None:
    fake_nemo.fail("credits", status=429, times=2)
    rec = Recorder()
    with pytest.raises(RateLimited) as info:
        run(fake_nemo, lambda c: c.credits(), rec)
    assert sum(rec.sleeps) == pytest.approx(30)
    assert rec.countdown[0] == 30
    assert len(fake_nemo.requests_to("credits")) == 2
    assert info.value.exit_code == 1


def test_out_of_credits_gives_bind_link_for_anonymous(fake_nemo: FakeNemo) -> None:
    sid = fake_nemo.new_session()
    fake_nemo.fail("chat", code=2001, message="insufficient credits")

    async def body(c: NemoClient):
        return [ev async for ev in c.chat(sid, "make a video")]

    with pytest.raises(CreditsError) as info:
        run(fake_nemo, body)
    user = next(iter(fake_nemo.tokens.values()))["user_id"]
    assert info.value.fields["link"] == f"https://web.example.test/register?bind={user}"
    assert info.value.exit_code == 3
    assert info.value.key == "client.error.credits_anonymous"


def test_out_of_credits_with_nemo_token_points_to_top_up(
    fake_nemo: FakeNemo, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEMO_TOKEN", fake_nemo.issue_token())
    fake_nemo.fail("credits", code=2001)
    with pytest.raises(CreditsError) as info:
        run(fake_nemo, lambda c: c.credits())
    assert info.value.key == "client.error.credits"
    assert "bind=" not in str(info.value)


def test_402_is_plan_not_credits(fake_nemo: FakeNemo) -> None:
    sid = fake_nemo.new_session()
    fake_nemo.fail("render", status=402, message="plan")
    with pytest.raises(PlanError) as info:
        run(fake_nemo, lambda c: c.create_render(sid, {"t": []}))
    assert info.value.exit_code == 3 and "credits" in str(info.value)  # "not about credits"


@pytest.mark.parametrize(
    ("code", "kind", "needle"), [(4001, BadFileError, "mp4 mov"), (4002, FileTooLarge, "Compress")]
)
def test_server_file_errors(fake_nemo: FakeNemo, tmp_path: Path, code, kind, needle) -> None:
    sid = fake_nemo.new_session()
    photo = tmp_path / "a.jpg"
    photo.write_bytes(JPEG)
    fake_nemo.fail("upload", code=code, status=400, message="nope")
    with pytest.raises(kind) as info:
        run(fake_nemo, lambda c: c.upload_files(sid, [photo]))
    assert info.value.exit_code == 4 and needle in str(info.value)


def test_html_5xx_page_is_one_clean_line(fake_nemo: FakeNemo) -> None:
    fake_nemo.fail("credits", status=502, html=True)
    with pytest.raises(ServerError) as info:
        run(fake_nemo, lambda c: c.credits())
    msg = str(info.value)
    assert "502" in msg and "<" not in msg and "\n" not in msg
    assert info.value.transient


def test_json_error_message_is_scrubbed(fake_nemo: FakeNemo) -> None:
    fake_nemo.fail(
        "credits", status=400, body={"code": 9999, "message": "bad Bearer nmv_usr_SECRET\x1b[2J"}
    )
    with pytest.raises(ServerError) as info:
        run(fake_nemo, lambda c: c.credits())
    assert "SECRET" not in str(info.value) and "\x1b" not in str(info.value)
    assert info.value.code == 9999


def test_dropped_connection_is_network_error(fake_nemo: FakeNemo) -> None:
    fake_nemo.fail("credits", drop=True)
    with pytest.raises(NetworkError) as info:
        run(fake_nemo, lambda c: c.credits())
    assert "\n" not in str(info.value) and "127.0.0.1" in str(info.value)


def test_refused_connection_is_network_error() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]

    async def go() -> None:
        c = NemoClient(base_url=f"http://127.0.0.1:{port}", web_url="https://w.test")
        try:
            await c.credits()
        finally:
            await c.aclose()

    with pytest.raises(NetworkError) as info:
        asyncio.run(go())
    assert info.value.key == "client.error.connect"


def test_errors_never_contain_the_token(fake_nemo: FakeNemo) -> None:
    run(fake_nemo, lambda c: c.credits())
    token = next(iter(fake_nemo.tokens))
    for kw in ({"status": 500}, {"code": 2001}, {"status": 402}, {"drop": True}):
        fake_nemo.fail("credits", **kw)
        with pytest.raises(Exception) as info:
            run(fake_nemo, lambda c: c.credits())
        assert token not in str(info.value) and token not in repr(info.value.__dict__)


def test_rate_limited_token_endpoint_waits_and_retries(fake_nemo: FakeNemo) -> None:
    fake_nemo.fail("token", status=429, retry_after="2")
    rec = Recorder()
    assert run(fake_nemo, lambda c: c.credits(), rec).available == 100
    assert rec.countdown == [2, 1, 0]
    assert len(fake_nemo.requests_to("token")) == 2


def test_token_endpoint_down_is_one_clean_error(fake_nemo: FakeNemo) -> None:
    fake_nemo.fail("token", status=503, html=True)
    with pytest.raises(ServerError) as info:
        run(fake_nemo, lambda c: c.credits())
    assert "503" in str(info.value)
    assert fake_nemo.requests_to("credits") == []
