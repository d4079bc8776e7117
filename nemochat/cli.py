"""Command line: arguments → a one-shot command or the chat. (Skeleton; see issue 2.)"""

from __future__ import annotations


def main(argv: list[str] | None = None) -> int:
    from nemochat import __version__

    print(f"nemochat {__version__}")
    return 0
