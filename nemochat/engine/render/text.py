"""Titles and captions: each text is rendered ONCE to an RGBA sprite, then blended per frame.

Fonts: the draft's family if installed, else a sans face for the text's script found through
fontconfig (``fc-match 'sans-serif:lang=zh-cn'``), the system font folders of macOS and
Windows, or known Linux paths (Noto CJK ``.ttc`` with the right face, WenQuanYi), and last
the Noto Sans SC subset bundled in ``nemochat/fonts`` (regular and bold), so Chinese renders
on a machine with no CJK font at all. A bold request prefers a real bold face: a system one
when fontconfig has it, else the bundled bold. Every candidate is checked against the text
with the font's cmap (fontTools); if none can draw it we raise a RenderError rather than draw
empty boxes. Wrapping measures display width and follows CJK line-break rules (kinsoku).
"""

from __future__ import annotations

import math
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from .color import M709, Frame
from .errors import RenderError
from .plan import OutputFormat, TextItem

# No line may start with these (closing punctuation), nor end with the openers.
NO_START = set(
    "，。、．,.!?！？：；:;）)]｝}」』】》〉’”〕〗〙〛ー…‥々ゝゞ・ヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ％%"
)
NO_END = set("（([｛{「『【《〈‘“〔〖〘〚")
_CJK = re.compile(
    r"[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3130-\u318f"
    r"\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]"
)
_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff]")
_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

# Noto Sans CJK .ttc faces: 0 JP, 1 KR, 2 SC, 3 TC, 4 HK.
_NOTO_FACE = {"ja": 0, "ko": 1, "zh-cn": 2, "zh-tw": 3}
_LINUX = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
)
_MAC = {
    "zh-cn": ("PingFang.ttc", "Hiragino Sans GB.ttc", "STHeiti Medium.ttc"),
    "ja": ("ヒラギノ角ゴシック W3.ttc", "Hiragino Sans W3.ttc", "PingFang.ttc"),
    "ko": ("AppleSDGothicNeo.ttc",),
    "": ("Helvetica.ttc", "HelveticaNeue.ttc", "Arial Unicode.ttf"),
}
_MAC_DIRS = ("/System/Library/Fonts", "/System/Library/Fonts/Supplemental", "/Library/Fonts")
_WIN = {
    "zh-cn": ("msyh.ttc", "simhei.ttf", "simsun.ttc"),
    "ja": ("YuGothM.ttc", "meiryo.ttc", "msgothic.ttc"),
    "ko": ("malgun.ttf", "gulim.ttc"),
    "": ("segoeui.ttf", "arial.ttf"),
}


def script_lang(text: str) -> str:
    """fontconfig language for the text: ja (kana), ko (hangul), zh-cn (Han), else ''."""
    if _KANA.search(text):
        return "ja"
    if _HANGUL.search(text):
        return "ko"
    if _HAN.search(text):
        return "zh-cn"
    return ""


# fontconfig's weight scale: regular 80, medium 100, semibold 180, bold 200, black 210
_FC_BOLD = 180


