"""Render drafts: written once to a file of their own, apart from the often-updated row and
outside the database's one write lock; pruned, migrated and cleaned up after a crash."""

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
        assert "draft" not in columns and {"owner", "cache_key", "draft_file"} <= columns
        assert store.render("render_a").draft == {"t": [], "name": "a"}  # type: ignore[union-attr]
        assert store.render("render_b").draft == {}  # type: ignore[union-attr]
        job = store.render("render_c")
        assert job is not None and job.status == "pending" and job.draft["name"] == "c"
        assert store.stored_drafts(user) == 2
        assert store.render_by_key("key_render_a") is not None
        assert [j.id for j in store.renders_with_status("pending")] == ["render_c"]
        assert len(list(store.draft_dir.iterdir())) == 2
    finally:
        store.close()
    store = Store(root)  # opening it again changes nothing, and keeps the moved drafts
    try:
        assert store.render("render_a").draft == {"t": [], "name": "a"}  # type: ignore[union-attr]
        assert len(list(store.draft_dir.iterdir())) == 2
    finally:
        store.close()


def test_pruned_duplicate_and_orphaned_drafts_leave_no_file(tmp_path: Path) -> None:
    root = tmp_path / "engine"
    store = Store(root)
    user, sid = _session(store)
    for n in range(4):
        rid = f"render_{n}"
        assert store.create_render(rid, sid, user, {"t": [], "n": n}, {}, keep_drafts=1)
        store.update_render(rid, status="completed")
    # the newest finished one is kept, plus the one just created (not finished yet)
    assert store.create_render("render_4", sid, user, {"t": []}, {}, keep_drafts=1)
    assert store.stored_drafts(user) == 2
    assert len(list(store.draft_dir.iterdir())) == 2
    assert store.render("render_0").draft == {}  # type: ignore[union-attr]
    assert store.render("render_3").draft == {"t": [], "n": 3}  # type: ignore[union-attr]
    # a duplicate id: refused, and its draft is not written (nor the first one replaced)
    assert store.create_render("render_3", sid, user, {"t": [], "n": 99}, {}) is None
    assert len(list(store.draft_dir.iterdir())) == 2
    assert store.render("render_3").draft == {"t": [], "n": 3}  # type: ignore[union-attr]
    store.close()
    # a crash between writing a draft and recording its render leaves a file no row names
    (root / "drafts" / "deadbeef0000.render_9.0123456789ab.json").write_text("{}")
    (root / "drafts" / ".deadbeef0000.render_8.0123456789ab.json.part").write_text("{")
    store = Store(root)
    try:
        assert sorted(p.name for p in store.draft_dir.iterdir()) == sorted(
            [store.render("render_3").draft_file, store.render("render_4").draft_file]  # type: ignore[union-attr]
        )
        assert store.draft_dir.stat().st_mode & 0o777 == 0o700
        for path in store.draft_dir.iterdir():
            assert path.stat().st_mode & 0o777 == 0o600
    finally:
        store.close()
