"""The engine's storage: one SQLite database (WAL) plus media and render files on disk.

Layout under ``<home>/engine/``::

    engine.db                     users, tokens (hashed), sessions, media, drafts, renders
    drafts/<instance>.<render_id>.<random>.json   a render request's draft (renders.draft_file)
    media/<session_id>/<sha256>.<ext>   uploads, named by content hash (never the client's name)
    renders/<render_id>.mp4       finished renders
    tmp/                          uploads being received (removed on success or failure)

Drafts keep their whole history: ``draft_versions`` holds every saved version of a session's
draft and ``sessions.draft_pos`` points at the current one (0 = no draft yet). Undo and
redo move the pointer; saving after an undo drops the versions above the pointer, like
any editor. The pointer is in the database, so it survives restarts.

Tokens are stored only as SHA-256 digests, so the database never holds a usable secret.
Client ids (what a client presents to get a token) are stored only as HMAC-SHA256 digests
keyed with ``client_id.key``, a random secret kept next to the database (mode 0600) and never
in it: a copied ``engine.db`` gives neither tokens nor client ids that mint one.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import hmac
import json
import logging
import os
import queue
import secrets
import shutil
import sqlite3
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

from nemochat.config import ensure_private_dir

log = logging.getLogger("nemochat.engine")

# A render's row is small and changes often (progress, status); its draft, up to the request
# limit (megabytes), is written once to a file of its own, outside the database and outside
# its write lock. SQLite rewrites a whole row on every UPDATE and walks a big value's overflow
# pages to reach the columns after it, so a draft kept in the row made every progress update a
# multi-megabyte write holding the write lock, and every poll a walk through it; and storing
# it in a table still held the one write lock while megabytes were committed (issue 14: a new
# token waited 0.8 s behind other users' 2 MB drafts).
RENDERS_TABLE = """CREATE TABLE IF NOT EXISTS {name} (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id),
    user_id TEXT NOT NULL,
    status TEXT NOT NULL,
    progress INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    output TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    size INTEGER,
    duration_ms INTEGER,
    url_key TEXT UNIQUE NOT NULL,
    created_at REAL NOT NULL,
    started_at REAL,
    completed_at REAL,
    owner TEXT,
    cache_key TEXT,
    sha256 TEXT,
    draft_file TEXT
);"""
RENDER_COLUMNS = (
    "id, session_id, user_id, status, progress, error, output, attempts, size, duration_ms,"
    " url_key, created_at, started_at, completed_at, owner, cache_key, sha256, draft_file"
)

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id TEXT PRIMARY KEY,
    client_id TEXT UNIQUE,
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS tokens (
    digest TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    created_at REAL NOT NULL,
    expires_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    task_id TEXT UNIQUE NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id),
    task_name TEXT NOT NULL,
    language TEXT NOT NULL,
    draft_pos INTEGER NOT NULL DEFAULT 0,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_user ON sessions(user_id);
CREATE TABLE IF NOT EXISTS media (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id),
    sha256 TEXT NOT NULL,
    filename TEXT NOT NULL,
    file_type TEXT NOT NULL,
    ext TEXT NOT NULL,
    mime TEXT NOT NULL,
    size INTEGER NOT NULL,
    width INTEGER,
    height INTEGER,
    duration REAL,
    fps REAL,
    url_key TEXT UNIQUE NOT NULL,
    created_at REAL NOT NULL,
    UNIQUE(session_id, sha256)
);
CREATE TABLE IF NOT EXISTS draft_versions (
    session_id TEXT NOT NULL REFERENCES sessions(id),
    pos INTEGER NOT NULL,
    draft TEXT NOT NULL,
    ops TEXT NOT NULL,
    created_at REAL NOT NULL,
    PRIMARY KEY(session_id, pos)
);
{renders}
CREATE INDEX IF NOT EXISTS renders_status ON renders(status);
CREATE TABLE IF NOT EXISTS media_beats (
    sha256 TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS media_subjects (
    key TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    created_at REAL NOT NULL
);
""".replace("{renders}", RENDERS_TABLE.format(name="renders"))


class RenderQuota(Exception):
    """The user already has the most pending or running renders allowed."""

    def __init__(self, queued: int) -> None:
        super().__init__(queued)
        self.queued = queued


_ANALYSIS = threading.BoundedSemaphore(1)  # one beat analysis at a time (CPU-bound)


