"""Decoding the user's media: photos (EXIF-oriented, animated GIFs), video clips and audio.

Nothing here writes to the user's files. Every decoding failure becomes a RenderError naming
the clip ("photo 3 (beach.jpg) could not be decoded: …").
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .errors import RenderError, checkpoint

AUDIO_RATE = 48_000


@dataclass
class Still:
    """A decoded photo (RGB uint8), or the frames of an animated GIF with their durations."""

    rgb: np.ndarray
    frames: list[np.ndarray] | None = None
    durations_ms: list[int] | None = None


def _check_exists(path: Path, what: tuple[str, str]) -> None:
    if not path.is_file():
        raise RenderError("render.media_missing", what=what)


def _heic_opener() -> bool:
    try:
        import pillow_heif  # type: ignore[import-not-found]

        pillow_heif.register_heif_opener()
        return True
    except ImportError:
        return False


def load_image(
    path: Path, what: tuple[str, str], need: tuple[int, int] | None = None, cover: bool = True
) -> Still:
    """Decode a photo with its EXIF orientation applied (the file is never modified).

    ``need`` (output pixels the photo must cover, or fit inside when ``cover`` is false) lets
    JPEGs decode at 1/2, 1/4 or 1/8 size in the DCT domain, which saves time and memory.
    """
    from PIL import Image

    _check_exists(path, what)
    if path.suffix.lower() in (".heic", ".heif") and not _heic_opener():
        raise RenderError("render.heic", what=what)
    with _decoding(what), Image.open(path) as img:  # reads the header only
        fmt = img.format
        size = img.size
        animated = getattr(img, "is_animated", False) and getattr(img, "n_frames", 1) > 1
        rotated = _exif_rotated(img)
        if animated:
            return _load_animation(img, need, cover)
    rgb = None
    if fmt in ("JPEG", "PNG", "WEBP", "BMP", "TIFF"):
        rgb = _load_cv2(path, fmt, size, need, cover, rotated)
    if rgb is None:  # other formats, or anything OpenCV would decode leniently
        rgb = _load_pil(path, what, need, cover, rotated)
    if rgb.shape[0] < 2 or rgb.shape[1] < 2:
        raise RenderError("render.media_bad", what=what, error="image is empty")
    return Still(rgb)


def _load_cv2(
    path: Path,
    fmt: str,
    size: tuple[int, int],
    need: tuple[int, int] | None,
    cover: bool,
    rotated: bool,
) -> np.ndarray | None:
    """Fast path: OpenCV decodes straight into one array (EXIF orientation applied)."""
    import cv2

    data = np.fromfile(str(path), np.uint8)  # also works for non-ASCII paths on Windows
    if fmt == "JPEG" and bytes(data[-2:]) != b"\xff\xd9":
        return None  # possibly truncated: let Pillow decide and explain
    flag = cv2.IMREAD_COLOR
    if fmt == "JPEG" and need:
        want = _draft_size(size, need, rotated, cover)
        for factor, reduced in (
            (8, cv2.IMREAD_REDUCED_COLOR_8),
            (4, cv2.IMREAD_REDUCED_COLOR_4),
            (2, cv2.IMREAD_REDUCED_COLOR_2),
        ):
            if size[0] // factor >= want[0] and size[1] // factor >= want[1]:
                flag = reduced
                break
    bgr = cv2.imdecode(data, flag)
    del data
    if bgr is None or bgr.ndim != 3:
        return None
    return cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB, dst=bgr)


def _load_pil(
    path: Path, what: tuple[str, str], need: tuple[int, int] | None, cover: bool, rotated: bool
) -> np.ndarray:
    from PIL import Image, ImageOps

    with _decoding(what), Image.open(path) as img:
        if need and img.format == "JPEG":
            img.draft("RGB", _draft_size(img.size, need, rotated, cover))
        img.load()
        upright = ImageOps.exif_transpose(img)
        if upright.mode != "RGB":
            upright = upright.convert("RGB")
        return np.ascontiguousarray(np.asarray(upright))


@contextlib.contextmanager
def _decoding(what: tuple[str, str]) -> Iterator[None]:
    """Turn whatever Pillow raises on a bad file into one clear error naming the clip."""
    from PIL import Image, UnidentifiedImageError

    try:
        yield
    except UnidentifiedImageError:
        raise RenderError("render.media_bad", what=what, error="not an image") from None
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise RenderError(
            "render.media_bad", what=what, error=str(exc) or type(exc).__name__
        ) from None


def _exif_rotated(img: object) -> bool:
    try:
        return img.getexif().get(0x0112, 1) in (5, 6, 7, 8)  # type: ignore[attr-defined]
    except Exception:
        return False


def _draft_size(
    size: tuple[int, int], need: tuple[int, int], rotated: bool, cover: bool = True
) -> tuple[int, int]:
    """The smallest stored size that still covers (or, contained, fills) ``need``."""
    nw, nh = (need[1], need[0]) if rotated else need
    w, h = size
    scale = max(nw / w, nh / h) if cover else min(nw / w, nh / h)
    return max(1, int(w * scale)), max(1, int(h * scale))


# What an animation's kept frames may hold (RGB bytes): one render's memory stays bounded
# whatever the GIF declares. Frames are kept at the size the output needs, not the canvas's.
ANIMATION_BUDGET = 256 * 1024 * 1024
ANIMATION_FRAMES = 600


def _load_animation(img: object, need: tuple[int, int] | None, cover: bool) -> Still:
    import cv2
    from PIL import ImageSequence

    frames: list[np.ndarray] = []
    durations: list[int] = []
    kept = 0
    size = _draft_size(img.size, need, False, cover) if need else None  # type: ignore[attr-defined]
    for frame in ImageSequence.Iterator(img):  # type: ignore[arg-type]
        checkpoint()
        rgb = np.asarray(frame.convert("RGB"))
        if size and size[0] < rgb.shape[1]:
            rgb = cv2.resize(rgb, size, interpolation=cv2.INTER_AREA)
        frames.append(np.ascontiguousarray(rgb))
        durations.append(max(20, int(frame.info.get("duration", 100) or 100)))
        kept += rgb.nbytes
        if len(frames) >= ANIMATION_FRAMES or kept >= ANIMATION_BUDGET:
            break  # a very long GIF loops what was kept
    return Still(frames[0], frames, durations)


class ClipReader:
    """Sequential RGB frames of a video clip from ``trim``: ``frame_at(t)`` is monotonic in t."""

    def __init__(self, path: Path, what: tuple[str, str], trim_ms: int) -> None:
        import av

        _check_exists(path, what)
        self.what = what
        try:
            self._container = av.open(str(path))
            streams = self._container.streams.video
            if not streams:
                raise RenderError("render.media_kind", what=what, kind="video")
            self._stream = streams[0]
            self._stream.thread_type = "AUTO"
            self._start = trim_ms / 1000.0
            if self._start > 0:
                tb = self._stream.time_base or 1
                self._container.seek(int(self._start / tb), stream=self._stream, backward=True)
            self._frames = self._container.decode(self._stream)
        except RenderError:
            raise
        except (av.FFmpegError, OSError, ValueError) as exc:
            raise RenderError("render.media_bad", what=what, error=str(exc)) from None
        self._last: np.ndarray | None = None
        self._pending: tuple[float, np.ndarray] | None = None
        self._done = False

    def _next(self) -> tuple[float, np.ndarray] | None:
        import av

        try:
            frame = next(self._frames)
        except StopIteration:
            return None
        except (av.FFmpegError, OSError, ValueError) as exc:
            if self._last is None:
                raise RenderError("render.media_bad", what=self.what, error=str(exc)) from None
            return None  # a damaged tail: hold the last good frame
        t = float(frame.time) if frame.time is not None else 0.0
        img: np.ndarray = frame.to_ndarray(format="rgb24")
        rot = int(getattr(frame, "rotation", 0) or 0) % 360  # phone clips: display matrix
        if rot:
            # PyAV reports the counter-clockwise angle needed to display the frame upright
            img = np.ascontiguousarray(np.rot90(img, k=rot // 90))
        return t, img

    def frame_at(self, t: float) -> np.ndarray:
        """The frame showing at ``t`` seconds after the trim point (last frame after the end)."""
        target = self._start + t + 1e-6
        while not self._done:
            if self._pending is None:
                self._pending = self._next()
                if self._pending is None:
                    self._done = True
                    break
            pt, img = self._pending
            if pt <= target or self._last is None:
                self._last = img
                self._pending = None
                if pt > target:
                    break
            else:
                break
        if self._last is None:
            raise RenderError("render.media_bad", what=self.what, error="no video frames")
        return self._last

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._container.close()


def has_audio(path: Path) -> bool:
    import av

    try:
        with av.open(str(path)) as c:
            return bool(c.streams.audio)
    except (av.FFmpegError, OSError, ValueError):
        return False


def decode_audio(
    path: Path, what: tuple[str, str], start_ms: int, max_ms: int | None
) -> np.ndarray | None:
    """Float32 stereo samples (n×2) at 48 kHz from ``start_ms``, at most ``max_ms`` long."""
    import av

    _check_exists(path, what)
    chunks: list[np.ndarray] | _Samples = []
    limit = None if max_ms is None else int(max_ms * AUDIO_RATE / 1000)
    got = 0
    try:
        with av.open(str(path)) as container:
            if not container.streams.audio:
                return None
            stream = container.streams.audio[0]
            if start_ms > 0:
                tb = stream.time_base or 1
                container.seek(int(start_ms / 1000 / tb), stream=stream, backward=True)
            resampler = av.AudioResampler(format="fltp", layout="stereo", rate=AUDIO_RATE)
            skip_to = start_ms / 1000.0
            chunks = _Samples(_expected(container, stream, start_ms, limit))
            for k, frame in enumerate(_audio_frames(container, stream)):
                if not k & 63:
                    checkpoint()
                first = frame.time
                for out in resampler.resample(frame):
                    arr = out.to_ndarray().T  # (n, 2)
                    if first is not None and first < skip_to:
                        cut = round((skip_to - first) * AUDIO_RATE)
                        arr = arr[cut:]
                        first = None
                    chunks.append(arr)
                    got += len(arr)
                if limit is not None and got >= limit:
                    break
            for out in resampler.resample(None):
                chunks.append(out.to_ndarray().T)
    except (av.FFmpegError, OSError, ValueError) as exc:
        if not chunks:
            raise RenderError("render.media_bad", what=what, error=str(exc)) from None
    if not chunks:
        return np.zeros((0, 2), np.float32)
    data = chunks.array() if isinstance(chunks, _Samples) else np.concatenate(chunks)
    del chunks
    data = data.astype(np.float32, copy=False)  # fltp: float32 already
    return data[:limit] if limit is not None else data


def _expected(container: Any, stream: Any, start_ms: int, limit: int | None) -> int:
    """How many samples a decode will give (the container's duration, capped by
    ``limit``), so they are written into one array instead of a list then a copy."""
    dur = None
    if stream.duration is not None and stream.time_base is not None:
        dur = float(stream.duration * stream.time_base)
    elif container.duration is not None:
        dur = container.duration / 1_000_000
    if dur is None:
        return 0
    n = max(0, round((dur - start_ms / 1000) * AUDIO_RATE)) + AUDIO_RATE // 10
    n = min(n, (MAX_PREALLOC_S + 1) * AUDIO_RATE)  # a declared duration is not trusted
    return min(n, limit + 4096) if limit is not None else n


MAX_PREALLOC_S = 600  # the longest video (draft.MAX_VIDEO_MS); beyond it the array grows


class _Samples:
    """Decoded stereo samples appended into a preallocated array (grown if the estimate
    was short): a long song is held once while it is decoded, not twice."""

    def __init__(self, expected: int) -> None:
        self.buf = np.empty((max(0, expected), 2), np.float32)
        self.n = 0

    def append(self, arr: np.ndarray) -> None:
        if self.n + len(arr) > len(self.buf):
            grown = np.empty((max(2 * len(self.buf), self.n + len(arr)), 2), np.float32)
            grown[: self.n] = self.buf[: self.n]
            self.buf = grown
        self.buf[self.n : self.n + len(arr)] = arr
        self.n += len(arr)

    def __len__(self) -> int:
        return self.n

    def array(self) -> np.ndarray:
        return self.buf[: self.n]


def _audio_frames(container: object, stream: object) -> Iterator:
    yield from container.decode(stream)  # type: ignore[attr-defined]
