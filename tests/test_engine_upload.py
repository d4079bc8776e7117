"""Upload contract tests: good files of every kind, and every bad input the issue names."""

from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import httpx
import pytest
from test_engine_support import Api, err, image, jpeg, mp4, png_bomb, running, wav

from nemochat import config
from nemochat.engine.media import safe_filename, sniff


@pytest.fixture
def home() -> Path:
    return config.home()


@pytest.fixture
def api(home: Path):
    with running(home, max_upload_bytes=1024 * 1024) as a:
        yield a


def stored_files(home: Path) -> list[Path]:
    return [p for p in (home / "engine" / "media").rglob("*") if p.is_file()]


def tmp_files(home: Path) -> list[Path]:
    return [p for p in (home / "engine" / "tmp").rglob("*") if p.is_file()]


# ── good uploads ────────────────────────────────────────────────────────────────
def test_images_of_every_format(api: Api, home: Path) -> None:
    sid = api.new_session()
    r = api.upload(
        sid,
        ("a.jpg", jpeg(64, 48)),
        ("b.png", image("PNG", 40, 30)),
        ("c.webp", image("WEBP", 20, 10)),
        ("d.gif", image("GIF", 12, 8)),
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["code"] == 0 and body["data"]["session_state_applied"] is True
    files = body["data"]["files"]
    assert [(f["filename"], f["file_type"], f["width"], f["height"]) for f in files] == [
        ("a.jpg", "image", 64, 48),
        ("b.png", "image", 40, 30),
        ("c.webp", "image", 20, 10),
        ("d.gif", "image", 12, 8),
    ]
    for f in files:
        assert len(f["hash"]) == 64 and f["id"].startswith("med_")
        got = api.http.get(f["cdn_url"])  # served by the engine, no token needed
        assert got.status_code == 200 and got.headers["content-type"].startswith("image/")
    # stored by content hash, never by the client's name
    names = sorted(p.name for p in stored_files(home))
    assert names == sorted(f"{f['hash']}.{f['cdn_url'].rsplit('.', 1)[1]}" for f in files)
    assert tmp_files(home) == []


def test_exif_rotation_swaps_reported_size(api: Api) -> None:
    sid = api.new_session()
    f = api.upload(sid, ("r.jpg", jpeg(64, 48, exif_orientation=6))).json()["data"]["files"][0]
    assert (f["width"], f["height"]) == (48, 64)


def test_video_and_audio_are_probed(api: Api) -> None:
    sid = api.new_session()
    r = api.upload(sid, ("clip.mp4", mp4(1.0, 64, 48, 10)), ("tone.wav", wav(0.5)))
    assert r.status_code == 200, r.text
    video, audio = r.json()["data"]["files"]
    assert video["file_type"] == "video" and (video["width"], video["height"]) == (64, 48)
    assert video["fps"] == pytest.approx(10, abs=0.5)
    assert video["duration"] == pytest.approx(1.0, abs=0.2)
    assert audio["file_type"] == "audio" and audio["duration"] == pytest.approx(0.5, abs=0.1)
    state = api.state(sid).json()["data"]["state"]
    assert [v["file_type"] for v in state["video_infos"]] == ["video", "audio"]


def test_same_content_twice_is_one_media(api: Api, home: Path) -> None:
    sid = api.new_session()
    a = api.upload(sid, ("x.jpg", jpeg())).json()["data"]["files"][0]
    b = api.upload(sid, ("y.jpg", jpeg())).json()["data"]["files"][0]
    assert a["id"] == b["id"]
    assert len(api.state(sid).json()["data"]["state"]["video_infos"]) == 1
    # the same bytes in another session are a separate media id
    other = api.upload(api.new_session(), ("x.jpg", jpeg())).json()["data"]["files"][0]
    assert other["id"] != a["id"]


def test_cdn_url_supports_range(api: Api) -> None:
    sid = api.new_session()
    data = jpeg(64, 48)
    f = api.upload(sid, ("a.jpg", data)).json()["data"]["files"][0]
    r = api.http.get(f["cdn_url"], headers={"Range": "bytes=2-9"})
    assert r.status_code == 206 and r.content == data[2:10]
    assert api.http.get(f["cdn_url"].replace(".jpg", ".png")).status_code == 404
    assert api.http.get(f"{api.url}/files/nothing.jpg").status_code == 404


# ── bad uploads ─────────────────────────────────────────────────────────────────
@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("photo.jpg", b"this is not a picture at all, just text" * 3, "not a supported"),
        ("notes.txt", b"%PDF-1.4 pretending", "not a supported"),
        ("empty.jpg", b"", "empty"),
        ("cut.jpg", jpeg(400, 300)[:300], "could not be decoded"),
        ("cut.png", image("PNG", 300, 200)[:60], "could not be decoded"),
        ("cut.mp4", b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 40, "could not be decoded"),
        ("photo.heic", b"\x00\x00\x00\x18ftypheic" + b"\x00" * 40, "not a supported"),
    ],
)
def test_bad_files_are_4001_and_nothing_is_kept(
    api: Api, home: Path, name: str, data: bytes, words: str
) -> None:
    sid = api.new_session()
    r = api.upload(sid, (name, data))
    status, code, message = err(r)
    assert (status, code) == (400, 4001)
    assert words in message and name in message
    assert stored_files(home) == [] and tmp_files(home) == []
    assert api.state(sid).json()["data"]["state"]["video_infos"] == []


