"""The envelope decoder and the SSE event decoder, property-tested."""

from __future__ import annotations

import email.utils
import json
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nemochat.api import errors as E
from nemochat.api.envelope import parse_retry_after, unwrap
from nemochat.api.events import EventDecoder, Heartbeat, TextChunk, ToolCall, ToolResult

JSONV = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda kids: (
        st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=4)
    ),
    max_leaves=12,
)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ({"code": 0, "data": {"a": 1}}, {"a": 1}),
        ({"code": 0, "message": "ok", "data": None}, {}),
        ({"success": True, "data": {"b": 2}}, {"b": 2}),
        (
            {"status": "completed", "output": {"url": "u"}},
            {"status": "completed", "output": {"url": "u"}},
        ),
        ([1, 2], [1, 2]),
    ],
)
def test_unwrap_envelopes(body: object, want: object) -> None:
    assert unwrap(200, json.dumps(body).encode(), "application/json") == want


@pytest.mark.parametrize(
    ("status", "body", "kind"),
    [
        (200, {"code": 1001, "message": "expired"}, E.TokenExpired),
        (401, {"detail": "Unauthorized"}, E.TokenExpired),
        (200, {"code": 1002}, E.SessionNotFound),
        (404, {"detail": "Session not found: 12"}, E.SessionNotFound),
        (200, {"code": 2001}, E.CreditsError),
        (402, {"detail": "plan"}, E.PlanError),
        (429, {}, E.RateLimited),
        (400, {"code": 4001, "message": "type"}, E.BadFileError),
        (400, {"code": 4002, "message": "big"}, E.FileTooLarge),
        (413, None, E.FileTooLarge),
        (400, {"message": "missing X-Client-Id header"}, E.ClientIdRejected),
        (200, {"success": False, "error": "duplicate id"}, E.ServerError),
        (500, None, E.ServerError),
        (422, {"detail": [{"loc": ["body"], "msg": "bad"}]}, E.ServerError),
    ],
)
def test_unwrap_errors(status: int, body: object, kind: type) -> None:
    raw = b"" if body is None else json.dumps(body).encode()
    with pytest.raises(kind):
        unwrap(status, raw, "application/json")


@given(status=st.sampled_from([200, 201, 400, 401, 402, 404, 408, 429, 500, 503]), body=JSONV)
def test_unwrap_only_raises_typed_errors(status: int, body: object) -> None:
    try:
        unwrap(status, json.dumps(body).encode(), "application/json")
    except E.NemoError as exc:
        assert exc.message("en") and exc.message("zh")


@given(raw=st.binary(max_size=200), ctype=st.sampled_from(["text/html", "text/plain", ""]))
def test_unwrap_garbage_is_typed(raw: bytes, ctype: str) -> None:
    try:
        unwrap(502, raw, ctype)
    except E.ServerError as exc:
        assert "<" not in str(exc)


def test_retry_after_forms() -> None:
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(None) is None and parse_retry_after("soon") is None
    later = email.utils.formatdate(time.time() + 20, usegmt=True)
    assert 15 <= (parse_retry_after(later) or 0) <= 21


@given(pieces=st.lists(st.text(min_size=1, max_size=10), min_size=1, max_size=8))
def test_adk_partials_then_full_repeat_shown_once(pieces: list[str]) -> None:
    dec = EventDecoder()
    shown = ""
    for p in pieces:
        for ev in dec.feed(json.dumps({"content": {"parts": [{"text": p}]}, "partial": True})):
            shown += ev.text if isinstance(ev, TextChunk) else ""
    for ev in dec.feed(json.dumps({"content": {"parts": [{"text": "".join(pieces)}]}})):
        shown += ev.text if isinstance(ev, TextChunk) else ""
    assert shown == "".join(pieces)


@given(data=st.text(max_size=50))
def test_event_decoder_never_crashes(data: str) -> None:
    try:
        out = EventDecoder().feed(data)
    except E.StreamError:
        return
    assert all(isinstance(e, TextChunk | ToolCall | ToolResult | Heartbeat) for e in out)


def test_adk_final_longer_than_partials_adds_only_the_rest() -> None:
    dec = EventDecoder()
    out = dec.feed(json.dumps({"content": {"parts": [{"text": "Hel"}]}, "partial": True}))
    out += dec.feed(json.dumps({"content": {"parts": [{"text": "Hello!"}]}}))
    out += dec.feed(json.dumps({"content": {"parts": [{"text": "Next."}]}}))
    assert out == [TextChunk("Hel"), TextChunk("lo!"), TextChunk("Next.")]
