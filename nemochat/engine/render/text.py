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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from .. import draft
from .color import M709, Frame
from .errors import RenderError, checkpoint
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
    """As few lines as the greedy wrap, made even: the break points minimise the squared
    slack of every line (the last included), a last line of one word under longer lines is
    avoided when another choice exists, and the kinsoku rules hold. Long texts (over 80
    break opportunities) are evened by narrowing the greedy width instead."""
    lines = wrap(text, width, measure)
    if len(lines) < 2:
        return lines
    if "\n" in text:
        return [ln for para in text.split("\n") for ln in balanced_wrap(para, width, measure)]
    toks = _tokens(text)
    n = len(toks)
    if n > 80:
        lo, hi = width / 2, width
        for _ in range(10):
            mid = (lo + hi) / 2
            if len(wrap(text, mid, measure)) > len(lines):
                lo = mid
            else:
                hi = mid
        return wrap(text, hi, measure)
    target = len(lines)
    inf = float("inf")

    def line(i: int, j: int) -> str:
        return "".join(toks[i:j]).strip()

    words = sum(1 for t in toks if t.strip() and not _CJK.match(t))
    # best[k][j]: least cost of the first j tokens in k lines
    best = [[inf] * (n + 1) for _ in range(target + 1)]
    back = [[0] * (n + 1) for _ in range(target + 1)]
    best[0][0] = 0.0
    for k in range(1, target + 1):
        for j in range(1, n + 1):
            if j < n and (toks[j].strip()[:1] in NO_START or toks[j - 1].rstrip()[-1:] in NO_END):
                continue  # no line may start with a closer or end with an opener
            for i in range(j - 1, -1, -1):
                if best[k - 1][i] == inf:
                    continue
                w = measure(line(i, j))
                if w > width and j - i > 1:
                    break  # longer lines only get wider
                cost = best[k - 1][i] + (width - w) ** 2
                if j < n and _HAN.match(toks[j - 1]) and _HAN.match(toks[j]):
                    cost += (0.4 * width) ** 2  # inside a run of Han: prefer punctuation
                if j == n and words >= 3 and j - i == 1 and not _CJK.match(toks[i]):
                    cost += width**2  # a lone last word: only if nothing else fits
                if cost < best[k][j]:
                    best[k][j], back[k][j] = cost, i
    if best[target][n] == inf:
        return lines
    out, j = [], n
    for k in range(target, 0, -1):
        i = back[k][j]
        out.append(line(i, j))
        j = i
    return out[::-1]


# ---------------------------------------------------------------- designs


@dataclass(frozen=True)
class Design:
    """A text style as a complete design; lengths are in ems of the font size."""

    bold: bool = True
    embolden: float = 0.0  # a stroke in the text's own colour (a medium weight from regular)
    tracking: float = 0.0
    line_height: float = 1.22
    shadow: float = 0.0  # opacity of a soft drop shadow
    shadow_blur: float = 0.06
    shadow_offset: float = 0.035
    halo: float = 0.0  # opacity of a dark glow all round (no offset): the strengthened shadow
    outline: float = 0.0  # stroke width in a contrasting colour
    plate: float = 0.0  # opacity of a rounded plate behind the lines
    radius: float = 0.28
    pad: tuple[float, float] = (0.15, 0.1)  # (x, y) around the lines

    def strengthened(self, level: int, plate_alpha: float) -> Design:
        """Level 1: a darker, wider shadow; 2: an outline too; 3: a plate of ``plate_alpha``."""
        from dataclasses import replace

        if level <= 0:
            return self
        if level == 1:
            return replace(self, shadow=max(self.shadow, 0.8), halo=max(self.halo, 0.6))
        if level == 2:
            return replace(
                self, outline=max(self.outline, 0.055), shadow=max(self.shadow, 0.6), halo=0.5
            )
        return replace(
            self,
            plate=max(self.plate, plate_alpha),
            pad=(max(self.pad[0], 0.45), max(self.pad[1], 0.22)),
        )


