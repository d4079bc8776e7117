"""``nemochat mcp`` as agent apps run it: a subprocess speaking MCP over stdio, driven with
the official SDK's client, against the local engine in a temporary home. No mocks."""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import os
import sqlite3
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("mcp")

from mcp import ClientSession, StdioServerParameters, types
from mcp.client.stdio import stdio_client

from nemochat import actions, i18n

ROOT = Path(__file__).resolve().parent.parent
# ../shared/media beside the checkout; from a worktree the nearest ancestor that has it
MEDIA = next(
    (p / "shared" / "media" for p in ROOT.parents if (p / "shared" / "media").is_dir()),
    ROOT.parent / "shared" / "media",
)

pytestmark = pytest.mark.timeout(300)


def _photos(tmp: Path, n: int = 2) -> list[Path]:
    found = sorted(p for p in MEDIA.glob("*") if p.suffix.lower() in (".png", ".jpg"))[:n]
    if len(found) >= n:
        return found
    sys.path.insert(0, str(Path(__file__).parent))
    from test_engine_support import jpeg

    out = []
    for i, color in enumerate(["red", "green", "blue", "white"][:n]):
        p = tmp / f"photo{i}.jpg"
        p.write_bytes(jpeg(320, 240, color))
        out.append(p)
    return out


def _params(tmp: Path, lang: str = "en") -> StdioServerParameters:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEMO")}
    env.update(
        NEMOCHAT_HOME=str(tmp / "home"),
        NEMOCHAT_BACKEND="local",
        NEMOCHAT_LANG=lang,
        NEMOCHAT_OUTPUT_DIR=str(tmp / "output"),
        PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
    )
    return StdioServerParameters(
        command=sys.executable, args=["-m", "nemochat", "mcp"], env=env, cwd=str(tmp)
    )


@contextlib.asynccontextmanager
async def _client(tmp: Path, lang: str = "en") -> AsyncIterator[ClientSession]:
    errlog = open(tmp / "stderr.txt", "w", encoding="utf-8")  # noqa: SIM115
    try:
        async with (
            stdio_client(_params(tmp, lang), errlog=errlog) as (read, write),
            ClientSession(read, write) as session,
        ):
            await session.initialize()
            yield session
    finally:
        errlog.close()


def _text(result: types.CallToolResult) -> str:
    return "\n".join(c.text for c in result.content if isinstance(c, types.TextContent))


def test_tools_are_the_registry(tmp_path: Path) -> None:
    async def go() -> list[types.Tool]:
        async with _client(tmp_path) as s:
            return (await s.list_tools()).tools

    tools = {t.name: t for t in asyncio.run(go())}
    assert set(tools) == {a.name for a in actions.mcp_actions()}
    assert {"upload", "chat", "status", "credits", "export", "sessions", "new"} <= set(tools)
    assert tools["upload"].inputSchema["properties"]["items"]["type"] == "array"
    # nothing but the protocol on stdout: the backend line went to stderr
    assert "Backend" in (tmp_path / "stderr.txt").read_text(encoding="utf-8")


