"""Strip terminal control sequences from text that came from a server.

rich passes ESC through (a server could set the window title, clear the screen or write
the clipboard with OSC 52), so every server string goes through ``clean`` before it is
printed, and is printed as plain ``Text`` (never as markup).
"""

from __future__ import annotations

import re

from nemochat.api.errors import redact

# ESC-introduced sequences: CSI (ESC [ ... final), OSC/DCS/SOS/PM/APC (ESC ] P X ^ _ ... ST or BEL),
# and any other two-byte ESC sequence. The 8-bit C1 forms (0x9B CSI, 0x9D OSC, 0x90 DCS,
# 0x98 SOS, 0x9E PM, 0x9F APC) are handled the same way.
_STRING_SEQ = re.compile(
    r"(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])"  # introducer
    r".*?"  # payload (non-greedy)
    r"(?:\x07|\x1b\\|\x9c|$)",  # terminator: BEL, ST (7-bit or 8-bit), or end of text
    re.DOTALL,
)
_CSI = re.compile(r"(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?")
_ESC_OTHER = re.compile(r"\x1b[\x20-\x2f]*[\x30-\x7e]?")
# C0 except \t and \n, DEL, C1; plus bidi overrides/isolates that can disguise text.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean(text: object) -> str:
    """``text`` as a string without escape sequences or control characters (\\n, \\t kept).

    A lone ``\\r`` becomes a newline (``\\r\\n`` → ``\\n``) so a server cannot overwrite
    what is already on the line.
    """
    s = text if isinstance(text, str) else str(text)
    if not s:
        return s
    s = redact(s)  # the tokens in use, by value
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    s = _STRING_SEQ.sub("", s)
    s = _CSI.sub("", s)
    s = _ESC_OTHER.sub("", s)
    return _CONTROLS.sub("", s)


def clean_line(text: object) -> str:
    """Like ``clean`` but for one-line labels (file names, tool names): newlines → spaces."""
    return clean(text).replace("\n", " ").replace("\t", " ")
