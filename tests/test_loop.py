"""The terminal's one input loop (``ui.loop.converse``) and its line sources, without a pty:
a scripted source, a fake engine, and prompt_toolkit's pipe input for the keys typed while
an operation runs. (The real program in a pty: tests/test_repl_pty.py.)"""

from __future__ import annotations

import asyncio
import io
import os
import signal
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest
from prompt_toolkit.input import create_pipe_input
from rich.console import Console

from nemochat import events as ev
from nemochat.chat.engine import ChatState
from nemochat.ui.loop import INTERRUPTED, Interrupted, PlainSource, converse


class Script:
    """A line source that reads from a list (``None`` when it runs out) and records reads."""

    def __init__(self, *items: str | Interrupted | None, keys: Any = None) -> None:
        self.items = list(items)
        self.keys = keys
        self.reads: list[tuple[str, bool]] = []
        self.kept_texts: list[str] = []

    async def read(self, default: str, *, accept: bool = False) -> str | Interrupted | None:
        self.reads.append((default, accept))
        if accept:
            return default
        return self.items.pop(0) if self.items else None

    def kept(self, text: str) -> None:
        self.kept_texts.append(text)


Step = Callable[[], AsyncIterator[ev.Event]]


class Engine:
    """What the loop needs of a ``ChatEngine``: ``handle(line)`` and ``state.busy``."""

    def __init__(self, steps: dict[str, Step] | None = None) -> None:
        self.state = ChatState()
        self.steps = steps or {}
        self.lines: list[str] = []

    async def handle(self, line: str) -> AsyncIterator[ev.Event]:
        self.lines.append(line)
        step = self.steps.get(line)
        if step is not None:
            async for event in step():
                yield event


def run(engine: Engine, source: Script) -> tuple[int, str]:
    console = Console(file=io.StringIO(), width=100, color_system=None)
    seen: list[ev.Event] = []
    code = asyncio.run(converse(engine, source, seen.append, console))  # type: ignore[arg-type]
    return code, console.file.getvalue()  # type: ignore[attr-defined]


def events(*items: ev.Event) -> Step:
    async def step() -> AsyncIterator[ev.Event]:
        for item in items:
            yield item

    return step


def typing(inp: Any, *keys: str, then: Callable[[], Awaitable[None]] | None = None) -> Step:
    """An operation during which ``keys`` are typed (one chunk at a time)."""

    async def step() -> AsyncIterator[ev.Event]:
        for chunk in keys:
            inp.send_text(chunk)
            await asyncio.sleep(0.15)
        if then is not None:
            await then()
        yield ev.Notice("chat.upload.how")

    return step


def test_ctrl_c_at_an_empty_prompt_hints_then_a_second_quits(monkeypatch) -> None:
    monkeypatch.setenv("NEMOCHAT_CTRL_C_WINDOW", "30")
    source = Script("hello", INTERRUPTED, INTERRUPTED, "never read")
    engine = Engine()
    code, out = run(engine, source)
    assert code == 0 and engine.lines == ["hello"]
    assert out.count("Ctrl-C again") == 1 and out.rstrip().endswith("Bye.")
    assert source.items == ["never read"]


def test_ctrl_c_twice_slowly_only_hints(monkeypatch) -> None:
    monkeypatch.setenv("NEMOCHAT_CTRL_C_WINDOW", "0")
    code, out = run(Engine(), Script(INTERRUPTED, INTERRUPTED))  # then end of input
    assert code == 0 and out.count("Ctrl-C again") == 2 and out.rstrip().endswith("Bye.")


def test_blank_lines_are_not_handled_and_end_of_input_says_bye() -> None:
    engine = Engine()
    code, out = run(engine, Script("", "  \n", "status"))
    assert code == 0 and engine.lines == ["status"] and "Bye." in out


def test_quit_ends_the_loop_at_once() -> None:
    source = Script("/quit", "never read")
    code, out = run(Engine({"/quit": events(ev.QuitRequested())}), source)
    assert code == 0 and "Bye." in out and source.items == ["never read"]


def test_kept_text_goes_back_to_the_prompt_once() -> None:
    source = Script("/exprot", "other")
    engine = Engine({"/exprot": events(ev.KeepInput("/export"))})
    run(engine, source)
    assert source.reads == [("", False), ("/export", False), ("", False)]
    assert source.kept_texts == ["/export"]


def test_lines_typed_ahead_are_sent_in_order_and_the_rest_waits_at_the_prompt() -> None:
    with create_pipe_input() as inp:
        engine = Engine({"render": typing(inp, "status\r", "add the ti")})
        source = Script("render", keys=inp)
        run(engine, source)
    assert engine.lines == ["render", "status"]
    # the queued line is sent as it is; the unfinished one waits until the queue is empty
    assert source.reads == [("", False), ("status", True), ("add the ti", False)]


def test_typing_goes_on_while_a_queued_line_runs() -> None:
    with create_pipe_input() as inp:
        engine = Engine(
            {"render": typing(inp, "one\r", "add the"), "one": typing(inp, " title\r", "x")}
        )
        source = Script("render", keys=inp)
        run(engine, source)
    assert engine.lines == ["render", "one", "add the title"]
    assert source.reads[-1] == ("x", False)


def test_a_cancelled_operation_gives_back_everything_typed_meanwhile() -> None:
    with create_pipe_input() as inp:
        engine = Engine(
            {
                "render": typing(inp, "one\r", "two\r", "thr"),
                "one": typing(inp, "\x03", then=lambda: asyncio.sleep(5)),
            }
        )
        source = Script("render", keys=inp)
        code, out = run(engine, source)
    assert code == 0 and engine.lines == ["render", "one"]  # "two" was not sent
    assert "Cancelled" in out
    assert source.reads[-1] == ("two\nthr", False)


def test_plain_source_reads_lines_then_end_of_input() -> None:
    out = io.StringIO()

    async def main() -> list[Any]:
        source = PlainSource(io.StringIO("hello\r\n\nbye\n"), out)
        return [await source.read("ignored") for _ in range(4)]

    assert asyncio.run(main()) == ["hello", "", "bye", None]
    assert out.getvalue() == "nemo> " * 4


@pytest.mark.skipif(not hasattr(signal, "SIGINT") or os.name != "posix", reason="POSIX signals")
def test_plain_source_ctrl_c_interrupts_the_read_which_stays_pending() -> None:
    r, w = os.pipe()
    out = io.StringIO()

    async def main() -> list[Any]:
        with open(r, encoding="utf-8") as stdin:
            source = PlainSource(stdin, out)
            loop = asyncio.get_running_loop()
            loop.call_later(0.2, os.kill, os.getpid(), signal.SIGINT)
            first = await source.read("")
            loop.call_later(0.2, os.write, w, b"typed\n")
            second = await source.read("")
            os.close(w)
            third = await source.read("")
            return [first, second, third]

    assert asyncio.run(main()) == [INTERRUPTED, "typed", None]
    assert out.getvalue() == "nemo> \nnemo> "  # no second prompt while the read was pending


@pytest.mark.parametrize("typed", ["/cancel\r", "/取消\r", "/STOP\r"])
def test_cancel_typed_while_it_runs_stops_it_at_once(typed: str) -> None:
    with create_pipe_input() as inp:
        engine = Engine({"export": typing(inp, "status\r", typed, then=lambda: asyncio.sleep(5))})
        source = Script("export", keys=inp)
        code, out = run(engine, source)
    assert code == 0 and engine.lines == ["export"]  # /cancel is not run afterwards
    assert "Cancelled" in out
    assert source.reads[-1][0] == "status"  # what was queued before goes back to the prompt
