"""Find files dropped into the terminal in an input line (parsed on Enter).

A terminal "drops" a file by typing its path, and every terminal quotes differently:
backslash escapes (macOS Terminal, iTerm2, WezTerm, Warp), single quotes with ``'\\''``
(GNOME, Windows Terminal + WSL), double quotes (Windows Terminal), nothing at all with
spaces in the name (Alacritty: longest existing match), one path per line (kitty),
``file://`` URIs, Windows drive and UNC paths, a leading ``& '…'`` (VS Code + PowerShell)
and ``~/``. Paths are never NFKC-normalised (that would turn ``（1）.png`` into ``(1).png``);
only the NFC/NFD forms are tried, because macOS stores names decomposed.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

MEDIA_EXTENSIONS = frozenset(
    [
        ".jpg",
        ".jpeg",
        ".png",
        ".webp",
        ".gif",
        ".bmp",
        ".tif",
        ".tiff",
        ".heic",
        ".heif",
        ".avif",
        ".mp4",
        ".mov",
        ".m4v",
        ".webm",
        ".mkv",
        ".avi",
        ".mpg",
        ".mpeg",
        ".3gp",
        ".mp3",
        ".m4a",
        ".aac",
        ".wav",
        ".flac",
        ".ogg",
        ".opus",
    ]
)
_PASTE_MARKS = re.compile(r"\x1b\[20[01]~")
_WINDOWS = re.compile(r"^(?:[A-Za-z]:[\\/]|\\\\)")
_GLUED = re.compile(r".[A-Za-z]:\\")
_EXT = re.compile(r"\.[A-Za-z0-9]{1,5}$")


@dataclass
class Token:
    """One shell-like word of the input: its unquoted value and where it sat in the line."""

    value: str
    start: int
    end: int
    quoted: bool = False  # quotes or backslash escapes were used


@dataclass
class Dropped:
    """The result of parsing one input: files to upload and the text that is left."""

    files: list[Path] = field(default_factory=list)
    text: str = ""
    missing: list[str] = field(default_factory=list)  # path-like tokens that name nothing
    folders: list[str] = field(default_factory=list)  # paths that are folders, not files
    glued: list[str] = field(default_factory=list)  # several Windows paths with no separator
    # media files in the working folder named bare in a message ("配上 song.mp3"): uploaded,
    # and their names stay in the text so the message still says what to do with them
    named: list[Path] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing stops the input from being sent."""
        return not (self.missing or self.folders or self.glued)


def tokenize(line: str) -> list[Token]:
    """Split one line like a POSIX shell would, tolerantly.

    Quotes open only at the start of a word or right after another quoted part (so the
    apostrophe in "don't" is just a letter); an unterminated quote is a literal character.
    Words that start with a drive letter or ``\\\\`` keep their backslashes (Windows paths).
    """
    tokens: list[Token] = []
    i, n = 0, len(line)
    while i < n:
        while i < n and line[i] in " \t":
            i += 1
        if i >= n:
            break
        start = i
        buf: list[str] = []
        quoted = False
        windows = bool(_WINDOWS.match(line, i)) or bool(
            line[i] in "\"'" and _WINDOWS.match(line, i + 1)
        )
        can_open = True  # a quote may open here
        while i < n and line[i] not in " \t":
            ch = line[i]
            if ch in "'\"" and can_open:
                close = line.find(ch, i + 1)
                if ch == '"' and not windows:
                    # inside double quotes a backslash escapes " \ $ `
                    j, part = i + 1, []
                    while j < n and line[j] != '"':
                        if line[j] == "\\" and j + 1 < n and line[j + 1] in '"\\$`':
                            part.append(line[j + 1])
                            j += 2
                            continue
                        part.append(line[j])
                        j += 1
                    close = j if j < n else -1
                    if close != -1:
                        buf.append("".join(part))
                        i = close + 1
                        quoted = True
                        continue
                elif close != -1:
                    buf.append(line[i + 1 : close])
                    i = close + 1
                    quoted = True
                    continue
                buf.append(ch)
                i += 1
                can_open = False
                continue
            if ch == "\\" and not windows and i + 1 < n:
                buf.append(line[i + 1])
                i += 2
                quoted = True
                can_open = True
                continue
            buf.append(ch)
            i += 1
            can_open = False
        tokens.append(Token("".join(buf), start, i, quoted))
    return tokens


def file_uri_to_path(uri: str) -> str:
    """``file:///Users/amy/My%20Clip.mov`` → ``/Users/amy/My Clip.mov`` (also drive letters)."""
    parts = urlsplit(uri)
    path = unquote(parts.path, encoding="utf-8", errors="strict")
    if re.match(r"^/[A-Za-z]:[/\\]", path):
        path = path[1:]
    if parts.netloc and parts.netloc.lower() != "localhost":
        path = f"//{parts.netloc}{path}"
    return path


def candidate(value: str) -> str:
    """A token's value as a file system path: ``file://`` decoded, leading ``~/`` expanded."""
    if value.lower().startswith("file://"):
        try:
            value = file_uri_to_path(value)
        except UnicodeDecodeError:
            return value
    if value.startswith("~/"):
        value = os.path.expanduser("~") + value[1:]
    return value


