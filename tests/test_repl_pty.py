"""End to end: the real program (`python -m nemochat`) in a pseudo-terminal, talking to the
loopback fake NemoVideo server. Chinese input, dropped paths in several terminal styles,
streaming, Ctrl-C during a long reply, export, Ctrl-C twice and Ctrl-D.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

sys.path.insert(0, str(Path(__file__).parent))
from fakeserver import (  # noqa: E402
    FakeNemo,
    Pause,
    typed_heartbeat,
    typed_text,
    typed_tool_call,
    typed_tool_result,
)
from program import spawn_chat  # noqa: E402

PROMPT = "nemo>"


@pytest.fixture
def spawn(fake: FakeNemo, tmp_path: Path) -> Iterator:
    children = []

    def start(lang: str = "C.UTF-8", extra: dict[str, str] | None = None):
        child = spawn_chat(
            fake.url,
            tmp_path,
            timeout=20,
            LANG=lang,
            NEMOCHAT_OUTPUT_DIR=str(tmp_path / "out"),
            EDITOR="true",
            **(extra or {}),
        )
        children.append(child)
        child.expect_exact(PROMPT)
        return child

    yield start
    for child in children:
        if child.isalive():
            child.terminate(force=True)


def quit_with_ctrl_d(child) -> None:
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def chat_texts(fake: FakeNemo) -> list[str]:
    out = []
    for req in fake.requests_to("chat"):
        body = req.json if isinstance(req.json, dict) else json.loads(req.body or b"{}")
        out.append(json.dumps(body, ensure_ascii=False))
    return out


def test_chinese_input_streams_reply_and_chrome_is_chinese(spawn, fake: FakeNemo) -> None:
    fake.script_chat(
        typed_text("好的，"),
        Pause(0.3),
        typed_heartbeat(),
        typed_text("我把标题改成了「东京之夜」。\n"),
        typed_tool_call("edit_multitrack", {"action": "add_title"}),
        Pause(0.2),
        typed_tool_result("edit_multitrack", {"ok": True}),
    )
    child = spawn()
    child.send("把标题改成「东京之夜」\r")
    child.expect_exact("好的，我把标题改成了「东京之夜」。")
    child.expect_exact("编辑时间线")  # the tool label, in the language of the input
    child.expect_exact(PROMPT)
    assert any("把标题改成「东京之夜」" in body for body in chat_texts(fake))
    child.send("积分\r")  # routed to credits, answered in Chinese, never sent to the agent
    child.expect_exact("积分：可用 100")
    child.expect_exact(PROMPT)
    assert len(fake.requests_to("chat")) == 1
    quit_with_ctrl_d(child)


def test_dropped_paths_in_several_terminal_styles(spawn, fake: FakeNemo, tmp_path) -> None:
    pics = tmp_path / "My Pics"
    pics.mkdir()
    for name in ("a b.png", "it's.png", "c.png", "中文 1.png"):
        (pics / name).write_bytes(_PNG)
    child = spawn()
    # GNOME: single quotes with '\'' for the apostrophe, trailing space
    child.send(f"'{pics}/it'\\''s.png' \r")
    child.expect_exact("Uploaded 1 file: it's.png")
    child.expect_exact(PROMPT)
    # macOS Terminal / iTerm2: backslash escapes, two files
    esc = str(pics).replace(" ", "\\ ")
    child.send(f"{esc}/a\\ b.png {esc}/c.png \r")
    child.expect_exact("Uploaded 2 files")
    child.expect_exact(PROMPT)
    # kitty: one path per line, as a bracketed paste; then words for the agent after the file
    child.send(f"\x1b[200~{pics}/中文 1.png\n{pics}/c.png\x1b[201~\r")
    child.expect_exact("Uploaded 2 files")
    child.expect_exact(PROMPT)
    child.send(f"file://{str(pics).replace(' ', '%20')}/a%20b.png make it warm\r")
    child.expect_exact("Uploaded 1 file: a b.png")
    child.expect_exact("Working on it: make it warm")
    child.expect_exact(PROMPT)
    uploads = fake.requests_to("upload")
    names = [p.filename for r in uploads for p in r.parts]
    assert sorted(names) == sorted(
        ["it's.png", "a b.png", "c.png", "中文 1.png", "c.png", "a b.png"]
    )
    quit_with_ctrl_d(child)


def test_missing_path_is_reported_kept_and_not_sent(spawn, fake: FakeNemo, tmp_path) -> None:
    child = spawn()
    child.send(f"{tmp_path}/nope.png make it brighter\r")
    child.expect_exact("File not found")
    child.expect_exact("Your input is kept")
    child.expect_exact(PROMPT)
    child.send("\r")  # the input is back at the prompt: Enter sends it again
    child.expect_exact("File not found")
    child.expect_exact(PROMPT)
    assert fake.requests_to("chat") == [] and fake.requests_to("upload") == []
    child.sendcontrol("c")  # the kept text is still there: Ctrl-C clears it, Ctrl-D quits
    quit_with_ctrl_d(child)


def test_ctrl_c_cancels_a_long_reply_and_the_chat_goes_on(spawn, fake: FakeNemo) -> None:
    fake.script_chat(typed_text("Starting a long edit.\n"), Pause(30), typed_text("never"))
    child = spawn()
    child.send("make a long video\r")
    child.expect_exact("Starting a long edit.")
    child.sendcontrol("c")
    child.expect_exact("server may still finish")
    child.expect_exact(PROMPT)
    child.send("add a title\r")  # the next turn works normally
    child.expect_exact("Working on it: add a title")
    child.expect_exact(PROMPT)
    quit_with_ctrl_d(child)


def test_export_after_an_edit(spawn, fake: FakeNemo, tmp_path) -> None:
    fake.render_steps = ["completed"]  # one poll (the client's first wait is 2 s)
    child = spawn()
    child.send("add a title Hello\r")
    child.expect_exact("Working on it")
    child.expect_exact(PROMPT)
    child.send("export\r")
    child.expect_exact("Saved ")
    child.expect_exact(PROMPT)
    files = list((tmp_path / "out").glob("*.mp4"))
    assert len(files) == 1 and files[0].read_bytes() == fake.output_bytes
    quit_with_ctrl_d(child)


def test_ctrl_c_at_empty_prompt_hints_then_exits(spawn) -> None:
    child = spawn(extra={"NEMOCHAT_CTRL_C_WINDOW": "15"})  # 2 s is tight on a busy CI box
    child.send("some text")
    child.sendcontrol("c")  # clears the text, stays
    child.sendcontrol("c")  # empty prompt: hint
    child.expect_exact("Ctrl-C again")
    child.sendcontrol("c")  # second within 2 s: exit 0
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_slash_commands_and_unknown_command(spawn) -> None:
    child = spawn()
    child.send("/help\r")
    child.expect_exact("/sessions")
    child.expect_exact(PROMPT)
    child.send("/frobnicate\r")
    child.expect_exact("Unknown command: /frobnicate")
    child.expect_exact(PROMPT)
    child.send("/lang zh\r")
    child.expect_exact("界面语言：zh")
    child.expect_exact(PROMPT)
    child.send("/quit\r")
    child.expect_exact("再见")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


# a valid 1x1 PNG
_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082"
)


def test_ctrl_d_during_a_render_asks_first(spawn, fake: FakeNemo) -> None:
    fake.render_steps = ["processing"] * 100  # a render that keeps going
    child = spawn()
    child.send("add a title\r")
    child.expect_exact("Working on it")
    child.expect_exact(PROMPT)
    child.send("/export\r")
    child.expect_exact("Rendering")
    child.sendcontrol("d")
    child.expect_exact("Quit anyway? [y/N]")
    child.send("n")  # keep going
    child.sendcontrol("c")  # then cancel just the render
    child.expect_exact("render was told to stop")
    child.expect_exact(PROMPT)
    assert len(fake.requests_to("cancel")) == 1  # the API's cancel, sent once
    child.send("/export\r")
    child.expect_exact("Rendering")
    child.sendcontrol("d")
    child.expect_exact("Quit anyway? [y/N]")
    child.send("y")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_toolbar_shows_backend_session_credits(fake: FakeNemo, tmp_path) -> None:
    """Without NO_CPR: answer prompt_toolkit's cursor position requests like a terminal,
    so it knows the height and draws the bottom toolbar."""
    env = dict(os.environ, NEMOCHAT_BACKEND="cloud", NEMO_API_URL=fake.url, TERM="xterm")
    env.pop("PROMPT_TOOLKIT_NO_CPR", None)
    child = pexpect.spawn(
        sys.executable,
        ["-m", "nemochat"],
        env=env,
        cwd=str(tmp_path),
        encoding="utf-8",
        dimensions=(30, 120),
        timeout=20,
    )
    try:
        child.expect_exact("\x1b[6n")
        child.send("\x1b[10;1R")
        child.expect_exact("backend cloud")
        child.expect_exact("credits ?")
        child.send("credits\r")
        child.expect_exact("Credits: 100 available")
        child.expect_exact("\x1b[6n")
        child.send("\x1b[20;1R")
        child.expect_exact("credits 100")
        child.sendcontrol("d")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)


def test_dumb_terminal_falls_back_to_plain_input(spawn, fake: FakeNemo) -> None:
    env = dict(os.environ, NEMOCHAT_BACKEND="cloud", NEMO_API_URL=fake.url, TERM="dumb")
    child = pexpect.spawn(sys.executable, ["-m", "nemochat"], env=env, encoding="utf-8", timeout=20)
    try:
        child.expect_exact(PROMPT)
        child.sendline("状态")
        child.expect_exact("时间线是空的")
        child.expect_exact(PROMPT)
        child.sendeof()
        child.expect(pexpect.EOF)
        child.close()
        assert child.exitstatus == 0
    finally:
        child.close(force=True)


def test_piped_stdin_handles_each_line_without_decoration(fake: FakeNemo, tmp_path) -> None:
    import subprocess

    env = dict(os.environ, NEMOCHAT_BACKEND="cloud", NEMO_API_URL=fake.url)
    proc = subprocess.run(
        [sys.executable, "-m", "nemochat"],
        input="积分\nadd a title\nstatus\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=str(tmp_path),
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "nemo>" not in proc.stdout and "\x1b" not in proc.stdout
    assert "积分：可用 100" in proc.stdout
    assert "Working on it: add a title" in proc.stdout
    assert "Timeline (1 track)" in proc.stdout
    assert len(fake.requests_to("chat")) == 1
