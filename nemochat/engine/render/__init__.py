"""The local renderer: a draft (docs/draft.md) becomes an MP4 a person would post.

Streaming design: a render thread draws frames (Ken Burns warps, transitions, text sprites)
into a small pool of YUV buffers while this thread encodes them, so libx264 and the drawing
overlap. At most the current and the next slide are decoded at any time; the soundtrack is
mixed up front and written in step with the video. Output goes to a temp file that is
renamed into place only when complete.
"""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import RenderCancelled, RenderError, cancel_scope, checkpoint, in_scope, label

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from .motion import SubjectStore
    from .plan import OutputFormat
    from .segments import SegmentContext, SegmentExecutor, SegmentReport, SegmentTask

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
    segment_dir: Path | None = None,
    preview: bool = False,
    executor: SegmentExecutor | None = None,
    report: SegmentReport | None = None,
    threads: int = 0,
) -> RenderResult:
    """Render ``draft`` to ``out_path`` (atomically). Raises RenderError / RenderCancelled.

    With ``segment_dir``, the video is rendered as independent segments and the sound as its
    own stream, each cached there under the hash of what it depends on, and remuxed into
    the output: a re-render encodes only what changed (see ``segments.py``). ``preview``
    makes a fast low-resolution version (480p, half the frame rate, x264 ``ultrafast``)
    from the same segments logic. ``report`` is filled with what was encoded; ``executor``
    renders the segments (default: one after another here); ``threads`` is x264's thread
    count for them (0: its own choice).

    ``subjects`` keeps where each photo's subject is between renders (the engine passes its
    store, keyed by content hash). ``cancelled`` is checked between frames and inside every
    phase before them (media decode, subject finding, text sprites, loudness), so a cancel
    stops the work within a fraction of a second."""
    with cancel_scope(cancelled):
        if segment_dir is not None or preview:
            return _render_segmented(
                draft,
                resolve=resolve,
                out_path=out_path,
                progress=progress,
                cancelled=cancelled or (lambda: False),
                preset=preset,
                subjects=subjects,
                segment_dir=segment_dir,
                preview=preview,
                executor=executor,
                report=report,
                threads=threads,
            )
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

    _trim_heap()
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


PREVIEW_HEIGHT = 480  # the short side of a preview
PREVIEW_PRESET = "ultrafast"
PREVIEW_CRF = 26


