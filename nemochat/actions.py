"""One registry of actions: every front end is generated from it.

Each action is declared once, with ``@action(...)`` over its handler: its name, aliases
(English and Chinese), typed arguments, help (catalog keys ``chat.help.NAME`` and
``cli.help.cmd.NAME``, both languages), Tab completion, the JSON shape of its result and
its exit codes. From the registry come:

- the chat's slash commands, their help table and Tab completion (``nemochat.chat.commands``);
- the words typed without a slash that run an action (``nemochat.chat.router`` holds the
  phrases for every action declared ``routed``);
- the one-shot subcommands and their ``--json`` result (``nemochat.cli``);
- the MCP tools and their JSON Schemas (``nemochat.mcp_server``).

A handler is an async generator ``handler(ctx, **args)`` yielding ``nemochat.events``;
``ctx`` is the chat engine (``nemochat.chat.engine.ChatEngine``: ``ctx.project`` is the
project layer, ``ctx.state`` what the toolbar shows). ``line`` (optional) turns the rest of
a typed ``/name ...`` line into those arguments, or answers by itself (a usage error). Adding
an action is one declaration and its handler, plus its help in the catalog::

    @action("preview", aliases=("预览",), one_shot=True, mcp=True,
            args=(Arg("seconds", "int", "cli.help.preview.SECONDS"),))
    async def preview(ctx, seconds=None):
        \"\"\"Render a short low-resolution preview.\"\"\"
        async for event in ctx.project.preview(seconds):
            yield event

This module is light (no httpx, rich or prompt_toolkit), so ``nemochat --help`` can read it.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol

from nemochat import events as ev
from nemochat import i18n
from nemochat.errors import EXIT_ACCOUNT, EXIT_BAD_FILE, EXIT_FAIL, EXIT_OK, EXIT_USAGE

ArgKind = Literal["text", "paths", "path", "flag", "int", "choice", "session"]


class Context(Protocol):
    """What a handler may use (the chat engine provides it)."""

    project: Any
    state: Any
    pending_delete: str | None

    def upload_arg(self, arg: str) -> AsyncIterator[ev.Event]: ...

    def agent_turn(self, text: str, hint: str | None) -> AsyncIterator[ev.Event]: ...


Handler = Callable[..., AsyncIterator[ev.Event]]
LineFn = Callable[[Context, str], AsyncIterator[ev.Event]]
ResultFn = Callable[[Sequence[ev.Event]], dict[str, Any]]


@dataclass(frozen=True)
class Arg:
    """One argument. ``flags`` (``("-o", "--output")``) make it an option on the command
    line; without them it is positional."""

    name: str
    kind: ArgKind
    help: str  # catalog key
    required: bool = False
    flags: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    metavar: str | None = None

    def schema(self) -> dict[str, Any]:
        """This argument's JSON Schema (MCP tools), described in English."""
        description = i18n.t(self.help, "en")
        out: dict[str, Any]
        if self.kind == "paths":
            out = {"type": "array", "items": {"type": "string"}, "minItems": 1}
        elif self.kind == "flag":
            out = {"type": "boolean", "default": False}
        elif self.kind == "int":
            out = {"type": "integer", "minimum": 1}
        elif self.kind == "choice":
            out = {"type": "string", "enum": list(self.choices)}
        else:
            out = {"type": "string", "minLength": 1 if self.required else 0}
        out["description"] = description
        return out