def test_mislabelled_but_real_image_is_accepted_by_content(api: Api) -> None:
    sid = api.new_session()
    f = api.upload(sid, ("holiday.mp4", image("PNG"))).json()["data"]["files"][0]
    assert f["file_type"] == "image" and f["cdn_url"].endswith(".png")


def test_decompression_bomb_is_refused(api: Api, home: Path) -> None:
    sid = api.new_session()
    bomb = png_bomb()
    assert len(bomb) < 200_000
    status, code, message = err(api.upload(sid, ("bomb.png", bomb)))
    assert (status, code) == (400, 4001)
    assert "too large to decode safely" in message
    assert stored_files(home) == []


def test_one_bad_file_refuses_the_whole_request(api: Api, home: Path) -> None:
    sid = api.new_session()
    r = api.upload(sid, ("good.jpg", jpeg()), ("bad.jpg", b"nope" * 10))
    assert err(r)[:2] == (400, 4001) and "bad.jpg" in err(r)[2]
    assert stored_files(home) == [] and tmp_files(home) == []


def test_oversize_streamed_body_is_4002_and_never_stored(api: Api, home: Path) -> None:
    sid = api.new_session()
    big = b"\xff\xd8\xff" + b"\x00" * (3 * 1024 * 1024)

    def body() -> Iterator[
        bytes
    ]:  # chunked, no Content-Length: the limit must hold while streaming
        boundary = b"XyZ"
        yield b'--XyZ\r\nContent-Disposition: form-data; name="files"; filename="big.jpg"\r\n'
        yield b"Content-Type: image/jpeg\r\n\r\n"
        for i in range(0, len(big), 65536):
            yield big[i : i + 65536]
        yield b"\r\n--" + boundary + b"--\r\n"

    r = api.post(
        f"/api/upload-video/nemo_agent/me/{sid}",
        content=body(),
        headers={"Content-Type": "multipart/form-data; boundary=XyZ"},
    )
    status, code, message = err(r)
    assert (status, code) == (413, 4002)
    assert "big.jpg" in message and "1 MB" in message
    assert stored_files(home) == [] and tmp_files(home) == []
    # the engine is fine afterwards
    assert api.upload(sid, ("ok.jpg", jpeg())).status_code == 200


def test_declared_huge_body_is_refused_before_reading(home: Path) -> None:
    with running(home, max_upload_bytes=1000, max_files=2) as api:
        sid = api.new_session()
        r = api.upload(sid, ("a.jpg", jpeg(200, 200)))
        assert err(r)[:2] == (413, 4002)


@pytest.mark.parametrize(
    "name",
    [
        "../../etc/passwd.jpg",
        "..\\..\\win.jpg",
        "/abs/path/x.jpg",
        ".hidden.jpg",
        "a\x00b\u202e.jpg",
    ],
)
def test_path_traversal_names_are_only_labels(api: Api, home: Path, name: str) -> None:
    sid = api.new_session()
    r = api.upload(sid, (name, jpeg()))
    assert r.status_code == 200, r.text
    label = r.json()["data"]["files"][0]["filename"]
    assert "/" not in label and "\\" not in label and "\x00" not in label and "\u202e" not in label
    assert not label.startswith(".")
    for p in stored_files(home):
        assert p.resolve().is_relative_to((home / "engine" / "media").resolve())
    assert not (home.parent / "etc").exists()


