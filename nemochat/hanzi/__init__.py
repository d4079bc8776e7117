"""Traditional Chinese read as Simplified, so one vocabulary serves both scripts.

A user in Taiwan or Hong Kong types 影片改成直式的, 轉場用淡入淡出 or 匯出; the agent's request
families and the chat's intent router are written in Simplified characters. ``simplified``
maps each Traditional character to its Simplified form (OpenCC's table, ``ts_characters.txt``
here, Apache-2.0), one character for one, so a position in the converted text is the same
position in what the user typed: the words of a title are taken from the user's own
spelling (the agent's ``_Ctx.recover``), never converted. Light to import (the client's
router uses it): the table is read on first use.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_TABLE = Path(__file__).with_name("ts_characters.txt")


@cache
def _table() -> dict[int, str]:
    """Traditional code point → Simplified character (loaded on first use: 2,843 pairs)."""
    pairs: dict[int, str] = {}
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            traditional, simple = line.split("\t")
            pairs[ord(traditional)] = simple
    return pairs


def simplified(text: str) -> str:
    """``text`` with every Traditional character in Simplified; the same length (a character
    for a character), and the same string when it has no Chinese."""
    if not any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return text
    return text.translate(_table())
