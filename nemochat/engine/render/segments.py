"""Segmented rendering: re-render only what changed (issue 15).

The video track is cut into independent segments at the cut points of the timeline: where a
photo or clip is alone on screen after its incoming transition (so a segment never starts
inside a blend when it can help it), at least ``MIN_SECONDS`` apart and at most
``MAX_SECONDS`` long. Each segment is its own H.264 encode with identical encoder settings,
starting with an IDR frame, so the segments concatenate by packet copy into one valid stream
(no re-encode). The sound is its own AAC stream. The output is remuxed from these parts.

A frame depends only on its time (poses, transitions, text entrances and fades are all
functions of t), so a segment that starts mid-video draws exactly the pixels a render from
the start would draw: a boundary inside a transition or a text span cannot show in the
picture.

Each part is cached under the hash of what it depends on (``segment_key``, ``audio_key``):

- a segment: the output format, the encoder settings, its frame range, the renderer's
  source, and every item whose time span touches it: the photos and clips (by content
  hash, with their motion, fit, focus, transition and position in the track), the texts
  (and the texts shown with them, which decide where they are placed, and the pictures
  under all of those, which decide their legibility treatment), and the whole-video fades
  when the segment is inside one;
- the sound: the music (content hash, volume, fades, trim, loop, duck), the clips with
  sound, the video's length and fades.

After an edit only the parts whose hash changed are encoded; a change to the music touches
only the sound, and the video packets are copied byte for byte.

The seam for other executors is ``SegmentExecutor``: it gets self-contained
``SegmentTask``s (the draft, the frame range, the media content hashes, the encoder
settings and the expected key) and returns the files it wrote; see docs/engine.md for a
distributed one.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import os
import queue
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from .errors import RenderCancelled, RenderError, checkpoint
from .plan import OutputFormat, Plan, TextItem, VisualItem

if TYPE_CHECKING:
    from .motion import SubjectStore

SEGMENT_VERSION = 1  # bump when a part's bytes change for the same key
MIN_SECONDS = 2.0  # segments shorter than this are merged with the next (fewer encoder starts)
MAX_SECONDS = 8.0  # a long slide or clip is split (a small edit re-encodes little)


@dataclass(frozen=True)
class EncodeSettings:
    preset: str = "veryfast"
    crf: int = 20
    threads: int = 0  # x264 frame threads (0: its own choice); part of the key: x264's
    # output depends on its thread count


# ── identity ───────────────────────────────────────────────────────────────────
_FINGERPRINT: str | None = None


def source_fingerprint() -> str:
    """A hash of the renderer's own source: a changed renderer never reuses a cached part."""
    global _FINGERPRINT
    if _FINGERPRINT is None:
        h = hashlib.sha256()
        root = Path(__file__).resolve().parent
        for p in sorted(root.rglob("*.py")):
            with contextlib.suppress(OSError):
                h.update(p.name.encode())
                h.update(p.read_bytes())
        _FINGERPRINT = h.hexdigest()
    return _FINGERPRINT


_hashes: dict[tuple[str, int, int], str] = {}
_hash_lock = threading.Lock()


def media_hash(path: Path) -> str:
    """The content hash of a media file: its name when the engine stored it by hash, else
    SHA-256 of its bytes (remembered by path, size and modification time)."""
    stem = path.stem
    if len(stem) == 64 and all(c in "0123456789abcdef" for c in stem):
        return stem
    st = path.stat()
    key = (str(path), st.st_size, st.st_mtime_ns)
    with _hash_lock:
        hit = _hashes.get(key)
    if hit is not None:
        return hit
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    digest = h.hexdigest()
    with _hash_lock:
        _hashes[key] = digest
    return digest


def _digest(value: Any) -> str:
    blob = json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _visual(v: VisualItem, sha: str) -> dict[str, Any]:
    d = asdict(v)
    d["src"] = sha
    d.pop("name", None)  # a label for messages only
    d.pop("volume", None)  # sound only
    d.pop("mute", None)
    return d


def frame_ms(i: int, fps: int) -> float:
    return i * 1000 / fps


def n_frames(plan: Plan) -> int:
    return max(1, round(plan.duration_ms * plan.fmt.fps / 1000))


def _touches(st: float, end: float, t0: float, t1: float) -> bool:
    """An item on screen over [st, end) is drawn in some frame time in [t0, t1]."""
    return st <= t1 and end > t0


