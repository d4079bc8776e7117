"""Showing events: rich for the chat, plain text for ``-m``/pipes, JSON lines for ``--json``.

Every server string is passed through ``sanitize.clean`` and printed as ``Text`` (never as
rich markup); Markdown is rendered with hyperlinks off, so a link shows its target.

Agent replies stream append-only (the approach of aider's ``mdstream``): the reply is
re-rendered as Markdown, lines that can no longer change are printed once above a small
live region, and only the last few lines plus one status line (spinner, tool label,
elapsed time) are repainted. Scrollback stays clean.
"""

from __future__ import annotations

import io
import json
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from rich.console import Console, Group
from rich.text import Text

from nemochat import events as ev
from nemochat import i18n
from nemochat.chat import commands
from nemochat.chat.engine import (
    ActionStarted,
    ClearScreen,
    HelpShown,
    KeepInput,
    QuitRequested,
    TurnStarted,
)
from nemochat.i18n import t
from nemochat.ui.sanitize import clean, clean_line

SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"  # braille: narrow in every terminal (not East-Asian ambiguous)
OK_MARK = "✓"
FAIL_MARK = "✗"


@dataclass(frozen=True)
class Glyphs:
    """Bar glyphs. Chinese chrome avoids ambiguous-width block characters."""

    fill: str
    alt: str
    empty: str
    half: bool  # key frames with upper half blocks (two pixels per cell)


_GLYPHS = {
    "en": Glyphs(fill="█", alt="▓", empty="░", half=True),
    "zh": Glyphs(fill="⣿", alt="▐", empty="░", half=False),
}


def glyphs(lang: str | None = None) -> Glyphs:
    return _GLYPHS["zh" if (lang or i18n.current()) == "zh" else "en"]


# --- small formatters --------------------------------------------------------------------


def fmt_size(n: float | None) -> str:
    if n is None:
        return "?"
    for unit in ("B", "KB", "MB", "GB"):
        if abs(n) < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GB"


def fmt_elapsed(seconds: float) -> str:
    s = int(seconds)
    return f"{s}s" if s < 60 else f"{s // 60}m {s % 60:02d}s"


def fmt_duration(ms: int | None) -> str:
    if ms is None:
        return "?"
    s = ms / 1000
    return f"{s:.1f}s" if s < 60 else f"{int(s // 60)}:{int(s % 60):02d}"


def tool_label(name: str) -> str:
    """A readable label for a tool name: a catalog entry if there is one, else humanised."""
    key = f"ui.tool.{name}"
    if key in i18n.catalog():
        return t(key)
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", clean_line(name)).replace("_", " ").strip()
    return t("ui.tool.generic", name=(words[:1].upper() + words[1:]) if words else "?")


def progress_bar(fraction: float | None, width: int = 20, lang: str | None = None) -> str:
    g = glyphs(lang)
    if fraction is None:
        return ""
    filled = round(max(0.0, min(1.0, fraction)) * width)
    return g.fill * filled + g.empty * (width - filled)


# --- sessions and uploads (one layout for the chat and the one-shot commands) ---------------


