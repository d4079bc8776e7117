"""Ken Burns motion: subject-aware, eased, geometric zoom, sub-pixel exact.

Per slide: ONE ``INTER_AREA`` prescale (the prefilter, so fine texture does not shimmer when
minified) to a canvas where the closest zoom maps about 1:1 to output pixels, converted once
to YUV 4:2:0. Per frame: the pose comes from the frame's time (never accumulated), becomes a
float 2×3 matrix, and ``cv2.warpAffine`` (bilinear) samples Y, U and V straight into the
output frame. The view rectangle always stays inside the canvas, so no border ever shows.
"""

from __future__ import annotations

import contextlib
import math
import threading
from collections import OrderedDict
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from .color import Frame, rgb_to_frame, rgb_to_yuv_planes

ZOOM = 1.25  # how far zoom_in / zoom_out travel (in linear scale)
PAN_ZOOM = 1.12  # a pan needs some room to move in
MIN_ZOOM = 1.10  # a zoom smaller than this reads as a still on a phone
BLUR_DARKEN = 0.7
CASCADE_DIRS = (
    "/usr/share/opencv4/haarcascades",
    "/usr/share/opencv/haarcascades",
    "/usr/local/share/opencv4/haarcascades",
    "/opt/homebrew/share/opencv4/haarcascades",
)


# ---------------------------------------------------------------- subject detection


@dataclass
class Subject:
    """Where the interesting part of a photo is, in 0..1 image coordinates."""

    x: float
    y: float
    size: float = 0.0  # face height / image height (0 = not a face)
    found: bool = False  # a face or a clear salient region (not just the centre)
    # what must stay in frame (x0, y0, x1, y1, 0..1): the faces with their heads, or the
    # salient object; None when nothing in particular must be kept
    box: tuple[float, float, float, float] | None = None


@cache
def _face_detector() -> object | None:
    try:
        import cv2
    except ImportError:
        return None
    if not hasattr(cv2, "CascadeClassifier"):
        return None
    dirs = list(CASCADE_DIRS)
    data = getattr(cv2, "data", None)
    if data is not None and getattr(data, "haarcascades", None):
        dirs.insert(0, data.haarcascades)
    for d in dirs:
        p = Path(d) / "haarcascade_frontalface_default.xml"
        if p.is_file():
            det = cv2.CascadeClassifier(str(p))
            if not det.empty():
                return det
    return None


def detect_faces(rgb: np.ndarray) -> Subject | None:
    """The faces as a subject: BlazeFace (shipped models, ``faces.py``), or OpenCV's Haar
    cascade where OpenCV cannot read TFLite. Aimed at the largest face; the box holds every
    face grown to a head."""
    from . import faces

    if faces.available():
        found = faces.detect_faces(rgb)
        if not found:
            return None
        big = max(found, key=lambda f: (f.x1 - f.x0) * (f.y1 - f.y0))
        boxes = [(f.x0, f.y0, f.x1, f.y1) for f in found]
        fh = big.y1 - big.y0
        cx, cy = (big.x0 + big.x1) / 2, big.y0 + fh * 0.45
        return Subject(cx, cy, fh, True, head_box(boxes))
    return _haar_faces(rgb)


def _haar_faces(rgb: np.ndarray) -> Subject | None:
    """The largest face, if OpenCV has a cascade classifier and a cascade file is installed."""
    det = _face_detector()
    if det is None:
        return None
    import cv2

    h, w = rgb.shape[:2]
    s = min(1.0, 512 / max(h, w))
    small = cv2.resize(rgb, (max(1, int(w * s)), max(1, int(h * s))), interpolation=cv2.INTER_AREA)
    gray = cv2.cvtColor(small, cv2.COLOR_RGB2GRAY)
    faces = det.detectMultiScale(gray, scaleFactor=1.1, minNeighbors=5, minSize=(24, 24))  # type: ignore[attr-defined]
    if len(faces) == 0:
        return None
    x, y, fw, fh = max(faces, key=lambda f: f[2] * f[3])
    sh, sw = gray.shape
    boxes = [(fx / sw, fy / sh, (fx + fwi) / sw, (fy + fhi) / sh) for fx, fy, fwi, fhi in faces]
    return Subject((x + fw / 2) / sw, (y + fh * 0.45) / sh, fh / sh, True, head_box(boxes))