def _texts_for(plan: Plan, t0: float, t1: float) -> list[TextItem]:
    """The texts on screen in [t0, t1], and every text shown with one of them, transitively
    (a text is placed clear of those: their content moves it)."""
    chosen = [t for t in plan.texts if _touches(t.st, t.st + t.d, t0, t1)]
    grew = True
    while grew:
        grew = False
        for t in plan.texts:
            if t in chosen:
                continue
            if any(_touches(t.st, t.st + t.d, c.st, c.st + c.d) for c in chosen):
                chosen.append(t)
                grew = True
    return sorted(chosen, key=lambda t: (t.st, t.text))


def segment_key(plan: Plan, f0: int, f1: int, hashes: dict[int, str], enc: EncodeSettings) -> str:
    """The hash of everything frames f0..f1-1 depend on (see the module's docs)."""
    fps = plan.fmt.fps
    t0, t1 = frame_ms(f0, fps), frame_ms(f1 - 1, fps)
    texts = _texts_for(plan, t0, t1)
    spans = [(t0, t1)] + [(t.st, t.st + t.d) for t in texts]
    visuals = [
        _visual(v, hashes[v.index])
        for v in plan.visuals
        if any(_touches(v.st, v.end, a, b) for a, b in spans)
    ]
    fades: list[Any] = []
    if plan.fade_in and t0 < plan.fade_in:
        fades.append(["in", plan.fade_in])
    last = plan.duration_ms - 1000 / fps
    if plan.fade_out and t1 > last - plan.fade_out:
        fades.append(["out", plan.fade_out, plan.duration_ms])
    return _digest(
        [
            "video",
            SEGMENT_VERSION,
            source_fingerprint(),
            asdict(plan.fmt),
            asdict(enc),
            f0,
            f1,
            visuals,
            [asdict(t) for t in texts],
            fades,
        ]
    )


def audio_key(
    plan: Plan, music: dict[int, str], clips: dict[int, str], with_audio: set[int]
) -> str:
    """The hash of everything the sound depends on: music, clips with sound, length, fades."""
    return _digest(
        [
            "audio",
            SEGMENT_VERSION,
            source_fingerprint(),
            plan.duration_ms,
            plan.fade_in,
            plan.fade_out,
            [{**asdict(a), "src": music[a.index], "name": None} for a in plan.audio],
            [
                {
                    "src": clips[v.index],
                    "st": v.st,
                    "d": v.d,
                    "trim": v.trim,
                    "volume": v.volume,
                    "mute": v.mute,
                    "transition": v.transition.ms,
                }
                for v in plan.visuals
                if v.index in with_audio
            ],
        ]
    )


