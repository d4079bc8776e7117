"""Every documented error at every endpoint, through the project layer, over real HTTP.

The loopback fake NemoVideo server (``tests/fakeserver.py``) misbehaves on purpose at one
endpoint while a user action runs. Whatever it does, the user sees either a recovered
result or exactly one clear, single-line message: no exception escapes, nothing hangs
(every action runs under a deadline), no finished video file is ever half-written, and a
chat message that reached the agent is never sent twice (counted on the server).
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from fakeserver import FakeNemo

from nemochat import config, i18n
from nemochat import events as ev
from nemochat.project import Project

DRAFT = {
    "d": 4000,
    "m": {"title": "Trip", "width": 1280, "height": 720},
    "t": [{"tt": 0, "sg": [{"st": 0, "d": 4000, "m": {"name": "a.jpg"}}]}],
}
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 2048
DEADLINE = 20.0  # seconds; an action that takes longer is a hang

# action name → the endpoints it touches (the token endpoint is tried through credits only)
ACTIONS: dict[str, tuple[str, ...]] = {
    "credits": ("token", "credits"),
    "status": ("session", "state"),
    "new": ("session",),
    "upload": ("upload",),
    "chat": ("state", "chat"),
    "export": ("state", "render", "poll", "file", "download"),
}

# name → Fault fields (every documented code, plus the HTTP failures real servers produce)
FAULTS: dict[str, dict[str, Any]] = {
    "1001": {"status": 401, "code": 1001, "message": "token expired"},
    "1001-http200": {"status": 200, "code": 1001, "message": "token expired"},
    "1002": {"status": 404, "code": 1002, "message": "session not found"},
    "2001": {"status": 200, "code": 2001, "message": "insufficient credits"},
    "402": {"status": 402, "message": "plan does not allow export"},
    "429": {"status": 429, "retry_after": "1", "message": "slow down"},
    "4001": {"status": 400, "code": 4001, "message": "unsupported"},
    "4002": {"status": 413, "code": 4002, "message": "too large"},
    "500-json": {"status": 500, "message": "internal"},
    "502-html": {"status": 502, "html": True},
    "200-garbage": {"status": 200, "body": b"\x00\xff<html>oops", "content_type": "text/plain"},
    "drop": {"drop": True},
}


@dataclass
class Outcome:
    events: list[ev.Event] = field(default_factory=list)
    escaped: BaseException | None = None

    @property
    def errors(self) -> list[ev.Error]:
        return [e for e in self.events if isinstance(e, ev.Error)]

    def of(self, cls: type) -> list[Any]:
        return [e for e in self.events if isinstance(e, cls)]


class FastSleep:
    """Sleeps that return at once (mocks only the clock, never the protocol)."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)
        await asyncio.sleep(0)


@pytest.fixture(scope="module")
def _server() -> Iterator[FakeNemo]:
    server = FakeNemo().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def fake(_server: FakeNemo) -> FakeNemo:
    """The module's server with every script, token, session and record reset."""
    keep = (_server.url, _server.cdn_url, _server._servers, _server._stop)
    FakeNemo.__init__(_server)
    _server.url, _server.cdn_url, _server._servers, _server._stop = keep
    _server.render_steps = ["processing", "completed"]
    return _server


def act(
    fake: FakeNemo,
    make: Callable[[Project], AsyncIterator[ev.Event]],
    *,
    out_dir: Path | None = None,
    prepare: Callable[[Project], AsyncIterator[ev.Event]] | None = None,
    after_prepare: Callable[[], object] | None = None,
) -> Outcome:
    """Run one action with a fresh client; faults queued by ``after_prepare`` hit only it."""
    from nemochat.api import NemoClient

    outcome = Outcome()
    sleep = FastSleep()

    async def go() -> None:
        client = NemoClient(
            base_url=fake.url,
            web_url="http://127.0.0.1:9",
            sleep=sleep,
            poll_interval=(0.01, 0.02),
            render_timeout=3.0,
            idle_limit=2.0,
            turn_deadline=10.0,
        )
        try:
            project = Project(
                client,
                output_dir=out_dir,
                sleep=sleep,
                recover_wait=0.01,
                recover_every=0.01,
                recover_tries=2,
            )
            if prepare is not None:
                async for _ in prepare(project):
                    pass
            if after_prepare is not None:
                after_prepare()
            async for e in make(project):
                outcome.events.append(e)
        finally:
            await client.aclose()

    try:
        asyncio.run(asyncio.wait_for(go(), DEADLINE))
    except BaseException as exc:
        outcome.escaped = exc
    return outcome


