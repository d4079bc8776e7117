"""The engine's render cache: finished renders and cached segments, bounded in size.

Everything the renderer keeps to avoid work is a file: finished videos in ``renders/``
(``<render_id>.mp4``, several names may share one file through hard links) and the parts of
segmented renders in ``segments/`` (``v_<key>.mp4`` video segments, ``a_<key>.m4a`` sound).
Together they are one least-recently-used cache bounded by ``engine.cache_limit`` in the
home folder's ``config.json`` (bytes, or a string such as ``"4GB"`` / ``"500 MB"``; default
4 GiB). A file's last use is its modification time: a render's file is touched when it is
reused or downloaded, a segment when a render reuses it.

Two kinds of file are never removed:

- each session's **latest export** (its newest completed render that is not a preview), so
  the user can always download again what they exported last;
- anything a render that is still running may be using (files used since the oldest running
  render started), so a render never loses a part it is about to join.

Eviction runs after each completed render (``jobs.RenderQueue``); ``clear()`` removes every
file that may go (``POST /api/engine/cache/clear``). A render whose file was evicted stays in
the database as completed; asking for its file says it was removed to free space.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nemochat.engine.store import Render, Store

log = logging.getLogger("nemochat.engine.cache")

DEFAULT_LIMIT = 4 * 1024**3  # 4 GiB
_UNITS = {
    "": 1,
    "b": 1,
    "k": 1000,
    "kb": 1000,
    "kib": 1024,
    "m": 1000**2,
    "mb": 1000**2,
    "mib": 1024**2,
    "g": 1000**3,
    "gb": 1000**3,
    "gib": 1024**3,
    "t": 1000**4,
    "tb": 1000**4,
    "tib": 1024**4,
}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$")


def parse_size(value: Any) -> int | None:
    """Bytes from ``4294967296``, ``"4GB"``, ``"4 GiB"``, ``"500mb"``; None if unreadable."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return int(value) if value >= 0 else None
    if isinstance(value, str):
        m = _SIZE.match(value)
        if m and m.group(2).lower() in _UNITS:
            return int(float(m.group(1)) * _UNITS[m.group(2).lower()])
    return None


def configured_limit(home: Path) -> int:
    """``engine.cache_limit`` from ``<home>/config.json`` (``{"engine": {"cache_limit": …}}``),
    else 4 GiB."""
    from nemochat.config import read_json

    with contextlib.suppress(Exception):
        data = read_json(Path(home) / "config.json")
        if isinstance(data, dict):
            engine = data.get("engine")
            raw = engine.get("cache_limit") if isinstance(engine, dict) else None
            limit = parse_size(raw)
            if limit is not None:
                return limit
            if raw is not None:
                log.warning("engine.cache_limit %r is not a size; using 4 GiB", raw)
    return DEFAULT_LIMIT


@dataclass
class Entry:
    """One cached file."""

    path: Path
    kind: str  # "render" | "segment" | "sound"
    size: int
    used: float  # last use (mtime)
    inode: tuple[int, int]
    render_id: str | None = None
    session_id: str | None = None
    keep: str | None = None  # why it may not go: "latest" | "in_use"

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "name": self.path.name,
            "bytes": self.size,
            "last_used": round(self.used, 3),
            "render_id": self.render_id,
            "session_id": self.session_id,
            "kept": self.keep,
        }


def is_preview(job: Render) -> bool:
    return isinstance(job.output, dict) and job.output.get("preview") is True