def _hold_lock(path: Path) -> IO[str]:
    """Create and exclusively lock ``path`` for as long as the returned file stays open."""
    fh = path.open("w")
    with contextlib.suppress(OSError):
        path.chmod(0o600)
    if fcntl is not None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    return fh


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


CLIENT_DIGEST_PREFIX = "h1:"  # marks a keyed digest (older databases stored the id itself)


def _client_key(path: Path) -> bytes:
    """The secret that keys client-id digests: read, or created once (0600, never in the DB)."""
    with contextlib.suppress(FileNotFoundError):
        key = path.read_bytes()
        if len(key) >= 32:
            return key
    key = secrets.token_bytes(32)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, key)
        os.fsync(fd)
    finally:
        os.close(fd)
    try:  # two engines starting at once on one home: the first key written wins
        os.link(tmp, path)
    except FileExistsError:
        key = path.read_bytes()
    finally:
        tmp.unlink(missing_ok=True)
    return key


@dataclass(frozen=True)
class User:
    id: str
    client_id: str | None


@dataclass(frozen=True)
class Session:
    id: str
    task_id: str
    user_id: str
    task_name: str
    language: str
    draft_pos: int
    created_at: float
    updated_at: float


@dataclass(frozen=True)
class Media:
    id: str
    session_id: str
    sha256: str
    filename: str
    file_type: str
    ext: str
    mime: str
    size: int
    width: int | None
    height: int | None
    duration: float | None
    fps: float | None
    url_key: str
    created_at: float


@dataclass(frozen=True)
class Render:
    id: str
    session_id: str
    user_id: str
    status: str
    progress: int
    error: str | None
    draft: dict[str, Any]
    output: dict[str, Any]
    attempts: int
    size: int | None
    duration_ms: int | None
    url_key: str
    created_at: float
    started_at: float | None
    completed_at: float | None
    owner: str | None = None  # the engine instance that queued or runs it
    cache_key: str | None = None  # hash of everything that decides the file's bytes
    sha256: str | None = None  # of the finished file (the client skips a download it has)
    draft_file: str | None = None  # name of the draft's file in drafts/ (None: pruned)


