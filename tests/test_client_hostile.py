"""The client against a hostile server (issue 14, items 13, 14, 16, 17, 18), over real HTTP
on loopback: every answer is read through a size cap that counts decompressed bytes, an SSE
event is bounded as a whole, redirects are checked hop by hop, odd JSON and unusable tokens
are refused at the envelope, downloads are bounded and decoded, and tokens are redacted by
value. Each case gives one clear message in both languages."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import gzip
import json
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from fakeserver import FakeNemo
from program import run_program

from nemochat import config
from nemochat.api import NemoClient, RenderStatus
from nemochat.api import client as client_module
from nemochat.api import errors as E

TOKEN = "nmv_usr_test_token"


@dataclass
class Answer:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | Callable[[Any], None] = b""  # bytes, or fn(wfile) that writes the body


class RawServer:
    """Answers each path exactly as scripted (raw bytes and headers), on 127.0.0.x."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.answers: dict[str, Answer] = {}
        self.hits: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _answer(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                if length:
                    self.rfile.read(length)
                path = self.path.split("?")[0]
                outer.hits.append(path)
                answer = outer.answers.get(path, Answer(404, {}, b'{"code":404}'))
                self.send_response(answer.status)
                for k, v in answer.headers.items():
                    self.send_header(k, v)
                if isinstance(answer.body, bytes):
                    self.send_header("Content-Length", str(len(answer.body)))
                    self.end_headers()
                    self.wfile.write(answer.body)
                else:
                    self.send_header("Connection", "close")
                    self.end_headers()
                    with contextlib.suppress(OSError):  # the client hung up: the point
                        answer.body(self.wfile)
                    self.close_connection = True

            do_GET = do_POST = _answer

        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://{host}:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def raw(monkeypatch: pytest.MonkeyPatch) -> Iterator[RawServer]:
    monkeypatch.setenv("NEMO_TOKEN", TOKEN)
    server = RawServer()
    try:
        yield server
    finally:
        server.close()


def run(server: RawServer, body: Callable[[NemoClient], Any], **kw: Any) -> Any:
    async def go() -> Any:
        async def no_sleep(_s: float) -> None:
            await asyncio.sleep(0)

        client = NemoClient(base_url=server.url, sleep=no_sleep, **kw)
        try:
            return await asyncio.wait_for(body(client), 20)
        finally:
            await client.aclose()

    return asyncio.run(go())


def failure(server: RawServer, body: Callable[[NemoClient], Any], **kw: Any) -> E.NemoError:
    with pytest.raises(E.NemoError) as caught:
        run(server, body, **kw)
    err = caught.value
    for lang in ("en", "zh"):  # one clear line in each language, no placeholder left
        text = err.message(lang)
        assert "{" not in text and "?" not in text.replace("？", ""), text
    return err


def json_answer(data: Any) -> Answer:
    return Answer(200, {"Content-Type": "application/json"}, json.dumps(data).encode())


def slow_stream(chunk: bytes, count: int) -> Callable[[Any], None]:
    """Write ``chunk`` ``count`` times, then hold the connection open (never ends on its own)."""

    def write(wfile: Any) -> None:
        for _ in range(count):
            wfile.write(chunk)
        wfile.flush()
        time.sleep(30)

    return write


CREDITS = "/api/credits/balance/simple"


# --- 13: bounded bodies -------------------------------------------------------------------


def test_a_gzip_bomb_stops_at_the_cap_without_inflating_it(raw: RawServer) -> None:
    bomb = gzip.compress(b"0" * (64 * 1024 * 1024), 9)  # 64 MB of answer in ~64 KB
    assert len(bomb) < 200_000
    raw.answers[CREDITS] = Answer(
        200, {"Content-Type": "application/json", "Content-Encoding": "gzip"}, bomb
    )
    tracemalloc.start()
    try:
        err = failure(raw, lambda c: c.credits(), max_response_bytes=1024 * 1024)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert err.key == "client.error.response_too_large" and "1 MB" in err.message("en")
    assert peak < 16 * 1024 * 1024, peak  # httpx alone inflates the whole 64 MB


def test_a_huge_error_body_is_cut_not_read(raw: RawServer) -> None:
    # 64 MB arrive, then the server keeps the connection open: reading it all never ends
    raw.answers[CREDITS] = Answer(
        500, {"Content-Type": "text/plain"}, slow_stream(b"x" * 65536, 1024)
    )
    err = failure(raw, lambda c: c.credits())
    assert isinstance(err, E.ServerError) and err.status == 500


def test_an_answer_over_the_declared_cap_is_refused(raw: RawServer) -> None:
    raw.answers[CREDITS] = json_answer({"code": 0, "data": {"available": 1, "pad": "x" * 5000}})
    err = failure(raw, lambda c: c.credits(), max_response_bytes=1000)
    assert err.key == "client.error.response_too_large"


def sse_answer(write: Callable[[Any], None]) -> Answer:
    return Answer(200, {"Content-Type": "text/event-stream"}, write)


async def collect(client: NemoClient) -> list[Any]:
    return [ev async for ev in client.chat("1", "hi")]


def test_an_sse_event_of_many_lines_is_bounded_as_a_whole(raw: RawServer) -> None:
    # 1000-byte data lines, never a blank line: each line is short, the event is endless
    raw.answers["/run_sse"] = sse_answer(slow_stream(b"data: " + b"a" * 994 + b"\n", 8192))
    err = failure(raw, collect, max_event_chars=64 * 1024)
    assert err.key == "client.error.event_too_large" and "64 KB" in err.message("en")


def test_a_compressed_sse_stream_is_bounded_too(raw: RawServer) -> None:
    z = zlib.compressobj(9, zlib.DEFLATED, 31)
    bomb = z.compress(b"data: " + b"b" * (32 * 1024 * 1024)) + z.flush()
    raw.answers["/run_sse"] = Answer(
        200, {"Content-Type": "text/event-stream", "Content-Encoding": "gzip"}, bomb
    )
    err = failure(raw, collect, max_event_chars=64 * 1024)
    assert err.key == "client.error.event_too_large"


def test_normal_events_still_arrive(raw: RawServer) -> None:
    events = b'data: {"type":"text","content":"Hel"}\n\ndata: {"type":"text","content":"lo"}\n\n'
    raw.answers["/run_sse"] = Answer(200, {"Content-Type": "text/event-stream"}, events)
    got = run(raw, collect, max_event_chars=100)
    assert "".join(getattr(e, "text", "") for e in got) == "Hello"


# --- 16: redirects --------------------------------------------------------------------------


def test_an_api_call_answered_by_a_redirect_is_an_error(raw: RawServer) -> None:
    raw.answers[CREDITS] = Answer(302, {"Location": "/elsewhere"}, b"")
    err = failure(raw, lambda c: c.credits())
    assert err.key == "client.error.redirected" and "302" in err.message("en")


def done(rid: str = "render_1", size: int | None = None) -> RenderStatus:
    return RenderStatus(rid, "completed", 1.0, None, None, size=size)


DIRECT = "/api/render/proxy/render_1/download"
VIDEO = b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 40


def test_a_download_redirect_is_checked_at_every_hop(raw: RawServer, tmp_path: Path) -> None:
    other = RawServer("127.0.0.2")  # loopback, but not a host the allowlist accepts
    try:
        other.answers["/x.mp4"] = Answer(200, {"Content-Type": "video/mp4"}, VIDEO)
        raw.answers[DIRECT] = Answer(302, {"Location": f"{other.url}/x.mp4"}, b"")
        err = failure(raw, lambda c: c.download(done(), tmp_path))
        assert err.key == "client.error.download_redirect" and "127.0.0.2" in err.message("en")
        assert other.hits == [] and list(tmp_path.iterdir()) == []
    finally:
        other.close()
    # a hop inside the allowlist (the API origin) is followed
    raw.answers[DIRECT] = Answer(302, {"Location": "/files/v.mp4"}, b"")
    raw.answers["/files/v.mp4"] = Answer(200, {"Content-Type": "video/mp4"}, VIDEO)
    saved = run(raw, lambda c: c.download(done(), tmp_path))
    assert saved.read_bytes() == VIDEO


# --- 17: decoders ------------------------------------------------------------------------------


def test_non_finite_numbers_are_not_numbers(raw: RawServer, tmp_path: Path) -> None:
    raw.answers[CREDITS] = Answer(
        500, {"Content-Type": "application/json"}, b'{"code":Infinity,"message":"x"}'
    )
    err = failure(raw, lambda c: c.credits())
    assert isinstance(err, E.ServerError)  # was "cannot convert float infinity to integer"
    photo = tmp_path / "a.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    raw.answers["/api/upload-video/nemo_agent/me/1"] = Answer(
        200,
        {"Content-Type": "application/json"},
        b'{"code":0,"data":{"files":[{"filename":"a.jpg","file_type":"image",'
        b'"width":NaN,"height":Infinity,"duration":-Infinity}]}}',
    )
    files = run(raw, lambda c: c.upload_files("1", [photo]))  # the file was stored: success
    assert [(f.filename, f.width, f.height, f.duration) for f in files] == [
        ("a.jpg", None, None, None)
    ]