DESIGNS: dict[str, Design] = {
    # the default title: heavy, tight, with a soft shadow
    "bold": Design(bold=True, tracking=-0.02, shadow=0.55, shadow_blur=0.07),
    "outline": Design(bold=True, tracking=-0.01, outline=0.07, shadow=0.35),
    "box": Design(bold=True, tracking=-0.01, plate=0.6, pad=draft.STYLE_PAD["box"]),
    # the default caption: a medium weight on a plate (placed at the bottom by default)
    "caption": Design(bold=False, embolden=0.018, plate=0.55, pad=draft.STYLE_PAD["caption"]),
    # film subtitles: regular weight, a thin outline and a soft shadow, no plate
    "subtitle": Design(bold=False, embolden=0.01, outline=0.04, shadow=0.5, shadow_blur=0.05),
    "plain": Design(bold=False),
    "shadow": Design(bold=False, shadow=0.75, shadow_blur=0.0625, shadow_offset=0.055),
}


def design_for(item: TextItem) -> Design:
    return DESIGNS.get(item.style) or DESIGNS[draft.DEFAULT_STYLE.get(item.role, "bold")]


def pick_face(text: str, family: str | None, bold: bool) -> tuple[str, int, bool]:
    """(path, face index, is_bold) of a face that can draw ``text``: for a bold design a
    real bold face (a system one, else the bundled Noto Sans SC Bold), else the regular
    weight, which the caller then emboldens with a stroke."""
    if not bold:
        return (*pick_font(text, family), False)
    path, index = pick_font(text, family, "bold")
    name = Path(path).name.lower()
    return path, index, any(w in name for w in ("bold", "heavy", "black", "-w6", "-w7", "-w8"))


# ---------------------------------------------------------------- legibility


def _linear(c: np.ndarray) -> np.ndarray:
    c = c.astype(np.float32) / 255.0
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def luminance(rgb: np.ndarray) -> np.ndarray:
    """WCAG relative luminance of sRGB pixels (…×3 uint8)."""
    lin = _linear(rgb)
    return 0.2126 * lin[..., 0] + 0.7152 * lin[..., 1] + 0.0722 * lin[..., 2]


def contrast(l1: np.ndarray | float, l2: np.ndarray | float) -> np.ndarray:
    hi, lo = np.maximum(l1, l2), np.minimum(l1, l2)
    return (hi + 0.05) / (lo + 0.05)


MIN_CONTRAST = 4.5  # WCAG AA for text


def legibility_level(
    color: tuple[int, int, int], regions: list[np.ndarray], design: Design
) -> tuple[int, float]:
    """How much to strengthen a design over these backgrounds (RGB pixels under its box, one
    region per picture it is shown over; the most any of them needs wins):
    0 none; 1 a darker shadow (most of the box is fine, parts are busy); 2 an outline; 3 a
    plate, with the opacity (second value) that brings even the brightest tenth to 4.5:1."""
    regions = [r for r in regions if r.size]
    if not regions:
        return 0, 0.0
    if len(regions) > 1:  # it must hold on every picture it is shown over: the worst wins
        return max(legibility_level(color, [r], design) for r in regions)
    px = regions[0].reshape(-1, 3)
    lt = float(luminance(np.array(color, np.uint8)))
    dark_partner = lt > 0.18  # light text is strengthened with black, dark text with white
    partner = 0.0 if dark_partner else 255.0
    if design.plate > 0:  # what the eye sees under the lines is the plate over the photo
        px = px.astype(np.float32) * (1 - design.plate) + partner * design.plate
    c = contrast(lt, luminance(np.clip(px, 0, 255).astype(np.uint8)))
    c10, c50 = float(np.percentile(c, 10)), float(np.percentile(c, 50))
    if c10 >= MIN_CONTRAST:
        return 0, 0.0
    if design.outline >= 0.05:  # the outline is the surround: deepen it with a halo if need be
        return (0, 0.0) if c50 >= 3.0 else (1, 0.0)
    if c50 >= MIN_CONTRAST:
        return 1, 0.0
    if c50 >= 2.0 and design.plate == 0:
        return 2, 0.0
    # a plate: the least opacity that lifts the worst tenth of the pixels to 4.5:1
    worst = np.percentile(px, 90 if dark_partner else 10, axis=0)
    for a in np.arange(0.45, 0.91, 0.05):
        under = worst * (1 - a) + partner * a
        if contrast(lt, float(luminance(np.clip(under, 0, 255).astype(np.uint8)))) >= 4.5:
            return 3, float(a)
    return 3, 0.9


