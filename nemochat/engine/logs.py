"""The engine's logging set-up, in a module of its own (``embedded`` and ``server`` both use
it, so neither imports the other for it)."""

from __future__ import annotations

import contextlib
from pathlib import Path


def log_to_file(home: Path, also: tuple[str, ...] = ()) -> None:
    """Engine and uvicorn warnings go to <home>/engine/engine.log, not the chat screen
    (``also``: more loggers, e.g. ``asyncio`` for ``nemochat serve``)."""
    import logging.handlers

    from nemochat.config import ensure_private_dir

    folder = ensure_private_dir(home / "engine")
    path = folder / "engine.log"
    for name in ("nemochat.engine", "uvicorn", *also):
        logger = logging.getLogger(name)
        logger.propagate = False
        if not any(getattr(h, "baseFilename", None) == str(path) for h in logger.handlers):
            handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=1_000_000, backupCount=2, encoding="utf-8"
            )
            handler.setFormatter(
                logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
            )
            handler.setLevel(logging.INFO)
            logger.addHandler(handler)
        if logger.level == logging.NOTSET or logger.level > logging.INFO:
            logger.setLevel(logging.INFO)
    with contextlib.suppress(OSError):
        path.chmod(0o600)
