"""Command line: arguments → a one-shot command, ``-m`` messages, ``serve``, or the chat.

Start-up stays light: only argparse and the i18n catalog load before a command needs more;
httpx, rich and prompt_toolkit are imported when used, and the local engine only when the
local backend is chosen (``nemochat.backend``) or for ``nemochat serve``.

Exit codes: 0 success, 1 failure, 2 usage, 3 account (token, credits, plan), 4 bad input
file, 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from nemochat import errors, i18n
from nemochat.errors import (
    EXIT_FAIL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    NemoChatError,
)
from nemochat.events import Presentation
from nemochat.i18n import t
from nemochat.limits import client_limits, project_limits  # noqa: F401 (re-exported)


class UsageError(errors.UsageError):
    """Bad command-line usage (exit code 2); ``message`` is argparse's (translated) words."""

    def __init__(self, message: str) -> None:
        super().__init__("cli.usage_error", {"error": message})


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in the user's language, without exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _add_globals(parser: argparse.ArgumentParser, *, sub: bool) -> None:
    """The global options; on subcommands they default to SUPPRESS so either place works."""
    kw: dict[str, Any] = {"default": argparse.SUPPRESS} if sub else {}
    g = parser.add_argument_group(t("cli.help.globals"))
    g.add_argument(
        "--backend",
        choices=("auto", "cloud", "local"),
        help=t("cli.help.backend"),
        **({"default": argparse.SUPPRESS} if sub else {"default": None}),
    )
    g.add_argument(
        "--lang",
        choices=("auto", "en", "zh"),
        help=t("cli.help.lang"),
        **({"default": argparse.SUPPRESS} if sub else {"default": None}),
    )
    g.add_argument(
        "--session",
        metavar="ID",
        help=t("cli.help.session"),
        **({"default": argparse.SUPPRESS} if sub else {"default": None}),
    )
    g.add_argument("--json", action="store_true", help=t("cli.help.json"), **kw)
    g.add_argument("--debug", action="store_true", help=t("cli.help.debug"), **kw)
    g.add_argument("--version", action="store_true", help=t("cli.help.version"), **kw)
    g.add_argument(
        "-m",
        "--message",
        dest="messages",
        metavar="TEXT",
        action="append",
        help=t("cli.help.message"),
        default=argparse.SUPPRESS if sub else [],
    )


# argparse's own words (headings, usage errors), by their gettext ids → catalog keys
_ARGPARSE_WORDS = {
    "usage: ": "cli.argparse.usage",
    "positional arguments": "cli.argparse.positional",
    "options": "cli.argparse.options",
    "show this help message and exit": "cli.argparse.help",
    "invalid choice: %(value)r (choose from %(choices)s)": "cli.argparse.invalid_choice",
    "argument %(argument_name)s: %(message)s": "cli.argparse.argument",
    "unrecognized arguments: %s": "cli.argparse.unrecognized",
    "the following arguments are required: %s": "cli.argparse.required",
    "expected one argument": "cli.argparse.one",
    "expected at least one argument": "cli.argparse.at_least_one",
    "invalid %(type)s value: %(value)r": "cli.argparse.invalid_value",
    "ambiguous option: %(option)s could match %(matches)s": "cli.argparse.ambiguous",
}


def _argparse_text(message: str) -> str:
    key = _ARGPARSE_WORDS.get(message)
    return t(key) if key else message


def build_parser() -> argparse.ArgumentParser:
    # argparse looks its words up through its module-level gettext alias at run time
    argparse._ = _argparse_text  # type: ignore[attr-defined]
    parser = _Parser(prog="nemochat", description=t("cli.help.description"))
    _add_globals(parser, sub=False)
    subs = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def sub(name: str) -> argparse.ArgumentParser:
        p = subs.add_parser(
            name, help=t(f"cli.help.cmd.{name}"), description=t(f"cli.help.cmd.{name}")
        )
        _add_globals(p, sub=True)
        return p

    from nemochat import actions

    for act in actions.one_shot_actions():
        p = sub(act.name)
        for arg in act.args:
            _add_arg(p, arg)
    p = sub("serve")
    p.add_argument("--host", default="127.0.0.1", help=t("cli.help.serve.host"))
    p.add_argument("--port", type=int, default=8765, help=t("cli.help.serve.port"))
    p.add_argument("--allow-remote", action="store_true", help=t("cli.help.serve.allow_remote"))
    sub("mcp")
    return parser


