"""Secrets and the terminal, checked on the real program (``python -m nemochat``).

- A sentinel token given in ``NEMO_TOKEN`` never appears in stdout, stderr, tracebacks
  (``--debug``), request URLs or any file under the home folder or the working folder,
  on success and on every kind of error.
- The home folder is 0700 and its files 0600; a token file others can read is refused.
- Terminal control sequences (OSC 52 clipboard writes, title changes, screen clears) sent
  by the server in agent text, tool names, file names, titles and error bodies never reach
  the program's output, on a pipe or in a real terminal (pty).
- Server-supplied download names cannot escape the output folder or overwrite a file.
"""

from __future__ import annotations

import asyncio
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from fakeserver import FakeNemo, typed_text, typed_tool_call, typed_tool_result
from program import Result, run_program, spawn_chat

from nemochat import config

SENTINEL = "nmv_usr_SENTINEL0secret0token0d41d8cd98f00b204e9800998ecf8427e"
SENTINEL_CORE = "SENTINEL0secret0token"  # also catches a token cut, quoted or re-encoded

OSC52 = "\x1b]52;c;ZWNobyBwd25lZA==\x07"
TITLE = "\x1b]0;PWNED-TITLE\x07"
CLEAR = "\x1b[2J\x1b[3J\x1bc"
HOSTILE = OSC52 + TITLE + CLEAR + "\x9b2J\x9d0;PWNED8\x9c\r\x08\u202e"
DRAFT = {
    "d": 4000,
    "m": {"title": "Trip" + TITLE, "width": 1280, "height": 720},
    "t": [{"tt": 0, "sg": [{"st": 0, "d": 4000, "m": {"name": "a" + OSC52 + ".jpg"}}]}],
}


def run(*args: str, fake: FakeNemo | None, cwd: Path, env: dict[str, str] | None = None) -> Result:
    return run_program(*args, url=fake.url if fake is not None else None, cwd=cwd, env=env)


@pytest.fixture
def fake() -> Iterator[FakeNemo]:
    server = FakeNemo().start()
    server.render_steps = ["completed"]
    with server.lock:
        server.tokens[SENTINEL] = {"user_id": "anon_sentinel", "client_id": "c"}
    config.write_json(config.home() / "config.json", {"render_poll": 0.02})
    try:
        yield server
    finally:
        server.stop()


def all_files(*roots: Path) -> Iterator[Path]:
    for root in roots:
        for p in root.rglob("*"):
            if p.is_file():
                yield p


def assert_nowhere(r: Result, *roots: Path) -> None:
    for text in (r.out, r.err):
        assert SENTINEL_CORE not in text, text
    for p in all_files(*roots):
        data = p.read_bytes()
        assert SENTINEL_CORE.encode() not in data, p


# --- the token --------------------------------------------------------------------------


def test_sentinel_token_never_leaks_on_success_or_error(
    fake: FakeNemo, cwd: Path, _isolated_home: Path
) -> None:
    env = {"NEMO_TOKEN": SENTINEL}
    photo = cwd / "beach.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 4000)
    results: list[Result] = []

    def go(*args: str, debug: bool = False, server: FakeNemo | None = fake) -> Result:
        full = (*args, "--debug") if debug else args
        r = run(*full, fake=server, cwd=cwd, env=env)
        with fake.lock:
            fake.faults.clear()  # faults not used up by retries do not leak into the next run
        results.append(r)
        assert_nowhere(r, _isolated_home, cwd)
        return r

    for debug in (False, True):
        assert go("credits", debug=debug).code == 0
        assert go("upload", str(photo), debug=debug).code == 0
        assert go("-m", "add a title", debug=debug).code == 0
        sid = next(iter(fake.sessions))
        fake.set_state(sid, draft={k: v for k, v in DRAFT.items() if k != "m"})
        assert go("export", debug=debug).code == 0
        # errors of every kind, with tracebacks allowed under --debug
        fake.fail("credits", status=500, message=f"boom Bearer {SENTINEL} {SENTINEL}")
        assert go("credits", debug=debug).code == 1
        fake.fail("state", status=502, html=True)
        assert go("status", debug=debug).code == 1
        fake.fail("chat", status=503, html=True, times=3)
        assert go("-m", "make it shorter", debug=debug).code == 1
        fake.fail("credits", code=2001, status=200, times=3)
        assert go("credits", debug=debug).code == 3
        fake.fail("credits", status=401, times=3)  # NEMO_TOKEN refused: explained, not echoed
        r = go("credits", debug=debug)
        assert r.code == 3 and "NEMO_TOKEN" in r.err
        r = go("credits", debug=debug, server=None)  # nothing listening
        assert r.code == 1
    assert any("Traceback" in r.err for r in results)  # --debug did show tracebacks
    # never in a URL either (the only place a token may go is the Authorization header)
    for req in fake.requests:
        assert SENTINEL_CORE not in req.path
    assert not (_isolated_home / "anonymous_token.json").exists()  # NEMO_TOKEN is never saved


