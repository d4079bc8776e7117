"""Server text never reaches the terminal with control sequences, markup or links."""

from __future__ import annotations

import io

from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

from nemochat import events as ev
from nemochat.ui.output import PlainPresenter, RichPresenter
from nemochat.ui.sanitize import clean, clean_line

ATTACKS = [
    "\x1b]0;pwned\x07",  # window title (BEL)
    "\x1b]52;c;aGVsbG8=\x1b\\",  # clipboard write (ST)
    "\x1b[2J\x1b[H",  # clear screen, home
    "\x1b[31mred\x1b[0m",  # colour
    "\x1bP1$r0m\x1b\\",  # DCS
    "\x1b_apc\x1b\\",  # APC
    "\x1b^pm\x1b\\",  # PM
    "\x1bXsos\x1b\\",  # SOS
    "\x9b2J",  # 8-bit CSI
    "\x9d0;t\x9c",  # 8-bit OSC
    "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\",  # OSC 8 hyperlink
    "a\rb",  # carriage return overwrite
    "\x08\x7f\x00\x07",  # BS, DEL, NUL, BEL
    "\u202eevil\u202c",  # bidi override
    "\x1b[",  # truncated CSI
    "\x1b]0;unterminated",  # unterminated OSC
]


def test_attacks_are_removed() -> None:
    for attack in ATTACKS:
        out = clean(attack)
        assert "\x1b" not in out and "\x9b" not in out and "\x07" not in out, repr(attack)
        assert "\r" not in out and "\u202e" not in out
    assert clean("\x1b[31mred\x1b[0m") == "red"
    assert clean("a\rb") == "a\nb"
    assert clean("\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\") == "click"


def test_newline_and_tab_kept_and_text_untouched() -> None:
    s = "第一行\n\tsecond line — ok ✓ 😀 Café"
    assert clean(s) == s
    assert clean_line("a\nb\tc") == "a b c"


@given(st.text())
def test_no_control_characters_survive(s: str) -> None:
    out = clean(s)
    assert all(ch in "\n\t" or not (ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F) for ch in out)


def _rich(event: ev.Event) -> str:
    buf = io.StringIO()
    p = RichPresenter(Console(file=buf, width=80, force_terminal=True, color_system="truecolor"))
    p(event)
    p.finish()
    return buf.getvalue()


def test_rich_output_has_no_server_escapes_markup_or_links() -> None:
    text = "[link=https://evil.example]docs[/link] [bold red]x[/] " + "".join(ATTACKS) + "\n"
    out = _rich(ev.Text(text))
    assert "]0;pwned" not in out and "]52;" not in out and "\x1b]8;" not in out
    assert "[link=https://evil.example]docs[/link]" in out  # shown literally, not a link
    assert "\x1b[2J" not in out
    md = _rich(ev.Text("see [the docs](https://example.com/x)\n"))
    assert "https://example.com/x" in md and "\x1b]8;" not in md  # target shown, no OSC 8


def test_errors_and_notices_are_cleaned() -> None:
    out = _rich(ev.Error("core.unexpected", {"error": "boom\x1b]0;t\x07 [red]x[/red]"}))
    assert "\x1b]0;" not in out and "[red]x[/red]" in out
    buf, err = io.StringIO(), io.StringIO()
    PlainPresenter(buf, err)(ev.Notice("core.unexpected", {"error": "\x1b[2Jz"}))
    assert "\x1b" not in err.getvalue() and "z" in err.getvalue()