def test_a_token_with_cr_lf_is_never_cached(
    raw: RawServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NEMO_TOKEN")
    home = config.home()
    raw.answers["/api/auth/anonymous-token"] = json_answer(
        {"code": 0, "data": {"token": "abc\r\nX-Evil: 1", "user_id": "anon_1"}}
    )
    raw.answers[CREDITS] = json_answer({"code": 0, "data": {"available": 5}})
    err = failure(raw, lambda c: c.credits(), home=home)
    assert err.key == "client.error.bad_response"
    assert (
        "abc" not in (home / "anonymous_token.json").read_text()
        if (home / "anonymous_token.json").exists()
        else True
    )
    raw.answers["/api/auth/anonymous-token"] = json_answer(
        {"code": 0, "data": {"token": "nmv_usr_good", "user_id": "anon_1"}}
    )
    assert run(raw, lambda c: c.credits(), home=home).available == 5  # the next run works


# --- 18: downloads -------------------------------------------------------------------------------


def test_a_gzip_encoded_download_is_saved_decoded(raw: RawServer, tmp_path: Path) -> None:
    raw.answers[DIRECT] = Answer(
        200, {"Content-Type": "video/mp4", "Content-Encoding": "gzip"}, gzip.compress(VIDEO)
    )
    saved = run(raw, lambda c: c.download(done(), tmp_path / "v.mp4"))
    assert saved.read_bytes() == VIDEO


def test_a_download_is_capped_by_the_announced_size(raw: RawServer, tmp_path: Path) -> None:
    def endless(wfile: Any) -> None:  # no Content-Length, more than the render said
        for _ in range(64):
            wfile.write(VIDEO)

    raw.answers[DIRECT] = Answer(200, {"Content-Type": "video/mp4"}, endless)
    err = failure(raw, lambda c: c.download(done(size=len(VIDEO)), tmp_path / "v.mp4"))
    assert err.key == "client.error.download_too_big"
    assert list(tmp_path.iterdir()) == []  # not even a .part
    raw.answers[DIRECT] = Answer(200, {"Content-Type": "video/mp4"}, VIDEO)
    declared = failure(
        raw, lambda c: c.download(done(), tmp_path / "v.mp4"), max_download_bytes=100
    )
    assert declared.key == "client.error.download_too_big"


class _FullDisk:
    def __init__(self, path: Any, mode: str) -> None:
        self._fh = open(path, mode)  # noqa: SIM115
        self.written = 0

    def write(self, data: bytes) -> int:
        if self.written + len(data) > 1000:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.written += len(data)
        return self._fh.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._fh, name)

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self._fh.close()


