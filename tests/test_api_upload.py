"""Uploads: client-side checks, one streamed multipart request, names kept, progress, faults."""

from __future__ import annotations

import asyncio
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from api_helpers import Recorder, run
from fakeserver import FakeNemo, running

from nemochat.api import BadFileError, FileTooLarge, NetworkError, check_upload_path
from nemochat.api.upload import CHUNK, MAX_UPLOAD_BYTES, MultipartBody, sniff

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF" + os.urandom(3000)
PNG = b"\x89PNG\r\n\x1a\n" + os.urandom(500)
MP4 = b"\x00\x00\x00\x18ftypisom" + os.urandom(70_000)
MP3 = b"ID3\x04" + os.urandom(400)


@pytest.fixture
def fake_nemo(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeNemo]:
    with running(monkeypatch) as server:
        yield server


def write(tmp: Path, name: str, data: bytes) -> Path:
    p = tmp / name
    p.write_bytes(data)
    return p


def test_several_files_in_one_streamed_request(fake_nemo: FakeNemo, tmp_path: Path) -> None:
    sid = fake_nemo.new_session()
    paths = [
        write(tmp_path, "海边 photo.JPG", JPEG),
        write(tmp_path, 'odd "name".png', PNG),
        write(tmp_path, "clip.mp4", MP4),
        write(tmp_path, "song.mp3", MP3),
    ]
    seen: list[tuple[int, int]] = []
    files = run(
        fake_nemo, lambda c: c.upload_files(sid, paths, progress=lambda d, t: seen.append((d, t)))
    )
    reqs = fake_nemo.requests_to("upload")
    assert len(reqs) == 1
    req = reqs[0]
    assert req.path == f"/api/upload-video/nemo_agent/me/{sid}"
    assert not req.chunked and int(req.headers["content-length"]) > sum(
        p.stat().st_size for p in paths
    )
    assert req.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert req.headers["authorization"].startswith("Bearer ")
    assert req.headers["x-skill-version"] == "0.1.0"
    assert [p.field for p in req.parts] == ["files"] * 4
    assert [p.filename for p in req.parts] == [p.name for p in paths]
    for part, path in zip(req.parts, paths, strict=True):
        assert part.data == path.read_bytes()
    assert [p.content_type for p in req.parts] == [
        "image/jpeg",
        "image/png",
        "video/mp4",
        "audio/mpeg",
    ]
    assert [f.filename for f in files] == [p.name for p in paths]
    assert [f.file_type for f in files] == ["image", "image", "video", "audio"]
    assert files[0].width == 1920 and files[2].duration == 5.0 and files[0].url
    total = int(req.headers["content-length"])
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_body_is_streamed_in_bounded_chunks(tmp_path: Path) -> None:
    big = tmp_path / "big.mp4"
    with open(big, "wb") as fh:
        fh.write(MP4[:12])
        fh.truncate(5 * CHUNK + 123)
    body = MultipartBody([big, write(tmp_path, "a.jpg", JPEG)])

    async def consume() -> tuple[int, int]:
        n = biggest = 0
        async for piece in body:
            n += len(piece)
            biggest = max(biggest, len(piece))
        return n, biggest

    n, biggest = asyncio.run(consume())
    assert n == body.length and biggest <= CHUNK


def test_token_renewal_replays_the_whole_file(fake_nemo: FakeNemo, tmp_path: Path) -> None:
    sid = fake_nemo.new_session()
    run(fake_nemo, lambda c: c.credits())
    fake_nemo.expire_tokens()
    p = write(tmp_path, "clip.mp4", MP4)
    run(fake_nemo, lambda c: c.upload_files(sid, [p]))
    reqs = fake_nemo.requests_to("upload")
    assert len(reqs) == 2
    assert reqs[1].parts[0].sha256 == hashlib.sha256(MP4).hexdigest()


def test_dropped_connection_during_upload(fake_nemo: FakeNemo, tmp_path: Path) -> None:
    sid = fake_nemo.new_session()
    big = tmp_path / "big.mp4"
    with open(big, "wb") as fh:
        fh.write(MP4[:12])
        fh.truncate(8 * CHUNK)
    fake_nemo.fail("upload", drop=True, drop_after=CHUNK)
    with pytest.raises(NetworkError) as info:
        run(fake_nemo, lambda c: c.upload_files(sid, [big]))
    assert "\n" not in str(info.value)
    assert len(fake_nemo.requests_to("upload")) == 1  # an upload is not silently repeated


