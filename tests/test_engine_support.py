"""Helpers for the engine's contract tests (no tests here).

Every test talks to a real engine over HTTP on 127.0.0.1: ``running(home, **options)``
starts one with ``nemochat.engine.embedded.start`` (uvicorn in a thread, free port) and
returns an ``Api`` that wraps an httpx client with the usual steps.
"""

from __future__ import annotations

import contextlib
import io
import math
import struct
import wave
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from nemochat.engine import embedded


class Api:
    """An httpx client bound to one engine, plus one anonymous user."""

    def __init__(self, engine: embedded.EmbeddedEngine | str, client_id: str = "client-A") -> None:
        self.engine = engine
        self.url = engine if isinstance(engine, str) else engine.url
        self.http = httpx.Client(base_url=self.url, timeout=30, trust_env=False)
        self.client_id = client_id
        self.token = ""
        self.user_id = ""

    def close(self) -> None:
        self.http.close()

    def login(self, client_id: str | None = None) -> Api:
        r = self.http.post(
            "/api/auth/anonymous-token", headers={"X-Client-Id": client_id or self.client_id}
        )
        assert r.status_code == 200, r.text
        data = r.json()["data"]
        self.token, self.user_id = data["token"], data["user_id"]
        return self

    def other(self, client_id: str) -> Api:
        """A second user on the same engine."""
        return Api(self.engine, client_id).login()

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def get(self, path: str, **kw: Any) -> httpx.Response:
        return self.http.get(path, headers={**self.auth, **kw.pop("headers", {})}, **kw)

    def post(self, path: str, **kw: Any) -> httpx.Response:
        return self.http.post(path, headers={**self.auth, **kw.pop("headers", {})}, **kw)

    def new_session(self, language: str = "en") -> str:
        r = self.post(
            "/api/tasks/me/with-session/nemo_agent",
            json={"task_name": "project", "language": language},
        )
        assert r.status_code == 200, r.text
        return str(r.json()["data"]["session_id"])

    def upload(
        self, sid: str, *files: tuple[str, bytes], user: str = "me", **kw: Any
    ) -> httpx.Response:
        parts = [("files", (name, data, "application/octet-stream")) for name, data in files]
        return self.post(f"/api/upload-video/nemo_agent/{user}/{sid}", files=parts, **kw)

    def state(self, sid: str, user: str = "me") -> httpx.Response:
        return self.get(f"/api/state/nemo_agent/{user}/{sid}/latest")

    def chat(self, sid: str, text: str, user: str = "me") -> tuple[httpx.Response, list[dict]]:
        """One turn: the response and the decoded ``data:`` events (after the stream closed)."""
        import json

        body = {
            "app_name": "nemo_agent",
            "user_id": user,
            "session_id": sid,
            "new_message": {"parts": [{"text": text}]},
        }
        events: list[dict] = []
        with self.http.stream(
            "POST", "/run_sse", json=body, headers={**self.auth, "Accept": "text/event-stream"}
        ) as r:
            if r.status_code != 200:
                r.read()
                return r, events
            for line in r.iter_lines():
                if line.startswith("data:") and line[5:].strip():
                    events.append(json.loads(line[5:]))
        return r, events

    def render(self, sid: str, draft: Any, render_id: str, **extra: Any) -> httpx.Response:
        body = {"id": render_id, "sessionId": sid, "draft": draft, **extra}
        return self.post("/api/render/proxy/lambda", json=body)

    def poll(self, render_id: str) -> httpx.Response:
        return self.get(f"/api/render/proxy/lambda/{render_id}")

    def wait_render(self, render_id: str, timeout: float = 60) -> dict[str, Any]:
        import time

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            data = self.poll(render_id).json()["data"]
            if data["status"] in ("completed", "failed", "cancelled"):
                return dict(data)
            time.sleep(0.05)
        raise AssertionError(f"render {render_id} did not finish: {data}")


@contextlib.contextmanager
def running(home: Path, login: bool = True, **options: Any) -> Iterator[Api]:
    """An engine on 127.0.0.1:<free port> for the duration of the block."""
    options.setdefault("heartbeat_interval", 0.2)
    options.setdefault("event_delay", 0)
    engine = embedded.start(home, **options)
    assert engine.wait_ready(20), engine.error
    api = Api(engine)
    try:
        if login:
            api.login()
        yield api
    finally:
        api.close()
        engine.stop()


def err(r: httpx.Response) -> tuple[int, int, str]:
    """(HTTP status, API code, message) of an error answer in either envelope."""
    body = r.json()
    if "success" in body:
        assert body["success"] is False
        return r.status_code, body["code"], body["error"]
    assert body.get("data") is None
    return r.status_code, body["code"], body["message"]


# ── media makers ────────────────────────────────────────────────────────────────
def jpeg(
    w: int = 64, h: int = 48, color: str = "red", exif_orientation: int | None = None
) -> bytes:
    from PIL import Image

    img = Image.new("RGB", (w, h), color)
    buf = io.BytesIO()
    if exif_orientation:
        exif = Image.Exif()
        exif[0x0112] = exif_orientation
        img.save(buf, "JPEG", exif=exif.tobytes())
    else:
        img.save(buf, "JPEG")
    return buf.getvalue()


def image(fmt: str, w: int = 40, h: int = 30) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (w, h), "blue").save(buf, fmt)
    return buf.getvalue()


def png_bomb(side: int = 12_000) -> bytes:
    """A tiny PNG that claims side×side pixels (over Pillow's bomb limit)."""
    from PIL import Image

    buf = io.BytesIO()
    Image.new("1", (side, side), 0).save(buf, "PNG", optimize=True)
    return buf.getvalue()


def mp4(seconds: float = 1.0, w: int = 64, h: int = 48, fps: int = 10) -> bytes:
    import av
    import numpy as np

    buf = io.BytesIO()
    with av.open(buf, "w", format="mp4") as out:
        stream = out.add_stream("libx264", rate=fps)
        stream.width, stream.height, stream.pix_fmt = w, h, "yuv420p"
        for i in range(int(seconds * fps)):
            arr = np.full((h, w, 3), (i * 20) % 255, dtype=np.uint8)
            for packet in stream.encode(av.VideoFrame.from_ndarray(arr, format="rgb24")):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    return buf.getvalue()


def wav(seconds: float = 0.5, rate: int = 8000) -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        frames = b"".join(
            struct.pack("<h", int(8000 * math.sin(i / 10))) for i in range(int(seconds * rate))
        )
        w.writeframes(frames)
    return buf.getvalue()


def simple_draft(media_ids: list[str], seg_ms: int = 1000) -> dict[str, Any]:
    """A valid draft (docs/draft.md) showing each photo for ``seg_ms`` with cuts, 720p 16:9."""
    from nemochat.engine import draft as dr

    return dr.slideshow(
        media_ids, seg_ms=seg_ms, resolution="720p", fps=24, fit="pad", title="Test"
    )