def preview_format(fmt: OutputFormat) -> OutputFormat:
    """480p (the short side), half the frame rate (at least 12 fps), even sizes, drawn with
    bilinear warps (``draft``)."""
    from .plan import OutputFormat

    short = min(fmt.width, fmt.height)
    scale = min(1.0, PREVIEW_HEIGHT / short)
    w = max(2, round(fmt.width * scale / 2) * 2)
    h = max(2, round(fmt.height * scale / 2) * 2)
    return OutputFormat(w, h, max(min(12, fmt.fps), fmt.fps // 2), draft=True)


def _render_segmented(
    draft: dict,
    *,
    resolve: Callable[[str], Path],
    out_path: Path,
    progress: Callable[[float], None] | None,
    cancelled: Callable[[], bool],
    preset: str,
    subjects: SubjectStore | None,
    segment_dir: Path | None,
    preview: bool,
    executor: SegmentExecutor | None,
    report: SegmentReport | None,
    threads: int = 0,
) -> RenderResult:
    import tempfile

    from . import segments as sg
    from .audio import Soundtrack
    from .plan import build_plan
    from .sources import has_audio

    out_path = Path(out_path)
    plan = build_plan(draft)
    enc = sg.EncodeSettings(preset, 20, threads)
    if preview:
        plan.fmt = preview_format(plan.fmt)
        enc = sg.EncodeSettings(PREVIEW_PRESET, PREVIEW_CRF, threads)
    fmt = plan.fmt
    paths: dict[int, Path] = {}
    for v in plan.visuals:
        paths[v.index] = _resolve(
            resolve, v.src, label("clip" if v.kind == "video" else "photo", v.index, v.name)
        )
    music: dict[int, str] = {}
    for a in plan.audio:
        music[a.index] = sg.media_hash(_resolve(resolve, a.src, label("music", a.index, a.name)))
    hashes = {i: sg.media_hash(p) for i, p in paths.items()}
    media = {v.src: hashes[v.index] for v in plan.visuals}
    media.update({a.src: music[a.index] for a in plan.audio})
    checkpoint()
    with contextlib.ExitStack() as stack:
        if segment_dir is None:  # a preview without a cache: parts in a temp folder
            segment_dir = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        segment_dir = Path(segment_dir)
        segment_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        spans = sg.split(plan)
        tasks = [
            sg.SegmentTask(
                sg.segment_key(plan, f0, f1, hashes, enc), k, f0, f1, draft, media, fmt, enc
            )
            for k, (f0, f1) in enumerate(spans)
        ]

        def dest(task: sg.SegmentTask) -> Path:
            return segment_dir / f"v_{task.key}.mp4"

        todo = [t for t in tasks if not dest(t).is_file()]
        fresh = {t.index for t in todo}
        for t in tasks:  # reused parts are in use from now on (the cache keeps them)
            if t.index not in fresh:
                sg.touch(dest(t))
        with_audio = {
            v.index for v in plan.visuals if v.kind == "video" and has_audio(paths[v.index])
        }
        has_sound = bool(with_audio) or bool(plan.audio)
        akey = sg.audio_key(plan, music, hashes, with_audio) if has_sound else None
        audio_path = segment_dir / f"a_{akey}.m4a" if akey else None
        total = sum(t.frames for t in todo) + (1 if audio_path else 0)
        done = [0]
        last = [-1.0]

        def tick(n: int = 1) -> None:
            done[0] += n
            frac = done[0] / max(1, total)
            if progress is not None and (frac - last[0] >= 0.01 or done[0] >= total):
                last[0] = frac
                progress(min(frac * 0.98, 0.98))

        if report is not None:
            report.segments = len(tasks)
            report.keys = [t.key for t in tasks]
            report.encoded = [t.index for t in todo]
        # the sound is mixed, measured and encoded on a thread of its own while the video
        # segments are drawn (numpy and the AAC encoder release the GIL)
        sound_error: list[BaseException] = []
        sound_thread: threading.Thread | None = None
        if audio_path is not None and not audio_path.is_file():
            if report is not None:
                report.audio_encoded = True
            target = audio_path

            def make_sound() -> None:
                try:
                    sound = Soundtrack(
                        plan,
                        lambda s: _resolve(resolve, s, ("media", "媒体")),
                        with_audio.__contains__,
                    )
                    _trim_heap()  # a long song's decode and measurement are gone
                    if sound.has_sound:
                        sg.encode_audio(sound, target)
                except BaseException as exc:  # raised in the render's thread below
                    sound_error.append(exc)

            sound_thread = threading.Thread(target=in_scope(make_sound), name="render-sound")
            sound_thread.start()
        elif audio_path is not None:
            sg.touch(audio_path)
            tick(1)
        ctx = sg.SegmentContext(plan, paths, subjects, cancelled, tick)
        try:
            (executor or sg.LocalExecutor()).run(todo, ctx, dest)
        finally:
            ctx.close()
            if sound_thread is not None:
                sound_thread.join()
        if sound_error:
            raise sound_error[0]
        if sound_thread is not None:
            tick(1)
            if audio_path is not None and not audio_path.is_file():
                audio_path = None  # nothing to hear after all (silent clips)
        _check_parts(tasks, todo, dest, ctx, executor)
        checkpoint()
        out_path.parent.mkdir(parents=True, exist_ok=True)
        sg.concat([(dest(t), t.f0) for t in tasks], audio_path, out_path, fmt.fps)
    if progress is not None:
        progress(1.0)
    return RenderResult(
        path=out_path,
        duration_ms=round(sg.n_frames(plan) * 1000 / fmt.fps),
        width=fmt.width,
        height=fmt.height,
        size=out_path.stat().st_size,
    )


def _check_parts(
    tasks: Sequence[SegmentTask],
    todo: Sequence[SegmentTask],
    dest: Callable[[SegmentTask], Path],
    ctx: SegmentContext,
    executor: SegmentExecutor | None,
) -> None:
    """Every part is there, and every part made now passes ``segments.check_segment`` with
    the same codec header as the others. A part another executor got wrong is removed and
    rendered again here, once; a part that is wrong twice fails the render."""
    from . import segments as sg

    made = {t.key for t in todo}
    header: bytes | None = None
    for t in tasks:
        if t.key not in made and dest(t).is_file():
            header = sg.stream_header(dest(t))  # a cached part: the header to match
            break
    for t in tasks:
        path = dest(t)
        if not path.is_file():  # another executor's result, or a vanished file
            raise RenderError("render.write_failed", error=f"segment {t.index} is missing")
        if t.key in made:
            why = sg.check_segment(path, t, header)
            if why is not None and executor is not None:
                log.warning(
                    "segment %d from %s: %s; rendering it here",
                    t.index,
                    type(executor).__name__,
                    why,
                )
                path.unlink(missing_ok=True)
                try:
                    sg.LocalExecutor().run([t], ctx, dest)
                finally:
                    ctx.close()
                why = sg.check_segment(path, t, header)
            if why is not None:
                path.unlink(missing_ok=True)
                raise RenderError("render.write_failed", error=f"segment {t.index}: {why}")
            if header is None:
                header = sg.stream_header(path)
        sg.touch(path)


def _trim_heap() -> None:
    from .compose import _trim_heap as trim

    trim()


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
