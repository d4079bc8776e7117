"""The chat engine: one input line (or slash command) → route → project actions → events.

This is the single engine behind the REPL, piped stdin and ``nemochat -m``; the REPL only
adds the terminal around it. ``cli.py`` uses::

    from nemochat.chat.engine import run_messages
    code = await run_messages(project, ["make a video", "export"], presenter)

where ``presenter`` is any callable taking an ``Event`` (see ``nemochat.ui.output``:
``PlainPresenter``/``JsonPresenter`` for ``-m``/pipe/``--json``). It returns the exit code
(0, or the ``exit_code`` of the first error, after which later messages are skipped).

Routing order for a line: slash command → dropped files (``chat.paths``) → intent
(``chat.router``) → the agent. Export, credits, status and upload never reach the agent.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Sequence,
)
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nemochat import actions, i18n
from nemochat import events as ev
from nemochat.chat import commands

if TYPE_CHECKING:  # imported when first used, so the prompt appears sooner
    from nemochat.chat import paths

Presenter = Callable[[ev.Event], Any]

# events that only the chat emits live in nemochat.events with the others; these names stay
HelpShown = ev.HelpShown
ClearScreen = ev.ClearScreen
QuitRequested = ev.QuitRequested
KeepInput = ev.KeepInput
ActionStarted = ev.ActionStarted
TurnStarted = ev.TurnStarted


# --- state the toolbar shows ---------------------------------------------------------------


@dataclass
class ChatState:
    """What the bottom toolbar shows; kept current from the events that pass through."""

    backend: str = "cloud"
    session_id: str | None = None
    credits: float | None = None
    credits_local: bool = False
    credits_unlimited: bool = False
    queued: int = 0
    busy: str | None = None  # "reply" | "upload" | "render" | "download" | "export"
    last_export: Path | None = None
    session_ids: list[str] = field(default_factory=list)
    session_names: dict[str, str] = field(default_factory=dict)  # for Tab after /use

    def observe(self, event: ev.Event) -> None:
        if isinstance(event, ev.SessionChanged):
            self.session_id = event.session_id
            if event.session_id not in self.session_ids:
                self.session_ids.append(event.session_id)
        elif isinstance(event, ev.SessionList):
            self.session_ids = [s.session_id for s in event.sessions]
            self.session_names = {
                s.session_id: s.display_name for s in event.sessions if s.display_name
            }
            self.session_id = event.current or self.session_id
        elif isinstance(event, ev.CreditsShown):
            self.credits = event.available
            self.credits_local = event.local
            self.credits_unlimited = event.unlimited or event.local
        elif isinstance(event, ev.Progress):
            self.busy = event.kind
        elif isinstance(event, ev.Uploaded):
            self.queued = 0
        elif isinstance(event, ev.Exported):
            self.last_export = event.path


class ChatEngine:
    """Turns input lines into project actions and events. UI-agnostic; holds ``ChatState``."""

    def __init__(
        self,
        project: Any,
        *,
        backend: str | None = None,
        connect: Callable[[ChatEngine], Awaitable[None]] | None = None,
        track_credits: bool = False,
    ) -> None:
        """``project`` may be ``None`` when ``connect`` is given: the REPL shows its prompt at
        once and ``connect(engine)`` builds the project meanwhile (``nemochat.app.build``
        with ``chat=engine`` attaches it); the first action waits for it."""
        self.project = project
        # the interactive chat keeps the toolbar's credits current (after connecting and
        # after each export); ``on_change`` repaints the toolbar when they arrive
        self.track_credits = track_credits
        self.on_change: Callable[[], None] | None = None
        self._background: set[asyncio.Task[None]] = set()
        self.pending_delete: str | None = None  # a session id waiting for "y"
        self.state = ChatState(
            backend=backend or str(getattr(project, "backend", "cloud") or "cloud"),
            session_id=_session_id(project) if project is not None else None,
        )
        # set once the REPL has drawn its prompt (start-up work waits for it)
        self.prompt_drawn: asyncio.Event | None = asyncio.Event() if connect else None
        self.ready: asyncio.Future[None] | None = (
            asyncio.ensure_future(connect(self)) if connect is not None else None
        )

    def attach(self, project: Any) -> None:
        """The project is ready (built by ``nemochat.app.build``): actions can run."""
        self.project = project
        self.state.session_id = self.state.session_id or _session_id(project)

    # --- entry point -------------------------------------------------------------------

    async def handle(self, line: str) -> AsyncIterator[ev.Event]:
        """Events for one input (typed, piped or ``-m``). Cancel the iteration to abort."""
        text = line.strip("\r\n")
        if not text.strip():
            return
        if self.ready is not None:  # the project is still being set up (REPL start-up)
            try:
                await self.ready
            except Exception as exc:
                yield ev.Error.from_exception(exc)
                return
        exported = False
        pending, self.pending_delete = self.pending_delete, None
        try:
            if pending is not None:
                async for event in self._confirm_delete(pending, text):
                    self.state.observe(event)
                    yield event
                return
            async for event in self._dispatch(text):
                self.state.observe(event)
                exported = exported or isinstance(event, ev.Exported)
                yield event
        finally:
            if exported:
                self.refresh_credits_soon()
            self.state.busy = None
            self.state.queued = 0
            sid = _session_id(self.project)
            if sid:
                self.state.session_id = sid
                self._remember_lang(sid)

    # --- credits for the toolbar ------------------------------------------------------------

    async def refresh_credits(self) -> None:
        """Fetch the balance quietly into ``state`` (any failure leaves it as it was)."""
        if self.project is None:
            return
        try:
            async for event in self.project.credits():
                if isinstance(event, ev.CreditsShown):
                    self.state.observe(event)
        except Exception:  # the toolbar is best effort; /credits reports errors
            return
        if self.on_change is not None:
            with contextlib.suppress(Exception):
                self.on_change()

    def refresh_credits_soon(self) -> None:
        """``refresh_credits`` in the background (only when ``track_credits`` is on)."""
        if not self.track_credits:
            return
        task = asyncio.ensure_future(self.refresh_credits())
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def close(self) -> None:
        """Cancel and await the background work (so no task is left pending at exit)."""
        tasks = list(self._background)
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(BaseException):
                await task

    def _remember_lang(self, sid: str) -> None:
        """Keep the language the user speaks with the session (so the next start uses it)."""
        lang = i18n.noted()
        store = getattr(self.project, "store", None)
        if lang is None or store is None or i18n.setting() != "auto":
            return
        with contextlib.suppress(Exception):
            store.update(sid, lang=lang)

    async def _confirm_delete(self, session_id: str, answer: str) -> AsyncIterator[ev.Event]:
        if answer.strip().casefold() in _YES:
            async for event in self.project.delete_session(session_id):
                yield event
            if session_id in self.state.session_ids:
                self.state.session_ids.remove(session_id)
            self.state.session_names.pop(session_id, None)
            if self.state.session_id == session_id:
                self.state.session_id = None
        else:
            yield ev.Notice("chat.delete.kept")

    async def _dispatch(self, text: str) -> AsyncIterator[ev.Event]:
        slash = commands.split(text)
        if slash is not None:
            cmd, word, rest = slash
            if cmd is None:
                guess = commands.suggest_command(word)
                if guess is None:
                    yield ev.Error("chat.unknown_command", {"name": "/" + word}, exit_code=1)
                    return
                yield ev.Error(
                    "chat.unknown_command.suggest",
                    {"name": "/" + word, "suggestion": "/" + guess},
                    exit_code=1,
                )
                yield KeepInput(f"/{guess} {rest}".rstrip())
                return
            async for event in self._command(cmd, rest):
                yield event
            return
        from nemochat.chat import paths

        dropped = paths.parse(text)
        # the language follows the words typed, never the names of dropped files
        i18n.note_input(dropped.text if (dropped.files or not dropped.ok) else text)
        if not dropped.ok and dropped.folders and not (dropped.missing or dropped.glued):
            for event in _offer_folders(dropped.folders):
                yield event
            return
        if not dropped.ok:
            for event in _problems(dropped):
                yield event
            yield KeepInput(text)
            return
        if dropped.files:
            async for event in self._upload(dropped.files):
                yield event
                if isinstance(event, ev.Error):
                    return
            if not dropped.text:
                return
            text = dropped.text
        fresh = [p for p in dropped.named if p.name not in self._uploaded_names()]
        if fresh:  # "配上 song.mp3" with song.mp3 here: upload it, then the message as typed
            async for event in self._upload(fresh):
                yield event
                if isinstance(event, ev.Error):
                    return
            if not dropped.files and dropped.text.strip() in {p.name for p in fresh}:
                return  # only the file's name: an upload, like a dropped file
        async for event in self._routed(text, after_upload=bool(dropped.files)):
            yield event

    async def _routed(self, text: str, *, after_upload: bool = False) -> AsyncIterator[ev.Event]:
        from nemochat.chat import router

        r = router.route(text)
        act = actions.get(r.intent) if r.intent != router.CHAT else None
        if act is not None:
            if act.name == "upload" and not r.arg and after_upload:
                return  # "upload" typed after dropped files: they were the upload
            async for event in act.run_line(self, r.arg):
                yield event
            return
        guess = None if after_upload else commands.suggest_word(text)
        if guess is not None:
            yield ev.Notice("chat.did_you_mean", {"word": text.strip(), "suggestion": guess})
            yield KeepInput(guess)
            return
        async for event in self.agent_turn(text, r.hint):
            yield event

    async def run(self, name: str, **kwargs: Any) -> AsyncIterator[ev.Event]:
        """The registry's action ``name`` with typed arguments (one-shot commands, MCP)."""
        act = actions.get(name)
        if act is None:
            yield ev.Error("chat.unknown_command", {"name": name}, exit_code=2)
            return
        if self.ready is not None:
            await self.ready
        try:
            async for event in act.run(self, **kwargs):
                self.state.observe(event)
                yield event
        finally:
            self.state.busy = None
            self.state.queued = 0

    # --- actions -------------------------------------------------------------------------

    async def agent_turn(self, text: str, hint: str | None) -> AsyncIterator[ev.Event]:
        """One message to the agent, then what its reply offers (timeline, credits)."""
        self.state.busy = "reply"
        yield TurnStarted()
        from nemochat.chat import guitext

        offers = guitext.LineTranslator()
        async for event in self.project.chat(text):
            if isinstance(event, ev.Text):
                offers.feed(event.text)
            yield event
        offers.flush()
        if hint:
            yield ev.Notice(f"chat.hint.{hint}")
        if guitext.TYPE_EDIT in offers.offers:
            yield ev.Notice("chat.offer.type_edit")
        if guitext.TIMELINE in offers.offers:
            async for event in self.project.status():
                yield event
        if guitext.CREDITS in offers.offers:
            async for event in self.project.credits():
                yield event
        if guitext.EXPORT in offers.offers:
            yield ev.Notice("chat.offer.export")

    def _uploaded_names(self) -> set[str]:
        """The file names the project is known to have uploaded (from its last state)."""
        from nemochat.project import media_of

        state = getattr(self.project, "last_state", None)
        return {m.filename for m in media_of(state)}

    def _upload(self, items: Sequence[str | Path]) -> AsyncIterator[ev.Event]:
        return actions.upload(self, items)

    async def upload_arg(self, arg: str) -> AsyncIterator[ev.Event]:
        """``/upload ARG``: paths (a folder means its images) and URLs."""
        items: list[str | Path] = []
        words = arg.split()
        urls = [w for w in words if w.lower().startswith(("http://", "https://"))]
        rest = " ".join(w for w in words if w not in urls)
        if rest:
            from nemochat.chat import paths

            dropped = paths.parse(rest, args=True)
            if dropped.folders and not (dropped.missing or dropped.glued or dropped.text):
                for folder in dropped.folders:
                    images = folder_images(Path(folder).expanduser())
                    if not images:
                        yield ev.Error("chat.files.folder_empty", {"path": folder}, exit_code=4)
                        return
                    dropped.files.extend(images)
                dropped.folders.clear()
            if not dropped.ok or dropped.text:
                if dropped.ok:
                    dropped.missing.append(dropped.text)
                for event in _problems(dropped):
                    yield event
                yield KeepInput("/upload " + arg)
                return
            items.extend(dropped.files)
        items.extend(urls)
        if not items:
            yield ev.Notice("chat.upload.how")
            return
        async for event in self._upload(items):
            yield event

    async def _command(self, cmd: commands.Command, rest: str) -> AsyncIterator[ev.Event]:
        act = actions.get(cmd.name)
        if act is None:  # pragma: no cover - commands come from the registry
            return
        async for event in act.run_line(self, rest):
            yield event


