"""Events: what the project layer and the chat engine report, whatever shows them.

Every presentation (the REPL with rich, ``-m`` and piped input as plain text, ``--json``
as one object per line) turns the same events into output, so one action behaves the same
everywhere. Events carry data and i18n keys, never finished sentences, so each
presentation picks the language and the styling.

This module imports nothing heavy and nothing from ``nemochat.api`` at run time: the UI
can import it before the API client is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Protocol

if TYPE_CHECKING:  # pragma: no cover
    from nemochat.timeline import Timeline

ProgressKind = Literal["upload", "render", "download"]
NoticeLevel = Literal["info", "success", "warning"]


@dataclass
class Event:
    """Base class. ``type`` names the event in ``--json`` output."""

    type: ClassVar[str] = "event"

    def to_json(self) -> dict[str, Any]:
        """One JSON object for ``-m --json`` (one event per line)."""
        out: dict[str, Any] = {"type": self.type}
        out.update(self._json_fields())
        return out

    def _json_fields(self) -> dict[str, Any]:
        return {}


# --- one agent turn ------------------------------------------------------------------


@dataclass
class Text(Event):
    """New reply text from the agent (already de-duplicated, not yet GUI-translated)."""

    text: str
    type: ClassVar[str] = "text"

    def _json_fields(self) -> dict[str, Any]:
        return {"text": self.text}


@dataclass
class ToolStarted(Event):
    """The agent called a tool (shown as a quiet status line, if at all)."""

    name: str
    args: dict[str, Any] = field(default_factory=dict)
    type: ClassVar[str] = "tool_call"

    def _json_fields(self) -> dict[str, Any]:
        return {"name": self.name, "args": self.args}


@dataclass
class ToolFinished(Event):
    name: str
    result: Any = None
    type: ClassVar[str] = "tool_result"

    def _json_fields(self) -> dict[str, Any]:
        return {"name": self.name, "result": _jsonable(self.result)}


@dataclass
class Heartbeat(Event):
    """The server is alive; nothing to show (a spinner may tick)."""

    type: ClassVar[str] = "heartbeat"


@dataclass
class StillWorking(Event):
    """Emitted every 2 minutes of a long turn: "⏳ Still working..." (``project.still_working``)."""

    elapsed: float
    type: ClassVar[str] = "still_working"

    def _json_fields(self) -> dict[str, Any]:
        return {"elapsed_s": round(self.elapsed, 1)}


@dataclass
class Changes(Event):
    """What changed in the timeline during a turn, in words (``timeline.diff``).

    ``silent`` is true when the turn ended without any reply text, so these lines are the
    only answer the user gets and must be shown.
    """

    lines: list[str]
    silent: bool = False
    type: ClassVar[str] = "changes"

    def _json_fields(self) -> dict[str, Any]:
        return {"lines": self.lines, "silent": self.silent}


@dataclass
class TurnEnd(Event):
    """The agent's turn is over (the stream closed)."""

    had_text: bool
    changed: bool = False
    type: ClassVar[str] = "turn_end"

    def _json_fields(self) -> dict[str, Any]:
        return {"had_text": self.had_text, "changed": self.changed}


# --- progress, notices, errors --------------------------------------------------------


@dataclass
class Progress(Event):
    """Upload/download: ``done``/``total`` in bytes (total may be None); render: 0..1 of 1."""

    kind: ProgressKind
    done: float | None
    total: float | None = None
    type: ClassVar[str] = "progress"

    @property
    def fraction(self) -> float | None:
        if self.done is None or not self.total:
            return None
        return max(0.0, min(1.0, self.done / self.total))

    def _json_fields(self) -> dict[str, Any]:
        return {"kind": self.kind, "done": self.done, "total": self.total}


@dataclass
class Notice(Event):
    """A message from the catalog: ``t(key, **fields)``."""

    key: str
    fields: dict[str, Any] = field(default_factory=dict)
    level: NoticeLevel = "info"
    type: ClassVar[str] = "notice"

    def message(self, lang: str | None = None) -> str:
        from nemochat.i18n import t

        return t(self.key, lang, **self.fields) if lang else t(self.key, **self.fields)  # type: ignore[arg-type]

    def _json_fields(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "level": self.level,
            "message": self.message(),
            "fields": _jsonable(self.fields),
        }


@dataclass
class Error(Event):
    """Something failed. ``error`` is the exception (usually a ``NemoError``), if any.

    ``exit_code``: 1 failure, 3 account (token, credits, plan), 4 bad input file.
    """

    key: str
    fields: dict[str, Any] = field(default_factory=dict)
    exit_code: int = 1
    error: BaseException | None = None
    type: ClassVar[str] = "error"

    @classmethod
    def from_exception(cls, exc: BaseException) -> Error:
        """Wrap a ``NemoChatError`` (key, fields, exit code) or, as ``core.unexpected``,
        anything else."""
        from nemochat.errors import NemoChatError

        if isinstance(exc, NemoChatError):
            return cls(key=exc.key, fields=dict(exc.fields), exit_code=exc.exit_code, error=exc)
        return cls(
            key="core.unexpected", fields={"error": str(exc) or type(exc).__name__}, error=exc
        )

    def message(self, lang: str | None = None) -> str:
        from nemochat.i18n import t

        return t(self.key, lang, **self.fields) if lang else t(self.key, **self.fields)  # type: ignore[arg-type]

    def _json_fields(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "message": self.message(),
            "exit_code": self.exit_code,
            "fields": _jsonable(self.fields),
        }