# ---------------------------------------------------------------- layout


@dataclass
class Layout:
    lines: list[str]
    px: int
    font: object  # a Pillow FreeTypeFont
    tracking: float  # pixels between characters
    embolden: int  # stroke in the text colour (no bold face, or a medium weight)
    width: int  # of the widest line
    line_h: int


_COMPLEX = re.compile(r"[\u0590-\u08ff\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f]")


def _tracked(font, text: str, track: float) -> float:  # type: ignore[no-untyped-def]
    n = len(text)
    return float(font.getlength(text)) + (track * (n - 1) if n > 1 else 0.0)


def layout_text(item: TextItem, fmt: OutputFormat, design: Design) -> Layout:
    """Font, size and lines: the size comes from the width as well as the height, so that a
    short title (≤ 14 Latin or ~8 CJK characters) is one line inside 85 % of the frame (and
    its safe area) at every aspect; a longer one is set no larger than lines of 14 characters
    (28 for a caption) allow, and wrapped into balanced lines."""
    from PIL import ImageFont, features

    text = drawable(item.text)
    path, index, is_bold = pick_face(text, item.font, design.bold)
    engine = ImageFont.Layout.RAQM if features.check("raqm") else ImageFont.Layout.BASIC
    track_em = 0.0 if _COMPLEX.search(text) else design.tracking
    padx = design.pad[0] + design.outline
    maxw = draft.text_max_width(fmt.width, fmt.height)
    px0 = max(8, round(item.size * fmt.height))
    probe = ImageFont.truetype(path, 100, index=index, layout_engine=engine)
    paras = text.split("\n")
    # widths at 100 px, per em: the ink the lines need and what the padding adds
    widest = max(_tracked(probe, p, track_em * 100) for p in paras) / 100 or 1.0
    cells = max(draft.text_cells(p) for p in paras) or 1.0
    short = len(paras) == 1 and cells <= draft.SHORT_TEXT_CELLS
    ref = draft.SHORT_TEXT_CELLS if item.role == "title" else draft.CAPTION_LINE_CELLS
    per_em = widest if short else widest / cells * ref
    px = max(8, min(px0, int(maxw / (per_em + 2 * padx) * 0.99)))
    px_first, ideal = px, 0
    for _ in range(8):
        font = ImageFont.truetype(path, px, index=index, layout_engine=engine)
        track = track_em * px
        room = maxw - 2 * padx * px

        def measure(s: str, font=font, track=track) -> float:  # type: ignore[no-untyped-def]
            return _tracked(font, s, track)

        lines = (balanced_wrap(text, room, measure) if not short else [text]) or [""]
        width = max(math.ceil(measure(ln)) for ln in lines)
        ideal = ideal or sum(math.ceil(measure(p) / room) for p in paras)
        if width > room and px > 8:  # a long word that cannot wrap: shrink until it fits
            px = max(8, int(px * room / width))
        elif len(lines) > ideal and px > px_first * 0.82:
            px = max(8, int(px * 0.95))  # words that break badly: a little smaller, fewer lines
        else:
            break
    emb = 0.02 if design.bold and not is_bold else design.embolden
    return Layout(
        lines=lines,
        px=px,
        font=font,
        tracking=track,
        embolden=round(emb * px) if emb else 0,
        width=width,
        line_h=round(px * design.line_height),
    )


def box_size(lay: Layout, design: Design) -> tuple[int, int]:
    """The design's box (the plate, or the lines and their outline): what is placed."""
    padx = round((design.pad[0] + design.outline) * lay.px)
    pady = round((design.pad[1] + design.outline) * lay.px)
    w = lay.width + 2 * padx + 2 * lay.embolden
    h = lay.line_h * len(lay.lines) + 2 * pady
    return w + w % 2, h + h % 2


# ---------------------------------------------------------------- drawing