def test_nothing_sent_to_the_cdn_carries_the_token(fake: FakeNemo, cwd: Path) -> None:
    sid = fake.new_session(draft={k: v for k, v in DRAFT.items() if k != "m"})
    r = run("export", "--session", sid, fake=fake, cwd=cwd, env={"NEMO_TOKEN": SENTINEL})
    assert r.code == 0, r.err
    files = fake.requests_to("file")
    assert files and all("authorization" not in f.headers for f in files)
    api_calls = [q for q in fake.requests if q.endpoint != "file"]
    assert all(q.headers.get("authorization") == f"Bearer {SENTINEL}" for q in api_calls)


def test_local_engine_never_receives_or_logs_a_cloud_token(cwd: Path, _isolated_home: Path) -> None:
    r = run(
        "status", "--backend", "local", "--debug", fake=None, cwd=cwd, env={"NEMO_TOKEN": SENTINEL}
    )
    assert r.code == 0, r.err
    assert_nowhere(r, _isolated_home, cwd)


# --- permissions ------------------------------------------------------------------------


def test_home_is_0700_and_files_0600(fake: FakeNemo, cwd: Path, _isolated_home: Path) -> None:
    for args in (("credits",), ("new",), ("-m", "hello")):
        assert run(*args, fake=fake, cwd=cwd).code == 0
    assert run("status", "--backend", "local", fake=None, cwd=cwd).code == 0
    assert stat.S_IMODE(_isolated_home.stat().st_mode) == 0o700
    seen = 0
    for p in _isolated_home.rglob("*"):
        mode = stat.S_IMODE(p.lstat().st_mode)
        if p.is_dir():
            assert mode & 0o077 == 0, (p, oct(mode))
        elif p.is_file():
            seen += 1
            assert mode & 0o077 == 0, (p, oct(mode))
    assert seen >= 3  # client id, token cache, sessions, engine files


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604])
def test_token_file_readable_by_others_is_refused(
    fake: FakeNemo, cwd: Path, _isolated_home: Path, mode: int
) -> None:
    assert run("credits", fake=fake, cwd=cwd).code == 0
    token_file = _isolated_home / "anonymous_token.json"
    token = token_file.read_text()
    token_file.chmod(mode)
    before = len(fake.requests)
    r = run("credits", fake=fake, cwd=cwd)
    assert r.code == 3
    assert "Traceback" not in r.err and "chmod 600" in r.err and str(token_file) in r.err
    assert token not in r.err + r.out
    assert len(fake.requests) == before  # nothing was sent with a token others could read


# --- terminal control sequences -----------------------------------------------------------

CONTROL = ("\x1b", "\x9b", "\x9d", "\x07", "\x08", "\u202e")


def assert_no_controls(text: str) -> None:
    for c in CONTROL:
        assert c not in text, (c, text)
    assert "\r" not in text.replace("\r\n", "\n")


