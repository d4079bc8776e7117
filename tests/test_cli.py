"""The real program, run as ``python -m nemochat`` against the loopback fake NemoVideo API.

Each test starts the fake server in this process; the program under test is a separate
process talking to it over real HTTP on 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fakeserver import (
    FakeNemo,
    Pause,
    typed_text,
    typed_tool_call,
    typed_tool_result,
)
from program import Result, engine_serving, run_program

DRAFT = {
    "d": 6000,
    "m": {"title": "Beach day", "width": 1920, "height": 1080},
    "t": [
        {"tt": 0, "sg": [{"st": 0, "d": 6000, "m": {"name": "beach.jpg"}}]},
        {"tt": 1, "sg": [{"st": 0, "d": 6000, "m": {"name": "Lo-fi", "volume": 0.5}}]},
    ],
}


def run(
    *args: str,
    fake: FakeNemo | None = None,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    stdin: str | None = None,
    timeout: float = 60,
) -> Result:
    url = fake.url if fake is not None else None
    return run_program(*args, url=url, cwd=cwd, env=env, stdin=stdin or "", timeout=timeout)


def no_traceback(r: Result) -> None:
    assert "Traceback" not in r.err and "Traceback" not in r.out, r.err


def sessions_file(home: Path) -> dict:
    return json.loads((home / "sessions.json").read_text())


def png(path: Path, size: tuple[int, int] = (32, 24)) -> Path:
    from PIL import Image

    Image.new("RGB", size, (200, 100, 50)).save(path)
    return path


# --- start-up, usage ---------------------------------------------------------------------


def test_version_is_light() -> None:
    code = (
        "import sys; from nemochat.cli import main; rc = main(['--version']); "
        "heavy = [m for m in ('httpx', 'rich', 'prompt_toolkit', 'nemochat.engine', 'nemochat.api', "
        "'numpy', 'av', 'starlette', 'uvicorn') if m in sys.modules]; "
        "print(rc, heavy)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert proc.stdout.splitlines()[0] == "nemochat 0.1.0", proc.stdout + proc.stderr
    assert proc.stdout.strip().endswith("0 []"), proc.stdout + proc.stderr


def test_version_and_help() -> None:
    r = run("--version")
    assert r.code == 0 and r.out.strip() == "nemochat 0.1.0"
    r = run("status", "--version")
    assert r.code == 0 and r.out.strip() == "nemochat 0.1.0"
    r = run("--help")
    assert r.code == 0 and "upload" in r.out and "export" in r.out


@pytest.mark.parametrize(
    "args",
    [
        ("bogus",),
        ("export", "--bad-flag"),
        ("--backend", "mars", "status"),
        ("upload",),
        ("status", "-m", "hi"),
        ("serve", "--port", "notanumber"),
    ],
)
def test_usage_errors_exit_2_with_one_line(args: tuple[str, ...]) -> None:
    r = run(*args)
    assert r.code == 2, r
    no_traceback(r)
    assert r.err.strip().startswith("Usage error:")
    assert len(r.err.strip().splitlines()) == 1


def test_usage_error_in_chinese() -> None:
    r = run("--lang", "zh", "bogus")
    assert r.code == 2 and r.err.startswith("用法错误")
    assert "invalid choice" not in r.err and "无效的选择" in r.err, r.err
    r = run("--lang", "zh", "upload")
    assert r.code == 2 and "缺少必需的参数" in r.err, r.err
    r = run("--help", env={"LANG": "zh_CN.UTF-8"})
    assert r.out.startswith("用法：") and "positional arguments" not in r.out, r.out


# --- credits, options anywhere -----------------------------------------------------------


def test_credits_json_shape_options_before_and_after(fake: FakeNemo) -> None:
    fake.credits = {"available": 90.0, "frozen": 10.0}
    before = run("--json", "credits", fake=fake)
    after = run("credits", "--json", fake=fake)
    for r in (before, after):
        assert r.code == 0, r.err
        assert r.json() == {"available": 90, "frozen": 10, "total": 100, "unlimited": False}


def test_credits_human(fake: FakeNemo) -> None:
    r = run("credits", fake=fake)
    assert r.code == 0, r.err
    assert "100" in r.out
    assert "Backend: NemoVideo cloud" in r.err  # the one line saying which backend
    assert "/register?bind=anon_" in r.err  # anonymous users get the registration link
    with_token = run("credits", fake=fake, env={"NEMO_TOKEN": fake.issue_token()})
    assert with_token.code == 0 and "register" not in with_token.err


def test_out_of_credits_is_an_account_error(fake: FakeNemo) -> None:
    fake.fail("credits", code=2001, message="insufficient credits")
    r = run("credits", fake=fake)
    assert r.code == 3, (r.out, r.err)
    no_traceback(r)
    assert "http://127.0.0.1:9/register?bind=anon_" in r.err


def test_invalid_token_exit_3(fake: FakeNemo) -> None:
    r = run("credits", fake=fake, env={"NEMO_TOKEN": "nmv_usr_not-a-real-token"})
    assert r.code == 3, (r.out, r.err)
    no_traceback(r)
    assert "nmv_usr_not-a-real-token" not in r.out + r.err


def test_network_error_one_line_and_debug_traceback(tmp_path: Path) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {"NEMO_API_URL": f"http://127.0.0.1:{port}"}
    r = run("credits", env=env)
    assert r.code == 1
    no_traceback(r)
    r = run("credits", "--debug", env=env)
    assert r.code == 1
    assert "Traceback" in r.err


# --- sessions ----------------------------------------------------------------------------


def test_session_is_created_once_and_remembered(fake: FakeNemo, _isolated_home: Path) -> None:
    r1 = run("status", fake=fake)
    assert r1.code == 0, r1.err
    assert "empty" in r1.out
    r2 = run("status", "--json", fake=fake)
    assert r2.code == 0, r2.err
    assert len(fake.requests_to("session")) == 1  # the second command reused it
    sid = r2.json()["session_id"]
    saved = sessions_file(_isolated_home)
    assert saved["servers"][fake.url]["current"] == sid
    # private file
    assert (_isolated_home / "sessions.json").stat().st_mode & 0o077 == 0


def test_status_json_shape(fake: FakeNemo) -> None:
    sid = fake.new_session(draft=DRAFT)
    r = run("--session", sid, "status", "--json", fake=fake)
    assert r.code == 0, r.err
    assert r.json() == {
        "session_id": sid,
        "summary": "Timeline (2 tracks): 1. Video: beach.jpg (0-6s) 2. BGM: Lo-fi (0-6s, 50%)",
        "duration_ms": 6000,
        "canvas": {"width": 1920, "height": 1080},
        "tracks": [
            {
                "type": "video",
                "name": "Video",
                "segments": [{"start_ms": 0, "duration_ms": 6000, "label": "beach.jpg"}],
            },
            {
                "type": "audio",
                "name": "BGM",
                "segments": [{"start_ms": 0, "duration_ms": 6000, "label": "Lo-fi", "volume": 0.5}],
            },
        ],
    }
    assert len(fake.requests_to("session")) == 0  # --session used as given


def test_new_and_sessions(fake: FakeNemo) -> None:
    first = run("new", "--json", fake=fake)
    second = run("--json", "new", fake=fake)
    assert first.code == 0 and second.code == 0, first.err + second.err
    a, b = first.json()["session_id"], second.json()["session_id"]
    assert a != b
    listing = run("sessions", "--json", fake=fake)
    assert listing.code == 0
    data = listing.json()
    assert data["current"] == b
    assert [s["session_id"] for s in data["sessions"]] == [a, b]
    assert [s["current"] for s in data["sessions"]] == [False, True]
    human = run("sessions", fake=fake)  # the chat's layout: number and a short id
    lines = human.out.splitlines()
    assert lines[0].split()[:1] == ["1"] and a.startswith(lines[0].split()[1])
    assert lines[1].split()[:2] == ["*", "2"] and b.startswith(lines[1].split()[2])
    assert lines[0].split()[1] != lines[1].split()[2]  # never two that look the same
    third = run("new", fake=fake)
    assert third.code == 0 and third.out.startswith("New project started (")


def test_unknown_session_is_reported(fake: FakeNemo) -> None:
    r = run("--session", "999", "status", fake=fake)
    assert r.code == 1
    no_traceback(r)
    assert len(fake.requests_to("session")) == 0  # an explicit session is not replaced


def test_lost_session_is_renewed_once(fake: FakeNemo, _isolated_home: Path) -> None:
    assert run("status", fake=fake).code == 0
    old = sessions_file(_isolated_home)["servers"][fake.url]["current"]
    fake.forget_sessions()
    r = run("status", "--json", fake=fake)
    assert r.code == 0, r.err
    new = sessions_file(_isolated_home)["servers"][fake.url]["current"]
    assert new != old
    assert r.json()["session_id"] == new  # stdout stays one JSON object
    assert f"a new one was started ({new[:8]})" in r.err


# --- upload ------------------------------------------------------------------------------


def test_upload_files_json(fake: FakeNemo, tmp_path: Path) -> None:
    a = png(tmp_path / "beach.png")
    b = png(tmp_path / "城市.png", (16, 16))
    r = run("upload", str(a), str(b), "--json", fake=fake)
    assert r.code == 0, r.err
    files = r.json()["files"]
    assert [f["filename"] for f in files] == ["beach.png", "城市.png"]
    assert set(files[0]) >= {"filename", "file_type", "url", "width", "height", "duration"}
    parts = fake.requests_to("upload")[0].parts
    assert [p.filename for p in parts] == ["beach.png", "城市.png"]


def test_piped_upload_prints_no_progress(fake: FakeNemo, tmp_path: Path) -> None:
    """Progress is for a person at a terminal; a pipe or log gets only the result."""
    r = run("upload", str(png(tmp_path / "beach.png")), fake=fake)
    assert r.code == 0, r.err
    assert "beach.png" in r.out
    assert "%" not in r.err and "%" not in r.out, r.err


def test_upload_bad_file_exit_4_and_good_ones_still_go(fake: FakeNemo, tmp_path: Path) -> None:
    good = png(tmp_path / "ok.png")
    bad = tmp_path / "notes.txt"
    bad.write_text("hello")
    r = run("upload", str(bad), str(good), fake=fake)
    assert r.code == 4, (r.out, r.err)
    no_traceback(r)
    assert "notes.txt" in r.err
    assert [p.filename for p in fake.requests_to("upload")[0].parts] == ["ok.png"]
    as_json = run("upload", str(bad), str(good), "--json", fake=fake)
    assert as_json.code == 4
    body = as_json.json()  # exactly one JSON object: the files and the error
    assert [f["filename"] for f in body["files"]] == ["ok.png"]
    assert body["error"]["exit_code"] == 4
    missing = run("upload", str(tmp_path / "nope.jpg"), fake=fake)
    assert missing.code == 4
    no_traceback(missing)


def test_upload_rejected_by_server_exit_4(fake: FakeNemo, tmp_path: Path) -> None:
    fake.fail("upload", code=4001, message="unsupported")
    r = run("upload", str(png(tmp_path / "a.png")), fake=fake)
    assert r.code == 4, (r.out, r.err)
    no_traceback(r)


# --- export ------------------------------------------------------------------------------


def test_export_saves_to_output_never_overwriting(fake: FakeNemo, cwd: Path) -> None:
    sid = fake.new_session(draft=DRAFT)
    r1 = run("export", "--session", sid, "--json", fake=fake, cwd=cwd)
    assert r1.code == 0, r1.err
    out = r1.json()
    path = Path(out["path"])
    if not path.is_absolute():
        path = cwd / path
    assert path == cwd / "output" / "Beach day.mp4"
    assert path.read_bytes() == fake.output_bytes
    assert out["bytes"] == len(fake.output_bytes)
    assert out["render_id"].startswith("render_")
    assert set(out) == {"render_id", "path", "bytes", "url", "already", "duration_ms"}
    assert out["already"] is False

    again = run("export", "--session", sid, fake=fake, cwd=cwd)  # nothing changed
    assert again.code == 0, again.err
    assert (
        "Already saved: output/Beach day.mp4 (same video)" in again.err
        and again.out.strip() == "output/Beach day.mp4"
    )
    assert sorted(p.name for p in (cwd / "output").iterdir()) == ["Beach day.mp4"]  # no copy

    path.write_bytes(b"my own edit")
    r2 = run("export", "--session", sid, "--json", fake=fake, cwd=cwd)
    assert r2.code == 0, r2.err
    second = Path(r2.json()["path"])
    second = second if second.is_absolute() else cwd / second
    assert second != path and second.name.startswith("Beach day (1)")
    assert path.read_bytes() == b"my own edit"  # never overwritten

    r3 = run("export", "--force", "--session", sid, fake=fake, cwd=cwd)
    assert r3.code == 0, r3.err
    assert path.read_bytes() == fake.output_bytes
    assert "Beach day.mp4" in r3.out


def test_export_to_given_path(fake: FakeNemo, cwd: Path, tmp_path: Path) -> None:
    sid = fake.new_session(draft=DRAFT)
    dest = tmp_path / "deliver" / "final.mp4"
    r = run("--session", sid, "export", "-o", str(dest), fake=fake, cwd=cwd)
    assert r.code == 0, r.err
    assert dest.read_bytes() == fake.output_bytes
    folder = tmp_path / "folder"
    folder.mkdir()
    r = run("--session", sid, "export", "-o", str(folder), fake=fake, cwd=cwd)
    assert r.code == 0, r.err
    assert (folder / "Beach day.mp4").exists()


def test_export_without_a_timeline_explains(fake: FakeNemo, cwd: Path) -> None:
    sid = fake.new_session()
    r = run("--session", sid, "export", fake=fake, cwd=cwd)
    assert r.code == 1
    no_traceback(r)
    assert "nothing to export" in r.err.lower()
    assert not fake.requests_to("render")
    assert not (cwd / "output").exists()


def test_export_render_failure(fake: FakeNemo, cwd: Path) -> None:
    sid = fake.new_session(draft=DRAFT)
    fake.render_failures = ["photo 1 could not be decoded", "photo 1 could not be decoded"]
    r = run("--session", sid, "export", fake=fake, cwd=cwd, timeout=90)
    assert r.code == 1, (r.out, r.err)
    no_traceback(r)
    assert "decoded" in r.err


def test_export_plan_blocked_is_account_error(fake: FakeNemo, cwd: Path) -> None:
    sid = fake.new_session(draft=DRAFT)
    fake.fail("render", status=402, message="upgrade your plan")
    r = run("--session", sid, "export", fake=fake, cwd=cwd)
    assert r.code == 3, (r.out, r.err)
    no_traceback(r)


# --- -m ------------------------------------------------------------------------------------


def test_m_sends_a_turn_and_prints_reply(fake: FakeNemo) -> None:
    fake.script_chat(typed_text("Hello "), typed_text("there!"))
    r = run("-m", "make it pop", fake=fake)
    assert r.code == 0, r.err
    assert "Hello there!" in r.out
    chats = fake.requests_to("chat")
    assert len(chats) == 1
    assert chats[0].json["new_message"]["parts"][0]["text"] == "make it pop"


def test_m_json_events_one_per_line(fake: FakeNemo) -> None:
    fake.script_chat(
        typed_text("Done."), typed_tool_call("edit", {"a": 1}), typed_tool_result("edit")
    )
    r = run("--json", "-m", "add a title", fake=fake)
    assert r.code == 0, r.err
    events = r.json_lines()
    types = [e["type"] for e in events]
    assert "text" in types and "turn_end" in types
    assert next(e for e in events if e["type"] == "text")["text"] == "Done."


def test_m_is_routed_like_the_chat_export_never_reaches_agent(fake: FakeNemo, cwd: Path) -> None:
    sid = fake.new_session(draft=DRAFT)
    r = run("--session", sid, "-m", "export", fake=fake, cwd=cwd)
    assert r.code == 0, r.err
    assert not fake.requests_to("chat")
    assert (cwd / "output" / "Beach day.mp4").exists()


def test_m_repeatable_in_order(fake: FakeNemo) -> None:
    fake.script_chat(typed_text("one"))
    fake.script_chat(typed_text("two"))
    r = run("-m", "first", "-m", "second", fake=fake)
    assert r.code == 0, r.err
    texts = [c.json["new_message"]["parts"][0]["text"] for c in fake.requests_to("chat")]
    assert texts == ["first", "second"]
    assert r.out.index("one") < r.out.index("two")


def test_m_silent_completion_reports_the_change(fake: FakeNemo, _isolated_home: Path) -> None:
    sid = fake.new_session(draft=json.loads(json.dumps(DRAFT)))

    def add_title(server: FakeNemo, session_id: str) -> None:
        with server.lock:
            server.sessions[session_id]["state"]["draft"]["t"].append(
                {"tt": 7, "sg": [{"st": 0, "d": 3000, "m": {"text": "Urban Dreams"}}]}
            )

    fake.script_chat(
        typed_tool_call("edit_multitrack", {"op": "title"}),
        Pause(0.05),
        add_title,
        typed_tool_result("edit_multitrack", {"ok": True}),
    )
    r = run("--session", sid, "-m", "add a title Urban Dreams", fake=fake)
    assert r.code == 0, r.err
    assert 'Added Title: "Urban Dreams" (0-3s)' in r.out


def test_piped_stdin_lines_are_messages(fake: FakeNemo) -> None:
    fake.script_chat(typed_text("first reply"))
    fake.script_chat(typed_text("second reply"))
    r = run(fake=fake, stdin="hello\n\nagain\n")
    assert r.code == 0, r.err
    assert "first reply" in r.out and "second reply" in r.out
    assert len(fake.requests_to("chat")) == 2


# --- backends -----------------------------------------------------------------------------


def test_backend_choice_rules(monkeypatch: pytest.MonkeyPatch, _isolated_home: Path) -> None:
    from nemochat import backend, config

    assert backend.choose(None).kind == "local"  # nothing set: auto → local
    assert backend.choose("auto").kind == "local"
    monkeypatch.setenv("NEMO_TOKEN", "x")
    assert backend.choose(None).kind == "cloud"
    monkeypatch.delenv("NEMO_TOKEN")
    monkeypatch.setenv("NEMO_API_URL", "http://127.0.0.1:1")
    assert backend.choose(None) == backend.Choice("cloud", "auto")
    assert backend.choose("local") == backend.Choice("local", "flag")
    monkeypatch.setenv("NEMOCHAT_BACKEND", "local")
    assert backend.choose(None) == backend.Choice("local", "env")
    assert backend.choose("cloud") == backend.Choice("cloud", "flag")
    monkeypatch.delenv("NEMOCHAT_BACKEND")
    monkeypatch.delenv("NEMO_API_URL")
    config.write_json(_isolated_home / "config.json", {"backend": "cloud"})
    assert backend.choose(None) == backend.Choice("cloud", "config")
    monkeypatch.setenv("NEMOCHAT_BACKEND", "bogus")  # ignored
    assert backend.choose(None) == backend.Choice("cloud", "config")


def test_local_backend_end_to_end(cwd: Path, _isolated_home: Path) -> None:
    """No NEMO_* at all: the local engine starts in-process and answers like the cloud."""
    r = run("credits", "--json", cwd=cwd)
    assert r.code == 0, r.err
    assert r.json() == {"available": None, "frozen": 0, "total": None, "unlimited": True}
    r = run("status", cwd=cwd)
    assert r.code == 0, r.err
    assert "Backend: local engine" in r.err
    r2 = run("status", "--json", cwd=cwd)
    assert r2.code == 0, r2.err
    saved = sessions_file(_isolated_home)["servers"]["local"]
    assert saved["current"] == r2.json()["session_id"]  # remembered although the port changed


def test_serve_refuses_remote_without_flag() -> None:
    r = run("serve", "--host", "0.0.0.0", "--port", "0")
    assert r.code == 2
    no_traceback(r)


def test_readable_token_file_is_refused_exit_3(fake: FakeNemo, _isolated_home: Path) -> None:
    assert run("credits", fake=fake).code == 0
    token_file = _isolated_home / "anonymous_token.json"
    token_file.chmod(0o644)
    for args in (("credits",), ("status",), ("new",)):
        r = run(*args, fake=fake)
        assert r.code == 3, (args, r.out, r.err)
        no_traceback(r)
        assert "chmod 600" in r.err


def test_upload_url(fake: FakeNemo) -> None:
    r = run("upload", "https://example.invalid/photo.jpg", "--json", fake=fake)
    assert r.code == 0, r.err
    body = fake.requests_to("upload")[0].json
    assert body == {"urls": ["https://example.invalid/photo.jpg"], "source_type": "url"}
    assert "files" in r.json()


def test_serve_runs_an_engine_others_can_use(tmp_path: Path) -> None:
    with engine_serving(tmp_path / "server-home") as (url, _proc):
        r = run("credits", "--json", env={"NEMO_API_URL": url})
        assert r.code == 0, r.err
        assert r.json() == {"available": None, "frozen": 0, "total": None, "unlimited": True}


def test_time_limits_from_config(_isolated_home: Path) -> None:
    from nemochat import config
    from nemochat.cli import client_limits

    assert client_limits() == {}
    assert client_limits("local") == {"poll_interval": (0.25, 1.0)}
    config.write_json(
        _isolated_home / "config.json",
        {"turn_timeout": 60, "idle_limit": 10.5, "render_timeout": 30, "render_poll": 0.5},
    )
    assert client_limits() == {
        "turn_deadline": 60.0,
        "idle_limit": 10.5,
        "render_timeout": 30.0,
        "poll_interval": (0.5, 15.0),
    }
    config.write_json(_isolated_home / "config.json", {"turn_timeout": "soon", "render_poll": -1})
    assert client_limits() == {}


def test_cloud_commands_never_load_the_engine(fake: FakeNemo) -> None:
    code = (
        "import sys; from nemochat.cli import main; rc = main(['status']); "
        "heavy = [m for m in ('prompt_toolkit', 'nemochat.engine', 'numpy', 'av', 'cv2', "
        "'PIL', 'starlette', 'uvicorn') if m in sys.modules]; print('RESULT', rc, heavy)"
    )
    env = dict(os.environ, NEMO_API_URL=fake.url)
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env
    )
    assert "RESULT 0 []" in proc.stdout, proc.stdout + proc.stderr


def test_offline_job_with_the_local_engine(cwd: Path, tmp_path: Path) -> None:
    """No NEMO_* at all: upload → ask → status → export, all through the local engine."""
    a = png(tmp_path / "red.png", (160, 120))
    b = png(tmp_path / "blue.png", (120, 160))
    up = run("upload", str(a), str(b), cwd=cwd)
    assert up.code == 0, up.err
    ask = run("-m", "make a 2 second 16:9 video at 720p", cwd=cwd)
    assert ask.code == 0, ask.err
    status = run("status", "--json", cwd=cwd)
    assert status.code == 0, status.err
    tracks = status.json()["tracks"]
    video = next(t for t in tracks if t["type"] == "video")
    assert [s["label"] for s in video["segments"]] == ["red.png", "blue.png"]
    exported = run("export", "--json", cwd=cwd, timeout=120)
    assert exported.code == 0, exported.err
    path = Path(exported.json()["path"])
    data = path.read_bytes()
    assert data[4:8] == b"ftyp" and exported.json()["bytes"] == len(data)
    assert path.parent == cwd / "output"


def test_language_from_env_and_flag(fake: FakeNemo) -> None:
    zh = run("status", fake=fake, env={"NEMOCHAT_LANG": "zh"})
    assert zh.code == 0 and "时间线是空的" in zh.out
    assert "后端" in zh.err
    en = run("status", "--lang", "en", fake=fake, env={"NEMOCHAT_LANG": "zh"})
    assert en.code == 0 and "The timeline is empty" in en.out
    # a new session is created in the interface language
    assert fake.requests_to("session")[0].json["language"] == "zh-CN"


def test_local_sessions_listing_does_not_start_the_engine(cwd: Path) -> None:
    code = (
        "import sys; from nemochat.cli import main; rc = main(['sessions']); "
        "print('RESULT', rc, 'nemochat.engine' in sys.modules)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=cwd
    )
    assert "RESULT 0 False" in proc.stdout, proc.stdout + proc.stderr
