"""Frames live as planar YUV 4:2:0 (BT.709, limited range) from the slide onwards.

Converting each slide's prescaled picture once and warping the Y, U and V planes directly
(chroma at half size) costs about half of warping RGB and removes the per-frame RGB→YUV
conversion entirely; blends, fades and wipes are linear, so they work the same on YUV.
"""

from __future__ import annotations

import numpy as np

# BT.709, limited ("tv") range: Y 16..235, Cb/Cr 16..240.
_KR, _KB = 0.2126, 0.0722
_KG = 1 - _KR - _KB
M709 = (
    np.array(
        [
            [219 * _KR, 219 * _KG, 219 * _KB, 16 * 255],
            [-112 * _KR / (1 - _KB), -112 * _KG / (1 - _KB), 112, 128 * 255],
            [112, -112 * _KG / (1 - _KR), -112 * _KB / (1 - _KR), 128 * 255],
        ],
        dtype=np.float32,
    )
    / 255.0
)

BLACK = (16, 128, 128)
WHITE = (235, 128, 128)


class Frame:
    """One output frame: contiguous buffer with Y (h×w), U and V (h/2×w/2) plane views."""

    __slots__ = ("buf", "h", "u", "v", "w", "y")

    def __init__(self, w: int, h: int, buf: np.ndarray | None = None) -> None:
        self.w, self.h = w, h
        n = w * h
        c = n // 4
        self.buf = np.empty(n + 2 * c, np.uint8) if buf is None else buf
        self.y = self.buf[:n].reshape(h, w)
        self.u = self.buf[n : n + c].reshape(h // 2, w // 2)
        self.v = self.buf[n + c :].reshape(h // 2, w // 2)

    def planes(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        return self.y, self.u, self.v

    def fill(self, yuv: tuple[int, int, int]) -> Frame:
        self.y[:] = yuv[0]
        self.u[:] = yuv[1]
        self.v[:] = yuv[2]
        return self

    def copy(self) -> Frame:
        return Frame(self.w, self.h, self.buf.copy())


def fade_to_black(f: Frame, gain: float) -> None:
    """Scale the picture towards black in place: 1 = unchanged, 0 = black (Y 16, U/V 128).

    Limited-range black is not zero, so each plane moves towards its own black level."""
    import cv2

    g = min(max(float(gain), 0.0), 1.0)
    if g >= 1.0:
        return
    if g <= 0.0:
        f.fill(BLACK)
        return
    for plane, level in ((f.y, BLACK[0]), (f.u, BLACK[1]), (f.v, BLACK[2])):
        cv2.addWeighted(plane, g, plane, 0.0, level * (1.0 - g), dst=plane)


def rgb_to_yuv_planes(rgb: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """RGB uint8 (h×w×3, even sizes) → Y (h×w), U, V (h/2×w/2), BT.709 limited range."""
    import cv2

    h, w = rgb.shape[:2]
    yuv = cv2.transform(rgb, M709)  # saturating uint8
    y = np.ascontiguousarray(yuv[:, :, 0])
    uv = cv2.resize(yuv[:, :, 1:], (w // 2, h // 2), interpolation=cv2.INTER_AREA)
    return y, np.ascontiguousarray(uv[:, :, 0]), np.ascontiguousarray(uv[:, :, 1])


def rgb_to_frame(rgb: np.ndarray) -> Frame:
    h, w = rgb.shape[:2]
    f = Frame(w, h)
    y, u, v = rgb_to_yuv_planes(rgb)
    f.y[:], f.u[:], f.v[:] = y, u, v
    return f


def frame_to_rgb(f: Frame) -> np.ndarray:
    """For tests and debugging: YUV planes back to RGB."""
    import cv2

    u = cv2.resize(f.u, (f.w, f.h), interpolation=cv2.INTER_LINEAR).astype(np.float32) - 128
    v = cv2.resize(f.v, (f.w, f.h), interpolation=cv2.INTER_LINEAR).astype(np.float32) - 128
    y = (f.y.astype(np.float32) - 16) * (255 / 219)
    u *= 255 / 224
    v *= 255 / 224
    r = y + 2 * (1 - _KR) * v
    b = y + 2 * (1 - _KB) * u
    g = (y - _KR * r - _KB * b) / _KG
    return np.clip(np.stack([r, g, b], -1) + 0.5, 0, 255).astype(np.uint8)
