"""Fonts that ship inside nemochat: a Simplified Chinese + Latin subset of Noto Sans CJK SC.

The renderer uses a system face when one can draw the text and these otherwise, so Chinese
titles render on a machine with no CJK font installed. Licence: OFL.txt beside this file;
how the subset is made: README.md here and ``tools/make_font_subset.py``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
WEIGHTS = ("regular", "bold")


def bundled(weight: str = "regular") -> Path:
    """The bundled face for a weight ("regular" or "bold"; anything heavier than medium
    is bold)."""
    name = "Bold" if weight == "bold" else "Regular"
    return HERE / f"NotoSansSC-{name}.otf"


@cache
def charset() -> frozenset[str]:
    """Every character the bundled faces draw (what ``charset.txt`` lists)."""
    return frozenset((HERE / "charset.txt").read_text("utf-8"))
