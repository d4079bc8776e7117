"""Upload checks: receive bodies under a size limit, sniff types by content, probe media.

Nothing the client sends is trusted: the type comes from the file's first bytes (the name is
only a label), the size limit is enforced while the body streams in (a huge body is never
stored), images are decoded once so truncated files and decompression bombs are refused,
and URL uploads only reach public http(s) addresses (every resolved address is checked,
the connection is pinned to a checked address, and redirects are checked again).

Pillow and PyAV are imported lazily, inside the probe functions.
"""

from __future__ import annotations

import contextlib
import hashlib
import ipaddress
import os
import socket
import tempfile
import time
import unicodedata
import warnings
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin

from nemochat.engine.errors import EngineError, scrub_paths

SUPPORTED = "mp4 mov avi webm mkv / jpg png gif webp / mp3 wav m4a aac"


class UploadError(EngineError):
    """A refused upload: ``code`` is 4001 (bad file), 4002 (too large) or 400 (bad form)."""

    def __init__(self, code: int, key: str, /, **fields: Any) -> None:
        self.code = code
        super().__init__(key, fields, 4 if code in (4001, 4002) else 1)


@dataclass(frozen=True)
class Sniffed:
    file_type: str  # image | video | audio
    ext: str
    mime: str


@dataclass
class Received:
    """An upload stored in a temp file, hashed while it streamed in."""

    name: str
    path: Path
    size: int = 0
    sha256: str = ""


@dataclass(frozen=True)
class Probe:
    sniffed: Sniffed
    width: int | None = None
    height: int | None = None
    duration: float | None = None
    fps: float | None = None


def human_size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.0f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return str(n)


# ── names ───────────────────────────────────────────────────────────────────────
def safe_filename(name: str | None, default: str = "file") -> str:
    """A label from a client-supplied name: last path component, no control characters.

    It is only ever shown to people; files on disk are named by content hash.
    """
    text = unicodedata.normalize("NFC", name or "")
    text = text.replace("\\", "/").split("/")[-1]
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")
    text = text.strip().lstrip(".").strip()
    if len(text) > 120:
        stem, dot, ext = text.rpartition(".")
        text = (stem[: 120 - len(ext) - 1] + dot + ext) if dot and len(ext) <= 8 else text[:120]
    return text or default


