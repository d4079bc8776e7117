"""The terminal's one input loop, and the line sources it reads from.

``converse(engine, source, presenter, console)`` is the chat's loop for a terminal: it reads
a line from a ``LineSource``, runs it with ``run_operation`` (a task that Ctrl-C cancels
and whose keys are read meanwhile), and handles the outcome in one place: quitting (``/quit``,
Ctrl-D, a double Ctrl-C at an empty prompt, end of input), text kept for the prompt (a bad
drop, a typo), a cancelled operation, and lines typed ahead while it ran. It returns the
exit status (0: the chat ended normally; a Ctrl-C outside an operation and outside a read
is the process's, exit 130).

Two sources::

    PromptToolkitSource(session)   # the full prompt; keys during an operation from its input
    PlainSource()                  # dumb terminals: cooked-mode lines read in a thread,
                                   # Ctrl-C is a SIGINT

Whole-line sources without a person at a terminal (``-m`` messages, piped stdin) have no
prompt, no Ctrl-C hint and no type-ahead: ``nemochat.chat.engine.drive`` is their loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Protocol

from nemochat import events as ev
from nemochat.chat.engine import ChatEngine, KeepInput, QuitRequested
from nemochat.i18n import t

DOUBLE_CTRL_C = 2.0  # seconds: a second Ctrl-C at an empty prompt within this quits


def _double_ctrl_c() -> float:
    """The double-Ctrl-C window (``NEMOCHAT_CTRL_C_WINDOW`` lets slow test machines widen it)."""
    try:
        return float(os.environ.get("NEMOCHAT_CTRL_C_WINDOW", DOUBLE_CTRL_C))
    except ValueError:
        return DOUBLE_CTRL_C


# --- line sources ---------------------------------------------------------------------------


class Interrupted:
    """What a source reads when Ctrl-C is pressed at an empty prompt."""

    def __repr__(self) -> str:
        return "INTERRUPTED"


INTERRUPTED = Interrupted()


class LineSource(Protocol):
    """Where the terminal loop's lines come from.

    ``keys`` is the prompt_toolkit input that ``run_operation`` reads keys from while an
    operation runs (Ctrl-C, Ctrl-D, type-ahead), or ``None``: then Ctrl-C is a SIGINT.
    """

    keys: Any

    async def read(self, default: str, *, accept: bool = False) -> str | Interrupted | None:
        """The next line; ``INTERRUPTED`` for Ctrl-C at an empty prompt; ``None`` at the end
        of input. ``default`` is put at the prompt when the source can (text kept or typed
        ahead); with ``accept`` it is sent as it is (a line queued with Enter meanwhile)."""
        ...

    def kept(self, text: str) -> None:
        """``text`` was given back to the prompt after a bad drop or a typo."""
        ...


class PromptFailed(Exception):
    """prompt_toolkit could not drive this terminal (raised before the first prompt)."""


class PromptToolkitSource:
    """The full prompt: a ``PromptSession`` (``repl.build_session``), in raw mode."""

    def __init__(self, session: Any) -> None:
        self.session = session
        self.keys = session.app.input
        self._prompted = False

    async def read(self, default: str, *, accept: bool = False) -> str | Interrupted | None:
        from prompt_toolkit.formatted_text import FormattedText

        try:
            text = await self.session.prompt_async(
                FormattedText([("bold", t("ui.prompt"))]),
                default=default,
                accept_default=accept,
                set_exception_handler=False,  # the chat's own keeps the screen clean
            )
        except KeyboardInterrupt:  # the Ctrl-C key binding, at an empty prompt
            return INTERRUPTED
        except EOFError:
            return None
        except Exception as exc:
            if not self._prompted:  # e.g. NoConsoleScreenBufferError under mintty / git-bash
                raise PromptFailed from exc
            raise
        self._prompted = True
        return str(text)

    def kept(self, text: str) -> None:
        # a paste into the kept text, still unchanged, replaces its bad path (key_bindings)
        holder = getattr(self.session, "nemo_kept", None)
        if isinstance(holder, dict):
            holder["text"] = text


class LineReader:
    """Reads stdin lines in a daemon thread (so a blocked read never holds up exit)."""

    def __init__(self, stream: Any) -> None:
        self.loop = asyncio.get_running_loop()
        self.queue: asyncio.Queue[str | None] = asyncio.Queue()
        self.stream = stream
        self.wanted = threading.Event()
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        while True:
            self.wanted.wait()
            self.wanted.clear()
            try:
                line = self.stream.readline()
            except (OSError, ValueError):
                line = ""
            self.loop.call_soon_threadsafe(self.queue.put_nowait, line if line else None)
            if not line:
                return

    async def get(self) -> str | None:
        self.wanted.set()
        return await self.queue.get()


class PlainSource:
    """Plain lines from stdin in cooked mode (``TERM=dumb``, or prompt_toolkit failed): the
    terminal edits the line, so nothing can be put at the prompt; Ctrl-C is a SIGINT."""

    keys = None

    def __init__(self, stdin: Any = None, stdout: Any = None) -> None:
        self.reader = LineReader(stdin if stdin is not None else sys.stdin)
        self.out = stdout if stdout is not None else sys.stdout
        self._pending: asyncio.Future[str | None] | None = None  # a read Ctrl-C interrupted

    async def read(self, default: str, *, accept: bool = False) -> str | Interrupted | None:
        if accept:  # a queued line (never happens without keys; said as it is sent)
            self.out.write(t("ui.prompt") + default + "\n")
            self.out.flush()
            return default
        if self._pending is None:
            self.out.write(t("ui.prompt"))
            self.out.flush()
            self._pending = asyncio.ensure_future(self.reader.get())
        # after Ctrl-C the read stays pending in the thread: keep waiting for it
        loop = asyncio.get_running_loop()
        interrupted = asyncio.Event()
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(signal.SIGINT, interrupted.set)
        waiting = asyncio.ensure_future(interrupted.wait())
        either: set[asyncio.Future[Any]] = {self._pending, waiting}
        try:
            await asyncio.wait(either, return_when=asyncio.FIRST_COMPLETED)
        finally:
            waiting.cancel()
            with contextlib.suppress(Exception):
                loop.remove_signal_handler(signal.SIGINT)
        if not self._pending.done():
            self.out.write("\n")
            return INTERRUPTED
        done, self._pending = self._pending, None
        line = done.result()
        return None if line is None else line.rstrip("\r\n")

    def kept(self, text: str) -> None:
        pass  # a cooked-mode line cannot be pre-filled


# --- the loop ---------------------------------------------------------------------------------


def _say(console: Any, key: str, style: str | None = None) -> None:
    console.print(t(key), style=style, highlight=False, markup=False)


async def converse(engine: ChatEngine, source: LineSource, presenter: Any, console: Any) -> int:
    """The terminal's input loop: read, run, handle the outcome; returns the exit status."""
    last_ctrl_c = 0.0
    default = ""  # for the next prompt: kept text, or typed ahead and not yet sent
    pending: list[str] = []  # lines typed (with Enter) while an operation ran, in order
    while True:
        if pending:  # sent as typed; the unfinished ``default`` waits until they are done
            line = await source.read(pending.pop(0), accept=True)
        else:
            line, default = await source.read(default), ""
        if isinstance(line, Interrupted):
            now = time.monotonic()
            if now - last_ctrl_c < _double_ctrl_c():
                _say(console, "chat.bye")
                return 0
            last_ctrl_c = now
            _say(console, "chat.ctrl_c_hint", style="dim")
            continue
        if line is None:  # Ctrl-D, end of input
            _say(console, "chat.bye")
            return 0
        if not line.strip():
            continue
        # keys typed during the operation go on from what was typed ahead before it
        out = await run_operation(
            engine, line, presenter, console, inp=source.keys, typeahead=default
        )
        if out.quit:
            _say(console, "chat.bye")
            return 0
        if out.keep is not None:
            default = out.keep  # not sent: give it back; drop anything typed meanwhile
            pending.clear()
            source.kept(out.keep)
        elif out.cancelled:  # nothing more is sent: all that was typed goes back
            default = "\n".join([*pending, *out.queued, out.typeahead]).strip("\n")
            pending.clear()
        else:
            pending.extend(out.queued)
            default = out.typeahead