def looks_like_path(token: Token) -> bool:
    """Whether a token is meant as a path (so a missing one must not be sent as text)."""
    v = token.value
    if v.lower().startswith("file://") or _WINDOWS.match(v):
        return True
    if v.startswith(("~/", "./", "../")):
        return True
    if v.startswith("/"):
        # "/Users/amy/a.png" or "/a.png", but not "/" or a slash command like "/exprot"
        return v.count("/") >= 2 or bool(_EXT.search(v))
    return token.quoted and ("/" in v or "\\" in v) and bool(_EXT.search(v))


def _existing(path: str) -> Path | None:
    """The path if it exists (trying NFC and NFD spellings), else ``None``."""
    seen = set()
    for form in (path, unicodedata.normalize("NFC", path), unicodedata.normalize("NFD", path)):
        if form in seen:
            continue
        seen.add(form)
        p = Path(form)
        try:
            if p.exists():
                return p
        except (OSError, ValueError):
            return None
    return None


# a file name at the end of a word, after any Chinese glued to it (配乐用song.mp3)
_BARE_NAME = re.compile(r"[A-Za-z0-9_\-][A-Za-z0-9_\-.]*\.[A-Za-z0-9]{2,5}$")


def _is_media(p: Path) -> bool:
    return p.suffix.lower() in MEDIA_EXTENSIONS


def _strip_line(line: str) -> str:
    """Drop a VS Code PowerShell call operator: ``& 'C:\\x.mov'`` → ``'C:\\x.mov'``."""
    m = re.match(r"^\s*&\s+(?=['\"])", line)
    return line[m.end() :] if m else line


def _parse_line(line: str, out: Dropped, *, args: bool = False) -> str:
    """Collect files from one line into ``out``; return the line's leftover text. With
    ``args`` every word is meant as a path (``/upload a.jpg b.jpg``: bare names too)."""
    line = _strip_line(line)
    whole = line.strip()
    # 1. the whole line names one file (unquoted spaces, kitty, Shift-drag)
    if whole and (args or whole.startswith(("/", "~/")) or _WINDOWS.match(whole)):
        hit = _existing(candidate(whole))
        if hit is not None and hit.is_file():
            out.files.append(hit)
            return ""
    tokens = tokenize(line)
    hits: list[tuple[int, int, str, str | Path]] = []  # (start, end, kind, value)
    only_paths = True
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if not (args or looks_like_path(tok)):
            only_paths = False
            bare = _BARE_NAME.search(tok.value)  # "song.mp3", 配乐用song.mp3
            if bare and not tok.quoted:
                hit = _existing(bare.group(0))
                if hit is not None and hit.is_file() and _is_media(hit) and hit not in out.named:
                    out.named.append(hit)
            i += 1
            continue
        # 2. longest join of the following unquoted words that names an existing file
        end = None
        if not tok.quoted:
            for j in range(len(tokens) - 1, i, -1):
                if any(t.quoted for t in tokens[i + 1 : j + 1]):
                    continue
                hit = _existing(candidate(line[tok.start : tokens[j].end]))
                if hit is not None and hit.is_file():
                    hits.append((tok.start, tokens[j].end, "file", hit))
                    end = j
                    break
        if end is None:
            end = i
            path = candidate(tok.value)
            hit = _existing(path)
            if hit is not None and hit.is_file():
                hits.append((tok.start, tok.end, "file", hit))
            elif hit is not None and hit.is_dir():
                hits.append((tok.start, tok.end, "folder", tok.value))
            elif _WINDOWS.match(tok.value) and _GLUED.search(tok.value[2:]):
                hits.append((tok.start, tok.end, "glued", tok.value))
            else:
                hits.append((tok.start, tok.end, "missing", path))
        i = end + 1
    if not only_paths:
        # mixed with text, a file is an attachment only if it is media (notes, rule 2)
        hits = [h for h in hits if h[2] != "file" or _is_media(Path(h[3]))]
    parts: list[str] = []
    cursor = 0
    for start, stop, kind, value in hits:
        parts.append(line[cursor:start].strip())
        cursor = stop
        if kind == "file":
            out.files.append(Path(value))
        else:
            {"folder": out.folders, "glued": out.glued, "missing": out.missing}[kind].append(
                str(value)
            )
    parts.append(line[cursor:].strip())
    return " ".join(p for p in parts if p)


def parse(text: str, *, args: bool = False) -> Dropped:
    """Split ``text`` into dropped files and the message text around them.

    Paste brackets and CR/CRLF are removed first. Every line is parsed on its own (kitty
    puts one path per line). A path-like word that names nothing ends up in ``missing``
    and the caller must keep the input and not send it. ``args``: the text is a command's
    path arguments (``/upload rocket.jpg coffee.png``), so a bare name is a path as well,
    relative to the working folder; "my photo.jpg" unquoted is still one file if it exists.
    """
    clean = _PASTE_MARKS.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    out = Dropped()
    lines = clean.split("\n")
    rests = [_parse_line(line, out, args=args) for line in lines]
    if out.files or out.missing or out.folders or out.glued:
        out.text = "\n".join(r for r in rests if r.strip()).strip()
    else:
        out.text = clean.strip()
    return out
