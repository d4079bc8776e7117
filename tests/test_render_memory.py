"""A render's memory budget (issue 14, item 5): the pieces that keep a 4K render of any
draft the validator accepts under the documented peak. The peak itself is measured by
``benchmarks/iterate_bench.py --memory`` (docs/render.md, "Memory at 4K")."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from nemochat.engine.render import loudness as ld
from nemochat.engine.render.encode import Encoder
from nemochat.engine.render.plan import OutputFormat


def test_x264_buffers_are_capped_above_1440p(tmp_path: Path) -> None:
    big = Encoder(tmp_path / "a.mp4", OutputFormat(3840, 2160, 30))
    assert big.video.codec_context.thread_count == 2
    assert "rc-lookahead=5" in big.video.options["x264-params"]
    big.abort()
    hd = Encoder(tmp_path / "b.mp4", OutputFormat(1920, 1080, 30))
    assert hd.video.codec_context.thread_count == 0  # x264's own choice, as before
    assert "rc-lookahead" not in hd.video.options["x264-params"]
    hd.abort()
    asked = Encoder(tmp_path / "c.mp4", OutputFormat(3840, 2160, 30), threads=1)
    assert asked.video.codec_context.thread_count == 1  # an explicit count is kept
    asked.abort()


def _loud(n: int) -> np.ndarray:
    """Quiet noise with full-scale clicks: raised to −14 LUFS, the clicks are limited."""
    rng = np.random.default_rng(5)
    x = rng.standard_normal((n, 2)).astype(np.float32) * 0.02
    x[:: n // 7] = 0.99
    return x


def test_normalise_in_place_gives_the_same_sound() -> None:
    x = _loud(96_000)  # clipped noise: the limiter works
    ref, info = ld.normalise(x.copy())
    assert info.limited_db < 0
    buf = x.copy()
    out, info2 = ld.normalise(buf, inplace=True)
    assert np.shares_memory(out, buf)
    assert np.array_equal(out, ref) and info2 == info


def test_envelope_and_gain_in_pieces_are_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    x = _loud(20_000)
    env = ld.peak_envelope(x)
    ref = ld.normalise(x.copy())[0]
    monkeypatch.setattr(ld, "CHUNK", 1000)  # many pieces, and a short last one
    assert np.array_equal(ld.peak_envelope(x), env)
    assert np.allclose(ld.normalise(x.copy())[0], ref, atol=1e-6)