@dataclass(frozen=True)
class Action:
    name: str
    handler: Handler
    aliases: tuple[str, ...] = ()  # slash-command aliases, English and Chinese
    args: tuple[Arg, ...] = ()
    result: ResultFn | None = None  # the ``--json`` / MCP structured result
    exit_codes: tuple[int, ...] = (EXIT_OK, EXIT_FAIL)
    slash: bool = True  # a ``/name`` command in the chat
    one_shot: bool = False  # ``nemochat NAME``
    mcp: bool = False  # an MCP tool
    routed: bool = False  # phrases typed without a slash run it (``chat.router``)
    completion: Literal["path", "session", "choices"] | None = None
    line: LineFn | None = None  # the rest of a typed line → this action
    long: bool = False  # long work: MCP reports progress, cancellation stops it

    @property
    def help_key(self) -> str:
        """The chat's one-line help (``/help``, Tab completion's description)."""
        return f"chat.help.{self.name}"

    @property
    def cli_help_key(self) -> str:
        """``nemochat --help`` and ``nemochat NAME --help``; MCP tool descriptions."""
        return f"cli.help.cmd.{self.name}"

    @property
    def doc(self) -> str:
        return (self.handler.__doc__ or "").strip()

    @property
    def choices(self) -> tuple[str, ...]:
        return next((a.choices for a in self.args if a.choices), ())

    def input_schema(self) -> dict[str, Any]:
        return {
            "type": "object",
            "properties": {a.name: a.schema() for a in self.args},
            "required": [a.name for a in self.args if a.required],
            "additionalProperties": False,
        }

    def run(self, ctx: Context, **kwargs: Any) -> AsyncIterator[ev.Event]:
        """The action with typed arguments (one-shot commands, MCP tools)."""
        return self.handler(ctx, **kwargs)

    def run_line(self, ctx: Context, rest: str) -> AsyncIterator[ev.Event]:
        """The action for a typed ``/name rest`` line (or a routed phrase's argument)."""
        if self.line is not None:
            return self.line(ctx, rest)
        return _default_line(self, ctx, rest)


async def _default_line(action: Action, ctx: Context, rest: str) -> AsyncIterator[ev.Event]:
    """No arguments: ``rest`` is ignored. One text argument: it is the whole of ``rest``."""
    if not action.args:
        async for event in action.handler(ctx):
            yield event
        return
    arg = action.args[0]
    if arg.required and not rest.strip():
        yield ev.Error(f"chat.usage.{action.name}", exit_code=EXIT_USAGE)
        return
    async for event in action.handler(ctx, **{arg.name: rest.strip()}):
        yield event


REGISTRY: dict[str, Action] = {}


def action(name: str, **declared: Any) -> Callable[[Handler], Handler]:
    """Declare the decorated handler as the action ``name`` (see the module docs)."""

    def register(handler: Handler) -> Handler:
        if name in REGISTRY:
            raise RuntimeError(f"action {name!r} declared twice")
        REGISTRY[name] = Action(name, handler, **declared)
        return handler

    return register


def get(name: str) -> Action | None:
    return REGISTRY.get(name)


def all_actions() -> list[Action]:
    return list(REGISTRY.values())


def slash_actions() -> list[Action]:
    return [a for a in REGISTRY.values() if a.slash]


def one_shot_actions() -> list[Action]:
    return [a for a in REGISTRY.values() if a.one_shot]


def mcp_actions() -> list[Action]:
    return [a for a in REGISTRY.values() if a.mcp]


def routed_actions() -> list[Action]:
    return [a for a in REGISTRY.values() if a.routed]


def first(events: Sequence[ev.Event], cls: type) -> Any:
    return next((e for e in events if isinstance(e, cls)), None)


# --- results (the documented ``--json`` shapes) -----------------------------------------------


def _files(events: Sequence[ev.Event]) -> dict[str, Any]:
    u = first(events, ev.Uploaded)  # always "files", even when none went
    return {"files": u.files_json() if u is not None else []}


def _status(events: Sequence[ev.Event]) -> dict[str, Any]:
    s = first(events, ev.TimelineShown)
    return s.status_json() if s is not None else {}


def _credits(events: Sequence[ev.Event]) -> dict[str, Any]:
    c = first(events, ev.CreditsShown)
    return c.credits_json() if c is not None else {}


def _export(events: Sequence[ev.Event]) -> dict[str, Any]:
    x = first(events, ev.Exported)
    return x.export_json() if x is not None else {}