def assert_clean(outcome: Outcome) -> None:
    """At most one error, and it reads as one clear line in both languages."""
    assert outcome.escaped is None, repr(outcome.escaped)
    keys = [e.key for e in outcome.errors]
    # a reply stream that broke is reported, watched (never re-sent), then concluded
    if keys[-1:] == ["project.turn.lost"]:
        keys = keys[:-1]
    assert len(keys) <= 1, keys
    for err in outcome.errors:
        assert err.key in i18n.catalog(), err.key
        assert err.exit_code in (1, 2, 3, 4)
        for lang in ("en", "zh-CN"):
            msg = err.message(lang)
            assert msg.strip() and "\n" not in msg.strip(), msg
            assert "Traceback" not in msg and "<html" not in msg.lower() and "<h1>" not in msg
            assert "nmv_usr_" not in msg


def assert_no_half_files(out_dir: Path, fake: FakeNemo) -> None:
    """A finished video is complete; anything interrupted is only a ``.part``."""
    for p in out_dir.rglob("*"):
        if p.is_file() and p.suffix == ".mp4":
            assert p.read_bytes() == fake.output_bytes, p


def prepared(action: str, fake: FakeNemo, tmp_path: Path) -> tuple[Callable, Callable | None]:
    """The action under test, and what to run first so its session already exists."""
    photo = tmp_path / "a.jpg"
    photo.write_bytes(JPEG)

    async def status(p: Project) -> AsyncIterator[ev.Event]:
        async for e in p.status():
            yield e

    def with_draft(p: Project) -> AsyncIterator[ev.Event]:
        async def gen() -> AsyncIterator[ev.Event]:
            async for e in p.status():
                yield e
            assert p.session_id is not None
            fake.set_state(p.session_id, draft=DRAFT)

        return gen()

    makers: dict[str, Callable[[Project], AsyncIterator[ev.Event]]] = {
        "credits": lambda p: p.credits(),
        "status": lambda p: p.status(),
        "new": lambda p: p.new_session(),
        "upload": lambda p: p.upload([photo]),
        "chat": lambda p: p.chat("add a title please"),
        "export": lambda p: p.export(),
    }
    prep = with_draft if action == "export" else None
    return makers[action], prep


PERSISTENT = ("1001", "1002", "502-html", "drop")  # the ones a single retry could hide
CASES = [
    pytest.param(action, endpoint, fault, times, id=f"{action}-{endpoint}-{fault}-x{times}")
    for action, endpoints in ACTIONS.items()
    for endpoint, fault in itertools.product(endpoints, FAULTS)
    for times in ((1, 3) if fault in PERSISTENT else (1,))
]


@pytest.mark.parametrize(("action", "endpoint", "fault", "times"), CASES)
def test_fault_gives_recovery_or_one_clear_message(
    fake: FakeNemo, tmp_path: Path, action: str, endpoint: str, fault: str, times: int
) -> None:
    out_dir = tmp_path / "out"
    make, prep = prepared(action, fake, tmp_path)
    if endpoint == "download":  # the direct endpoint is only used when the CDN file fails
        fake.fail("file", status=503, html=True, times=times)

    def arm() -> None:
        fake.fail(endpoint, **{**FAULTS[fault], "times": times})

    if prep is None:
        arm()
    start = len(fake.requests)
    outcome = act(fake, make, out_dir=out_dir, prepare=prep, after_prepare=arm if prep else None)
    assert_clean(outcome)
    assert_no_half_files(out_dir, fake)

    chats = [r for r in fake.requests[start:] if r.endpoint == "chat"]
    if action == "chat":
        # replays only happen when the server refused before acting: it never saw the text twice
        assert len(chats) <= 2
        turns = sum(1 for e in outcome.events if isinstance(e, ev.TurnEnd))
        assert turns <= 1
    else:
        assert chats == []

    if not outcome.errors:  # recovered: the action's result is there
        want = {
            "credits": ev.CreditsShown,
            "status": ev.TimelineShown,
            "new": ev.SessionChanged,
            "upload": ev.Uploaded,
            "chat": ev.TurnEnd,
            "export": ev.Exported,
        }[action]
        assert outcome.of(want), [type(e).__name__ for e in outcome.events]
        if action == "export":
            (done,) = outcome.of(ev.Exported)
            assert Path(done.path).read_bytes() == fake.output_bytes