def _add_arg(parser: argparse.ArgumentParser, arg: Any) -> None:
    """One registry argument (``nemochat.actions.Arg``) as an argparse argument."""
    help_text = t(arg.help)
    if arg.kind == "flag":
        parser.add_argument(*arg.flags, dest=arg.name, action="store_true", help=help_text)
    elif arg.flags:
        kw: dict[str, Any] = {"choices": arg.choices} if arg.choices else {}
        if arg.kind == "int":
            kw["type"] = int
        parser.add_argument(
            *arg.flags, dest=arg.name, metavar=arg.metavar, default=None, help=help_text, **kw
        )
    else:
        nargs = "+" if arg.kind == "paths" else (None if arg.required else "?")
        parser.add_argument(arg.name, nargs=nargs, metavar=arg.metavar, help=help_text)


def _pre_lang(argv: Sequence[str]) -> None:
    """Apply ``--lang`` before building the parser, so help and usage errors use it."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            i18n.set_language(argv[i + 1])
        elif arg.startswith("--lang="):
            i18n.set_language(arg.split("=", 1)[1])


def parse(argv: Sequence[str]) -> argparse.Namespace:
    return build_parser().parse_args(list(argv))


# --- output ---------------------------------------------------------------------------------


def _err(line: str) -> None:
    from nemochat.api.errors import redact

    sys.stderr.write(redact(line) + "\n")
    sys.stderr.flush()


class _ProgressBars:
    """rich progress bars on stderr, only when stderr is a terminal."""

    def __init__(self) -> None:
        self._progress: Any = None
        self._tasks: dict[str, Any] = {}

    def update(self, kind: str, done: float | None, total: float | None) -> None:
        if self._progress is None:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                Progress,
                TaskProgressColumn,
                TextColumn,
                TimeRemainingColumn,
            )

            self._progress = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                TaskProgressColumn(),
                TextColumn("{task.fields[size]}"),  # bytes for upload/download, empty for render
                TimeRemainingColumn(),
                console=Console(file=sys.stderr),
                transient=True,
            )
            self._progress.start()
        task = self._tasks.get(kind)
        if task is None:
            task = self._progress.add_task(t(f"cli.progress.{kind}"), total=None, size="")
            self._tasks[kind] = task
        if kind == "render":
            self._progress.update(task, completed=(done or 0.0) * 100, total=100)
            return
        from rich.filesize import decimal

        size = decimal(int(done or 0)) + (f"/{decimal(int(total))}" if total else "")
        self._progress.update(task, completed=done or 0, total=total, size=size)

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None
            self._tasks.clear()


class Output(Presentation):
    """Where one-shot commands and ``-m`` send their events (a ``Presentation``).

    Human mode: the chat's plain presenter (results on stdout, notices on stderr), with rich
    progress bars instead of percentages when stderr is a terminal. ``--json`` mode keeps
    the events; the command's documented JSON shape is printed from them at the end
    (``nemochat.actions.result_of``). Every event is kept and the exit code follows the
    first error.
    """

    def __init__(self, *, json_mode: bool, debug: bool, events_as_json: bool = False) -> None:
        self.json_mode = json_mode
        self.debug = debug
        self.events: list[Any] = []
        self.exit_code = EXIT_OK
        self.bars = _ProgressBars() if sys.stderr.isatty() and not json_mode else None
        self._presenter: Callable[[Any], None] | None = None
        self.events_as_json = events_as_json

    @property
    def presenter(self) -> Callable[[Any], None]:
        if self._presenter is None:
            if self.json_mode and self.events_as_json:
                from nemochat.ui.output import JsonPresenter

                self._presenter = JsonPresenter()
            elif self.json_mode:
                self._presenter = lambda event: None
            else:
                from nemochat.ui.output import PlainPresenter

                self._presenter = PlainPresenter(sessions_none="cli.sessions.none")
        return self._presenter

    def __call__(self, event: Any) -> None:
        self.events.append(event)
        super().__call__(event)

    def _show(self, event: Any) -> None:
        if self.bars is not None:
            self.bars.stop()
        self.presenter(event)

    def on_Event(self, event: Any) -> None:
        self._show(event)

    def on_Error(self, event: Any) -> None:
        if self.exit_code == EXIT_OK:
            self.exit_code = event.exit_code or EXIT_FAIL
        if self.debug and event.error is not None:
            _print_traceback(event.error)
        if self.json_mode and not self.events_as_json:
            _err(event.message())
            return
        self._show(event)

    def on_Notice(self, event: Any) -> None:
        if self.json_mode and not self.events_as_json:
            from nemochat.ui.sanitize import clean

            _err(clean(event.message()))  # stdout stays pure JSON; notices still reach people
            return
        self._show(event)

    def on_SessionChanged(self, event: Any) -> None:
        if self.events_as_json:
            self._show(event)
            return
        # a result for `new` / `/use`; news on stderr when it happened on the way
        from nemochat.ui.sanitize import clean_line

        line = t(
            f"project.session.{event.reason}",
            session_id=event.short_id,
            name=clean_line(event.name or "") or t("project.default_name"),
        )
        if event.reason in ("created", "renewed") or self.json_mode:
            _err(line)
            return
        if self.bars is not None:
            self.bars.stop()
        sys.stdout.write(line + "\n")
        sys.stdout.flush()

    def on_CreditsShown(self, event: Any) -> None:
        self._show(event)
        if event.bind_url and not self.json_mode:
            _err(t("cli.credits.register", link=event.bind_url))

    def on_Progress(self, event: Any) -> None:
        if self.events_as_json:
            self._show(event)
        elif self.bars is not None:
            # progress is for people watching a terminal; pipes and logs get results only
            self.bars.update(event.kind, event.done, event.total)

    def close(self) -> None:
        if self.bars is not None:
            self.bars.stop()

    finish = close

    def print_json(self, value: Any) -> None:
        sys.stdout.write(json.dumps(value, ensure_ascii=False) + "\n")
        sys.stdout.flush()

    def first(self, cls: type) -> Any:
        return next((e for e in self.events if isinstance(e, cls)), None)

    def errors(self) -> list[Any]:
        from nemochat import events as ev

        return [e for e in self.events if isinstance(e, ev.Error)]


def _print_traceback(exc: BaseException) -> None:
    import traceback

    from nemochat.api.errors import redact

    sys.stderr.write(redact("".join(traceback.format_exception(exc))))
    sys.stderr.flush()


# --- running ---------------------------------------------------------------------------------


def _notices(out: Output) -> dict[str, Any]:
    """The client's notice and countdown hooks for a one-shot run (``nemochat.app.build``)."""
    from nemochat.events import Notice

    def on_notice(key: str, fields: dict[str, Any]) -> None:
        out(Notice(key, dict(fields or {})))

    def on_countdown(seconds: int) -> None:
        # the notice already said how long; on a terminal, count down in place
        if not sys.stderr.isatty() or out.json_mode:
            return
        line = t("cli.countdown", seconds=seconds) if seconds > 0 else ""
        sys.stderr.write("\r\x1b[2K" + line)
        sys.stderr.flush()

    return {"on_notice": on_notice, "on_countdown": on_countdown}