def head_box(faces: list[tuple[float, float, float, float]]) -> tuple[float, float, float, float]:
    """The union of face boxes grown to whole heads (hair above, chin and neck below)."""
    x0 = min(max(0.0, f[0] - 0.25 * (f[2] - f[0])) for f in faces)
    x1 = max(min(1.0, f[2] + 0.25 * (f[2] - f[0])) for f in faces)
    y0 = min(max(0.0, f[1] - 0.35 * (f[3] - f[1])) for f in faces)
    y1 = max(min(1.0, f[3] + 0.3 * (f[3] - f[1])) for f in faces)
    return x0, y0, x1, y1


def saliency(rgb: np.ndarray, size: int = 64) -> np.ndarray:
    """Spectral-residual saliency map (Hou & Zhang 2007) at ``size``×``size``, 0..1."""
    import cv2

    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY) if rgb.ndim == 3 else rgb
    small = cv2.resize(gray, (size, size), interpolation=cv2.INTER_AREA).astype(np.float32)
    spec = np.fft.fft2(small)
    amp = np.log(np.abs(spec) + 1e-6)
    phase = np.angle(spec)
    residual = amp - cv2.blur(amp.astype(np.float32), (3, 3))
    sal = np.abs(np.fft.ifft2(np.exp(residual + 1j * phase))) ** 2
    sal = cv2.GaussianBlur(sal.astype(np.float32), (0, 0), size / 24)
    sal -= sal.min()
    peak = sal.max()
    return sal / peak if peak > 0 else sal


def focus_map(rgb: np.ndarray, size: int = 64) -> np.ndarray:
    """Where the photo is sharp (local Laplacian energy), 0..1: in a photo with shallow depth
    of field, the subject is what is in focus."""
    import cv2

    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY) if rgb.ndim == 3 else rgb
    g = cv2.resize(gray, (256, 256), interpolation=cv2.INTER_AREA).astype(np.float32)
    lap = np.abs(cv2.Laplacian(g, cv2.CV_32F, ksize=3))
    e = cv2.resize(cv2.GaussianBlur(lap, (0, 0), 6), (size, size), interpolation=cv2.INTER_AREA)
    e -= e.min()
    return e / max(float(e.max()), 1e-6)


def colour_contrast(rgb: np.ndarray, size: int = 64) -> np.ndarray:
    """Frequency-tuned saliency (Achanta et al. 2009): distance in Lab from the photo's mean
    colour, 0..1 — a red cup on a brown table, the sun in a sky."""
    import cv2

    small = cv2.resize(rgb, (size, size), interpolation=cv2.INTER_AREA)
    lab = cv2.GaussianBlur(cv2.cvtColor(small, cv2.COLOR_RGB2LAB).astype(np.float32), (0, 0), 1.5)
    d = np.linalg.norm(lab - lab.reshape(-1, 3).mean(0), axis=2)
    d -= d.min()
    return d / max(float(d.max()), 1e-6)


def subject_map(rgb: np.ndarray, size: int = 64) -> np.ndarray:
    """Spectral residual and colour contrast, weighted by focus when only part of the photo
    is sharp (shallow depth of field), 0..1."""
    m = 0.45 * saliency(rgb, size) + 0.55 * colour_contrast(rgb, size)
    f = focus_map(rgb, size)
    if float((f > 0.5).mean()) < 0.25:  # a small sharp region: the photographer's subject
        m = m * (0.3 + 0.7 * f)
    m -= m.min()
    return m / max(float(m.max()), 1e-6)


def salient_subject(rgb: np.ndarray) -> Subject:
    """Centroid of the most salient region, pulled a little towards the centre."""
    sal = subject_map(rgb)
    h, w = sal.shape
    ys, xs = np.mgrid[0:h, 0:w]
    # photographers put subjects near the centre and upper half: a gentle prior
    prior = np.exp(-(((xs + 0.5) / w - 0.5) ** 2 + ((ys + 0.5) / h - 0.42) ** 2) / (2 * 0.28**2))
    sal = sal * prior.astype(np.float32)
    sal /= max(float(sal.max()), 1e-6)
    mask = sal >= max(0.5, float(np.quantile(sal, 0.95)))
    weights = sal * mask
    total = float(weights.sum())
    if total <= 0:
        return Subject(0.5, 0.5)
    cx = float((weights * (xs + 0.5)).sum() / total / w)
    cy = float((weights * (ys + 0.5)).sum() / total / h)
    # A peak that stands out from the mean is a subject; a flat map is not.
    found = float(sal.mean()) < 0.35
    k = 0.8
    box = None
    if found:  # the central 90 % of the salient mass along each axis
        colw, roww = weights.sum(0), weights.sum(1)
        qx = np.searchsorted(np.cumsum(colw) / total, (0.05, 0.95))
        qy = np.searchsorted(np.cumsum(roww) / total, (0.05, 0.95))
        box = (qx[0] / w, qy[0] / h, min(w, qx[1] + 1) / w, min(h, qy[1] + 1) / h)
    return Subject(0.5 + (cx - 0.5) * k, 0.5 + (cy - 0.5) * k, 0.0, found, box)


