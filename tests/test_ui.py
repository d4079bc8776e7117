"""Rendering snapshots with a fixed-width console: timeline, streaming Markdown, presenters."""

from __future__ import annotations

import io
import json
import unicodedata
from pathlib import Path

import pytest
from rich.console import Console

from nemochat import events as ev
from nemochat import i18n
from nemochat.chat.engine import ChatState, HelpShown
from nemochat.i18n import t
from nemochat.timeline import decode
from nemochat.ui.output import (
    JsonPresenter,
    MarkdownStream,
    PlainPresenter,
    RichPresenter,
    help_text,
    keyframe_strip,
    timeline_view,
)
from nemochat.ui.repl import toolbar_text

DRAFT = {
    "d": 15000,
    "t": [
        {
            "tt": 0,
            "m": {"name": "Photos"},
            "sg": [
                {"st": 0, "d": 5000, "m": {"name": "beach.jpg"}},
                {"st": 5000, "d": 5000, "m": {"name": "city.jpg"}},
                {"st": 10000, "d": 5000, "m": {"name": "night.jpg"}},
            ],
        },
        {"tt": 1, "sg": [{"st": 0, "d": 15000, "m": {"name": "Lo-fi", "volume": 0.35}}]},
        {"tt": 7, "sg": [{"st": 0, "d": 3000, "m": {"text": "Urban Dreams", "role": "title"}}]},
    ],
}


def console(width: int = 60) -> tuple[Console, io.StringIO]:
    buf = io.StringIO()
    return Console(file=buf, width=width, force_terminal=False, color_system=None), buf


def test_timeline_snapshot_en() -> None:
    c, buf = console()
    c.print(timeline_view(decode(DRAFT), width=60, lang="en"))
    assert buf.getvalue().splitlines()[-5:] == [
        "Video      1███████████████2▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓3████████████████",
        "BGM        █████████████████████████████████████████████████",
        "Title      ██████████",
        "           0s          4s          8s          11s       15s",
        "Clips: 1 beach  2 city  3 night",
    ]
    assert buf.getvalue().startswith("Timeline (3 tracks): 1. Video: beach.jpg")


def test_timeline_zh_has_no_ambiguous_width_chrome() -> None:
    i18n.set_language("zh")
    view = timeline_view(decode(DRAFT), width=60, lang="zh").plain
    bars = view.split("\n", 1)[1]
    assert not [ch for ch in bars if unicodedata.east_asian_width(ch) == "A"]
    assert "视频" in bars and "背景音乐" in bars


def test_empty_timeline_is_just_the_sentence() -> None:
    assert timeline_view(decode({}), 60).plain == decode({}).summary()


def test_markdown_stream_prints_each_line_once_and_matches_full_render() -> None:
    c, _ = console()
    reply = "# Plan\n\n" + "".join(f"- step {i}: add clip {i}\n" for i in range(12)) + "\nDone."
    md = MarkdownStream(c, live_lines=3)
    md._min_delay = 0
    printed: list[str] = []
    for i in range(0, len(reply), 7):
        md.feed(reply[i : i + 7])
        new, tail = md.step()
        printed += new
        assert len(tail) <= 3
    new, tail = md.step(final=True)
    printed += new
    assert tail == []
    whole = MarkdownStream(c)
    whole.feed(reply)
    assert printed == whole.step(final=True)[0]
    assert sum("step 5:" in line for line in printed) == 1


def test_rich_presenter_turn_snapshot() -> None:
    c, buf = console()
    p = RichPresenter(c)
    for e in [
        ev.Text("I made a **15 s** video.\n"),
        ev.ToolStarted("add_title", {"text": "Hi"}),
        ev.Heartbeat(),
        ev.ToolFinished("add_title", {"ok": True}),
        ev.Text("Click the Export button when ready."),
        ev.StillWorking(121.0),
        ev.TurnEnd(True),
        ev.Changes(['Added Title: "Hi" (0-3s)']),
    ]:
        p(e)
    lines = [line.rstrip() for line in buf.getvalue().splitlines()]
    assert lines == [
        "I made a 15 s video.",
        "✓ Working: Add title (0s)",
        "type /export when ready.",
        "⏳ Still working... (2 min)",
        "What changed:",
        '  Added Title: "Hi" (0-3s)',
    ]


def test_rich_presenter_results() -> None:
    c, buf = console(70)
    p = RichPresenter(c)
    p(ev.CreditsShown(120, 5, 125))
    p(ev.TimelineShown("s1", decode(DRAFT), {}))
    p(ev.Uploaded([type("F", (), {"filename": "a\x1b[2J.png"})()]))
    p(ev.Error("core.unexpected", {"error": "boom"}))
    out = buf.getvalue()
    assert "Credits: 120 available, 5 reserved, 125 in total" in out
    assert "Timeline (3 tracks)" in out and "Video" in out
    assert "✓ Uploaded 1 file: a.png" in out
    assert "✗ Something went wrong: boom" in out