# --- results of actions ----------------------------------------------------------------


@dataclass
class SessionChanged(Event):
    """The current session is now ``session_id``.

    ``reason``: ``created`` (none existed), ``new`` (user asked), ``use`` (user switched),
    ``renewed`` (the server lost the old one, error 1002).
    """

    session_id: str
    reason: Literal["created", "new", "use", "renewed"] = "created"
    name: str | None = None  # the project's name, when it has one
    type: ClassVar[str] = "session"

    @property
    def short_id(self) -> str:
        return self.session_id[:8]

    def _json_fields(self) -> dict[str, Any]:
        return {"session_id": self.session_id, "reason": self.reason, "name": self.name}


@dataclass
class SessionInfo:
    """One remembered session (for ``sessions``)."""

    session_id: str
    created: str | None = None  # ISO time, local clock
    title: str | None = None  # the project's title in the draft
    task_id: str | None = None
    current: bool = False
    name: str | None = None  # set with /rename (wins over the title)
    photos: int | None = None  # photos uploaded, when last seen
    duration_ms: int | None = None  # length of the video, when last seen
    updated: str | None = None  # ISO time the project was last used here
    lang: str | None = None  # the language the user spoke in it ("en" / "zh")

    @property
    def short_id(self) -> str:
        return self.session_id[:8]

    @property
    def display_name(self) -> str | None:
        return self.name or self.title

    def to_json(self) -> dict[str, Any]:
        return {
            "session_id": self.session_id,
            "short_id": self.short_id,
            "name": self.display_name,
            "created": self.created,
            "updated": self.updated or self.created,
            "title": self.title,
            "photos": self.photos,
            "duration_ms": self.duration_ms,
            "current": self.current,
        }


@dataclass
class SessionList(Event):
    sessions: list[SessionInfo]
    current: str | None = None
    type: ClassVar[str] = "sessions"

    def _json_fields(self) -> dict[str, Any]:
        return {"current": self.current, "sessions": [s.to_json() for s in self.sessions]}


@dataclass
class MediaShown(Event):
    """``/media``: the project's uploads (``nemochat.project.MediaItem``)."""

    session_id: str
    items: list[Any]
    type: ClassVar[str] = "media"

    def media_json(self) -> dict[str, Any]:
        return {"session_id": self.session_id, "media": [m.to_json() for m in self.items]}

    def _json_fields(self) -> dict[str, Any]:
        return self.media_json()


@dataclass
class Uploaded(Event):
    """Files the server accepted. ``files`` are ``nemochat.api.UploadedFile``."""

    files: list[Any]
    type: ClassVar[str] = "uploaded"

    def files_json(self) -> list[dict[str, Any]]:
        out = []
        for f in self.files:
            out.append(
                {
                    "filename": getattr(f, "filename", None),
                    "file_type": getattr(f, "file_type", None),
                    "url": getattr(f, "url", None),
                    "width": getattr(f, "width", None),
                    "height": getattr(f, "height", None),
                    "duration": getattr(f, "duration", None),
                }
            )
        return out

    def _json_fields(self) -> dict[str, Any]:
        return {"files": self.files_json()}


@dataclass
class TimelineShown(Event):
    """The project's timeline (``status``). ``state`` is the raw ``data.state``."""

    session_id: str
    timeline: Timeline
    state: dict[str, Any] = field(default_factory=dict)
    type: ClassVar[str] = "timeline"

    def status_json(self) -> dict[str, Any]:
        """The documented ``status --json`` shape."""
        return self.timeline.to_json(self.session_id)

    def _json_fields(self) -> dict[str, Any]:
        return self.status_json()


@dataclass
class CreditsShown(Event):
    available: float
    frozen: float
    total: float
    bind_url: str | None = None  # registration link for anonymous cloud users
    local: bool = False  # the local engine: unlimited
    unlimited: bool = False  # the server says the balance is unlimited
    type: ClassVar[str] = "credits"

    def credits_json(self) -> dict[str, Any]:
        """The documented ``credits --json`` shape (``available``/``total`` are ``null``
        when the balance is unlimited, as on the local engine)."""
        if self.unlimited or self.local:
            return {"available": None, "frozen": 0, "total": None, "unlimited": True}
        return {
            "available": self.available,
            "frozen": self.frozen,
            "total": self.total,
            "unlimited": False,
        }

    def _json_fields(self) -> dict[str, Any]:
        return self.credits_json()


