"""Transitions between two YUV 4:2:0 frames: blends, fades, slides, pushes, wipes, zoom.

``compose(kind, p, a, b, out)``: ``a`` is the outgoing frame, ``b`` the incoming one, ``p`` the
progress 0..1 through the transition. All work plane by plane (chroma at half size), so
offsets are kept even to keep luma and chroma aligned.
"""

from __future__ import annotations

import threading

import numpy as np

from .. import draft
from .color import BLACK, WHITE, Frame

# Every drawn transition of the draft format (``cut`` needs no drawing).
KINDS = frozenset(draft.TRANSITIONS) - {"cut"}


def _smooth(p: float) -> float:
    p = min(max(p, 0.0), 1.0)
    return p * p * (3 - 2 * p)


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
        if len(scratch) > 6:
            scratch.clear()
        f = scratch[key] = Frame(w, h)
        if kind == "black":
            f.fill(BLACK)
        elif kind == "white":
            f.fill(WHITE)
    return f


def _solid(f: Frame, yuv: tuple[int, int, int]) -> Frame:
    return _scratch_frame("black" if yuv == BLACK else "white", f.w, f.h)


def compose(kind: str, p: float, a: Frame, b: Frame, out: Frame) -> None:
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
    elif kind.startswith(("slide_", "push_")):
        _slide(kind, _smooth(p), a, b, out)
    elif kind.startswith("wipe_"):
        _wipe(kind, _smooth(p), a, b, out)
    else:
        _zoom(p, a, b, out)


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


def _slide(kind: str, p: float, a: Frame, b: Frame, out: Frame) -> None:
    ux, uy = _direction(kind)
    push = kind.startswith("push_")
    # incoming starts one frame-size away (opposite to its motion) and arrives at 0
    ox = round((1 - p) * a.w / 2) * 2 * -ux
    oy = round((1 - p) * a.h / 2) * 2 * -uy
    for pa, pb, po, s in zip(a.planes(), b.planes(), out.planes(), (1, 2, 2), strict=True):
        if push:
            po[:] = 0
            _shifted_copy(
                pa, po, (ox + a.w * ux) // s if ux else 0, (oy + a.h * uy) // s if uy else 0
            )
        else:
            po[:] = pa
        _shifted_copy(pb, po, ox // s, oy // s)
    if push:
        # a pushed frame fully covers the output; nothing else to fill
        return


def _wipe(kind: str, p: float, a: Frame, b: Frame, out: Frame) -> None:
    """A hard edge sweeping across (wipe_left: the edge moves leftwards, revealing b)."""
    ux, uy = _direction(kind)
    for pa, pb, po in zip(a.planes(), b.planes(), out.planes(), strict=True):
        h, w = po.shape
        po[:] = pa
        if ux:
            n = round(p * w)
            if ux < 0:
                po[:, w - n :] = pb[:, w - n :]
            elif n:
                po[:, :n] = pb[:, :n]
        else:
            n = round(p * h)
            if uy < 0:
                po[h - n :, :] = pb[h - n :, :]
            elif n:
                po[:n, :] = pb[:n, :]


def _zoom(p: float, a: Frame, b: Frame, out: Frame) -> None:
    """The outgoing picture zooms towards the viewer while the next one fades in."""
    import cv2

    z = 1.0 + 0.35 * _smooth(p)
    tmp = _scratch_frame("zoom", a.w, a.h)
    for pa, pt in zip(a.planes(), tmp.planes(), strict=True):
        h, w = pa.shape
        m = cv2.getRotationMatrix2D(((w - 1) / 2, (h - 1) / 2), 0.0, z)
        cv2.warpAffine(
            pa, m, (w, h), dst=pt, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
        )
    blend(tmp, b, _smooth(p), out)