# --- running one operation --------------------------------------------------------------------


@dataclass
class Outcome:
    """What one operation leaves for the loop to handle."""

    quit: bool = False
    keep: str | None = None  # text to put back at the prompt
    cancelled: bool = False
    typeahead: str = ""  # typed during the operation, not yet sent
    queued: list[str] = field(default_factory=list)  # typed and sent with Enter meanwhile


async def _consume(engine: ChatEngine, line: str, presenter: Any, out: Outcome) -> None:
    """Feed one input's events to the presenter; a bug becomes an error line, not a crash."""
    try:
        async for event in engine.handle(line):
            presenter(event)
            if isinstance(event, KeepInput):
                out.keep = event.text
            elif isinstance(event, QuitRequested):
                out.quit = True
    except asyncio.CancelledError:
        raise
    except Exception as exc:
        presenter(ev.Error.from_exception(exc))


def _is_cancel(line: str) -> bool:
    """Whether a line typed during an operation is the cancel command (``/cancel``, ``/取消``)."""
    from nemochat.chat import commands

    parsed = commands.split(line)
    return parsed is not None and parsed[0] is not None and parsed[0].name == "cancel"


def _ask(presenter: Any, console: Any, question: str | None) -> None:
    """Show (or clear) a question in the live status area, or print it."""
    ask = getattr(presenter, "set_question", None)
    if ask is not None:
        ask(question)
    elif question:
        console.print(question, markup=False, highlight=False)