def _preview(events: Sequence[ev.Event]) -> dict[str, Any]:
    p = first(events, ev.Previewed)
    return p.preview_json() if p is not None else {}


def _cache(events: Sequence[ev.Event]) -> dict[str, Any]:
    c = first(events, ev.CacheShown)
    return c.cache_json() if c is not None else {}


def _sessions(events: Sequence[ev.Event]) -> dict[str, Any]:
    ls = first(events, ev.SessionList)
    if ls is None:
        return {}
    return {"current": ls.current, "sessions": [s.to_json() for s in ls.sessions]}


def _new(events: Sequence[ev.Event]) -> dict[str, Any]:
    n = first(events, ev.SessionChanged)
    return {"session_id": n.session_id} if n is not None else {}


def _media(events: Sequence[ev.Event]) -> dict[str, Any]:
    m = first(events, ev.MediaShown)
    return m.media_json() if m is not None else {"media": []}


def _chat_result(events: Sequence[ev.Event]) -> dict[str, Any]:
    """One agent turn: the reply, the tools it used, what changed on the timeline."""
    reply = "".join(e.text for e in events if isinstance(e, ev.Text))
    tools = [e.name for e in events if isinstance(e, ev.ToolStarted)]
    changes = [line for e in events if isinstance(e, ev.Changes) for line in e.lines]
    out: dict[str, Any] = {"reply": reply, "tools": tools, "changes": changes}
    shown = first(events, ev.TimelineShown)
    if shown is not None:
        out["timeline"] = shown.timeline.summary()
    return out


def result_of(act: Action, events: Sequence[ev.Event]) -> dict[str, Any]:
    """Exactly one JSON object: the action's documented shape, plus ``error`` if one failed
    (``upload`` can do both: the good files are uploaded, a bad one is reported)."""
    result = act.result(events) if act.result is not None else {}
    errors = [e for e in events if isinstance(e, ev.Error)]
    if errors:
        result["error"] = _error_json(errors[0])
        if len(errors) > 1:
            result["errors"] = [_error_json(e) for e in errors]
    return result


def _error_json(e: ev.Error) -> dict[str, Any]:
    return {"key": e.key, "message": e.message(), "exit_code": e.exit_code}


# --- the actions --------------------------------------------------------------------------------


@action("help", aliases=("h", "?", "帮助"))
async def help_(ctx: Context) -> AsyncIterator[ev.Event]:
    """The command table."""
    yield ev.HelpShown([a.name for a in slash_actions()])


async def _upload_line(ctx: Context, rest: str) -> AsyncIterator[ev.Event]:
    if not rest:
        yield ev.Notice("chat.upload.how")
        return
    async for event in ctx.upload_arg(rest):
        yield event


@action(
    "upload",
    aliases=("up", "add", "上传"),
    args=(Arg("items", "paths", "cli.help.upload.items", required=True, metavar="PATH|URL"),),
    result=_files,
    exit_codes=(EXIT_OK, EXIT_FAIL, EXIT_ACCOUNT, EXIT_BAD_FILE),
    one_shot=True,
    mcp=True,
    routed=True,
    completion="path",
    line=_upload_line,
    long=True,
)
async def upload(ctx: Context, items: Sequence[str | Path] = ()) -> AsyncIterator[ev.Event]:
    """Upload photos, clips or music: local paths or http(s) URLs. Each file is checked
    first; a bad one is reported and the others still go."""
    if not items:
        yield ev.Error("chat.usage.upload", exit_code=EXIT_USAGE)
        return
    ctx.state.busy = "upload"
    ctx.state.queued = len(items)
    yield ev.ActionStarted("upload")
    async for event in ctx.project.upload(list(items)):
        yield event


@action(
    "status",
    aliases=("st", "timeline", "tracks", "状态"),
    result=_status,
    one_shot=True,
    mcp=True,
    routed=True,
)
async def status(ctx: Context) -> AsyncIterator[ev.Event]:
    """The timeline: tracks, segments, length and canvas."""
    async for event in ctx.project.status():
        yield event


