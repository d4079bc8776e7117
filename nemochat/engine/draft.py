"""The draft (timeline) model of docs/draft.md: presets, constructors, layout, validation.

Pure Python, no heavy imports: the agent, the engine and the renderer all share it, and the
agent's property tests call ``validate`` thousands of times.
"""

from __future__ import annotations

import copy
import re
from typing import Any, TypeGuard

VERSION = 1

ASPECTS = ("16:9", "9:16", "1:1", "4:5")
RESOLUTIONS = ("720p", "1080p", "4k")
FPS_VALUES = (24, 25, 30, 60)
FITS = ("auto", "blur", "crop", "pad")
PACES = ("calm", "normal", "fast")
MOTIONS = (
    "auto",
    "zoom_in",
    "zoom_out",
    "pan_left",
    "pan_right",
    "pan_up",
    "pan_down",
    "drift",
    "static",
)
FOCUSES = ("auto", "face", "center")
TRANSITIONS = (
    "cut",
    "crossfade",
    "fade_black",
    "fade_white",
    "slide_left",
    "slide_right",
    "slide_up",
    "slide_down",
    "push_left",
    "push_right",
    "push_up",
    "push_down",
    "wipe_left",
    "wipe_right",
    "wipe_up",
    "wipe_down",
    "zoom",
    "whip",
)
POSITIONS = (
    "auto",  # a title's default: centred, moved to a third when the photo's subject is there
    "top",
    "center",
    "bottom",
    "top_left",
    "top_right",
    "bottom_left",
    "bottom_right",
)
# Text styles, each a complete design (docs/render.md): bold is the default for titles,
# caption for captions; plain and shadow are the older looks, still drawn.
STYLES = ("bold", "outline", "box", "caption", "subtitle", "plain", "shadow")
DEFAULT_STYLE = {"title": "bold", "caption": "caption"}
# How a text comes in and goes out (never in one frame): fade (with a slight rise), slide, pop.
ENTRANCES = ("fade", "slide", "pop")
# where a text stays when the video's length changes (relayout): spanning it, from its start
# to the end, or ending with it
ANCHORS = ("whole", "to_end", "end")
MIN_TEXT_FADE_MS = 200
ROLES = ("title", "caption")
KINDS = ("image", "video")

TT_VIDEO = 0
TT_AUDIO = 1
TT_TEXT = 7

# Sensible defaults (docs/agent.md explains them).
DEFAULT_ASPECT = "16:9"
DEFAULT_RESOLUTION = "1080p"
DEFAULT_FPS = 30
DEFAULT_FIT = "auto"
DEFAULT_PHOTO_MS = 3000
DEFAULT_VIDEO_MAX_MS = 10000
DEFAULT_TRANSITION = "crossfade"
DEFAULT_TRANSITION_MS = 500
# The shortest each transition may be and still look deliberate (a moving picture needs
# time to be seen moving; a dip or blend can be quicker). Cuts have none.
MIN_MOTION_TRANSITION_MS = 400
MIN_BLEND_MS = 250
MIN_DIP_MS = 300
DEFAULT_TITLE_SIZE = 0.08
DEFAULT_CAPTION_SIZE = 0.045
DEFAULT_MUSIC_VOLUME = 1.0  # = −14 LUFS: the renderer normalises music (render/loudness.py)
MIN_SEGMENT_MS = 100
# Limits a draft must keep (docs/draft.md, "Limits"): a render's time and memory stay bounded
# whatever it asks for. A draft past them is invalid (the engine answers 4003).
MAX_VIDEO_MS = 10 * 60_000  # 10 minutes of output
MAX_SEGMENTS = 500  # per track
MAX_TEXTS = 50  # titles and captions in one draft
MAX_TEXT_CHARS = 500  # one title or caption

# 1080p sizes; 720p and 4k scale the short side to 720 / 2160.
_BASE_1080 = {"16:9": (1920, 1080), "9:16": (1080, 1920), "1:1": (1080, 1080), "4:5": (1080, 1350)}
_SHORT_SIDE = {"720p": 720, "1080p": 1080, "4k": 2160}

_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")


def soft_photos(
    draft: dict[str, Any] | None, sizes: dict[str, tuple[int, int]]
) -> list[tuple[int, str, int, int]]:
    """Photos on the timeline with fewer pixels than the frame shows of them (1-based clip
    number, name, width, height): they will look soft, whatever the renderer does. A photo
    fills the frame (the default layout), so it must cover both sides; 15 % is forgiven."""
    m = draft.get("m") if isinstance(draft, dict) else None
    if not isinstance(m, dict):
        return []
    w, h = m.get("width"), m.get("height")
    if not (_is_int(w) and _is_int(h)):
        return []
    out = []
    for i, seg in enumerate(segments(draft, TT_VIDEO), 1):
        sm = seg.get("m") if isinstance(seg, dict) else None
        if not isinstance(sm, dict):
            continue
        size = sizes.get(str(sm.get("src")))
        if sm.get("kind", "image") != "image" or not size or min(size) <= 0:
            continue
        if max(w / size[0], h / size[1]) > 1.15:
            out.append((i, str(sm.get("name") or sm.get("src")), size[0], size[1]))
    return out


