"""BS.1770-4 loudness, true peak and the −14 LUFS normalisation, down to the rendered file."""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import av
import numpy as np
import pytest
from PIL import Image

from nemochat.engine import draft as dr
from nemochat.engine.render import loudness as L
from nemochat.engine.render import render_draft
from tests.synth_music import track, write_wav

FS = 48_000


def _sine(db: float, seconds: float = 20.0, fs: int = FS, freq: float = 997.0) -> np.ndarray:
    t = np.arange(round(seconds * fs)) / fs
    return (10 ** (db / 20) * np.sin(2 * np.pi * freq * t)).astype(np.float64)


def _pink(seconds: float, seed: int = 0) -> np.ndarray:
    n = round(seconds * FS)
    spec = np.fft.rfft(np.random.default_rng(seed).standard_normal((2, n)), axis=1)
    f = np.fft.rfftfreq(n, 1 / FS)
    spec[:, 1:] /= np.sqrt(f[1:])
    spec[:, (f < 20) | (f > 20_000)] = 0  # 20 Hz-20 kHz: ten octaves of equal energy
    x = np.fft.irfft(spec, n, axis=1).T
    return x / np.sqrt(np.mean(x**2))  # RMS 1 per channel (0 dBFS RMS)


def test_k_weighting_matches_the_48k_table() -> None:
    b, a = L._shelf(48_000)
    assert b == pytest.approx([1.53512485958697, -2.69169618940638, 1.19839281085285], abs=1e-9)
    assert a == pytest.approx([1.0, -1.69065929318241, 0.73248077421585], abs=1e-9)
    b, a = L._highpass(48_000)
    assert a == pytest.approx([1.0, -1.99004745483398, 0.99007225036621], abs=1e-9)


def test_block_filter_equals_the_direct_recursion() -> None:
    rng = np.random.default_rng(3)
    x = rng.standard_normal((5000, 2))
    b, a = L.k_weighting(44_100)
    ref = np.zeros_like(x)
    for n in range(len(x)):  # direct form I, sample by sample
        acc = sum(b[i] * x[n - i] for i in range(5) if n >= i)
        ref[n] = acc - sum(a[i] * ref[n - i] for i in range(1, 5) if n >= i)
    assert np.abs(L.lfilter(b, a, x) - ref).max() < 1e-6


@pytest.mark.parametrize("fs", [48_000, 44_100, 32_000, 96_000])
def test_tech_3341_sines(fs: int) -> None:
    """EBU Tech 3341 cases 1 and 2: 997 Hz at −23 / −20 dBFS."""
    s23, s20 = _sine(-23, fs=fs), _sine(-20, fs=fs)
    assert L.integrated_loudness(np.stack([s23, s23], 1), fs) == pytest.approx(-23.0, abs=0.1)
    assert L.integrated_loudness(np.stack([s20, 0 * s20], 1), fs) == pytest.approx(-23.0, abs=0.1)
    assert L.integrated_loudness(np.stack([s20, s20], 1), fs) == pytest.approx(-20.0, abs=0.1)