def _margin(px: int, design: Design) -> int:
    """Room around the box for the shadow and the halo."""
    blur = max(1.0, design.shadow_blur * px)
    off = round(design.shadow_offset * px) if design.shadow else 0
    spread = round(3 * blur + off) if design.shadow or design.halo else 0
    return spread + 2


def drawn_size(lay: Layout, design: Design) -> tuple[int, int]:
    """The size of the RGBA image ``_draw_rgba`` makes: the box and its margin, even."""
    bw, bh = box_size(lay, design)
    m = _margin(lay.px, design)
    w, h = bw + 2 * m, bh + 2 * m
    return w + w % 2, h + h % 2


def fit_layout(lay: Layout, design: Design, width: int, height: int) -> Layout:
    """A layout whose drawing fits in ``width`` × ``height``: the same lines at a smaller
    font size when the text (a very long title) would be larger than the frame, so it is
    drawn at the size it is shown at instead of drawn large and shrunk (a 500-character
    title at 4K was a 12000-pixel-tall RGBA image, and over 1 GB while it was drawn).
    A layout that fits is returned as it is."""
    w, h = drawn_size(lay, design)
    if w <= width and h <= height:
        return lay
    s = min(width / w, height / h)
    for _ in range(4):  # rounding (strokes, margins) can leave it a few pixels over
        px = max(4, int(lay.px * s))
        font = lay.font.font_variant(size=px)  # type: ignore[attr-defined]
        k = px / lay.px
        track = lay.tracking * k
        fitted = Layout(
            lines=lay.lines,
            px=px,
            font=font,
            tracking=track,
            embolden=round(lay.embolden * k),
            width=max(math.ceil(_tracked(font, ln, track)) for ln in lay.lines),
            line_h=round(px * design.line_height),
        )
        fw, fh = drawn_size(fitted, design)
        if (fw <= width and fh <= height) or px <= 4:
            return fitted
        s *= 0.98 * min(width / fw, height / fh)
    return fitted


def _draw_rgba(
    item: TextItem, lay: Layout, design: Design, partner: tuple[int, int, int]
) -> tuple[np.ndarray, tuple[int, int, int, int]]:
    """The text drawn in its design: RGBA, and the box inside it (x0, y0, x1, y1)."""
    from PIL import Image, ImageDraw, ImageFilter

    bw, bh = box_size(lay, design)
    px = lay.px
    blur = max(1.0, design.shadow_blur * px)
    off = round(design.shadow_offset * px) if design.shadow else 0
    m = _margin(px, design)
    w, h = drawn_size(lay, design)
    color = (*_parse_color(item.color), 255)
    stroke = round(design.outline * px)
    pady = round((design.pad[1] + design.outline) * px)
    glyphs = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(glyphs)
    font = lay.font
    for i, ln in enumerate(lay.lines):
        cy = m + pady + lay.line_h * i + lay.line_h / 2
        lw = _tracked(font, ln, lay.tracking)
        x0 = w / 2 - lw / 2
        if stroke:  # the outline under the letters, in the contrasting colour
            _line(draw, x0, cy, ln, font, lay, (*partner, 255), stroke + lay.embolden)
        _line(draw, x0, cy, ln, font, lay, color, lay.embolden)
    out = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    if design.plate > 0:
        ImageDraw.Draw(out).rounded_rectangle(
            (m, m, m + bw - 1, m + bh - 1),
            radius=round(design.radius * px),
            fill=(*partner, round(255 * design.plate)),
        )
    alpha = glyphs.getchannel("A")
    if design.halo > 0:
        grown = alpha.filter(ImageFilter.MaxFilter(3)).filter(ImageFilter.GaussianBlur(blur * 1.4))
        halo = Image.new("RGBA", (w, h), (*partner, 0))
        halo.putalpha(grown.point(lambda v: min(255, int(v * design.halo * 1.6))))
        out.alpha_composite(halo)
    if design.shadow > 0:
        soft = alpha.filter(ImageFilter.GaussianBlur(blur))
        shadow = Image.new("RGBA", (w, h), (*partner, 0))
        shadow.putalpha(soft.point(lambda v: int(v * design.shadow)))
        moved = Image.new("RGBA", (w, h), (0, 0, 0, 0))
        moved.paste(shadow.crop((0, 0, w - off, h - off)), (off, off))
        out.alpha_composite(moved)
    out.alpha_composite(glyphs)
    return np.asarray(out), (m, m, m + bw, m + bh)