@pytest.mark.parametrize(
    ("name", "data", "key"),
    [
        ("photo.heic", b"\x00\x00\x00\x18ftypheic", "client.file.unsupported"),
        ("notes.txt", b"hello", "client.file.unsupported"),
        ("fake.jpg", b"this is text, not a jpeg", "client.file.mismatch"),
        ("audio.mp4", b"ID3\x04aaaa", "client.file.mismatch"),
        ("empty.png", b"", "client.file.empty"),
    ],
)
def test_bad_files_rejected_before_upload(
    fake_nemo: FakeNemo, tmp_path: Path, name: str, data: bytes, key: str
) -> None:
    sid = fake_nemo.new_session()
    p = write(tmp_path, name, data)
    with pytest.raises(BadFileError) as info:
        run(fake_nemo, lambda c: c.upload_files(sid, [write(tmp_path, "ok.jpg", JPEG), p]))
    assert info.value.key == key and info.value.exit_code == 4
    assert name in str(info.value)
    if key == "client.file.unsupported":
        assert "mp4 mov avi webm mkv jpg jpeg png gif webp mp3 wav m4a aac" in str(info.value)
    assert fake_nemo.requests_to("upload") == []


def test_missing_directory_and_too_large(tmp_path: Path) -> None:
    with pytest.raises(BadFileError) as info:
        check_upload_path(tmp_path / "nope.jpg")
    assert info.value.key == "client.file.missing"
    d = tmp_path / "dir.jpg"
    d.mkdir()
    with pytest.raises(BadFileError) as info:
        check_upload_path(d)
    assert info.value.key == "client.file.not_regular"
    big = tmp_path / "huge.mp4"
    with open(big, "wb") as fh:
        fh.write(MP4[:12])
        fh.truncate(MAX_UPLOAD_BYTES + 1)
    with pytest.raises(FileTooLarge) as info:
        check_upload_path(big)
    assert "Compress" in str(info.value) and info.value.exit_code == 4
    ok = tmp_path / "limit.mp4"
    with open(ok, "wb") as fh:
        fh.write(MP4[:12])
        fh.truncate(MAX_UPLOAD_BYTES)
    check_upload_path(ok)


def test_symlink_and_jpeg_and_upper_case_accepted(tmp_path: Path) -> None:
    real = write(tmp_path, "x.JPEG", JPEG)
    link = tmp_path / "link.jpg"
    link.symlink_to(real)
    check_upload_path(real)
    check_upload_path(link)


@pytest.mark.parametrize(
    ("head", "fmt"),
    [
        (b"\xff\xd8\xff\xdb", "jpg"),
        (b"GIF89a", "gif"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "webp"),
        (b"RIFF\x00\x00\x00\x00AVI LIST", "avi"),
        (b"RIFF\x00\x00\x00\x00WAVEfmt ", "wav"),
        (b"\x1a\x45\xdf\xa3\x01", "mkv"),
        (b"\x00\x00\x00\x14ftypqt  ", "mov"),
        (b"\x00\x00\x00\x20ftypM4A ", "m4a"),
        (b"\xff\xf1\x50\x80", "aac"),
        (b"\xff\xfb\x90\x00", "mp3"),
        (b"plain text", None),
    ],
)
def test_sniff(head: bytes, fmt: str | None) -> None:
    assert sniff(head) == fmt


def test_server_rejects_type_4001_lists_formats(fake_nemo: FakeNemo, tmp_path: Path) -> None:
    sid = fake_nemo.new_session()
    rec = Recorder()
    files = run(fake_nemo, lambda c: c.upload_urls(sid, ["https://x.test/a.mp4"]), rec)
    assert files[0].file_type == "video"
    with pytest.raises(BadFileError) as info:
        run(fake_nemo, lambda c: c.upload_urls(sid, ["https://x.test/a.heic"]))
    assert "jpg jpeg png" in str(info.value)
