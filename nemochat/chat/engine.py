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
import subprocess
import sys
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from nemochat import events as ev
from nemochat import i18n
from nemochat.chat import commands

if TYPE_CHECKING:  # imported when first used, so the prompt appears sooner
    from nemochat.chat import paths

Presenter = Callable[[ev.Event], Any]


# --- events only the chat engine emits --------------------------------------------------


@dataclass
class HelpShown(ev.Event):
    """``/help``: the command table (rendered by the presentation, in the current language)."""

    type: ClassVar[str] = "help"

    def _json_fields(self) -> dict[str, Any]:
        return {"commands": [c.name for c in commands.COMMANDS]}


@dataclass
class ClearScreen(ev.Event):
    type: ClassVar[str] = "clear"


@dataclass
class QuitRequested(ev.Event):
    type: ClassVar[str] = "quit"


@dataclass
class KeepInput(ev.Event):
    """The input was not sent (e.g. a dropped path does not exist): give it back to the user."""

    text: str
    type: ClassVar[str] = "keep_input"

    def _json_fields(self) -> dict[str, Any]:
        return {"text": self.text}


@dataclass
class ActionStarted(ev.Event):
    """An upload or an export began (the UI shows a spinner until progress arrives)."""

    kind: str  # "upload" | "render"
    type: ClassVar[str] = "action_start"

    def _json_fields(self) -> dict[str, Any]:
        return {"kind": self.kind}