def test_hostile_server_text_never_reaches_the_terminal(fake: FakeNemo, cwd: Path) -> None:
    fake.script_chat(
        typed_text("Here " + HOSTILE + " you go"),
        typed_tool_call("edit" + TITLE, {"x": OSC52}),
        typed_tool_result("edit" + TITLE, {"msg": CLEAR}),
        typed_text(" done" + OSC52),
    )
    r = run("-m", "add a title", fake=fake, cwd=cwd)
    assert r.code == 0, r.err
    assert "Here" in r.out and "done" in r.out
    assert_no_controls(r.out + r.err)

    sid = next(iter(fake.sessions))
    fake.set_state(
        sid,
        draft=DRAFT,
        video_infos=[{"filename": "x" + HOSTILE + ".jpg", "file_type": "image"}],
    )
    for args in (("status",), ("status", "--json"), ("sessions",), ("-m", "x", "--json")):
        r = run(*args, fake=fake, cwd=cwd)
        assert r.code == 0, (args, r.err)
        assert_no_controls(r.out + r.err)

    fake.fail("credits", status=500, message="bad" + HOSTILE, times=3)
    r = run("credits", fake=fake, cwd=cwd)
    assert r.code == 1 and "bad" in r.err
    assert_no_controls(r.out + r.err)
    fake.fail("upload", code=4001, status=400, message="no" + HOSTILE)
    photo = cwd / ("p" + "\x1b]0;t\x07" + ".jpg") if os.name != "nt" else cwd / "p.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    r = run("upload", str(photo), fake=fake, cwd=cwd)
    assert r.code == 4
    assert_no_controls(r.out + r.err)


def test_hostile_text_in_a_real_terminal(fake: FakeNemo, cwd: Path, tmp_path: Path) -> None:
    """The REPL in a pty: its own drawing is allowed, the server's sequences are not."""
    pexpect = pytest.importorskip("pexpect")
    fake.script_chat(typed_text("Hi " + OSC52 + TITLE + " MARKER-END"))
    log = tmp_path / "pty.log"
    with open(log, "wb") as fh:
        child = spawn_chat(fake.url, cwd, encoding=None, logfile=fh)
        try:
            child.expect("nemo>")
            child.send("say hi\r")
            child.expect("MARKER-END")
            child.expect("nemo>")
            child.sendcontrol("d")
            child.expect(pexpect.EOF)
        finally:
            child.close(force=True)
    raw = log.read_bytes()
    assert b"\x1b]52" not in raw and b"ZWNobyBwd25lZA" not in raw
    assert b"PWNED-TITLE" not in raw and b"\x1b]0;" not in raw


# --- download names -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "../../evil.mp4",
        "../../../../../../tmp/evil.mp4",
        "/tmp/evil.mp4",
        "..\\..\\evil.mp4",
        ".bashrc",
        "..",
        "",
        "a/../../b.mp4",
        "x\x1b]0;t\x07.mp4",
        "keep.mp4",
    ],
)
def test_server_supplied_names_stay_in_the_folder(
    fake: FakeNemo, tmp_path: Path, name: str
) -> None:
    from nemochat.api import NemoClient

    folder = tmp_path / "out"
    folder.mkdir()
    keep = folder / "keep.mp4"
    keep.write_bytes(b"precious")
    outside_before = sorted(p.name for p in tmp_path.iterdir())
    sid = fake.new_session(draft=DRAFT)
    fake.download_filename = name

    async def go() -> Path:
        client = NemoClient(base_url=fake.url, poll_interval=(0.01, 0.02))
        try:
            status = await client.wait_render(sid, DRAFT)
            status.url = None  # the direct endpoint names the file (Content-Disposition)
            return await client.download(status, folder)
        finally:
            await client.aclose()

    saved = asyncio.run(asyncio.wait_for(go(), 30))
    assert saved.parent.resolve() == folder.resolve()
    assert saved.read_bytes() == fake.output_bytes
    assert keep.read_bytes() == b"precious"  # never overwritten
    assert saved.name not in (".", "..")
    assert all(c not in saved.name for c in CONTROL)
    assert sorted(p.name for p in tmp_path.iterdir()) == outside_before
    assert not Path("/tmp/evil.mp4").exists()


def test_export_title_cannot_escape_the_output_folder(fake: FakeNemo, cwd: Path) -> None:
    draft = dict(DRAFT, m={"title": "../../../evil" + TITLE, "width": 1280, "height": 720})
    sid = fake.new_session(draft=draft)
    (cwd / "output").mkdir()
    r = run("export", "--session", sid, fake=fake, cwd=cwd)
    assert r.code == 0, r.err
    assert_no_controls(r.out + r.err)
    videos = [p for p in cwd.rglob("*.mp4")]
    assert len(videos) == 1 and videos[0].parent == cwd / "output"
    assert not (cwd.parent / "evil.mp4").exists()