class RenderCache:
    """The size-bounded LRU over ``renders/`` and ``segments/`` (see the module docs)."""

    def __init__(
        self, store: Store, segment_dir: Path, *, home: Path | None = None, limit: int | None = None
    ) -> None:
        self.store = store
        self.segment_dir = Path(segment_dir)
        self.home = Path(home) if home is not None else store.root.parent
        self._limit = limit
        self._lock = threading.Lock()

    @property
    def limit(self) -> int:
        return self._limit if self._limit is not None else configured_limit(self.home)

    # ── what is there ───────────────────────────────────────────────────────────
    def _latest_exports(self, completed: list[Render]) -> set[str]:
        latest: dict[str, Render] = {}
        for job in completed:  # oldest first: the last one seen per session wins
            if not is_preview(job):
                latest[job.session_id] = job
        return {job.id for job in latest.values()}

    def _busy_since(self) -> float | None:
        """When the oldest render still running started (its parts are in use since then)."""
        running = self.store.renders_with_status("processing")
        starts = [job.started_at or job.created_at for job in running]
        return min(starts) - 1.0 if starts else None

    def entries(self) -> list[Entry]:
        completed = self.store.completed_renders()
        latest = self._latest_exports(completed)
        busy = self._busy_since()
        out: list[Entry] = []
        for job in completed:
            path = self.store.render_path(job.id)
            try:
                st = path.stat()
            except OSError:
                continue  # evicted before, or never written
            out.append(
                Entry(
                    path,
                    "render",
                    st.st_size,
                    st.st_mtime,
                    (st.st_dev, st.st_ino),
                    job.id,
                    job.session_id,
                    "latest" if job.id in latest else None,
                )
            )
        if self.segment_dir.is_dir():
            for path in self.segment_dir.iterdir():
                name = path.name
                if name.startswith(".") or not name.startswith(("v_", "a_")):
                    continue  # a part being written, or not ours
                try:
                    st = path.stat()
                except OSError:
                    continue
                kind = "segment" if name.startswith("v_") else "sound"
                out.append(Entry(path, kind, st.st_size, st.st_mtime, (st.st_dev, st.st_ino)))
        if busy is not None:
            for e in out:
                if e.keep is None and e.used >= busy:
                    e.keep = "in_use"
        # another name of a kept file frees nothing when it goes (hard links): keep it too
        kept = {e.inode: e.keep for e in out if e.keep}
        for e in out:
            if e.keep is None and e.inode in kept:
                e.keep = kept[e.inode]
        return out

    @staticmethod
    def _bytes(entries: list[Entry]) -> int:
        """Bytes on disk: files linked under several names count once."""
        return sum({e.inode: e.size for e in entries}.values())

    def usage(self) -> dict[str, Any]:
        entries = self.entries()
        kept = [e for e in entries if e.keep]
        by_kind: dict[str, dict[str, int]] = {}
        for kind in ("render", "segment", "sound"):
            some = [e for e in entries if e.kind == kind]
            by_kind[kind + "s"] = {"entries": len(some), "bytes": self._bytes(some)}
        return {
            "entries": len(entries),
            "bytes": self._bytes(entries),
            "limit": self.limit,
            "kept_bytes": self._bytes(kept),
            "kept_entries": len(kept),
            **by_kind,
        }

    # ── making room ─────────────────────────────────────────────────────────────
    def _remove(self, entries: list[Entry], victims: list[Entry]) -> tuple[int, int]:
        """Delete ``victims``; (files removed, bytes freed on disk)."""
        before = self._bytes(entries)
        gone: set[Path] = set()
        for e in victims:
            try:
                e.path.unlink()
            except FileNotFoundError:
                pass
            except OSError as exc:
                log.warning("cache: could not remove %s: %s", e.path.name, exc)
                continue
            gone.add(e.path)
        after = self._bytes([e for e in entries if e.path not in gone])
        return len(gone), before - after

    def evict(self) -> dict[str, Any]:
        """Remove the least recently used files until the cache fits its limit."""
        with self._lock:
            entries = self.entries()
            limit = self.limit
            total = self._bytes(entries)
            if total <= limit:
                return {"removed": 0, "freed_bytes": 0, "bytes": total, "limit": limit}
            # a file linked under several names is freed only when its last name goes
            names: dict[tuple[int, int], int] = {}
            for e in entries:
                names[e.inode] = names.get(e.inode, 0) + 1
            victims: list[Entry] = []
            for e in sorted((e for e in entries if not e.keep), key=lambda e: e.used):
                if total <= limit:
                    break
                victims.append(e)
                names[e.inode] -= 1
                if names[e.inode] == 0:
                    total -= e.size
            removed, freed = self._remove(entries, victims)
            if removed:
                log.info(
                    "cache: removed %d file(s), %d bytes freed (limit %d)", removed, freed, limit
                )
            return {"removed": removed, "freed_bytes": freed, "bytes": total, "limit": limit}

    def clear(self) -> dict[str, Any]:
        """Remove every file that may go: all but each session's latest export (and what a
        running render uses)."""
        with self._lock:
            entries = self.entries()
            victims = [e for e in entries if not e.keep]
            removed, freed = self._remove(entries, victims)
            left = [e for e in entries if e.path.exists()]
            return {
                "removed": removed,
                "freed_bytes": freed,
                "kept": len(left),
                "bytes": self._bytes(left),
                "limit": self.limit,
            }


def touch(path: Path) -> None:
    """Mark a cached file as used now."""
    with contextlib.suppress(OSError):
        now = time.time()
        os.utime(path, (now, now))
