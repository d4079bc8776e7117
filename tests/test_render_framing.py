"""Framing, checked on the decoded video: the layout a photo gets in a frame of another
shape, the subject kept in frame, a background that stays still, visible varied motion."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import av
import numpy as np
import pytest
from PIL import Image

from nemochat.engine.render import render_draft
from nemochat.engine.render.compose import Compositor, PhotoSlide
from nemochat.engine.render.motion import Subject, build_canvas, choose_layout
from nemochat.engine.render.plan import build_plan

W, H, FPS = 180, 320, 10  # a small 9:16 frame


def _landscape(path: Path, subject_x: float, size=(1200, 800), seed: int = 0) -> Path:
    """A textured 3:2 landscape with one bright red disc (the subject) at ``subject_x``."""
    rng = np.random.default_rng(seed)
    h, w = size[1], size[0]
    base = rng.normal(0, 10, (h, w, 1)) + np.linspace(60, 120, w)[None, :, None]
    img = np.clip(np.repeat(base, 3, axis=2), 0, 255)
    yy, xx = np.mgrid[0:h, 0:w]
    disc = np.hypot(xx - subject_x * w, yy - 0.45 * h) < 0.07 * h
    img[disc] = (240, 30, 30)
    Image.fromarray(img.astype(np.uint8)).save(path)
    return path


def _draft(segs: list[dict], w: int = W, h: int = H, **meta) -> dict:
    end = max(s["st"] + s["d"] for s in segs)
    m = {"width": w, "height": h, "fps": FPS, "fade_out": 0, **meta}
    return {"v": 1, "d": end, "m": m, "t": [{"tt": 0, "sg": segs}]}


def _decode(path: Path) -> list[np.ndarray]:
    with av.open(str(path)) as c:
        return [f.to_ndarray(format="rgb24") for f in c.decode(video=0)]


def _red(frame: np.ndarray) -> np.ndarray:
    f = frame.astype(int)
    return (f[:, :, 0] > 170) & (f[:, :, 1] < 90) & (f[:, :, 2] < 90)


def test_layouts_follow_the_shapes_and_the_subject() -> None:
    centre = Subject(0.5, 0.5, 0.0, True, (0.45, 0.4, 0.55, 0.6))
    assert choose_layout(1500, 1000, 1920, 1080, "auto", centre) == "cover"  # 3:2 → 16:9
    assert choose_layout(1200, 900, 1080, 1080, "auto", centre) == "cover"  # 4:3 → 1:1
    assert choose_layout(1600, 2000, 1080, 1920, "auto", centre) == "cover"  # 4:5 → 9:16
    assert choose_layout(1500, 1000, 1080, 1920, "auto", centre) == "cover"  # compact subject
    group = Subject(0.5, 0.4, 0.2, True, (0.1, 0.2, 0.9, 0.6))  # a row of faces
    assert choose_layout(1500, 1000, 1080, 1920, "auto", group) == "contain"
    panorama = Subject(0.5, 0.5, 0.0, True, (0.4, 0.3, 0.6, 0.7))
    assert choose_layout(4000, 1000, 1080, 1920, "auto", panorama) == "contain"
    assert choose_layout(1500, 1000, 1080, 1920, "crop", group) == "cover"  # the user's word
    assert choose_layout(1500, 1000, 1080, 1920, "pad", centre) == "contain"


@pytest.mark.parametrize("subject_x", [0.2, 0.8])
def test_a_landscape_photo_fills_a_reel_and_keeps_its_subject(
    tmp_path: Path, subject_x: float
) -> None:
    photo = _landscape(tmp_path / "p.png", subject_x)
    out = tmp_path / "o.mp4"
    segs = [{"st": 0, "d": 3000, "m": {"src": "p"}}]
    render_draft(_draft(segs), resolve={"p": photo}.__getitem__, out_path=out)
    frames = _decode(out)
    assert len(frames) == 30
    for k, f in enumerate(frames):
        red = _red(f)
        assert red.sum() > 150, k  # the subject is in every frame
        xs = np.nonzero(red)[1]
        assert xs.min() > 0 and xs.max() < W - 1, k  # and never cut by the frame's edge
        # photo content everywhere: the edge columns are the photo's texture, not a blur
        assert f[:, :4].astype(int).std() > 3 and f[:, -4:].astype(int).std() > 3
    first, last = (np.nonzero(_red(frames[i]))[1].mean() for i in (0, -1))
    # the window travels towards the subject and ends framing it near the middle
    assert abs(last - W / 2) < abs(first - W / 2)
    assert abs(last - first) > 0.04 * W


def test_over_a_background_the_background_never_moves(tmp_path: Path) -> None:
    photo = _landscape(tmp_path / "p.png", 0.5, size=(1600, 400))  # a 4:1 panorama
    segs = [{"st": 0, "d": 2000, "m": {"src": "p", "motion": "zoom_in"}}]
    for fit, check in (("auto", "blur"), ("pad", "black")):
        out = tmp_path / f"{fit}.mp4"
        render_draft(_draft(segs, fit=fit), resolve={"p": photo}.__getitem__, out_path=out)
        frames = [f.astype(int) for f in _decode(out)]
        top, bottom = slice(0, 100), slice(H - 100, H)  # well outside the photo's strip
        for band in (top, bottom):
            moved = max(np.abs(f[band] - frames[0][band]).max() for f in frames)
            assert moved <= 2, (fit, moved)  # x264 noise only
        if check == "black":
            assert frames[5][top].mean() < 20
        else:
            assert frames[5][top].mean() > 20  # a blur of the photo, not black
        middle = slice(H // 2 - 15, H // 2 + 15)
        assert np.abs(frames[-1][middle] - frames[0][middle]).mean() > 3  # the photo moves


def test_a_solid_colour_background(tmp_path: Path) -> None:
    photo = _landscape(tmp_path / "p.png", 0.5, size=(1600, 400))
    segs = [{"st": 0, "d": 1000, "m": {"src": "p", "background": "#2040C0"}}]
    out = tmp_path / "o.mp4"
    render_draft(_draft(segs), resolve={"p": photo}.__getitem__, out_path=out)
    top = _decode(out)[3][:80].reshape(-1, 3).mean(0)
    assert abs(top[0] - 0x20) < 12 and abs(top[2] - 0xC0) < 12


def test_two_layouts_crossfade_as_whole_frames(tmp_path: Path) -> None:
    """Mid-crossfade, every pixel is the blend of the two full frames (backgrounds included),
    so no rectangle is pasted over the picture."""
    wide = _landscape(tmp_path / "wide.png", 0.5, size=(1600, 400))  # over a background
    tall = _landscape(tmp_path / "tall.png", 0.5, size=(600, 1000), seed=2)  # fills
    segs = [
        {"st": 0, "d": 1000, "m": {"src": "a", "motion": "static"}},
        {
            "st": 600,
            "d": 1000,
            "m": {"src": "b", "motion": "static", "transition": {"type": "crossfade", "d": 400}},
        },
    ]
    plan = build_plan(_draft(segs))
    comp = Compositor(plan, {1: wide, 2: tall})
    from nemochat.engine.render.color import Frame

    a, b, mid = Frame(W, H), Frame(W, H), Frame(W, H)
    comp._slide(plan.visuals[0]).draw(0.8, a)
    comp._slide(plan.visuals[1]).draw(0.2, b)
    comp.frame_at(800, mid)
    layouts = {s.kb.canvas.layout for s in comp.slides.values() if isinstance(s, PhotoSlide)}
    comp.close()
    assert layouts == {"cover", "contain"}
    expect = (a.buf.astype(float) + b.buf.astype(float)) / 2
    assert np.abs(mid.buf.astype(float) - expect).max() <= 1.0


def test_consecutive_photos_move_visibly_and_differently() -> None:
    rng = np.random.default_rng(4)
    rgb = rng.integers(0, 255, (900, 1200, 3), dtype=np.uint8)  # 4:3 into 16:9: close shape
    subject = Subject(0.6, 0.4, 0.0, True, (0.5, 0.3, 0.7, 0.5))
    canvas = build_canvas(rgb, 320, 180, "auto", subject)
    from nemochat.engine.render.motion import KenBurns

    moves = []
    for index in range(1, 5):
        kb = KenBurns(canvas, "auto", index, 3.0)
        a, b = kb.start, kb.end
        scale = abs(b.z / a.z - 1)
        pan = max(abs(b.cx - a.cx) / canvas.base_w, abs(b.cy - a.cy) / canvas.base_h)
        assert scale >= 0.08 or pan >= 0.04, (index, scale, pan)  # reads on a phone
        moves.append(
            (round(b.z / a.z, 2), round(np.sign(b.cx - a.cx)), round(np.sign(b.cy - a.cy)))
        )
    assert len(set(moves)) >= 3  # zoom in, zoom out, pans: not the same move four times
    assert all(m1 != m2 for m1, m2 in pairwise(moves))


def test_slow_moves_still_read_as_moving() -> None:
    rgb = np.full((2000, 1600, 3), 120, np.uint8)
    canvas = build_canvas(rgb, 1080, 1350, "auto", Subject(0.5, 0.4, 0.1, True, None))
    from nemochat.engine.render.motion import KenBurns

    kb = KenBurns(canvas, "drift", 1, 8.0)
    assert kb.end.z / kb.start.z >= 1.1  # an 8 s portrait drift is not a still


def test_a_small_photo_is_not_zoomed_past_its_pixels() -> None:
    small = np.full((427, 640, 3), 90, np.uint8)
    c = build_canvas(small, 1920, 1080, "auto", Subject(0.5, 0.5))
    assert c.soft and c.zmax <= 1.1 + 1e-9
    big = np.full((3000, 4000, 3), 90, np.uint8)
    c2 = build_canvas(big, 1920, 1080, "auto", Subject(0.5, 0.5))
    assert not c2.soft and c2.zmax == pytest.approx(1.25)


def test_a_photos_subject_is_found_once_and_kept_with_the_media(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nemochat.engine.render import motion

    class Store:
        def __init__(self) -> None:
            self.rows: dict[str, dict] = {}

        def subject(self, key: str) -> dict | None:
            return self.rows.get(key)

        def put_subject(self, key: str, data: dict) -> None:
            self.rows[key] = data

    sha = "ab" * 32  # the engine names uploads by content hash
    photo = _landscape(tmp_path / f"{sha}.png", 0.8)
    segs = [{"st": 0, "d": 1000, "m": {"src": "p"}}]
    store = Store()
    render_draft(
        _draft(segs), resolve={"p": photo}.__getitem__, out_path=tmp_path / "a.mp4", subjects=store
    )
    assert [k.split(":")[0] for k in store.rows] == [sha]
    motion._subjects.clear()  # a new process: only the store remembers

    def never(*_a: object) -> None:
        raise AssertionError("the subject was looked for again")

    monkeypatch.setattr(motion, "_find_subject", never)
    render_draft(
        _draft(segs), resolve={"p": photo}.__getitem__, out_path=tmp_path / "b.mp4", subjects=store
    )
    # the same video (frame for frame: x264 under CPU contention is not byte-stable)
    assert _decoded_close(tmp_path / "b.mp4", tmp_path / "a.mp4")


def _decoded_close(a: Path, b: Path) -> bool:
    """Every decoded frame identical, or within 40 dB (tests/test_render_segments.py)."""

    def frames(p: Path) -> list[np.ndarray]:
        with av.open(str(p)) as c:
            return [f.to_ndarray(format="rgb24") for f in c.decode(video=0)]

    fa, fb = frames(a), frames(b)
    if len(fa) != len(fb):
        return False
    for x, y in zip(fa, fb, strict=True):
        mse = float(np.mean((x.astype(np.float64) - y.astype(np.float64)) ** 2))
        if mse and 10 * np.log10(255**2 / mse) < 40.0:
            return False
    return True
