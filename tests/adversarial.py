"""Hypothesis strategies for hostile input, shared by tests/test_fuzz_*.py (no tests here).

Text that real terminals, servers and users produce and that parsers forget: C0/C1
control characters, escape sequences (OSC 52 clipboard writes, title changes, screen
clears), bidi overrides, lone surrogates (what Python makes of invalid UTF-8 with
``surrogateescape``), very long lines, and deeply nested JSON.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

FAST = settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
SLOW = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))

ESCAPES = [
    "\x1b]52;c;SGVsbG8=\x07",  # OSC 52: write the clipboard
    "\x1b]0;pwned\x07",  # set the window title
    "\x1b]2;title\x1b\\",
    "\x1b[2J\x1b[H",  # clear the screen, cursor home
    "\x1b[3J",
    "\x1bc",  # full reset
    "\x9b2J",  # 8-bit CSI
    "\x9d0;t\x9c",  # 8-bit OSC
    "\x1bP1$r\x1b\\",  # DCS
    "\r",
    "\x08\x08\x08",
    "\u202e",
    "\u2066",
    "\x00",
    "\x7f",
]
WORDS = [
    "upload",
    "export",
    "/export",
    "credits",
    "status",
    "make a video",
    "add a title",
    "music",
    "导出",
    "上传",
    "做个视频",
    "加标题",
    "~/Pictures/a.jpg",
    "'/tmp/x y.png'",
    '"C:\\Users\\me\\a.jpg"',
    "file:///tmp/a%20b.jpg",
    "https://example.invalid/a.jpg",
    "\\ ",
    "../../etc/passwd",
    "{",
    "[",
    '"',
    "'",
    "`",
    "$(rm -rf /)",
    ";",
    "|",
]

any_char = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, categories=None)
raw_bytes_text = st.binary(max_size=200).map(lambda b: b.decode("utf-8", "surrogateescape"))


def _huge(piece: str, n: int) -> str:
    return piece * n


hostile_text = st.one_of(
    st.text(any_char, max_size=200),
    raw_bytes_text,
    st.lists(st.sampled_from(ESCAPES + WORDS) | st.text(max_size=8), max_size=20).map("".join),
    st.lists(st.sampled_from(ESCAPES + WORDS), max_size=20).map(" ".join),
    st.builds(
        _huge,
        st.sampled_from(["a", "字", " ", "\x1b[", "/", "'", "\ud800"]),
        st.integers(1, 200_000),
    ),
)

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(any_char, max_size=30),
)
json_values: st.SearchStrategy[Any] = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.dictionaries(
            st.sampled_from(
                [
                    "t",
                    "tt",
                    "sg",
                    "st",
                    "d",
                    "m",
                    "src",
                    "text",
                    "type",
                    "content",
                    "code",
                    "data",
                    "error",
                ]
            )
            | st.text(max_size=5),
            inner,
            max_size=6,
        )
    ),
    max_leaves=30,
)


def deep(depth: int, kind: str = "[") -> str:
    """JSON nested ``depth`` levels (past the parser's recursion limit when large)."""
    if kind == "[":
        return "[" * depth + "]" * depth
    return '{"a":' * depth + "1" + "}" * depth


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=True)


json_text = st.one_of(
    json_values.map(dumps),
    st.builds(deep, st.integers(1, 50_000), st.sampled_from(["[", "{"])),
    hostile_text,
)