def _line(draw, x0: float, cy: float, ln: str, font, lay: Layout, fill, stroke: int) -> None:  # type: ignore[no-untyped-def]
    if not lay.tracking:
        draw.text(
            (x0, cy), ln, font=font, fill=fill, anchor="lm", stroke_width=stroke, stroke_fill=fill
        )
        return
    # tracking: each character at its kerned position plus the extra spacing
    for i, ch in enumerate(ln):
        if ch.isspace():
            continue
        x = x0 + font.getlength(ln[:i]) + lay.tracking * i
        draw.text(
            (x, cy), ch, font=font, fill=fill, anchor="lm", stroke_width=stroke, stroke_fill=fill
        )


def _partner(color: tuple[int, int, int]) -> tuple[int, int, int]:
    """Black behind light text, white behind dark text."""
    lt = float(luminance(np.array(color, np.uint8)))
    return (0, 0, 0) if lt > 0.18 else (255, 255, 255)


def render_rgba(
    item: TextItem, fmt: OutputFormat, regions: list[np.ndarray] | None = None
) -> np.ndarray:
    """The text as an RGBA image in its design (strengthened when the backgrounds in
    ``regions`` would leave it below 4.5:1), cropped to its content plus its shadow."""
    return _styled(item, fmt, regions)[0]


def _layout_fields(d: Design) -> tuple[object, ...]:
    """What ``layout_text`` reads of a design."""
    return d.bold, d.tracking, d.pad, d.outline, d.embolden, d.line_height


def _styled(
    item: TextItem,
    fmt: OutputFormat,
    regions: list[np.ndarray] | None,
    lay: Layout | None = None,
) -> tuple[np.ndarray, tuple[int, int, int, int], Design, int, bool]:
    """RGBA, its box, the design, its legibility level, and whether the text was drawn
    smaller than its layout to fit the frame (``fit_layout``)."""
    base = design_for(item)
    color = _parse_color(item.color)
    level, plate = legibility_level(color, regions or [], base)
    design = base.strengthened(level, plate)
    if lay is not None and _layout_fields(design) == _layout_fields(base):
        full = lay  # a shadow or a halo does not move the lines: the placement's layout
    else:
        full = layout_text(item, fmt, design)
    lay = fit_layout(full, design, fmt.width, fmt.height)
    rgba, box = _draw_rgba(item, lay, design, _partner(color))
    return rgba, box, design, level, lay is not full


# ---------------------------------------------------------------- sprites


def _ease_out(u: float) -> float:
    u = min(max(u, 0.0), 1.0)
    return 1 - (1 - u) ** 3