def _session_id(project: Any) -> str | None:
    for attr in ("session_id", "current_session_id"):
        value = getattr(project, attr, None)
        if isinstance(value, str) and value:
            return value
    session = getattr(project, "session", None)
    value = getattr(session, "session_id", None)
    return value if isinstance(value, str) else None


def _problems(dropped: paths.Dropped) -> list[ev.Event]:
    out: list[ev.Event] = []
    for p in dropped.missing:
        out.append(ev.Error("chat.files.missing", {"path": p}, exit_code=4))
    for p in dropped.folders:
        out.append(ev.Error("chat.files.folder", {"path": p}, exit_code=4))
    for p in dropped.glued:
        out.append(ev.Error("chat.files.glued", {"path": p}, exit_code=4))
    if dropped.missing and os.environ.get("SSH_CONNECTION"):
        out.append(ev.Notice("chat.files.hint_ssh", level="warning"))
    elif dropped.missing:
        out.append(ev.Notice("chat.files.hint_quotes", level="warning"))
    out.append(ev.Notice("chat.files.kept", level="warning"))
    return out


_YES = frozenset({"y", "yes", "是", "是的", "好", "确认", "删除", "对"})
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp")


def folder_images(folder: Path) -> list[Path]:
    """The images directly inside ``folder``, sorted by name (hidden files left out)."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    images = [
        p
        for p in entries
        if p.suffix.lower() in IMAGE_SUFFIXES and not p.name.startswith(".") and p.is_file()
    ]
    return sorted(images, key=lambda p: (p.name.casefold(), p.name))


def _quote(path: str) -> str:
    """``path`` as one word the path parser reads back (single quotes, ``'\\''`` inside)."""
    if path and all(c.isalnum() or c in "/._-~" for c in path):
        return path
    return "'" + path.replace("'", "'\\''") + "'"


def _offer_folders(folders: Sequence[str]) -> list[ev.Event]:
    """A dropped folder: say how many images it holds and put ``/upload FOLDER`` at the
    prompt, so Enter adds them (sorted by name)."""
    out: list[ev.Event] = []
    quoted: list[str] = []
    for folder in folders:
        images = folder_images(Path(folder).expanduser())
        if not images:
            out.append(ev.Error("chat.files.folder_empty", {"path": folder}, exit_code=4))
            return out
        names = ", ".join(p.name for p in images[:3]) + (", ..." if len(images) > 3 else "")
        out.append(
            ev.Notice(
                "chat.files.folder_offer",
                {"path": folder, "count": len(images), "names": names},
            )
        )
        quoted.append(_quote(folder))
    out.append(KeepInput("/upload " + " ".join(quoted)))
    return out


async def drive(
    engine: ChatEngine,
    lines: Iterable[str] | AsyncIterable[str],
    presenter: Presenter,
    *,
    stop_on_error: bool = True,
) -> int:
    """The input loop for every source of whole lines (``-m`` messages, piped stdin): each
    line is handled as if typed; returns the exit code.

    The exit code is that of the last error (0 if none). With ``stop_on_error`` the first
    line that fails ends the run; ``/quit`` always does. The terminal's loop
    (``ui.loop.converse``) adds a prompt, Ctrl-C and type-ahead around the same
    ``engine.handle``.
    """
    code = 0
    async for line in _lines(lines):
        async for event in engine.handle(line):
            presenter(event)
            if isinstance(event, ev.Error):
                code = event.exit_code or 1
            elif isinstance(event, QuitRequested):
                return code
        if code and stop_on_error:
            return code
    return code


async def _lines(source: Iterable[str] | AsyncIterable[str]) -> AsyncIterator[str]:
    if isinstance(source, AsyncIterable):
        async for line in source:
            yield line
    else:
        for line in source:
            yield line


async def run_messages(
    project: Any,
    messages: Iterable[str],
    presenter: Presenter,
    *,
    stop_on_error: bool = True,
    engine: ChatEngine | None = None,
) -> int:
    """Handle each message as if typed (``-m`` and piped stdin); return the exit code.

    ``presenter(event)`` is called for every event. With ``stop_on_error`` (``-m``) the first
    error ends the run; otherwise (piped stdin) later lines still run and the exit code is
    that of the last error.
    """
    return await drive(
        engine or ChatEngine(project), messages, presenter, stop_on_error=stop_on_error
    )