def ago(iso: str | None, now: float | None = None) -> str:
    """ "5 min ago" / "5 分钟前" for an ISO time; "" when unknown."""
    import datetime as dt

    if not iso:
        return ""
    try:
        then = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return ""
    if then.tzinfo is None:
        then = then.astimezone()
    secs = (now if now is not None else time.time()) - then.timestamp()
    if secs < 60:
        return t("ui.ago.now")
    if secs < 3600:
        return t("ui.ago.min", count=int(secs // 60))
    if secs < 86400:
        return t("ui.ago.hour", count=int(secs // 3600))
    return t("ui.ago.day", count=int(secs // 86400))


def unique_prefixes(ids: list[str], size: int = 8) -> dict[str, str]:
    """Each id's first ``size`` characters, longer where two would look the same (ids made
    in the same few seconds can share their start)."""
    out = {}
    for sid in ids:
        n = size
        while n < len(sid) and any(o != sid and o.startswith(sid[:n]) for o in ids):
            n += 1
        out[sid] = sid[:n]
    return out


def session_lines(event: ev.SessionList, now: float | None = None) -> list[str]:
    """``* 1  11301150  Tokyo trip    6 photos  15s  5 min ago``: one line per project."""
    from nemochat.timeline import seconds

    shorts = unique_prefixes([s.session_id for s in event.sessions])
    rows: list[list[str]] = []
    for i, s in enumerate(event.sessions, 1):
        mark = "*" if (s.current or s.session_id == event.current) else " "
        name = clean_line(s.display_name or "") or t("ui.sessions.untitled")
        photos = t("ui.sessions.photos", count=s.photos) if s.photos is not None else ""
        length = seconds(s.duration_ms) + "s" if s.duration_ms else t("ui.sessions.no_video")
        rows.append(
            [
                f"{mark} {i:>2}",
                clean_line(shorts[s.session_id]),
                name,
                photos,
                length,
                ago(s.updated or s.created, now),
            ]
        )
    return _columns(rows)


def _columns(rows: list[list[str]]) -> list[str]:
    """Rows of cells, each column padded to its widest cell (CJK counts 2), 2 spaces apart."""
    from rich.cells import cell_len

    if not rows:
        return []
    widths = [max(cell_len(r[c]) for r in rows) for c in range(len(rows[0]))]
    widths = [min(w, 28) for w in widths]
    out = []
    for r in rows:
        cells = [_pad(c, widths[k]) if k < len(r) - 1 else c for k, c in enumerate(r)]
        out.append("  ".join(cells).rstrip())
    return out


def media_lines(items: list[Any]) -> list[str]:
    """``1  beach.jpg  photo  2.1 MB  on the timeline``: one line per upload."""
    rows = []
    for m in items:
        use = t("ui.media.on_timeline") if m.on_timeline else t("ui.media.unused")
        if m.duplicate_of:
            use += ", " + t("ui.media.duplicate", n=m.duplicate_of)
        rows.append(
            [
                f"{m.number:>3}",
                clean_line(m.filename),
                t(f"ui.media.kind.{m.kind}"),
                fmt_size(m.size) if m.size is not None else "",
                use,
            ]
        )
    return _columns(rows)


def uploads_hint(state: Any) -> list[str]:
    """Before there is a video: what was uploaded, and the first thing to ask."""
    from nemochat.project import media_of

    items = media_of(state)
    if not items:
        return [t("ui.status.first.none")]
    names = [clean_line(m.filename) for m in items[:6]]
    shown = ", ".join(names) + (
        " " + t("timeline.more", count=len(items) - 6) if len(items) > 6 else ""
    )
    return [t("ui.status.uploads", names=shown), t("ui.status.first")]


# --- the timeline view -------------------------------------------------------------------


def timeline_view(timeline: Any, width: int = 80, lang: str | None = None) -> Text:
    """The one-line summary, then each track as bars on a shared time axis."""
    g = glyphs(lang)
    out = Text(clean(timeline.summary()))
    tracks = [tr for tr in timeline.tracks if tr.segments]
    if not tracks:
        return out
    total = max([timeline.duration_ms or 0] + [tr.end_ms for tr in tracks]) or 1
    label_w = 10
    bar_w = max(10, width - label_w - 1)
    legend: list[str] = []
    for tr in tracks:
        row = [" "] * bar_w
        for k, seg in enumerate(tr.segments):
            a = int(seg.start_ms / total * bar_w)
            b = max(a + 1, round(seg.end_ms / total * bar_w))
            ch = g.fill if k % 2 == 0 else g.alt
            for x in range(a, min(b, bar_w)):
                row[x] = ch
            if tr.type == "video":
                # each clip's block starts with its number (when it fits); the legend names it
                num = str(k + 1)
                if b - a >= len(num) + 1 and a + len(num) <= bar_w:
                    for i, c in enumerate(num):
                        row[a + i] = c
                legend.append(f"{num} {_short(seg.label)}")
        name = clean_line(tr.kind_word)
        out.append("\n")
        out.append(_pad(name, label_w), style="bold")
        out.append(" ")
        out.append("".join(row).rstrip(), style=_TRACK_STYLE.get(tr.type, ""))
    # the axis: tick labels at 0, 1/4, 1/2, 3/4 and the end
    axis = [" "] * bar_w
    for frac in (0.0, 0.25, 0.5, 0.75, 1.0):
        sec = total * frac / 1000
        label = f"{sec:.1f}".rstrip("0").rstrip(".") + "s" if total < 10_000 else f"{round(sec)}s"
        x = min(int(frac * (bar_w - 1)), bar_w - len(label))
        for i, c in enumerate(label):
            if 0 <= x + i < bar_w:
                axis[x + i] = c
    out.append("\n")
    out.append(" " * (label_w + 1))
    out.append("".join(axis), style="dim")
    if legend:
        out.append("\n")
        out.append(
            _wrap_legend(t("ui.timeline.legend", items="  ".join(legend)), width), style="dim"
        )
    return out


def _short(label: str, limit: int = 14) -> str:
    """A clip's short name: its file name without the extension, cut to ``limit`` cells."""
    from rich.cells import cell_len, set_cell_size

    name = clean_line(label)
    stem, dot, ext = name.rpartition(".")
    if dot and stem and ext.isalnum() and len(ext) <= 4:
        name = stem
    return name if cell_len(name) <= limit else set_cell_size(name, limit - 2) + ".."


def _wrap_legend(line: str, width: int) -> str:
    """Wrap the legend between items (two spaces), continued with an indent."""
    from rich.cells import cell_len

    head, sep, rest = line.partition(" ") if ": " in line else line.partition("：")
    if not sep:
        return line
    head = head + sep
    lines = [head]
    for item in rest.strip().split("  "):
        cur = lines[-1]
        joiner = "" if cur == head else "  "
        if cell_len(cur + joiner + item) > width - 1 and cur != head:
            lines.append(" " * cell_len(head) + item)
        else:
            lines[-1] = cur + joiner + item
    return "\n".join(lines)


_TRACK_STYLE = {"video": "cyan", "audio": "green", "text": "magenta"}


def _pad(s: str, width: int) -> str:
    """Pad/cut ``s`` to ``width`` terminal cells (CJK counts 2); a cut says so with "…",
    and keeps a file name's extension (``aitzgorri_by_Ai….jpg``)."""
    from rich.cells import cell_len, set_cell_size

    if cell_len(s) <= width:
        return set_cell_size(s, width) if cell_len(s) != width else s
    dot = s.rfind(".")
    ext = s[dot:] if dot > 0 and len(s) - dot <= 6 else ""
    keep = width - 1 - cell_len(ext)
    if keep < 4:
        ext, keep = "", width - 1
    return set_cell_size(s[: len(s) - len(ext)], keep) + "…" + ext


# --- key frames -------------------------------------------------------------------------


def probe_duration_ms(path: Path) -> int | None:
    """The video's duration via PyAV (imported lazily); ``None`` if unavailable."""
    try:
        import av
    except Exception:
        return None
    try:
        with av.open(str(path)) as container:
            if container.duration:
                return int(container.duration / 1000)
            stream = container.streams.video[0]
            if stream.duration and stream.time_base:
                return int(stream.duration * stream.time_base * 1000)
    except Exception:
        return None
    return None


def keyframe_strip(
    path: Path, width: int = 80, count: int = 5, lang: str | None = None
) -> Text | None:
    """A row of small frames drawn with coloured cells; ``None`` if it cannot be drawn."""
    try:
        import av
    except Exception:
        return None
    half = glyphs(lang).half
    try:
        with av.open(str(path)) as container:
            stream = container.streams.video[0]
            w, h = stream.codec_context.width, stream.codec_context.height
            if not w or not h:
                return None
            dur = container.duration / 1_000_000 if container.duration else None
            cell_w = max(6, min(16, (width - count) // count))
            rows = max(2, round(cell_w * h / w / 2))
            px_h = rows * 2 if half else rows
            thumbs = []
            times = [dur * (i + 0.5) / count for i in range(count)] if dur else [0.0]
            for ts in times:
                if dur:
                    container.seek(int(ts * 1_000_000), any_frame=False, backward=True)
                frame = next(container.decode(stream), None)
                if frame is None:
                    break
                img = frame.reformat(width=cell_w, height=px_h, format="rgb24").to_ndarray()
                thumbs.append(img)
    except Exception:
        return None
    if not thumbs:
        return None
    return _cells(thumbs, rows, cell_w, half)


def _cells(thumbs: list[Any], rows: int, cell_w: int, half: bool) -> Text:
    """Frames side by side in coloured cells: two pixels a cell with "▀" (``half``), else
    one pixel a cell as a background colour."""
    out = Text()
    for r in range(rows):
        if r:
            out.append("\n")
        for k, img in enumerate(thumbs):
            if k:
                out.append(" ")
            for x in range(cell_w):
                if half:
                    top, bot = img[2 * r][x], img[2 * r + 1][x]
                    out.append(
                        "▀",
                        style=f"rgb({top[0]},{top[1]},{top[2]}) on rgb({bot[0]},{bot[1]},{bot[2]})",
                    )
                else:
                    px = img[r][x]
                    out.append(" ", style=f"on rgb({px[0]},{px[1]},{px[2]})")
    return out


def _frame_near(container: Any, stream: Any, seconds: float) -> Any:
    """The decoded frame shown at ``seconds``: seek to the key frame before it, then decode
    forward (a preview has few key frames, so the key frame alone could be far off)."""
    container.seek(int(max(0.0, seconds) * 1_000_000), any_frame=False, backward=True)
    rate = float(stream.average_rate or 25)
    best = None
    for frame in container.decode(stream):
        best = frame
        if frame.time is not None and frame.time >= seconds - 0.5 / rate:
            break
    return best


def _mmss(seconds: float) -> str:
    """A time on the video: "1.5s" under a minute (tenths, so close frames differ), "1:05"."""
    if seconds < 60:
        text = f"{max(0.0, seconds):.1f}".removesuffix(".0")
        return f"{text}s"
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def preview_frames(
    path: Path,
    *,
    width: int = 80,
    at_ms: int | None = None,
    count: int = 5,
    lang: str | None = None,
) -> tuple[Text, list[float]] | None:
    """A preview drawn in the terminal: a strip of ``count`` frames spread over the video,
    or the one frame at ``at_ms`` (larger), in coloured cells (two pixels per cell with
    "▀" in English; the Chinese chrome avoids that ambiguous-width glyph). Returns the
    picture and the times shown; ``None`` if it cannot be drawn (no PyAV, no video)."""
    try:
        import av
    except Exception:
        return None
    half = glyphs(lang).half
    try:
        with av.open(str(path)) as container:
            stream = container.streams.video[0]
            w, h = stream.codec_context.width, stream.codec_context.height
            if not w or not h:
                return None
            dur = container.duration / 1_000_000 if container.duration else None
            if at_ms is not None:
                times = [at_ms / 1000]
                cell_w = max(8, min(48, width - 2))
            else:
                times = [dur * (i + 0.5) / count for i in range(count)] if dur else [0.0]
                cell_w = max(6, min(16, (width - count) // max(1, len(times))))
            rows = max(2, round(cell_w * h / w / 2))
            px_h = rows * 2 if half else rows
            thumbs = []
            for ts in times:
                frame = _frame_near(container, stream, ts)
                if frame is None:
                    break
                thumbs.append(
                    frame.reformat(width=cell_w, height=px_h, format="rgb24").to_ndarray()
                )
    except Exception:
        return None
    if not thumbs:
        return None
    out = _cells(thumbs, rows, cell_w, half)
    if len(thumbs) > 1:  # each frame's time under it
        out.append("\n")
        out.append(
            " ".join(_mmss(ts).center(cell_w) for ts in times[: len(thumbs)]).rstrip(),
            style="dim",
        )
    return out, times[: len(thumbs)]


def can_draw_frames(console: Console) -> bool:
    """Key frames need a terminal with 256 colours at least (16 would only be noise)."""
    return (
        console.is_terminal
        and console.color_system in ("256", "truecolor")
        and not console.no_color
    )


def show_preview(
    event: ev.Previewed, console: Console, *, print_line: Callable[[Text], None]
) -> None:
    """What a person at a terminal sees of a preview: the system player when there is one
    (a display, not ``/preview TIME``), else the frames drawn here, else where the file is."""
    from nemochat.ui import player

    path = str(event.path)
    if (
        event.at_ms is None
        and console.is_terminal
        and player.available()
        and player.open_file(event.path)
    ):
        print_line(Text(f"{OK_MARK} " + t("ui.preview.opened", path=path), style="green"))
        return
    key = "ui.preview.saved" if event.fast else "ui.preview.cloud"
    print_line(Text(f"{OK_MARK} " + t(key, path=path), style="green"))
    drawn = preview_frames(event.path, width=console.width, at_ms=event.at_ms)
    if drawn is None or not can_draw_frames(console):
        if console.is_terminal:
            print_line(Text(t("ui.preview.no_frames"), style="dim"))
        return
    picture, times = drawn
    if event.at_ms is not None:
        print_line(Text(t("ui.preview.frame", at=_mmss(event.at_ms / 1000)), style="dim"))
    else:
        print_line(
            Text(t("ui.preview.frames", times=", ".join(_mmss(x) for x in times)), style="dim")
        )
    print_line(picture)


def cache_lines(event: ev.CacheShown) -> list[str]:
    """``cache``: use and limit, and what ``--clear`` freed."""
    if not event.local:
        return [t("ui.cache.none")]
    u = event.usage
    lines = []
    if event.cleared is not None:
        lines.append(
            t(
                "ui.cache.cleared",
                removed=event.cleared.get("removed", 0),
                freed=fmt_size(event.cleared.get("freed_bytes", 0)),
            )
        )
    lines.append(
        t(
            "ui.cache",
            bytes=fmt_size(u.get("bytes")),
            limit=fmt_size(u.get("limit")),
            entries=u.get("entries", 0),
            kept=fmt_size(u.get("kept_bytes")),
        )
    )
    return lines


# --- append-only Markdown -----------------------------------------------------------------


def display_text(raw: str) -> str:
    """Server reply text as shown: sanitised, GUI-speak rewritten line by line."""
    from nemochat.chat.guitext import translate_line

    lines = clean(raw).split("\n")
    in_code = False
    out = []
    for line in lines:
        if line.lstrip().startswith("```"):
            in_code = not in_code
            out.append(line)
        else:
            out.append(line if in_code else translate_line(line).text)
    return "\n".join(out)


_TRAILING = re.compile(r"(?:[ ]|\x1b\[[0-9;]*m)+$")


def _rstrip_ansi(line: str) -> str:
    """Remove trailing spaces (and the style codes around them), then reset the style."""
    stripped = _TRAILING.sub("", line)
    return stripped + "\x1b[0m" if "\x1b[" in stripped else stripped


def _markdown(text: str, lang: str | None = None) -> Any:
    """Rich Markdown for agent text: a single newline is a line break (agents send plain text
    with single newlines), raw HTML is shown as text, links show their target, and Chinese
    bullets avoid the ambiguous-width "•"."""
    from markdown_it import MarkdownIt
    from rich.markdown import ListItem, Markdown
    from rich.segment import Segment

    class _Item(ListItem):
        def render_bullet(self, console: Console, options: Any) -> Any:
            render_options = options.update(width=options.max_width - 3)
            lines = console.render_lines(self.elements, render_options, style=self.style)
            style = console.get_style("markdown.item.bullet", default="none")
            for k, line in enumerate(lines):
                yield Segment(" - " if k == 0 else "   ", style)
                yield from line
                yield Segment("\n")

    md = Markdown("", hyperlinks=False)
    if (lang or i18n.current()) == "zh":
        md.elements = {**Markdown.elements, "list_item_open": _Item}  # type: ignore[misc]
    parser = MarkdownIt("commonmark", {"html": False}).enable("strikethrough").enable("table")
    md.markup = text
    md.parsed = parser.parse(text)
    for token in md.parsed:
        for child in token.children or ():
            if child.type == "softbreak":
                child.type = "hardbreak"
    return md


class MarkdownStream:
    """Renders a growing Markdown reply; finished lines are printed once, the tail is live."""

    def __init__(self, console: Console, live_lines: int = 6) -> None:
        self.console = console
        self.live_lines = live_lines
        self.raw = ""
        self.printed = 0  # rendered lines already printed above the live region
        self._last_render = 0.0
        self._min_delay = 0.05

    def _render(self, text: str) -> list[str]:
        buf = io.StringIO()
        cons = Console(
            file=buf,
            width=self.console.width,
            force_terminal=self.console.is_terminal,
            color_system=self.console.color_system,  # type: ignore[arg-type]
            no_color=self.console.no_color,
            legacy_windows=False,
        )
        cons.print(_markdown(text))
        # drop the padding rich adds up to the full width (keeps scrollback and copies clean)
        return [_rstrip_ansi(line) for line in buf.getvalue().splitlines()]

    def feed(self, chunk: str) -> None:
        self.raw += chunk

    def due(self) -> bool:
        return time.monotonic() - self._last_render >= self._min_delay

    def step(self, final: bool = False) -> tuple[list[str], list[str]]:
        """(lines to print now, lines for the live tail)."""
        start = time.monotonic()
        lines = self._render(display_text(self.raw)) if self.raw.strip() else []
        # adapt the frame rate to how long a render takes (aider: 10x, 50 ms..2 s)
        self._min_delay = min(2.0, max(0.05, (time.monotonic() - start) * 10))
        self._last_render = time.monotonic()
        keep = 0 if final else self.live_lines
        stable = max(self.printed, len(lines) - keep)
        new = lines[self.printed : stable]
        self.printed = stable
        return new, lines[stable:]


# --- presenters --------------------------------------------------------------------------


class RichPresenter(ev.Presentation):
    """The chat's presentation: call it with each event (``on_<Event>`` methods)."""

    def __init__(self, console: Console | None = None, *, debug: bool = False) -> None:
        self.console = console or Console(highlight=False)
        self.debug = debug
        self.md: MarkdownStream | None = None
        self.live: Any = None
        self.status: str | None = None
        self.status_since = time.monotonic()
        self.turn_since = time.monotonic()
        self.tool: str | None = None
        self.tail: list[str] = []
        self.frame = 0
        self.progress_text: str | None = None
        self.question: str | None = None

    # live region -------------------------------------------------------------------------
    def _ensure_live(self) -> None:
        if self.live is None and self.console.is_terminal:
            from rich.live import Live

            self.live = Live(
                self._renderable(),
                console=self.console,
                auto_refresh=False,
                transient=True,
                redirect_stdout=False,
                redirect_stderr=False,
            )
            self.live.start()

    def _renderable(self) -> Group:
        parts: list[Any] = []
        if self.tail:
            parts.append(Text.from_ansi("\n".join(self.tail)))
        line = None
        if self.progress_text is not None:
            line = f"{self.progress_text} ({fmt_elapsed(time.monotonic() - self.status_since)})"
        elif self.status is not None:
            line = f"{self.status} ({fmt_elapsed(time.monotonic() - self.status_since)})"
        if line is not None:
            parts.append(Text(f"{SPINNER[self.frame % len(SPINNER)]} {line}", style="dim"))
        if self.question:
            parts.append(Text(self.question, style="bold yellow"))
        return Group(*parts)

    def set_question(self, question: str | None) -> None:
        """Ask something (Ctrl-D: quit anyway?) below the status line while work goes on."""
        self.question = question
        if self.live is None and question:
            self._print(Text(question, style="bold yellow"))
        self._refresh()

    def tick(self) -> None:
        """Advance the spinner and the elapsed time (called by the REPL's ticker)."""
        self.frame += 1
        self._refresh()

    def _refresh(self) -> None:
        if self.live is not None:
            self.live.update(self._renderable(), refresh=True)

    def _print(self, renderable: Any) -> None:
        self.console.print(renderable, highlight=False)

    def _stop_live(self) -> None:
        if self.live is not None:
            self.live.stop()
            self.live = None

    def _flush_md(self) -> None:
        if self.md is not None:
            new, _tail = self.md.step(final=True)
            self.tail = []
            self._refresh()
            for line in new:
                self._print(Text.from_ansi(line))
            self.md = None

    def finish(self) -> None:
        """End any live output (turn over, cancelled, or an error)."""
        self._flush_md()
        self.status = None
        self.tool = None
        self.progress_text = None
        self.question = None
        self._stop_live()

    # events ------------------------------------------------------------------------------
    def on_TurnStarted(self, event: TurnStarted) -> None:
        self.turn_since = time.monotonic()
        self.status = t("ui.tool.thinking")
        self.status_since = time.monotonic()
        self._ensure_live()
        self._refresh()

    def on_ActionStarted(self, event: ActionStarted) -> None:
        self.progress_text = t(f"ui.progress.{event.kind}")
        self.status_since = time.monotonic()
        self._ensure_live()
        self._refresh()

    def on_Text(self, event: ev.Text) -> None:
        if self.md is None:
            self.md = MarkdownStream(self.console)
        self.md.feed(event.text)
        self._ensure_live()
        if self.md.due():
            new, self.tail = self.md.step()
            for line in new:
                self._print(Text.from_ansi(line))
        self.frame += 1
        self._refresh()

    def on_ToolStarted(self, event: ev.ToolStarted) -> None:
        self._flush_md()
        self.tool = event.name
        self.status = tool_label(event.name)
        self.status_since = time.monotonic()
        self._ensure_live()
        self._refresh()

    def on_ToolFinished(self, event: ev.ToolFinished) -> None:
        label = tool_label(event.name)
        elapsed = fmt_elapsed(time.monotonic() - self.status_since)
        self._print(Text(f"{OK_MARK} {label} ({elapsed})", style="dim"))
        self.tool = None
        self.status = t("ui.tool.thinking")
        self.status_since = time.monotonic()
        self._refresh()

    def on_Heartbeat(self, event: ev.Heartbeat) -> None:
        self.frame += 1
        self._refresh()

    def on_StillWorking(self, event: ev.StillWorking) -> None:
        self._flush_md()
        self._print(Text(t("ui.still_working", minutes=int(event.elapsed // 60)), style="yellow"))

    def on_Changes(self, event: ev.Changes) -> None:
        self._flush_md()
        if not event.lines:
            if event.silent:
                self._print(Text(t("ui.changes.none"), style="dim"))
            return
        self._print(Text(t("ui.changes"), style="bold"))
        for line in event.lines:
            self._print(Text("  " + clean_line(line)))

    def on_TurnEnd(self, event: ev.TurnEnd) -> None:
        self.finish()

    def on_Progress(self, event: ev.Progress) -> None:
        label = t(f"ui.progress.{event.kind}")
        frac = event.fraction if event.kind != "render" else event.done
        parts = [label]
        if frac is not None:
            parts.append(progress_bar(frac))
            parts.append(f"{round(frac * 100):3d}%")
        if event.kind != "render" and event.done is not None:
            parts.append(
                fmt_size(event.done) + (f" / {fmt_size(event.total)}" if event.total else "")
            )
        self.progress_text = " ".join(parts)
        self._ensure_live()
        self.frame += 1
        self._refresh()

    def on_Notice(self, event: ev.Notice) -> None:
        self._flush_md()
        style = {"warning": "yellow", "success": "green"}.get(event.level, "")
        self._print(Text(clean(event.message()), style=style))

    def on_Error(self, event: ev.Error) -> None:
        self.finish()
        self._print(Text(f"{FAIL_MARK} " + clean(event.message()), style="red"))
        if self.debug and event.error is not None:
            import traceback

            self.console.print(
                Text("".join(traceback.format_exception(event.error)), style="dim"),
                highlight=False,
            )

    def on_SessionChanged(self, event: ev.SessionChanged) -> None:
        self._print(Text(session_message(event), style="dim"))

    def on_SessionList(self, event: ev.SessionList) -> None:
        if not event.sessions:
            self._print(Text(t("ui.sessions.none")))
            return
        self._print(Text(t("ui.sessions.title"), style="bold"))
        for line in session_lines(event):
            self._print(Text("  " + line, style="green" if line.startswith("*") else ""))

    def on_MediaShown(self, event: ev.MediaShown) -> None:
        self.finish()
        if not event.items:
            self._print(Text(t("ui.media.none")))
            return
        self._print(Text(t("ui.media.title", count=len(event.items)), style="bold"))
        for line in media_lines(event.items):
            self._print(Text("  " + line))
        self._print(Text(t("ui.media.hint"), style="dim"))

    def on_Uploaded(self, event: ev.Uploaded) -> None:
        self.progress_text = None
        self.question = None
        self._stop_live()
        names = ", ".join(clean_line(getattr(f, "filename", "?")) for f in event.files)
        self._print(
            Text(
                f"{OK_MARK} " + t("ui.uploaded", count=len(event.files), names=names), style="green"
            )
        )

    def on_TimelineShown(self, event: ev.TimelineShown) -> None:
        self.finish()
        self._print(timeline_view(event.timeline, width=self.console.width))
        if event.timeline.empty:
            for line in uploads_hint(event.state):
                self._print(Text(line, style="dim"))

    def on_CreditsShown(self, event: ev.CreditsShown) -> None:
        self.finish()
        if event.local:
            self._print(Text(t("ui.credits.local")))
            return
        self._print(
            Text(
                t(
                    "ui.credits",
                    available=_num(event.available),
                    frozen=_num(event.frozen),
                    total=_num(event.total),
                )
            )
        )
        if event.bind_url:
            self._print(Text(t("ui.credits.bind", url=clean_line(event.bind_url)), style="dim"))

    def on_Exported(self, event: ev.Exported) -> None:
        self.finish()
        self.console.print(
            Text(
                f"{OK_MARK} "
                + t(
                    "ui.exported.already" if event.already else "ui.exported", path=str(event.path)
                ),
                style="green",
            ),
            soft_wrap=True,  # never break the path: it must stay copyable
            highlight=False,
        )
        dur = probe_duration_ms(event.path)
        self._print(
            Text(
                "  "
                + t("ui.exported.details", size=fmt_size(event.bytes), duration=fmt_duration(dur))
            )
        )
        # key frames need 256 colours at least; 16 colours would only be noise
        if (
            self.console.is_terminal
            and self.console.color_system in ("256", "truecolor")
            and not self.console.no_color
        ):
            strip = keyframe_strip(event.path, width=self.console.width)
            if strip is not None:
                self._print(strip)

    def on_Previewed(self, event: ev.Previewed) -> None:
        self.finish()
        show_preview(event, self.console, print_line=self._print)

    def on_CacheShown(self, event: ev.CacheShown) -> None:
        self.finish()
        for line in cache_lines(event):
            self._print(Text(line))

    def on_HelpShown(self, event: HelpShown) -> None:
        self._print(help_text(self.console.width))

    def on_ClearScreen(self, event: ClearScreen) -> None:
        self.console.clear()

    def on_KeepInput(self, event: KeepInput) -> None:
        pass

    def on_QuitRequested(self, event: QuitRequested) -> None:
        pass


def session_message(event: ev.SessionChanged) -> str:
    """ "New project started." / "Now working on Tokyo trip (11301150)." (no raw ids)."""
    key = {
        "created": "ui.session",
        "new": "ui.session.new",
        "use": "ui.session.use",
        "renewed": "ui.session.renewed",
    }[event.reason]
    name = clean_line(event.name or "") or t("project.default_name")
    return t(key, session_id=clean_line(event.short_id), name=name)


def _num(value: float) -> str:
    return f"{value:g}"


_HELP_NAME_W = 13  # "  /sessions  ": where every description starts


def help_text(width: int = 80) -> Text:
    """The command list; a description that wraps continues under itself (hanging indent)."""
    from rich.cells import cell_len

    width = max(40, width)
    measure = Console(width=width, file=io.StringIO(), legacy_windows=False)
    out = Text()
    for line in Text(t("chat.help.title")).wrap(measure, width):
        line.rstrip()
        out.append_text(line)
        out.append("\n")
    out.stylize("bold")
    for cmd in commands.COMMANDS:
        names = "/" + cmd.name
        body = Text(t(cmd.help_key))
        if cmd.aliases:
            alias = ", ".join("/" + a for a in cmd.aliases)
            body.append(f"  ({t('chat.help.aliases')}: {alias})", style="dim")
        out.append(("  " + names).ljust(_HELP_NAME_W), style="cyan")
        for k, line in enumerate(body.wrap(measure, width - _HELP_NAME_W)):
            if k:
                out.append("\n" + " " * _HELP_NAME_W)
            line.rstrip()
            out.append_text(line)
        out.append("\n")
    # keys: "Keys: a | b | c", broken only between items, continued under the first item
    keys = t("chat.help.keys")
    sep_at = min((i for i in (keys.find(": "), keys.find("：")) if i >= 0), default=-1)
    head = keys[: sep_at + 1] + (" " if keys[sep_at : sep_at + 1] == ":" else "")
    rest = keys[sep_at + 1 :].strip()
    if sep_at < 0:
        head, rest = "", keys
    indent = cell_len(head)
    lines: list[str] = [head]
    for item in rest.split(" | "):
        cur = lines[-1]
        sep = "" if cur == head else " | "
        if cell_len(cur + sep + item) > width and cur != head:
            lines.append(" " * indent + item)
        else:
            lines[-1] = cur + sep + item
    out.append("\n".join(lines), style="dim")
    return out


class PlainPresenter(ev.Presentation):
    """``-m`` and piped input: reply text and results to ``out``; progress, notices to ``err``.

    No colour, no cursor movement; reply text is printed line by line (GUI-speak rewritten).
    ``sessions_none`` is the key said when there are no sessions (the one-shot command
    words it for the command line).
    """

    def __init__(
        self,
        out: IO[str] | None = None,
        err: IO[str] | None = None,
        *,
        sessions_none: str = "ui.sessions.none",
    ) -> None:
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        self.lines: Any = None  # a guitext.LineTranslator while a reply streams
        self._last_progress: dict[str, int] = {}
        self.sessions_none = sessions_none

    def _w(self, text: str, *, err: bool = False) -> None:
        stream = self.err if err else self.out
        stream.write(text + "\n")
        stream.flush()

    def _end_text(self) -> None:
        if self.lines is not None:
            tail = self.lines.flush()
            if tail:
                self._w(clean(tail))
            self.lines = None

    # chrome on stderr (tools, progress) and silent events do not break the reply's current
    # line; anything else ends it first
    _KEEPS_LINE = (
        ev.Text,
        ev.ToolStarted,
        ev.ToolFinished,
        ev.Progress,
        ev.StillWorking,
        ev.Heartbeat,
        ev.TurnStarted,
        ev.ActionStarted,
        ev.KeepInput,
        ev.QuitRequested,
        ev.ClearScreen,
    )

    def __call__(self, event: ev.Event) -> None:
        if not isinstance(event, self._KEEPS_LINE):
            self._end_text()
        super().__call__(event)

    def finish(self) -> None:
        self._end_text()

    def on_Text(self, event: ev.Text) -> None:
        if self.lines is None:
            from nemochat.chat.guitext import LineTranslator

            self.lines = LineTranslator()
        done = self.lines.feed(clean(event.text))
        if done:
            self.out.write(done)
            self.out.flush()

    def on_ToolStarted(self, event: ev.ToolStarted) -> None:
        self._w("... " + tool_label(event.name), err=True)

    def on_StillWorking(self, event: ev.StillWorking) -> None:
        self._w(t("ui.still_working", minutes=int(event.elapsed // 60)), err=True)

    def on_Changes(self, event: ev.Changes) -> None:
        if event.lines:
            self._w(t("ui.changes"))
            for line in event.lines:
                self._w("  " + clean_line(line))
        elif event.silent:
            self._w(t("ui.changes.none"))

    def on_Progress(self, event: ev.Progress) -> None:
        frac = event.fraction if event.kind != "render" else event.done
        if frac is None or not _isatty(self.err):
            return  # progress is for a person watching a terminal, never for a log
        step = int(frac * 4)  # report at 25 % steps only
        if self._last_progress.get(event.kind) != step:
            self._last_progress[event.kind] = step
            self._w(f"{t(f'ui.progress.{event.kind}')} {round(frac * 100)}%", err=True)

    def on_Notice(self, event: ev.Notice) -> None:
        self._w(clean(event.message()), err=True)

    def on_Error(self, event: ev.Error) -> None:
        self._w(clean(event.message()), err=True)

    def on_SessionChanged(self, event: ev.SessionChanged) -> None:
        self._w(session_message(event), err=True)

    def on_SessionList(self, event: ev.SessionList) -> None:
        if not event.sessions:
            self._w(t(self.sessions_none), err=True)
        for line in session_lines(event):
            self._w(line)

    def on_MediaShown(self, event: ev.MediaShown) -> None:
        if not event.items:
            self._w(t("ui.media.none"))
        for line in media_lines(event.items):
            self._w(line)

    def on_Uploaded(self, event: ev.Uploaded) -> None:
        names = ", ".join(clean_line(getattr(f, "filename", "?")) for f in event.files)
        self._w(t("ui.uploaded", count=len(event.files), names=names))

    def on_TimelineShown(self, event: ev.TimelineShown) -> None:
        self._w(clean(event.timeline.summary()))
        if event.timeline.empty:
            for line in uploads_hint(event.state):
                self._w(line)

    def on_CreditsShown(self, event: ev.CreditsShown) -> None:
        if event.local:
            self._w(t("ui.credits.local"))
            return
        self._w(
            t(
                "ui.credits",
                available=_num(event.available),
                frozen=_num(event.frozen),
                total=_num(event.total),
            )
        )

    def on_Exported(self, event: ev.Exported) -> None:
        if event.already:  # stdout stays the path alone, for scripts
            self._w(t("ui.exported.already", path=str(event.path)), err=True)
        self._w(str(event.path))

    def on_Previewed(self, event: ev.Previewed) -> None:
        """stdout: the path alone (for scripts); at a terminal also the player or frames."""
        if not _isatty(self.out):
            self._w(str(event.path))
            return
        console = Console(file=self.out, highlight=False)
        show_preview(event, console, print_line=lambda text: console.print(text, highlight=False))

    def on_CacheShown(self, event: ev.CacheShown) -> None:
        for line in cache_lines(event):
            self._w(line)

    def on_HelpShown(self, event: HelpShown) -> None:
        self._w(help_text().plain)


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


_UNSAFE_JSON = re.compile(r"[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


class JsonPresenter(ev.Presentation):
    """``--json``: one JSON object per event per line (no terminal control characters)."""

    def __init__(self, out: IO[str] | None = None, skip: Callable[[ev.Event], bool] | None = None):
        self.out = out or sys.stdout
        self.skip = skip or (lambda e: isinstance(e, ev.Heartbeat))

    def on_Event(self, event: ev.Event) -> None:
        if self.skip(event):
            return
        line = json.dumps(event.to_json(), ensure_ascii=False, default=str)
        line = _UNSAFE_JSON.sub(lambda m: f"\\u{ord(m.group(0)):04x}", line)
        self.out.write(line + "\n")
        self.out.flush()
