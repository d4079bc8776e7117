"""How the agent says numbers: seconds ("3 s", "2.5 s", "0.25 s") and percentages."""

from __future__ import annotations


def secs(ms: int | float) -> str:
    """ "3 s", "2.5 s", "0.25 s" (two decimals only under a second)."""
    s = ms / 1000
    return (
        f"{s:.2f}".rstrip("0").rstrip(".") + " s"
        if s < 1
        else f"{s:.1f}".rstrip("0").rstrip(".") + " s"
    )


def pct(v: float) -> str:
    return f"{round(v * 100)}%"
