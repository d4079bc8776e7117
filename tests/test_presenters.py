"""One presenter protocol: rich, plain, JSON and the one-shot ``cli.Output`` are all
``events.Presentation``s (``on_<Event>`` methods), and results render through them."""

from __future__ import annotations

import asyncio
import dataclasses
import inspect
import io
from pathlib import Path

from nemochat import cli
from nemochat import events as ev
from nemochat.chat.engine import drive
from nemochat.ui.output import JsonPresenter, PlainPresenter, RichPresenter

# events a presentation may leave to ``on_Event`` (nothing to show)
SILENT = {"Heartbeat", "TurnEnd", "ToolFinished", "KeepInput", "QuitRequested", "Event"}


def _event_classes() -> list[type[ev.Event]]:
    return [
        c
        for _, c in inspect.getmembers(ev, inspect.isclass)
        if issubclass(c, ev.Event) and c.__module__ == ev.__name__
    ]


def test_every_presentation_is_one() -> None:
    for cls in (RichPresenter, PlainPresenter, JsonPresenter, cli.Output):
        assert issubclass(cls, ev.Presentation), cls
        assert "on_Event" in dir(cls)


def test_every_event_has_a_handler_in_the_human_presentations() -> None:
    for presenter in (RichPresenter, PlainPresenter):
        missing = [
            c.__name__
            for c in _event_classes()
            if c.__name__ not in SILENT and not hasattr(presenter, f"on_{c.__name__}")
        ]
        # the plain presentation shows no spinners and never clears a screen
        if presenter is PlainPresenter:
            missing = [
                m for m in missing if m not in ("TurnStarted", "ActionStarted", "ClearScreen")
            ]
        assert not missing, (presenter.__name__, missing)


def test_dispatch_walks_the_event_classes() -> None:
    seen: list[str] = []

    @dataclasses.dataclass
    class Special(ev.Notice):
        pass

    class P(ev.Presentation):
        def on_Notice(self, event: ev.Notice) -> None:
            seen.append("notice")

        def on_Event(self, event: ev.Event) -> None:
            seen.append("other")

    P()(Special("chat.delete.kept"))
    P()(ev.Heartbeat())
    assert seen == ["notice", "other"]


def test_the_session_list_renders_through_the_plain_presentation(capsys: object) -> None:
    listing = ev.SessionList(
        [ev.SessionInfo("abcdef1234", name="Tokyo", photos=3, current=True)], "abcdef1234"
    )
    buf = io.StringIO()
    PlainPresenter(buf, io.StringIO())(listing)
    out = cli.Output(json_mode=False, debug=False)
    out(listing)
    printed = capsys.readouterr().out  # type: ignore[attr-defined]
    assert printed == buf.getvalue() and "Tokyo" in printed


def test_one_loop_for_messages_and_pipes(tmp_path: Path) -> None:
    """``drive`` takes lists and async sources alike, stops on the first error only when
    asked, and ``/quit`` ends it."""

    class Engine:
        async def handle(self, line: str):  # type: ignore[no-untyped-def]
            if line == "bad":
                yield ev.Error("chat.usage.lang", exit_code=2)
            elif line == "/quit":
                yield ev.QuitRequested()
            else:
                yield ev.Notice("chat.delete.kept")

    async def source():  # type: ignore[no-untyped-def]
        for line in ["ok", "bad", "ok"]:
            yield line

    seen: list[ev.Event] = []
    engine = Engine()
    assert asyncio.run(drive(engine, ["ok", "bad", "ok"], seen.append)) == 2  # type: ignore[arg-type]
    assert len(seen) == 2
    seen.clear()
    code = asyncio.run(drive(engine, source(), seen.append, stop_on_error=False))  # type: ignore[arg-type]
    assert code == 2 and len(seen) == 3
    seen.clear()
    assert asyncio.run(drive(engine, ["/quit", "bad"], seen.append)) == 0  # type: ignore[arg-type]


def test_a_long_file_name_is_cut_with_an_ellipsis_and_keeps_its_extension() -> None:
    """/media cut long names mid-word with no sign of it (found in the tmux review)."""
    from nemochat.project import MediaItem
    from nemochat.ui.output import media_lines

    line = media_lines([MediaItem(1, "m", "aitzgorri_by_Aitzol_Berasategi.jpg", "image")])[0]
    assert "….jpg" in line and "aitzgorri_by_Aitzol" in line
