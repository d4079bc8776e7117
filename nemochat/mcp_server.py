"""``nemochat mcp``: the registry's actions as MCP tools, over stdio.

Any MCP-capable agent app (Claude Desktop, Cursor, ...) can then upload photos, ask for
edits, read the timeline and export, against the cloud or the local engine, with the same
checks, recovery and bilingual messages as the terminal. Configure it as::

    {"mcpServers": {"nemochat": {"command": "nemochat", "args": ["mcp"]}}}

Built on the official ``mcp`` SDK, **v1** (``pip install 'nemochat[mcp]'`` pins
``mcp>=1.30,<2``), with its low-level ``Server`` so each tool's JSON Schema comes straight
from the action registry (``nemochat.actions``). In v2 the high-level ``FastMCP`` became
``mcp.server.MCPServer`` and ``mcp.server.fastmcp`` is gone; the low-level server used here
is the part that changed least.

- Tools: every action declared ``mcp=True``. The result is the action's documented
  ``--json`` shape as structured content, and the lines the CLI would print as text.
- Long work (upload, export, a chat turn) sends progress notifications when the client
  gave a progress token; cancelling the request cancels the work (a render is cancelled on
  the engine too).
- Bad input (a missing file, nothing to export) is a tool error carrying the same message
  as the CLI, never a crash. Logs go to stderr; stdout carries only the protocol (anything
  else that writes to file descriptor 1 is sent to stderr).
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import os
import sys
from collections.abc import Callable
from typing import Any

from nemochat import actions, i18n
from nemochat import events as ev

log = logging.getLogger("nemochat.mcp")

# fraction of an export's progress given to the render (the rest is the download)
_RENDER_SHARE = 0.9

INSTRUCTIONS = (
    "nemochat turns photos into videos. Upload photos (paths on this machine or URLs), "
    "then ask for edits in plain English or Chinese with `chat` (e.g. 'make a 15-second "
    "9:16 video with smooth zooms'), check the timeline with `status`, and `export` to get "
    "the MP4. `new` starts a fresh project; `sessions` lists them."
)


def tools() -> list[Any]:
    """The MCP tool list, generated from the registry."""
    from mcp import types

    out = []
    for act in actions.mcp_actions():
        out.append(
            types.Tool(
                name=act.name,
                title=i18n.t(act.help_key, "en"),
                description=" ".join(act.doc.split()),
                inputSchema=act.input_schema(),
            )
        )
    return out


class _ProgressReporter:
    """Events → MCP progress notifications (monotonic, at most one per whole percent)."""

    def __init__(self, send: Callable[[float, str | None], Any] | None) -> None:
        self.send = send
        self.last = -1.0
        self.steps = 0
        self.tasks: list[asyncio.Future[Any]] = []

    def _emit(self, value: float, message: str | None) -> None:
        if self.send is None or value <= self.last:
            return
        self.last = value
        self.tasks.append(asyncio.ensure_future(self.send(value, message)))

    def __call__(self, event: ev.Event) -> None:
        if isinstance(event, ev.Progress):
            fraction = event.done if event.kind == "render" else event.fraction
            if fraction is None:
                return
            fraction = max(0.0, min(1.0, float(fraction)))
            if event.kind == "render":
                value = fraction * _RENDER_SHARE * 100
            elif event.kind == "download":
                value = (_RENDER_SHARE + fraction * (1 - _RENDER_SHARE)) * 100
            else:
                value = fraction * 100
            self._emit(float(int(value)), i18n.t(f"ui.progress.{event.kind}"))
        elif isinstance(event, ev.ToolStarted | ev.StillWorking):
            # a chat turn has no known length: count its steps (below 100)
            self.steps += 1
            self._emit(min(99.0, float(self.steps)), None)

    async def drain(self) -> None:
        for task in self.tasks:
            with contextlib.suppress(Exception):
                await task


def _text(events: list[ev.Event]) -> str:
    """What the CLI would print for these events (results, notices and errors)."""
    from nemochat.ui.output import PlainPresenter

    buf = io.StringIO()
    show = PlainPresenter(out=buf, err=buf)
    for event in events:
        show(event)
    show(ev.TurnEnd(had_text=False))  # flush a reply's last line
    return buf.getvalue().strip()


def _failed(act: actions.Action, events: list[ev.Event], result: dict[str, Any]) -> bool:
    """A tool error: something failed and nothing of what was asked happened."""
    if not any(isinstance(e, ev.Error) for e in events):
        return False
    return not (act.name == "upload" and result.get("files"))


class Tools:
    """The tool calls of one server, against one chat engine (one call at a time)."""

    def __init__(self, chat: Any) -> None:
        self.chat = chat
        self.notices: list[ev.Event] = []  # what the API client reported meanwhile
        self.lock = asyncio.Lock()

    def on_notice(self, key: str, fields: dict[str, Any]) -> None:
        self.notices.append(ev.Notice(key, dict(fields or {})))

    async def call(
        self,
        name: str,
        arguments: dict[str, Any],
        progress: Callable[[float, str | None], Any] | None = None,
    ) -> Any:
        from mcp import types

        act = actions.get(name)
        if act is None or not act.mcp:
            return _error_result(i18n.t("chat.unknown_command", name=name))
        kwargs = {a.name: arguments[a.name] for a in act.args if a.name in arguments}
        if act.name == "chat" and isinstance(kwargs.get("message"), str):
            i18n.note_input(kwargs["message"])  # answer in the language the user writes
        async with self.lock:
            self.notices.clear()
            reporter = _ProgressReporter(progress)
            events: list[ev.Event] = []

            async def collect() -> None:
                async for event in self.chat.run(act.name, **kwargs):
                    events.append(event)
                    reporter(event)

            # the work runs as a task of its own: when the client cancels the request, the
            # task is cancelled and still gets to clean up (a render is cancelled on the
            # engine), whatever happens to the request's own scope
            task = asyncio.ensure_future(collect())
            try:
                await asyncio.shield(task)
            except asyncio.CancelledError:
                task.cancel()
                raise
            except Exception as exc:  # a bug is a tool error, not a crash
                log.debug("tool %s failed", name, exc_info=True)
                events.append(ev.Error.from_exception(exc))
            await reporter.drain()
            events = [*self.notices, *events]
        result = actions.result_of(act, events)
        text = _text(events) or i18n.t("cli.mcp.done")
        return types.CallToolResult(
            content=[types.TextContent(type="text", text=text)],
            structuredContent=result,
            isError=_failed(act, events, result),
        )


def _error_result(message: str) -> Any:
    from mcp import types

    return types.CallToolResult(
        content=[types.TextContent(type="text", text=message)], isError=True
    )


def build_server(tools_: Tools) -> Any:
    from mcp import types
    from mcp.server.lowlevel import Server

    from nemochat import __version__

    server: Any = Server("nemochat", version=__version__, instructions=INSTRUCTIONS)

    @server.list_tools()  # type: ignore[misc]
    async def list_tools() -> list[types.Tool]:
        return tools()

    @server.call_tool()  # type: ignore[misc]
    async def call_tool(name: str, arguments: dict[str, Any]) -> Any:
        ctx = server.request_context
        token = getattr(ctx.meta, "progressToken", None) if ctx.meta is not None else None
        send = None
        if token is not None:

            async def send(value: float, message: str | None) -> None:
                await ctx.session.send_progress_notification(
                    token, value, 100.0, message, related_request_id=ctx.request_id
                )

        return await tools_.call(name, arguments, send)

    return server


def _protocol_streams() -> tuple[Any, Any]:
    """stdin, and a private copy of stdout for the protocol; file descriptor 1 then points
    at stderr, so a stray print (ours, a library's, a child's) cannot corrupt the stream."""
    import anyio

    proto = os.dup(1)
    os.dup2(2, 1)
    out = io.TextIOWrapper(os.fdopen(proto, "wb", buffering=0), encoding="utf-8")
    stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
    return anyio.wrap_file(stdin), anyio.wrap_file(out)


async def serve(backend: Any, *, session: str | None = None) -> None:
    from mcp.server.stdio import stdio_server

    from nemochat import app

    stdin, stdout = _protocol_streams()
    holder: list[Tools] = []

    def on_notice(key: str, fields: dict[str, Any]) -> None:
        if holder:
            holder[0].on_notice(key, fields)

    async with app.running(backend, session_id=session, on_notice=on_notice) as a:
        holder.append(Tools(a.chat))
        server = build_server(holder[0])
        async with stdio_server(stdin, stdout) as (read, write):
            await server.run(read, write, server.create_initialization_options())


def main(*, backend: str | None = None, session: str | None = None, debug: bool = False) -> int:
    """Run the server until the client closes stdin; returns the exit code."""
    from nemochat import backend as bk

    logging.basicConfig(
        stream=sys.stderr,
        level=logging.DEBUG if debug else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    choice = bk.choose(backend)
    if choice.kind == "local":
        os.environ.pop("NEMO_TOKEN", None)  # a cloud token means nothing to the engine
    started = bk.start(choice)
    sys.stderr.write(started.describe() + "\n")
    sys.stderr.flush()
    try:
        asyncio.run(serve(started, session=session))
    finally:
        started.stop()
    return 0
