"""Read a draft (docs/draft.md) into a render plan: output format, visual, audio and text items.

Readers tolerate missing keys (sensible defaults) and ignore unknown ones, so cloud drafts and
older local drafts both render.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .. import draft
from .. import draft as draft_mod  # build_plan's argument is called draft
from .errors import RenderError

# The draft's vocabulary has one home: nemochat/engine/draft.py (docs/draft.md).
FPS_CHOICES = draft.FPS_VALUES
MOTIONS = frozenset(draft.MOTIONS)
FITS = frozenset(draft.FITS)
DEFAULT_STYLE = draft.DEFAULT_STYLE
ENTRANCES = draft.ENTRANCES
DEFAULT_FIT = draft.DEFAULT_FIT
IMAGE_EXT = {".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff", ".heic", ".heif"}
VIDEO_EXT = {".mp4", ".mov", ".webm", ".mkv", ".avi", ".m4v"}


@dataclass
class OutputFormat:
    width: int
    height: int
    fps: int
    draft: bool = False  # a preview: bilinear warps (4x faster than bicubic, a little softer)

    @property
    def vertical(self) -> bool:
        return self.height > self.width


@dataclass
class Transition:
    type: str = "cut"
    ms: int = 0


@dataclass
class VisualItem:
    index: int  # 1-based position among the video track's segments (for messages)
    st: int
    d: int
    src: str
    kind: str  # "image" | "video"
    name: str
    motion: str = "auto"
    focus: Any = "auto"
    fit: str = "auto"
    background: str | None = None  # a solid colour behind a contained photo ("#RRGGBB")
    transition: Transition = field(default_factory=Transition)
    trim: int = 0
    volume: float = 1.0
    mute: bool = False

    @property
    def end(self) -> int:
        return self.st + self.d


@dataclass
class AudioItem:
    index: int
    st: int
    d: int
    src: str
    name: str
    volume: float = 1.0
    fade_in: int = 0
    fade_out: int = 0
    loop: bool = True
    duck: bool = True
    trim: int = 0


@dataclass
class TextItem:
    st: int
    d: int
    text: str
    role: str = "title"
    position: Any = "center"
    size: float = 0.08
    color: str = "#FFFFFF"
    style: str = "bold"
    fade_in: int = 300
    fade_out: int = 300
    font: str | None = None
    entrance: str = "fade"
    exit: str = "fade"


@dataclass
class Plan:
    fmt: OutputFormat
    duration_ms: int
    visuals: list[VisualItem]
    audio: list[AudioItem]
    texts: list[TextItem]
    fade_in: int = 0  # whole video from black over the first N ms (picture and sound)
    fade_out: int = 0  # and to black over the last N ms


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _num(value: Any, default: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default
    return float(value)


def _int(value: Any, default: int) -> int:
    return round(_num(value, default))


def _str(value: Any, default: str) -> str:
    return value if isinstance(value, str) and value else default


def _choice(value: Any, choices: tuple[str, ...], default: str) -> str:
    return value if isinstance(value, str) and value in choices else default


def _even(n: int) -> int:
    return max(2, n - (n % 2))


def output_format(meta: dict) -> OutputFormat:
    """Frame size and rate from the draft's ``m`` (explicit size wins, else aspect + resolution)."""
    aspect = _str(meta.get("aspect"), "16:9")
    res = _str(meta.get("resolution"), "1080p").lower()
    if aspect not in draft.ASPECTS:
        aspect = "16:9"
    if res not in draft.RESOLUTIONS:
        res = "1080p"
    dw, dh = draft.frame_size(aspect, res)
    w = _int(meta.get("width"), dw)
    h = _int(meta.get("height"), dh)
    w, h = min(max(w, 16), 4096), min(max(h, 16), 4096)
    # 24/25/30/60 are the presets; any whole rate up to 60 renders (small ones keep tests fast)
    fps = _int(meta.get("fps"), 30)
    if not 1 <= fps <= 60:
        fps = min(FPS_CHOICES, key=lambda f: abs(f - fps))
    return OutputFormat(_even(w), _even(h), fps)


def _kind_of(meta: dict) -> str:
    kind = meta.get("kind")
    if kind in ("image", "video"):
        return str(kind)
    name = _str(meta.get("name"), "").lower()
    return "video" if any(name.endswith(e) for e in VIDEO_EXT) else "image"


def _color(value: Any) -> str | None:
    if isinstance(value, str) and draft.is_hex_color(value):
        return value
    return None


def _focus(value: Any) -> Any:
    if isinstance(value, list | tuple) and len(value) == 2:
        x, y = _num(value[0], 0.5), _num(value[1], 0.5)
        return (min(max(x, 0.0), 1.0), min(max(y, 0.0), 1.0))
    return value if value in ("auto", "face", "center") else "auto"