class SubjectStore(Protocol):
    """Where subjects are kept between renders (the engine's database, by content hash)."""

    def subject(self, key: str) -> dict[str, Any] | None: ...

    def put_subject(self, key: str, data: dict[str, Any]) -> None: ...


def find_subject(
    rgb: np.ndarray, focus: object, key: object = None, store: SubjectStore | None = None
) -> Subject:
    """Where the subject is. ``key`` (the file's content hash, or its path, size and mtime)
    caches the answer for the life of the process, and in ``store`` when given (the engine
    keeps it with the media): a photo is looked at once, not once per export."""
    if isinstance(focus, tuple):
        return Subject(float(focus[0]), float(focus[1]), 0.0, True)
    if focus == "center":
        return Subject(0.5, 0.5)
    if key is not None:
        with _cache_lock:
            hit = _subjects.get((key, focus))
            if hit is not None:
                _subjects.move_to_end((key, focus))
                return hit
    stored_key = f"{key}:{focus}:{SUBJECT_VERSION}" if store is not None and key else None
    found = None
    if stored_key:
        with contextlib.suppress(Exception):  # a cache: never a reason to fail a render
            data = store.subject(stored_key)  # type: ignore[union-attr]
            if data is not None:
                box = data.get("box")
                found = Subject(
                    float(data["x"]),
                    float(data["y"]),
                    float(data["size"]),
                    bool(data["found"]),
                    tuple(float(v) for v in box) if box else None,  # type: ignore[arg-type]
                )
    if found is None:
        from .errors import checkpoint

        checkpoint()
        found = _find_subject(rgb, focus)
        if stored_key:
            with contextlib.suppress(Exception):
                store.put_subject(stored_key, _subject_json(found))  # type: ignore[union-attr]
    if key is not None:
        with _cache_lock:
            _subjects[(key, focus)] = found
            while len(_subjects) > 512:
                _subjects.popitem(last=False)
    return found


def slide_subject(
    rgb: np.ndarray, focus: object, path: Path | None, store: SubjectStore | None = None
) -> Subject:
    """A slide's subject, cached by the file: its content hash when the engine named it so
    (kept in ``store`` too), else its path, size and modification time."""
    import re

    key: object = None
    if path is not None and re.fullmatch(r"[0-9a-f]{64}", path.stem):
        key = path.stem
    elif path is not None:
        with contextlib.suppress(OSError):
            st = path.stat()
            key = (str(path), st.st_size, st.st_mtime_ns)
    return find_subject(rgb, focus, key, store if isinstance(key, str) else None)


SUBJECT_VERSION = 1  # bump when detection changes, so stored subjects are found again


def _subject_json(s: Subject) -> dict[str, Any]:
    return {
        "x": float(s.x),
        "y": float(s.y),
        "size": float(s.size),
        "found": bool(s.found),
        "box": [float(v) for v in s.box] if s.box else None,
    }


def _find_subject(rgb: np.ndarray, focus: object) -> Subject:
    import cv2

    h, w = rgb.shape[:2]
    s = min(1.0, 1024 / max(h, w))  # BlazeFace looks at 512 px and re-checks full size
    small = cv2.resize(rgb, (max(1, int(w * s)), max(1, int(h * s))), interpolation=cv2.INTER_AREA)
    return detect_faces(small) or salient_subject(small)


_subjects: OrderedDict[tuple[object, object], Subject] = OrderedDict()
_cache_lock = threading.Lock()


# ---------------------------------------------------------------- layout


# A photo whose shape is this close to the frame's (3:2 or 4:3 into 16:9, 4:3 into 1:1,
# 4:5 into 9:16) always fills the frame; beyond it, it fills the frame when its subject fits
# inside the crop window, and sits over a still background otherwise.
CLOSE_ASPECT = 1.45
SCENE_ASPECT = 3.2  # no clear subject: crop-and-pan a scene up to this shape ratio
SUBJECT_MARGIN = 0.92  # the subject may use at most this share of the crop window
REVEAL_SLACK = 0.45  # a photo this much longer than the frame pans along its length
CORE = 0.7  # of a large salient region, the crop keeps a core this share of the window