async def run_operation(
    engine: ChatEngine,
    line: str,
    presenter: Any,
    console: Any,
    inp: Any = None,
    typeahead: str = "",
) -> Outcome:
    """Run one input as a task; Ctrl-C cancels it, Ctrl-D (after asking, if busy) quits.

    With ``inp`` (prompt_toolkit's input), keys typed meanwhile continue ``typeahead``;
    Enter queues the line. Without it, Ctrl-C is a SIGINT that cancels the task.
    """
    out = Outcome(typeahead=typeahead)
    task = asyncio.ensure_future(_consume(engine, line, presenter, out))
    confirming = False
    loop = asyncio.get_running_loop()

    was_busy: list[str | None] = [None]  # what ran when it was cancelled (it ends after)

    def cancel() -> None:
        if not task.done():
            out.cancelled = True
            was_busy[0] = engine.state.busy
            task.cancel()

    def on_keys() -> None:
        nonlocal confirming
        from prompt_toolkit.keys import Keys

        for kp in inp.read_keys():
            if confirming:
                confirming = False
                yes = kp.data.lower() == "y"
                _ask(presenter, console, None)
                if yes:
                    out.quit = True
                    cancel()
                continue
            if kp.key == Keys.ControlC:
                cancel()
            elif kp.key == Keys.ControlD:
                if engine.state.busy in ("upload", "render", "download"):
                    _ask(presenter, console, t("chat.confirm_exit"))
                    confirming = True
                else:
                    out.quit = True
                    cancel()
            elif kp.key == Keys.ControlM:
                if _is_cancel(out.typeahead):
                    cancel()  # "/cancel" typed while it runs: stop it now, not afterwards
                elif out.typeahead.strip():
                    out.queued.append(out.typeahead)
                out.typeahead = ""
            elif kp.key in (Keys.ControlH, Keys.Backspace):
                out.typeahead = out.typeahead[:-1]
            elif kp.key == Keys.BracketedPaste or (
                isinstance(kp.key, str) and len(kp.data) == 1 and kp.data.isprintable()
            ):
                out.typeahead += kp.data

    async def ticker() -> None:
        while True:
            await asyncio.sleep(0.12)
            tick = getattr(presenter, "tick", None)
            if tick:
                tick()

    tick_task = asyncio.ensure_future(ticker())
    own_handler = False
    try:
        with contextlib.ExitStack() as stack:
            if inp is not None:
                stack.enter_context(inp.raw_mode())
                stack.enter_context(inp.attach(on_keys))
            else:
                with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                    loop.add_signal_handler(2, cancel)  # SIGINT
                    own_handler = True
            try:
                await task
            except asyncio.CancelledError:
                me = asyncio.current_task()
                if me is not None and me.cancelling():
                    raise  # the whole chat is being closed, not just this operation
    finally:
        tick_task.cancel()
        if own_handler:
            with contextlib.suppress(Exception):
                loop.remove_signal_handler(2)
        finish = getattr(presenter, "finish", None)
        if finish:
            finish()
    if out.cancelled:
        busy = was_busy[0] or engine.state.busy
        key = {"reply": "chat.cancelled.reply", "render": "chat.cancelled.render"}.get(
            busy or "", "chat.cancelled"
        )
        if not out.quit or busy in ("upload", "render", "download", "export"):
            console.print(t(key), style="yellow", highlight=False, markup=False)
    return out