def test_safe_filename_rules() -> None:
    assert safe_filename("../../a.jpg") == "a.jpg"
    assert safe_filename("C:\\Users\\x\\b.png") == "b.png"
    assert safe_filename("") == "file"
    assert safe_filename("...") == "file"
    long = safe_filename("x" * 300 + ".jpeg")
    assert len(long) <= 120 and long.endswith(".jpeg")
    assert safe_filename("Cafe\u0301.png") == "Café.png"


def test_sniff_table() -> None:
    assert sniff(b"\xff\xd8\xff\xe0") and sniff(b"\xff\xd8\xff\xe0").ext == "jpg"  # type: ignore[union-attr]
    cases = {
        b"RIFF\x00\x00\x00\x00WAVEfmt ": "wav",
        b"RIFF\x00\x00\x00\x00AVI LIST": "avi",
        b"\x00\x00\x00\x20ftypM4A \x00": "m4a",
        b"\x00\x00\x00\x14ftypqt  \x00": "mov",
        b"\x1a\x45\xdf\xa3\x93\x42\x82\x88webm": "webm",
        b"\x1a\x45\xdf\xa3\x93\x42\x82\x88matroska": "mkv",
        b"ID3\x04\x00": "mp3",
        b"\xff\xfb\x90\x00": "mp3",
        b"\xff\xf1\x50\x80": "aac",
    }
    for head, ext in cases.items():
        got = sniff(head)
        assert got is not None and got.ext == ext, head
    assert sniff(b"\x00\x00\x00\x18ftypavif") is None
    assert sniff(b"<html>") is None


def test_multipart_without_files_and_bad_multipart(api: Api) -> None:
    sid = api.new_session()
    r = api.post(f"/api/upload-video/nemo_agent/me/{sid}", data={"other": "x"}, files=[])
    assert err(r)[:2] == (400, 400)
    r = api.post(
        f"/api/upload-video/nemo_agent/me/{sid}",
        content=b'--B\r\nContent-Disposition: form-data; name="files"; filename="a.jpg"\r\n\r\nabc',
        headers={"Content-Type": "multipart/form-data; boundary=B"},
    )
    assert err(r)[:2] == (400, 400)
    r = api.post(
        f"/api/upload-video/nemo_agent/me/{sid}",
        content=b"x",
        headers={"Content-Type": "multipart/form-data"},
    )
    assert err(r)[:2] == (400, 400)


# ── URL uploads ─────────────────────────────────────────────────────────────────
class _Files(http.server.BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[int, dict[str, str], bytes]]] = {}

    def do_GET(self) -> None:
        status, headers, body = self.routes.get(self.path, (404, {}, b"missing"))
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def origin() -> Iterator[tuple[str, dict[str, tuple[int, dict[str, str], bytes]]]]:
    """A loopback HTTP server with scriptable routes."""
    routes: ClassVar[dict[str, tuple[int, dict[str, str], bytes]]] = {}
    handler = type("H", (_Files,), {"routes": routes})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", routes
    finally:
        server.shutdown()
        server.server_close()


def url_upload(api: Api, sid: str, *urls: str) -> httpx.Response:
    return api.post(
        f"/api/upload-video/nemo_agent/me/{sid}", json={"urls": list(urls), "source_type": "url"}
    )


def test_url_upload_to_loopback_is_refused_by_default(api: Api, origin) -> None:
    base, routes = origin
    routes["/a.jpg"] = (200, {"Content-Type": "image/jpeg"}, jpeg())
    sid = api.new_session()
    for url in (f"{base}/a.jpg", base.replace("127.0.0.1", "localhost") + "/a.jpg"):
        status, code, message = err(url_upload(api, sid, url))
        assert (status, code) == (400, 4001)
        assert "private" in message
    for url in ("file:///etc/passwd", "ftp://example.invalid/a.jpg", "javascript:alert(1)"):
        status, code, message = err(url_upload(api, sid, url))
        assert (status, code) == (400, 4001)
        assert "http and https" in message