def test_plain_presenter_splits_reply_and_chrome() -> None:
    out, err = io.StringIO(), io.StringIO()
    p = PlainPresenter(out, err)
    for e in [
        ev.Text("Hel"),
        ev.Text("lo.\nClick the Export "),
        ev.ToolStarted("render_preview"),
        ev.Text("button."),
        ev.TurnEnd(True),
        ev.Progress("upload", 50, 100),
        ev.Progress("upload", 60, 100),
        ev.Notice("chat.offer.export"),
    ]:
        p(e)
    assert out.getvalue() == "Hello.\ntype /export.\n"  # no progress: err is no terminal
    assert err.getvalue().splitlines() == [
        "... Working: Render preview",
        "Ready to export? Type /export (or just say: export).",
    ]


def test_plain_presenter_translates_complete_lines() -> None:
    out, err = io.StringIO(), io.StringIO()
    p = PlainPresenter(out, err)
    p(ev.Text("点击导出"))
    p(ev.Text("按钮即可。\n"))
    p(ev.TurnEnd(True))
    assert out.getvalue() == "输入 /export即可。\n"


def test_json_presenter_one_object_per_line() -> None:
    out = io.StringIO()
    p = JsonPresenter(out)
    p(ev.Text("hi \x9b2J 中文"))
    p(ev.Heartbeat())
    p(ev.TurnEnd(True))
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    assert "\x9b" not in out.getvalue()
    first = json.loads(lines[0])
    assert first == {"type": "text", "text": "hi \x9b2J 中文"}
    assert json.loads(lines[1])["type"] == "turn_end"


def test_toolbar_is_a_pure_function_of_state() -> None:
    state = ChatState(backend="cloud", session_id="3f9a1c2b7d4e", credits=120.0, queued=2)
    assert toolbar_text(state, lang="en", setting="auto") == (
        "backend cloud | session 3f9a1c2b | credits 120 | queued 2 | lang auto (en) | "
        "Enter send  Alt-Enter newline  Ctrl-C cancel  Ctrl-D quit  /help"
    )


def test_toolbar_drops_whole_items_and_keeps_the_quit_key() -> None:
    from rich.cells import cell_len

    state = ChatState(
        backend="local", session_id="1130115042315900695", credits_unlimited=True, busy="reply"
    )
    for lang in ("en", "zh"):
        full = toolbar_text(state, lang=lang, setting="auto")
        words = set(full.replace("|", " ").split())
        for width in range(30, 140):
            line = toolbar_text(state, width=width, lang=lang, setting="auto")
            assert cell_len(line) <= width - 1
            # never cut mid-word: every word shown is a whole word of the full toolbar
            assert set(line.replace("|", " ").split()) <= words, (width, line)
            if width >= 60:
                assert t("ui.toolbar.key.quit", lang) in line, (width, line)
        assert toolbar_text(state, width=200, lang=lang, setting="auto") == full
    zh = toolbar_text(ChatState(backend="local", credits_unlimited=True), lang="zh", setting="zh")
    assert zh.startswith("后端 本地 | 会话 无 | 积分 不限 | 语言 zh")
    assert not [ch for ch in zh if unicodedata.east_asian_width(ch) == "A"]


def test_help_is_bilingual() -> None:
    en = help_text().plain
    assert "/export" in en and "/quit" in en and "(also: /exit" in en
    i18n.set_language("zh")
    zh = help_text().plain
    assert "退出" in zh and "别名" in zh
    c, buf = console(100)
    RichPresenter(c)(HelpShown())
    assert "/sessions" in buf.getvalue()


def _tiny_video(path: Path) -> None:
    av = pytest.importorskip("av")
    np = pytest.importorskip("numpy")
    with av.open(str(path), "w") as out:
        stream = out.add_stream("libx264", rate=10)
        stream.width, stream.height, stream.pix_fmt = 64, 36, "yuv420p"
        for i in range(20):
            img = np.zeros((36, 64, 3), dtype=np.uint8)
            img[:, :, 0] = 255 if i < 10 else 0  # red, then blue
            img[:, :, 2] = 0 if i < 10 else 255
            frame = av.VideoFrame.from_ndarray(img, format="rgb24")
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)


def test_keyframe_strip_draws_frames(tmp_path: Path) -> None:
    video = tmp_path / "v.mp4"
    _tiny_video(video)
    strip = keyframe_strip(video, width=60, count=2, lang="en")
    assert strip is not None
    rows = strip.plain.split("\n")
    assert len(rows) >= 2 and all(len(r) == len(rows[0]) for r in rows)
    styles = {str(s.style) for s in strip.spans}
    assert any("rgb(2" in s for s in styles) and any(",2" in s for s in styles)
    assert keyframe_strip(tmp_path / "missing.mp4") is None


def test_exported_shows_path_size_duration(tmp_path: Path) -> None:
    video = tmp_path / "Urban Dreams.mp4"
    _tiny_video(video)
    c, buf = console(80)
    RichPresenter(c)(ev.Exported("r1", video, video.stat().st_size))
    out = buf.getvalue()
    assert f"Saved {video}" in out and "2.0s" in out and "KB" in out


