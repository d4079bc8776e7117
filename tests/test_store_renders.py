"""The renders table: a render's draft is written once, apart from its often-updated row."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from nemochat.engine.store import Store

BIG = 2_000_000


def _session(store: Store) -> tuple[str, str]:
    _, user, _ = store.issue_token("client-1", 3600)
    return user, store.create_session(user, "big", "en").id


def _wal_bytes_written(store: Store, action: object) -> int:
    """Bytes SQLite appended to the write-ahead log while ``action`` ran (checkpoints off)."""
    wal = store.root / "engine.db-wal"
    store._stop_checkpoints.set()  # no checkpoint may reset the log in between
    store._checkpointer.join(5)
    before = wal.stat().st_size if wal.exists() else 0
    action()  # type: ignore[operator]
    return (wal.stat().st_size if wal.exists() else 0) - before


def test_progress_updates_and_polls_do_not_touch_a_big_draft(tmp_path: Path) -> None:
    store = Store(tmp_path / "engine")
    try:
        user, sid = _session(store)
        draft = {"t": [], "pad": "x" * BIG}
        assert store.create_render("render_big", sid, user, draft, {}) is not None

        def progress() -> None:
            for pct in range(1, 21):
                store.update_render("render_big", status="processing", progress=pct)

        written = _wal_bytes_written(store, progress)
        # 20 updates of a small row: a few pages each, never the 2 MB draft again
        assert written < 20 * 64 * 1024, written
        assert store.render("render_big", draft=False).draft == {}  # type: ignore[union-attr]
        full = store.render("render_big")
        assert full is not None and full.progress == 20 and full.draft == draft
    finally:
        store.close()


def test_a_database_of_the_earlier_layout_keeps_its_renders_and_drafts(tmp_path: Path) -> None:
    root = tmp_path / "engine"
    store = Store(root)
    user, sid = _session(store)
    store.close()
    # the earlier layout: the draft in the renders row
    db = sqlite3.connect(root / "engine.db")
    db.execute("DROP TABLE renders")
    db.execute("DROP TABLE render_drafts")
    db.execute(
        "CREATE TABLE renders (id TEXT PRIMARY KEY, session_id TEXT NOT NULL, user_id TEXT NOT"
        " NULL, status TEXT NOT NULL, progress INTEGER NOT NULL DEFAULT 0, error TEXT, draft"
        " TEXT NOT NULL, output TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, size"
        " INTEGER, duration_ms INTEGER, url_key TEXT UNIQUE NOT NULL, created_at REAL NOT NULL,"
        " started_at REAL, completed_at REAL)"
    )
    rows = [
        ("render_a", json.dumps({"t": [], "name": "a"}), "completed"),
        ("render_b", "{}", "completed"),  # its draft was pruned
        ("render_c", json.dumps({"t": [], "name": "c"}), "pending"),
    ]
    for rid, draft, status in rows:
        db.execute(
            "INSERT INTO renders(id, session_id, user_id, status, draft, output, url_key,"
            " created_at) VALUES (?, ?, ?, ?, ?, '{}', ?, 1.0)",
            (rid, sid, user, status, draft, f"key_{rid}"),
        )
    db.commit()
    db.close()

    store = Store(root)
    try:
        columns = {r[1] for r in store._db.execute("PRAGMA table_info(renders)")}
        assert "draft" not in columns and {"owner", "cache_key", "sha256"} <= columns
        assert store.render("render_a").draft == {"t": [], "name": "a"}  # type: ignore[union-attr]
        assert store.render("render_b").draft == {}  # type: ignore[union-attr]
        job = store.render("render_c")
        assert job is not None and job.status == "pending" and job.draft["name"] == "c"
        assert store.stored_drafts(user) == 2
        assert store.render_by_key("key_render_a") is not None
        assert [j.id for j in store.renders_with_status("pending")] == ["render_c"]
    finally:
        store.close()
    Store(root).close()  # opening it again changes nothing