@dataclass
class Exported(Event):
    render_id: str
    path: Path
    bytes: int
    url: str | None = None
    already: bool = False  # the output folder already had this very video: no second copy
    duration_ms: int | None = None  # the video's length, from the timeline that was rendered
    type: ClassVar[str] = "exported"

    def export_json(self) -> dict[str, Any]:
        """The documented ``export --json`` shape."""
        return {
            "render_id": self.render_id,
            "path": str(self.path.absolute()),
            "bytes": self.bytes,
            "url": self.url,
            "already": self.already,
            "duration_ms": self.duration_ms,
        }

    def _json_fields(self) -> dict[str, Any]:
        return self.export_json()


@dataclass
class Previewed(Event):
    """A preview was rendered and saved (in the home folder's ``previews/``, never as the
    user's export). ``fast``: the local engine's preview mode (480p, half the frame rate,
    ultrafast); False: the server made a normal render. ``at_ms``: show the frame at this
    time (``/preview 12s``) instead of a strip of key frames."""

    render_id: str
    path: Path
    bytes: int
    duration_ms: int | None = None
    at_ms: int | None = None
    fast: bool = True
    already: bool = False  # the same preview was already here: not downloaded again
    type: ClassVar[str] = "preview"

    def preview_json(self) -> dict[str, Any]:
        """The documented ``preview --json`` shape."""
        return {
            "render_id": self.render_id,
            "path": str(self.path.absolute()),
            "bytes": self.bytes,
            "duration_ms": self.duration_ms,
            "at_ms": self.at_ms,
            "fast": self.fast,
            "already": self.already,
        }

    def _json_fields(self) -> dict[str, Any]:
        return self.preview_json()


@dataclass
class CacheShown(Event):
    """``cache``: the local engine's render cache. ``usage`` is ``GET /api/engine/cache``
    (``entries``, ``bytes``, ``limit``, ...); ``cleared`` what ``--clear`` removed
    (``removed``, ``freed_bytes``); ``local`` False: the server is not a local engine, so
    there is no cache to show."""

    usage: dict[str, Any] = field(default_factory=dict)
    cleared: dict[str, Any] | None = None
    local: bool = True
    type: ClassVar[str] = "cache"

    def cache_json(self) -> dict[str, Any]:
        """The documented ``cache --json`` shape."""
        if not self.local:
            return {"local": False, "entries": None, "bytes": None, "limit": None}
        out: dict[str, Any] = {
            "local": True,
            "entries": self.usage.get("entries"),
            "bytes": self.usage.get("bytes"),
            "limit": self.usage.get("limit"),
            "kept_bytes": self.usage.get("kept_bytes"),
        }
        if self.cleared is not None:
            out["cleared"] = {
                "removed": self.cleared.get("removed"),
                "freed_bytes": self.cleared.get("freed_bytes"),
            }
        return out

    def _json_fields(self) -> dict[str, Any]:
        return self.cache_json()


# --- what only the chat emits (help, clear, quit, input given back, spinners) ------------


@dataclass
class HelpShown(Event):
    """``/help``: the command table (rendered by the presentation, in the current language)."""

    commands: list[str] = field(default_factory=list)  # the slash commands' names
    type: ClassVar[str] = "help"

    def _json_fields(self) -> dict[str, Any]:
        return {"commands": self.commands}


@dataclass
class ClearScreen(Event):
    type: ClassVar[str] = "clear"


@dataclass
class QuitRequested(Event):
    type: ClassVar[str] = "quit"


@dataclass
class KeepInput(Event):
    """The input was not sent (e.g. a dropped path does not exist): give it back to the user."""

    text: str
    type: ClassVar[str] = "keep_input"

    def _json_fields(self) -> dict[str, Any]:
        return {"text": self.text}


@dataclass
class ActionStarted(Event):
    """An upload or an export began (the UI shows a spinner until progress arrives)."""

    kind: str  # "upload" | "render"
    type: ClassVar[str] = "action_start"

    def _json_fields(self) -> dict[str, Any]:
        return {"kind": self.kind}


@dataclass
class TurnStarted(Event):
    """A message is going to the agent (the UI starts its spinner)."""

    type: ClassVar[str] = "turn_start"


# --- the presenter protocol ---------------------------------------------------------------


class Presenter(Protocol):
    """What every presentation is: called with each event; ``finish`` ends live output."""

    def __call__(self, event: Event) -> None: ...

    def finish(self) -> None: ...


class Presentation:
    """Base of every presentation (the chat's rich one, the plain one of ``-m`` and pipes,
    ``--json``, the one-shot commands' ``cli.Output``, MCP's text): an event goes to the
    method ``on_<its class name>``, walking up the event's classes, so ``on_Event`` catches
    whatever a presentation does not show. Adding an event never needs an isinstance chain.
    """

    def __call__(self, event: Event) -> None:
        for cls in type(event).__mro__:
            handler = getattr(self, f"on_{cls.__name__}", None)
            if handler is not None:
                handler(event)
                return

    def on_Event(self, event: Event) -> None:
        """Events this presentation does not show."""

    def finish(self) -> None:
        """End any live output (a turn is over, cancelled, or failed)."""


def _jsonable(value: Any) -> Any:
    """Best effort: make a value JSON-serialisable (dataclasses, paths, sets)."""
    import dataclasses

    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_jsonable(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _jsonable(dataclasses.asdict(value))
    return str(value)