def test_short_timeline_axis_has_distinct_ticks() -> None:
    short = decode({"t": [{"tt": 7, "sg": [{"st": 0, "d": 3000, "m": {"text": "x"}}]}]})
    axis = timeline_view(short, 60, lang="en").plain.splitlines()[-1].split()
    assert axis == ["0s", "0.8s", "1.5s", "2.2s", "3s"]


def test_chat_catalog_is_bilingual_with_matching_fields_and_no_ambiguous_glyphs() -> None:
    import string

    fmt = string.Formatter()
    for key, (en, zh) in i18n.catalog().items():
        if not key.startswith(("chat.", "ui.")):
            continue
        assert en and zh, key
        fields_en = {f for _, f, _, _ in fmt.parse(en) if f}
        fields_zh = {f for _, f, _, _ in fmt.parse(zh) if f}
        assert fields_en == fields_zh, key
        assert not [c for c in zh if unicodedata.east_asian_width(c) == "A"], key


LOCAL_AND_CLOUD_TOOLS = [
    "undo",
    "redo",
    "generate_video_with_seedance",
    "edit_multitrack",
    "generate_image",
    "generate_music",
    "get_draft",
    "render_video",
]


def test_every_known_tool_has_a_readable_label_in_both_languages() -> None:
    import inspect

    from nemochat.engine.agent import ops

    names = [c.name for c in vars(ops).values() if inspect.isclass(c) and issubclass(c, ops.Op)]
    names = [n for n in names if n] + LOCAL_AND_CLOUD_TOOLS
    cat = i18n.catalog()
    for name in names:
        assert f"ui.tool.{name}" in cat, name
        en, zh = cat[f"ui.tool.{name}"]
        assert "_" not in en and not any("a" <= c.lower() <= "z" for c in zh), name
    i18n.set_language("zh")
    c, buf = console(60)
    p = RichPresenter(c)
    p(ev.ToolStarted("generate_video_with_seedance", {}))
    p(ev.ToolFinished("generate_video_with_seedance", {}))
    assert "生成视频" in buf.getvalue() and "Generate" not in buf.getvalue()


def test_unknown_tool_names_are_humanised() -> None:
    from nemochat.ui.output import tool_label

    assert tool_label("mix_audioTracks") == "Working: Mix audio Tracks"
    i18n.set_language("zh")
    assert tool_label("mix_audio") == "处理中：Mix audio"


def _stream_lines(text: str, width: int = 60) -> list[str]:
    c, _ = console(width)
    md = MarkdownStream(c)
    md.feed(text)
    new, tail = md.step(final=True)
    return [line for line in new + tail]


def test_agent_single_newlines_stay_line_breaks() -> None:
    lines = _stream_lines("已添加 1 条文字。\n接下来可以：\n- 加标题\n- **导出**\n\n```\na\nb\n```")
    assert "已添加 1 条文字。" in lines and "接下来可以：" in lines
    assert any(line.endswith("加标题") for line in lines)
    assert any(line.endswith("导出") and "**" not in line for line in lines)
    assert " a" in lines and " b" in lines


def test_agent_text_is_never_markup_html_or_a_hidden_link() -> None:
    lines = _stream_lines("[bold red]x[/bold red] <b>hi</b> [site](http://127.0.0.1:1/x)")
    text = " ".join(lines)
    assert "[bold red]x[/bold red]" in text and "<b>hi</b>" in text
    assert "http://127.0.0.1:1/x" in text


def test_chinese_bullets_are_not_ambiguous_width() -> None:
    i18n.set_language("zh")
    lines = _stream_lines("可以：\n- 加标题\n- 导出")
    assert not [c for line in lines for c in line if unicodedata.east_asian_width(c) == "A"]
    assert " - 加标题" in lines


def test_chat_console_colour_depth_for_tmux_and_xterm() -> None:
    from nemochat.ui.repl import color_system

    assert color_system({"TERM": "screen", "TMUX": "/tmp/tmux-0/default,1,0"}) == "256"
    assert color_system({"TERM": "xterm"}) == "256"
    assert color_system({"TERM": "tmux-256color", "COLORTERM": "truecolor"}) == "truecolor"
    assert color_system({"TERM": "dumb"}) is None
    assert color_system({"TERM": "xterm", "NO_COLOR": "1"}) is None


def test_key_frames_only_in_real_colour_terminals(tmp_path: Path) -> None:
    video = tmp_path / "v.mp4"
    _tiny_video(video)
    shown = {}
    for depth in ("standard", "256"):
        buf = io.StringIO()
        c = Console(file=buf, width=80, force_terminal=True, color_system=depth)  # type: ignore[arg-type]
        RichPresenter(c)(ev.Exported("r1", video, video.stat().st_size))
        shown[depth] = "▀" in buf.getvalue()
    assert shown == {"standard": False, "256": True}
