"""The interactive chat: prompt_toolkit input, rich output, one ``ChatEngine`` behind it.

``cli.py`` calls::

    from nemochat.ui import repl
    code = repl.run(backend=backend)          # exit status (0 on a normal quit)

``chat`` picks the mode: a full prompt when stdin and stdout are terminals; piped mode
(each stdin line handled as if typed, plain output, then exit) when stdin is not a
terminal; plain line input when prompt_toolkit cannot start (``TERM=dumb``, some
Windows consoles). The full prompt and plain input are two line sources of the same
terminal loop (``nemochat.ui.loop.converse``); piped lines go through
``nemochat.chat.engine.drive``, the loop for whole-line sources.

Operations (a reply, upload, render wait, download) run as a task while the terminal is
in raw mode, so Ctrl-C cancels just that task and Ctrl-D can ask before quitting.
The prompt itself is never active while output streams (prompt_toolkit and rich Live
would fight over the same lines).
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import os
import re
import signal
import sys
from collections.abc import AsyncIterator, Callable, Iterable
from pathlib import Path
from typing import Any

from nemochat import events as ev
from nemochat import i18n
from nemochat.chat import commands
from nemochat.chat.engine import ChatEngine, ChatState
from nemochat.i18n import t

HISTORY_MAX = 1000  # entries kept in the history file


# --- the toolbar (a pure function of state) -----------------------------------------------


# (catalog key of the item, priority): the lower the priority, the longer the item stays
# when the toolbar is too wide; the quit key goes last of all.
_KEY_ITEMS = (
    ("ui.toolbar.key.send", 10),
    ("ui.toolbar.key.newline", 9),
    ("ui.toolbar.key.cancel", 6),
    ("ui.toolbar.key.quit", 0),
    ("ui.toolbar.key.help", 5),
)


def toolbar_items(
    state: ChatState, *, lang: str | None = None, setting: str | None = None
) -> list[tuple[str, int, bool]]:
    """The toolbar's items in display order: (text, priority, is_key)."""
    lang = lang or i18n.current()
    setting = setting or i18n.setting()
    L = lang

    def w(key: str) -> str:
        return t(key, L)  # type: ignore[arg-type]

    backend = w("ui.toolbar.local") if state.backend == "local" else w("ui.toolbar.cloud")
    session = state.session_id[:8] if state.session_id else w("ui.toolbar.none")
    if state.credits_unlimited:
        credits = w("ui.toolbar.unlimited")
    else:
        credits = f"{state.credits:g}" if state.credits is not None else "?"
    lang_shown = setting if setting != "auto" else f"auto ({lang})"
    items: list[tuple[str, int, bool]] = [
        (f"{w('ui.toolbar.backend')} {backend}", 4, False),
        (f"{w('ui.toolbar.session')} {session}", 3, False),
        (f"{w('ui.toolbar.credits')} {credits}", 7, False),
    ]
    if state.queued:
        items.append((f"{w('ui.toolbar.queued')} {state.queued}", 2, False))
    if state.busy:
        items.append((w("ui.toolbar.busy"), 1, False))
    items.append((f"{w('ui.toolbar.lang')} {lang_shown}", 8, False))
    items.extend((w(key), prio, True) for key, prio in _KEY_ITEMS)
    return items


def _join(items: list[tuple[str, int, bool]]) -> str:
    state = " | ".join(text for text, _p, key in items if not key)
    keys = "  ".join(text for text, _p, key in items if key)
    return f"{state} | {keys}" if state and keys else state or keys


def toolbar_text(
    state: ChatState,
    *,
    width: int | None = None,
    lang: str | None = None,
    setting: str | None = None,
) -> str:
    """``cloud | session 3f9a1c2b | credits 120 | queued 2 | lang auto (en) | keys``.

    A pure function of the state and the width: when the line is too wide, whole items
    are dropped, the least important first (the quit key is kept longest); nothing is
    ever cut in the middle of a word.
    """
    from rich.cells import cell_len

    items = toolbar_items(state, lang=lang, setting=setting)
    if width is None:
        return _join(items)
    limit = max(1, width - 1)  # the last column: some terminals wrap when it is written
    while len(items) > 1 and cell_len(_join(items)) > limit:
        drop = max(range(len(items)), key=lambda i: (items[i][1], i))
        items = items[:drop] + items[drop + 1 :]
    line = _join(items)
    return line if cell_len(line) <= limit else ""


