"""The engine under hostile use (issue 14, items 6, 7, 8, 11, 12): starvation, slowloris,
a full disk, a copied database and error messages that would reveal server paths. Every
test talks to a real engine over HTTP on 127.0.0.1."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_engine_support import Api, running

from nemochat import config


@pytest.fixture
def home() -> Path:
    return config.home()


# ── item 11: the client id is stored as a keyed digest ─────────────────────────
def test_a_copied_database_gives_no_client_id_that_mints_a_token(home: Path) -> None:
    with running(home) as api:
        victim = api.user_id
        sid = api.new_session()
        db = sqlite3.connect(home / "engine" / "engine.db")
        stored = [r[0] for r in db.execute("SELECT client_id FROM users")]
        db.close()
        assert stored and "client-A" not in stored
        for value in stored:
            for attempt in (value, value[-64:], value[:64]):
                r = api.http.post("/api/auth/anonymous-token", headers={"X-Client-Id": attempt})
                if r.status_code == 200:
                    assert r.json()["data"]["user_id"] != victim
        again = Api(api.engine, "client-A").login()  # the real client still gets its user
        assert again.user_id == victim
        assert again.state(sid).status_code == 200
        key = home / "engine" / "client_id.key"
        assert key.stat().st_mode & 0o777 == 0o600
        assert key.read_bytes() not in (home / "engine" / "engine.db").read_bytes()


def test_plaintext_client_ids_of_an_older_database_are_hashed_on_open(home: Path) -> None:
    with running(home) as api:
        victim = api.user_id
    db = sqlite3.connect(home / "engine" / "engine.db")
    db.execute("UPDATE users SET client_id = 'client-A' WHERE id = ?", (victim,))  # as before
    db.commit()
    db.close()
    with running(home) as api:
        assert api.user_id == victim  # the same client re-authenticates to the same user
        db = sqlite3.connect(home / "engine" / "engine.db")
        stored = [r[0] for r in db.execute("SELECT client_id FROM users")]
        db.close()
        assert "client-A" not in stored and all(v.startswith("h1:") for v in stored)