def end_fade_ms(duration_ms: int) -> int:
    """The default ending: a fade to black of about 6 % of the video, 0.5–1 s (never more
    than half of it). A draft's explicit ``m.fade_out`` (0 = a hard cut) wins."""
    return min(max(500, min(1000, round(duration_ms * 0.06))), duration_ms // 2)


def music_fade_ms(fade_ms: int, segment_ms: int) -> int:
    """A music fade scaled to its segment: at most a quarter of it (a 4 s video does not
    spend 2.5 s fading)."""
    return max(0, min(fade_ms, segment_ms // 4))


def is_hex_color(value: object) -> TypeGuard[str]:
    """A colour as the draft writes it: "#RRGGBB"."""
    return isinstance(value, str) and bool(_COLOR.match(value))


def frame_size(aspect: str, resolution: str = DEFAULT_RESOLUTION) -> tuple[int, int]:
    """Output width and height for an aspect ratio and resolution preset."""
    w, h = _BASE_1080[aspect]
    scale = _SHORT_SIDE[resolution] / 1080
    return round(w * scale), round(h * scale)


def min_transition_ms(kind: str) -> int:
    """The minimum duration of a transition type (0 for a cut); see :func:`relayout`."""
    if kind == "cut" or kind not in TRANSITIONS:
        return 0
    if kind == "crossfade":
        return MIN_BLEND_MS
    if kind in ("fade_black", "fade_white"):
        return MIN_DIP_MS
    return MIN_MOTION_TRANSITION_MS


def aspect_for_size(width: int, height: int) -> str:
    """The preset aspect closest to a photo's shape (used to pick a default format)."""
    ratio = width / height if height else 1.0
    best = min(ASPECTS, key=lambda a: abs(_ratio(a) - ratio))
    return best


def _ratio(aspect: str) -> float:
    w, h = _BASE_1080[aspect]
    return w / h


# ---------------------------------------------------------------------------------------------
# constructors


def new_draft(
    *,
    aspect: str = DEFAULT_ASPECT,
    resolution: str = DEFAULT_RESOLUTION,
    fps: int = DEFAULT_FPS,
    fit: str = DEFAULT_FIT,
    title: str = "My video",
    pace: str = "normal",
) -> dict[str, Any]:
    """An empty draft with the three standard tracks."""
    width, height = frame_size(aspect, resolution)
    return {
        "v": VERSION,
        "d": 0,
        "m": {
            "title": title,
            "width": width,
            "height": height,
            "aspect": aspect,
            "resolution": resolution,
            "fps": fps,
            "fit": fit,
            "pace": pace,
        },
        "t": [
            {"tt": TT_VIDEO, "m": {"name": "Photos"}, "sg": []},
            {"tt": TT_AUDIO, "m": {"name": "Music"}, "sg": []},
            {"tt": TT_TEXT, "m": {"name": "Text"}, "sg": []},
        ],
    }


def video_segment(
    src: str,
    *,
    kind: str = "image",
    name: str = "",
    d: int = DEFAULT_PHOTO_MS,
    motion: str = "auto",
    focus: Any = "auto",
    transition: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A photo or video clip for the video track (``st`` is set by :func:`relayout`)."""
    m: dict[str, Any] = {
        "src": src,
        "kind": kind,
        "name": name,
        "motion": motion,
        "focus": focus,
        "transition": dict(transition)
        if transition
        else {"type": DEFAULT_TRANSITION, "d": DEFAULT_TRANSITION_MS},
    }
    if kind == "video":
        m.update({"trim": 0, "volume": 1.0, "mute": False})
    return {"st": 0, "d": int(d), "m": m}


def text_segment(
    text: str,
    *,
    role: str = "title",
    st: int = 0,
    d: int = 3000,
    position: Any = None,
    size: float | None = None,
    color: str = "#FFFFFF",
    style: str | None = None,
    fade_in: int = 300,
    fade_out: int = 300,
    entrance: str = "fade",
    exit: str = "fade",
) -> dict[str, Any]:
    """A title or caption for the text track (style: ``bold`` for titles, ``caption`` for
    captions, unless given)."""
    return {
        "st": int(st),
        "d": int(d),
        "m": {
            "text": text,
            "role": role,
            "position": position or ("auto" if role == "title" else "bottom"),
            "size": size
            if size is not None
            else (DEFAULT_TITLE_SIZE if role == "title" else DEFAULT_CAPTION_SIZE),
            "color": color,
            "style": style or DEFAULT_STYLE.get(role, "bold"),
            "fade_in": fade_in,
            "fade_out": fade_out,
            "entrance": entrance,
            "exit": exit,
            "font": None,
        },
    }


def slideshow(
    media_ids: list[str],
    *,
    seg_ms: int = DEFAULT_PHOTO_MS,
    motion: str = "static",
    transition: dict[str, Any] | None = None,
    **options: Any,
) -> dict[str, Any]:
    """A laid-out draft showing each photo for ``seg_ms`` (cuts unless ``transition``);
    ``options`` go to :func:`new_draft`. Handy for scripts, tests and benchmarks."""
    draft = new_draft(**options)
    draft["t"][0]["sg"] = [
        video_segment(
            mid,
            name=f"p{i}.jpg",
            d=seg_ms,
            motion=motion,
            focus="center",
            transition=transition or {"type": "cut", "d": 0},
        )
        for i, mid in enumerate(media_ids)
    ]
    return relayout(draft)


def audio_segment(
    src: str,
    *,
    name: str = "",
    d: int = 0,
    volume: float = DEFAULT_MUSIC_VOLUME,
    fade_in: int = 1000,
    fade_out: int = 1500,
) -> dict[str, Any]:
    """Background music; :func:`relayout` stretches it over the whole video."""
    return {
        "st": 0,
        "d": int(d),
        "m": {
            "src": src,
            "name": name,
            "volume": volume,
            "fade_in": fade_in,
            "fade_out": fade_out,
            "loop": True,
            "duck": True,
            "trim": 0,
        },
    }


def track(draft: dict[str, Any], tt: int, *, create: bool = True) -> dict[str, Any] | None:
    """The first track of type ``tt`` (created, in standard order, when missing)."""
    for tr in draft.setdefault("t", []):
        if isinstance(tr, dict) and tr.get("tt") == tt:
            tr.setdefault("sg", [])
            return tr
    if not create:
        return None
    names = {TT_VIDEO: "Photos", TT_AUDIO: "Music", TT_TEXT: "Text"}
    tr = {"tt": tt, "m": {"name": names.get(tt, "Track")}, "sg": []}
    draft["t"].append(tr)
    draft["t"].sort(key=lambda x: {TT_VIDEO: 0, TT_AUDIO: 1, TT_TEXT: 2}.get(x.get("tt"), 3))
    return tr


def segments(draft: dict[str, Any] | None, tt: int) -> list[dict[str, Any]]:
    """The segments of the first track of type ``tt`` ([] when none)."""
    if not isinstance(draft, dict):
        return []
    for tr in draft.get("t") or []:
        if isinstance(tr, dict) and tr.get("tt") == tt:
            sg = tr.get("sg")
            return sg if isinstance(sg, list) else []
    return []


# ---------------------------------------------------------------------------------------------
# layout


def relayout(draft: dict[str, Any]) -> dict[str, Any]:
    """Recompute video starts from durations and transition overlaps, the total ``d``, and
    keep music and text inside the video. Mutates and returns ``draft``.

    A transition is raised to its type's minimum (:func:`min_transition_ms`), then clamped
    to half of either neighbour, so only photos shorter than twice the minimum shorten it
    below that; the first clip has none (cut).
    """
    video = segments(draft, TT_VIDEO)
    t = 0
    prev_d = 0
    for i, seg in enumerate(video):
        seg["d"] = max(MIN_SEGMENT_MS, int(seg.get("d") or 0))
        m = seg.setdefault("m", {})
        tr = m.get("transition")
        if not isinstance(tr, dict):
            tr = {"type": "cut", "d": 0}
        tr = {"type": tr.get("type", "cut"), "d": int(tr.get("d") or 0)}
        if i == 0 or tr["type"] == "cut":
            tr["d"] = 0
        else:
            d = max(tr["d"], min_transition_ms(str(tr["type"])))
            tr["d"] = max(0, min(d, prev_d // 2, seg["d"] // 2))
        m["transition"] = tr
        st = 0 if i == 0 else t - tr["d"]
        seg["st"] = st
        t = st + seg["d"]
        prev_d = seg["d"]
    total = t if video else 0
    draft["d"] = total
    meta = draft.get("m")
    if isinstance(meta, dict):
        # whole-video fades never outlast half the video (a shorter video shortens them)
        for key in ("fade_in", "fade_out"):
            if key in meta:
                v = meta[key]
                meta[key] = max(0, min(v if _is_int(v) else 0, total // 2))
    for seg in segments(draft, TT_AUDIO):
        seg["st"] = 0
        seg["d"] = total
    texts = segments(draft, TT_TEXT)
    keep = []
    for seg in texts:
        if total <= 0:
            continue
        d = max(MIN_SEGMENT_MS, min(int(seg.get("d") or 0), total))
        st = max(0, min(int(seg.get("st") or 0), total - d))
        anchor = (seg.get("m") or {}).get("anchor")
        if anchor == "whole":  # shown for the whole video: still, after any length change
            st, d = 0, total
        elif anchor == "end":  # "at the end": still ends with the video, as long as it was
            st = max(0, total - d)
        elif anchor == "to_end":  # "from 5 s": from there to the end, however long that is
            st = min(max(0, int(seg.get("st") or 0)), max(0, total - MIN_SEGMENT_MS))
            d = total - st
        seg["st"], seg["d"] = st, d
        keep.append(seg)
    texts[:] = keep
    _hand_over(draft)
    if total <= 0:
        for seg_list in (segments(draft, TT_AUDIO),):
            seg_list.clear()
    return draft


# ---------------------------------------------------------------------------------------------
# text layout (shared by the renderer, the validator and the agent)

TEXT_MAX_WIDTH = 0.85  # of the frame width, at most, for any text box
SHORT_TEXT_CELLS = 14  # a short title (14 Latin or 8 CJK characters) always fits on one line
CAPTION_LINE_CELLS = 28  # a caption line holds at least this many (a title line, 14)
_CJK_TEXT = re.compile(r"[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
# (horizontal, vertical) padding of each design around its lines, in ems
STYLE_PAD = {
    "box": (0.55, 0.3),
    "caption": (0.5, 0.25),
}
_EM_PER_CELL = 0.6  # the average advance of a Latin character in a bold sans, in ems


def safe_area(width: int, height: int) -> tuple[float, float, float, float]:
    """The margins text keeps (left, top, right, bottom, as fractions of the frame). Tall
    formats keep clear of where Reels, TikTok and Shorts draw their buttons and captions."""
    r = height / width if width else 1.0
    if r >= 1.6:  # 9:16
        return (0.04, 0.14, 0.12, 0.20)
    if r > 1.05:  # 4:5
        return (0.06, 0.08, 0.06, 0.12)
    return (0.06, 0.06, 0.06, 0.07)


def text_cells(text: str) -> float:
    """Display width in Latin-character cells: a CJK character counts as 1.75."""
    return sum(1.75 if _CJK_TEXT.match(ch) else 1.0 for ch in text if ch != "\n")


def text_max_width(width: int, height: int) -> float:
    """The widest a text box may be, in pixels: 85 % of the frame, and inside the safe area."""
    left, _, right, _ = safe_area(width, height)
    return min(TEXT_MAX_WIDTH, 1 - left - right) * width


def place_box(position: Any, bw: float, bh: float, width: int, height: int) -> tuple[int, int]:
    """Top-left corner (even pixels) of a bw×bh text box at ``position`` (a name, or the
    box's centre as [x, y] in 0..1), kept inside the safe area whenever it fits."""
    left, top, right, bottom = (
        m * d for m, d in zip(safe_area(width, height), (width, height, width, height), strict=True)
    )
    if (
        isinstance(position, list | tuple)
        and len(position) == 2
        and all(_is_num(v) for v in position)
    ):
        x, y = float(position[0]) * width - bw / 2, float(position[1]) * height - bh / 2
    else:
        name = position if isinstance(position, str) else "center"
        vert = (
            "top" if name.startswith("top") else "bottom" if name.startswith("bottom") else "center"
        )
        horiz = "left" if name.endswith("left") else "right" if name.endswith("right") else "center"
        x = {"left": left, "right": width - right - bw, "center": (left + width - right - bw) / 2}[
            horiz
        ]
        y = {"top": top, "bottom": height - bottom - bh, "center": (height - bh) / 2}[vert]
    x = min(max(x, left), width - right - bw) if bw <= width - left - right else (width - bw) / 2
    y = min(max(y, top), height - bottom - bh) if bh <= height - top - bottom else (height - bh) / 2
    x = min(max(x, 0), max(0, width - bw))
    y = min(max(y, 0), max(0, height - bh))
    return int(x) & ~1, int(y) & ~1


def text_box(m: dict[str, Any], width: int, height: int) -> tuple[int, int, int, int]:
    """An estimate of where a text segment's box lands (x0, y0, x1, y1 in pixels), by the
    renderer's sizing rules with average glyph widths: what the validator and the agent use
    to keep texts apart (the renderer measures the real box and keeps them apart too)."""
    text = str(m.get("text") or "")
    role = m.get("role", "title")
    style = m.get("style") or DEFAULT_STYLE.get(role, "bold")
    raw = m.get("size")
    size = (
        float(raw)
        if _is_num(raw)
        else (DEFAULT_TITLE_SIZE if role == "title" else DEFAULT_CAPTION_SIZE)
    )
    padx, pady = STYLE_PAD.get(style, (0.15, 0.1))
    maxw = text_max_width(width, height)
    paras = text.split("\n") or [""]
    cells = max(text_cells(p) for p in paras) or 1.0
    px = size * height
    short = len(paras) == 1 and cells <= SHORT_TEXT_CELLS
    ref = cells if short else (SHORT_TEXT_CELLS if role == "title" else CAPTION_LINE_CELLS)
    px = min(px, maxw / (ref * _EM_PER_CELL + 2 * padx))
    line_w = maxw - 2 * padx * px
    lines = sum(max(1, -(-text_cells(p) * _EM_PER_CELL * px // line_w)) for p in paras)
    bw = min(maxw, max(text_cells(p) for p in paras) * _EM_PER_CELL * px + 2 * padx * px)
    bh = lines * 1.25 * px + 2 * pady * px
    x, y = place_box(
        m.get("position") or ("auto" if role == "title" else "bottom"), bw, bh, width, height
    )
    return x, y, x + round(bw), y + round(bh)


def boxes_overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def text_overlaps(draft: dict[str, Any]) -> list[tuple[int, int]]:
    """Pairs of text segments (indexes) shown at the same time in the same place."""
    meta = draft.get("m")
    w, h = (meta.get("width"), meta.get("height")) if isinstance(meta, dict) else (0, 0)
    if not (_is_int(w) and _is_int(h) and w > 0 and h > 0):
        return []
    texts = segments(draft, TT_TEXT)
    spans = []
    for i, seg in enumerate(texts):
        if not (isinstance(seg, dict) and _is_int(seg.get("st")) and _is_int(seg.get("d"))):
            continue
        sm = seg.get("m")
        if not isinstance(sm, dict) or not isinstance(sm.get("text"), str):
            continue
        spans.append((i, seg["st"], seg["st"] + seg["d"], text_box(sm, w, h), sm))
    out = []
    for k, (i, s0, e0, b0, m0) in enumerate(spans):
        for j, s1, e1, b1, m1 in spans[k + 1 :]:
            if s0 < e1 and s1 < e0 and boxes_overlap(b0, b1):
                # a hand-over is fine: one fading out while the other fades in
                first, second = (m0, m1) if (s0, e0) <= (s1, e1) else (m1, m0)
                together = min(e0, e1) - max(s0, s1)
                if s0 == s1 or together > max(_fade(first, "fade_out"), _fade(second, "fade_in")):
                    out.append((i, j))
    return out


def _fade(m: dict[str, Any], key: str) -> int:
    v = m.get(key, 300)
    return max(MIN_TEXT_FADE_MS, v) if _is_int(v) else MIN_TEXT_FADE_MS


def _hand_over(draft: dict[str, Any]) -> None:
    """Keep texts apart: a text shown where an earlier one still is ends the earlier one (it
    goes as the new one comes in); texts that start together are stacked (see
    :func:`make_room`)."""
    for _ in range(4):
        pairs = text_overlaps(draft)
        if not pairs:
            return
        texts = segments(draft, TT_TEXT)
        i, j = pairs[0]
        a, b = (texts[i], texts[j]) if texts[i]["st"] <= texts[j]["st"] else (texts[j], texts[i])
        if a["st"] < b["st"]:
            end = b["st"] + max(_fade(b["m"], "fade_in"), _fade(a["m"], "fade_out"))
            a["d"] = max(MIN_SEGMENT_MS, min(a["d"], end - a["st"]))
        else:
            seg = texts.pop(j)
            make_room(draft, texts, seg)
            texts.insert(j, seg)


def _clashes(draft: dict[str, Any], texts: list[dict[str, Any]], seg: dict[str, Any]) -> list[int]:
    """Indexes of the texts shown with ``seg`` at the same time in the same place."""
    trial = {"m": draft.get("m"), "t": [{"tt": TT_TEXT, "sg": [*texts, seg]}]}
    return sorted(i for i, j in text_overlaps(trial) if j == len(texts))


def make_room(
    draft: dict[str, Any],
    texts: list[dict[str, Any]],
    seg: dict[str, Any],
    *,
    replace: bool = False,
) -> dict[str, Any]:
    """Make room for ``seg`` among ``texts`` (it is not in them yet): two texts never share
    a moment and a place. With ``replace`` (the words meant a change) the texts it would
    cover go; otherwise it is stacked below them (above when there is no room), and failing
    that it follows them in time. Returns what was done: ``{"replaced"|"stacked"|"after":
    [their words]}``, or ``{}``."""
    clash = _clashes(draft, texts, seg)
    if not clash:
        return {}
    old = [str(texts[i]["m"].get("text", "")) for i in clash]
    meta = draft.get("m")
    meta = meta if isinstance(meta, dict) else {}
    w = int(meta["width"]) if _is_int(meta.get("width")) else 1920
    h = int(meta["height"]) if _is_int(meta.get("height")) else 1080
    if not replace:
        _, top, _, bottom = safe_area(w, h)
        gap = 0.02 * h
        for _ in range(4):
            clash = _clashes(draft, texts, seg)
            if not clash:
                return {"stacked": old}
            _, oy0, _, oy1 = text_box(texts[clash[0]]["m"], w, h)
            nx0, ny0, nx1, ny1 = text_box(seg["m"], w, h)
            nh = ny1 - ny0
            if oy1 + gap + nh <= h * (1 - bottom):
                cy = (oy1 + gap + nh / 2) / h
            elif oy0 - gap - nh >= h * top:
                cy = (oy0 - gap - nh / 2) / h
            else:
                break
            seg["m"]["position"] = [round((nx0 + nx1) / 2 / w, 3), round(min(max(cy, 0.0), 1.0), 3)]
        clash = _clashes(draft, texts, seg)
        if not clash:
            return {"stacked": old}
        # no room on screen: it comes after the texts it would cover
        end = max(int(texts[i]["st"]) + int(texts[i]["d"]) for i in clash)
        total = int(draft["d"]) if _is_int(draft.get("d")) else 0
        if end + MIN_SEGMENT_MS <= total:
            seg["st"], seg["d"] = end, min(int(seg["d"]), total - end)
            if not _clashes(draft, texts, seg):
                return {"after": old}
    for i in reversed(_clashes(draft, texts, seg)):
        del texts[i]
    return {"replaced": old}


def copy_draft(draft: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(draft)


# ---------------------------------------------------------------------------------------------
# validation


def _is_int(x: object) -> TypeGuard[int]:
    return isinstance(x, int) and not isinstance(x, bool)


def _is_num(x: object) -> TypeGuard[int | float]:
    return isinstance(x, int | float) and not isinstance(x, bool)


def _is_point(x: object) -> bool:
    return (
        isinstance(x, list | tuple) and len(x) == 2 and all(_is_num(v) and 0 <= v <= 1 for v in x)  # type: ignore[operator]
    )


def validate(draft: object, *, media_ids: set[str] | None = None) -> list[str]:
    """Problems with a draft, in plain words; ``[]`` means valid.

    ``media_ids``, when given, is the set of the session's uploads: every ``src`` must be one.
    """
    p: list[str] = []
    if not isinstance(draft, dict):
        return ["draft is not an object"]
    if "v" in draft and draft["v"] != VERSION:
        p.append(f"unknown version {draft['v']!r}")
    m = draft.get("m")
    if not isinstance(m, dict):
        p.append("m (metadata) missing")
        m = {}
    if m.get("aspect") not in ASPECTS:
        p.append(f"m.aspect {m.get('aspect')!r} not one of {', '.join(ASPECTS)}")
    if m.get("resolution") not in RESOLUTIONS:
        p.append(f"m.resolution {m.get('resolution')!r} not one of {', '.join(RESOLUTIONS)}")
    if m.get("fps") not in FPS_VALUES:
        p.append(f"m.fps {m.get('fps')!r} not one of 24, 25, 30, 60")
    for key in ("width", "height"):
        v = m.get(key)
        if not _is_int(v) or not 16 <= v <= 8192 or v % 2:
            p.append(f"m.{key} {v!r} is not an even size in pixels")
    if (
        m.get("aspect") in ASPECTS
        and m.get("resolution") in RESOLUTIONS
        and (m.get("width"), m.get("height")) != frame_size(m["aspect"], m["resolution"])
    ):
        p.append("m.width/m.height do not match m.aspect and m.resolution")
    if "fit" in m and m["fit"] not in FITS:
        p.append(f"m.fit {m['fit']!r} not one of {', '.join(FITS)}")
    if "background" in m and not is_hex_color(m["background"]):
        p.append(f"m.background {m['background']!r} is not #RRGGBB")
    if "pace" in m and m["pace"] not in PACES:
        p.append(f"m.pace {m['pace']!r} not one of {', '.join(PACES)}")
    if "title" in m and not isinstance(m["title"], str):
        p.append("m.title is not text")
    total = draft.get("d")
    if not _is_int(total) or total < 0:
        p.append(f"d {total!r} is not a duration in ms")
        total = None
    elif total > MAX_VIDEO_MS:
        p.append(f"d {total} ms is longer than the {MAX_VIDEO_MS // 60_000} minute limit")
        total = None
    for key in ("fade_in", "fade_out"):
        if key not in m:
            continue
        v = m[key]
        if not _is_int(v) or v < 0:
            p.append(f"m.{key} {v!r} is not a duration in ms")
        elif total is not None and v * 2 > total:
            p.append(f"m.{key} {v} is longer than half the video ({total} ms)")
    tracks = draft.get("t")
    if not isinstance(tracks, list):
        return [*p, "t (tracks) is not a list"]
    video_end: int | None = None
    n_texts = sum(
        len(tr["sg"])
        for tr in tracks
        if isinstance(tr, dict) and tr.get("tt") == TT_TEXT and isinstance(tr.get("sg"), list)
    )
    if n_texts > MAX_TEXTS:
        p.append(f"{n_texts} titles and captions, more than the limit of {MAX_TEXTS}")
    for ti, tr in enumerate(tracks):
        where = f"track {ti + 1}"
        if not isinstance(tr, dict) or not _is_int(tr.get("tt")):
            p.append(f"{where}: not a track with an integer tt")
            continue
        sg = tr.get("sg", [])
        if not isinstance(sg, list):
            p.append(f"{where}: sg is not a list")
            continue
        limit = MAX_TEXTS if tr["tt"] == TT_TEXT else MAX_SEGMENTS
        if len(sg) > limit:
            p.append(f"{where}: {len(sg)} segments, more than the limit of {limit}")
            continue
        for si, seg in enumerate(sg):
            sw = f"{where} segment {si + 1}"
            if not isinstance(seg, dict):
                p.append(f"{sw}: not an object")
                continue
            st, d = seg.get("st"), seg.get("d")
            if not _is_int(st) or st < 0:
                p.append(f"{sw}: st {st!r} is not a start in ms")
            if not _is_int(d) or d <= 0:
                p.append(f"{sw}: d {d!r} is not a positive duration in ms")
            sm = seg.get("m")
            if not isinstance(sm, dict):
                p.append(f"{sw}: m missing")
                continue
            if tr["tt"] == TT_VIDEO:
                p.extend(_check_video(sw, sm, media_ids))
            elif tr["tt"] == TT_AUDIO:
                p.extend(_check_audio(sw, sm, media_ids))
            elif tr["tt"] == TT_TEXT:
                p.extend(_check_text(sw, sm))
        if tr["tt"] == TT_VIDEO and all(
            isinstance(s, dict) and _is_int(s.get("st")) and _is_int(s.get("d")) for s in sg
        ):
            p.extend(_check_layout(where, sg))
            if sg:
                video_end = max(video_end or 0, sg[-1]["st"] + sg[-1]["d"])
    for i, j in text_overlaps(draft):
        p.append(f"text segments {i + 1} and {j + 1} are shown at the same time in the same place")
    if total is not None:
        if video_end is not None and total != video_end:
            p.append(f"d {total} is not the end of the last video segment ({video_end})")
        for ti, tr in enumerate(tracks):
            if isinstance(tr, dict) and tr.get("tt") in (TT_AUDIO, TT_TEXT):
                for si, seg in enumerate(tr.get("sg") or []):
                    if (
                        isinstance(seg, dict)
                        and _is_int(seg.get("st"))
                        and _is_int(seg.get("d"))
                        and seg["st"] + seg["d"] > total
                    ):
                        p.append(f"track {ti + 1} segment {si + 1}: ends after the video")
    return p


def _check_src(sw: str, sm: dict[str, Any], media_ids: set[str] | None) -> list[str]:
    src = sm.get("src")
    if not isinstance(src, str) or not src.startswith("med_"):
        return [f"{sw}: src {src!r} is not an uploaded media id"]
    if media_ids is not None and src not in media_ids:
        return [f"{sw}: src {src} is not an upload of this session"]
    return []


def _check_video(sw: str, sm: dict[str, Any], media_ids: set[str] | None) -> list[str]:
    p = _check_src(sw, sm, media_ids)
    if sm.get("kind", "image") not in KINDS:
        p.append(f"{sw}: kind {sm.get('kind')!r} is not image or video")
    if sm.get("motion", "auto") not in MOTIONS:
        p.append(f"{sw}: motion {sm.get('motion')!r} unknown")
    focus = sm.get("focus", "auto")
    if focus not in FOCUSES and not _is_point(focus):
        p.append(f"{sw}: focus {focus!r} unknown")
    if "background" in sm and not is_hex_color(sm["background"]):
        p.append(f"{sw}: background {sm['background']!r} is not #RRGGBB")
    if "fit" in sm and sm["fit"] not in FITS:
        p.append(f"{sw}: fit {sm['fit']!r} unknown")
    tr = sm.get("transition")
    if tr is not None:
        if not isinstance(tr, dict) or tr.get("type") not in TRANSITIONS:
            p.append(f"{sw}: transition {tr!r} unknown")
        elif not _is_int(tr.get("d", 0)) or tr.get("d", 0) < 0:
            p.append(f"{sw}: transition duration {tr.get('d')!r} invalid")
    if "trim" in sm and (not _is_int(sm["trim"]) or sm["trim"] < 0):
        p.append(f"{sw}: trim {sm['trim']!r} invalid")
    if "volume" in sm and (not _is_num(sm["volume"]) or not 0 <= sm["volume"] <= 1):
        p.append(f"{sw}: volume {sm['volume']!r} is not within 0..1")
    if "mute" in sm and not isinstance(sm["mute"], bool):
        p.append(f"{sw}: mute is not true/false")
    return p


def _check_audio(sw: str, sm: dict[str, Any], media_ids: set[str] | None) -> list[str]:
    p = _check_src(sw, sm, media_ids)
    v = sm.get("volume", 1.0)
    if not _is_num(v) or not 0 <= v <= 1:
        p.append(f"{sw}: volume {v!r} is not within 0..1")
    for key in ("fade_in", "fade_out", "trim"):
        if key in sm and (not _is_int(sm[key]) or sm[key] < 0):
            p.append(f"{sw}: {key} {sm[key]!r} invalid")
    for key in ("loop", "duck"):
        if key in sm and not isinstance(sm[key], bool):
            p.append(f"{sw}: {key} is not true/false")
    return p


def _check_text(sw: str, sm: dict[str, Any]) -> list[str]:
    p: list[str] = []
    text = sm.get("text")
    if not isinstance(text, str) or not text.strip():
        p.append(f"{sw}: text is empty")
    elif len(text) > MAX_TEXT_CHARS:
        p.append(f"{sw}: text is {len(text)} characters, more than {MAX_TEXT_CHARS}")
    if sm.get("role", "title") not in ROLES:
        p.append(f"{sw}: role {sm.get('role')!r} unknown")
    pos = sm.get("position", "center")
    if pos not in POSITIONS and not _is_point(pos):
        p.append(f"{sw}: position {pos!r} unknown")
    size = sm.get("size", DEFAULT_TITLE_SIZE)
    if not _is_num(size) or not 0.01 <= size <= 0.5:
        p.append(f"{sw}: size {size!r} is not within 0.01..0.5 of the frame height")
    color = sm.get("color", "#FFFFFF")
    if not is_hex_color(color):
        p.append(f"{sw}: color {color!r} is not #RRGGBB")
    if sm.get("style", "bold") not in STYLES:
        p.append(f"{sw}: style {sm.get('style')!r} unknown")
    for key in ("entrance", "exit"):
        if key in sm and sm[key] not in ENTRANCES:
            p.append(f"{sw}: {key} {sm[key]!r} not one of {', '.join(ENTRANCES)}")
    if "anchor" in sm and sm["anchor"] not in ANCHORS:
        p.append(f"{sw}: anchor {sm['anchor']!r} not one of {', '.join(ANCHORS)}")
    for key in ("fade_in", "fade_out"):
        if key in sm and (not _is_int(sm[key]) or sm[key] < 0):
            p.append(f"{sw}: {key} {sm[key]!r} invalid")
    font = sm.get("font")
    if font is not None and not isinstance(font, str):
        p.append(f"{sw}: font is not a name")
    return p


def _check_layout(where: str, sg: list[dict[str, Any]]) -> list[str]:
    """The overlap rule: st[i] = st[i-1] + d[i-1] - D, D <= half of either neighbour."""
    p: list[str] = []
    for i, seg in enumerate(sg):
        m = seg.get("m") if isinstance(seg.get("m"), dict) else {}
        tr = m.get("transition") if isinstance(m, dict) else None
        dur = 0
        if isinstance(tr, dict) and tr.get("type") != "cut" and _is_int(tr.get("d", 0)):
            dur = tr.get("d", 0)
        if i == 0:
            if seg["st"] != 0:
                p.append(f"{where}: the first segment does not start at 0")
            continue
        prev = sg[i - 1]
        if dur * 2 > prev["d"] or dur * 2 > seg["d"]:
            p.append(f"{where} segment {i + 1}: transition longer than half a neighbour")
        if seg["st"] != prev["st"] + prev["d"] - dur:
            p.append(f"{where} segment {i + 1}: start does not follow the overlap rule")
    return p
