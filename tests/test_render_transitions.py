"""Transitions as rendered: decoded with PyAV, the edges and the motion blur are measured."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import pytest
from PIL import Image

from nemochat.engine import draft as dr
from nemochat.engine.render import render_draft
from nemochat.engine.render.color import Frame, rgb_to_frame
from nemochat.engine.render.transitions import compose

W, H, FPS = 320, 180, 10


def _flat(tmp: Path, name: str, rgb: tuple[int, int, int]) -> Path:
    path = tmp / name
    Image.new("RGB", (W, H), rgb).save(path)
    return path


def _stripes(tmp: Path, name: str, period: int = 8) -> Path:
    """Vertical black and white stripes: all of their detail is horizontal."""
    xx = np.arange(W)[None, :].repeat(H, 0)
    grey = np.where((xx // (period // 2)) % 2 == 0, 235, 20).astype(np.uint8)
    path = tmp / name
    Image.fromarray(np.stack([grey] * 3, -1)).save(path)
    return path


def _render(tmp: Path, kind: str, media: dict[str, Path], *, d: int = 1000) -> list[np.ndarray]:
    segs = [
        {"st": 0, "d": 2000, "m": {"src": "a", "kind": "image", "motion": "static"}},
        {
            "st": 2000 - d,
            "d": 2000,
            "m": {
                "src": "b",
                "kind": "image",
                "motion": "static",
                "transition": {"type": kind, "d": d},
            },
        },
    ]
    draft = {
        "v": 1,
        "d": 4000 - d,
        "m": {"width": W, "height": H, "fps": FPS, "fit": "crop", "fade_out": 0},
        "t": [{"tt": 0, "sg": segs}],
    }
    out = tmp / f"{kind}.mp4"
    render_draft(draft, resolve=lambda s: media[s], out_path=out)
    with av.open(str(out)) as c:
        return [f.to_ndarray(format="rgb24").astype(np.float32) for f in c.decode(video=0)]


@pytest.mark.parametrize("kind", ["wipe_left", "wipe_right", "wipe_up", "wipe_down"])
def test_a_wipe_edge_is_a_gradient(tmp_path: Path, kind: str) -> None:
    red, blue = _flat(tmp_path, "r.png", (220, 30, 30)), _flat(tmp_path, "b.png", (30, 30, 220))
    frames = _render(tmp_path, kind, {"a": red, "b": blue})
    mid = frames[15]  # the transition runs over frames 10..19
    # the red channel along the wipe: 220 on a's side, 30 on b's
    profile = mid[:, :, 0].mean(0 if kind in ("wipe_left", "wipe_right") else 1)
    between = ((profile > 50) & (profile < 200)).sum()
    n = len(profile)
    assert between >= n / 20, (kind, between)  # a hard edge is 1-3 px even after x264
    # ...and it is monotonic: one soft edge, not a band or a ripple
    steps = np.diff(profile)
    assert (steps > 3).sum() == 0 or (steps < -3).sum() == 0
    # first and last transition frames are nearly pure a and b
    assert frames[9][:, :, 0].mean() > 200 and frames[20][:, :, 2].mean() > 200


def _detail(img: np.ndarray) -> float:
    """Horizontal contrast: mean absolute difference between neighbouring columns."""
    grey = img.mean(2)
    return float(np.abs(np.diff(grey, axis=1)).mean())


@pytest.mark.parametrize("kind", ["slide_left", "push_left", "whip"])
def test_the_fastest_frame_of_a_slide_is_motion_blurred(tmp_path: Path, kind: str) -> None:
    red = _flat(tmp_path, "r.png", (220, 30, 30))
    stripes = _stripes(tmp_path, "s.png")
    frames = _render(tmp_path, kind, {"a": red, "b": stripes})
    sharp = _detail(frames[-1][:, 8:-8])
    assert sharp > 40  # the still stripes, as encoded
    # where the incoming picture's leading edge is in each transition frame (red → not red)
    edges = []
    for f in frames[10:20]:
        notred = (f[:, :, 0] - f[:, :, 2]).mean(0) < 100
        edges.append(int(np.argmax(notred)) if notred.any() else W)
    steps = np.abs(np.diff(edges))
    i = int(np.argmax(steps)) + 1  # the frame that moved most since the previous one
    assert steps.max() >= W / 10  # it is a fast move (the stripes would strobe)
    f = frames[10 + i]
    region = f[:, min(edges[i] + 40, W - 40) :]  # inside the incoming picture
    assert _detail(region) < 0.35 * sharp, (kind, i, _detail(region), sharp)


def _frame(rgb: tuple[int, int, int]) -> Frame:
    return rgb_to_frame(np.full((H, W, 3), rgb, np.uint8))


@pytest.mark.parametrize("kind", sorted(set(dr.TRANSITIONS) - {"cut"}))
def test_every_transition_starts_at_a_and_ends_at_b(kind: str) -> None:
    a, b, out = _frame((200, 40, 40)), _frame((40, 40, 200)), Frame(W, H)
    compose(kind, 0.0, a, b, out, dp=0.1)
    start = out.copy()
    compose(kind, 1.0, a, b, out, dp=0.1)
    assert np.abs(start.buf.astype(int) - a.buf).mean() < 2, kind
    assert np.abs(out.buf.astype(int) - b.buf).mean() < 2, kind
    # and the luma and chroma planes move together: no coloured fringe on a flat picture
    compose(kind, 0.5, a, b, out, dp=0.1)
    assert out.y.min() >= 16 and out.u.max() <= 240


def test_minimum_durations_and_fast_pace_shortens_photos_first() -> None:
    assert dr.min_transition_ms("slide_left") == dr.min_transition_ms("whip") == 400
    assert dr.min_transition_ms("crossfade") < 400 and dr.min_transition_ms("cut") == 0
    d = dr.slideshow(
        ["med_a", "med_b", "med_c"], seg_ms=1500, transition={"type": "wipe_left", "d": 200}
    )
    assert [s["m"]["transition"]["d"] for s in d["t"][0]["sg"]] == [0, 400, 400]
    # only photos shorter than twice the minimum shorten it
    d = dr.slideshow(["med_a", "med_b"], seg_ms=600, transition={"type": "push_up", "d": 500})
    assert d["t"][0]["sg"][1]["m"]["transition"]["d"] == 300
    assert dr.validate(d) == []