@cache
def _fc_match(pattern: str) -> tuple[str, int, int] | None:
    """(path, face index, fontconfig weight) of fontconfig's best match, or None."""
    exe = shutil.which("fc-match")
    if not exe:
        return None
    try:
        out = subprocess.run(
            [exe, "-f", "%{file}\t%{index}\t%{weight}", pattern],
            capture_output=True,
            text=True,
            timeout=5,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    path, index, weight = ([*out.split("\t"), "", ""])[:3]
    if not path or not Path(path).is_file():
        return None
    nums = re.findall(r"\d+", weight)  # "200", or "[100 900]" for a variable font
    return path, int(index) if index.isdigit() else 0, int(nums[-1]) if nums else 80


def _bundled(weight: str) -> tuple[str, int]:
    from ... import fonts

    return str(fonts.bundled(weight)), 0


def candidates(
    lang: str, family: str | None = None, weight: str = "regular"
) -> list[tuple[str, int]]:
    """Font files (path, face index) worth trying for a language and weight, best first."""
    bold = weight == "bold"
    found: list[tuple[str, int]] = []
    regular: list[tuple[str, int]] = []  # system faces that are not bold, for a bold request
    suffix = ":weight=bold" if bold else ""
    patterns = [f"{family}:lang={lang}" if lang else family] if family else []
    patterns.append(f"sans-serif:lang={lang}" if lang else "sans-serif")
    for pattern in patterns:
        hit = _fc_match(pattern + suffix)
        if hit:
            path, index, fc_weight = hit
            (regular if bold and fc_weight < _FC_BOLD else found).append((path, index))
    if bold:
        found.append(_bundled("bold"))
        found.extend(regular)
    if sys.platform == "darwin":
        dirs: tuple[str, ...] = _MAC_DIRS
        names = _MAC.get(lang, ()) + _MAC[""]
    elif sys.platform == "win32":
        import os

        dirs = (os.path.join(os.environ.get("WINDIR", r"C:\Windows"), "Fonts"),)
        names = _WIN.get(lang, ()) + _WIN[""]
    else:
        dirs, names = ("",), _LINUX
    for d in dirs:
        for name in names:
            p = Path(d) / name if d else Path(name)
            if p.is_file():
                face = _NOTO_FACE.get(lang, 2) if "NotoSansCJK" in p.name else 0
                found.append((str(p), face))
    found.append(_bundled("regular"))
    return list(dict.fromkeys(found))


@cache
def _cmap(path: str, index: int) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    try:
        kw = {"fontNumber": index} if path.lower().endswith((".ttc", ".otc")) else {}
        font = TTFont(path, lazy=True, **kw)
        cmap = font.getBestCmap() or {}
        font.close()
        return frozenset(cmap)
    except Exception:
        return frozenset()


def drawable(text: str) -> str:
    """The text without invisible format characters (variation selectors, joiners, BOM),
    which fonts rarely map and which would otherwise be drawn as boxes."""
    import unicodedata

    return "".join(
        ch
        for ch in text
        if ch in "\n\t"
        or not (unicodedata.category(ch) in ("Cf", "Cc") or 0xFE00 <= ord(ch) <= 0xFE0F)
    )


def missing_chars(text: str, path: str, index: int) -> list[str]:
    cmap = _cmap(path, index)
    return [ch for ch in dict.fromkeys(text) if not ch.isspace() and ord(ch) not in cmap]


def pick_font(text: str, family: str | None = None, weight: str = "regular") -> tuple[str, int]:
    """The first face (system, then bundled) that can draw every character of ``text``."""
    lang = script_lang(text)
    best: tuple[int, list[str]] | None = None
    for path, index in candidates(lang, family, weight):
        miss = missing_chars(text, path, index)
        if not miss:
            return path, index
        if best is None or len(miss) < best[0]:
            best = (len(miss), miss)
    chars = "".join((best[1] if best else list(dict.fromkeys(text.replace(" ", ""))))[:10])
    raise RenderError("render.no_font", text=_short(text), chars=chars)


def undrawable(text: str, family: str | None = None) -> str:
    """The characters of ``text`` that no face here can draw ("" when it can be drawn):
    for checking a title when it is added, long before an export."""
    try:
        pick_font(drawable(text), family)
    except RenderError as e:
        return str(e.fields.get("chars", ""))
    return ""


def _short(text: str) -> str:
    one = " ".join(text.split())
    return one if len(one) <= 40 else one[:39] + "…"


# ---------------------------------------------------------------- wrapping


def _tokens(line: str) -> list[str]:
    """Break opportunities: every CJK character stands alone; other words keep their spaces."""
    out: list[str] = []
    buf = ""
    for ch in line:
        if _CJK.match(ch):
            if buf:
                out.append(buf)
                buf = ""
            out.append(ch)
        elif ch == " ":
            buf += ch
            out.append(buf)
            buf = ""
        else:
            buf += ch
    if buf:
        out.append(buf)
    return out


def wrap(text: str, width: float, measure) -> list[str]:  # type: ignore[no-untyped-def]
    """Greedy wrap by measured display width with kinsoku (no closer starts, no opener ends)."""
    lines: list[str] = []
    for para in text.split("\n"):
        toks = _tokens(para)
        cur: list[str] = []
        for tok in toks:
            trial = "".join([*cur, tok]).rstrip()
            if cur and measure(trial) > width:
                if tok[0] in NO_START:
                    cur.append(tok)  # hang the closing mark on this line
                    continue
                carry: list[str] = []
                while len(cur) > 1 and cur[-1] and cur[-1][-1] in NO_END:
                    carry.insert(0, cur.pop())
                lines.append("".join(cur).rstrip())
                cur = [*carry, tok.lstrip() if not carry else tok]
            else:
                cur.append(tok)
        lines.append("".join(cur).rstrip())
    return lines


def balanced_wrap(text: str, width: float, measure) -> list[str]:  # type: ignore[no-untyped-def]
    """Wrap, then narrow the width while the line count holds: even lines, no lone last word."""
    lines = wrap(text, width, measure)
    if len(lines) < 2:
        return lines
    lo, hi = width / 2, width
    for _ in range(10):
        mid = (lo + hi) / 2
        if len(wrap(text, mid, measure)) > len(lines):
            lo = mid
        else:
            hi = mid
    return wrap(text, hi, measure)


# ---------------------------------------------------------------- sprites


@dataclass
class Sprite:
    """A text drawn once: YUV colour premultiplied by alpha, alpha at luma and chroma size."""

    x: int
    y: int
    ya: np.ndarray  # Y·alpha, float32
    a: np.ndarray  # alpha 0..1, float32
    ua: np.ndarray
    va: np.ndarray
    ac: np.ndarray
    item: TextItem
    rgba: np.ndarray  # kept for tests/debugging (small)

    def opacity(self, t_ms: float) -> float:
        it = self.item
        local = t_ms - it.st
        if local < 0 or local >= it.d:
            return 0.0
        o = 1.0
        if it.fade_in > 0:
            o = min(o, local / it.fade_in)
        if it.fade_out > 0:
            o = min(o, (it.d - local) / it.fade_out)
        return max(0.0, min(1.0, o))

    def draw(self, f: Frame, opacity: float) -> None:
        if opacity <= 0:
            return
        _blend_plane(f.y, self.ya, self.a, self.x, self.y, opacity)
        _blend_plane(f.u, self.ua, self.ac, self.x // 2, self.y // 2, opacity)
        _blend_plane(f.v, self.va, self.ac, self.x // 2, self.y // 2, opacity)


def _blend_plane(dst: np.ndarray, fga: np.ndarray, a: np.ndarray, x: int, y: int, o: float) -> None:
    h, w = a.shape
    H, W = dst.shape
    x0, y0, x1, y1 = max(0, x), max(0, y), min(W, x + w), min(H, y + h)
    if x0 >= x1 or y0 >= y1:
        return
    sx, sy = x0 - x, y0 - y
    region = dst[y0:y1, x0:x1]
    al = a[sy : sy + y1 - y0, sx : sx + x1 - x0]
    fg = fga[sy : sy + y1 - y0, sx : sx + x1 - x0]
    bg = region.astype(np.float32)
    res = bg + o * (fg - al * bg)
    np.clip(res + 0.5, 0, 255, out=res)
    region[:] = res.astype(np.uint8)


def _parse_color(value: str) -> tuple[int, int, int]:
    m = re.fullmatch(r"#?([0-9a-fA-F]{6})", value.strip())
    if not m:
        return (255, 255, 255)
    n = int(m.group(1), 16)
    return (n >> 16) & 255, (n >> 8) & 255, n & 255


def render_rgba(item: TextItem, fmt: OutputFormat) -> np.ndarray:
    """The text as an RGBA image (style applied), cropped to its content plus padding."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont, features

    text = drawable(item.text)
    path, index = pick_font(text, item.font)
    px = max(8, round(item.size * fmt.height))
    layout = ImageFont.Layout.RAQM if features.check("raqm") else ImageFont.Layout.BASIC
    font = ImageFont.truetype(path, px, index=index, layout_engine=layout)
    max_w = fmt.width * (0.84 if item.style == "box" else 0.88)
    lines = balanced_wrap(text, max_w, font.getlength) or [""]
    line_h = round(px * 1.28)
    stroke = max(1, round(px / 14)) if item.style == "outline" else 0
    pad = round(px * 0.45) if item.style == "box" else round(px * 0.25) + stroke
    widths = [math.ceil(font.getlength(ln)) for ln in lines]
    w = max(widths) + 2 * pad + 2 * stroke
    h = line_h * len(lines) + 2 * pad
    w += w % 2
    h += h % 2
    color = (*_parse_color(item.color), 255)
    text_layer = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(text_layer)
    for i, ln in enumerate(lines):
        cy = pad + line_h * i + line_h / 2
        draw.text(
            (w / 2, cy),
            ln,
            font=font,
            fill=color,
            anchor="mm",
            stroke_width=stroke,
            stroke_fill=(0, 0, 0, 255),
        )
    if item.style == "box":
        base = Image.new("RGBA", (w, h), (0, 0, 0, 0))
        ImageDraw.Draw(base).rounded_rectangle(
            (0, 0, w - 1, h - 1), radius=round(px * 0.3), fill=(0, 0, 0, 150)
        )
        base.alpha_composite(text_layer)
        text_layer = base
    elif item.style == "shadow":
        alpha = text_layer.getchannel("A")
        shadow = Image.new("RGBA", (w, h), (0, 0, 0, 0))
        off = max(1, round(px / 18))
        blurred = alpha.filter(ImageFilter.GaussianBlur(max(1.0, px / 16)))
        blurred = blurred.point(lambda v: int(v * 0.75))
        shadow.paste((0, 0, 0, 255), (off, off), blurred.crop((0, 0, w - off, h - off)))
        shadow.alpha_composite(text_layer)
        text_layer = shadow
    return np.asarray(text_layer)


def _place(item: TextItem, fmt: OutputFormat, w: int, h: int) -> tuple[int, int]:
    """Top-left corner for a sprite, inside the platform-safe area."""
    W, H = fmt.width, fmt.height
    top = 0.13 * H if fmt.vertical else 0.06 * H
    bottom = 0.18 * H if fmt.vertical else 0.07 * H
    side = 0.05 * W
    pos = item.position
    if isinstance(pos, list | tuple) and len(pos) == 2:
        try:
            cx, cy = float(pos[0]) * W, float(pos[1]) * H
        except (TypeError, ValueError):
            cx, cy = W / 2, H / 2
        x, y = cx - w / 2, cy - h / 2
    else:
        name = pos if isinstance(pos, str) else "center"
        vert = (
            "top" if name.startswith("top") else "bottom" if name.startswith("bottom") else "center"
        )
        horiz = "left" if name.endswith("left") else "right" if name.endswith("right") else "center"
        x = {"left": side, "right": W - side - w, "center": (W - w) / 2}[horiz]
        y = {"top": top, "bottom": H - bottom - h, "center": (H - h) / 2}[vert]
    x = min(max(x, 0), max(0, W - w))
    y = min(max(y, 0), max(0, H - h))
    return int(x) & ~1, int(y) & ~1


def make_sprite(item: TextItem, fmt: OutputFormat) -> Sprite:
    import cv2

    rgba = render_rgba(item, fmt)
    h, w = rgba.shape[:2]
    if w > fmt.width or h > fmt.height:  # a huge title: shrink to fit, keep even sizes
        s = min(fmt.width / w, fmt.height / h)
        w, h = max(2, int(w * s) & ~1), max(2, int(h * s) & ~1)
        rgba = cv2.resize(rgba, (w, h), interpolation=cv2.INTER_AREA)
    x, y = _place(item, fmt, w, h)
    alpha = rgba[:, :, 3].astype(np.float32) / 255.0
    yuv = cv2.transform(np.ascontiguousarray(rgba[:, :, :3]).astype(np.float32), M709)
    # premultiply at full size, then average: chroma of transparent pixels never leaks in
    pre = yuv * alpha[:, :, None]
    half = (w // 2, h // 2)
    uv = cv2.resize(pre[:, :, 1:], half, interpolation=cv2.INTER_AREA)
    ac = cv2.resize(alpha, half, interpolation=cv2.INTER_AREA)
    return Sprite(
        x=x,
        y=y,
        ya=np.ascontiguousarray(pre[:, :, 0]),
        a=alpha,
        ua=np.ascontiguousarray(uv[:, :, 0]),
        va=np.ascontiguousarray(uv[:, :, 1]),
        ac=ac,
        item=item,
        rgba=rgba,
    )