async def _one_shot(args: argparse.Namespace, backend: Any, out: Output) -> int:
    """Run a one-shot command (or ``-m`` messages) against ``backend``."""
    from nemochat import actions, app

    try:
        async with app.running(backend, session_id=args.session, **_notices(out)) as a:
            if args.command is None:
                return await _messages(a, args, out)
            act = actions.get(args.command)
            assert act is not None and act.one_shot  # argparse knows only these
            kwargs = {arg.name: getattr(args, arg.name) for arg in act.args}
            async for event in a.chat.run(act.name, **kwargs):
                out(event)
            out.close()
            if out.json_mode:
                out.print_json(actions.result_of(act, out.events))
            return out.exit_code
    finally:
        out.close()


async def _messages(a: Any, args: argparse.Namespace, out: Output) -> int:
    """``-m TEXT``... (stop at the first error) or piped stdin lines (keep going)."""
    from nemochat.chat.engine import run_messages

    messages: list[str] = list(args.messages or [])
    stop_on_error = True
    if not messages:  # piped input: one message per line
        messages = [line for line in sys.stdin.read().splitlines() if line.strip()]
        stop_on_error = False
    code = await run_messages(a.project, messages, out, stop_on_error=stop_on_error, engine=a.chat)
    out.close()
    return code or out.exit_code