@action(
    "credits",
    aliases=("balance", "积分"),
    result=_credits,
    exit_codes=(EXIT_OK, EXIT_FAIL, EXIT_ACCOUNT),
    one_shot=True,
    mcp=True,
    routed=True,
)
async def credits(ctx: Context) -> AsyncIterator[ev.Event]:
    """The credit balance (the local engine is unlimited)."""
    async for event in ctx.project.credits():
        yield event


async def _export_line(ctx: Context, rest: str) -> AsyncIterator[ev.Event]:
    words = rest.split()
    force = "--force" in words
    rest = " ".join(w for w in words if w != "--force") if force else rest
    output: str | None = None
    if rest.strip():
        from nemochat.chat import paths

        toks = paths.tokenize(rest.strip())
        output = paths.candidate(toks[0].value) if toks else None
    async for event in export(ctx, output=output, force=force):
        yield event


@action(
    "export",
    aliases=("download", "导出"),
    args=(
        Arg("output", "path", "cli.help.export.output", flags=("-o", "--output"), metavar="PATH"),
        Arg("force", "flag", "cli.help.export.force", flags=("--force",)),
    ),
    result=_export,
    exit_codes=(EXIT_OK, EXIT_FAIL, EXIT_ACCOUNT),
    one_shot=True,
    mcp=True,
    routed=True,
    completion="path",
    line=_export_line,
    long=True,
)
async def export(
    ctx: Context, output: str | Path | None = None, force: bool = False
) -> AsyncIterator[ev.Event]:
    """Render the timeline and save the MP4 (by default into ./output/, named after the
    project; an existing file is never overwritten unless force)."""
    ctx.state.busy = "render"
    yield ev.ActionStarted("render")
    # a str keeps its trailing "/" ("-o out/": a folder, created if need be)
    out = str(output) if output else None
    async for event in ctx.project.export(out, force=force):
        yield event


_TIME = re.compile(
    r"^(?:at\s+|第\s*)?(?:(\d+)\s*[:：]\s*)?(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?|秒|秒钟)?$",
    re.IGNORECASE,
)


def parse_time(text: str | None) -> int | None:
    """Milliseconds from "12s", "12", "12.5", "1:05", "12秒", "第12秒", "at 12s"; None when
    ``text`` is empty; ValueError when it is not a time."""
    if text is None or not str(text).strip():
        return None
    m = _TIME.match(str(text).strip())
    if not m:
        raise ValueError(text)
    minutes = int(m.group(1)) if m.group(1) else 0
    return round((minutes * 60 + float(m.group(2))) * 1000)


async def _preview_line(ctx: Context, rest: str) -> AsyncIterator[ev.Event]:
    async for event in preview(ctx, at=rest.strip() or None):
        yield event


@action(
    "preview",
    aliases=("pv", "预览"),
    args=(Arg("at", "text", "cli.help.preview.at", metavar="TIME"),),
    result=_preview,
    one_shot=True,
    mcp=True,
    routed=True,
    line=_preview_line,
    long=True,
)
async def preview(ctx: Context, at: str | None = None) -> AsyncIterator[ev.Event]:
    """Render a quick low-resolution preview of the timeline (local engine: 480p, half the
    frame rate, fast encoder; the cloud makes a normal render) and save it apart from the
    exports; returns its path. at ("12s", "1:05"): the frame at that time is wanted."""
    try:
        at_ms = parse_time(at)
    except ValueError:
        yield ev.Error("chat.usage.preview", exit_code=EXIT_USAGE)
        return
    ctx.state.busy = "render"
    yield ev.ActionStarted("render")
    async for event in ctx.project.preview(at_ms):
        yield event


_CLEAR_WORDS = {"clear", "--clear", "-c", "empty", "purge", "清理", "清除", "清空"}