def _toolbar_width() -> int | None:
    try:
        from prompt_toolkit.application.current import get_app

        return int(get_app().output.get_size().columns)
    except Exception:
        return None


# --- history --------------------------------------------------------------------------------


def history_path() -> Path:
    from nemochat.config import home

    return home() / "history"


def _make_history(path: Path, limit: int = HISTORY_MAX) -> Any:
    """A ``FileHistory`` kept to ``limit`` entries (trimmed at start), file mode 0600.

    Inputs that were only dropped files stay in memory for this run but are not written
    (paths can be private and are rarely worth recalling).
    """
    from prompt_toolkit.history import FileHistory

    class CappedFileHistory(FileHistory):
        def append_string(self, string: str) -> None:
            if commands.typo(string):
                return  # "/exprot", "stauts": never suggested back
            super().append_string(string)

        def store_string(self, string: str) -> None:
            from nemochat.chat.paths import parse

            dropped = parse(string)
            if dropped.files and not dropped.text:
                return
            super().store_string(string)

    _trim_history(path, limit)
    if not path.exists():
        with contextlib.suppress(OSError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
    return CappedFileHistory(str(path))


def _trim_history(path: Path, limit: int) -> None:
    """Keep the last ``limit`` entries of a prompt_toolkit history file (atomic rewrite)."""
    try:
        data = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return
    entries = re.split(r"\n(?=\n# )", "\n" + data)
    entries = [e for e in entries if e.strip()]
    if len(entries) <= limit:
        return
    from nemochat.config import write_private

    write_private(path, "\n".join(entries[-limit:]).lstrip("\n") + "\n")


# --- completion --------------------------------------------------------------------------------


def _completer(state: ChatState) -> Any:
    from prompt_toolkit.completion import Completer, Completion, PathCompleter
    from prompt_toolkit.document import Document

    paths = PathCompleter(expanduser=True)

    class ChatCompleter(Completer):
        """Slash commands and their arguments, local file paths, session ids."""

        def get_completions(self, document: Document, complete_event: Any) -> Iterable[Completion]:
            text = document.text_before_cursor
            if text.startswith("/") and " " not in text:
                word = text[1:].casefold()
                for cmd in commands.COMMANDS:
                    for name in (cmd.name, *cmd.aliases):
                        if name.startswith(word):
                            yield Completion(
                                "/" + name, start_position=-len(text), display_meta=t(cmd.help_key)
                            )
                return
            if text.startswith("/"):
                head, _, rest = text[1:].partition(" ")
                found = commands.lookup(head)
                if found is None:
                    return
                cmd = found
                last = rest.split(" ")[-1] if rest else ""
                if cmd.args:
                    for arg in cmd.args:
                        if arg.startswith(last):
                            yield Completion(arg, start_position=-len(last))
                    return
                if cmd.takes_session:
                    # names (or short ids when unnamed); the whole argument is the word
                    typed = rest.casefold()
                    for sid in state.session_ids:
                        label = state.session_names.get(sid, "")
                        short = sid[:8]
                        if label and label.casefold().startswith(typed):
                            yield Completion(label, -len(rest), display_meta=short)
                        elif sid.startswith(rest) or short.startswith(rest):
                            yield Completion(short, -len(rest), display_meta=label)
                    return
                if cmd.takes_path:
                    yield from paths.get_completions(Document(last, len(last)), complete_event)
                return
            last = text.split(" ")[-1] if text else ""
            if last.startswith(("/", "~/", "./", "../")):
                yield from paths.get_completions(Document(last, len(last)), complete_event)

    return ChatCompleter()


# --- key bindings ----------------------------------------------------------------------------


def without_bad_paths(text: str) -> str:
    """``text`` with its path-like words that name nothing removed (what was kept after a
    bad drop, minus the bad path)."""
    from nemochat.chat import paths

    out, cursor = [], 0
    for tok in paths.tokenize(text):
        if (
            paths.looks_like_path(tok)
            and not Path(paths.candidate(tok.value)).expanduser().exists()
        ):
            out.append(text[cursor : tok.start])
            cursor = tok.end
    out.append(text[cursor:])
    return " ".join("".join(out).split())


def key_bindings(kept: dict[str, str | None] | None = None) -> Any:
    """Enter sends; Alt-Enter / Ctrl-J add a newline; Ctrl-C clears text or interrupts.

    ``kept["text"]`` is an input given back after a bad drop: a paste into it, still
    unchanged, replaces the bad path instead of being appended to it.
    """
    from prompt_toolkit.filters import is_searching
    from prompt_toolkit.key_binding import KeyBindings
    from prompt_toolkit.keys import Keys

    kb = KeyBindings()
    kept = kept if kept is not None else {}

    @kb.add(Keys.BracketedPaste)
    def _paste(event: Any) -> None:
        data = event.data.replace("\r\n", "\n").replace("\r", "\n")
        buf = event.current_buffer
        previous, kept["text"] = kept.get("text"), None
        if previous is not None and buf.text == previous:
            rest = without_bad_paths(previous)
            buf.text = ""
            buf.insert_text(data.strip() + (" " + rest if rest else ""))
            return
        buf.insert_text(data)

    @kb.add("enter", filter=~is_searching)
    def _enter(event: Any) -> None:
        buf = event.current_buffer
        state = buf.complete_state
        if state is not None and state.current_completion is not None:
            buf.apply_completion(state.current_completion)
            return
        buf.validate_and_handle()

    @kb.add("escape", "enter", filter=~is_searching)
    @kb.add("c-j", filter=~is_searching)
    def _newline(event: Any) -> None:
        event.current_buffer.insert_text("\n")

    @kb.add("c-c", filter=~is_searching)
    def _ctrl_c(event: Any) -> None:
        buf = event.current_buffer
        if buf.text:
            buf.reset()
        else:
            event.app.exit(exception=KeyboardInterrupt, style="class:aborting")

    return kb


def build_session(state: ChatState, *, input: Any = None, output: Any = None) -> Any:
    """The PromptSession of the chat (history, search, suggestions, completion, toolbar)."""
    from functools import partial

    from prompt_toolkit import PromptSession
    from prompt_toolkit.auto_suggest import AutoSuggestFromHistory
    from prompt_toolkit.completion import ThreadedCompleter

    pt_prompt: Any = importlib.import_module("prompt_toolkit.shortcuts.prompt")

    class _PromptSession(PromptSession):  # type: ignore[type-arg]
        """prompt_toolkit's search toolbar in the user's language (its "I-search backward:"
        is English only): the prompts are formatted text, so callables re-read it."""

        def _create_layout(self) -> Any:
            original = pt_prompt.SearchToolbar
            pt_prompt.SearchToolbar = partial(
                original,
                forward_search_prompt=lambda: t("ui.search.forward"),
                backward_search_prompt=lambda: t("ui.search.backward"),
            )
            try:
                return super()._create_layout()
            finally:
                pt_prompt.SearchToolbar = original

    kept: dict[str, str | None] = {"text": None}
    session = _PromptSession(
        history=_make_history(history_path()),
        auto_suggest=AutoSuggestFromHistory(),
        completer=ThreadedCompleter(_completer(state)),
        complete_while_typing=False,
        enable_history_search=True,  # Up recalls entries starting with what is typed
        search_ignore_case=True,
        key_bindings=key_bindings(kept),
        multiline=True,
        enable_open_in_editor=True,  # Ctrl-X Ctrl-E
        bottom_toolbar=lambda: toolbar_text(state, width=_toolbar_width()),
        prompt_continuation=lambda width, line_number, wrap_count: "." * (width - 1) + " ",
        input=input,
        output=output,
        mouse_support=False,
    )
    session.nemo_kept = kept  # type: ignore[attr-defined]
    return session


# --- the modes -----------------------------------------------------------------------------------


def run(*, backend: Any, session_id: str | None = None, debug: bool = False) -> int:
    """Open the chat on a started ``nemochat.backend.Backend``; returns the exit status.

    Called by ``cli.py`` when stdin is a terminal (piped input goes through
    ``chat.engine.run_messages`` there). Builds the API client and the ``Project`` itself,
    inside its own event loop.
    """
    return asyncio.run(_main(backend, session_id, debug))


async def _main(backend: Any, session_id: str | None, debug: bool) -> int:
    from nemochat import app as composition
    from nemochat.ui.output import RichPresenter

    console = make_console()
    presenter = RichPresenter(console, debug=debug)
    made: list[Any] = []

    def on_notice(key: str, fields: dict[str, Any]) -> None:
        presenter(ev.Notice(key, dict(fields or {})))

    async def connect(engine: ChatEngine) -> None:
        # Heavy work (the API client's imports, the local engine's server) waits until the
        # prompt is on screen, so it does not compete with drawing it.
        if engine.prompt_drawn is not None:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(engine.prompt_drawn.wait(), _DRAW_WAIT)
        launch = getattr(backend, "launch", None)
        if launch is not None:
            launch()
        # in a worker thread, so the prompt stays responsive while the imports happen
        made.append(
            await asyncio.to_thread(
                composition.build,
                backend,
                session_id=session_id,
                on_notice=on_notice,
                chat=engine,
            )
        )
        with contextlib.suppress(Exception):  # for Tab completion of /use
            known = engine.project.store.list()
            engine.state.session_ids = [x.session_id for x in known]
            engine.state.session_names = {
                x.session_id: x.display_name for x in known if x.display_name
            }
            # the project picked up from last time is said, not resumed silently
            cur = next((x for x in known if x.session_id == engine.project.session_id), None)
            if cur is not None and (cur.photos or cur.duration_ms):
                fields = {
                    "name": cur.display_name or t("project.default_name"),
                    "photos": cur.photos or 0,
                    "seconds": f"{(cur.duration_ms or 0) / 1000:.1f}".rstrip("0").rstrip("."),
                }
                await _above_prompt(lambda: on_notice("chat.resumed", fields))
        if getattr(backend, "engine", None) is not None:
            await asyncio.to_thread(backend.wait_ready)
        engine.refresh_credits_soon()  # the toolbar shows the balance once it is known

    engine = ChatEngine(None, backend=backend.kind, connect=connect, track_credits=True)
    closed = _cancel_on_close()
    try:
        return await chat(engine, console=console, presenter=presenter)
    except asyncio.CancelledError:
        if closed:  # the terminal closed: what ran was cancelled (a render in the engine too)
            return 128 + closed[0]
        raise
    finally:
        ready = engine.ready
        if ready is not None and not ready.done():
            ready.cancel()
            with contextlib.suppress(BaseException):
                await ready
        await engine.close()
        for built in made:
            with contextlib.suppress(Exception):
                await built.client.aclose()


async def _above_prompt(show: Callable[[], None]) -> None:
    """Print above the prompt being edited (prompt_toolkit redraws it below), or plainly
    when no prompt is on screen."""
    from prompt_toolkit.application import get_app_or_none, run_in_terminal

    if get_app_or_none() is None:
        show()
        return
    await run_in_terminal(show)


def _cancel_on_close() -> list[int]:
    """Closing the chat (the terminal's SIGHUP, or SIGTERM) cancels what runs, as Ctrl-C
    does, so a render in the engine is cancelled too (the API's cancel) before the program
    ends; the list gets the signal's number."""
    task = asyncio.current_task()
    loop = asyncio.get_running_loop()
    closed: list[int] = []

    def on_close(signum: int) -> None:
        if not closed and task is not None:
            closed.append(signum)
            task.cancel()

    for name in ("SIGHUP", "SIGTERM"):
        signum = getattr(signal, name, None)
        if signum is not None:
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(signum, on_close, int(signum))
    return closed


def color_system(env: Any = None) -> str | None:
    """The colour depth to use: rich's guess, raised where rich is too cautious.

    rich reads only ``TERM``'s suffix, so ``screen`` (tmux's default), ``xterm`` and
    ``linux`` count as 16 colours and the export's key frames would be unreadable. tmux,
    screen and xterm-class terminals all do 256 colours; ``COLORTERM`` says 24-bit.
    ``None`` lets rich decide (dumb terminals, ``NO_COLOR``).
    """
    env = os.environ if env is None else env
    term = env.get("TERM", "")
    if not term or term == "dumb" or env.get("NO_COLOR"):
        return None
    if env.get("COLORTERM", "").lower() in ("truecolor", "24bit"):
        return "truecolor"
    if env.get("TMUX") or term.startswith(("xterm", "screen", "tmux", "rxvt", "vt220")):
        return "256"
    return None


def make_console() -> Any:
    """The chat's console (never interprets markup; colour depth from ``color_system``)."""
    from rich.console import Console

    depth = color_system()
    if depth is None:
        return Console(highlight=False, markup=False)
    return Console(highlight=False, markup=False, color_system=depth)  # type: ignore[arg-type]


async def chat(target: Any, *, console: Any = None, presenter: Any = None) -> int:
    """The chat for ``target`` (a ``Project`` or a ``ChatEngine``): full prompt, plain line
    input, or piped lines."""
    engine = target if isinstance(target, ChatEngine) else ChatEngine(target)
    debug = bool(getattr(presenter, "debug", False))

    def on_loop_error(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        # leftovers of a cancelled operation (a task or stream torn down mid-way) are not
        # the user's business; --debug shows them
        if debug:
            loop.default_exception_handler(context)

    asyncio.get_running_loop().set_exception_handler(on_loop_error)
    drawn = getattr(engine, "prompt_drawn", None)
    if not _isatty(sys.stdin):
        _set(drawn)
        return await run_piped(engine)

    from nemochat.ui.output import RichPresenter

    console = console or make_console()
    presenter = presenter or RichPresenter(console)
    if os.environ.get("TERM") == "dumb" or not _isatty(sys.stdout):
        _set(drawn)
        return await run_plain(engine, presenter, console)
    try:
        session = build_session(engine.state)
    except Exception:
        _set(drawn)
        return await run_plain(engine, presenter, console, fallback=True)
    if drawn is not None:
        session.app.after_render += lambda _app: drawn.set()
    engine.on_change = session.app.invalidate  # repaint the toolbar (credits arrived)
    return await run_interactive(engine, presenter, console, session)


# The longest the background start-up waits for the first prompt to be drawn.
_DRAW_WAIT = 0.5


def _set(event: asyncio.Event | None) -> None:
    if event is not None:
        event.set()


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _welcome(console: Any) -> None:
    from nemochat import __version__

    console.print(
        t("chat.welcome", version=__version__), style="bold", highlight=False, markup=False
    )


async def run_interactive(engine: ChatEngine, presenter: Any, console: Any, session: Any) -> int:
    """The full prompt: the terminal loop (``ui.loop.converse``) reading from prompt_toolkit."""
    from nemochat.ui.loop import PromptFailed, PromptToolkitSource, converse

    _welcome(console)
    # Keep the terminal in raw mode for the whole chat: otherwise, between two prompts it
    # is briefly in cooked mode, where Ctrl-C is a SIGINT instead of a key (and prompt_toolkit
    # removes any SIGINT handler when a prompt ends).
    try:
        with session.app.input.raw_mode():
            return await converse(engine, PromptToolkitSource(session), presenter, console)
    except PromptFailed:  # e.g. NoConsoleScreenBufferError under mintty / git-bash
        return await run_plain(engine, presenter, console, fallback=True, welcome=False)


async def run_piped(engine: ChatEngine, stream: Any = None, presenter: Any = None) -> int:
    """stdin is not a terminal: each line is handled as if typed, plain output, then exit."""
    from nemochat.chat.engine import drive
    from nemochat.ui.loop import LineReader
    from nemochat.ui.output import PlainPresenter

    reader = LineReader(stream or sys.stdin)

    async def lines() -> AsyncIterator[str]:
        while (line := await reader.get()) is not None:
            line = line.rstrip("\r\n")
            if line.strip():
                yield line

    return await drive(engine, lines(), presenter or PlainPresenter(), stop_on_error=False)


async def run_plain(
    engine: ChatEngine,
    presenter: Any,
    console: Any,
    *,
    fallback: bool = False,
    welcome: bool = True,
) -> int:
    """Plain line input (dumb terminals): the terminal loop reading cooked-mode lines; no
    toolbar or completion; Ctrl-C still cancels."""
    from nemochat.ui.loop import PlainSource, converse

    if fallback:
        console.print(t("chat.plain_fallback"), style="dim", highlight=False, markup=False)
    if welcome:
        _welcome(console)
    return await converse(engine, PlainSource(), presenter, console)
