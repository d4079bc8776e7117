"""Key bindings, history and completion of the chat prompt, driven through a pipe input."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from prompt_toolkit.completion import CompleteEvent
from prompt_toolkit.document import Document
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from nemochat.chat.engine import ChatState
from nemochat.ui import repl


def prompt(keys: str, history: list[str] | None = None, state: ChatState | None = None) -> str:
    if history:
        path = repl.history_path()
        path.write_text("".join(f"\n# t\n+{h}\n" for h in history), encoding="utf-8")
    with create_pipe_input() as inp:
        inp.send_text(keys)
        session = repl.build_session(state or ChatState(), input=inp, output=DummyOutput())
        return session.prompt("> ")


def test_enter_sends() -> None:
    assert prompt("hello 你好\r") == "hello 你好"


def test_alt_enter_and_ctrl_j_add_newlines() -> None:
    assert prompt("a\x1b\rb\r") == "a\nb"
    assert prompt("a\nb\r") == "a\nb"


def test_bracketed_paste_keeps_lines_whole() -> None:
    assert prompt("\x1b[200~line one\r\nline two\x1b[201~\r") == "line one\nline two"


def test_ctrl_c_with_text_clears_it() -> None:
    assert prompt("some draft\x03new\r") == "new"


def test_ctrl_c_on_empty_prompt_interrupts() -> None:
    with pytest.raises(KeyboardInterrupt):
        prompt("\x03")


def test_ctrl_d_on_empty_prompt_exits() -> None:
    with pytest.raises(EOFError):
        prompt("\x04")


def test_up_is_filtered_by_prefix() -> None:
    history = ["make it red", "export", "make it blue", "status"]
    assert prompt("make\x1b[A\r", history) == "make it blue"
    assert prompt("make\x1b[A\x1b[A\r", history) == "make it red"


def test_ctrl_r_searches_history() -> None:
    history = ["make it red", "export", "add a title"]
    assert prompt("\x12red\r\r", history) == "make it red"


async def _staged(steps: list[tuple[str, object]], history: list[str] | None = None) -> str:
    """Send keys in steps, waiting after each for a condition on the buffer (suggestions
    and completions arrive asynchronously)."""
    if history:
        repl.history_path().write_text("".join(f"\n# t\n+{h}\n" for h in history), "utf-8")
    with create_pipe_input() as inp:
        session = repl.build_session(ChatState(), input=inp, output=DummyOutput())
        task = asyncio.ensure_future(session.prompt_async("> "))
        for keys, until in steps:
            inp.send_text(keys)
            for _ in range(200):
                await asyncio.sleep(0.01)
                if until is None or until(session.default_buffer):
                    break
        return await asyncio.wait_for(task, 5)


def test_auto_suggest_from_history() -> None:
    # Right arrow accepts the grey suggestion taken from history
    steps = [("add", lambda b: b.suggestion is not None), ("\x1b[C\r", None)]
    assert asyncio.run(_staged(steps, ["add a title"])) == "add a title"


def test_tab_completes_slash_commands() -> None:
    steps = [("/cred", None), ("\t", lambda b: b.text != "/cred"), ("\r", None)]
    assert asyncio.run(_staged(steps)) == "/credits"


def _complete(text: str, state: ChatState | None = None) -> list[str]:
    completer = repl._completer(state or ChatState())
    doc = Document(text, len(text))
    return [
        c.text for c in completer.get_completions(doc, CompleteEvent(completion_requested=True))
    ]


def test_completer_commands_args_sessions_paths(tmp_path: Path) -> None:
    assert "/lang" in _complete("/la")
    assert "/exit" in _complete("/ex") and "/export" in _complete("/ex")
    assert _complete("/lang z") == ["zh"]
    state = ChatState(session_ids=["abc123", "abd999", "zzz"])
    assert _complete("/use ab", state) == ["abc123", "abd999"]
    (tmp_path / "beach photo.jpg").write_bytes(b"x")
    assert _complete(f"/upload {tmp_path}/bea") == ["ch photo.jpg"]
    assert _complete(f"make a video of {tmp_path}/bea") == ["ch photo.jpg"]
    assert _complete("make it brighter") == []


def test_history_file_is_private_capped_and_skips_dropped_files(tmp_path: Path) -> None:
    path = repl.history_path()
    path.write_text("".join(f"\n# t\n+entry {i}\n" for i in range(30)), encoding="utf-8")
    hist = repl._make_history(path, limit=10)
    assert path.stat().st_mode & 0o777 == 0o600
    strings = list(hist.load_history_strings())
    assert len(strings) == 10 and strings[0] == "entry 29" and strings[-1] == "entry 20"
    photo = tmp_path / "secret.png"
    photo.write_bytes(b"x")
    hist.store_string(str(photo))
    hist.store_string("make it warmer")
    text = path.read_text(encoding="utf-8")
    assert "secret.png" not in text and "+make it warmer" in text


def test_multiline_history_entries_survive(tmp_path: Path) -> None:
    path = repl.history_path()
    hist = repl._make_history(path)
    hist.store_string("line one\nline two")
    again = repl._make_history(path)
    assert next(iter(again.load_history_strings())) == "line one\nline two"


def test_ctrl_x_ctrl_e_edits_in_editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    editor = tmp_path / "editor.sh"
    editor.write_text('#!/bin/sh\nprintf "written in the editor\\n第二行" > "$1"\n')
    editor.chmod(0o755)
    monkeypatch.setenv("EDITOR", str(editor))
    monkeypatch.delenv("VISUAL", raising=False)
    steps = [("draft", None), ("\x18\x05", lambda b: b.text != "draft"), ("\r", None)]
    assert asyncio.run(_staged(steps)) == "written in the editor\n第二行"