def shape_ratio(iw: float, ih: float, out_w: float, out_h: float) -> float:
    """How different two shapes are: 1 = the same, 2.67 = 3:2 into 9:16."""
    a, f = iw / ih, out_w / out_h
    return max(a / f, f / a)


def choose_layout(iw: int, ih: int, out_w: int, out_h: int, fit: str, subject: Subject) -> str:
    """``cover`` (fill the frame, crop) or ``contain`` (the whole photo over a background).

    ``auto`` fills the frame unless no crop can hold the subject: faces (a wide group) that
    do not fit in the crop window, or a panorama far longer than the frame. A salient object
    is a softer hint: the crop pans to end on it, but it does not force the background."""
    if fit == "crop":
        return "cover"
    r = shape_ratio(iw, ih, out_w, out_h)
    if fit in ("blur", "pad"):
        return "contain" if r > 1.01 else "cover"
    if r <= CLOSE_ASPECT:
        return "cover"
    if subject.box is not None and subject.size > 0:  # faces: every head must stay in
        x0, y0, x1, y1 = subject.box
        wider = iw / ih > out_w / out_h
        extent = (x1 - x0) if wider else (y1 - y0)  # along the axis the crop cuts
        return "cover" if extent <= SUBJECT_MARGIN / r else "contain"
    return "cover" if r <= SCENE_ASPECT else "contain"


# ---------------------------------------------------------------- canvas (fit + prefilter)


