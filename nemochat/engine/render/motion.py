"""Ken Burns motion: subject-aware, eased, geometric zoom, sub-pixel exact.

Per slide: ONE ``INTER_AREA`` prescale (the prefilter, so fine texture does not shimmer when
minified) to a canvas where the closest zoom maps about 1:1 to output pixels, converted once
to YUV 4:2:0. Per frame: the pose comes from the frame's time (never accumulated), becomes a
float 2×3 matrix, and ``cv2.warpAffine`` (bilinear) samples Y, U and V straight into the
output frame. The view rectangle always stays inside the canvas, so no border ever shows.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from .color import Frame, rgb_to_yuv_planes

ZOOM = 1.25  # how far zoom_in / zoom_out travel (in linear scale)
PAN_ZOOM = 1.12  # a pan needs some room to move in
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
    return Subject((x + fw / 2) / sw, (y + fh * 0.45) / sh, fh / sh, True)


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


def salient_subject(rgb: np.ndarray) -> Subject:
    """Centroid of the most salient region, pulled a little towards the centre."""
    sal = saliency(rgb)
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
    return Subject(0.5 + (cx - 0.5) * k, 0.5 + (cy - 0.5) * k, 0.0, found)


def find_subject(rgb: np.ndarray, focus: object) -> Subject:
    if isinstance(focus, tuple):
        return Subject(float(focus[0]), float(focus[1]), 0.0, True)
    if focus == "center":
        return Subject(0.5, 0.5)
    import cv2

    h, w = rgb.shape[:2]
    s = min(1.0, 640 / max(h, w))
    small = cv2.resize(rgb, (max(1, int(w * s)), max(1, int(h * s))), interpolation=cv2.INTER_AREA)
    return detect_faces(small) or salient_subject(small)


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


def fit_frame(rgb: np.ndarray, w: int, h: int, fit: str) -> np.ndarray:
    """One picture (e.g. a video frame) fitted to w×h: cover (crop), contain over blur, or pad."""
    import cv2

    ih, iw = rgb.shape[:2]
    if fit == "crop" or abs(iw / ih - w / h) < 0.01 * (w / h):
        s = max(w / iw, h / ih)
        sw, sh = max(w, round(iw * s)), max(h, round(ih * s))
        interp = cv2.INTER_AREA if s < 1 else cv2.INTER_LINEAR
        big = cv2.resize(rgb, (sw, sh), interpolation=interp)
        x0, y0 = (sw - w) // 2, (sh - h) // 2
        return np.ascontiguousarray(big[y0 : y0 + h, x0 : x0 + w])
    s = min(w / iw, h / ih)
    sw, sh = max(1, round(iw * s)), max(1, round(ih * s))
    interp = cv2.INTER_AREA if s < 1 else cv2.INTER_LINEAR
    fg = cv2.resize(rgb, (sw, sh), interpolation=interp)
    out = blur_fill(rgb, w, h) if fit == "blur" else np.zeros((h, w, 3), np.uint8)
    x0, y0 = (w - sw) // 2, (h - sh) // 2
    out[y0 : y0 + sh, x0 : x0 + sw] = fg
    return out


@dataclass
class Canvas:
    """A slide's prescaled picture as YUV planes, with the frame-shaped base view size."""

    y: np.ndarray
    u: np.ndarray
    v: np.ndarray
    base_w: float  # the widest view (zoom 1) in canvas pixels; aspect = output aspect
    base_h: float
    subject: tuple[float, float]  # in canvas pixels
    subject_size: float  # face height in canvas pixels (0 if none)
    found: bool

    @property
    def width(self) -> int:
        return self.y.shape[1]

    @property
    def height(self) -> int:
        return self.y.shape[0]


def build_canvas(
    rgb: np.ndarray, out_w: int, out_h: int, fit: str, subject: Subject, zmax: float = ZOOM
) -> Canvas:
    """Fit (crop / blur / pad) and prescale once, so the tightest view is about 1:1."""
    import cv2

    ih, iw = rgb.shape[:2]
    aspect = out_w / out_h
    same = abs(iw / ih - aspect) < 0.01 * aspect
    if fit == "crop" or same:
        bw, bh = (ih * aspect, ih) if iw / ih > aspect else (iw, iw / aspect)
        s = min(1.0, out_w * zmax / bw)
        cw, ch = max(2, round(iw * s)) & ~1, max(2, round(ih * s)) & ~1
        canvas = cv2.resize(rgb, (cw, ch), interpolation=cv2.INTER_AREA) if s < 1 else rgb
        if canvas.shape[1] != cw or canvas.shape[0] != ch:
            canvas = canvas[:ch, :cw]
        sx, sy = cw / iw, ch / ih
        base_w, base_h = min(bw * sx, cw), min(bh * sy, ch)
        # keep the base view's aspect exact after rounding
        if base_w / base_h > aspect:
            base_w = base_h * aspect
        else:
            base_h = base_w / aspect
        subj = (subject.x * cw, subject.y * ch)
        subj_size = subject.size * ch
    else:
        # Composite at output aspect: the photo contained, over a blurred copy or black.
        cw = min(round(out_w * zmax), max(out_w, round(max(iw, ih * aspect)))) & ~1
        ch = round(cw / aspect) & ~1
        s = min(cw / iw, ch / ih)
        fw, fh = max(1, round(iw * s)), max(1, round(ih * s))
        interp = cv2.INTER_AREA if s < 1 else cv2.INTER_LINEAR
        fg = cv2.resize(rgb, (fw, fh), interpolation=interp)
        canvas = blur_fill(rgb, cw, ch) if fit == "blur" else np.zeros((ch, cw, 3), np.uint8)
        x0, y0 = (cw - fw) // 2, (ch - fh) // 2
        canvas[y0 : y0 + fh, x0 : x0 + fw] = fg
        base_w, base_h = float(cw), float(ch)
        subj = (x0 + subject.x * fw, y0 + subject.y * fh)
        subj_size = subject.size * fh
    y, u, v = rgb_to_yuv_planes(np.ascontiguousarray(canvas))
    return Canvas(y, u, v, base_w, base_h, subj, subj_size, subject.found)


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