# ── where segments begin ───────────────────────────────────────────────────────
def split(plan: Plan) -> list[tuple[int, int]]:
    """Frame ranges [f0, f1) covering the video, cut where a photo or clip is alone on
    screen after its incoming transition (a plain cut: where it starts) — and, when the
    photo stays alone long enough, after any text shown across that point ends."""
    fps = plan.fmt.fps
    total = n_frames(plan)
    lo = max(1, round(MIN_SECONDS * fps))
    hi = max(lo, round(MAX_SECONDS * fps))
    gop = 2 * fps
    cuts: list[int] = []
    starts = [v.st for v in plan.visuals]
    for k, v in enumerate(plan.visuals[1:], 1):
        at = v.st + v.transition.ms  # the first time it is alone on screen
        alone_until = min([s for s in starts[k + 1 :] if s > at] or [v.end])
        at = _outside_texts(plan, at, alone_until)
        f = -(-at * fps // 1000)  # the first frame at or after it
        if 0 < f < total:
            cuts.append(int(f))
    bounds = [0]
    for f in sorted(set(cuts)):
        if f - bounds[-1] >= lo and total - f >= lo:
            bounds.append(f)
    bounds.append(total)
    out: list[tuple[int, int]] = []
    for a, b in itertools.pairwise(bounds):
        while b - a > hi:  # a long one: split at whole GOPs
            step = max(gop, hi // gop * gop)
            if b - (a + step) < lo:
                break
            out.append((a, a + step))
            a += step
        out.append((a, b))
    return out


def _outside_texts(plan: Plan, at: int, until: int) -> int:
    """The first time from ``at`` (before ``until``) that no text is on screen across, so
    a text's span stays inside one segment and a change to it re-encodes fewer frames;
    ``at`` itself when the photo is alone only while a text shows."""
    t = at
    moved = True
    while moved:
        moved = False
        for x in plan.texts:
            if x.st < t < x.st + x.d:
                t = x.st + x.d
                moved = True
    return t if t < until else at


# ── the executor seam ──────────────────────────────────────────────────────────
@dataclass(frozen=True)
class SegmentTask:
    """One segment to encode; everything in it can go over a wire (JSON-able)."""

    key: str  # the expected segment hash: a worker's result is checked against it
    index: int
    f0: int
    f1: int
    draft: dict[str, Any]
    media: dict[str, str]  # the draft's media ids -> content hashes
    fmt: OutputFormat
    enc: EncodeSettings

    @property
    def frames(self) -> int:
        return self.f1 - self.f0


@dataclass
class SegmentContext:
    """What a local worker needs besides the task: media files, the render's shared state."""

    plan: Plan
    paths: dict[int, Path]
    subjects: SubjectStore | None
    cancelled: Callable[[], bool]
    frame_done: Callable[[int], None]  # called with the number of frames just encoded
    _comp: Any = field(default=None, repr=False)

    def compositor(self) -> Any:
        """One compositor for the whole render: slides decoded for one segment are reused by
        the next (segments are rendered in time order)."""
        if self._comp is None:
            from .compose import Compositor

            self._comp = Compositor(self.plan, self.paths, self.subjects)
        return self._comp

    def close(self) -> None:
        if self._comp is not None:
            self._comp.close()
            self._comp = None


class SegmentExecutor(Protocol):
    """Renders segment tasks into files (``dest(task)``); raises RenderError/RenderCancelled.

    The local one renders in this process; another (a process pool, a cluster) may ignore
    ``ctx`` and render each task from its own fields, resolving media by content hash."""

    def run(
        self, tasks: Sequence[SegmentTask], ctx: SegmentContext, dest: Callable[[SegmentTask], Path]
    ) -> None: ...


class LocalExecutor:
    """Segments one after another in this process: x264's own frame threads use the cores
    (measured faster on 2 cores than a pool of single-threaded encoders: docs/render.md)."""

    def run(
        self, tasks: Sequence[SegmentTask], ctx: SegmentContext, dest: Callable[[SegmentTask], Path]
    ) -> None:
        for task in tasks:
            checkpoint()
            encode_segment(task, ctx, dest(task))


class PoolExecutor:
    """Segments spread over a pool of worker processes, each with its own compositor and a
    single-threaded x264 (``EncodeSettings.threads = 1`` is what the caller asks for). Each
    worker renders a task from the task's own fields and the media files' paths; the files
    come back by name (the task's key) and are checked by the caller
    (``check_segment``) before they are joined."""

    def __init__(self, workers: int = 2) -> None:
        self.workers = workers

    def run(
        self, tasks: Sequence[SegmentTask], ctx: SegmentContext, dest: Callable[[SegmentTask], Path]
    ) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor, wait

        if not tasks:
            return
        # contiguous runs of segments per worker: slides shared by neighbours are prepared once
        chunks = [list(tasks[k :: self.workers]) for k in range(self.workers)]
        chunks = [c for c in chunks if c]
        # spawn, not fork: the render process has threads (the sound's encoder, the slide
        # prefetcher) whose locks a forked child would inherit held, and hang on
        mp = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(len(chunks), mp_context=mp) as pool:
            futures = [
                pool.submit(_pool_render, chunk, ctx.paths, [str(dest(t)) for t in chunk])
                for chunk in chunks
            ]
            sizes = {f: sum(t.frames for t in c) for f, c in zip(futures, chunks, strict=True)}
            while futures:
                finished, pending = wait(futures, timeout=0.2)
                for f in finished:
                    f.result()  # a worker's RenderError is raised here
                    ctx.frame_done(sizes[f])
                    futures.remove(f)
                if ctx.cancelled():
                    for f in pending:
                        f.cancel()
                    for p in list(getattr(pool, "_processes", {}).values()):
                        with contextlib.suppress(Exception):
                            p.terminate()  # stop the work now, not at the next segment
                    raise RenderCancelled()


def _pool_render(tasks: list[SegmentTask], paths: dict[int, Path], outs: list[str]) -> int:
    from .plan import build_plan

    plan = build_plan(tasks[0].draft)
    plan.fmt = tasks[0].fmt
    ctx = SegmentContext(plan, paths, None, lambda: False, lambda n: None)
    try:
        for task, out in zip(tasks, outs, strict=True):
            encode_segment(task, ctx, Path(out))
    finally:
        ctx.close()
    return len(tasks)


def encode_segment(task: SegmentTask, ctx: SegmentContext, out: Path) -> None:
    """Draw and encode frames f0..f1-1 into ``out`` (atomically: a .part file is renamed)."""
    import av

    from .color import Frame
    from .encode import Encoder

    comp = ctx.compositor()
    tmp = out.with_name(f".{out.stem}.{os.getpid()}.{threading.get_ident()}.part.mp4")
    try:
        enc = Encoder(
            tmp,
            task.fmt,
            preset=task.enc.preset,
            crf=task.enc.crf,
            audio=False,
            faststart=False,
            threads=task.enc.threads,
        )
    except (av.FFmpegError, OSError) as exc:
        raise RenderError("render.write_failed", error=str(exc)) from None
    frames: queue.Queue = queue.Queue(maxsize=4)
    stop = threading.Event()
    worker = threading.Thread(
        target=comp.produce,
        args=(task.frames, frames, stop, ctx.cancelled, task.f0),
        name="render",
        daemon=True,
    )
    ok = False
    try:
        worker.start()
        for _ in range(task.frames):
            item = _get(frames, worker)
            if isinstance(item, BaseException):
                raise item
            assert isinstance(item, Frame)
            if ctx.cancelled():
                raise RenderCancelled()
            try:
                enc.write_frame(item)
            except (av.FFmpegError, OSError) as exc:
                raise RenderError("render.write_failed", error=str(exc)) from None
            comp.recycle(item)
            ctx.frame_done(1)
        try:
            enc.finish()
        except (av.FFmpegError, OSError) as exc:
            raise RenderError("render.write_failed", error=str(exc)) from None
        with contextlib.suppress(OSError):
            os.chmod(tmp, 0o600)
        os.replace(tmp, out)
        ok = True
    finally:
        stop.set()
        _drain(frames)
        worker.join(timeout=10)
        if not ok:
            enc.abort()
            with contextlib.suppress(OSError):
                tmp.unlink()


def _get(frames: queue.Queue, worker: threading.Thread) -> object:
    while True:
        try:
            return frames.get(timeout=0.5)
        except queue.Empty:
            if not worker.is_alive():
                try:
                    return frames.get_nowait()
                except queue.Empty:
                    return RenderError("render.write_failed", error="the render thread stopped")


def _drain(frames: queue.Queue) -> None:
    with contextlib.suppress(queue.Empty):
        while True:
            frames.get_nowait()


# ── the sound, as its own stream ───────────────────────────────────────────────
def encode_audio(sound: Any, out: Path) -> None:
    """The whole soundtrack as AAC-LC 48 kHz stereo in an .m4a (atomically)."""
    import av
    import numpy as np

    from .encode import AUDIO_FRAME
    from .sources import AUDIO_RATE

    tmp = out.with_name(f".{out.stem}.{os.getpid()}.{threading.get_ident()}.part.m4a")
    try:
        container = av.open(str(tmp), "w", format="mp4")
        stream = container.add_stream("aac", rate=AUDIO_RATE)
        stream.layout = "stereo"
        stream.bit_rate = 192_000
        pts = 0
        chunk = AUDIO_RATE  # one second at a time: memory stays flat in the video's length
        for pos in range(0, sound.total, chunk):
            checkpoint()
            samples = sound.render(pos, min(chunk, sound.total - pos))
            planar = np.ascontiguousarray(samples.T.astype(np.float32))
            for i in range(0, planar.shape[1], AUDIO_FRAME):
                part = np.ascontiguousarray(planar[:, i : i + AUDIO_FRAME])
                af = av.AudioFrame.from_ndarray(part, format="fltp", layout="stereo")
                af.sample_rate = AUDIO_RATE
                af.pts = pts
                pts += part.shape[1]
                for packet in stream.encode(af):
                    container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
        container.close()
        with contextlib.suppress(OSError):
            os.chmod(tmp, 0o600)
        os.replace(tmp, out)
    except (av.FFmpegError, OSError) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise RenderError("render.write_failed", error=str(exc)) from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


# ── checking a part before it is used ──────────────────────────────────────────
def stream_header(path: Path) -> bytes:
    """A segment's codec header (H.264 SPS/PPS, avcC): every part of one video must have
    the same one, or the packets cannot be joined into one stream."""
    import av

    with av.open(str(path)) as c:
        return bytes(c.streams.video[0].codec_context.extradata or b"")


def check_segment(path: Path, task: SegmentTask, header: bytes | None = None) -> str | None:
    """Why the file at ``path`` is not a usable result for ``task`` (None when it is).

    Demuxes only (no decode, a few ms): one H.264 stream of the task's size, exactly the
    task's frame count, a key frame first, and — when ``header`` is given — the same codec
    header as the other parts. This is what a result from another executor (a process pool,
    a cluster) must pass before it is joined in."""
    import av

    try:
        with av.open(str(path)) as c:
            if len(c.streams.video) != 1 or c.streams.audio:
                return "not one video stream"
            stream = c.streams.video[0]
            cc = stream.codec_context
            if cc.name != "h264":
                return f"codec {cc.name}"
            if (cc.width, cc.height) != (task.fmt.width, task.fmt.height):
                return f"size {cc.width}×{cc.height}"
            if header is not None and bytes(cc.extradata or b"") != header:
                return "a different encoder header"
            count = 0
            for packet in c.demux(stream):
                if packet.size == 0 and packet.pts is None:
                    continue
                if count == 0 and not packet.is_keyframe:
                    return "no key frame first"
                count += 1
                if count > task.frames:
                    break
            if count != task.frames:
                return f"{count} frames, not {task.frames}"
    except (av.FFmpegError, OSError, IndexError) as exc:
        return str(exc) or type(exc).__name__
    return None


# ── putting the parts together ─────────────────────────────────────────────────
def _delay(path: Path) -> Fraction:
    """How far a segment's first decode time is ahead of its first picture (B-frames)."""
    import av

    with av.open(str(path)) as c:
        stream = c.streams.video[0]
        tb = stream.time_base or Fraction(1, 90_000)
        first_dts, low_pts = None, None
        for k, packet in enumerate(c.demux(stream)):
            if packet.pts is None:
                continue
            if first_dts is None and packet.dts is not None:
                first_dts = packet.dts
            low_pts = packet.pts if low_pts is None else min(low_pts, packet.pts)
            if k >= 8:
                break
        if first_dts is None or low_pts is None:
            return Fraction(0)
        return Fraction(low_pts - first_dts) * tb


def _packets(
    path: Path, kind: str, offset_s: Fraction, dts_early: Fraction = Fraction(0)
) -> Iterator[Any]:
    import av

    with av.open(str(path)) as c:
        stream = c.streams.video[0] if kind == "video" else c.streams.audio[0]
        tb = stream.time_base or Fraction(1, 90_000)
        shift = round(offset_s / tb)
        early = round(dts_early / tb)
        for packet in c.demux(stream):
            if packet.dts is None and packet.pts is None:
                continue  # the demuxer's end-of-stream marker
            if packet.pts is not None:
                packet.pts += shift
            if packet.dts is not None:
                packet.dts += shift - early
            yield packet


def _time(packet: Any) -> float:
    t = packet.dts if packet.dts is not None else packet.pts
    return float(t * packet.time_base)


def concat(parts: Sequence[tuple[Path, int]], audio: Path | None, out: Path, fps: int) -> None:
    """Remux the video segments (path, first frame) and the sound into ``out`` by packet
    copy: one H.264 stream, moov before mdat, video and audio interleaved in time."""
    import av

    tmp = out.with_name(f".{out.stem}.{os.getpid()}.{threading.get_ident()}.part.mp4")
    try:
        with av.open(str(parts[0][0])) as first:
            template = first.streams.video[0]
            container = av.open(str(tmp), "w", format="mp4", options={"movflags": "+faststart"})
            vout = container.add_stream_from_template(template)
        aout = None
        if audio is not None:
            with av.open(str(audio)) as a:
                aout = container.add_stream_from_template(a.streams.audio[0])
        sound = _packets(audio, "audio", Fraction(0)) if audio is not None else iter(())
        pending = next(sound, None)
        # every segment decodes the same distance ahead of its pictures (a very short one
        # may have no B-frames, hence no delay): decode times stay strictly increasing
        delays = [_delay(path) for path, _ in parts]
        most = max(delays)
        for (path, f0), delay in zip(parts, delays, strict=True):
            checkpoint()
            for packet in _packets(path, "video", Fraction(f0, fps), most - delay):
                while pending is not None and _time(pending) <= _time(packet):
                    pending.stream = aout
                    container.mux(pending)
                    pending = next(sound, None)
                packet.stream = vout
                container.mux(packet)
        while pending is not None:
            pending.stream = aout
            container.mux(pending)
            pending = next(sound, None)
        container.close()
        with contextlib.suppress(OSError):
            os.chmod(tmp, 0o600)
        os.replace(tmp, out)
    except (av.FFmpegError, OSError) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise RenderError("render.write_failed", error=str(exc)) from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


# ── the whole render ───────────────────────────────────────────────────────────
@dataclass
class SegmentReport:
    """What a segmented render did (for tests, the benchmark and the log)."""

    segments: int = 0
    encoded: list[int] = field(default_factory=list)  # indices of the segments encoded now
    audio_encoded: bool = False
    keys: list[str] = field(default_factory=list)


def touch(path: Path) -> None:
    """Mark a cached part as used now (the cache evicts the least recently used first)."""
    with contextlib.suppress(OSError):
        os.utime(path)
