"""Frame composition: which slides are on screen at a time, transitions between them, text on top.

Slides are prepared lazily (decode, subject detection, prefilter, YUV conversion) and dropped
as soon as they end, so at most the current and the next are held whatever the slide count.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

from .backdrop import Backdrops
from .color import BLACK, Frame, fade_to_black, rgb_to_frame
from .errors import RenderCancelled, RenderError, cancel_scope, checkpoint, in_scope, label
from .motion import KenBurns, SubjectStore, build_canvas, fit_frame, slide_subject
from .plan import VIDEO_EXT, Plan, VisualItem
from .sources import ClipReader, Still, load_image
from .text import LiveSprites, Sprite
from .transitions import compose

POOL = 6


def _trim_heap() -> None:
    """Return freed heap memory to the OS (glibc keeps it otherwise), so RSS stays flat."""
    global _libc
    if _libc is None:
        try:
            import ctypes

            _libc = ctypes.CDLL("libc.so.6")
            _libc.malloc_trim.argtypes = [ctypes.c_size_t]
        except (OSError, AttributeError):
            _libc = False
    if _libc:
        _libc.malloc_trim(0)


_libc: Any = None


class Slide:
    def draw(self, t: float, out: Frame) -> None:  # t: seconds since the slide's start
        raise NotImplementedError

    def close(self) -> None:
        pass


class PhotoSlide(Slide):
    def __init__(
        self,
        still: Still,
        v: VisualItem,
        w: int,
        h: int,
        path: Path | None = None,
        subjects: SubjectStore | None = None,
        draft: bool = False,
    ) -> None:
        from .motion import ZOOM

        subject = slide_subject(still.rgb, v.focus, path, subjects)
        zmax = 1.0 if v.motion == "static" else ZOOM
        canvas = build_canvas(still.rgb, w, h, v.fit, subject, zmax, v.background)
        self.kb = KenBurns(canvas, v.motion, v.index, v.d / 1000, cubic=not draft)

    def draw(self, t: float, out: Frame) -> None:
        self.kb.draw(t, out)


class MovingSlide(Slide):
    """Video clips and animated GIFs: each source frame fitted to the output, converted once."""

    def __init__(
        self,
        v: VisualItem,
        w: int,
        h: int,
        *,
        clip: ClipReader | None = None,
        still: Still | None = None,
    ) -> None:
        self.v, self.w, self.h = v, w, h
        self.clip = clip
        self.still = still
        self._key: object = None
        self._frame: Frame | None = None
        if still is not None and still.durations_ms:
            self._times = np.cumsum([0, *still.durations_ms])

    def _source(self, t: float) -> tuple[object, np.ndarray]:
        if self.clip is not None:
            img = self.clip.frame_at(t)
            return id(img), img
        assert self.still is not None and self.still.frames
        loop = int(self._times[-1])
        k = int(np.searchsorted(self._times, (t * 1000) % loop, side="right") - 1)
        k = min(max(k, 0), len(self.still.frames) - 1)
        return k, self.still.frames[k]

    def draw(self, t: float, out: Frame) -> None:
        key, img = self._source(t)
        if key != self._key or self._frame is None:
            self._frame = rgb_to_frame(fit_frame(img, self.w, self.h, self.v.fit))
            self._key = key
        out.buf[:] = self._frame.buf

    def close(self) -> None:
        if self.clip is not None:
            self.clip.close()


class Compositor:
    def __init__(
        self, plan: Plan, paths: dict[int, Path], subjects: SubjectStore | None = None
    ) -> None:
        self.plan = plan
        self.fmt = plan.fmt
        self.paths = paths
        self.subjects = subjects
        self.visuals = sorted(plan.visuals, key=lambda v: (v.st, v.index))
        # texts are drawn when their time comes and dropped when they end (LiveSprites)
        backdrops = Backdrops(plan, paths, subjects)
        backdrops.prime()  # photo subjects under texts: found in the same picture every time
        self.texts = LiveSprites(plan.texts, self.fmt, backdrops)
        self.slides: dict[int, Slide] = {}
        self._pending: dict[int, Future[Slide]] = {}
        self._pool: ThreadPoolExecutor | None = None
        w, h = self.fmt.width, self.fmt.height
        self._free: queue.Queue[Frame] = queue.Queue()
        for _ in range(POOL):
            self._free.put(Frame(w, h))
        self._a = Frame(w, h)
        self._b = Frame(w, h)
        self._lock = threading.Lock()

    @property
    def sprites(self) -> list[Sprite]:
        """Every text's sprite, built now (for tests and tools; a render builds them lazily)."""
        return self.texts.all()

    # ------------------------------------------------------------ slides

    def _slide(self, v: VisualItem) -> Slide:
        s = self.slides.get(v.index)
        if s is None:
            future = self._pending.pop(v.index, None)
            s = future.result() if future is not None else self._prepare(v)
            self.slides[v.index] = s
            _trim_heap()  # the full-size decode is gone: give its pages back to the OS
        return s

    def _prefetch(self, v: VisualItem) -> None:
        """Prepare the next slide on a helper thread (OpenCV and decoders release the GIL),
        so its decode overlaps drawing and encoding instead of stalling them."""
        if v.index in self.slides or v.index in self._pending:
            return
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="render-prep")
        self._pending[v.index] = self._pool.submit(in_scope(self._prepare), v)

    def _prepare(self, v: VisualItem) -> Slide:
        checkpoint()
        w, h = self.fmt.width, self.fmt.height
        path = self.paths[v.index]
        if v.kind == "video" or path.suffix.lower() in VIDEO_EXT:
            what = label("clip", v.index, v.name)
            return MovingSlide(v, w, h, clip=ClipReader(path, what, v.trim))
        what = label("photo", v.index, v.name)
        from .motion import ZOOM

        need = (int(w * ZOOM) + 2, int(h * ZOOM) + 2)
        still = load_image(path, what, need, cover=v.fit in ("crop", "auto"))
        if still.frames:
            return MovingSlide(v, w, h, still=still)
        try:
            return PhotoSlide(still, v, w, h, path, self.subjects, self.fmt.draft)
        except RenderCancelled:
            raise
        except Exception as exc:  # pragma: no cover - defensive: odd pixel data
            raise RenderError("render.media_bad", what=what, error=str(exc)) from None

    def _evict(self, t_ms: float) -> None:
        for v in self.visuals:
            if v.end <= t_ms and v.index in self.slides:
                self.slides.pop(v.index).close()
                _trim_heap()

    # ------------------------------------------------------------ frames

    def frame_at(self, t_ms: float, out: Frame) -> Frame:
        self._evict(t_ms)
        active = [v for v in self.visuals if v.st <= t_ms < v.end]
        if not active:
            out.fill(BLACK)
        elif len(active) == 1:
            v = active[0]
            self._slide(v).draw((t_ms - v.st) / 1000, out)
        else:
            a, b = active[-2], active[-1]
            tr = b.transition
            if tr.ms > 0 and t_ms < b.st + tr.ms:
                p = (t_ms - b.st) / tr.ms
                self._slide(a).draw(min(t_ms - a.st, a.d) / 1000, self._a)
                self._slide(b).draw((t_ms - b.st) / 1000, self._b)
                compose(tr.type, p, self._a, self._b, out, dp=1000 / self.fmt.fps / tr.ms)
            else:
                self._slide(b).draw((t_ms - b.st) / 1000, out)
        for sprite in self.texts.at(t_ms):
            sprite.render(out, t_ms)
        fade_to_black(out, self.fade_gain(t_ms))
        # decode the next slide ahead of time, so it is ready when its transition starts
        nxt = next((v for v in self.visuals if v.st > t_ms), None)
        if nxt is not None and nxt.st - t_ms < 2500:
            self._prefetch(nxt)
        return out

    def fade_gain(self, t_ms: float) -> float:
        """The whole-video fade at a frame: 0 on the first frame of a fade-in and the last
        frame of a fade-out (frames sample the start of their interval), 1 outside them."""
        plan, g = self.plan, 1.0
        if plan.fade_in > 0:
            g = min(g, t_ms / plan.fade_in)
        if plan.fade_out > 0:
            last = plan.duration_ms - 1000 / self.fmt.fps  # the last frame's time
            g = min(g, (last - t_ms) / plan.fade_out)
        return min(max(g, 0.0), 1.0)

    def produce(
        self,
        n: int,
        frames: queue.Queue,
        stop: threading.Event,
        cancelled: Callable[[], bool],
        start: int = 0,
    ) -> None:
        """The render thread: draw frames ``start`` .. ``start + n - 1`` into pooled buffers
        and hand them to the encoder. A frame depends only on its time, so a segment that
        starts mid-video draws exactly the frames a render from the start would."""
        fps = self.fmt.fps
        try:
            with cancel_scope(cancelled):
                self._produce(range(start, start + n), frames, stop, cancelled, fps)
        except BaseException as exc:  # handed to the encoding thread, which raises it
            self._put(frames, exc, stop)

    def _produce(
        self,
        indices: range,
        frames: queue.Queue,
        stop: threading.Event,
        cancelled: Callable[[], bool],
        fps: int,
    ) -> None:
        for i in indices:
            if stop.is_set():
                return
            if cancelled():
                raise RenderCancelled()
            out = self._take(stop)
            if out is None:
                return
            self.frame_at(i * 1000 / fps, out)
            self._put(frames, out, stop)

    def _take(self, stop: threading.Event) -> Frame | None:
        while not stop.is_set():
            try:
                return self._free.get(timeout=0.2)
            except queue.Empty:
                continue
        return None

    @staticmethod
    def _put(frames: queue.Queue, item: object, stop: threading.Event) -> None:
        while not stop.is_set():
            try:
                frames.put(item, timeout=0.2)
                return
            except queue.Full:
                continue

    def recycle(self, f: Frame) -> None:
        self._free.put(f)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
        for future in self._pending.values():
            if future.done() and not future.cancelled() and future.exception() is None:
                future.result().close()
        self._pending.clear()
        for s in self.slides.values():
            s.close()
        self.slides.clear()
