"""Face detection with MediaPipe's BlazeFace models, run by OpenCV's TFLite reader.

The two ``.tflite`` files ship in ``models/`` beside this module (Apache-2.0, see its
``NOTICE``); nothing is downloaded and no runtime beyond OpenCV is needed.

- **Short range** (128×128 input, anchors on strides 8, 16, 16, 16: 896) finds faces that
  fill a good part of the picture: portraits, selfies.
- **Full range** (192×192, one stride-4 layer: 2,304 anchors) finds smaller faces.

``detect_faces(rgb)`` downscales the photo once (long side 512) and makes candidates with
three passes:

1. short range on the whole photo, letterboxed to 128×128 (faces over ~15 % of the long
   side);
2. full range on the whole photo, letterboxed to 192×192 (over ~10 %);
3. short range run convolutionally on the whole 512 px copy (the graph takes any input
   that is a multiple of 16, 4-16× the anchors: like overlapping 128 px tiles, in one
   pass), which sees faces of 18-100 px there: 3.5-20 % of the long side, e.g. a 77 px
   face in a 1920×1080 frame.

Boxes are decoded against each pass's anchors (MediaPipe's ``TensorsToDetections``: centre
offsets and sizes in input pixels from the anchor centre), mapped back through the
letterbox, and all passes go through one weighted non-maximum suppression (MediaPipe's
``WEIGHTED``: boxes overlapping the best by IoU > 0.3 are averaged, weighted by score).
Every candidate then gets a second look on the full-size pixels, at the short-range
model's best scales, whose mean score decides (threshold 0.75) and whose box is returned.

``cv2.dnn.readNetFromTFLite`` wants channels-first input (1, 3, H, W), RGB in [-1, 1]; the
batch is fixed at 1. Each net is read once per input shape (``functools.cache``); every
``forward`` holds that net's lock, so renders on several threads can share them.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

MODELS = Path(__file__).resolve().parent / "models"
SCORE_THRESHOLD = 0.75  # a single BlazeFace pass once gave a cat's face 0.6
CANDIDATE_SCORE = 0.5  # MediaPipe's min_score_thresh: boxes below it do not vote in NMS
NMS_IOU = 0.3  # MediaPipe's min_suppression_threshold
RAW_SCORE_LIMIT = 80.0  # MediaPipe clips logits at ±100; 80 keeps float32 exp finite
CONV_SIDE = 512  # the short-range pass over the whole photo at this long side (px)
VERIFY_FACES = (0.2, 0.3)  # each candidate is looked at again in crops where it is this
# fraction of the side (25 and 38 px of 128: where the short-range net scores best)
MAX_CANDIDATES = 16  # at most this many candidates get that second look


@dataclass(frozen=True)
class Face:
    """A face's box in 0..1 image coordinates (x right, y down) and its score (0..1)."""

    x0: float
    y0: float
    x1: float
    y1: float
    score: float


@dataclass(frozen=True)
class _Spec:
    file: str
    size: int  # square input side
    strides: tuple[int, ...]
    interpolated: bool  # MediaPipe's interpolated_scale_aspect_ratio == 1.0: 2 anchors/layer


SHORT = _Spec("face_detection_short_range.tflite", 128, (8, 16, 16, 16), True)
FULL = _Spec("face_detection_full_range.tflite", 192, (4,), False)