def test_upload_chat_status_export_a_real_mp4(tmp_path: Path) -> None:
    photos = _photos(tmp_path)
    timings: dict[str, float] = {}
    progress: list[float] = []

    async def on_progress(value: float, total: float | None, message: str | None) -> None:
        progress.append(value)

    async def timed(s: ClientSession, name: str, args: dict[str, Any], **kw: Any) -> Any:
        t0 = time.perf_counter()
        result = await s.call_tool(name, args, **kw)
        timings[name] = time.perf_counter() - t0
        return result

    async def go() -> dict[str, types.CallToolResult]:
        out: dict[str, types.CallToolResult] = {}
        async with _client(tmp_path) as s:
            out["upload"] = await timed(s, "upload", {"items": [str(p) for p in photos]})
            out["chat"] = await timed(
                s, "chat", {"message": "make a 2-second 16:9 video at 480p, 1 second per photo"}
            )
            out["status"] = await timed(s, "status", {})
            out["credits"] = await timed(s, "credits", {})
            out["export"] = await timed(s, "export", {}, progress_callback=on_progress)
            out["sessions"] = await timed(s, "sessions", {})
        return out

    r = asyncio.run(go())
    for name, result in r.items():
        assert not result.isError, (name, _text(result))
    files = r["upload"].structuredContent["files"]  # type: ignore[index]
    assert [f["filename"] for f in files] == [p.name for p in photos]
    chat = r["chat"].structuredContent or {}
    assert chat["reply"].strip() and chat["changes"], chat
    status = r["status"].structuredContent or {}
    assert {"session_id", "summary", "duration_ms", "canvas", "tracks"} <= set(status)
    assert status["tracks"] and status["duration_ms"] > 0
    assert (r["credits"].structuredContent or {})["unlimited"] is True
    export = r["export"].structuredContent or {}
    path = Path(export["path"])
    assert path.is_file() and path.parent == tmp_path / "output"
    assert export["bytes"] == path.stat().st_size > 0
    assert export["duration_ms"] == status["duration_ms"]
    assert str(path) in _text(r["export"])  # the line the CLI prints
    assert progress and progress == sorted(progress), progress
    sessions = r["sessions"].structuredContent or {}
    assert sessions["current"] == status["session_id"]
    import av

    with av.open(io.BytesIO(path.read_bytes())) as c:
        assert c.streams.video[0].codec_context.height > 0
        assert sum(1 for _ in c.decode(video=0)) > 0
    (tmp_path / "timings.json").write_text(json.dumps(timings))
    print("MCP round trips (s):", {k: round(v, 3) for k, v in timings.items()})


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_bad_path_is_a_tool_error_with_the_cli_message(tmp_path: Path, lang: str) -> None:
    missing = tmp_path / "nope.jpg"

    async def go() -> tuple[types.CallToolResult, types.CallToolResult, types.CallToolResult]:
        async with _client(tmp_path, lang) as s:
            bad = await s.call_tool("upload", {"items": [str(missing)]})
            nothing = await s.call_tool("export", {})
            after = await s.call_tool("credits", {})  # the server is still there
            return bad, nothing, after

    bad, nothing, after = asyncio.run(go())
    assert bad.isError and nothing.isError and not after.isError
    error = (bad.structuredContent or {})["error"]
    assert error["exit_code"] == 4
    # the very message the CLI gives for the same input
    import subprocess

    params = _params(tmp_path, lang)
    cli = subprocess.run(
        [sys.executable, "-m", "nemochat", "upload", str(missing), "--json"],
        capture_output=True,
        text=True,
        env=params.env,
        cwd=tmp_path,
        timeout=120,
    )
    assert cli.returncode == 4
    assert json.loads(cli.stdout)["error"] == error
    assert error["message"] in _text(bad)
    assert i18n.has_han(_text(bad)) == (lang == "zh")
    assert "Traceback" not in _text(bad) + _text(nothing)
    assert (nothing.structuredContent or {})["error"]["key"].startswith("project.export.")


def test_cancelling_an_export_cancels_the_render(tmp_path: Path) -> None:
    photos = _photos(tmp_path, 4)
    seen: list[float] = []

    async def go() -> types.CallToolResult:
        async with _client(tmp_path) as s:
            await s.call_tool("upload", {"items": [str(p) for p in photos]})
            await s.call_tool("chat", {"message": "make a 40-second 1080p video"})
            started = asyncio.Event()

            async def on_progress(value: float, total: float | None, message: str | None) -> None:
                seen.append(value)
                started.set()

            request_id = s._request_id  # the id the next request gets
            call = asyncio.ensure_future(s.call_tool("export", {}, progress_callback=on_progress))
            await asyncio.wait_for(started.wait(), 120)
            await s.send_notification(
                types.ClientNotification(
                    types.CancelledNotification(
                        params=types.CancelledNotificationParams(
                            requestId=request_id, reason="the user changed their mind"
                        )
                    )
                )
            )
            with contextlib.suppress(Exception):
                await asyncio.wait_for(call, 30)
            call.cancel()
            await asyncio.sleep(0.5)
            return await s.call_tool("status", {})  # the server carries on

    status = asyncio.run(go())
    assert seen and not status.isError
    db = tmp_path / "home" / "engine" / "engine.db"
    deadline = time.monotonic() + 20
    while True:
        with contextlib.closing(sqlite3.connect(db)) as con:
            rows = con.execute("SELECT status FROM renders").fetchall()
        if rows and all(r[0] in ("cancelled", "canceled") for r in rows):
            break
        assert time.monotonic() < deadline, rows
        time.sleep(0.5)
    assert not list((tmp_path / "output").glob("*.mp4"))
