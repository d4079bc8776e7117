"""The render queue: bounded concurrency, progress in percent, cancel, crash recovery.

Renders run in worker threads (the renderer spends its time in PyAV/numpy, which release
the GIL). Every state change goes to the database first, so a poll always sees the truth
and a restart can pick up where a crash left off: on ``start()`` a render left ``pending``
or ``processing`` is queued again from the beginning; one that was already interrupted
``max_attempts`` times, or whose media is gone, is marked ``failed`` with a reason. A
graceful ``stop()`` puts running renders back to ``pending`` for the next start.
"""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from nemochat.engine.messages import msg, pick_lang
from nemochat.engine.store import Store

log = logging.getLogger("nemochat.engine.jobs")

RenderFn = Callable[..., Any]


def default_concurrency() -> int:
    """1 on machines with up to 3 cores; about half the spare cores above that (max 4)."""
    cores = os.cpu_count() or 1
    return max(1, min(4, (cores - 1) // 2))


def _load_renderer() -> RenderFn | None:
    try:
        from nemochat.engine.render import render_draft
    except ImportError:
        return None
    return render_draft  # type: ignore[no-any-return]


# Bump when the renderer's output changes for the same draft (a cached file would be stale);
# the renderer's own source is part of the key too, so a changed renderer never reuses.
RENDER_CACHE_VERSION = 1


def _renderer_fingerprint() -> str:
    import hashlib

    global _FINGERPRINT
    if _FINGERPRINT is None:
        h = hashlib.sha256()
        root = Path(__file__).resolve().parent / "render"
        for p in sorted(root.rglob("*.py")):
            with contextlib.suppress(OSError):
                h.update(p.read_bytes())
        _FINGERPRINT = h.hexdigest()
    return _FINGERPRINT


_FINGERPRINT: str | None = None


def cache_key(
    draft: dict[str, Any], media_sha: dict[str, str], preset: str, preview: bool = False
) -> str:
    """A render's identity: everything that decides its bytes. Media ids become their content
    hashes; the title (only the exported file's name) does not count."""
    import hashlib
    import json

    from nemochat import __version__

    def content(value: Any) -> Any:
        if isinstance(value, dict):
            return {
                k: (media_sha.get(v, v) if k == "src" and isinstance(v, str) else content(v))
                for k, v in value.items()
            }
        if isinstance(value, list):
            return [content(v) for v in value]
        return value

    body = content(draft)
    if isinstance(body.get("m"), dict):
        body["m"] = {k: v for k, v in body["m"].items() if k != "title"}
    blob = json.dumps(
        [RENDER_CACHE_VERSION, __version__, _renderer_fingerprint(), preset, preview, body],
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def file_sha256(path: Path) -> str | None:
    """The SHA-256 of a finished render (the client compares it with a file it has)."""
    import hashlib

    h = hashlib.sha256()
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                h.update(chunk)
    except OSError:
        return None
    return h.hexdigest()


def remove_orphan_parts(folder: Path) -> int:
    """Delete ``.NAME.<pid>.<thread>.part.mp4`` files whose process no longer runs."""
    removed = 0
    for part in folder.glob(".*.part.mp4"):
        bits = part.name.split(".")
        pid = int(bits[-4]) if len(bits) >= 5 and bits[-4].isdigit() else None
        if pid is not None and pid != os.getpid() and _alive(pid):
            continue  # another engine on this home is writing it
        with contextlib.suppress(OSError):
            part.unlink()
            removed += 1
    if removed:
        log.info("removed %d partial render file(s) left by a crash", removed)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists but is not ours
    return True


# A failure that cannot succeed on retry is stored as FINAL + JSON {"en", "zh"}; the server
# answers it with ``retriable: false`` and the message in the session's language.
FINAL = "\x00final\x00"


def final_error(en: str, zh: str) -> str:
    import json

    return FINAL + json.dumps({"en": en, "zh": zh}, ensure_ascii=False)


def read_error(error: str | None, lang: str) -> tuple[str | None, dict[str, str] | None]:
    """(message in ``lang``, {"en", "zh"} when the failure is final) of a stored error."""
    import json

    if not error or not error.startswith(FINAL):
        return error, None
    try:
        both = json.loads(error[len(FINAL) :])
    except ValueError:
        return error[len(FINAL) :], None
    if not isinstance(both, dict):
        return str(both), None
    messages = {k: str(v) for k, v in both.items() if k in ("en", "zh")}
    return messages.get("zh" if lang == "zh" else "en") or next(
        iter(messages.values()), ""
    ), messages


RENDER_NICE = 5


class RenderQueue:
    PROGRESS_EVERY = 0.25  # seconds between stored progress updates, at least

    def __init__(
        self,
        store: Store,
        *,
        concurrency: int | None = None,
        preset: str = "veryfast",
        render_fn: RenderFn | None = None,
        max_attempts: int = 2,
        cache_limit: int | None = None,
    ) -> None:
        from nemochat.engine.cache import RenderCache

        self.store = store
        self.concurrency = concurrency or default_concurrency()
        self.preset = preset
        self._render_fn = render_fn
        self.max_attempts = max_attempts
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._cancel: set[str] = set()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self.segment_dir = store.root / "segments"
        # finished renders and segments, bounded in size (engine.cache_limit; cache.py)
        self.cache = RenderCache(store, self.segment_dir, limit=cache_limit)

    # ── lifecycle ───────────────────────────────────────────────────────────────
    def start(self) -> None:
        self.recover()
        for n in range(self.concurrency):
            thread = threading.Thread(target=self._worker, name=f"nemochat-render-{n}", daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self, timeout: float = 10.0) -> None:
        """Stop workers; a render in progress is cancelled and left ``pending`` for next time."""
        self._stopping.set()
        for _ in self._threads:
            self._queue.put(None)
        deadline = time.monotonic() + timeout
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        self._threads = []

    def recover(self) -> None:
        """Re-queue renders a previous run left unfinished, or fail them with a reason, and
        remove the partial files of renders whose process is gone (a kill -9)."""
        remove_orphan_parts(self.store.render_dir)
        for job in self.store.renders_with_status("pending", "processing"):
            if job.owner != self.store.instance and self.store.instance_alive(job.owner):
                continue  # another engine on this home is running it
            lang = self._lang(job.session_id)
            if job.attempts >= self.max_attempts:
                self._fail(job.id, msg("engine.render.interrupted", lang))
                continue
            missing = False
            for media in self.store.media_of(job.session_id):
                if not self.store.media_path(media).exists():
                    missing = True
            if missing or self.store.session(job.session_id) is None:
                self._fail(job.id, msg("engine.render.lost", lang))
                continue
            self.store.update_render(
                job.id, status="pending", progress=0, owner=self.store.instance
            )
            self._queue.put(job.id)
            log.info("render %s queued again after a restart", job.id)

    # ── API ─────────────────────────────────────────────────────────────────────
    def submit(self, render_id: str) -> None:
        self._queue.put(render_id)

    def cancel(self, render_id: str) -> bool:
        """Ask a render to stop. Pending ones stop at once; True if it was still running."""
        lang = "en"
        job = self.store.render(render_id, draft=False)
        if job is not None:
            lang = self._lang(job.session_id)
        with self._lock:
            self._cancel.add(render_id)
        return self.store.finish_render_if(
            render_id,
            ("pending",),
            status="cancelled",
            error=msg("engine.render.cancelled", lang),
            completed_at=time.time(),
        ) or (job is not None and job.status == "processing")

    # ── internals ───────────────────────────────────────────────────────────────
    def _lang(self, session_id: str) -> str:
        session = self.store.session(session_id)
        return pick_lang(session.language if session else None)

    def _fail(self, render_id: str, error: str) -> None:
        self.store.update_render(render_id, status="failed", error=error, completed_at=time.time())

    def _worker(self) -> None:
        # renders are background work: at nice +5 (Linux, per thread; the encoder's own
        # threads inherit it) requests keep the CPU they need while a render runs
        with contextlib.suppress(AttributeError, OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), RENDER_NICE)
        while not self._stopping.is_set():
            render_id = self._queue.get()
            if render_id is None:
                return
            try:
                self._run(render_id)
            except Exception:  # never let a worker die
                log.exception("render %s crashed the worker", render_id)
                self._fail(render_id, msg("engine.render.failed", "en", error="internal error"))

    def _from_cache(self, render_id: str, user_id: str, key: str) -> bool:
        """An identical earlier render (same draft, same media bytes, same renderer): its
        file is linked (or copied) as this render's, which completes at once."""
        hit = self.store.cached_render(user_id, key)
        if hit is None or hit.id == render_id:
            return False
        src, out = self.store.render_path(hit.id), self.store.render_path(render_id)
        if not src.exists():
            return False
        tmp = out.with_name(f".{out.stem}.{os.getpid()}.cache.part.mp4")
        try:
            try:
                os.link(src, tmp)
            except OSError:
                shutil.copyfile(src, tmp)
                os.chmod(tmp, 0o600)
            os.replace(tmp, out)
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink()
            return False
        log.info("render %s: identical to %s, reused its file", render_id, hit.id)
        from nemochat.engine.cache import touch

        touch(out)  # used now: the cache evicts the least recently used first
        return self.store.finish_render_if(
            render_id,
            ("processing",),
            status="completed",
            progress=100,
            size=out.stat().st_size,
            duration_ms=hit.duration_ms,
            sha256=hit.sha256 or file_sha256(out),
            completed_at=time.time(),
        )

    def _attach(self, render_id: str, user_id: str, key: str, lang: str) -> bool:
        """The same content is being rendered by another worker (a second export of the same
        timeline): follow its progress and take its file, instead of rendering it twice.
        False when there is no such render, or it ended without a file (render it here)."""
        twin = self.store.running_twin(user_id, key, render_id)
        if twin is None:
            return False
        log.info("render %s: same content as %s, which is running; attached", render_id, twin.id)
        shown = 1
        while True:
            if self._is_cancelled(render_id):
                if self._stopping.is_set() and render_id not in self._cancel:
                    self.store.finish_render_if(
                        render_id, ("processing",), status="pending", progress=0
                    )
                else:
                    self.store.finish_render_if(
                        render_id,
                        ("processing",),
                        status="cancelled",
                        error=msg("engine.render.cancelled", lang),
                        completed_at=time.time(),
                    )
                return True
            now = self.store.render(twin.id, draft=False)
            if now is None or now.status != "processing":
                break
            if now.progress > shown:
                shown = now.progress
                self.store.finish_render_if(render_id, ("processing",), progress=min(99, shown))
            time.sleep(0.2)
        return self._from_cache(render_id, user_id, key)

    def _is_cancelled(self, render_id: str) -> bool:
        with self._lock:
            return render_id in self._cancel or self._stopping.is_set()

    def _run(self, render_id: str) -> None:
        peek = self.store.render(render_id, draft=False)  # cancelled ones: no draft decoded
        if peek is None or peek.status != "pending":
            return
        job = self.store.render(render_id)
        if job is None or job.status != "pending":
            return
        lang = self._lang(job.session_id)
        render_fn = self._render_fn or _load_renderer()
        if render_fn is None:
            self._fail(render_id, msg("engine.render.unavailable", lang))
            return
        if not self.store.finish_render_if(
            render_id,
            ("pending",),
            status="processing",
            progress=1,
            attempts=job.attempts + 1,
            started_at=time.time(),
        ):
            return  # cancelled meanwhile
        uploads = self.store.media_of(job.session_id)
        media = {m.id: self.store.media_path(m) for m in uploads}
        preview = bool(isinstance(job.output, dict) and job.output.get("preview") is True)
        key = cache_key(job.draft, {m.id: m.sha256 for m in uploads}, self.preset, preview)
        self.store.update_render(render_id, cache_key=key)
        if self._from_cache(render_id, job.user_id, key):
            return
        if self._attach(render_id, job.user_id, key, lang):
            return

        def resolve(media_id: str) -> Path:
            return media[media_id]  # KeyError for anything not in this session

        last = [1, 0.0]  # percent stored, when

        def progress(fraction: float) -> None:
            # at most four writes a second: a poll sees it just as soon, and small fast
            # renders do not take the database's write lock a hundred times a second
            percent = max(1, min(99, int(float(fraction) * 100)))
            now = time.monotonic()
            if percent != last[0] and now - last[1] >= self.PROGRESS_EVERY:
                last[0], last[1] = percent, now
                self.store.finish_render_if(render_id, ("processing",), progress=percent)

        out = self.store.render_path(render_id)
        try:
            result = render_fn(
                job.draft,
                resolve=resolve,
                out_path=out,
                progress=progress,
                cancelled=lambda: self._is_cancelled(render_id),
                preset=self.preset,
                subjects=self.store,  # where each photo's subject is, kept with the media
                # segments and sound cached by what they depend on: a re-render after an
                # edit encodes only what changed (render/segments.py)
                segment_dir=self.segment_dir,
                preview=preview,
            )
        except Exception as exc:
            out.unlink(missing_ok=True)
            if type(exc).__name__ == "RenderCancelled" or self._is_cancelled(render_id):
                if self._stopping.is_set() and render_id not in self._cancel:
                    # engine shutting down: run it again next time
                    self.store.finish_render_if(
                        render_id, ("processing",), status="pending", progress=0
                    )
                else:
                    self.store.finish_render_if(
                        render_id,
                        ("processing",),
                        status="cancelled",
                        error=msg("engine.render.cancelled", lang),
                        completed_at=time.time(),
                    )
                return
            describe = getattr(exc, "message", None)
            # never the engine's own paths in what the client reads: media by upload name
            names = {str(self.store.media_path(m)): m.filename for m in uploads}
            if type(exc).__name__ == "RenderError" and callable(describe):
                # the draft or its media cannot be rendered (missing glyphs, an invalid draft,
                # an unreadable photo): trying again cannot help, so say so, in both languages
                error = final_error(
                    self.store.scrub(str(describe("en")), names),
                    self.store.scrub(str(describe("zh")), names),
                )
            else:
                log.exception("render %s failed", render_id)
                text = self.store.scrub(str(exc), names)[:300] or type(exc).__name__
                error = msg("engine.render.failed", lang, error=text)
            self.store.finish_render_if(
                render_id,
                ("processing",),
                status="failed",
                error=error,
                completed_at=time.time(),
            )
            return
        size = out.stat().st_size if out.exists() else None
        done = self.store.finish_render_if(
            render_id,
            ("processing",),
            status="completed",
            progress=100,
            size=size,
            duration_ms=getattr(result, "duration_ms", None),
            sha256=file_sha256(out) if out.exists() else None,
            completed_at=time.time(),
        )
        if done:
            self.evict()

    def evict(self) -> None:
        """Keep the render cache within its limit (after each completed render)."""
        try:
            self.cache.evict()
        except Exception:  # a cache problem must never fail a finished render
            log.exception("render cache eviction failed")