def build_plan(draft: dict) -> Plan:
    """Turn a draft into a plan; raise RenderError when there is nothing to draw."""
    if not isinstance(draft, dict):
        raise RenderError("render.bad_draft", error="not a JSON object")
    meta = _dict(draft.get("m"))
    fmt = output_format(meta)
    default_fit = _str(meta.get("fit"), DEFAULT_FIT)
    if default_fit not in FITS:
        default_fit = DEFAULT_FIT
    default_bg = _color(meta.get("background"))
    visuals: list[VisualItem] = []
    audio: list[AudioItem] = []
    texts: list[TextItem] = []
    raw_tracks = draft.get("t")
    tracks: list[Any] = raw_tracks if isinstance(raw_tracks, list) else []
    for track in tracks:
        if not isinstance(track, dict):
            continue
        segs = [s for s in track.get("sg") or [] if isinstance(s, dict)]
        tt = track.get("tt")
        if tt == 0:
            _read_visuals(segs, default_fit, default_bg, visuals)
        elif tt == 1:
            for i, seg in enumerate(segs, 1):
                m = _dict(seg.get("m"))
                if not isinstance(m.get("src"), str):
                    continue
                d = max(0, _int(seg.get("d"), 0))
                audio.append(
                    AudioItem(
                        index=i,
                        st=max(0, _int(seg.get("st"), 0)),
                        d=d,
                        src=m["src"],
                        name=_str(m.get("name"), m["src"]),
                        volume=min(max(_num(m.get("volume"), 1.0), 0.0), 2.0),
                        fade_in=draft_mod.music_fade_ms(max(0, _int(m.get("fade_in"), 0)), d),
                        fade_out=draft_mod.music_fade_ms(max(0, _int(m.get("fade_out"), 0)), d),
                        loop=m.get("loop") is not False,
                        duck=m.get("duck") is not False,
                        trim=max(0, _int(m.get("trim"), 0)),
                    )
                )
        elif tt == 7:
            for seg in segs:
                m = _dict(seg.get("m"))
                text = m.get("text")
                if not isinstance(text, str) or not text.strip():
                    continue
                role = "caption" if m.get("role") == "caption" else "title"
                texts.append(
                    TextItem(
                        st=max(0, _int(seg.get("st"), 0)),
                        d=max(0, _int(seg.get("d"), 0)),
                        text=text,
                        role=role,
                        position=m.get("position") or ("auto" if role == "title" else "bottom"),
                        size=min(
                            max(_num(m.get("size"), 0.08 if role == "title" else 0.045), 0.01), 0.5
                        ),
                        color=_str(m.get("color"), "#FFFFFF"),
                        style=_str(m.get("style"), DEFAULT_STYLE[role]),
                        fade_in=max(0, _int(m.get("fade_in"), 300)),
                        fade_out=max(0, _int(m.get("fade_out"), 300)),
                        font=m.get("font") if isinstance(m.get("font"), str) else None,
                        entrance=_choice(m.get("entrance"), ENTRANCES, "fade"),
                        exit=_choice(m.get("exit"), ENTRANCES, "fade"),
                    )
                )
    if not visuals:
        raise RenderError("render.empty")
    end = max(v.end for v in visuals)
    if end > draft_mod.MAX_VIDEO_MS or len(visuals) > draft_mod.MAX_SEGMENTS:
        raise RenderError(
            "render.too_long", seconds=end // 1000, limit=draft_mod.MAX_VIDEO_MS // 60_000
        )
    texts = [t for t in texts if len(t.text) <= draft_mod.MAX_TEXT_CHARS][: draft_mod.MAX_TEXTS]
    duration = _int(draft.get("d"), end)
    if duration <= 0 or duration > end + 60_000:
        duration = end
    # at most half the video each, as docs/draft.md says (a cloud draft may not know the rule)
    fade_in = min(max(0, _int(meta.get("fade_in"), 0)), duration // 2)
    # every video ends deliberately: a short fade to black unless the draft says otherwise
    default_out = draft_mod.end_fade_ms(duration)
    fade_out = min(max(0, _int(meta.get("fade_out"), default_out)), duration // 2)
    return Plan(fmt, duration, visuals, audio, texts, fade_in, fade_out)


def _read_visuals(
    segs: list[dict], default_fit: str, default_bg: str | None, out: list[VisualItem]
) -> None:
    """Visual items with the overlap rule applied: a transition into i overlaps i-1's tail."""
    prev: VisualItem | None = None
    for i, seg in enumerate(segs, 1):
        m = _dict(seg.get("m"))
        src = m.get("src")
        if not isinstance(src, str):
            continue
        d = max(0, _int(seg.get("d"), 3000))
        if d == 0:
            continue
        tr = _dict(m.get("transition"))
        ttype = _str(tr.get("type"), "cut")
        tms = max(0, _int(tr.get("d"), 500 if ttype != "cut" else 0))
        if prev is None or ttype == "cut":
            ttype, tms = "cut", 0
        else:
            tms = min(tms, prev.d // 2, d // 2)
            if tms == 0:
                ttype = "cut"
        default_st = 0 if prev is None else prev.end - tms
        st = max(0, _int(seg.get("st"), default_st))
        if prev is not None and tms > 0:
            # a draft whose st disagrees with its transition: blend only where they overlap
            tms = max(0, min(tms, prev.end - st))
            if tms == 0:
                ttype = "cut"
        motion = _str(m.get("motion"), "auto")
        fit = _str(m.get("fit"), default_fit)
        item = VisualItem(
            index=i,
            st=st,
            d=d,
            src=src,
            kind=_kind_of(m),
            name=_str(m.get("name"), src),
            motion=motion if motion in MOTIONS else "auto",
            focus=_focus(m.get("focus", "auto")),
            fit=fit if fit in FITS else default_fit,
            background=_color(m.get("background")) or default_bg,
            transition=Transition(ttype, tms),
            trim=max(0, _int(m.get("trim"), 0)),
            volume=min(max(_num(m.get("volume"), 1.0), 0.0), 2.0),
            mute=bool(m.get("mute", False)),
        )
        out.append(item)
        prev = item