@dataclass
class TurnStarted(ev.Event):
    """A message is going to the agent (the UI starts its spinner)."""

    type: ClassVar[str] = "turn_start"


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

    def __init__(self, project: Any, *, backend: str | None = None) -> None:
        self.project = project  # may be set later (the REPL connects while the prompt shows)
        self.ready: Any = None  # an awaitable the REPL awaits before the first action
        self.prompt_drawn: Any = None  # asyncio.Event set once the REPL has drawn its prompt
        # the interactive chat keeps the toolbar's credits current (after connecting and
        # after each export); ``on_change`` repaints the toolbar when they arrive
        self.track_credits = False
        self.on_change: Callable[[], None] | None = None
        self._background: set[asyncio.Task[None]] = set()
        self.pending_delete: str | None = None  # a session id waiting for "y"
        self.state = ChatState(
            backend=backend or str(getattr(project, "backend", "cloud") or "cloud"),
            session_id=_session_id(project) if project is not None else None,
        )

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
        async for event in self._routed(text, after_upload=bool(dropped.files)):
            yield event

    async def _routed(self, text: str, *, after_upload: bool = False) -> AsyncIterator[ev.Event]:
        from nemochat.chat import router

        r = router.route(text)
        if r.intent == router.EXPORT:
            async for event in self._export(r.arg):
                yield event
        elif r.intent == router.CREDITS:
            async for event in self.project.credits():
                yield event
        elif r.intent == router.STATUS:
            async for event in self.project.status():
                yield event
        elif r.intent == router.UPLOAD:
            if r.arg:
                async for event in self._upload_arg(r.arg):
                    yield event
            elif not after_upload:
                yield ev.Notice("chat.upload.how")
        else:
            guess = None if after_upload else commands.suggest_word(text)
            if guess is not None:
                yield ev.Notice("chat.did_you_mean", {"word": text.strip(), "suggestion": guess})
                yield KeepInput(guess)
                return
            async for event in self._chat(text, r.hint):
                yield event

    # --- actions -------------------------------------------------------------------------

    async def _chat(self, text: str, hint: str | None) -> AsyncIterator[ev.Event]:
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

    async def _upload(self, items: Sequence[str | Path]) -> AsyncIterator[ev.Event]:
        self.state.busy = "upload"
        self.state.queued = len(items)
        yield ActionStarted("upload")
        async for event in self.project.upload(items):
            yield event

    async def _upload_arg(self, arg: str) -> AsyncIterator[ev.Event]:
        items: list[str | Path] = []
        words = arg.split()
        urls = [w for w in words if w.lower().startswith(("http://", "https://"))]
        rest = " ".join(w for w in words if w not in urls)
        if rest:
            from nemochat.chat import paths

            dropped = paths.parse(rest)
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

    async def _export(self, arg: str) -> AsyncIterator[ev.Event]:
        self.state.busy = "render"
        force = False
        out: Path | None = None
        words = arg.split()
        if "--force" in words:
            force = True
            arg = " ".join(w for w in words if w != "--force")
        if arg.strip():
            from nemochat.chat import paths

            toks = paths.tokenize(arg.strip())
            out = Path(paths.candidate(toks[0].value)) if toks else None
        yield ActionStarted("render")
        async for event in self.project.export(out, force=force):
            yield event

    async def _command(self, cmd: commands.Command, rest: str) -> AsyncIterator[ev.Event]:
        name = cmd.name
        if name == "help":
            yield HelpShown()
        elif name == "upload":
            if rest:
                async for event in self._upload_arg(rest):
                    yield event
            else:
                yield ev.Notice("chat.upload.how")
        elif name == "status":
            async for event in self.project.status():
                yield event
        elif name == "credits":
            async for event in self.project.credits():
                yield event
        elif name == "export":
            async for event in self._export(rest):
                yield event
        elif name == "new":
            async for event in self.project.new_session():
                yield event
        elif name == "sessions":
            async for event in self.project.sessions():
                yield event
        elif name == "use":
            if not rest:
                yield ev.Error("chat.usage.use")
                return
            async for event in self.project.use_session(rest):
                yield event
        elif name == "rename":
            if not rest:
                yield ev.Error("project.rename.usage", exit_code=2)
                return
            async for event in self.project.rename(rest):
                yield event
            sid = _session_id(self.project)
            if sid:
                self.state.session_names[sid] = " ".join(rest.split())
        elif name == "delete":
            if not rest:
                yield ev.Error("chat.usage.delete", exit_code=2)
                return
            sid, problem = self.project.find_session(rest)
            if problem is not None or sid is None or self.project.store.get(sid) is None:
                yield problem or ev.Error("project.session.unknown", {"session_id": rest})
                return
            self.pending_delete = sid
            yield ev.Notice(
                "chat.delete.confirm", {"label": self.project.describe_session(sid)}, "warning"
            )
        elif name == "media":
            async for event in self.project.media():
                yield event
        elif name == "remove":
            word = rest.strip().lstrip("#")
            if not word.isdigit():
                yield ev.Error("chat.usage.remove", exit_code=2)
                return
            async for event in self.project.remove_media(int(word)):
                yield event
        elif name == "lang":
            choice = rest.strip().lower()
            choice = {"中文": "zh", "chinese": "zh", "english": "en", "英文": "en"}.get(
                choice, choice
            )
            if choice not in ("en", "zh", "auto"):
                yield ev.Error("chat.usage.lang")
                return
            i18n.set_language(choice)
            shown = choice if choice != "auto" else i18n.t("chat.lang.auto")
            yield ev.Notice("chat.lang.set", {"lang": shown})
        elif name == "open":
            yield self._open()
        elif name == "clear":
            yield ClearScreen()
        elif name == "quit":
            yield QuitRequested()

    def _open(self) -> ev.Event:
        path = self.state.last_export
        if path is None or not path.exists():
            return ev.Notice("chat.open.none")
        try:
            if sys.platform == "darwin":
                subprocess.Popen(
                    ["open", str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
                )
            elif os.name == "nt":
                os.startfile(str(path))  # type: ignore[attr-defined]
            else:
                subprocess.Popen(
                    ["xdg-open", str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
                )
        except OSError:
            return ev.Notice("chat.open.failed", {"path": str(path)}, level="warning")
        return ev.Notice("chat.open.done", {"path": str(path)})


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
    engine = engine or ChatEngine(project)
    code = 0
    for message in messages:
        async for event in engine.handle(message):
            presenter(event)
            if isinstance(event, ev.Error):
                code = event.exit_code or 1
            if isinstance(event, QuitRequested):
                return code
        if code and stop_on_error:
            return code
    return code