# --- documented outcomes, one by one ------------------------------------------------------


def one_error(outcome: Outcome) -> ev.Error:
    assert_clean(outcome)
    assert len(outcome.errors) == 1, [type(e).__name__ for e in outcome.events]
    return outcome.errors[0]


@pytest.mark.parametrize("action", ["credits", "status", "upload", "chat", "export"])
def test_expired_token_once_is_recovered_everywhere(
    fake: FakeNemo, tmp_path: Path, action: str
) -> None:
    make, prep = prepared(action, fake, tmp_path)
    outcome = act(fake, make, prepare=prep, after_prepare=fake.expire_tokens, out_dir=tmp_path)
    assert_clean(outcome)
    assert outcome.errors == []
    if action == "chat":
        assert len(fake.requests_to("chat")) == 1


def test_credits_2001_gives_the_bind_link(fake: FakeNemo, tmp_path: Path) -> None:
    fake.fail("credits", code=2001, times=3)
    err = one_error(act(fake, lambda p: p.credits()))
    assert err.exit_code == 3 and "register?bind=anon_" in err.message()


def test_export_402_is_a_plan_message_not_credits(fake: FakeNemo, tmp_path: Path) -> None:
    make, prep = prepared("export", fake, tmp_path)
    outcome = act(
        fake,
        make,
        prepare=prep,
        after_prepare=lambda: fake.fail("render", status=402, times=3),
        out_dir=tmp_path / "out",
    )
    err = one_error(outcome)
    assert err.key == "client.error.plan" and err.exit_code == 3
    assert "register?bind=anon_" in err.message() and "?" not in err.message().split(" ")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


@pytest.mark.parametrize(("code", "status"), [(4001, 400), (4002, 413)])
def test_upload_file_errors_exit_4(fake: FakeNemo, tmp_path: Path, code: int, status: int) -> None:
    make, _ = prepared("upload", fake, tmp_path)
    fake.fail("upload", code=code, status=status, times=3)
    err = one_error(act(fake, make))
    assert err.exit_code == 4


def test_html_error_page_is_one_line_without_markup(fake: FakeNemo) -> None:
    fake.fail("credits", status=502, html=True, times=3)
    err = one_error(act(fake, lambda p: p.credits()))
    assert "502" in err.message() or "server" in err.message().lower()


def test_retry_after_is_honoured_once(fake: FakeNemo) -> None:
    from nemochat.api import NemoClient

    fake.fail("credits", status=429, retry_after="7")
    sleeps = FastSleep()

    async def go() -> Any:
        client = NemoClient(base_url=fake.url, sleep=sleeps)
        try:
            return await client.credits()
        finally:
            await client.aclose()

    credits = asyncio.run(asyncio.wait_for(go(), DEADLINE))
    assert credits.available == 100
    assert sum(sleeps.calls) == pytest.approx(7, abs=1.1)
    assert len(fake.requests_to("credits")) == 2


def test_render_that_fails_twice_says_why(fake: FakeNemo, tmp_path: Path) -> None:
    make, prep = prepared("export", fake, tmp_path)
    out = tmp_path / "out"

    def arm() -> None:
        fake.render_failures = ["photo 2 could not be decoded", "photo 2 could not be decoded"]

    err = one_error(act(fake, make, prepare=prep, after_prepare=arm, out_dir=out))
    assert "photo 2 could not be decoded" in err.message()
    assert len(fake.requests_to("render")) == 2  # one retry with a new id, then the reason
    assert not out.exists() or list(out.iterdir()) == []


