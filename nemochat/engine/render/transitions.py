"""Transitions between two YUV 4:2:0 frames: blends, dips, slides, pushes, whips, wipes, zoom.

``compose(kind, p, a, b, out, dp=...)``: ``a`` is the outgoing frame, ``b`` the incoming one,
``p`` the progress 0..1 through the transition and ``dp`` how much ``p`` advances in one frame
(``1 / frames in the transition``), which sets the motion blur. All work plane by plane
(chroma at half size); offsets are kept even so luma and chroma stay aligned.

- Moving pictures (slides, pushes, whips) are eased (smoothstep; a whip is cubic in-out,
  fastest at the hand-over) and blurred along their motion by the distance they travel in
  half a frame (a 180° shutter; a whip 1.2 frames): for a rigid translation a box blur of
  that length is the limit of averaging infinitely many sub-frame samples.
- Wipes have a feathered edge (a smoothstep ramp 1/12 of the frame's long side).
- ``zoom`` zooms through: the outgoing picture zooms in, the incoming one settles from a
  zoom, with a radial blur from sub-frame samples proportional to the zoom's speed.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable

import numpy as np

from .. import draft
from .color import BLACK, WHITE, Frame

# Every drawn transition of the draft format (``cut`` needs no drawing).
KINDS = frozenset(draft.TRANSITIONS) - {"cut"}

SHUTTER = 0.5  # motion blur length as a share of one frame's travel (a 180° shutter)
WHIP_SHUTTER = 1.2  # a whip pan is all blur: exaggerated on purpose
MAX_BLUR = 0.35  # of the frame size along the motion: beyond this a blur only looks grey
FEATHER = 1 / 12  # a wipe's soft edge, as a share of the frame's long side
ZOOM = 1.45  # the zoom transition's largest scale


def _smooth(p: float) -> float:
    p = min(max(p, 0.0), 1.0)
    return p * p * (3 - 2 * p)


def _ease_whip(p: float) -> float:
    """A whip accelerates hard into the middle and brakes hard out of it (cubic in-out:
    peak speed 3x the average, right at the hand-over)."""
    p = min(max(p, 0.0), 1.0)
    return 4 * p**3 if p < 0.5 else 1 - (-2 * p + 2) ** 3 / 2


def _speed(ease: Callable[[float], float], p: float, dp: float) -> float:
    """How far the eased position moves during one frame around ``p`` (0..1 of the path)."""
    if dp <= 0:
        return 0.0
    return abs(ease(p + dp / 2) - ease(p - dp / 2))


def blend(a: Frame, b: Frame, w: float, out: Frame) -> None:
    """out = a·(1-w) + b·w over all three planes at once."""
    import cv2

    cv2.addWeighted(a.buf, 1.0 - w, b.buf, w, 0.0, dst=out.buf)


_local = threading.local()  # several renders may run at once, each in its own thread


def _scratch_frame(kind: str, w: int, h: int) -> Frame:
    """Reusable buffers, per render thread: no 3 MB allocation per transition frame."""
    scratch: dict[tuple[str, int, int], Frame] = _local.__dict__.setdefault("frames", {})
    key = (kind, w, h)
    f = scratch.get(key)
    if f is None:
        if len(scratch) > 8:
            scratch.clear()
        f = scratch[key] = Frame(w, h)
        if kind == "black":
            f.fill(BLACK)
        elif kind == "white":
            f.fill(WHITE)
    return f


def _solid(f: Frame, yuv: tuple[int, int, int]) -> Frame:
    return _scratch_frame("black" if yuv == BLACK else "white", f.w, f.h)


def compose(kind: str, p: float, a: Frame, b: Frame, out: Frame, dp: float = 0.0) -> None:
    """Draw the transition ``kind`` at progress ``p`` into ``out``; ``dp`` is one frame's
    share of the transition (0: no motion blur, as for a still)."""
    if kind not in KINDS:
        kind = "crossfade"
    if kind == "crossfade":
        blend(a, b, p, out)
    elif kind in ("fade_black", "fade_white"):
        solid = _solid(a, BLACK if kind == "fade_black" else WHITE)
        if p < 0.5:
            blend(a, solid, _smooth(p * 2), out)
        else:
            blend(solid, b, _smooth(p * 2 - 1), out)
    elif kind.startswith("slide_"):
        _move(kind, p, dp, a, b, out, push=False)
    elif kind.startswith("push_"):
        _move(kind, p, dp, a, b, out, push=True)
    elif kind == "whip":
        _move("whip_left", p, dp, a, b, out, push=True)
    elif kind.startswith("wipe_"):
        _wipe(kind, _smooth(p), a, b, out)
    else:
        _zoom(p, dp, a, b, out)


def _direction(kind: str) -> tuple[int, int]:
    """Unit motion of the incoming picture: slide_left moves content to the left."""
    d = kind.split("_", 1)[1]
    return {"left": (-1, 0), "right": (1, 0), "up": (0, -1), "down": (0, 1)}[d]


def _shifted_copy(src: np.ndarray, dst: np.ndarray, dx: int, dy: int) -> None:
    """Copy ``src`` into ``dst`` moved by (dx, dy) pixels; uncovered parts of dst keep their values."""
    h, w = src.shape
    if abs(dx) >= w or abs(dy) >= h:
        return
    sx0, sx1 = max(0, -dx), min(w, w - dx)
    sy0, sy1 = max(0, -dy), min(h, h - dy)
    dst[sy0 + dy : sy1 + dy, sx0 + dx : sx1 + dx] = src[sy0:sy1, sx0:sx1]


def _motion_blur(plane: np.ndarray, k: int, horizontal: bool) -> None:
    """A box blur ``k`` pixels long along the motion, in place (cv2.blur costs the same
    whatever ``k``: it is a running sum)."""
    import cv2

    if k < 2 or plane.size == 0:
        return
    k |= 1  # odd: centred on the pixel, so the blur does not shift the picture
    plane[:] = cv2.blur(plane, (k, 1) if horizontal else (1, k), borderType=cv2.BORDER_REPLICATE)


def _move(kind: str, p: float, dp: float, a: Frame, b: Frame, out: Frame, *, push: bool) -> None:
    """Slides (b moves in over a), pushes and whips (b pushes a out), motion-blurred."""
    whip = kind.startswith("whip")
    ease = _ease_whip if whip else _smooth
    e = ease(p)
    ux, uy = _direction(kind)
    size = a.w if ux else a.h
    # the blur: one frame's travel, in luma pixels, capped (it is already a smear by then)
    travel = _speed(ease, p, dp) * size * (WHIP_SHUTTER if whip else SHUTTER)
    k = min(round(travel), round(MAX_BLUR * size * (1.6 if whip else 1.0)))
    # incoming starts one frame-size away (opposite to its motion) and arrives at 0
    ox = round((1 - e) * a.w / 2) * 2 * -ux
    oy = round((1 - e) * a.h / 2) * 2 * -uy
    for pa, pb, po, s in zip(a.planes(), b.planes(), out.planes(), (1, 2, 2), strict=True):
        if push:
            _shifted_copy(
                pa, po, (ox + a.w * ux) // s if ux else 0, (oy + a.h * uy) // s if uy else 0
            )
        else:
            po[:] = pa
        _shifted_copy(pb, po, ox // s, oy // s)
        ks = k // s
        if ks < 2:
            continue
        if push:
            _motion_blur(po, ks, bool(ux))  # everything moves at the same speed
            continue
        # a slide: only the incoming picture moves; blur it and the edge it drags over a
        h, w = po.shape
        if ux:
            edge = ox // s
            x0, x1 = (max(0, edge - ks), w) if ux < 0 else (0, min(w, w + edge + ks))
            _motion_blur(po[:, x0:x1], ks, True)
        else:
            edge = oy // s
            y0, y1 = (max(0, edge - ks), h) if uy < 0 else (0, min(h, h + edge + ks))
            _motion_blur(po[y0:y1, :], ks, False)


def _wipe(kind: str, p: float, a: Frame, b: Frame, out: Frame) -> None:
    """A feathered edge sweeping across (wipe_left: the edge moves leftwards, revealing b).

    The edge travels from one feather outside the frame to one feather past the other side,
    so the first and last frames are pure a and pure b, and its position is computed in each
    plane's own coordinates from the same p, so luma and chroma stay aligned."""
    ux, uy = _direction(kind)
    for pa, pb, po in zip(a.planes(), b.planes(), out.planes(), strict=True):
        h, w = po.shape
        n = w if ux else h
        f = max(2, round(FEATHER * max(w, h)))  # the same softness either way
        # b's side of the edge: [0, edge) for wipe_right/down; mirrored for left/up
        edge = p * (n + f) - f  # where b's full-opacity region ends; the ramp follows it
        lo = math.floor(edge)
        full = min(max(lo, 0), n)
        band0, band1 = max(lo, 0), min(lo + f, n)
        reverse = (ux or uy) < 0
        _wipe_plane(pa, pb, po, full, band0, band1, edge, f, ux != 0, reverse)


