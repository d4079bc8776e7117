"""The local renderer: a draft (docs/draft.md) becomes an MP4 a person would post.

Streaming design: a render thread draws frames (Ken Burns warps, transitions, text sprites)
into a small pool of YUV buffers while this thread encodes them, so libx264 and the drawing
overlap. At most the current and the next slide are decoded at any time; the soundtrack is
mixed up front and written in step with the video. Output goes to a temp file that is
renamed into place only when complete.
"""

from __future__ import annotations

import contextlib
import os
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import RenderCancelled, RenderError, cancel_scope, checkpoint, label

if TYPE_CHECKING:
    from .motion import SubjectStore

__all__ = ["RenderCancelled", "RenderError", "RenderResult", "render_draft"]


@dataclass
class RenderResult:
    path: Path
    duration_ms: int
    width: int
    height: int
    size: int


def render_draft(
    draft: dict,
    *,
    resolve: Callable[[str], Path],
    out_path: Path,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    preset: str = "veryfast",
    subjects: SubjectStore | None = None,
) -> RenderResult:
    """Render ``draft`` to ``out_path`` (atomically). Raises RenderError / RenderCancelled.

    ``subjects`` keeps where each photo's subject is between renders (the engine passes its
    store, keyed by content hash). ``cancelled`` is checked between frames and inside every
    phase before them (media decode, subject finding, text sprites, loudness), so a cancel
    stops the work within a fraction of a second."""
    with cancel_scope(cancelled):
        return _render_draft(
            draft,
            resolve=resolve,
            out_path=out_path,
            progress=progress,
            cancelled=cancelled,
            preset=preset,
            subjects=subjects,
        )


def _render_draft(
    draft: dict,
    *,
    resolve: Callable[[str], Path],
    out_path: Path,
    progress: Callable[[float], None] | None,
    cancelled: Callable[[], bool] | None,
    preset: str,
    subjects: SubjectStore | None,
) -> RenderResult:
    import av

    from .audio import Soundtrack
    from .color import Frame
    from .compose import Compositor
    from .encode import Encoder
    from .plan import build_plan
    from .sources import AUDIO_RATE, has_audio

    out_path = Path(out_path)
    plan = build_plan(draft)
    fmt = plan.fmt
    is_cancelled = cancelled or (lambda: False)

    paths: dict[int, Path] = {}
    for v in plan.visuals:
        paths[v.index] = _resolve(
            resolve, v.src, label("clip" if v.kind == "video" else "photo", v.index, v.name)
        )
    for a in plan.audio:
        _resolve(resolve, a.src, label("music", a.index, a.name))

    checkpoint()
    comp = Compositor(plan, paths, subjects)  # text sprites are drawn when their time comes
    with_audio = {v.index for v in plan.visuals if v.kind == "video" and has_audio(paths[v.index])}
    sound = Soundtrack(
        plan, lambda s: _resolve(resolve, s, ("media", "媒体")), with_audio.__contains__
    )

    checkpoint()  # the music was decoded and measured
    n_frames = max(1, round(plan.duration_ms * fmt.fps / 1000))
    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_path.with_name(f".{out_path.stem}.{os.getpid()}.{threading.get_ident()}.part.mp4")
    try:
        enc = Encoder(tmp, fmt, preset=preset, audio=sound.has_sound)
    except (av.FFmpegError, OSError) as exc:
        raise RenderError("render.write_failed", error=str(exc)) from None

    frames: queue.Queue = queue.Queue(maxsize=4)
    stop = threading.Event()
    worker = threading.Thread(
        target=comp.produce, args=(n_frames, frames, stop, is_cancelled), name="render", daemon=True
    )
    ok = False
    try:
        worker.start()
        audio_pos = 0
        last_report = -1.0
        for i in range(n_frames):
            item = _get(frames, worker)
            if isinstance(item, BaseException):
                raise item
            assert isinstance(item, Frame)
            if is_cancelled():
                raise RenderCancelled()
            try:
                enc.write_frame(item)
                comp.recycle(item)
                if sound.has_sound:
                    until = min(sound.total, round((i + 1) * AUDIO_RATE / fmt.fps))
                    if i == n_frames - 1:
                        until = sound.total
                    if until > audio_pos:
                        enc.write_audio(sound.render(audio_pos, until - audio_pos))
                        audio_pos = until
            except (av.FFmpegError, OSError) as exc:
                raise RenderError("render.write_failed", error=str(exc)) from None
            frac = (i + 1) / n_frames
            if progress is not None and (frac - last_report >= 0.01 or i == n_frames - 1):
                last_report = frac
                progress(min(frac, 0.999))
        try:
            enc.finish()
        except (av.FFmpegError, OSError) as exc:
            raise RenderError("render.write_failed", error=str(exc)) from None
        with contextlib.suppress(OSError):
            os.chmod(tmp, 0o600)  # renders are private, like everything in the engine's home
        os.replace(tmp, out_path)
        ok = True
    finally:
        stop.set()
        _drain(frames)
        worker.join(timeout=10)
        comp.close()
        if not ok:
            enc.abort()
            with contextlib.suppress(OSError):
                tmp.unlink()
    if progress is not None:
        progress(1.0)
    return RenderResult(
        path=out_path,
        duration_ms=round(n_frames * 1000 / fmt.fps),
        width=fmt.width,
        height=fmt.height,
        size=out_path.stat().st_size,
    )


def _resolve(resolve: Callable[[str], Path], src: str, what: tuple[str, str]) -> Path:
    try:
        path = Path(resolve(src))
    except (KeyError, ValueError, OSError):
        raise RenderError("render.media_missing", what=what) from None
    if not path.is_file():
        raise RenderError("render.media_missing", what=what)
    return path


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
    try:
        while True:
            frames.get_nowait()
    except queue.Empty:
        pass