def _mcp(args: argparse.Namespace) -> int:
    """``nemochat mcp``: the registry's actions as MCP tools over stdio."""
    try:
        import mcp  # noqa: F401  (the optional extra: pip install 'nemochat[mcp]')
    except ImportError as exc:
        _err(t("cli.mcp.missing", error=str(exc)))
        return EXIT_FAIL
    from nemochat import mcp_server

    return mcp_server.main(backend=args.backend, session=args.session, debug=args.debug)


def _serve(args: argparse.Namespace) -> int:
    from nemochat.engine import server

    try:
        server.serve(host=args.host, port=args.port, allow_remote=args.allow_remote)
    except server.RemoteBindRefused as exc:
        _err(str(exc))
        return EXIT_USAGE
    except OSError as exc:
        _err(t("cli.serve.failed", host=args.host, port=args.port, error=exc.strerror or exc))
        return EXIT_FAIL
    return EXIT_OK


def _chat(args: argparse.Namespace, backend: Any) -> int:
    """Open the interactive chat (the REPL owns the terminal from here)."""
    from nemochat.ui import repl

    return int(repl.run(backend=backend, session_id=args.session, debug=args.debug) or 0)


def _run(args: argparse.Namespace) -> int:
    from nemochat import backend as bk

    interactive = args.command is None and not args.messages and sys.stdin.isatty()
    out = Output(
        json_mode=args.json,
        debug=args.debug,
        events_as_json=args.command is None,
    )
    choice = bk.choose(args.backend)
    if choice.kind == "local":
        # a cloud token means nothing to the local engine (and must never be sent to it)
        os.environ.pop("NEMO_TOKEN", None)
    if args.command == "sessions" and choice.kind == "local":
        # listing remembered sessions needs no server: do not start the engine for it
        backend = bk.Backend("local", "http://127.0.0.1:9", choice.source)
    else:
        # the chat draws its prompt first, then lets the engine start (see repl._main)
        backend = bk.start(choice, defer=interactive)
    try:
        _adopt_session_language(backend, args.session)
        if not args.json:
            _err(backend.describe())
        if interactive:
            return _chat(args, backend)
        return asyncio.run(_one_shot(args, backend, out))
    finally:
        backend.stop()


def _adopt_session_language(backend: Any, session: str | None) -> None:
    """With ``--lang auto``, start in the language the user spoke in the current project, so
    even the first lines (the backend, the welcome) are in it."""
    if i18n.setting() != "auto":
        return
    with contextlib.suppress(Exception):
        from nemochat.project import SessionStore

        store = SessionStore(backend.key)
        found = store.find(session) if session else []
        info = found[0] if len(found) == 1 else store.get(store.current())
        if info is not None:
            i18n.adopt(info.lang)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    _pre_lang(argv)
    if os.environ.get("NEMOCHAT_LANG") and not any(a.startswith("--lang") for a in argv):
        i18n.set_language(os.environ["NEMOCHAT_LANG"])
    try:
        args = parse(argv)
    except UsageError as exc:
        _err(exc.message())
        return EXIT_USAGE
    except SystemExit as exc:  # --help
        return int(exc.code or 0)
    if args.lang:
        i18n.set_language(args.lang)
    if args.version:
        from nemochat import __version__

        print(f"nemochat {__version__}")
        return EXIT_OK
    if args.command in ("serve", "mcp"):
        if args.messages:
            _err(t("cli.usage_error", error=t("cli.usage.m_with_command")))
            return EXIT_USAGE
        run = _serve if args.command == "serve" else _mcp
        return _guard(lambda: run(args), debug)
    if args.command and args.messages:
        _err(t("cli.usage_error", error=t("cli.usage.m_with_command")))
        return EXIT_USAGE
    return _guard(lambda: _run(args), debug)


def _guard(fn: Callable[[], int], debug: bool) -> int:
    """Turn any failure into one clear line and an exit code; tracebacks only with --debug."""
    try:
        return fn()
    except KeyboardInterrupt:
        _err(t("core.interrupted"))
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # the reader went away (e.g. `nemochat status | head -1`): stop quietly
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAIL
    except Exception as exc:
        if debug:
            _print_traceback(exc)
        if isinstance(exc, NemoChatError):
            _err(exc.message())
            return exc.exit_code or EXIT_FAIL
        _err(t("core.unexpected", error=str(exc) or type(exc).__name__))
        return EXIT_FAIL
