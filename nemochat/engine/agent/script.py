"""Traditional Chinese read as Simplified, so one vocabulary serves both scripts.

A user in Taiwan or Hong Kong types 影片改成直式的 or 轉場用淡入淡出; the request families'
vocabulary is written in Simplified characters. ``simplified`` maps each Traditional character
to its Simplified form (OpenCC's table, ``vocab/ts_characters.txt``), one character for one,
so a position in the converted text is the same position in what the user typed: the words
of a title are taken from the user's own spelling (``_Ctx.recover``), never converted.
"""

from __future__ import annotations

from functools import cache

from .registry import VOCAB_DIR


@cache
def _table() -> dict[int, str]:
    """Traditional code point → Simplified character (loaded on first use: 2,843 pairs)."""
    pairs: dict[int, str] = {}
    for line in (VOCAB_DIR / "ts_characters.txt").read_text(encoding="utf-8").splitlines():
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