def test_gates() -> None:
    """Tech 3341 cases 3 and 4: −23 dBFS for 60 s between quieter parts reads −23.0."""
    case3 = np.concatenate([_sine(-36, 10), _sine(-23, 60), _sine(-36, 10)])
    assert L.integrated_loudness(np.stack([case3, case3], 1)) == pytest.approx(-23.0, abs=0.1)
    q72, q36 = _sine(-72, 10), _sine(-36, 10)
    case4 = np.concatenate([q72, q36, _sine(-23, 60), q36, q72])
    assert L.integrated_loudness(np.stack([case4, case4], 1)) == pytest.approx(-23.0, abs=0.1)
    assert L.integrated_loudness(np.zeros((FS * 2, 2))) == -math.inf
    assert L.integrated_loudness(np.ones((FS // 10, 2)) * 0.1) == -math.inf  # < 400 ms


def test_pink_noise_is_close_to_its_rms_and_matches_ffmpeg() -> None:
    x = _pink(10) * 10 ** (-23 / 20)
    lufs = L.integrated_loudness(x)
    # K-weighting lifts the top ~3.5 octaves by 4 dB: pink noise reads 1-3 LU above
    # (stereo sum +3 dB, −0.691 offset) its per-channel RMS
    assert -23 + 3 - 0.691 + 0.5 < lufs < -23 + 3 - 0.691 + 3.0
    assert lufs == pytest.approx(_ffmpeg_ebur128(x), abs=0.1)


def _ffmpeg_ebur128(x: np.ndarray) -> float:
    """Integrated loudness by ffmpeg's ebur128 filter (through PyAV): an independent meter."""
    from av.filter import Graph

    g = Graph()
    src = g.add_abuffer(format="fltp", sample_rate=FS, layout="stereo")
    meter = g.add("ebur128", "metadata=1")
    sink = g.add("abuffersink")
    src.link_to(meter)
    meter.link_to(sink)
    g.configure()
    value = None
    x = np.asarray(x, np.float32)
    for i in range(0, len(x), 4800):
        frame = av.AudioFrame.from_ndarray(
            np.ascontiguousarray(x[i : i + 4800].T), format="fltp", layout="stereo"
        )
        frame.sample_rate = FS
        frame.pts = i
        g.push(frame)
        while True:
            try:
                out = g.pull()
            except (av.BlockingIOError, av.EOFError):
                break
            value = float(out.metadata["lavfi.r128.I"])
    assert value is not None
    return value


def test_true_peak_sees_between_samples() -> None:
    n = np.arange(4800)
    x = np.sin(2 * np.pi * n / 4 + np.pi / 4)  # fs/4 at 45°: every sample is at 0.707
    assert 20 * math.log10(np.abs(x).max()) == pytest.approx(-3.01, abs=0.01)
    assert L.true_peak(x) == pytest.approx(0.0, abs=0.15)
    for f in (1000, 10_000, 18_000):
        s = np.sin(2 * np.pi * f * np.arange(FS) / FS + 0.3) * 0.5
        assert L.true_peak(s) == pytest.approx(-6.02, abs=0.25)
    assert L.true_peak(np.zeros(100)) == -math.inf


@pytest.mark.parametrize("level", [-30.0, -14.0, -6.0])
def test_normalise_reaches_minus_14_under_minus_1_dbtp(level: float) -> None:
    x, _ = track(120, 12, level_db=level)
    y, info = L.normalise(x)
    assert info.lufs == pytest.approx(level, abs=0.05)
    assert L.integrated_loudness(y) == pytest.approx(-14.0, abs=0.3)
    assert L.true_peak(y) <= -1.0 + 1e-6
    if level == -30.0:
        assert info.limited_db < -1  # a dynamic quiet track needed the limiter


def test_limiter_gain_is_smooth_and_sufficient() -> None:
    env = np.full(48_000, 0.2, np.float32)
    env[20_000:20_010] = 2.0
    g = L.limit_gain(env, 0.9)
    assert (env * g).max() <= 0.9 + 1e-6
    assert np.abs(np.diff(g)).max() < 0.05  # no jumps
    assert g[:19_900].min() == pytest.approx(1.0) and g[-1] > 0.99  # released again
    silence, info = L.normalise(np.zeros((FS, 2), np.float32))
    assert not silence.any() and info.gain_db == 0.0


def _decoded_audio(path: Path) -> np.ndarray:
    chunks = []
    with av.open(str(path)) as c:
        for frame in c.decode(audio=0):
            chunks.append(frame.to_ndarray().T)
    return np.concatenate(chunks).astype(np.float32)


def _draft(tmp_path: Path, song: Path, seconds: int, **music: object) -> tuple[dict, dict]:
    photo = tmp_path / "p.png"
    Image.fromarray(np.full((90, 160, 3), 120, np.uint8)).save(photo)
    d = dr.slideshow(["p"] * (seconds // 3), seg_ms=3000)
    d["m"].update(width=320, height=180, fps=10)
    dr.track(d, dr.TT_AUDIO)["sg"].append(dr.audio_segment("s", name="song.wav", **music))  # type: ignore[arg-type,index]
    dr.relayout(d)
    return d, {"p": photo, "s": song}


@pytest.mark.parametrize("level", [-30.0, -8.0])
def test_rendered_video_is_minus_14_lufs_at_default_volume(tmp_path: Path, level: float) -> None:
    """A quiet and a loud source both come out at −14 ± 1 LUFS, ≤ −1 dBTP (+ AAC's overshoot)."""
    x, _ = track(124, 14, level_db=level, seed=2)
    song = write_wav(tmp_path / "song.wav", x)
    d, files = _draft(tmp_path, song, 12)
    assert dr.segments(d, dr.TT_AUDIO)[0]["m"]["volume"] == 1.0  # the default
    out = render_draft(d, resolve=files.__getitem__, out_path=tmp_path / "v.mp4").path
    audio = _decoded_audio(out)
    assert L.integrated_loudness(audio) == pytest.approx(-14.0, abs=1.0)
    assert L.true_peak(audio) < -0.5  # −1 dBTP before the AAC encoder


def test_volume_scales_from_the_normalised_level(tmp_path: Path) -> None:
    x, _ = track(124, 14, level_db=-20, seed=4)
    song = write_wav(tmp_path / "song.wav", x)
    d, files = _draft(tmp_path, song, 12, volume=0.4)
    out = render_draft(d, resolve=files.__getitem__, out_path=tmp_path / "v.mp4").path
    want = -14.0 + 20 * math.log10(0.4)  # −22 LUFS
    assert L.integrated_loudness(_decoded_audio(out)) == pytest.approx(want, abs=1.0)


def test_filtering_in_pieces_is_the_same_as_at_once() -> None:
    """A long song is K-weighted a piece at a time (memory flat in its length): any cut,
    pieces shorter than the filter's order included, gives the same signal and loudness."""
    from nemochat.engine.render import loudness as ld

    rng = np.random.default_rng(3)
    x = rng.standard_normal((50_000, 2)) * 0.1
    b, a = ld.k_weighting(48_000)
    whole = ld.lfilter(b, a, x)
    cuts = [0, 3, 4, 1030, 1031, 20_000, 47_999, 50_000]
    pieces = [x[i:j] for i, j in itertools.pairwise(cuts)]
    joined = np.concatenate(list(ld.lfilter_chunks(b, a, pieces)))
    assert np.max(np.abs(joined - whole)) < 1e-6  # the block method's rounding (see lfilter)
    assert np.allclose(ld.block_powers(iter(pieces), 48_000), ld.block_powers(x, 48_000), rtol=1e-5)