def _wipe_plane(
    pa: np.ndarray,
    pb: np.ndarray,
    po: np.ndarray,
    full: int,
    band0: int,
    band1: int,
    edge: float,
    f: int,
    horizontal: bool,
    reverse: bool,
) -> None:
    import cv2

    if reverse:  # mirrored views: b's side is always [0, full)
        pa, pb, po = (x[:, ::-1] if horizontal else x[::-1] for x in (pa, pb, po))

    def cut(x: np.ndarray, lo: int, hi: int | None) -> np.ndarray:
        return x[:, lo:hi] if horizontal else x[lo:hi]

    cut(po, full, None)[...] = cut(pa, full, None)
    cut(po, 0, full)[...] = cut(pb, 0, full)
    if band1 <= band0:
        return
    # weight of b across the band: 1 at the full edge, falling to 0 one feather later
    x = np.arange(band0, band1, dtype=np.float32) + 0.5
    t = np.clip((x - edge) / f, 0.0, 1.0)
    wb = 1.0 - t * t * (3 - 2 * t)
    sa = cut(pa, band0, band1).astype(np.float32)
    sb = cut(pb, band0, band1).astype(np.float32)
    weights = np.broadcast_to(wb[None, :] if horizontal else wb[:, None], sa.shape)
    res = cv2.add(sa, cv2.multiply(cv2.subtract(sb, sa), np.ascontiguousarray(weights)))
    cut(po, band0, band1)[...] = np.clip(res + 0.5, 0, 255).astype(np.uint8)