async def _cache_line(ctx: Context, rest: str) -> AsyncIterator[ev.Event]:
    word = rest.strip().lower()
    if word and word not in _CLEAR_WORDS:
        yield ev.Error("chat.usage.cache", exit_code=EXIT_USAGE)
        return
    async for event in cache(ctx, clear=bool(word)):
        yield event


@action(
    "cache",
    aliases=("缓存",),
    args=(Arg("clear", "flag", "cli.help.cache.clear", flags=("--clear",)),),
    result=_cache,
    one_shot=True,
    mcp=True,
    routed=True,
    line=_cache_line,
)
async def cache(ctx: Context, clear: bool = False) -> AsyncIterator[ev.Event]:
    """The local engine's render cache: files, bytes used and the limit. clear removes
    everything but each project's latest export. Other servers have no such cache."""
    async for event in ctx.project.cache(clear=clear):
        yield event


@action(
    "new",
    aliases=("新建",),
    result=_new,
    one_shot=True,
    mcp=True,
    routed=True,
)
async def new(ctx: Context) -> AsyncIterator[ev.Event]:
    """Start a new project (session) and make it current."""
    async for event in ctx.project.new_session():
        yield event


@action(
    "sessions",
    aliases=("ls", "会话"),
    result=_sessions,
    one_shot=True,
    mcp=True,
    routed=True,
)
async def sessions(ctx: Context) -> AsyncIterator[ev.Event]:
    """The projects (sessions) remembered for this server; the current one is marked."""
    async for event in ctx.project.sessions():
        yield event


@action(
    "use",
    aliases=("switch", "切换"),
    args=(Arg("session", "session", "chat.help.use", required=True),),
    completion="session",
)
async def use(ctx: Context, session: str = "") -> AsyncIterator[ev.Event]:
    """Switch to another project: its number, short id or name."""
    async for event in ctx.project.use_session(session):
        yield event


async def _rename_line(ctx: Context, rest: str) -> AsyncIterator[ev.Event]:
    if not rest:
        yield ev.Error("project.rename.usage", exit_code=EXIT_USAGE)
        return
    async for event in rename(ctx, name=rest):
        yield event


@action(
    "rename",
    aliases=("重命名",),
    args=(Arg("name", "text", "chat.help.rename", required=True),),
    line=_rename_line,
)
async def rename(ctx: Context, name: str = "") -> AsyncIterator[ev.Event]:
    """Name the current project."""
    async for event in ctx.project.rename(name):
        yield event
    sid = getattr(ctx.project, "session_id", None)
    if sid:
        ctx.state.session_names[sid] = " ".join(name.split())


@action(
    "delete",
    aliases=("del", "删除"),
    args=(Arg("session", "session", "chat.help.delete", required=True),),
    completion="session",
)
async def delete(ctx: Context, session: str = "") -> AsyncIterator[ev.Event]:
    """Delete a project after asking (the next typed line answers)."""
    sid, problem = ctx.project.find_session(session)
    if problem is not None or sid is None or ctx.project.store.get(sid) is None:
        yield problem or ev.Error("project.session.unknown", {"session_id": session})
        return
    ctx.pending_delete = sid
    yield ev.Notice("chat.delete.confirm", {"label": ctx.project.describe_session(sid)}, "warning")


@action(
    "media",
    aliases=("uploads", "files", "素材"),
    result=_media,
    one_shot=True,
)
async def media(ctx: Context) -> AsyncIterator[ev.Event]:
    """The project's uploads: number, name, kind, size, whether each is on the timeline."""
    async for event in ctx.project.media():
        yield event


async def _remove_line(ctx: Context, rest: str) -> AsyncIterator[ev.Event]:
    word = rest.strip().lstrip("#")
    if not word.isdigit():
        yield ev.Error("chat.usage.remove", exit_code=EXIT_USAGE)
        return
    async for event in remove(ctx, number=int(word)):
        yield event


