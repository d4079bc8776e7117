"""Shared helpers for tests/test_api_*.py: run a coroutine with a NemoClient on the fake server."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from fakeserver import FakeNemo

from nemochat.api import NemoClient

T = TypeVar("T")


class Recorder:
    """Collects notices, countdown ticks and sleeps (sleeps return at once)."""

    def __init__(self) -> None:
        self.notices: list[tuple[str, dict]] = []
        self.countdown: list[int] = []
        self.sleeps: list[float] = []
        self.replaced: list[tuple[str, str]] = []

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        await asyncio.sleep(0)

    def notice_keys(self) -> list[str]:
        return [k for k, _ in self.notices]


def run(
    fake: FakeNemo,
    body: Callable[[NemoClient], Awaitable[T]],
    rec: Recorder | None = None,
    **kw: Any,
) -> T:
    rec = rec or Recorder()
    kw.setdefault("sleep", rec.sleep)
    kw.setdefault("poll_interval", (0.01, 0.02))

    async def go() -> T:
        client = NemoClient(
            base_url=fake.url,
            web_url="https://web.example.test",
            on_notice=lambda k, f: rec.notices.append((k, f)),
            on_countdown=rec.countdown.append,
            **kw,
        )
        try:
            return await body(client)
        finally:
            await client.aclose()

    return asyncio.run(go())


async def collect(client: NemoClient, sid: str, text: str) -> list:
    return [ev async for ev in client.chat(sid, text)]
