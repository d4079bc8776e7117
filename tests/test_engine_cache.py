"""The engine's render cache (nemochat/engine/cache.py): bounded by engine.cache_limit,
least recently used first, never a session's latest export; its routes over real HTTP."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pytest
from test_engine_support import jpeg, running, simple_draft

from nemochat import config
from nemochat.engine import cache as ch
from nemochat.engine.store import Store


@pytest.fixture
def home() -> Path:
    return config.home()


# --- the cache alone, over a real store ----------------------------------------------------


def _store(tmp_path: Path) -> tuple[Store, Path]:
    store = Store(tmp_path / "engine")
    seg = store.root / "segments"
    seg.mkdir()
    _, user, _ = store.issue_token("client-1", 3600)
    store.user = user  # type: ignore[attr-defined]
    return store, seg


def _render(store: Store, sid: str, rid: str, size: int, used: float, **output: object) -> Path:
    job = store.create_render(rid, sid, store.user, {"t": []}, dict(output))
    assert job is not None
    store.update_render(rid, status="completed", completed_at=time.time(), size=size)
    path = store.render_path(rid)
    path.write_bytes(b"v" * size)
    os.utime(path, (used, used))
    return path


def _part(seg: Path, name: str, size: int, used: float) -> Path:
    path = seg / name
    path.write_bytes(b"s" * size)
    os.utime(path, (used, used))
    return path


def test_the_limit_is_kept_least_recently_used_first(tmp_path: Path) -> None:
    store, seg = _store(tmp_path)
    try:
        s1 = store.create_session(store.user, "one", "en").id
        s2 = store.create_session(store.user, "two", "en").id
        t = time.time() - 1000
        old1 = _render(store, s1, "r_old1", 100, t + 1)  # oldest of all, not latest
        latest1 = _render(store, s1, "r_latest1", 100, t + 2)
        latest2 = _render(store, s2, "r_latest2", 100, t + 3)
        preview = _render(store, s2, "r_preview", 50, t + 4, preview=True)  # newer than latest
        seg_a = _part(seg, "v_aaa.mp4", 40, t + 5)
        seg_b = _part(seg, "v_bbb.mp4", 40, t + 7)
        sound = _part(seg, "a_ccc.m4a", 40, t + 6)
        _part(seg, ".v_ddd.1.2.part.mp4", 999, t)  # being written: never counted or touched

        cache = ch.RenderCache(store, seg, limit=360)
        usage = cache.usage()
        assert usage["bytes"] == 470 and usage["entries"] == 7 and usage["limit"] == 360
        assert usage["kept_bytes"] == 200  # the two sessions' latest exports
        freed = cache.evict()
        # 470 → 360: the least recently used go first (old1, then the preview)
        assert not old1.exists() and not preview.exists()
        assert all(p.exists() for p in (latest1, latest2, seg_a, seg_b, sound))
        assert freed["freed_bytes"] == 150 and cache.usage()["bytes"] == 320

        # a tiny limit leaves only the latest exports, whatever their age
        cache = ch.RenderCache(store, seg, limit=1)
        cache.evict()
        assert latest1.exists() and latest2.exists()
        assert not any(p.exists() for p in (seg_a, seg_b, sound))
        assert cache.usage()["bytes"] == 200
    finally:
        store.close()


def test_used_files_move_to_the_back_and_links_count_once(tmp_path: Path) -> None:
    store, seg = _store(tmp_path)
    try:
        sid = store.create_session(store.user, "one", "en").id
        t = time.time() - 1000
        a = _part(seg, "v_a.mp4", 100, t + 1)
        b = _part(seg, "v_b.mp4", 100, t + 2)
        c = _part(seg, "v_c.mp4", 100, t + 3)
        first = _render(store, sid, "r1", 100, t + 4)
        second = store.render_path("r2")  # the same video again: hard-linked, not copied
        store.create_render("r2", sid, store.user, {"t": []}, {})
        store.update_render("r2", status="completed", completed_at=time.time() + 1)
        os.link(first, second)
        cache = ch.RenderCache(store, seg, limit=250)
        assert cache.usage()["bytes"] == 400  # r1 and r2 are one file on disk
        ch.touch(a)  # a render reused it: now the most recent
        cache.evict()
        assert a.exists() and not b.exists() and not c.exists()
        assert first.exists() and second.exists()  # r1 is the same file as the latest (r2)
    finally:
        store.close()


def test_the_limit_comes_from_config_json(home: Path) -> None:
    assert ch.configured_limit(home) == 4 * 1024**3
    config.write_json(home / "config.json", {"engine": {"cache_limit": "500 MB"}})
    assert ch.configured_limit(home) == 500_000_000
    config.write_json(home / "config.json", {"engine": {"cache_limit": 12345}})
    assert ch.configured_limit(home) == 12345
    config.write_json(home / "config.json", {"engine": {"cache_limit": "lots"}})
    assert ch.configured_limit(home) == 4 * 1024**3
    assert ch.parse_size("2GiB") == 2 * 1024**3 and ch.parse_size(True) is None


# --- over HTTP with the real engine and real renders ----------------------------------------


def _photos(api: object, sid: str) -> list[str]:
    files = api.upload(  # type: ignore[attr-defined]
        sid, ("a.jpg", jpeg(64, 48, "red")), ("b.jpg", jpeg(64, 48, "blue"))
    )
    return [f["id"] for f in files.json()["data"]["files"]]


def test_each_completed_render_keeps_the_cache_within_its_limit(home: Path) -> None:
    with running(home, cache_limit=1) as api:
        sid = api.new_session()
        ids = _photos(api, sid)
        renders = home / "engine" / "renders"
        assert api.render(sid, simple_draft(ids), "r_first").status_code == 200
        first = api.wait_render("r_first")
        assert first["status"] == "completed"
        path = renders / "r_first.mp4"
        assert first["output"]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        assert first["sha256"] == first["output"]["sha256"]
        assert path.exists()  # the latest export survives even a 1-byte limit
        assert not list((home / "engine" / "segments").glob("v_*"))  # the parts went
        assert api.render(sid, simple_draft(ids[::-1]), "r_second").status_code == 200
        assert api.wait_render("r_second")["status"] == "completed"
        assert not path.exists() and (renders / "r_second.mp4").exists()
        gone = api.get("/api/render/proxy/r_first/download")
        assert gone.status_code == 410 and gone.json()["code"] == 4006
        assert "export again" in gone.json()["message"]
        listing = api.get("/api/engine/cache").json()["data"]
        assert listing["limit"] == 1 and listing["entries"] == 1
        assert listing["bytes"] == (renders / "r_second.mp4").stat().st_size
        assert [i["render_id"] for i in listing["items"]] == ["r_second"]
        assert listing["items"][0]["kept"] == "latest"


def test_info_usage_and_clear(home: Path) -> None:
    from nemochat import __version__

    with running(home) as api:
        sid = api.new_session()
        ids = _photos(api, sid)
        for n, draft in enumerate((simple_draft(ids), simple_draft(ids[::-1]))):
            assert api.render(sid, draft, f"r{n}").status_code == 200
            assert api.wait_render(f"r{n}")["status"] == "completed"
        preview = {"preview": True}
        assert api.render(sid, simple_draft(ids), "r_p", output=preview).status_code == 200
        done = api.wait_render("r_p")
        assert done["status"] == "completed" and done["preview"] is True
        info = api.get("/api/engine/info").json()["data"]
        assert info["engine"] == "nemochat" and info["version"] == __version__
        assert info["cache"]["bytes"] > 0 and info["cache"]["limit"] == 4 * 1024**3
        assert api.http.get("/api/engine/info").status_code == 401  # a token is needed
        before = api.get("/api/engine/cache").json()["data"]
        assert before["renders"]["entries"] == 3 and before["segments"]["entries"] > 0
        cleared = api.post("/api/engine/cache/clear").json()["data"]
        assert cleared["removed"] > 0 and cleared["freed_bytes"] > 0
        assert cleared["kept"] == 1
        renders = home / "engine" / "renders"
        assert sorted(p.name for p in renders.glob("*.mp4")) == ["r1.mp4"]  # the latest export
        assert cleared["bytes"] == (renders / "r1.mp4").stat().st_size
        assert before["bytes"] - cleared["bytes"] == cleared["freed_bytes"]
        # a cleared cache renders again, correctly
        assert api.render(sid, simple_draft(ids), "r_again").status_code == 200
        assert api.wait_render("r_again")["status"] == "completed"