@action(
    "remove",
    aliases=("rm", "删除素材"),
    args=(Arg("number", "int", "chat.help.remove", required=True),),
    line=_remove_line,
)
async def remove(ctx: Context, number: int = 0) -> AsyncIterator[ev.Event]:
    """Remove an upload by its number in /media."""
    async for event in ctx.project.remove_media(number):
        yield event


_LANG_WORDS = {"中文": "zh", "chinese": "zh", "english": "en", "英文": "en"}


async def _lang_line(ctx: Context, rest: str) -> AsyncIterator[ev.Event]:
    choice = rest.strip().lower()
    async for event in lang(ctx, choice=_LANG_WORDS.get(choice, choice)):
        yield event


@action(
    "lang",
    aliases=("language", "语言"),
    args=(Arg("choice", "choice", "chat.help.lang", required=True, choices=("en", "zh", "auto")),),
    completion="choices",
    line=_lang_line,
)
async def lang(ctx: Context, choice: str = "") -> AsyncIterator[ev.Event]:
    """The interface language."""
    if choice not in ("en", "zh", "auto"):
        yield ev.Error("chat.usage.lang")
        return
    i18n.set_language(choice)
    shown = choice if choice != "auto" else i18n.t("chat.lang.auto")
    yield ev.Notice("chat.lang.set", {"lang": shown})


@action("open", aliases=("打开",))
async def open_(ctx: Context) -> AsyncIterator[ev.Event]:
    """Open the last exported video with the system's player."""
    from nemochat.ui.player import open_file

    path = ctx.state.last_export
    if path is None or not path.exists():
        yield ev.Notice("chat.open.none")
        return
    if not open_file(path):
        yield ev.Notice("chat.open.failed", {"path": str(path)}, level="warning")
        return
    yield ev.Notice("chat.open.done", {"path": str(path)})


@action("clear", aliases=("cls", "清屏"))
async def clear(ctx: Context) -> AsyncIterator[ev.Event]:
    """Clear the screen."""
    yield ev.ClearScreen()


@action("cancel", aliases=("stop", "取消", "停止"))
async def cancel(ctx: Context) -> AsyncIterator[ev.Event]:
    """Stop what is running. Typed while an operation runs (``/cancel`` then Enter), it
    cancels that operation as Ctrl-C does — a render in the engine too (``ui.loop``); on its
    own there is nothing to stop."""
    yield ev.Notice("chat.cancel.nothing")


@action("quit", aliases=("exit", "q", "bye", "退出"))
async def quit_(ctx: Context) -> AsyncIterator[ev.Event]:
    """Leave the chat."""
    yield ev.QuitRequested()


@action("undo", aliases=("撤销",), result=_chat_result, one_shot=True, mcp=True)
async def undo(ctx: Context) -> AsyncIterator[ev.Event]:
    """Undo the last change to the video (the editing agent steps back one edit)."""
    async for event in ctx.agent_turn(i18n.t("chat.say.undo"), None):  # in the chat's language
        yield event


@action("redo", aliases=("重做",), result=_chat_result, one_shot=True, mcp=True)
async def redo(ctx: Context) -> AsyncIterator[ev.Event]:
    """Redo the change just undone."""
    async for event in ctx.agent_turn(i18n.t("chat.say.redo"), None):
        yield event


@action(
    "chat",
    args=(Arg("message", "text", "cli.help.message", required=True),),
    result=_chat_result,
    slash=False,
    mcp=True,
    long=True,
)
async def chat(ctx: Context, message: str = "") -> AsyncIterator[ev.Event]:
    """Ask the editing agent for a change, in English or Chinese ("add the title Urban
    Dreams", "把音乐调小一点"); returns its reply, the tools it used and what changed on the
    timeline. Typed text that is not a command goes here."""
    if not message.strip():
        yield ev.Error("chat.usage.chat", exit_code=EXIT_USAGE)
        return
    async for event in ctx.agent_turn(message, None):
        yield event