def plan_motion(c: Canvas, motion: str, index: int, duration_s: float) -> tuple[Pose, Pose]:
    """Start and end poses (both inside the canvas) for a named or ``auto`` motion."""
    mx, my = c.width / 2, c.height / 2
    sx, sy = c.subject
    zin = ZOOM
    if c.subject_size > 0:  # keep a face comfortably in frame: view ≥ 3.5 face heights
        zin = min(ZOOM, max(1.08, c.base_h / (3.5 * c.subject_size)))
    if motion == "auto":
        motion = _auto_motion(c, index)
    if motion == "static":
        p = clamp_pose(c, Pose(sx, sy, 1.0))
        return p, p
    if motion == "zoom_in":
        return clamp_pose(c, Pose(mx, my, 1.0)), clamp_pose(c, Pose(sx, sy, zin))
    if motion == "zoom_out":
        return clamp_pose(c, Pose(sx, sy, zin)), clamp_pose(c, Pose(mx, my, 1.0))
    if motion == "drift":
        a = clamp_pose(c, Pose(mx + (mx - sx) * 0.15, my + (my - sy) * 0.15, 1.06))
        b = clamp_pose(c, Pose(mx + (sx - mx) * 0.5, my + (sy - my) * 0.5, 1.14))
        return a, b
    # pans: travel along the axis, centred on the subject, as far as the canvas allows
    horizontal = motion in ("pan_left", "pan_right")
    z = PAN_ZOOM
    slack_x = c.width - c.base_w
    slack_y = c.height - c.base_h
    if (horizontal and slack_x > 0.1 * c.base_w) or (not horizontal and slack_y > 0.1 * c.base_h):
        z = 1.0  # crop-and-pan along the long side: the photo already has room
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


def _shift_into(a: float, b: float, lo: float, hi: float) -> float:
    low, high = min(a, b), max(a, b)
    if low < lo:
        return lo - low
    if high > hi:
        return hi - high
    return 0.0


def _auto_motion(c: Canvas, index: int) -> str:
    """A tasteful default: crop-and-pan when the photo is long, else zooms aimed at the subject."""
    slack_x = (c.width - c.base_w) / c.base_w
    slack_y = (c.height - c.base_h) / c.base_h
    sx, sy = c.subject
    if slack_x > 0.15:
        return "pan_right" if sx > c.width / 2 else "pan_left"
    if slack_y > 0.15:
        return "pan_down" if sy > c.height / 2 else "pan_up"
    if c.subject_size > 0:
        return "zoom_in" if index % 2 else "zoom_out"
    return (
        ("zoom_in", "drift", "zoom_out")[(index - 1) % 3]
        if c.found
        else ("zoom_in" if index % 2 else "zoom_out")
    )


def pose_at(a: Pose, b: Pose, u: float) -> Pose:
    """Geometric zoom (log-linear) and linear centre, both on the eased time ``u``."""
    z = math.exp(math.log(a.z) + (math.log(b.z) - math.log(a.z)) * u)
    return Pose(a.cx + (b.cx - a.cx) * u, a.cy + (b.cy - a.cy) * u, z)


# ---------------------------------------------------------------- per-frame warp


class KenBurns:
    """Draws one slide at any time: pose from time → float affine warp of Y, U, V."""

    def __init__(self, canvas: Canvas, motion: str, index: int, duration_s: float) -> None:
        self.canvas = canvas
        self.duration = max(duration_s, 1e-3)
        self.start, self.end = plan_motion(canvas, motion, index, duration_s)

    def pose(self, t: float) -> Pose:
        return clamp_pose(self.canvas, pose_at(self.start, self.end, ease(t / self.duration)))

    def to_screen(
        self, t: float, x: float, y: float, out_w: int, out_h: int
    ) -> tuple[float, float]:
        """Where canvas point (x, y) lands in the output at time t (the ideal, for measuring)."""
        p = self.pose(t)
        c = self.canvas
        vw, vh = c.base_w / p.z, c.base_h / p.z
        x0, y0 = p.cx - vw / 2, p.cy - vh / 2
        ax, ay = vw / out_w, vh / out_h
        return (x - x0 - 0.5 * ax + 0.5) / ax, (y - y0 - 0.5 * ay + 0.5) / ay

    def draw(self, t: float, out: Frame) -> None:
        import cv2

        p = self.pose(t)
        c = self.canvas
        vw, vh = c.base_w / p.z, c.base_h / p.z
        x0, y0 = p.cx - vw / 2, p.cy - vh / 2
        ax, ay = vw / out.w, vh / out.h  # source pixels per output pixel
        flags = cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP
        m = np.array([[ax, 0, x0 + 0.5 * ax - 0.5], [0, ay, y0 + 0.5 * ay - 0.5]], np.float64)
        cv2.warpAffine(
            c.y, m, (out.w, out.h), dst=out.y, flags=flags, borderMode=cv2.BORDER_REPLICATE
        )
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