def test_render_that_fails_once_is_retried_and_saved(fake: FakeNemo, tmp_path: Path) -> None:
    make, prep = prepared("export", fake, tmp_path)
    out = tmp_path / "out"
    outcome = act(
        fake,
        make,
        prepare=prep,
        after_prepare=lambda: setattr(fake, "render_failures", ["worker lost"]),
        out_dir=out,
    )
    assert_clean(outcome)
    assert outcome.errors == []
    (done,) = outcome.of(ev.Exported)
    assert Path(done.path).read_bytes() == fake.output_bytes


def test_no_temp_files_left_in_home_after_faults(fake: FakeNemo, tmp_path: Path) -> None:
    for endpoint in ("token", "session", "state"):
        fake.fail(endpoint, drop=True)
        assert_clean(act(fake, lambda p: p.status()))
    home = config.home()
    leftovers = [p for p in home.rglob("*") if p.is_file() and ".tmp" in p.name]
    assert leftovers == []


@pytest.mark.parametrize("applied", [True, False], ids=["change-applied", "nothing-done"])
def test_stream_that_stops_mid_reply_is_watched_never_resent(fake: FakeNemo, applied: bool) -> None:
    from fakeserver import DROP, Pause, typed_text

    def add_title(server: FakeNemo, sid: str) -> None:
        server.set_state(sid, draft=DRAFT)

    steps: list[Any] = [typed_text("Adding your ti")]
    if applied:
        steps.append(add_title)
    fake.script_chat(*steps, Pause(0.05), DROP)
    outcome = act(fake, lambda p: p.chat("add a title"))
    assert_clean(outcome)
    assert len(fake.requests_to("chat")) == 1
    assert [e.text for e in outcome.of(ev.Text)] == ["Adding your ti"]
    if applied:
        assert outcome.of(ev.Changes) and outcome.of(ev.Changes)[0].silent
    else:
        assert outcome.errors[-1].key == "project.turn.lost"
    assert len(outcome.of(ev.TurnEnd)) == 1


# --- the local engine's own codes, through the real client --------------------------------


def test_local_engine_codes_are_one_clear_message(tmp_path: Path) -> None:
    """4003 (bad draft), 4004 (unknown render), 4005 (not finished), 4009 (id reused)."""
    from test_engine_support import jpeg, running, simple_draft

    from nemochat.api import NemoClient, NemoError, RenderStatus

    messages: dict[str, NemoError] = {}

    async def go(url: str, sid: str, media: str) -> None:
        client = NemoClient(base_url=url, home=tmp_path / "client", poll_interval=(0.02, 0.05))
        try:

            async def catch(name: str, coro: Any) -> None:
                try:
                    await coro
                except NemoError as exc:
                    messages[name] = exc

            await catch("4003", client.wait_render(sid, simple_draft(["/etc/passwd"])))
            await catch("4004", client.poll_render("render_nobody"))
            first = await client.create_render(sid, simple_draft([media], 3000))
            await catch("4005", client.download(first, tmp_path / "early.mp4"))
            await catch(
                "4009", client.create_render(sid, simple_draft([media]), render_id=first.id)
            )
            assert isinstance(first, RenderStatus)
        finally:
            await client.aclose()

    with running(tmp_path / "engine-home") as api:

        async def setup() -> tuple[str, str]:
            client = NemoClient(base_url=api.url, home=tmp_path / "client")
            try:
                session = await client.create_session("en")
                photo = tmp_path / "a.jpg"
                photo.write_bytes(jpeg())
                (f,) = await client.upload_files(session.session_id, [photo])
                return session.session_id, str(f.raw["id"])
            finally:
                await client.aclose()

        client_sid, media = asyncio.run(setup())
        asyncio.run(asyncio.wait_for(go(api.url, client_sid, media), DEADLINE))
    assert set(messages) == {"4003", "4004", "4005", "4009"}, messages
    assert "/etc/passwd" in messages["4003"].message()
    for exc in messages.values():
        for lang in ("en", "zh-CN"):
            msg = exc.message(lang)
            assert msg.strip() and "\n" not in msg and "Traceback" not in msg
    assert not list(tmp_path.glob("early*.mp4"))  # nothing saved before the render finished