# ── sniffing ────────────────────────────────────────────────────────────────────
_MP4_AUDIO_BRANDS = {b"M4A ", b"M4B ", b"M4P "}
_UNSUPPORTED_BRANDS = {b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1", b"avif"}


def sniff(head: bytes) -> Sniffed | None:
    """The file's type from its first bytes (at least 64 recommended); None if unsupported."""
    if head.startswith(b"\xff\xd8\xff"):
        return Sniffed("image", "jpg", "image/jpeg")
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return Sniffed("image", "png", "image/png")
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return Sniffed("image", "gif", "image/gif")
    if head[:4] == b"RIFF" and len(head) >= 12:
        kind = head[8:12]
        if kind == b"WEBP":
            return Sniffed("image", "webp", "image/webp")
        if kind == b"WAVE":
            return Sniffed("audio", "wav", "audio/wav")
        if kind == b"AVI ":
            return Sniffed("video", "avi", "video/x-msvideo")
        return None
    if head[4:8] == b"ftyp" and len(head) >= 12:
        brand = head[8:12]
        if brand in _UNSUPPORTED_BRANDS:
            return None
        if brand in _MP4_AUDIO_BRANDS:
            return Sniffed("audio", "m4a", "audio/mp4")
        if brand == b"qt  ":
            return Sniffed("video", "mov", "video/quicktime")
        return Sniffed("video", "mp4", "video/mp4")
    if head[4:8] in (b"moov", b"mdat", b"wide", b"free", b"skip"):
        return Sniffed("video", "mov", "video/quicktime")
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        if b"webm" in head[:64]:
            return Sniffed("video", "webm", "video/webm")
        return Sniffed("video", "mkv", "video/x-matroska")
    if head.startswith(b"ID3"):
        return Sniffed("audio", "mp3", "audio/mpeg")
    if len(head) >= 2 and head[0] == 0xFF:
        if (head[1] & 0xF6) == 0xF0:  # ADTS
            return Sniffed("audio", "aac", "audio/aac")
        if (head[1] & 0xE0) == 0xE0 and (head[1] & 0x06) == 0x02:  # MPEG audio layer III
            return Sniffed("audio", "mp3", "audio/mpeg")
    return None


def _disposition_filename(options: dict[bytes, bytes]) -> str | None:
    """The file name from parsed Content-Disposition options (RFC 5987 ``filename*`` first)."""
    extended = options.get(b"filename*")
    if extended:
        charset, _, rest = extended.partition(b"'")
        _, _, encoded = rest.partition(b"'")
        try:
            return unquote(encoded.decode("ascii"), encoding=charset.decode("ascii") or "utf-8")
        except (LookupError, UnicodeDecodeError):
            pass
    raw = options.get(b"filename")
    return None if raw is None else raw.decode("utf-8", "replace")


# ── receiving bodies ────────────────────────────────────────────────────────────
_NOT_MEDIA = {
    "application/json",
    "application/xml",
    "application/pdf",
    "application/zip",
    "application/gzip",
    "application/x-tar",
    "application/x-7z-compressed",
    "application/x-rar-compressed",
    "application/x-msdownload",
    "application/x-executable",
    "application/x-sh",
    "application/javascript",
}


def not_media(declared: str) -> bool:
    """Whether a declared Content-Type says the part is certainly no photo, clip or music
    (``application/octet-stream``, a missing type and every image/video/audio type pass:
    the content decides those)."""
    declared = declared.strip().lower()
    return declared.startswith(("text/", "multipart/", "message/")) or declared in _NOT_MEDIA


SNIFF_BYTES = 64  # what ``sniff`` needs to tell every supported type apart


class Sink:
    """Writes one incoming file to a temp file, hashing and counting; refuses past ``limit``.

    Nothing is written to disk until the first ``SNIFF_BYTES`` have arrived and say a
    supported type: a text or archive posted under a photo's name costs 64 bytes of memory,
    not a temp file of up to ``limit`` bytes.
    """

    def __init__(self, tmp_dir: Path, name: str, limit: int) -> None:
        self._tmp_dir = tmp_dir
        self._fh: Any = None
        self._head = b""
        self._hash = hashlib.sha256()
        self.limit = limit
        self.received = Received(name=name, path=Path(tmp_dir) / ".not-written")

    def _open(self) -> None:
        fd, tmp = tempfile.mkstemp(prefix="up-", suffix=".part", dir=self._tmp_dir)
        os.fchmod(fd, 0o600)
        self._fh = os.fdopen(fd, "wb")
        self.received.path = Path(tmp)

    def write(self, data: bytes) -> None:
        self.received.size += len(data)
        if self.received.size > self.limit:
            self.discard()
            raise UploadError(
                4002,
                "engine.upload.too_large",
                name=self.received.name,
                limit=human_size(self.limit),
            )
        self._hash.update(data)
        if self._fh is None:
            self._head += data
            if len(self._head) < SNIFF_BYTES:
                return
            if sniff(self._head[:SNIFF_BYTES]) is None:
                self.discard()
                raise UploadError(
                    4001, "engine.upload.unsupported", name=self.received.name, formats=SUPPORTED
                )
            try:
                self._open()
                data, self._head = self._head, b""
            except BaseException:
                self.discard()
                raise
        try:
            self._fh.write(data)
        except BaseException:
            self.discard()
            raise

    def close(self) -> Received:
        try:
            if self._fh is None:  # a short file: the probe says what is wrong with it
                self._open()
                fh: Any = self._fh
                fh.write(self._head)
                self._head = b""
            self._fh.close()
        except BaseException:
            self.discard()
            raise
        self.received.sha256 = self._hash.hexdigest()
        return self.received

    def discard(self) -> None:
        self._head = b""
        if self._fh is not None:
            with contextlib.suppress(OSError):
                self._fh.close()
            with contextlib.suppress(OSError):
                self.received.path.unlink()


@dataclass
class MultipartReceiver:
    """Stream-parses a multipart body; every part named ``files`` becomes a ``Received``.

    Feed it chunks with ``feed``; call ``finish`` at the end. Raises ``UploadError`` as soon
    as a file passes the size limit (the caller then stops storing anything).
    """

    boundary: bytes
    tmp_dir: Path
    limit: int
    max_files: int = 20
    files: list[Received] = field(default_factory=list)
    _sink: Sink | None = None
    _headers: dict[str, bytes] = field(default_factory=dict)
    _field: bytes = b""
    _value: bytes = b""
    _skip: bool = False
    _other_bytes: int = 0
    _error: UploadError | None = None

    def __post_init__(self) -> None:
        from python_multipart.multipart import MultipartParser

        callbacks: dict[str, Callable[..., None]] = {
            "on_part_begin": self._begin,
            "on_header_field": self._hfield,
            "on_header_value": self._hvalue,
            "on_header_end": self._hend,
            "on_headers_finished": self._hdone,
            "on_part_data": self._data,
            "on_part_end": self._end,
        }
        self._parser = MultipartParser(self.boundary, callbacks)  # type: ignore[arg-type]

    def _begin(self) -> None:
        self._headers = {}
        self._field = b""
        self._value = b""
        self._skip = False

    def _hfield(self, data: bytes, start: int, end: int) -> None:
        self._field += data[start:end]

    def _hvalue(self, data: bytes, start: int, end: int) -> None:
        self._value += data[start:end]

    def _hend(self) -> None:
        self._headers[self._field.decode("latin-1").lower()] = self._value
        self._field = b""
        self._value = b""

    def _hdone(self) -> None:
        from python_multipart.multipart import parse_options_header

        _, options = parse_options_header(self._headers.get("content-disposition", b""))
        name = options.get(b"name", b"").decode("utf-8", "replace")
        filename = _disposition_filename(options)
        if name != "files" or filename is None:
            self._skip = True  # other fields are ignored (but still bounded below)
            return
        if len(self.files) + 1 > self.max_files:
            raise UploadError(4001, "engine.upload.too_many", limit=self.max_files)
        label = safe_filename(filename)
        # what the part says of itself, checked before a byte of it is stored
        declared = self._headers.get("content-type", b"").split(b";")[0].strip().lower()
        if not_media(declared.decode("latin-1")):
            raise UploadError(4001, "engine.upload.unsupported", name=label, formats=SUPPORTED)
        length = self._headers.get("content-length", b"").strip()
        if length.isdigit() and int(length) > self.limit:
            raise UploadError(
                4002, "engine.upload.too_large", name=label, limit=human_size(self.limit)
            )
        self._sink = Sink(self.tmp_dir, label, self.limit)

    def _data(self, data: bytes, start: int, end: int) -> None:
        if self._skip or self._sink is None:
            self._other_bytes += end - start
            if self._other_bytes > 1024 * 1024:
                raise UploadError(4002, "engine.upload.too_large", name="form", limit="1 MB")
            return
        self._sink.write(data[start:end])

    def _end(self) -> None:
        if self._sink is not None:
            self.files.append(self._sink.close())
            self._sink = None

    def feed(self, chunk: bytes) -> None:
        from python_multipart.exceptions import MultipartParseError

        try:
            self._parser.write(chunk)
        except UploadError:
            self.abort()
            raise
        except MultipartParseError as exc:
            self.abort()
            raise UploadError(400, "engine.upload.bad_multipart", error=str(exc)) from exc

    def finish(self) -> list[Received]:
        from python_multipart.exceptions import MultipartParseError

        try:
            self._parser.finalize()
        except MultipartParseError as exc:
            self.abort()
            raise UploadError(400, "engine.upload.bad_multipart", error=str(exc)) from exc
        if self._sink is not None:  # body ended inside a part
            self.abort()
            raise UploadError(400, "engine.upload.bad_multipart", error="truncated body")
        return self.files

    def abort(self) -> None:
        """Remove everything received so far."""
        if self._sink is not None:
            self._sink.discard()
            self._sink = None
        for rec in self.files:
            with contextlib.suppress(OSError):
                rec.path.unlink()
        self.files = []


# ── probing ─────────────────────────────────────────────────────────────────────
# Frames × canvas pixels an animated image may hold: a 16 KB GIF can declare 700 frames of
# 8000×8000 (45 gigapixels). 500 megapixels is 240 frames of 1080p.
MAX_ANIMATION_PIXELS = 500_000_000


def _bomb(name: str, pixels: int | None, max_pixels: int) -> UploadError:
    """A picture (photo or video frame) with more pixels than is safe to decode."""
    shown: float | str = round(pixels / 1e6, 1) if pixels else "?"
    return UploadError(
        4001, "engine.upload.bomb", name=name, pixels=shown, limit=round(max_pixels / 1e6, 1)
    )


def probe(rec: Received, *, max_pixels: int) -> Probe:
    """Check a received file by content and measure it; ``UploadError`` (4001) if bad."""
    if rec.size == 0:
        raise UploadError(4001, "engine.upload.empty", name=rec.name)
    with rec.path.open("rb") as fh:
        head = fh.read(64)
    sniffed = sniff(head)
    if sniffed is None:
        raise UploadError(4001, "engine.upload.unsupported", name=rec.name, formats=SUPPORTED)
    if sniffed.file_type == "image":
        return _probe_image(rec, sniffed, max_pixels)
    return _probe_av(rec, sniffed, max_pixels)


def _no_paths(reason: str, rec: Received) -> str:
    """A decoder's words without the temp file's path (PyAV quotes it): the upload's name."""
    return scrub_paths(reason, [rec.path.parent], {str(rec.path): rec.name})


def _probe_image(rec: Received, sniffed: Sniffed, max_pixels: int) -> Probe:
    from PIL import Image

    def bad(reason: str) -> UploadError:
        return UploadError(
            4001,
            "engine.upload.undecodable",
            name=rec.name,
            kind="image",
            reason=_no_paths(reason, rec),
        )

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(rec.path) as img:
                width, height = img.size
                if width <= 0 or height <= 0:
                    raise bad("zero size")
                if width * height > max_pixels:
                    raise _bomb(rec.name, width * height, max_pixels)
                frames = int(getattr(img, "n_frames", 1) or 1)
                if frames > 1 and frames * width * height > MAX_ANIMATION_PIXELS:
                    raise UploadError(
                        4002,
                        "engine.upload.animation",
                        name=rec.name,
                        frames=frames,
                        width=width,
                        height=height,
                        pixels=round(frames * width * height / 1e6),
                        limit=round(MAX_ANIMATION_PIXELS / 1e6),
                    )
                orientation = 1
                with contextlib.suppress(Exception):
                    orientation = int(img.getexif().get(0x0112, 1))
                if img.format == "JPEG":
                    # decoding at 1/8 scale still reads every byte, so truncation is caught
                    img.draft("RGB", (max(1, width // 8), max(1, height // 8)))
                img.load()
    except UploadError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _bomb(rec.name, None, max_pixels) from exc
    except Exception as exc:  # Pillow raises many types for broken files
        raise bad(str(exc)[:200] or type(exc).__name__) from exc
    if orientation in (5, 6, 7, 8):
        width, height = height, width
    return Probe(sniffed, width=width, height=height)


def _probe_av(rec: Received, sniffed: Sniffed, max_pixels: int) -> Probe:
    import av

    kind_word = "video" if sniffed.file_type == "video" else "audio"

    def bad(reason: str) -> UploadError:
        return UploadError(
            4001,
            "engine.upload.undecodable",
            name=rec.name,
            kind=kind_word,
            reason=_no_paths(reason, rec),
        )

    try:
        with av.open(str(rec.path), "r") as container:
            vstreams = list(container.streams.video)
            astreams = list(container.streams.audio)
            duration = container.duration / 1_000_000 if container.duration else None
            if sniffed.file_type == "video" and not vstreams and astreams:
                sniffed = Sniffed(
                    "audio",
                    "m4a" if sniffed.ext == "mp4" else sniffed.ext,
                    "audio/mp4" if sniffed.ext == "mp4" else sniffed.mime,
                )
            if sniffed.file_type == "video":
                if not vstreams:
                    raise bad("no video stream")
                stream = vstreams[0]
                width = stream.codec_context.width or None
                height = stream.codec_context.height or None
                if width and height and width * height > max_pixels:  # before any decode
                    raise _bomb(rec.name, width * height, max_pixels)
                rate = stream.average_rate or stream.guessed_rate
                fps = round(float(rate), 3) if rate else None
                if duration is None and stream.duration and stream.time_base:
                    duration = float(stream.duration * stream.time_base)
                frame = next(container.decode(stream), None)  # proves the codec works
                if frame is None:
                    raise bad("no frames")
                width = width or frame.width
                height = height or frame.height
                if width * height > max_pixels:
                    raise _bomb(rec.name, width * height, max_pixels)
                return Probe(
                    sniffed,
                    width=width,
                    height=height,
                    duration=round(duration, 3) if duration else None,
                    fps=fps,
                )
            if not astreams:
                raise bad("no audio stream")
            audio = astreams[0]
            if duration is None and audio.duration and audio.time_base:
                duration = float(audio.duration * audio.time_base)
            if next(container.decode(audio), None) is None:
                raise bad("no audio frames")
            return Probe(sniffed, duration=round(duration, 3) if duration else None)
    except UploadError:
        raise
    except Exception as exc:
        raise bad(str(exc)[:200] or type(exc).__name__) from exc


# ── URL uploads ─────────────────────────────────────────────────────────────────
def _public(addr: str) -> bool:
    ip = ipaddress.ip_address(addr.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if isinstance(ip, ipaddress.IPv6Address):
        # 6to4 (2002::/16) and Teredo embed an IPv4 address: judge that one too
        embedded = [ip.sixtofour] if ip.sixtofour is not None else list(ip.teredo or ())
        if any(not _public(str(v4)) for v4 in embedded):
            return False
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    )


def _resolve(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise UploadError(4001, "engine.url.resolve", host=host) from exc
    addrs: list[str] = []
    for info in infos:
        addr = str(info[4][0])
        if addr not in addrs:
            addrs.append(addr)
    if not addrs:
        raise UploadError(4001, "engine.url.resolve", host=host)
    return addrs


def _name_from(response: Any, url: str) -> str:
    disp = next((v for k, v in response.headers.raw if k.lower() == b"content-disposition"), None)
    if disp:
        from email.message import Message

        parsed = Message()
        parsed["content-disposition"] = disp.decode("latin-1")
        name = parsed.get_filename()  # handles RFC 2231 filename*=UTF-8''…
        if name:
            with contextlib.suppress(UnicodeError):
                name = name.encode("latin-1").decode("utf-8")
            return safe_filename(name, "download")
    path = url.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    return safe_filename(unquote(path.rsplit("/", 1)[-1]), "download")


def fetch_url(
    url: str,
    *,
    tmp_dir: Path,
    limit: int,
    timeout: float,
    allow_private: bool | Collection[str] = False,
    max_redirects: int = 5,
) -> Received:
    """Download ``url`` into a temp file under the same checks as a direct upload.

    ``allow_private``: True lets any address through; a collection of ``host:port`` strings
    lets only those through (tests use it to reach one loopback server and no other).
    """
    import httpx

    deadline = time.monotonic() + timeout
    current = url
    with httpx.Client(
        timeout=httpx.Timeout(min(timeout, 15.0)), follow_redirects=False, trust_env=False
    ) as client:
        for _ in range(max_redirects + 1):
            try:
                parsed = httpx.URL(current)
            except Exception as exc:
                raise UploadError(4001, "engine.url.scheme", url=current[:200]) from exc
            if parsed.scheme not in ("http", "https") or not parsed.host:
                raise UploadError(4001, "engine.url.scheme", url=current[:200])
            host = parsed.host
            port = parsed.port or (443 if parsed.scheme == "https" else 80)
            addrs = _resolve(host, port)
            allowed = allow_private is True or (
                not isinstance(allow_private, bool) and f"{host}:{port}" in allow_private
            )
            if not allowed and not all(_public(a) for a in addrs):
                raise UploadError(4001, "engine.url.private", host=host)
            # connect to the address just checked, so a second DNS answer cannot differ
            pinned = parsed.copy_with(host=addrs[0], username=None, password=None)
            netloc = host if parsed.port is None else f"{host}:{parsed.port}"
            if ":" in host and parsed.port is None:
                netloc = f"[{host}]"
            extensions = {"sni_hostname": host} if parsed.scheme == "https" else {}
            request = client.build_request(
                "GET",
                pinned,
                headers={"Host": netloc, "User-Agent": "nemochat-engine"},
                extensions=extensions,
            )
            try:
                response = client.send(request, stream=True)
            except httpx.TimeoutException as exc:
                raise UploadError(
                    4001, "engine.url.timeout", url=url[:200], seconds=round(timeout)
                ) from exc
            except httpx.HTTPError as exc:
                raise UploadError(4001, "engine.url.fetch", url=url[:200], error=str(exc)) from exc
            try:
                if response.is_redirect:
                    location = response.headers.get("location", "")
                    current = urljoin(current, location)
                    continue
                if response.status_code != 200:
                    raise UploadError(
                        4001, "engine.url.status", url=url[:200], status=response.status_code
                    )
                name = _name_from(response, current)
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise UploadError(
                        4002, "engine.upload.too_large", name=name, limit=human_size(limit)
                    )
                sink = Sink(tmp_dir, name, limit)
                try:
                    for chunk in response.iter_bytes(64 * 1024):
                        if time.monotonic() > deadline:
                            raise UploadError(
                                4001, "engine.url.timeout", url=url[:200], seconds=round(timeout)
                            )
                        sink.write(chunk)
                except UploadError:
                    sink.discard()
                    raise
                except httpx.TimeoutException as exc:
                    sink.discard()
                    raise UploadError(
                        4001, "engine.url.timeout", url=url[:200], seconds=round(timeout)
                    ) from exc
                except httpx.HTTPError as exc:
                    sink.discard()
                    raise UploadError(
                        4001, "engine.url.fetch", url=url[:200], error=str(exc)
                    ) from exc
                return sink.close()
            finally:
                response.close()
    raise UploadError(4001, "engine.url.redirects", url=url[:200])