def test_a_full_disk_says_so_and_leaves_no_part(
    raw: RawServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(client_module, "open", _FullDisk, raising=False)
    raw.answers[DIRECT] = Answer(200, {"Content-Type": "video/mp4"}, VIDEO)
    err = failure(raw, lambda c: c.download(done(), tmp_path / "v.mp4"))
    assert err.key == "client.error.disk_full", err.key
    assert "disk is full" in err.message("en") and "磁盘已满" in err.message("zh")
    assert list(tmp_path.iterdir()) == []
    assert raw.hits == [DIRECT]  # the disk is the problem: no second source is tried


# --- 14: redaction by value -------------------------------------------------------------------

ODD = "SENTINEL-TOKEN-9f8e7d6c"  # looks like no token pattern


def test_a_token_is_redacted_by_value(cwd: Path) -> None:
    fake = FakeNemo().start()
    try:
        with fake.lock:
            fake.tokens[ODD] = {"user_id": "anon_odd", "client_id": "c"}
        for debug in ((), ("--debug",)):
            fake.fail("credits", status=500, message=f"echo {ODD} and {ODD[:-1]}", times=3)
            r = run_program("credits", *debug, url=fake.url, cwd=cwd, env={"NEMO_TOKEN": ODD})
            assert r.code == 1
            assert ODD not in r.out and ODD not in r.err, r.err
            assert "[redacted]" in r.err
    finally:
        fake.stop()
