"""Time limits from ``config.json``, shared by every front end (see ``nemochat.app``)."""

from __future__ import annotations

from typing import Any

LOCAL_POLL = (0.25, 1.0)  # render poll interval for the local engine (seconds)


def client_limits(kind: str = "cloud") -> dict[str, Any]:
    """Time limits from ``config.json`` (seconds): ``turn_timeout``, ``idle_limit``,
    ``render_timeout``, ``render_poll`` (first render poll interval; backs off to 15 s).

    The local engine is polled faster by default (0.25 s backing off to 1 s): it is on
    this machine, so a poll costs nothing and a finished render is seen at once.
    """
    from nemochat import config

    settings = config.settings()

    def seconds(key: str) -> float | None:
        value = settings.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
            return float(value)
        return None

    limits: dict[str, Any] = {}
    for key, arg in (
        ("turn_timeout", "turn_deadline"),
        ("idle_limit", "idle_limit"),
        ("render_timeout", "render_timeout"),
    ):
        value = seconds(key)
        if value is not None:
            limits[arg] = value
    poll = seconds("render_poll")
    if poll is not None:
        limits["poll_interval"] = (poll, max(poll, 15.0))
    elif kind == "local":
        limits["poll_interval"] = LOCAL_POLL
    return limits


def project_limits() -> dict[str, Any]:
    """How a dropped reply stream is watched, from ``config.json`` (seconds):
    ``watch_wait`` before the first look at the project (default 30), then every
    ``watch_every`` (default 60), ``watch_tries`` times (default 5)."""
    from nemochat import config

    settings = config.settings()
    limits: dict[str, Any] = {}
    for key, arg in (("watch_wait", "recover_wait"), ("watch_every", "recover_every")):
        value = settings.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
            limits[arg] = float(value)
    tries = settings.get("watch_tries")
    if isinstance(tries, int) and not isinstance(tries, bool) and tries >= 0:
        limits["recover_tries"] = tries
    return limits
