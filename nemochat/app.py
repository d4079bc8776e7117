"""The composition root: backend → API client → project → chat engine, for every front end.

The chat, the one-shot commands, ``-m``, piped input and ``nemochat mcp`` all get their
objects from ``build`` (or ``running``, which also waits for a local engine and closes the
client afterwards), so they are wired the same way and nothing is patched in afterwards::

    backend = nemochat.backend.start(nemochat.backend.choose(None))
    async with app.running(backend, session_id=None, on_notice=show) as a:
        async for event in a.chat.run("status"):       # one registry action
            show(event)

The imports happen here, when called, so ``nemochat --version`` pays for none of them.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from nemochat.limits import client_limits, project_limits

if TYPE_CHECKING:  # pragma: no cover
    from nemochat.backend import Backend
    from nemochat.chat.engine import ChatEngine
    from nemochat.project import Project

NoticeFn = Callable[[str, dict[str, Any]], None]


@dataclass
class App:
    """Everything one front end needs, built once."""

    backend: Backend
    client: Any  # nemochat.api.NemoClient
    project: Project
    chat: ChatEngine

    async def aclose(self) -> None:
        await self.chat.close()
        with contextlib.suppress(Exception):
            await self.client.aclose()


def build(
    backend: Backend,
    *,
    session_id: str | None = None,
    on_notice: NoticeFn | None = None,
    on_countdown: Callable[[int], None] | None = None,
    chat: ChatEngine | None = None,
) -> App:
    """Make the client, the project and the chat engine for ``backend``.

    ``chat``: an engine made earlier (the REPL makes one before connecting, so its prompt
    is on screen at once); the new project is attached to it.
    """
    from nemochat import config
    from nemochat.api import NemoClient
    from nemochat.chat.engine import ChatEngine
    from nemochat.project import Project

    client = NemoClient(
        base_url=backend.url,
        web_url=config.web_url(),
        on_notice=on_notice,
        on_countdown=on_countdown,
        **client_limits(backend.kind),
    )
    project = Project(
        client,
        backend=backend.kind,
        key=backend.key,
        session_id=session_id,
        **project_limits(),
    )
    if chat is None:
        chat = ChatEngine(project, backend=backend.kind)
    else:
        chat.attach(project)
    return App(backend=backend, client=client, project=project, chat=chat)


@contextlib.asynccontextmanager
async def running(backend: Backend, **kwargs: Any) -> AsyncIterator[App]:
    """``build``, then wait for a local engine to serve; the client is closed on exit."""
    app = build(backend, **kwargs)
    try:
        if backend.engine is not None:
            await asyncio.to_thread(backend.wait_ready)
        yield app
    finally:
        await app.aclose()
