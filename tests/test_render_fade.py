"""Whole-video fades in the renderer: decode what was written and measure the picture and sound."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import av
import numpy as np
from test_render_output import _draft, _frames, _photo, _render, _seg, _sine_wav

from nemochat.engine.draft import end_fade_ms, music_fade_ms
from nemochat.engine.render.color import BLACK, Frame, fade_to_black

SR = 48000


def _luma(frame: np.ndarray) -> float:
    return float(frame.astype(np.float32).mean())


def _audio(path: Path) -> np.ndarray:
    with av.open(str(path)) as c:
        return np.concatenate([f.to_ndarray()[0] for f in c.decode(audio=0)])


def _rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(x.astype(np.float64) ** 2)))


def _faded(tmp: Path, fade_in: int, fade_out: int) -> tuple[Path, Path]:
    """The same 2 s video rendered with and without the fades."""
    media = {
        "p": _photo(tmp, "p.png", color=(200, 170, 120)),
        "bgm": _sine_wav(tmp / "bgm.wav", 2.2, rate=SR),
    }
    segs = [_seg("p", 0, 2000, motion="static")]
    music = [{"st": 0, "d": 2000, "m": {"src": "bgm", "volume": 0.8, "fade_in": 0, "fade_out": 0}}]
    plain = _draft(segs, music=music)
    faded = _draft(segs, music=music)
    faded["m"].update(fade_in=fade_in, fade_out=fade_out)
    (tmp / "a").mkdir()
    (tmp / "b").mkdir()
    return _render(tmp / "a", plain, media), _render(tmp / "b", faded, media)


def test_picture_fades_from_and_to_black(tmp_path: Path) -> None:
    plain_path, faded_path = _faded(tmp_path, 600, 500)
    plain, faded = _frames(plain_path), _frames(faded_path)
    assert len(plain) == len(faded) == 20
    full = _luma(plain[10])
    assert full > 120
    assert _luma(faded[0]) < 8  # the first frame is black (RGB ~0)
    assert _luma(faded[-1]) < 8  # and so is the last
    rise = [_luma(f) for f in faded[:7]]  # 0..600 ms at 10 fps
    assert all(b > a + 5 for a, b in pairwise(rise)), rise
    fall = [_luma(f) for f in faded[-6:]]  # the last 500 ms
    assert all(b < a - 5 for a, b in pairwise(fall)), fall
    # the middle is untouched
    for k in range(7, 14):
        assert np.abs(faded[k].astype(int) - plain[k].astype(int)).max() <= 3, k
    # without fades the ends are the photo, so the test can tell the difference
    assert _luma(plain[0]) > 120 and _luma(plain[-1]) > 120


def test_sound_fades_out_with_the_picture(tmp_path: Path) -> None:
    plain_path, faded_path = _faded(tmp_path, 0, 800)
    plain, faded = _audio(plain_path), _audio(faded_path)
    mid = _rms(faded[int(0.6 * SR) : int(1.0 * SR)])
    assert mid > 0.1
    assert abs(mid - _rms(plain[int(0.6 * SR) : int(1.0 * SR)])) < 0.02  # untouched before it
    end = int(1.97 * SR)
    assert _rms(faded[end : int(2.0 * SR)]) < 0.03 * mid  # the very end is (near) silent
    assert _rms(plain[end : int(2.0 * SR)]) > 0.5 * mid  # it would not be without the fade
    # and it falls steadily through the fade
    steps = [_rms(faded[int(t * SR) : int((t + 0.1) * SR)]) for t in (1.2, 1.4, 1.6, 1.8)]
    assert all(b < a for a, b in pairwise(steps)), steps


def test_fade_to_black_works_on_limited_range_planes() -> None:
    f = Frame(8, 4)
    f.y[:], f.u[:], f.v[:] = 216, 28, 228
    fade_to_black(f, 0.5)
    assert (f.y == 116).all() and (f.u == 78).all() and (f.v == 178).all()
    fade_to_black(f, 1.0)
    assert (f.y == 116).all()
    fade_to_black(f, 0.0)
    assert (f.y == BLACK[0]).all() and (f.u == BLACK[1]).all() and (f.v == BLACK[2]).all()


def test_every_video_ends_with_a_short_fade_unless_the_draft_says_otherwise(
    tmp_path: Path,
) -> None:
    media = {"p": _photo(tmp_path, "p.png", color=(200, 170, 120))}
    segs = [_seg("p", 0, 4000, motion="static")]
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    ended = _frames(_render(tmp_path / "a", _draft(segs, end_fade=None), media))
    cut = _frames(_render(tmp_path / "b", _draft(segs, end_fade=0), media))
    assert _luma(ended[-1]) < 8 and _luma(cut[-1]) > 120  # "fade_out": 0 is a hard cut
    # 4 s → a 0.5 s fade: the picture is untouched until then, then falls steadily
    assert abs(_luma(ended[-7]) - _luma(cut[-7])) < 2
    fall = [_luma(f) for f in ended[-5:]]
    assert all(b < a - 5 for a, b in pairwise(fall)), fall


def test_fade_lengths_scale_with_the_video() -> None:
    assert end_fade_ms(4000) == 500 and end_fade_ms(15_000) == 900
    assert end_fade_ms(60_000) == 1000 and end_fade_ms(600) == 300  # never over half
    assert music_fade_ms(2500, 4000) == 1000 and music_fade_ms(1500, 30_000) == 1500
