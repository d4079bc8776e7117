"""Bad input against the local engine over real HTTP on 127.0.0.1, each with its documented code.

Truncated, mislabelled and empty media; a 20000×20000 PNG that is only a header (never
allocated); a 201 MB body streamed from a generator at the default 200 MB limit; path
traversal names; URL uploads aimed at loopback in every spelling; render drafts pointing
at another session's or user's media or at files on disk; another user's renders.
"""

from __future__ import annotations

import resource
import struct
import threading
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
from test_engine_support import Api, err, image, jpeg, mp4, running, simple_draft, wav

from nemochat import config
from nemochat.engine.media import _public


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("engine-home")


@pytest.fixture(scope="module")
def api(home: Path) -> Iterator[Api]:
    with running(home, url_timeout=5) as a:  # default upload limit: 200 MB
        yield a


def stored(home: Path) -> list[Path]:
    media = home / "engine" / "media"
    return sorted(p for p in media.rglob("*") if p.is_file()) if media.exists() else []


def leftovers(home: Path) -> list[Path]:
    tmp = home / "engine" / "tmp"  # one folder per running engine; files are what matter
    return sorted(p for p in tmp.rglob("*") if p.is_file()) if tmp.exists() else []


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_header_bomb(width: int = 20_000, height: int = 20_000) -> bytes:
    """A valid PNG signature and IHDR claiming width×height RGB, one tiny IDAT: ~100 bytes."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    return (
        b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")
    )


# --- media files ----------------------------------------------------------------------


def test_header_bomb_is_tiny_and_refused_without_decoding(api: Api, home: Path) -> None:
    bomb = png_header_bomb()
    assert len(bomb) < 200
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    sid = api.new_session()
    status, code, message = err(api.upload(sid, ("huge.png", bomb)))
    assert (status, code) == (400, 4001)
    assert "huge.png" in message
    # 20000×20000 RGB would be 1.2 GB; the engine (in this process) never allocated it
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kib < 200 * 1024
    assert stored(home) == [] or all(sid not in str(p) for p in stored(home))
    assert leftovers(home) == []


def _truncated(data: bytes, keep: float = 0.5) -> bytes:
    return data[: max(16, int(len(data) * keep))]


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("empty.jpg", lambda: b""),
        ("empty.mp4", lambda: b""),
        ("half.jpg", lambda: _truncated(jpeg(256, 192))),
        ("half.png", lambda: _truncated(image("PNG", 256, 192))),
        ("half.webp", lambda: _truncated(image("WEBP", 256, 192), 0.3)),
        ("half.mp4", lambda: _truncated(mp4(1.0), 0.3)),
        ("head.wav", lambda: wav(0.5)[:44]),
        ("text.jpg", lambda: b"this is not a photo at all\n" * 10),
        ("html.png", lambda: b"<!doctype html><html><body>404</body></html>"),
        ("zip.mp4", lambda: b"PK\x03\x04" + b"\x00" * 200),
        ("exe.gif", lambda: b"MZ\x90\x00" + b"\x00" * 200),
        ("jpeg-magic-only.jpg", lambda: b"\xff\xd8\xff\xe0" + b"\x00" * 300),
        ("png-magic-only.png", lambda: b"\x89PNG\r\n\x1a\n" + b"\x00" * 300),
        (
            "ftyp-only.mp4",
            lambda: b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2" + b"\x00" * 64,
        ),
    ],
)
def test_bad_media_is_4001_and_nothing_is_kept(api: Api, home: Path, name: str, make: Any) -> None:
    sid = api.new_session()
    before = stored(home)
    status, code, message = err(api.upload(sid, (name, make())))
    assert (status, code) == (400, 4001), message
    assert name in message and "Traceback" not in message
    assert stored(home) == before and leftovers(home) == []
    assert api.state(sid).json()["data"]["state"]["video_infos"] == []


def test_mislabelled_media_is_typed_by_content(api: Api) -> None:
    sid = api.new_session()
    r = api.upload(sid, ("song.mp3", jpeg()), ("photo.jpg", wav(0.3)), ("clip.png", mp4(0.5)))
    assert r.status_code == 200, r.text
    kinds = [(f["filename"], f["file_type"]) for f in r.json()["data"]["files"]]
    assert kinds == [("song.mp3", "image"), ("photo.jpg", "audio"), ("clip.png", "video")]


def test_201_mb_streamed_body_is_4002_while_streaming(api: Api, home: Path) -> None:
    """No Content-Length (chunked): the limit must hold while the bytes arrive."""
    sid = api.new_session()
    sent = 0
    size = 201 * 1024 * 1024
    block = b"\x00" * (1024 * 1024)

    def body() -> Iterator[bytes]:
        nonlocal sent
        yield b'--B0undary\r\nContent-Disposition: form-data; name="files"; filename="big.mp4"\r\n'
        yield b"Content-Type: video/mp4\r\n\r\n"
        yield b"\x00\x00\x00\x18ftypisom"  # looks like a video, so only the size can stop it
        sent = 12
        while sent < size:
            yield block
            sent += len(block)
        yield b"\r\n--B0undary--\r\n"

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    r = api.post(
        f"/api/upload-video/nemo_agent/me/{sid}",
        content=body(),
        headers={"Content-Type": "multipart/form-data; boundary=B0undary"},
        timeout=120,
    )
    status, code, message = err(r)
    assert (status, code) == (413, 4002)
    assert "big.mp4" in message and "200 MB" in message
    assert [p for p in stored(home) if sid in str(p)] == [] and leftovers(home) == []
    assert api.state(sid).json()["data"]["state"]["video_infos"] == []
    # streamed to disk and dropped, never held in memory (client and engine share this process)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 100 * 1024
    assert api.upload(sid, ("ok.jpg", jpeg())).status_code == 200  # the engine is fine


@pytest.mark.parametrize(
    "name",
    [
        "../../../../tmp/evil.jpg",
        "..",
        "../",
        "/etc/cron.d/x.jpg",
        "C:\\Windows\\system32\\x.jpg",
        "\\\\server\\share\\x.jpg",
        "a/../../b.jpg",
        "%2e%2e%2fx.jpg",
        "x.jpg\x00.sh",
        "\u202egpj.exe",
        "CON.jpg",
        "a" * 1000 + ".jpg",
        "\x1b]52;c;SGVsbG8=\x07x.jpg",
    ],
)
def test_path_traversal_names_stay_labels(api: Api, home: Path, name: str) -> None:
    sid = api.new_session()
    r = api.upload(sid, (name, jpeg()))
    assert r.status_code == 200, r.text
    (f,) = r.json()["data"]["files"]
    label = f["filename"]
    assert "/" not in label and "\\" not in label and "\x00" not in label and "\x1b" not in label
    assert "\u202e" not in label and len(label) <= 120 and label not in ("", ".", "..")
    media = (home / "engine" / "media").resolve()
    for p in stored(home):
        assert p.resolve().is_relative_to(media)
        assert p.name == f"{f['hash']}.jpg" or len(p.stem) == 64
    assert not Path("/tmp/evil.jpg").exists()


# --- URL uploads ------------------------------------------------------------------------


class _Origin(BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Origin.hits.append(self.path)
        data = jpeg()
        self.send_response(200)
        self.send_header("Content-Type", "image/jpeg")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: Any) -> None:
        return


@pytest.fixture
def origin() -> Iterator[int]:
    """A real image server on loopback: if a check were missing, the upload would succeed."""
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Origin)
    threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    _Origin.hits = []
    try:
        yield int(srv.server_address[1])
    finally:
        srv.shutdown()
        srv.server_close()


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1",
        "127.1",
        "2130706433",
        "0x7f000001",
        "0177.0.0.1",
        "localhost",
        "0.0.0.0",
        "[::1]",
        "[::ffff:127.0.0.1]",
        "[::ffff:7f00:1]",
    ],
)
def test_url_upload_to_loopback_is_4001(api: Api, origin: int, host: str) -> None:
    sid = api.new_session()
    url = f"http://{host}:{origin}/a.jpg"
    r = api.post(
        f"/api/upload-video/nemo_agent/me/{sid}", json={"urls": [url], "source_type": "url"}
    )
    status, code, _message = err(r)
    assert (status, code) == (400, 4001), r.text
    assert _Origin.hits == []  # refused before any connection
    assert api.state(sid).json()["data"]["state"]["video_infos"] == []


@pytest.mark.parametrize(
    "addr",
    [
        "10.0.0.1",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "224.0.0.1",
        "255.255.255.255",
        "::1",
        "fe80::1",
        "fc00::1",
        "::ffff:10.0.0.1",
        "64:ff9b::a00:1",
        "2002:7f00:1::1",
        "2002:a00:1::1",
    ],
)
def test_private_address_checker(addr: str) -> None:
    """Every non-public address is refused (checked without any network traffic)."""
    assert not _public(addr)


def test_public_addresses_pass_the_checker() -> None:
    assert _public("8.8.8.8") and _public("2606:4700::1111")


# --- render drafts that point elsewhere ---------------------------------------------------


def _photos(api: Api, n: int = 1) -> tuple[str, list[str]]:
    sid = api.new_session()
    colors = ("red", "blue", "green")[:n]
    files = [(f"p{i}.jpg", jpeg(64, 48, color=c)) for i, c in enumerate(colors)]
    r = api.upload(sid, *files)
    assert r.status_code == 200, r.text
    return sid, [f["id"] for f in r.json()["data"]["files"]]


def test_render_drafts_pointing_elsewhere_are_4003(api: Api, home: Path) -> None:
    sid, mine = _photos(api)
    _other_sid, theirs = _photos(api)
    stranger = api.other("client-stranger")
    s_sid = stranger.new_session()
    r = stranger.upload(s_sid, ("s.jpg", jpeg(64, 48, color="green")))
    strangers = [f["id"] for f in r.json()["data"]["files"]]
    stored_file = stored(home)[0]
    sources = [
        theirs[0],  # another session of mine
        strangers[0],  # another user's upload
        str(stored_file),  # a stored file by path
        str(stored_file.relative_to(home)),
        "../../media/" + stored_file.name,
        "/etc/passwd",
        "file:///etc/passwd",
        f"{api.url}/files/x.jpg",
        "med_" + "0" * 16,
        "",
    ]
    for i, src in enumerate(sources):
        draft = simple_draft([mine[0], src])
        r = api.render(sid, draft, f"render_elsewhere_{i}")
        status, code, message = err(r)
        assert (status, code) == (400, 4003), (src, r.text)
        assert "Traceback" not in message
        assert err(api.poll(f"render_elsewhere_{i}"))[:2] == (404, 4004)
    # the same media in the same session renders fine (the check is not just "refuse all")
    assert api.render(sid, simple_draft([mine[0]]), "render_ok").status_code == 200


def test_other_users_renders_are_invisible(api: Api) -> None:
    sid, mine = _photos(api)
    assert api.render(sid, simple_draft(mine, 500), "render_private_1").status_code == 200
    api.wait_render("render_private_1")
    stranger = api.other("client-peeker")
    assert err(stranger.poll("render_private_1"))[:2] == (404, 4004)
    r = stranger.get("/api/render/proxy/render_private_1/download")
    assert err(r)[:2] == (404, 4004)
    r = stranger.post("/api/render/proxy/lambda/render_private_1/cancel")
    assert err(r)[:2] == (404, 4004)
    # and nobody can render into someone else's session
    r = stranger.render(sid, simple_draft(mine), "render_hijack")
    assert err(r)[:2] == (404, 1002)


@pytest.mark.parametrize(
    "rid",
    ["../../etc/passwd", "a/b", "x" * 81, "", "render id", "rénder", "%2e%2e", "a\x00b"],
)
def test_bad_render_ids_are_400(api: Api, rid: str) -> None:
    sid, mine = _photos(api)
    r = api.render(sid, simple_draft(mine), rid)
    assert err(r)[:2] == (400, 400), r.text


def test_client_home_is_untouched_by_engine_tests() -> None:
    assert not (config.home() / "engine").exists()