@cache
def _anchors(spec: _Spec, h: int, w: int) -> np.ndarray:
    """Anchor centres (N, 2) in input pixels (x, y), in the model's output order, for an
    input of h×w pixels (the model's own size, or a larger one for a convolutional run).

    MediaPipe's ``SsdAnchorsCalculator`` with fixed anchor size: consecutive layers with the
    same stride share one feature map, each layer adding one anchor per cell (two with an
    interpolated aspect ratio), all at the cell centres.
    """
    out = []
    i = 0
    strides = spec.strides
    while i < len(strides):
        j = i
        while j < len(strides) and strides[j] == strides[i]:
            j += 1
        per_cell = (j - i) * (2 if spec.interpolated else 1)
        st = strides[i]
        ys, xs = np.meshgrid(
            (np.arange(h // st, dtype=np.float32) + 0.5) * st,
            (np.arange(w // st, dtype=np.float32) + 0.5) * st,
            indexing="ij",
        )
        grid = np.stack([xs.ravel(), ys.ravel()], axis=1)
        out.append(np.repeat(grid, per_cell, axis=0))
        i = j
    anchors = np.concatenate(out)
    anchors.flags.writeable = False
    return anchors


class _Net:
    def __init__(self, spec: _Spec) -> None:
        import cv2

        self.spec = spec
        self.net = cv2.dnn.readNetFromTFLite(str(MODELS / spec.file))
        self.outputs = list(self.net.getUnconnectedOutLayersNames())
        self.lock = threading.Lock()

    def run(self, img: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(scores (N,), boxes (N, 4) as x0, y0, x1, y1 in input pixels) for one RGB uint8
        image: the model's square size, or (short range only) any size that is a multiple
        of 16 (the graph is convolutional up to its output reshapes, which take any length).
        One image per call: these graphs' reshapes fix the batch at 1."""
        h, w = img.shape[:2]
        blob = img.transpose(2, 0, 1)[np.newaxis].astype(np.float32)  # NCHW, RGB
        blob *= 1 / 127.5
        blob -= 1.0  # [-1, 1]
        with self.lock:
            self.net.setInput(blob)
            outs = self.net.forward(self.outputs)
        scores_raw, raw = (outs[0], outs[1]) if outs[0].shape[-1] == 1 else (outs[1], outs[0])
        logits = np.clip(scores_raw.reshape(-1), -RAW_SCORE_LIMIT, RAW_SCORE_LIMIT)
        scores = 1.0 / (1.0 + np.exp(-logits))
        # per anchor: x and y offsets of the centre from the anchor, width, height, then six
        # key points (unused), all in input pixels
        raw = raw.reshape(-1, raw.shape[-1])
        anchors = _anchors(self.spec, h, w)
        if len(anchors) != len(raw):
            raise ValueError(f"{self.spec.file}: {len(raw)} boxes for {len(anchors)} anchors")
        cx = raw[:, 0] + anchors[:, 0]
        cy = raw[:, 1] + anchors[:, 1]
        hw = raw[:, 2] / 2
        hh = raw[:, 3] / 2
        return scores, np.stack([cx - hw, cy - hh, cx + hw, cy + hh], axis=1)


@cache
def _net(spec: _Spec, shape: tuple[int, int] | None = None) -> _Net | None:
    """The net for one input shape (h, w; default the model's own square), read once.

    One net per shape because OpenCV re-plans a net whenever its input shape changes
    (about 40 ms here, more than a forward pass).
    """
    h, w = shape or (spec.size, spec.size)
    try:
        net = _Net(spec)
        scores, _ = net.run(np.zeros((h, w, 3), np.uint8))
    except Exception:  # no cv2, no TFLite reader, an unreadable file: no detector
        return None
    return net if scores.shape == (len(_anchors(spec, h, w)),) else None


def available() -> bool:
    """Whether both models load and run here (OpenCV with ``readNetFromTFLite``)."""
    return _net(SHORT) is not None and _net(FULL) is not None


def _as_rgb8(rgb: np.ndarray) -> np.ndarray:
    img = np.asarray(rgb)
    if img.ndim == 2:
        img = np.repeat(img[:, :, np.newaxis], 3, axis=2)
    elif img.ndim == 3 and img.shape[2] == 4:
        img = img[:, :, :3]
    elif img.ndim == 3 and img.shape[2] == 1:
        img = np.repeat(img, 3, axis=2)
    if img.ndim != 3 or img.shape[2] != 3:
        raise ValueError(f"detect_faces wants an RGB image (H, W, 3), got shape {img.shape}")
    if img.dtype != np.uint8:
        img = np.clip(img, 0, 255).astype(np.uint8)
    return img


def _letterboxed(
    net: _Net, img: np.ndarray, x: int, y: int, w: int, h: int
) -> tuple[np.ndarray, np.ndarray]:
    """Run ``net`` on the region (x, y, w, h) of ``img``, scaled to fit its square input
    (aspect kept, centred, black bars); return scores and boxes in ``img`` pixels."""
    import cv2

    size = net.spec.size
    s = size / max(w, h)
    rw, rh = max(1, round(w * s)), max(1, round(h * s))
    region = img[y : y + h, x : x + w]
    interp = cv2.INTER_AREA if s < 1 else cv2.INTER_LINEAR
    square = np.zeros((size, size, 3), np.uint8)
    px, py = (size - rw) // 2, (size - rh) // 2
    square[py : py + rh, px : px + rw] = cv2.resize(region, (rw, rh), interpolation=interp)
    scores, boxes = net.run(square)
    keep = scores >= CANDIDATE_SCORE
    scores, boxes = scores[keep], boxes[keep]
    boxes[:, 0::2] = (boxes[:, 0::2] - px) * (w / rw) + x
    boxes[:, 1::2] = (boxes[:, 1::2] - py) * (h / rh) + y
    return scores, boxes


def _canvas(h: int, w: int) -> tuple[int, int]:
    """The convolutional pass's input shape for an h×w photo: one of a few fixed shapes
    (16:9, 4:3, 1:1 and their portrait forms, long side ``CONV_SIDE``), the one that holds
    the photo largest, so the few nets are planned once."""
    side = CONV_SIDE
    shorts = (side * 9 // 16 // 16 * 16, side * 3 // 4 // 16 * 16, side)
    shapes = [(c, side) for c in shorts] + [(side, c) for c in shorts[:2]]
    return max(shapes, key=lambda s: (min(s[0] / h, s[1] / w), -s[0] * s[1]))


def _convolutional(img: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The short-range net over the whole of ``img``, scaled to fit a canvas of about
    ``CONV_SIDE`` px: one pass that sees faces of about 18-100 px of that scale anywhere,
    like overlapping 128 px tiles (the graph is convolutional up to its output reshapes).
    Scores and boxes in ``img`` pixels; nothing when that net cannot run here."""
    import cv2

    h, w = img.shape[:2]
    ch, cw = _canvas(h, w)
    net = _net(SHORT, (ch, cw))
    if net is None:
        return np.zeros(0, np.float32), np.zeros((0, 4), np.float32)
    s = min(ch / h, cw / w)
    rw, rh = max(1, min(cw, round(w * s))), max(1, min(ch, round(h * s)))
    canvas = np.zeros((ch, cw, 3), np.uint8)
    interp = cv2.INTER_AREA if s < 1 else cv2.INTER_LINEAR
    canvas[:rh, :rw] = cv2.resize(img, (rw, rh), interpolation=interp)
    scores, boxes = net.run(canvas)
    keep = scores >= CANDIDATE_SCORE
    scores, boxes = scores[keep], boxes[keep]
    boxes[:, 0::2] *= w / rw
    boxes[:, 1::2] *= h / rh
    return scores, boxes


def _iou(box: np.ndarray, boxes: np.ndarray) -> np.ndarray:
    ix = np.clip(np.minimum(box[2], boxes[:, 2]) - np.maximum(box[0], boxes[:, 0]), 0, None)
    iy = np.clip(np.minimum(box[3], boxes[:, 3]) - np.maximum(box[1], boxes[:, 1]), 0, None)
    inter = ix * iy
    area = (box[2] - box[0]) * (box[3] - box[1])
    areas = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    union = area + areas - inter
    return np.where(union > 0, inter / np.maximum(union, 1e-12), 0.0)


def _weighted_nms(scores: np.ndarray, boxes: np.ndarray) -> list[tuple[float, np.ndarray]]:
    """MediaPipe's weighted NMS: take the best remaining box, average it with every box that
    overlaps it by IoU > ``NMS_IOU`` (weights: their scores), keep the best one's score."""
    order = np.argsort(-scores, kind="stable")
    scores, boxes = scores[order], boxes[order]
    out = []
    while len(scores):
        near = _iou(boxes[0], boxes) > NMS_IOU
        near[0] = True
        w = scores[near]
        out.append((float(scores[0]), (boxes[near] * w[:, None]).sum(axis=0) / w.sum()))
        scores, boxes = scores[~near], boxes[~near]
    return out


def _downscaled(img: np.ndarray, long_side: int) -> np.ndarray:
    """``img`` with its long side at most ``long_side``: a bilinear pass to twice the size,
    then an area average (2 ms for 16 MP, against 70 ms for one ``INTER_AREA``)."""
    import cv2

    h, w = img.shape[:2]
    s = long_side / max(h, w)
    if s >= 1:
        return img
    size = (max(1, round(w * s)), max(1, round(h * s)))
    if s < 0.5:
        img = cv2.resize(img, (size[0] * 2, size[1] * 2), interpolation=cv2.INTER_LINEAR)
    return cv2.resize(img, size, interpolation=cv2.INTER_AREA)


def _look(net: _Net, img: np.ndarray, box: np.ndarray, face: float) -> tuple[float, np.ndarray]:
    """The short-range net on a square crop of the full-size image centred on ``box``, in
    which the box is ``face`` of the side (the crop may overhang the image: black there).
    Returns the best overlapping score (0 if none) and the score-weighted mean of those
    boxes, in image pixels."""
    import cv2

    h, w = img.shape[:2]
    size = net.spec.size
    side = max(8, round(max(box[2] - box[0], box[3] - box[1]) / face))
    x0 = round((box[0] + box[2]) / 2 - side / 2)
    y0 = round((box[1] + box[3]) / 2 - side / 2)
    ax0, ay0, ax1, ay1 = max(0, x0), max(0, y0), min(w, x0 + side), min(h, y0 + side)
    if ax1 <= ax0 or ay1 <= ay0:
        return 0.0, box
    k = size / side
    dx0, dy0 = round((ax0 - x0) * k), round((ay0 - y0) * k)
    dx1, dy1 = max(dx0 + 1, round((ax1 - x0) * k)), max(dy0 + 1, round((ay1 - y0) * k))
    square = np.zeros((size, size, 3), np.uint8)
    interp = cv2.INTER_AREA if k < 1 else cv2.INTER_LINEAR
    square[dy0:dy1, dx0:dx1] = cv2.resize(
        img[ay0:ay1, ax0:ax1], (dx1 - dx0, dy1 - dy0), interpolation=interp
    )
    scores, boxes = net.run(square)
    rx, ry = (ax1 - ax0) / (dx1 - dx0), (ay1 - ay0) / (dy1 - dy0)
    boxes[:, 0::2] = (boxes[:, 0::2] - dx0) * rx + ax0
    boxes[:, 1::2] = (boxes[:, 1::2] - dy0) * ry + ay0
    near = (scores >= CANDIDATE_SCORE) & (_iou(box, boxes) > NMS_IOU)
    if not near.any():
        return 0.0, box
    wts = scores[near]
    return float(wts.max()), (boxes[near] * wts[:, None]).sum(axis=0) / wts.sum()


def _verified(net: _Net, img: np.ndarray, box: np.ndarray) -> tuple[float, np.ndarray]:
    """A second look at a candidate, on full-size pixels, at two of the short-range net's
    best scales (``VERIFY_FACES``): the mean of their scores (a look that sees nothing
    counts 0) and their score-weighted box. Real faces score about 0.9 in both; texture
    that fooled one pass (a dandelion clock: 0.77) rarely fools both."""
    looks = [_look(net, img, box, face) for face in VERIFY_FACES]
    score = sum(s for s, _ in looks) / len(looks)
    total = sum(s for s, _ in looks)
    if total <= 0:
        return 0.0, box
    merged = np.sum([s * b for s, b in looks], axis=0) / total
    return score, merged


def detect_faces(rgb: np.ndarray) -> list[Face]:
    """Faces in an RGB image (H, W, 3; uint8, or anything 0..255), best first.

    ``[]`` when there is none, or when no detector is available here (see ``available``).
    """
    short, full = _net(SHORT), _net(FULL)
    if short is None or full is None:
        return []
    img = _as_rgb8(rgb)
    h, w = img.shape[:2]
    if min(h, w) < 16:
        return []
    work = _downscaled(img, CONV_SIDE)  # downscale first: the three passes read this copy
    wh, ww = work.shape[:2]
    passes = [
        _letterboxed(short, work, 0, 0, ww, wh),
        _letterboxed(full, work, 0, 0, ww, wh),
        _convolutional(work),
    ]
    scores = np.concatenate([p[0] for p in passes])
    boxes = np.concatenate([p[1] for p in passes])
    boxes[:, 0::2] *= w / ww  # back to full-size pixels for the second look
    boxes[:, 1::2] *= h / wh
    faces = []
    for _, box in _weighted_nms(scores, boxes)[:MAX_CANDIDATES]:
        score, (x0, y0, x1, y1) = _verified(short, img, box)
        if score < SCORE_THRESHOLD:
            continue
        x0, x1 = np.clip((x0 / w, x1 / w), 0.0, 1.0)
        y0, y1 = np.clip((y0 / h, y1 / h), 0.0, 1.0)
        if x1 > x0 and y1 > y0:
            faces.append(Face(float(x0), float(y0), float(x1), float(y1), score))
    # two candidates may have settled on the same face
    out: list[Face] = []
    for f in sorted(faces, key=lambda f: -f.score):
        b = np.array([[g.x0, g.y0, g.x1, g.y1] for g in out]).reshape(-1, 4)
        if not len(out) or (_iou(np.array([f.x0, f.y0, f.x1, f.y1]), b) <= NMS_IOU).all():
            out.append(f)
    return out
