"""Subject-aware motion: the bundled face detector finds a real face in a real photo."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from nemochat.engine.render.motion import detect_faces, salient_subject

MEDIA = Path(__file__).resolve().parents[2] / "shared" / "media"


def _photo(name: str) -> np.ndarray:
    path = MEDIA / name
    if not path.is_file():
        pytest.skip(f"shared media not available: {path}")
    return np.asarray(Image.open(path).convert("RGB"))


def test_face_found_in_the_portrait() -> None:
    face = detect_faces(_photo("astronaut.png"))
    assert face is not None, "no face detector: opencv-python-headless 4.x ships one"
    # Eileen Collins' face: left of centre, upper quarter of the picture
    assert 0.35 < face.x < 0.55 and 0.1 < face.y < 0.3
    assert 0.1 < face.size < 0.35


def test_no_face_in_a_cup_of_coffee_but_a_salient_subject() -> None:
    rgb = _photo("coffee.png")
    assert detect_faces(rgb) is None
    subject = salient_subject(rgb)
    assert 0.0 <= subject.x <= 1.0 and 0.0 <= subject.y <= 1.0
