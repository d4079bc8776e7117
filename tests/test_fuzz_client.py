"""Hostile input against the client-side decoders: nothing escapes, results stay well-formed.

Intent router, dropped-path parser, SSE event decoder, envelope decoder, draft/timeline
decoder, GUI-text translator and the terminal sanitiser, fed control characters, escape
sequences, lone surrogates (invalid UTF-8), huge lines and deep JSON (see adversarial.py).
"""

from __future__ import annotations

import contextlib
import json
import math
import re
from pathlib import Path
from typing import Any

import pytest
from adversarial import FAST, SLOW, deep, dumps, hostile_text, json_text, json_values
from hypothesis import given
from hypothesis import strategies as st

from nemochat import timeline as tl
from nemochat.api import envelope
from nemochat.api.errors import NemoError
from nemochat.api.events import EventDecoder, Heartbeat, TextChunk, ToolCall, ToolResult
from nemochat.chat import guitext, paths, router
from nemochat.ui.sanitize import clean, clean_line

UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@FAST
@given(text=hostile_text)
def test_router_always_routes(text: str) -> None:
    r = router.route(text)
    assert r.intent in (*router.INTENTS, router.CHAT)
    assert r.hint is None or r.hint in router.INTENTS
    assert isinstance(r.arg, str)


@FAST
@given(text=hostile_text)
def test_dropped_path_parser_never_raises(text: str) -> None:
    d = paths.parse(text)
    assert isinstance(d.text, str)
    assert all(isinstance(p, Path) for p in d.files)
    assert all(isinstance(m, str) for m in d.missing + d.folders + d.glued)


@pytest.mark.parametrize(
    "line",
    [
        "/tmp/a\x00b.jpg",
        "'/tmp/\udcff\udcfe.jpg'",
        "/tmp/" + "a" * 5000 + ".jpg",
        "file:///%00/x.jpg",
        "file:///%ff%fe.jpg",
        "~nosuchuser_xyz/a.jpg",
        "\\\\?\\C:\\x.jpg",
        "'" * 10_000,
        "\x1b]52;c;AAAA\x07 /tmp/x.jpg",
    ],
)
def test_dropped_path_parser_edge_cases(line: str) -> None:
    d = paths.parse(line)
    assert isinstance(d.text, str)


def test_dropped_real_file_with_odd_name(tmp_path: Path) -> None:
    odd = tmp_path / "a b 'c' (1) 旅行.jpg"
    odd.write_bytes(b"\xff\xd8\xff")
    d = paths.parse(f'"{odd}" make a video')
    assert d.files == [odd] and d.text == "make a video"


def _check_events(events: list[Any]) -> None:
    for e in events:
        assert isinstance(e, TextChunk | ToolCall | ToolResult | Heartbeat)
        if isinstance(e, TextChunk):
            assert isinstance(e.text, str)
        if isinstance(e, ToolCall):
            assert isinstance(e.name, str) and isinstance(e.args, dict)


@FAST
@given(chunks=st.lists(json_text, max_size=6))
def test_sse_event_decoder_never_raises_unexpectedly(chunks: list[str]) -> None:
    dec = EventDecoder()
    for data in chunks:
        with contextlib.suppress(NemoError):  # an error event: the only allowed exception
            _check_events(dec.feed(data))


@FAST
@given(value=json_values)
def test_sse_decoder_on_typed_and_adk_shapes(value: Any) -> None:
    dec = EventDecoder()
    for wrapper in (
        {"type": "text", "content": value},
        {"type": "tool_call", "name": value, "args": value},
        {"type": "tool_result", "name": "x", "result": value},
        {"content": {"parts": value}},
        {"content": {"parts": [{"text": value}, {"functionCall": value}]}, "partial": value},
        {"content": value, "errorMessage": value},
    ):
        with contextlib.suppress(NemoError):
            _check_events(dec.feed(dumps(wrapper)))


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_deep_json_in_the_stream_is_a_heartbeat(depth: int) -> None:
    dec = EventDecoder()
    assert dec.feed(deep(depth)) == [Heartbeat()]
    assert dec.feed('{"type":"text","content":' + deep(depth) + "}") == [Heartbeat()]


statuses = st.sampled_from(
    [200, 201, 204, 400, 401, 402, 403, 404, 408, 409, 413, 429, 500, 502, 503]
)
ctypes = st.sampled_from(
    [
        "application/json",
        "text/html",
        "text/plain",
        "",
        "application/octet-stream",
        "application/json; charset=utf-8",
    ]
)


@FAST
@given(
    status=statuses,
    body=st.one_of(
        json_text.map(lambda s: s.encode("utf-8", "surrogatepass")), st.binary(max_size=300)
    ),
    ctype=ctypes,
    retry=st.one_of(st.none(), hostile_text),
)
def test_envelope_decoder_only_raises_typed_errors(
    status: int, body: bytes, ctype: str, retry: str | None
) -> None:
    try:
        envelope.unwrap(status, body, ctype, retry)
    except NemoError as exc:
        for lang in ("en", "zh-CN"):
            msg = exc.message(lang)
            assert "\n" not in msg and not UNSAFE.search(msg)
            assert "<html" not in msg.lower()


@FAST
@given(value=hostile_text)
def test_retry_after_is_a_sane_number(value: str) -> None:
    got = envelope.parse_retry_after(value)
    assert got is None or (got >= 0 and not math.isnan(got))


@FAST
@given(before=json_values, after=json_values)
def test_timeline_decoder_and_diff_never_raise(before: Any, after: Any) -> None:
    for value in (before, after):
        timeline = tl.decode(value)
        assert isinstance(timeline.summary(), str)
        json.dumps(timeline.to_json("sid"))
        tl.has_content(value)
    lines = tl.diff(before, after)
    assert all(isinstance(line, str) for line in lines)


@SLOW
@given(
    text=hostile_text,
    n=st.integers(0, 3),
)
def test_timeline_with_hostile_labels(text: str, n: int) -> None:
    draft = {
        "d": 3000,
        "m": {"title": text},
        "t": [
            {"tt": tt, "sg": [{"st": 0, "d": 1000, "m": {"name": text, "text": text}}] * n}
            for tt in (0, 1, 7, 99, "x")
        ],
    }
    summary = clean(tl.decode(draft).summary())
    assert "\x1b" not in summary
    tl.diff(None, draft)
    tl.diff(draft, {"t": []})


@pytest.mark.parametrize("depth", [500, 5_000])
def test_timeline_of_a_deep_draft(depth: int) -> None:
    value: Any = []
    for _ in range(depth):
        value = [value]
    draft = {
        "t": [{"tt": 0, "sg": [{"st": 0, "d": 1, "m": {"name": value}}]}],
        "m": {"title": value},
    }
    tl.decode(draft).summary()
    tl.diff(None, draft)


@FAST
@given(text=hostile_text)
def test_sanitiser_leaves_no_control_sequences(text: str) -> None:
    for out in (clean(text), clean_line(text)):
        assert not UNSAFE.search(out), repr(out)
        assert "\x1b" not in out and "\x9b" not in out and "\x9d" not in out
    assert "\n" not in clean_line(text)


@FAST
@given(text=hostile_text)
def test_gui_text_translator_never_raises(text: str) -> None:
    for line in text.split("\n")[:50]:
        out = guitext.translate_line(line)
        assert isinstance(out.text, str)