class Store:
    """Thread-safe access to the engine database (one connection guarded by a lock)."""

    def __init__(self, root: Path) -> None:
        self.root = ensure_private_dir(root)
        self.media_dir = ensure_private_dir(root / "media")
        self.render_dir = ensure_private_dir(root / "renders")
        self.draft_dir = ensure_private_dir(root / "drafts")
        # Several engines may share one home (two nemochat windows). Each holds a lock file
        # for its lifetime; its temp uploads and renders belong to it until that lock is free.
        self.instance = secrets.token_hex(6)
        self._locks = ensure_private_dir(root / "locks")
        self._lock_file = _hold_lock(self._locks / f"{self.instance}.lock")
        tmp_root = ensure_private_dir(root / "tmp")
        self.tmp_dir = ensure_private_dir(tmp_root / self.instance)
        self._lock = threading.RLock()
        self._beat_gates: dict[str, threading.Lock] = {}
        self._db = sqlite3.connect(
            root / "engine.db", check_same_thread=False, isolation_level=None, timeout=30
        )
        self._db.row_factory = sqlite3.Row
        with contextlib.suppress(OSError):
            (root / "engine.db").chmod(0o600)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.executescript(SCHEMA)
        self._migrate_renders()
        self._db.execute("CREATE INDEX IF NOT EXISTS renders_cache ON renders(cache_key)")
        self._db.execute("CREATE INDEX IF NOT EXISTS renders_user ON renders(user_id, created_at)")
        # reads go through a pool of connections of their own: in WAL mode they never wait
        # for a write (a big draft being stored, a checkpoint), and with several of them not
        # for each other either (a worker reading a 2 MB draft), so a token check or a poll
        # on the event loop stays fast whatever else runs
        self._idle_readers: queue.LifoQueue[sqlite3.Connection] = queue.LifoQueue()
        self._readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()
        # checkpoints (copying the WAL into the database) run on a thread of their own, not
        # inside whichever commit crosses the WAL limit while holding the write lock
        self._db.execute("PRAGMA wal_autocheckpoint=0")
        self._stop_checkpoints = threading.Event()
        self._checkpointer = threading.Thread(
            target=self._checkpoints, name="nemochat-checkpoint", daemon=True
        )
        self._checkpointer.start()
        self._client_key = _client_key(root / "client_id.key")
        self._hash_plain_client_ids()
        self._remove_orphan_drafts()
        # leftovers of uploads interrupted by a crash (only of engines no longer running)
        for leftover in tmp_root.iterdir():
            if leftover.name != self.instance and not self.instance_alive(leftover.name):
                with contextlib.suppress(OSError):
                    if leftover.is_dir():
                        shutil.rmtree(leftover)
                    else:
                        leftover.unlink()

    def _migrate_renders(self) -> None:
        """Bring a database written by an earlier version to today's ``renders`` table:
        columns added since, and drafts moved out of the row into files."""
        columns = {r[1] for r in self._db.execute("PRAGMA table_info(renders)")}
        for added in ("owner", "cache_key", "sha256", "draft_file"):
            if added not in columns:
                self._db.execute(f"ALTER TABLE renders ADD COLUMN {added} TEXT")
        if "draft" not in columns:
            return
        moved: dict[str, str] = {}
        for row in self._db.execute("SELECT id, draft FROM renders WHERE draft != '{}'"):
            moved[row["id"]] = self._write_draft(row["id"], row["draft"])
        # the table is rebuilt (works on any SQLite, unlike DROP COLUMN before 3.35)
        with self._tx() as db:
            db.execute(RENDERS_TABLE.format(name="renders_new"))
            db.execute(
                f"INSERT INTO renders_new({RENDER_COLUMNS}) SELECT {RENDER_COLUMNS} FROM renders"
            )
            db.executemany(
                "UPDATE renders_new SET draft_file = ? WHERE id = ?",
                [(name, rid) for rid, name in moved.items()],
            )
            db.execute("DROP TABLE renders")
            db.execute("ALTER TABLE renders_new RENAME TO renders")
            db.execute("CREATE INDEX IF NOT EXISTS renders_status ON renders(status)")
        log.info("%d render drafts moved out of the database", len(moved))

    def _write_draft(self, render_id: str, text: str) -> str:
        """Write a render's draft to a new file of its own; its name (unique, never reused)."""
        name = f"{self.instance}.{render_id}.{secrets.token_hex(6)}.json"
        tmp = self.draft_dir / f".{name}.part"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with open(fd, "w", encoding="utf-8") as out:
                out.write(text)
            os.replace(tmp, self.draft_dir / name)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        return name

    def _drop_drafts(self, names: list[str]) -> None:
        for name in names:
            with contextlib.suppress(OSError):
                (self.draft_dir / name).unlink()

    def _remove_orphan_drafts(self) -> None:
        """Draft files no render points at, left by engines no longer running (a crash
        between writing the file and recording the render, or while pruning)."""
        kept = {r[0] for r in self._db.execute("SELECT draft_file FROM renders") if r[0]}
        for path in self.draft_dir.iterdir():
            owner = path.name.lstrip(".").split(".", 1)[0]
            if path.name in kept or owner == self.instance or self.instance_alive(owner):
                continue
            with contextlib.suppress(OSError):
                path.unlink()

    def private_roots(self) -> list[Path]:
        """Folders whose paths must not appear in a message: the engine's data, its home,
        the temp folder and the account's home (they say who and where the server is)."""
        roots = [self.root, self.root.parent, Path(tempfile.gettempdir())]
        with contextlib.suppress(RuntimeError, KeyError):
            roots.append(Path.home())
        return roots

    def scrub(self, text: str, names: dict[str, str] | None = None) -> str:
        """``text`` with the engine's own paths replaced by file names (upload names for
        stored media)."""
        from nemochat.engine.errors import scrub_paths

        return scrub_paths(text, self.private_roots(), names)

    WAL_CHECKPOINT_BYTES = 4 * 1024 * 1024

    def _checkpoints(self) -> None:
        wal = self.root / "engine.db-wal"
        try:
            conn = sqlite3.connect(
                self.root / "engine.db", check_same_thread=False, isolation_level=None, timeout=30
            )
        except sqlite3.Error:
            log.warning("no checkpoint thread; checkpoints stay in commits", exc_info=True)
            with contextlib.suppress(sqlite3.Error), self._lock:
                self._db.execute("PRAGMA wal_autocheckpoint=1000")
            return
        try:
            while not self._stop_checkpoints.wait(0.25):
                try:
                    if wal.stat().st_size > self.WAL_CHECKPOINT_BYTES:
                        conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
                except (OSError, sqlite3.Error):
                    continue
        finally:
            conn.close()

    def instance_alive(self, instance: str | None) -> bool:
        """Whether the engine ``instance`` is still running (its lock file is held)."""
        if not instance:
            return False
        if instance == self.instance:
            return True
        if fcntl is None:  # no advisory locks here: treat other engines as gone
            return False
        path = self._locks / f"{instance}.lock"
        try:
            fd = os.open(path, os.O_RDWR)
        except OSError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return True
        finally:
            os.close(fd)
        with contextlib.suppress(OSError):
            path.unlink()
        return False

    def close(self) -> None:
        self._stop_checkpoints.set()
        self._checkpointer.join(5)
        with self._readers_lock:
            for reader in self._readers:
                reader.close()
            self._readers.clear()
        with self._lock:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("PRAGMA wal_checkpoint(PASSIVE)")
            self._db.close()
        shutil.rmtree(self.tmp_dir, ignore_errors=True)
        with contextlib.suppress(OSError):
            (self._locks / f"{self.instance}.lock").unlink()
        with contextlib.suppress(OSError):
            self._lock_file.close()

    @contextlib.contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _one(self, sql: str, args: tuple[Any, ...] = ()) -> sqlite3.Row | None:
        with self._reading() as conn:
            row: sqlite3.Row | None = conn.execute(sql, args).fetchone()
            return row

    def _all(self, sql: str, args: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._reading() as conn:
            return list(conn.execute(sql, args).fetchall())

    READERS = 6  # read connections at most; past that a read waits for one to be free

    @contextlib.contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """A read-only connection of the pool, opened when all the open ones are in use."""
        try:
            conn = self._idle_readers.get_nowait()
        except queue.Empty:
            with self._readers_lock:
                opened = len(self._readers) < self.READERS
                if opened:
                    conn = sqlite3.connect(
                        self.root / "engine.db",
                        check_same_thread=False,
                        isolation_level=None,
                        timeout=30,
                    )
                    conn.row_factory = sqlite3.Row
                    conn.execute("PRAGMA query_only=ON")
                    self._readers.append(conn)
            if not opened:
                conn = self._idle_readers.get()
        try:
            yield conn
        finally:
            self._idle_readers.put(conn)

    # ── users and tokens ────────────────────────────────────────────────────────
    def client_digest(self, client_id: str) -> str:
        """What is stored for a client id: its HMAC-SHA256 under the engine's key."""
        mac = hmac.new(self._client_key, client_id.encode("utf-8"), hashlib.sha256)
        return CLIENT_DIGEST_PREFIX + mac.hexdigest()

    def _hash_plain_client_ids(self) -> None:
        """Databases written before client ids were hashed: replace each id by its digest."""
        with self._tx() as db:
            rows = db.execute(
                "SELECT id, client_id FROM users WHERE client_id IS NOT NULL"
                " AND (substr(client_id, 1, 3) != ? OR length(client_id) != 67)",
                (CLIENT_DIGEST_PREFIX,),
            ).fetchall()
            for row in rows:
                db.execute(
                    "UPDATE users SET client_id = ? WHERE id = ?",
                    (self.client_digest(row["client_id"]), row["id"]),
                )

    def issue_token(self, client_id: str, ttl: float) -> tuple[str, str, float]:
        """A new token for the user bound to ``client_id`` (created on first use).

        Returns ``(token, user_id, expires_at)``; only the token's digest is stored.
        """
        now = time.time()
        token = "nmv_usr_" + secrets.token_urlsafe(30)
        digest = self.client_digest(client_id)
        with self._tx() as db:
            row = db.execute("SELECT id FROM users WHERE client_id = ?", (digest,)).fetchone()
            if row is None:
                user_id = "anon_" + secrets.token_hex(8)
                db.execute(
                    "INSERT INTO users(id, client_id, created_at) VALUES (?, ?, ?)",
                    (user_id, digest, now),
                )
            else:
                user_id = row["id"]
            expires = now + ttl
            db.execute(
                "INSERT INTO tokens(digest, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
                (token_digest(token), user_id, now, expires),
            )
        return token, user_id, expires

    def token_user(self, token: str) -> tuple[str, float] | None:
        """``(user_id, expires_at)`` for a token, or None if unknown."""
        row = self._one(
            "SELECT user_id, expires_at FROM tokens WHERE digest = ?", (token_digest(token),)
        )
        return (row["user_id"], row["expires_at"]) if row else None

    # ── sessions ────────────────────────────────────────────────────────────────
    def create_session(self, user_id: str, task_name: str, language: str) -> Session:
        now = time.time()
        with self._tx() as db:
            while True:
                # numeric string ids, like the cloud's
                sid = str(secrets.randbelow(9 * 10**18) + 10**18)
                if db.execute("SELECT 1 FROM sessions WHERE id = ?", (sid,)).fetchone() is None:
                    break
            task_id = "task_" + secrets.token_hex(8)
            db.execute(
                "INSERT INTO sessions(id, task_id, user_id, task_name, language, draft_pos,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)",
                (sid, task_id, user_id, task_name, language, now, now),
            )
        session = self.session(sid)
        assert session is not None
        return session

    def session(self, session_id: str) -> Session | None:
        row = self._one("SELECT * FROM sessions WHERE id = ?", (session_id,))
        return Session(**dict(row)) if row else None

    def sessions_of(self, user_id: str) -> list[Session]:
        rows = self._all(
            "SELECT * FROM sessions WHERE user_id = ? ORDER BY updated_at DESC, created_at DESC",
            (user_id,),
        )
        return [Session(**dict(r)) for r in rows]

    def touch(self, session_id: str) -> None:
        with self._tx() as db:
            db.execute("UPDATE sessions SET updated_at = ? WHERE id = ?", (time.time(), session_id))

    # ── media ───────────────────────────────────────────────────────────────────
    def media_path(self, media: Media) -> Path:
        return self.media_dir / media.session_id / f"{media.sha256}.{media.ext}"

    def add_media(
        self,
        session_id: str,
        tmp_file: Path,
        *,
        sha256: str,
        filename: str,
        file_type: str,
        ext: str,
        mime: str,
        size: int,
        width: int | None,
        height: int | None,
        duration: float | None,
        fps: float | None,
    ) -> Media:
        """Move a checked upload into place and record it (same content twice → same media)."""
        existing = self._one(
            "SELECT * FROM media WHERE session_id = ? AND sha256 = ?", (session_id, sha256)
        )
        folder = ensure_private_dir(self.media_dir / session_id)
        dest = folder / f"{sha256}.{ext}"
        if existing is not None:
            media = Media(**dict(existing))
            if not self.media_path(media).exists():  # file lost since: put it back
                tmp_file.chmod(0o600)
                tmp_file.replace(self.media_path(media))
            else:
                tmp_file.unlink(missing_ok=True)
            return media
        tmp_file.chmod(0o600)
        tmp_file.replace(dest)
        media_id = "med_" + hashlib.sha256(f"{session_id}:{sha256}".encode()).hexdigest()[:16]
        now = time.time()
        with self._tx() as db:
            db.execute(
                "INSERT OR IGNORE INTO media(id, session_id, sha256, filename, file_type, ext, mime, size,"
                " width, height, duration, fps, url_key, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    media_id,
                    session_id,
                    sha256,
                    filename,
                    file_type,
                    ext,
                    mime,
                    size,
                    width,
                    height,
                    duration,
                    fps,
                    secrets.token_urlsafe(18),
                    now,
                ),
            )
            db.execute("UPDATE sessions SET updated_at = ? WHERE id = ?", (now, session_id))
        # (OR IGNORE: the same content arriving twice at once is still one media)
        row = self._one("SELECT * FROM media WHERE id = ?", (media_id,))
        assert row is not None
        return Media(**dict(row))

    # ── where a photo's subject is (render/motion.py), kept with the media by content ──
    def subject(self, key: str) -> dict[str, Any] | None:
        row = self._one("SELECT data FROM media_subjects WHERE key = ?", (key,))
        return json.loads(row["data"]) if row else None

    def put_subject(self, key: str, data: dict[str, Any]) -> None:
        with self._tx() as db:
            db.execute(
                "INSERT OR REPLACE INTO media_subjects(key, data, created_at) VALUES (?, ?, ?)",
                (key, json.dumps(data), time.time()),
            )

    # ── beats of music, kept with the media (by content, so every session shares them) ──
    def cached_beats(self, sha256: str) -> dict[str, Any] | None:
        row = self._one("SELECT data FROM media_beats WHERE sha256 = ?", (sha256,))
        return json.loads(row["data"]) if row else None

    def media_beats(self, media: Media) -> dict[str, Any] | None:
        """Tempo and beats of an audio upload (``Beats.to_json()``), computed on first use.

        Computed once per content hash and kept in the database, so later edits, other
        sessions and restarts reuse them. Bounded: at most the first 10 minutes of a file
        are analysed (render/beats.py). A file that cannot be decoded is remembered as
        having no beats. ``None`` for anything but audio.
        """
        if media.file_type != "audio":
            return None
        cached = self.cached_beats(media.sha256)
        if cached is not None:
            return cached
        with self._lock:
            gate = self._beat_gates.setdefault(media.sha256, threading.Lock())
        with gate:  # one analysis per file even when an upload and a turn ask at once
            cached = self.cached_beats(media.sha256)
            if cached is not None:
                return cached
            from nemochat.engine.render.beats import Beats, analyse_file

            try:
                with _ANALYSIS:
                    data = analyse_file(self.media_path(media)).to_json()
            except Exception:  # undecodable or missing: no beats, and do not retry each turn
                data = Beats(0.0, (), 0).to_json()
            with self._tx() as db:
                db.execute(
                    "INSERT OR REPLACE INTO media_beats(sha256, data, created_at) VALUES (?, ?, ?)",
                    (media.sha256, json.dumps(data), time.time()),
                )
        with self._lock:
            self._beat_gates.pop(media.sha256, None)
        return data

    def media_of(self, session_id: str) -> list[Media]:
        rows = self._all(
            "SELECT * FROM media WHERE session_id = ? ORDER BY created_at, rowid", (session_id,)
        )
        return [Media(**dict(r)) for r in rows]

    def remove_media(self, session_id: str, media_id: str) -> Media | None:
        """Delete one upload of a session (record and file); the removed media, or None."""
        row = self._one(
            "SELECT * FROM media WHERE session_id = ? AND id = ?", (session_id, media_id)
        )
        if row is None:
            return None
        media = Media(**dict(row))
        with self._tx() as db:
            db.execute("DELETE FROM media WHERE id = ?", (media_id,))
            db.execute("UPDATE sessions SET updated_at = ? WHERE id = ?", (time.time(), session_id))
        self.media_path(media).unlink(missing_ok=True)
        return media

    def media_by_key(self, url_key: str) -> Media | None:
        row = self._one("SELECT * FROM media WHERE url_key = ?", (url_key,))
        return Media(**dict(row)) if row else None

    # ── drafts and their history ────────────────────────────────────────────────
    def draft(self, session_id: str, pos: int | None = None) -> dict[str, Any] | None:
        """The current draft (or the one at ``pos``); None before the first save."""
        if pos is None:
            session = self.session(session_id)
            if session is None:
                return None
            pos = session.draft_pos
        if pos <= 0:
            return None
        row = self._one(
            "SELECT draft FROM draft_versions WHERE session_id = ? AND pos = ?", (session_id, pos)
        )
        return json.loads(row["draft"]) if row else None

    def save_draft(self, session_id: str, draft: dict[str, Any], ops: list[Any]) -> int:
        """Save a new version after the current one (dropping any redo tail); its position."""
        now = time.time()
        with self._tx() as db:
            pos = db.execute(
                "SELECT draft_pos FROM sessions WHERE id = ?", (session_id,)
            ).fetchone()["draft_pos"]
            db.execute(
                "DELETE FROM draft_versions WHERE session_id = ? AND pos > ?", (session_id, pos)
            )
            new = pos + 1
            db.execute(
                "INSERT INTO draft_versions(session_id, pos, draft, ops, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    session_id,
                    new,
                    json.dumps(draft, ensure_ascii=False),
                    json.dumps(ops, ensure_ascii=False),
                    now,
                ),
            )
            db.execute(
                "UPDATE sessions SET draft_pos = ?, updated_at = ? WHERE id = ?",
                (new, now, session_id),
            )
        return new

    def set_memo(self, session_id: str, memo: dict[str, Any]) -> bool:
        """Replace the agent's memo (``m.agent``) on the current draft in place: no new
        version, so undo still steps over real edits only. False when there is no draft."""
        with self._tx() as db:
            pos = db.execute(
                "SELECT draft_pos FROM sessions WHERE id = ?", (session_id,)
            ).fetchone()["draft_pos"]
            row = db.execute(
                "SELECT draft FROM draft_versions WHERE session_id = ? AND pos = ?",
                (session_id, pos),
            ).fetchone()
            if row is None:
                return False
            draft = json.loads(row["draft"])
            meta = draft.get("m") if isinstance(draft, dict) else None
            if not isinstance(meta, dict):
                return False
            meta["agent"] = memo
            db.execute(
                "UPDATE draft_versions SET draft = ? WHERE session_id = ? AND pos = ?",
                (json.dumps(draft, ensure_ascii=False), session_id, pos),
            )
        return True

    def _top(self, session_id: str) -> int:
        row = self._one(
            "SELECT COALESCE(MAX(pos), 0) AS top FROM draft_versions WHERE session_id = ?",
            (session_id,),
        )
        return int(row["top"]) if row else 0

    def peek(self, session_id: str, step: int) -> tuple[bool, dict[str, Any] | None]:
        """Whether the pointer can move by ``step`` (-1 undo, +1 redo) and the draft there."""
        session = self.session(session_id)
        if session is None:
            return False, None
        target = session.draft_pos + step
        if target < 0 or target > self._top(session_id):
            return False, None
        return True, self.draft(session_id, target)

    def move(self, session_id: str, step: int) -> bool:
        """Move the history pointer (undo -1 / redo +1); False if there is nothing there."""
        with self._tx() as db:
            pos = db.execute(
                "SELECT draft_pos FROM sessions WHERE id = ?", (session_id,)
            ).fetchone()["draft_pos"]
            top = db.execute(
                "SELECT COALESCE(MAX(pos), 0) FROM draft_versions WHERE session_id = ?",
                (session_id,),
            ).fetchone()[0]
            target = pos + step
            if target < 0 or target > top:
                return False
            db.execute(
                "UPDATE sessions SET draft_pos = ?, updated_at = ? WHERE id = ?",
                (target, time.time(), session_id),
            )
        return True

    # ── renders ─────────────────────────────────────────────────────────────────
    def render_path(self, render_id: str) -> Path:
        return self.render_dir / f"{render_id}.mp4"

    def create_render(
        self,
        render_id: str,
        session_id: str,
        user_id: str,
        draft: dict[str, Any] | str,
        output: dict[str, Any],
        *,
        max_queued: int | None = None,
        keep_drafts: int | None = None,
    ) -> Render | None:
        """Record a pending render; None if the id is taken.

        ``draft`` may be given already encoded (JSON text). ``max_queued``: the user may have at
        most this many pending or running renders (``RenderQuota`` past it). ``keep_drafts``:
        the drafts of this user's finished renders are kept for the newest ones only (older
        rows keep their status and file, their draft becomes ``{}``), so requests cannot grow
        the database without end.
        """
        text = draft if isinstance(draft, str) else json.dumps(draft, ensure_ascii=False)
        name = self._write_draft(render_id, text)  # outside the write lock
        pruned: list[str] = []
        try:
            with self._tx() as db:
                if max_queued is not None:
                    queued = db.execute(
                        "SELECT COUNT(*) FROM renders WHERE user_id = ?"
                        " AND status IN ('pending', 'processing')",
                        (user_id,),
                    ).fetchone()[0]
                    if queued >= max_queued:
                        raise RenderQuota(queued)
                db.execute(
                    "INSERT INTO renders(id, session_id, user_id, status, progress, output,"
                    " url_key, created_at, owner, draft_file)"
                    " VALUES (?, ?, ?, 'pending', 0, ?, ?, ?, ?, ?)",
                    (
                        render_id,
                        session_id,
                        user_id,
                        json.dumps(output),
                        secrets.token_urlsafe(18),
                        time.time(),
                        self.instance,
                        name,
                    ),
                )
                if keep_drafts is not None:
                    # the drafts of this user's finished renders past the newest ones go
                    old = db.execute(
                        "SELECT id, draft_file FROM renders WHERE user_id = ?"
                        " AND status IN ('completed', 'failed', 'cancelled')"
                        " AND draft_file IS NOT NULL"
                        " ORDER BY created_at DESC, rowid DESC LIMIT -1 OFFSET ?",
                        (user_id, max(0, keep_drafts)),
                    ).fetchall()
                    db.executemany(
                        "UPDATE renders SET draft_file = NULL WHERE id = ?", [(r[0],) for r in old]
                    )
                    pruned = [r[1] for r in old]
        except sqlite3.IntegrityError:
            self._drop_drafts([name])
            return None
        except BaseException:
            self._drop_drafts([name])
            raise
        self._drop_drafts(pruned)
        return self.render(render_id, draft=False)

    def render(self, render_id: str, *, draft: bool = True) -> Render | None:
        """The render; with ``draft=False`` its draft is not read (``{}``): polls never pay
        for decoding a big draft."""
        row = self._one("SELECT * FROM renders WHERE id = ?", (render_id,))
        if row is None:
            return None
        job = self._render(row)
        if draft and job.draft_file:
            try:
                text = (self.draft_dir / job.draft_file).read_text(encoding="utf-8")
            except OSError:
                return job  # gone (a damaged home): the draft reads as empty
            job = dataclasses.replace(job, draft=json.loads(text))
        return job

    def stored_drafts(self, user_id: str) -> int:
        """How many of this user's renders still hold their draft."""
        row = self._one(
            "SELECT COUNT(*) AS n FROM renders WHERE user_id = ? AND draft_file IS NOT NULL",
            (user_id,),
        )
        return int(row["n"]) if row else 0

    def cached_render(self, user_id: str, cache_key: str) -> Render | None:
        """The newest completed render of this user with the same content key."""
        row = self._one(
            "SELECT * FROM renders WHERE user_id = ? AND cache_key = ? AND status = 'completed'"
            " ORDER BY completed_at DESC LIMIT 1",
            (user_id, cache_key),
        )
        return self._render(row) if row else None

    def running_twin(self, user_id: str, cache_key: str, render_id: str) -> Render | None:
        """Another render of this user with the same content key that is being rendered."""
        row = self._one(
            "SELECT * FROM renders WHERE user_id = ? AND cache_key = ? AND status = 'processing'"
            " AND id != ? ORDER BY started_at LIMIT 1",
            (user_id, cache_key, render_id),
        )
        return self._render(row) if row else None

    def completed_renders(self) -> list[Render]:
        """Every completed render, oldest first (the render cache's view)."""
        rows = self._all("SELECT * FROM renders WHERE status = 'completed' ORDER BY completed_at")
        return [self._render(r) for r in rows]

    def render_by_key(self, url_key: str) -> Render | None:
        row = self._one("SELECT * FROM renders WHERE url_key = ?", (url_key,))
        return self._render(row) if row else None

    def renders_with_status(self, *statuses: str) -> list[Render]:
        marks = ",".join("?" * len(statuses))
        rows = self._all(
            f"SELECT * FROM renders WHERE status IN ({marks}) ORDER BY created_at", statuses
        )
        return [self._render(r) for r in rows]

    @staticmethod
    def _render(row: sqlite3.Row) -> Render:
        data = dict(row)
        data["draft"] = {}  # read from its file by render(draft=True) only
        data["output"] = json.loads(data["output"])
        return Render(**data)

    def update_render(self, render_id: str, **fields: Any) -> None:
        allowed = {
            "status",
            "progress",
            "error",
            "attempts",
            "size",
            "duration_ms",
            "started_at",
            "completed_at",
            "owner",
            "cache_key",
            "sha256",
        }
        bad = set(fields) - allowed
        if bad:
            raise ValueError(f"unknown render fields {bad}")
        cols = ", ".join(f"{k} = ?" for k in fields)
        with self._tx() as db:
            db.execute(f"UPDATE renders SET {cols} WHERE id = ?", (*fields.values(), render_id))

    def finish_render_if(self, render_id: str, expect: tuple[str, ...], **fields: Any) -> bool:
        """Update a render only if its status is one of ``expect`` (atomic check-and-set)."""
        cols = ", ".join(f"{k} = ?" for k in fields)
        marks = ",".join("?" * len(expect))
        with self._tx() as db:
            cur = db.execute(
                f"UPDATE renders SET {cols} WHERE id = ? AND status IN ({marks})",
                (*fields.values(), render_id, *expect),
            )
            return cur.rowcount > 0