def _ease_back(u: float) -> float:
    """Ease out with a small overshoot (about 6 %): a pop."""
    u = min(max(u, 0.0), 1.0)
    c = 1.70158
    return 1 + (c + 1) * (u - 1) ** 3 + c * (u - 1) ** 2


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
    box: tuple[int, int, int, int] = (0, 0, 0, 0)  # the design's box, in frame pixels
    level: int = 0  # how much the design was strengthened for legibility (0..3)
    fps: int = 30

    def _fades(self) -> tuple[float, float]:
        """Entrance and exit lengths: never under MIN_TEXT_FADE_MS (a text never appears or
        goes in one frame), never over half the text's time."""
        it = self.item
        half = it.d / 2
        lo = max(draft.MIN_TEXT_FADE_MS, 1000 / max(self.fps, 1))
        return min(max(it.fade_in, lo), half), min(max(it.fade_out, lo), half)

    def opacity(self, t_ms: float) -> float:
        return self.state(t_ms)[0]

    def state(self, t_ms: float) -> tuple[float, float, float, float]:
        """(opacity, dx, dy, scale) at a time: the entrance, the hold and the exit."""
        it = self.item
        local = t_ms - it.st
        if local < 0 or local >= it.d:
            return 0.0, 0.0, 0.0, 1.0
        fin, fout = self._fades()
        line = max(8, self.box[3] - self.box[1])
        u_in = local / fin if fin > 0 else 1.0
        u_out = (it.d - local) / fout if fout > 0 else 1.0
        o, dx, dy, sc = 1.0, 0.0, 0.0, 1.0
        if u_in < 1:
            e = _ease_out(u_in)
            if it.entrance == "slide":
                o, dx = min(1.0, u_in * 1.6), -(1 - e) * 0.06 * (self.box[2] - self.box[0] + 400)
            elif it.entrance == "pop":
                o, sc = min(1.0, u_in * 2), 0.7 + 0.3 * _ease_back(u_in)
            else:  # fade with a slight rise
                o, dy = u_in, (1 - e) * 0.18 * min(line, 200)
        if u_out < 1:
            e = _ease_out(u_out)
            if it.exit == "slide":
                o2, dx = min(1.0, u_out * 1.6), (1 - e) * 0.06 * (self.box[2] - self.box[0] + 400)
            elif it.exit == "pop":
                o2, sc = min(1.0, u_out * 2), 0.85 + 0.15 * e
            else:
                o2, dy = u_out, -(1 - e) * 0.08 * min(line, 200)
            o = min(o, o2)
        return max(0.0, min(1.0, o)), dx, dy, sc

    def render(self, f: Frame, t_ms: float) -> None:
        """Draw the text as it is at ``t_ms`` (entrance/exit applied) onto the frame."""
        o, dx, dy, sc = self.state(t_ms)
        if o <= 0:
            return
        if abs(sc - 1.0) < 0.005:
            self.draw(f, o, round(dx), round(dy))
            return
        import cv2

        h, w = self.a.shape
        nw, nh = max(2, round(w * sc / 2) * 2), max(2, round(h * sc / 2) * 2)
        ox = self.x + (w - nw) // 2 + round(dx)
        oy = self.y + (h - nh) // 2 + round(dy)
        ox, oy = ox & ~1, oy & ~1

        def rs(a: np.ndarray, size: tuple[int, int]) -> np.ndarray:
            return cv2.resize(a, size, interpolation=cv2.INTER_AREA if sc < 1 else cv2.INTER_LINEAR)

        full, half = (nw, nh), (nw // 2, nh // 2)
        _blend_plane(f.y, rs(self.ya, full), rs(self.a, full), ox, oy, o)
        ac = rs(self.ac, half)
        _blend_plane(f.u, rs(self.ua, half), ac, ox // 2, oy // 2, o)
        _blend_plane(f.v, rs(self.va, half), ac, ox // 2, oy // 2, o)

    def draw(self, f: Frame, opacity: float, dx: int = 0, dy: int = 0) -> None:
        if opacity <= 0:
            return
        x, y = (self.x + dx) & ~1, (self.y + dy) & ~1
        _blend_plane(f.y, self.ya, self.a, x, y, opacity)
        _blend_plane(f.u, self.ua, self.ac, x // 2, y // 2, opacity)
        _blend_plane(f.v, self.va, self.ac, x // 2, y // 2, opacity)


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


Backdrop = Callable[[TextItem, tuple[int, int, int, int]], list[np.ndarray]]


def make_sprite(
    item: TextItem,
    fmt: OutputFormat,
    backdrop: Backdrop | None = None,
    *,
    near: Sequence[Sprite] = (),
) -> Sprite:
    """Lay out, measure the background under the box (``backdrop``: RGB regions of the
    frames under it over the text's time), style, and place the text; ``near`` are texts
    already placed, which this one is kept clear of when they are shown at the same time."""
    import cv2

    design = design_for(item)
    lay = layout_text(item, fmt, design)
    bw, bh = box_size(lay, design)
    checkpoint()
    if item.position == "auto":
        subjects = getattr(backdrop, "subjects", None)
        avoid = list(subjects(item) if subjects else [])
        # texts already placed and shown at the same time (a caption at the bottom) count as
        # something to keep clear of, so the title goes to the other third instead of
        # pushing the caption out of its place
        avoid += [s.box for s in near if _together(s.item, item)]
        item.position = _clear_of(avoid, fmt, bw, bh)
    bx, by = _place(item, fmt, bw, bh, near)
    regions = backdrop(item, (bx, by, bx + bw, by + bh)) if backdrop else []
    checkpoint()
    rgba, box, _, level, fitted = _styled(item, fmt, regions, lay)
    checkpoint()
    bw, bh = box[2] - box[0], box[3] - box[1]
    if level == 3 or fitted:  # a plate, or a title drawn smaller to fit: place it again
        bx, by = _place(item, fmt, bw, bh, near)
    h, w = rgba.shape[:2]
    if w > fmt.width or h > fmt.height:  # pragma: no cover - fit_layout's last resort
        s = min(fmt.width / w, fmt.height / h)
        w, h = max(2, int(w * s) & ~1), max(2, int(h * s) & ~1)
        rgba = cv2.resize(rgba, (w, h), interpolation=cv2.INTER_AREA)
        box = tuple(int(v * s) for v in box)  # type: ignore[assignment]
        bw, bh = box[2] - box[0], box[3] - box[1]
    x, y = (bx - box[0]) & ~1, (by - box[1]) & ~1
    alpha = rgba[:, :, 3].astype(np.float32)
    alpha /= 255.0
    rgb = np.ascontiguousarray(rgba[:, :, :3]).astype(np.float32)
    pre = cv2.transform(rgb, M709)
    del rgb  # a frame-sized title holds 100 MB of floats at 4K: free what is done with
    # premultiply at full size, then average: chroma of transparent pixels never leaks in
    np.multiply(pre, alpha[:, :, None], out=pre)
    half = (w // 2, h // 2)
    uv = cv2.resize(pre[:, :, 1:], half, interpolation=cv2.INTER_AREA)
    ac = cv2.resize(alpha, half, interpolation=cv2.INTER_AREA)
    ya = np.ascontiguousarray(pre[:, :, 0])
    del pre
    return Sprite(
        x=x,
        y=y,
        ya=ya,
        a=alpha,
        ua=np.ascontiguousarray(uv[:, :, 0]),
        va=np.ascontiguousarray(uv[:, :, 1]),
        ac=ac,
        item=item,
        rgba=rgba,
        box=(x + box[0], y + box[1], x + box[0] + bw, y + box[1] + bh),
        level=level,
        fps=fmt.fps,
    )


GAP = 0.02  # of the frame height between stacked texts


def _clear_of(
    subjects: list[tuple[int, int, int, int]], fmt: OutputFormat, bw: int, bh: int
) -> str | list[float]:
    """Where an ``auto`` title goes: the centre, unless more than a fifth of its box would
    cover a subject of the photos under it; then the lower or the upper third (inside the
    safe area), whichever covers least, when that is better."""

    def covered(pos: str | list[float]) -> float:
        x, y = draft.place_box(pos, bw, bh, fmt.width, fmt.height)
        area = 0
        for sx0, sy0, sx1, sy1 in subjects:
            ix = max(0, min(x + bw, sx1) - max(x, sx0))
            iy = max(0, min(y + bh, sy1) - max(y, sy0))
            area = max(area, ix * iy)
        return area / max(1, bw * bh)

    if not subjects or covered("center") <= 0.2:
        return "center"
    options: list[str | list[float]] = [[0.5, 0.75], [0.5, 0.27]]
    best = min(options, key=covered)
    return best if covered(best) < covered("center") else "center"


def _place(
    item: TextItem, fmt: OutputFormat, bw: int, bh: int, near: Sequence[Sprite] = ()
) -> tuple[int, int]:
    """Top-left corner of the box: its position, inside the safe area, and clear of the
    texts shown at the same time (stacked below them, or above when there is no room)."""
    W, H = fmt.width, fmt.height
    x, y = draft.place_box(item.position, bw, bh, W, H)
    busy = [s.box for s in near if _together(s.item, item)]
    _, top, _, bottom = draft.safe_area(W, H)
    gap = round(GAP * H)
    for _ in range(len(busy) + 1):
        hit = next((b for b in busy if draft.boxes_overlap(b, (x, y, x + bw, y + bh))), None)
        if hit is None:
            break
        below = hit[3] + gap
        above = hit[1] - gap - bh
        if below + bh <= H * (1 - bottom):
            y = below
        elif above >= H * top:
            y = above
        else:
            break
        y = int(y) & ~1
    return x, y


def _together(a: TextItem, b: TextItem) -> bool:
    """Shown at the same time, beyond a hand-over (one fading out while the other fades in,
    for at most one fade): the rule of draft.text_overlaps."""
    together = min(a.st + a.d, b.st + b.d) - max(a.st, b.st)
    if together <= 0:
        return False
    first, second = (a, b) if (a.st, a.st + a.d) <= (b.st, b.st + b.d) else (b, a)
    lo = draft.MIN_TEXT_FADE_MS
    return a.st == b.st or together > max(max(first.fade_out, lo), max(second.fade_in, lo))


def placement_order(items: Sequence[TextItem]) -> list[TextItem]:
    """Texts with a place of their own first (a caption at the bottom), then the ``auto``
    ones, each group in time order: a later one keeps clear of those placed before it."""
    return sorted(items, key=lambda t: (t.position == "auto", t.st))


def make_sprites(
    items: list[TextItem], fmt: OutputFormat, backdrop: Backdrop | None = None
) -> list[Sprite]:
    """Every text, placed in placement order (all at once: for tests and tools; a render
    uses ``LiveSprites``, which gives the same sprites but holds only the live ones)."""
    done: list[Sprite] = []
    for it in placement_order(items):
        checkpoint()
        done.append(make_sprite(it, fmt, backdrop, near=done))
    return done


@dataclass
class _Placed:
    """What placing a later text needs of an earlier one: its time and its box."""

    item: TextItem
    box: tuple[int, int, int, int]


class LiveSprites:
    """The texts of a render, each drawn when its time comes and dropped when it ends, so
    only the texts on screen are held (a draft with 50 long titles holds one or two).

    A text is placed clear of the texts before it in placement order that are shown with
    it; those overlap it in time, so they are built first (ahead of their time if need be).
    The boxes of dropped texts are kept (a few ints each); the result is what
    ``make_sprites`` gives, sprite for sprite."""

    def __init__(
        self, items: Sequence[TextItem], fmt: OutputFormat, backdrop: Backdrop | None = None
    ) -> None:
        self.fmt = fmt
        self.backdrop = backdrop
        self.order = placement_order(items)
        self._rank = {id(it): k for k, it in enumerate(self.order)}
        self._placed: dict[int, _Placed] = {}  # by rank, kept
        self._live: dict[int, Sprite] = {}  # by rank, while on screen
        self._by_start = sorted(range(len(self.order)), key=lambda k: self.order[k].st)
        self._next = 0  # into _by_start

    def _build(self, k: int) -> Sprite | None:
        if k in self._placed:
            return self._live.get(k)
        item = self.order[k]
        for j in range(k):  # the earlier texts shown with this one are placed first
            if j not in self._placed and _together(self.order[j], item):
                self._build(j)
        near = [p for j, p in self._placed.items() if j < k]
        checkpoint()
        sprite = make_sprite(item, self.fmt, self.backdrop, near=near)  # type: ignore[arg-type]
        self._placed[k] = _Placed(item, sprite.box)
        if item.st + item.d > self._now:
            self._live[k] = sprite
        return sprite

    _now: float = -1.0

    def at(self, t_ms: float) -> list[Sprite]:
        """The sprites to draw at ``t_ms``, in placement order (the order they are drawn)."""
        self._now = t_ms
        for k in [k for k, s in self._live.items() if s.item.st + s.item.d <= t_ms]:
            del self._live[k]  # ended: its pixels go
        while self._next < len(self._by_start):
            k = self._by_start[self._next]
            if self.order[k].st > t_ms:
                break
            self._next += 1
            if self.order[k].st + self.order[k].d > t_ms:  # a text already over (a render
                self._build(k)  # starting mid-video) is placed only if a later one needs it
        return [self._live[k] for k in sorted(self._live)]

    def all(self) -> list[Sprite]:
        """Every sprite, built now, in placement order (for tests and tools)."""
        self._now = -1.0
        out = []
        for k in range(len(self.order)):
            self._build(k)
            out.append(self._live[k])
        return out

    def live_count(self) -> int:
        return len(self._live)