def blur_fill(rgb: np.ndarray, w: int, h: int, darken: float = BLUR_DARKEN) -> np.ndarray:
    """Blurred, darkened cover-fill of ``rgb`` at w×h, built from a tiny copy (cheap)."""
    import cv2

    ih, iw = rgb.shape[:2]
    sw, sh = max(8, w // 16), max(8, h // 16)
    scale = max(sw / iw, sh / ih)
    tw, th = max(sw, math.ceil(iw * scale)), max(sh, math.ceil(ih * scale))
    tiny = cv2.resize(rgb, (tw, th), interpolation=cv2.INTER_AREA)
    x0, y0 = (tw - sw) // 2, (th - sh) // 2
    tiny = tiny[y0 : y0 + sh, x0 : x0 + sw]
    tiny = cv2.GaussianBlur(tiny, (0, 0), max(sw, sh) / 24)
    tiny = cv2.convertScaleAbs(tiny, alpha=darken)
    return cv2.resize(tiny, (w, h), interpolation=cv2.INTER_LINEAR)


def background(rgb: np.ndarray, w: int, h: int, fit: str, color: str | None = None) -> Frame:
    """The still background of a contained photo: its blur, a solid colour, or black."""
    if fit == "pad" or color:
        rgb_color = _hex_rgb(color) if color else (0, 0, 0)
        fill = np.empty((h, w, 3), np.uint8)
        fill[:] = rgb_color
        return rgb_to_frame(fill)
    return rgb_to_frame(blur_fill(rgb, w, h))


def _hex_rgb(value: str) -> tuple[int, int, int]:
    v = value.strip().lstrip("#")
    if len(v) != 6 or any(c not in "0123456789abcdefABCDEF" for c in v):
        return (0, 0, 0)
    n = int(v, 16)
    return (n >> 16) & 255, (n >> 8) & 255, n & 255


def fit_frame(rgb: np.ndarray, w: int, h: int, fit: str) -> np.ndarray:
    """One picture (e.g. a video frame) fitted to w×h: cover (crop), contain over blur, or pad.
    ``auto`` crops a clip of a close shape and shows a far-off one (a vertical phone clip in
    a 16:9 video) whole over its blur: a video's subject cannot be tracked frame by frame."""
    import cv2

    ih, iw = rgb.shape[:2]
    if fit == "auto":
        fit = "crop" if shape_ratio(iw, ih, w, h) <= CLOSE_ASPECT else "blur"
    if fit == "crop" or abs(iw / ih - w / h) < 0.01 * (w / h):
        s = max(w / iw, h / ih)
        sw, sh = max(w, round(iw * s)), max(h, round(ih * s))
        interp = cv2.INTER_AREA if s < 1 else cv2.INTER_CUBIC
        big = cv2.resize(rgb, (sw, sh), interpolation=interp)
        x0, y0 = (sw - w) // 2, (sh - h) // 2
        return np.ascontiguousarray(big[y0 : y0 + h, x0 : x0 + w])
    s = min(w / iw, h / ih)
    sw, sh = max(1, round(iw * s)), max(1, round(ih * s))
    interp = cv2.INTER_AREA if s < 1 else cv2.INTER_CUBIC
    fg = cv2.resize(rgb, (sw, sh), interpolation=interp)
    out = blur_fill(rgb, w, h) if fit == "blur" else np.zeros((h, w, 3), np.uint8)
    x0, y0 = (w - sw) // 2, (h - sh) // 2
    out[y0 : y0 + sh, x0 : x0 + sw] = fg
    return out


Box = tuple[float, float, float, float]


@dataclass
class Canvas:
    """A slide's prescaled picture as YUV planes, with the frame-shaped base view size.

    ``cover``: the view fills the whole output frame. ``contain``: the view fills ``rect``
    (x, y, w, h in output pixels) over ``background``, a still frame drawn once."""

    y: np.ndarray
    u: np.ndarray
    v: np.ndarray
    base_w: float  # the widest view (zoom 1) in canvas pixels; aspect = the view's aspect
    base_h: float
    subject: tuple[float, float]  # in canvas pixels
    subject_size: float  # face height in canvas pixels (0 if none)
    found: bool
    box: Box | None = None  # what must stay in view, canvas pixels
    layout: str = "cover"
    rect: tuple[int, int, int, int] | None = None
    background: Frame | None = None
    zmax: float = ZOOM  # the closest zoom the photo's pixels allow
    source_px: tuple[int, int] = (0, 0)  # the photo's own size
    soft: bool = False  # the photo has fewer pixels than the frame shows at zoom 1

    @property
    def width(self) -> int:
        return self.y.shape[1]

    @property
    def height(self) -> int:
        return self.y.shape[0]


def _core(box: Box, subject: Subject, cw: int, ch: int, vw: float, vh: float) -> Box:
    """What the crop keeps of a salient region too large to travel past: a core of at most
    70 % of the window around the subject's centre, leaving room for the pan (a face box is
    kept whole: it decided the layout)."""
    if subject.size > 0:
        return box
    x0, y0, x1, y1 = box
    cx, cy = subject.x * cw, subject.y * ch
    hw, hh = CORE * vw / 2, CORE * vh / 2
    if x1 - x0 > 2 * hw:
        x0, x1 = max(x0, cx - hw), min(x1, cx + hw)
    if y1 - y0 > 2 * hh:
        y0, y1 = max(y0, cy - hh), min(y1, cy + hh)
    return x0, y0, x1, y1


def _even(n: float) -> int:
    return max(2, round(n) & ~1)


def build_canvas(
    rgb: np.ndarray,
    out_w: int,
    out_h: int,
    fit: str,
    subject: Subject,
    zmax: float = ZOOM,
    color: str | None = None,
    source_width: int | None = None,
) -> Canvas:
    """Choose the layout, then fit and prescale once, so the tightest view is about 1:1.

    ``source_width``: the photo's own width when ``rgb`` is a smaller copy of it (to measure
    a frame in miniature with the same motion), for the zoom cap."""
    import cv2

    ih, iw = rgb.shape[:2]
    src_scale = (source_width / iw) if source_width else 1.0
    layout = choose_layout(iw, ih, out_w, out_h, fit, subject)
    if layout == "cover":
        view_w, view_h = out_w, out_h
        aspect = out_w / out_h
        bw, bh = (ih * aspect, ih) if iw / ih > aspect else (iw, iw / aspect)
        rect = None
    else:
        s0 = min(out_w / iw, out_h / ih)
        view_w, view_h = min(out_w, _even(iw * s0)), min(out_h, _even(ih * s0))
        rect = ((out_w - view_w) // 2 & ~1, (out_h - view_h) // 2 & ~1, view_w, view_h)
        aspect = view_w / view_h
        bw, bh = (ih * aspect, ih) if iw / ih > aspect else (iw, iw / aspect)
    # never zoom past what the photo holds: at most ~1:1 source pixels at the closest view
    soft = bw * src_scale < view_w * 0.98
    zmax = min(zmax, max(MIN_ZOOM, bw * src_scale / view_w)) if zmax > 1 else 1.0
    s = min(1.0, view_w * zmax / bw)
    cw, ch = _even(iw * s), _even(ih * s)
    canvas = cv2.resize(rgb, (cw, ch), interpolation=cv2.INTER_AREA) if s < 1 else rgb
    if canvas.shape[1] != cw or canvas.shape[0] != ch:
        canvas = canvas[:ch, :cw]
    sx, sy = cw / iw, ch / ih
    base_w, base_h = min(bw * sx, cw), min(bh * sy, ch)
    if base_w / base_h > aspect:  # keep the base view's aspect exact after rounding
        base_w = base_h * aspect
    else:
        base_h = base_w / aspect
    box = None
    if subject.box is not None:
        x0, y0, x1, y1 = subject.box
        box = _core((x0 * cw, y0 * ch, x1 * cw, y1 * ch), subject, cw, ch, base_w, base_h)
    bg = background(rgb, out_w, out_h, fit, color) if rect is not None else None
    y, u, v = rgb_to_yuv_planes(np.ascontiguousarray(canvas))
    if s < 1 and SHARPEN[0] > 0:  # only a prefiltered (minified) canvas has lost detail
        amount, sigma = SHARPEN
        cv2.addWeighted(y, 1 + amount, cv2.GaussianBlur(y, (0, 0), sigma), -amount, 0, dst=y)
    return Canvas(
        y,
        u,
        v,
        base_w,
        base_h,
        (subject.x * cw, subject.y * ch),
        subject.size * ch,
        subject.found,
        box=box,
        layout=layout,
        rect=rect,
        background=bg,
        zmax=zmax,
        source_px=(iw, ih),
        soft=soft,
    )


# ---------------------------------------------------------------- poses and easing


@dataclass(frozen=True)
class Pose:
    cx: float  # view centre, canvas pixels
    cy: float
    z: float  # zoom: view size = base / z


def ease(x: float) -> float:
    """Mostly smoothstep with a little linear: gentle starts, but no dead stop in crossfades."""
    x = min(max(x, 0.0), 1.0)
    return 0.65 * (x * x * (3 - 2 * x)) + 0.35 * x


def clamp_pose(c: Canvas, p: Pose) -> Pose:
    z = max(1.0, p.z)
    hw, hh = c.base_w / z / 2, c.base_h / z / 2
    cx = min(max(p.cx, hw), c.width - hw)
    cy = min(max(p.cy, hh), c.height - hh)
    return Pose(cx, cy, z)


def _close_zoom(c: Canvas) -> float:
    """The zoom of a close-up on the subject: a face keeps ≥ 3.5 face heights of view, any
    subject box stays inside the view, and the photo's own pixels set the limit."""
    z = c.zmax
    if c.subject_size > 0:
        z = min(z, c.base_h / (3.5 * c.subject_size))
    if c.box is not None:
        x0, y0, x1, y1 = c.box
        bw, bh = max(x1 - x0, 1.0), max(y1 - y0, 1.0)
        z = min(z, c.base_w / (bw * 1.08), c.base_h / (bh * 1.08))
    return max(min(MIN_ZOOM, c.zmax), z)


def _view_range(c: Canvas, horizontal: bool, z: float) -> tuple[float, float]:
    """Where the view's centre may be along an axis so that the subject box stays in view."""
    half = (c.base_w if horizontal else c.base_h) / z / 2
    size = c.width if horizontal else c.height
    lo, hi = half, size - half
    if c.box is not None:
        b0, b1 = (c.box[0], c.box[2]) if horizontal else (c.box[1], c.box[3])
        if b1 - b0 <= 2 * half:
            lo, hi = max(lo, b1 - half), min(hi, b0 + half)
    return lo, max(lo, hi)


def plan_motion(c: Canvas, motion: str, index: int, duration_s: float) -> tuple[Pose, Pose]:
    """Start and end poses (both inside the canvas) for a named or ``auto`` motion."""
    mx, my = c.width / 2, c.height / 2
    sx, sy = c.subject
    zin = _close_zoom(c)
    if motion == "auto":
        motion = _auto_motion(c, index)
    if motion == "static":
        p = clamp_pose(c, Pose(sx, sy, 1.0))
        return p, p
    if motion == "zoom_in":
        return clamp_pose(c, Pose(mx, my, 1.0)), clamp_pose(c, Pose(sx, sy, zin))
    if motion == "zoom_out":
        return clamp_pose(c, Pose(sx, sy, zin)), clamp_pose(c, Pose(mx, my, 1.0))
    if motion == "drift":  # slow, but a visible 12 % push towards the subject
        z0, z1 = 1.02, max(1.02, min(1.14, zin))
        a = clamp_pose(c, Pose(mx + (mx - sx) * 0.15, my + (my - sy) * 0.15, z0))
        b = clamp_pose(c, Pose(mx + (sx - mx) * 0.5, my + (sy - my) * 0.5, z1))
        return a, b
    if motion.startswith("reveal_"):  # auto: a pan along the long side that ends on the subject
        return _reveal(c, motion == "reveal_x", index, duration_s)
    # pans: travel along the axis, centred on the subject, as far as the canvas allows
    horizontal = motion in ("pan_left", "pan_right")
    z = PAN_ZOOM
    slack_x = c.width - c.base_w
    slack_y = c.height - c.base_h
    if (horizontal and slack_x > 0.1 * c.base_w) or (not horizontal and slack_y > 0.1 * c.base_h):
        z = 1.0  # crop-and-pan along the long side: the photo already has room
    z = min(z, max(1.0, c.zmax)) if z > 1 else z
    vw, vh = c.base_w / z, c.base_h / z
    speed = 0.06 * max(2.0, min(duration_s, 8.0))  # fraction of the view per slide
    dist = min(
        (c.width - vw) if horizontal else (c.height - vh), (vw if horizontal else vh) * speed
    )
    sign = -1 if motion in ("pan_left", "pan_up") else 1
    if horizontal:
        a = Pose(sx - sign * dist / 2, sy, z)
        b = Pose(sx + sign * dist / 2, sy, z)
        shift = _shift_into(a.cx, b.cx, vw / 2, c.width - vw / 2)
        a, b = Pose(a.cx + shift, a.cy, z), Pose(b.cx + shift, b.cy, z)
    else:
        a = Pose(sx, sy - sign * dist / 2, z)
        b = Pose(sx, sy + sign * dist / 2, z)
        shift = _shift_into(a.cy, b.cy, vh / 2, c.height - vh / 2)
        a, b = Pose(a.cx, a.cy + shift, z), Pose(b.cx, b.cy + shift, z)
    return clamp_pose(c, a), clamp_pose(c, b)


def _reveal(c: Canvas, horizontal: bool, index: int, duration_s: float) -> tuple[Pose, Pose]:
    """Crop-to-fill of a long photo: the window travels along the photo and ends framing the
    subject, never cutting a face, with a gentle zoom that alternates in and out."""
    z0, z1 = (1.0, 1.08) if index % 2 else (1.08, 1.0)
    z0, z1 = min(z0, max(1.0, c.zmax)), min(z1, max(1.0, c.zmax))
    view = (c.base_w if horizontal else c.base_h) / max(z0, z1)
    dist = view * min(max(0.09 * duration_s, 0.22), 0.5)
    lo, hi = _view_range(c, horizontal, max(z0, z1))
    if hi - lo < 0.5 * dist and c.subject_size == 0:  # a salient region is only a hint
        half = view / 2
        lo, hi = half, (c.width if horizontal else c.height) - half
    if c.box is not None:  # frame the subject's box, not the centroid pulled to the middle
        target = (c.box[0] + c.box[2]) / 2 if horizontal else (c.box[1] + c.box[3]) / 2
    else:
        target = c.subject[0] if horizontal else c.subject[1]
    end = min(max(target, lo), hi)
    # arrive from the side with more room, so the pan is as long as it should be
    sign = 1 if (end - lo) >= (hi - end) else -1
    start = min(max(end - sign * dist, lo), hi)
    other = c.subject[1] if horizontal else c.subject[0]
    if horizontal:
        a, b = Pose(start, other, z0), Pose(end, other, z1)
    else:
        a, b = Pose(other, start, z0), Pose(other, end, z1)
    return clamp_pose(c, a), clamp_pose(c, b)


def _shift_into(a: float, b: float, lo: float, hi: float) -> float:
    low, high = min(a, b), max(a, b)
    if low < lo:
        return lo - low
    if high > hi:
        return hi - high
    return 0.0


def _auto_motion(c: Canvas, index: int) -> str:
    """A varied default aimed at the subject: along a long photo, a pan that ends on the
    subject; otherwise consecutive photos alternate zoom in, pan, zoom out, pan."""
    slack_x = (c.width - c.base_w) / c.base_w
    slack_y = (c.height - c.base_h) / c.base_h
    sx = c.subject[0]
    if slack_x > REVEAL_SLACK:
        return "reveal_x"
    if slack_y > REVEAL_SLACK:
        return "reveal_y"
    towards = "pan_right" if sx >= c.width / 2 else "pan_left"
    away = "pan_left" if towards == "pan_right" else "pan_right"
    if c.subject_size > 0:  # a face: zooms read best
        return ("zoom_in", "zoom_out")[(index - 1) % 2]
    return ("zoom_in", towards, "zoom_out", away)[(index - 1) % 4]


def pose_at(a: Pose, b: Pose, u: float) -> Pose:
    """Geometric zoom (log-linear) and linear centre, both on the eased time ``u``."""
    z = math.exp(math.log(a.z) + (math.log(b.z) - math.log(a.z)) * u)
    return Pose(a.cx + (b.cx - a.cx) * u, a.cy + (b.cy - a.cy) * u, z)


# ---------------------------------------------------------------- per-frame warp

WARP = "cubic"  # luma: one bicubic pass from the prefiltered canvas (bilinear halves detail)
# A light unsharp mask on the prefiltered luma, once per slide, gives back what the area
# prefilter and the bicubic pass soften: detail ≈ 0.9–1.1 of one Lanczos resample of the same
# source region (benchmarks/framing_bench.py), without halos.
SHARPEN = (0.35, 0.9)  # amount, sigma in canvas pixels


class KenBurns:
    """Draws one slide at any time: pose from time → float affine warp of Y, U, V."""

    def __init__(
        self, canvas: Canvas, motion: str, index: int, duration_s: float, *, cubic: bool = True
    ) -> None:
        self.canvas = canvas
        self.cubic = cubic and WARP == "cubic"  # bilinear for previews
        self.duration = max(duration_s, 1e-3)
        self.start, self.end = plan_motion(canvas, motion, index, duration_s)
        self._scratch: Frame | None = None

    def pose(self, t: float) -> Pose:
        return clamp_pose(self.canvas, pose_at(self.start, self.end, ease(t / self.duration)))

    def _target(self, out_w: int, out_h: int) -> tuple[int, int, int, int]:
        return self.canvas.rect or (0, 0, out_w, out_h)

    def to_screen(
        self, t: float, x: float, y: float, out_w: int, out_h: int
    ) -> tuple[float, float]:
        """Where canvas point (x, y) lands in the output at time t (the ideal, for measuring)."""
        p = self.pose(t)
        c = self.canvas
        rx, ry, rw, rh = self._target(out_w, out_h)
        vw, vh = c.base_w / p.z, c.base_h / p.z
        x0, y0 = p.cx - vw / 2, p.cy - vh / 2
        ax, ay = vw / rw, vh / rh
        return rx + (x - x0 - 0.5 * ax + 0.5) / ax, ry + (y - y0 - 0.5 * ay + 0.5) / ay

    def draw(self, t: float, out: Frame) -> None:
        c = self.canvas
        if c.rect is None:
            self._warp(self.pose(t), out)
            return
        assert c.background is not None
        rx, ry, rw, rh = c.rect
        if self._scratch is None or (self._scratch.w, self._scratch.h) != (rw, rh):
            self._scratch = Frame(rw, rh)
        self._warp(self.pose(t), self._scratch)
        out.buf[:] = c.background.buf  # the background never moves
        out.y[ry : ry + rh, rx : rx + rw] = self._scratch.y
        cx, cy, cw, ch = rx // 2, ry // 2, rw // 2, rh // 2
        out.u[cy : cy + ch, cx : cx + cw] = self._scratch.u
        out.v[cy : cy + ch, cx : cx + cw] = self._scratch.v

    def _warp(self, p: Pose, out: Frame) -> None:
        import cv2

        c = self.canvas
        vw, vh = c.base_w / p.z, c.base_h / p.z
        x0, y0 = p.cx - vw / 2, p.cy - vh / 2
        ax, ay = vw / out.w, vh / out.h  # source pixels per output pixel
        interp = cv2.INTER_CUBIC if self.cubic else cv2.INTER_LINEAR
        m = np.array([[ax, 0, x0 + 0.5 * ax - 0.5], [0, ay, y0 + 0.5 * ay - 0.5]], np.float64)
        cv2.warpAffine(
            c.y,
            m,
            (out.w, out.h),
            dst=out.y,
            flags=interp | cv2.WARP_INVERSE_MAP,
            borderMode=cv2.BORDER_REPLICATE,
        )
        flags = cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP  # chroma: half size, bilinear is enough
        # chroma: half-size planes, same geometry (centre-sited samples)
        mc = np.array(
            [
                [ax, 0, (x0 + 0.5 * ax - 0.5 + 0.5 * ax - 0.5) / 2],
                [0, ay, (y0 + 0.5 * ay - 0.5 + 0.5 * ay - 0.5) / 2],
            ],
            np.float64,
        )
        size = (out.w // 2, out.h // 2)
        cv2.warpAffine(c.u, mc, size, dst=out.u, flags=flags, borderMode=cv2.BORDER_REPLICATE)
        cv2.warpAffine(c.v, mc, size, dst=out.v, flags=flags, borderMode=cv2.BORDER_REPLICATE)
