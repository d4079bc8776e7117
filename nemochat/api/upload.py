"""Client-side upload checks and a streamed multipart body.

The body is produced piece by piece from disk (1 MiB reads), with an exact
``Content-Length`` computed up front, so a 200 MB video never sits in memory and the
server does not have to accept chunked uploads.
"""

from __future__ import annotations

import mimetypes
import os
import stat
import uuid
from collections.abc import AsyncIterator, Callable, Sequence
from pathlib import Path

from nemochat.api.errors import BadFileError, FileTooLarge

MAX_UPLOAD_BYTES = 200 * 1024 * 1024
CHUNK = 1024 * 1024
KINDS = {
    "video": ("mp4", "mov", "avi", "webm", "mkv"),
    "image": ("jpg", "jpeg", "png", "gif", "webp"),
    "audio": ("mp3", "wav", "m4a", "aac"),
}
ACCEPTED = {ext: kind for kind, exts in KINDS.items() for ext in exts}
FORMATS = " ".join(ext for exts in KINDS.values() for ext in exts)


def sniff(head: bytes) -> str | None:
    """The accepted format that ``head`` (first bytes of a file) looks like, or None."""
    if head.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head[:4] == b"RIFF" and head[8:12] in (b"WEBP", b"AVI ", b"WAVE"):
        return {b"WEBP": "webp", b"AVI ": "avi", b"WAVE": "wav"}[head[8:12]]
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand.startswith(b"M4A") or brand.startswith(b"M4B"):
            return "m4a"
        return "mov" if brand == b"qt  " else "mp4"
    if head[4:8] in (b"moov", b"mdat", b"wide", b"free", b"skip"):
        return "mov"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "mkv"
    if head.startswith(b"ID3"):
        return "mp3"
    if head.startswith(b"ADIF"):
        return "aac"
    if len(head) >= 2 and head[0] == 0xFF:
        if head[1] & 0xF6 == 0xF0:  # ADTS (layer bits 00)
            return "aac"
        if head[1] & 0xE0 == 0xE0:  # MPEG audio frame sync
            return "mp3"
    return None


def check_upload_path(path: Path | str) -> None:
    """Raise ``BadFileError`` / ``FileTooLarge`` unless ``path`` is an uploadable file."""
    path = Path(path)
    name = path.name
    try:
        st = path.stat()
    except FileNotFoundError:
        raise BadFileError("client.file.missing", name=str(path)) from None
    except OSError as exc:
        raise BadFileError("client.file.unreadable", name=name, reason=exc.strerror or "") from None
    if not stat.S_ISREG(st.st_mode):
        raise BadFileError("client.file.not_regular", name=name)
    ext = path.suffix.lower().lstrip(".")
    kind = ACCEPTED.get(ext)
    if kind is None:
        raise BadFileError("client.file.unsupported", name=name, formats=FORMATS)
    if st.st_size > MAX_UPLOAD_BYTES:
        raise FileTooLarge(
            "client.file.too_large",
            name=name,
            size_mb=round(st.st_size / 1e6, 1),
            limit_mb=MAX_UPLOAD_BYTES // (1024 * 1024),
        )
    if st.st_size == 0:
        raise BadFileError("client.file.empty", name=name)
    try:
        with open(path, "rb") as fh:
            head = fh.read(32)
    except OSError as exc:
        raise BadFileError("client.file.unreadable", name=name, reason=exc.strerror or "") from None
    found = sniff(head)
    if found is None or ACCEPTED.get(found) != kind:
        raise BadFileError("client.file.mismatch", name=name, ext=ext)


def _quote(name: str) -> str:
    """A file name for a Content-Disposition parameter (as browsers send it)."""
    return name.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


class MultipartBody:
    """``multipart/form-data`` with one ``files`` part per path, streamed from disk."""

    def __init__(
        self,
        paths: Sequence[Path],
        progress: Callable[[int, int], None] | None = None,
        chunk: int = CHUNK,
    ) -> None:
        self.paths = [Path(p) for p in paths]
        self.boundary = f"nemochat-{uuid.uuid4().hex}"
        self.progress = progress
        self.chunk = chunk
        self._heads: list[bytes] = []
        self._sizes: list[int] = []
        for p in self.paths:
            mime = mimetypes.guess_type(p.name)[0] or "application/octet-stream"
            head = (
                f"--{self.boundary}\r\n"
                f'Content-Disposition: form-data; name="files"; filename="{_quote(p.name)}"\r\n'
                f"Content-Type: {mime}\r\n\r\n"
            ).encode()
            self._heads.append(head)
            self._sizes.append(os.stat(p).st_size)
        self._tail = f"--{self.boundary}--\r\n".encode()
        self.length = sum(len(h) + s + 2 for h, s in zip(self._heads, self._sizes, strict=True))
        self.length += len(self._tail)

    @property
    def content_type(self) -> str:
        return f"multipart/form-data; boundary={self.boundary}"

    async def __aiter__(self) -> AsyncIterator[bytes]:
        sent = 0
        report = self.progress or (lambda done, total: None)
        report(0, self.length)
        for path, head, size in zip(self.paths, self._heads, self._sizes, strict=True):
            yield head
            sent += len(head)
            left = size
            with open(path, "rb") as fh:
                while left > 0:
                    data = fh.read(min(self.chunk, left))
                    if not data:
                        raise BadFileError("client.file.changed", name=path.name)
                    left -= len(data)
                    sent += len(data)
                    yield data
                    report(sent, self.length)
            yield b"\r\n"
            sent += 2
        yield self._tail
        sent += len(self._tail)
        report(sent, self.length)