def _scaled(src: np.ndarray, z: float, dst: np.ndarray, shape: tuple[int, int]) -> None:
    """``src`` scaled by ``z`` about its centre into ``dst`` of size ``shape`` (w, h); a
    smaller ``dst`` is the same view at lower resolution (pixel centres kept aligned)."""
    import cv2

    h, w = src.shape
    r = shape[0] / w
    m = cv2.getRotationMatrix2D(((w - 1) / 2, (h - 1) / 2), 0.0, z)
    if r != 1.0:
        m *= r
        m[:, 2] += 0.5 * r - 0.5
    cv2.warpAffine(src, m, shape, dst=dst, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def _zoomed(src: Frame, z0: float, z1: float, blur_px: float, out: Frame) -> None:
    """``src`` scaled about its centre, averaged over every scale from ``z0`` to ``z1`` (the
    sub-frame samples of a moving zoom: a radial blur).

    The samples are doubled per pass: average the picture with itself scaled by q, then the
    result with itself scaled by q², ... — m passes give 2^m evenly spaced (geometric)
    samples for m + 1 warps, so a long blur is a smooth streak, not a row of ghosts. A long
    blur is drawn at half or quarter size (it has no detail to lose there) and scaled up."""
    import cv2

    lo, hi = min(z0, z1), max(z0, z1)
    for ps, po in zip(src.planes(), out.planes(), strict=True):
        h, w = ps.shape
        blur = blur_px * w / src.w  # in this plane's pixels (chroma is half size)
        if blur < 2:
            _scaled(ps, (z0 + z1) / 2, po, (w, h))
            continue
        # a streak is drawn smaller (it has no detail to lose): 1/2 size past 8 px of blur,
        # 1/4 past 48 (still a 12 px streak at that size)
        div = 1 if blur <= 8 or min(w, h) < 64 else (2 if blur <= 48 else 4)
        small = div > 1
        sw, sh = max(1, w // div), max(1, h // div)
        passes = min(6, max(1, math.ceil(math.log2(blur / div / 1.5))))
        cur = np.empty((sh, sw), np.uint8)
        tmp = np.empty_like(cur)
        # start from the smallest scale and only ever enlarge: no border is pulled in
        _scaled(ps, lo, cur, (sw, sh))
        q = (hi / lo) ** (1 / 2**passes)
        step = q
        for _ in range(passes):
            _scaled(cur, step, tmp, (sw, sh))
            cv2.addWeighted(cur, 0.5, tmp, 0.5, 0.0, dst=cur)
            step *= step
        if small:
            cv2.resize(cur, (w, h), dst=po, interpolation=cv2.INTER_LINEAR)
        else:
            po[:] = cur


def _zoom(p: float, dp: float, a: Frame, b: Frame, out: Frame) -> None:
    """Zoom through: a zooms in (accelerating), b arrives from a zoom (braking), crossfading
    around the middle, each blurred radially by its speed."""

    def scale(q: float) -> float:
        q = min(max(q, 0.0), 1.0)
        # geometric: a's scale 1 → ZOOM over the first 60 %, b's ZOOM → 1 over the last 60 %
        ta = min(q / 0.6, 1.0)
        return ZOOM ** (ta**2)

    def scale_b(q: float) -> float:
        q = min(max(q, 0.0), 1.0)
        tb = min(max((q - 0.4) / 0.6, 0.0), 1.0)
        return ZOOM ** ((1 - tb) ** 2)

    half_diag = math.hypot(a.w, a.h) / 2
    ta = _scratch_frame("zoom_a", a.w, a.h)
    tb = _scratch_frame("zoom_b", a.w, a.h)
    w = _smooth((p - 0.3) / 0.4)  # b's share: 0 until 30 %, 1 from 70 %
    for f, sc, dst, needed in ((a, scale, ta, w < 1), (b, scale_b, tb, w > 0)):
        if not needed:
            continue
        z0, z1 = sc(p - dp * SHUTTER / 2), sc(p + dp * SHUTTER / 2)
        blur_px = abs(z1 - z0) * half_diag  # how far a corner travels during the frame
        _zoomed(f, z0, z1, blur_px, dst)
    if w <= 0:
        out.buf[:] = ta.buf
    elif w >= 1:
        out.buf[:] = tb.buf
    else:
        blend(ta, tb, w, out)
