"""The bundled BlazeFace detector (nemochat.engine.render.faces) on real photos."""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from nemochat.engine.render import faces
from nemochat.engine.render.faces import Face, available, detect_faces

# ../shared/media beside the checkout (as in test_render_faces.py); from a worktree under
# /work/wt/NAME the nearest ancestor that has shared/media
MEDIA = next(
    (
        p / "shared" / "media"
        for p in Path(__file__).resolve().parents
        if (p / "shared" / "media").is_dir()
    ),
    Path(__file__).resolve().parents[2] / "shared" / "media",
)
# Eileen Collins' face in astronaut.png (512×512), as 0..1 image coordinates
FACE = (0.345, 0.15, 0.54, 0.345)


def _photo(name: str) -> np.ndarray:
    path = MEDIA / name
    if not path.is_file():
        pytest.skip(f"shared media not available: {path}")
    return np.asarray(Image.open(path).convert("RGB"))


def _iou(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    return inter / ((a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter)


def _box(f: Face) -> tuple[float, float, float, float]:
    return (f.x0, f.y0, f.x1, f.y1)


def _small_face_scene(face_px: int) -> tuple[np.ndarray, tuple[float, float, float, float]]:
    """A 1920×1080 landscape with the astronaut's head pasted in, its face ``face_px`` tall
    (right of centre, lower half); returns the image and the face box (0..1)."""
    import cv2

    astronaut = _photo("astronaut.png")
    land = _photo("hd/aitzgorri_by_Aitzol_Berasategi.jpg")
    scene = cv2.resize(land, (1920, 1080), interpolation=cv2.INTER_AREA)
    x0, y0, x1, y1 = (v * 512 for v in FACE)
    half = 1.2 * (y1 - y0)  # head and shoulders around the face
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    cx0, cy0 = round(cx - half), round(max(0.0, cy - half))
    crop = astronaut[cy0 : round(cy + half), cx0 : round(cx + half)]
    s = face_px / (y1 - y0)
    patch = cv2.resize(
        crop, (round(crop.shape[1] * s), round(crop.shape[0] * s)), interpolation=cv2.INTER_AREA
    )
    px, py = 1250, 600
    scene[py : py + patch.shape[0], px : px + patch.shape[1]] = patch
    box = (
        (px + (x0 - cx0) * s) / 1920,
        (py + (y0 - cy0) * s) / 1080,
        (px + (x1 - cx0) * s) / 1920,
        (py + (y1 - cy0) * s) / 1080,
    )
    return scene, box


def test_the_detector_is_available_with_the_installed_opencv() -> None:
    assert available(), "opencv-python-headless ≥ 4.8 reads TFLite; the models ship in the package"


def test_the_models_and_their_notice_ship_in_the_package() -> None:
    for name in ("face_detection_short_range.tflite", "face_detection_full_range.tflite"):
        assert (faces.MODELS / name).stat().st_size > 200_000
    notice = (faces.MODELS / "NOTICE").read_text("utf-8")
    assert "Apache License, Version 2.0" in notice and "MediaPipe" in notice
    assert "Apache License" in (faces.MODELS / "LICENSE-Apache-2.0.txt").read_text("utf-8")


def test_anchors_match_the_models_outputs() -> None:
    assert len(faces._anchors(faces.SHORT, 128, 128)) == 896  # 16·16·2 + 8·8·6
    assert len(faces._anchors(faces.FULL, 192, 192)) == 2304  # 48·48·1
    assert len(faces._anchors(faces.SHORT, 288, 512)) == 36 * 64 * 2 + 18 * 32 * 6


def test_the_astronauts_face_is_found() -> None:
    found = detect_faces(_photo("astronaut.png"))
    assert len(found) == 1
    face = found[0]
    assert isinstance(face, Face) and face.score >= faces.SCORE_THRESHOLD
    # left of centre, in the upper third, about a fifth of the picture tall
    cx, cy = (face.x0 + face.x1) / 2, (face.y0 + face.y1) / 2
    assert 0.38 < cx < 0.5 and 0.18 < cy < 0.32
    assert 0.14 < face.y1 - face.y0 < 0.26 and 0.14 < face.x1 - face.x0 < 0.26
    assert _iou(_box(face), FACE) > 0.7
    with pytest.raises(dataclasses.FrozenInstanceError):
        face.score = 1.0  # type: ignore[misc]


@pytest.mark.parametrize("name", ["chelsea.png", "coffee.png"])
def test_no_face_in_a_cat_or_a_cup_of_coffee(name: str) -> None:
    assert detect_faces(_photo(name)) == []


def test_a_small_face_in_a_1080p_landscape_is_found() -> None:
    scene, box = _small_face_scene(80)
    found = detect_faces(scene)
    assert found, "an 80 px face in a 1920×1080 frame"
    assert _iou(_box(found[0]), box) > 0.5
    assert found[0].score >= faces.SCORE_THRESHOLD


def test_a_mirrored_photo_gives_the_mirrored_face() -> None:
    rgb = _photo("astronaut.png")
    (face,) = detect_faces(rgb)
    (mirrored,) = detect_faces(np.ascontiguousarray(rgb[:, ::-1]))
    assert mirrored.x0 == pytest.approx(1 - face.x1, abs=0.02)
    assert mirrored.x1 == pytest.approx(1 - face.x0, abs=0.02)
    assert mirrored.y0 == pytest.approx(face.y0, abs=0.02)
    scene, box = _small_face_scene(80)
    (small,) = detect_faces(np.ascontiguousarray(scene[:, ::-1]))
    assert _iou(_box(small), (1 - box[2], box[1], 1 - box[0], box[3])) > 0.5


def test_a_photo_turned_on_its_side_still_shows_the_face_where_it_went() -> None:
    rgb = _photo("astronaut.png")
    found = detect_faces(np.ascontiguousarray(np.rot90(rgb)))  # 90° anticlockwise
    assert found
    # (x, y) → (y, 1 − x)
    expected = (FACE[1], 1 - FACE[2], FACE[3], 1 - FACE[0])
    assert _iou(_box(found[0]), expected) > 0.5


def test_letterbox_is_undone_for_wide_and_tall_images() -> None:
    rgb = _photo("astronaut.png")
    wide = np.zeros((512, 1400, 3), np.uint8)
    wide[:, 300:812] = rgb
    (face,) = detect_faces(wide)
    expected = ((300 + FACE[0] * 512) / 1400, FACE[1], (300 + FACE[2] * 512) / 1400, FACE[3])
    assert _iou(_box(face), expected) > 0.7
    tall = np.zeros((1300, 512, 3), np.uint8)
    tall[400:912] = rgb
    (face,) = detect_faces(tall)
    expected = (FACE[0], (400 + FACE[1] * 512) / 1300, FACE[2], (400 + FACE[3] * 512) / 1300)
    assert _iou(_box(face), expected) > 0.7


def test_grey_rgba_and_float_input() -> None:
    rgb = _photo("astronaut.png")
    grey = np.asarray(Image.fromarray(rgb).convert("L"))
    rgba = np.dstack([rgb, np.full(rgb.shape[:2], 255, np.uint8)])
    for img in (grey, rgba, rgb.astype(np.float32)):
        (face,) = detect_faces(img)
        assert _iou(_box(face), FACE) > 0.7
    assert detect_faces(np.zeros((8, 8, 3), np.uint8)) == []
    with pytest.raises(ValueError):
        detect_faces(np.zeros((64, 64, 2), np.uint8))


def test_faces_come_best_first_and_threads_agree() -> None:
    rgb = _photo("astronaut.png")
    scene, _ = _small_face_scene(120)
    scene[100 : 100 + 512, 100 : 100 + 512] = rgb  # a large face and a small one
    expected = detect_faces(scene)
    assert len(expected) == 2
    assert expected[0].score >= expected[1].score
    results: list[list[Face]] = []

    def work() -> None:
        results.append(detect_faces(scene))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [expected] * 4


def test_no_detector_means_no_faces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(faces, "_net", lambda *_a, **_k: None)
    assert not available()
    assert detect_faces(np.zeros((64, 64, 3), np.uint8)) == []