def test_url_upload_when_allowed(home: Path, origin) -> None:
    base, routes = origin
    data = jpeg(50, 40)
    routes["/dir/photo%20one.jpg?x=1"] = (200, {"Content-Type": "image/jpeg"}, data)
    routes["/redirect"] = (302, {"Location": "/dir/photo%20one.jpg?x=1"}, b"")
    routes["/named"] = (
        200,
        {"Content-Disposition": "attachment; filename*=UTF-8''%E5%9B%BE.jpg"},
        jpeg(30, 20),
    )
    routes["/text"] = (200, {"Content-Type": "image/jpeg"}, b"not an image really" * 5)
    routes["/big"] = (200, {}, b"\xff\xd8\xff" + b"0" * 5000)
    routes["/loop"] = (302, {"Location": "/loop"}, b"")
    with running(home, allow_private_urls=True, max_upload_bytes=4096) as api:
        sid = api.new_session()
        r = url_upload(api, sid, f"{base}/dir/photo%20one.jpg?x=1", f"{base}/redirect")
        assert r.status_code == 200, r.text
        files = r.json()["data"]["files"]
        assert files[0]["filename"] == "photo one.jpg"
        assert (files[0]["width"], files[0]["height"]) == (50, 40)
        assert files[0]["id"] == files[1]["id"]  # same content
        named = url_upload(api, sid, f"{base}/named").json()["data"]["files"][0]
        assert named["filename"] == "图.jpg"
        assert err(url_upload(api, sid, f"{base}/text"))[:2] == (400, 4001)
        assert err(url_upload(api, sid, f"{base}/big"))[:2] == (413, 4002)
        assert err(url_upload(api, sid, f"{base}/missing"))[:2] == (400, 4001)
        assert "redirect" in err(url_upload(api, sid, f"{base}/loop"))[2]
        assert tmp_files(home) == []


def test_redirects_are_checked_again(home: Path, origin) -> None:
    """Only the first loopback server is allowed: a redirect to another address is refused."""
    from nemochat.engine.media import _public

    assert not _public("169.254.169.254") and not _public("10.0.0.1") and not _public("::1")
    assert not _public("::ffff:127.0.0.1") and not _public("fc00::1")
    assert _public("93.184.216.34")
    base, routes = origin
    other = socket.socket()
    other.bind(("127.0.0.1", 0))
    other_port = other.getsockname()[1]
    routes["/r"] = (302, {"Location": f"http://127.0.0.1:{other_port}/secret"}, b"")
    routes["/link-local"] = (302, {"Location": "http://169.254.169.254/latest"}, b"")
    allowed = frozenset({base.removeprefix("http://")})
    try:
        with running(home, allow_private_urls=allowed) as api:
            sid = api.new_session()
            for path in ("/r", "/link-local"):
                status, code, message = err(url_upload(api, sid, base + path))
                assert (status, code) == (400, 4001)
                assert "private" in message
    finally:
        other.close()


def test_url_upload_times_out(home: Path) -> None:
    """A server that accepts and never answers: the time limit holds."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]
    try:
        with running(home, allow_private_urls=True, url_timeout=0.5) as api:
            sid = api.new_session()
            status, code, message = err(url_upload(api, sid, f"http://127.0.0.1:{port}/slow.jpg"))
            assert (status, code) == (400, 4001)
            assert "longer than" in message
    finally:
        listener.close()


def test_same_content_uploaded_concurrently_is_one_media(api: Api) -> None:
    import concurrent.futures

    sid = api.new_session()
    data = jpeg(70, 50, "green")
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda i: api.upload(sid, (f"{i}.jpg", data)), range(8)))
    assert all(r.status_code == 200 for r in results), [r.text for r in results]
    assert len({r.json()["data"]["files"][0]["id"] for r in results}) == 1
    assert len(api.state(sid).json()["data"]["state"]["video_infos"]) == 1


def test_an_unused_upload_can_be_removed(api: Api, home: Path) -> None:
    sid = api.new_session()
    media = api.upload(sid, ("x.jpg", jpeg())).json()["data"]["files"][0]
    url = f"/api/upload-video/nemo_agent/me/{sid}/{media['id']}"
    r = api.http.delete(url, headers=api.auth)
    assert r.status_code == 200, r.text
    assert api.state(sid).json()["data"]["state"]["video_infos"] == []
    assert stored_files(home) == []
    again = api.http.delete(url, headers=api.auth)
    assert again.status_code == 404
