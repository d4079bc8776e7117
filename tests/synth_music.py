"""Synthetic music with known beats, for the loudness and beat-tracking tests and benchmarks.

``track(bpm, seconds, swing=…, drift=…)`` returns 48 kHz stereo float32 and the true beat
times: a kick on every beat, a snare on 2 and 4, hi-hats on the eighths (swung: the
off-beat eighth lands at 2/3 of the beat instead of 1/2), a bass note per beat and a
sustained pad chord. ``drift`` bends the tempo linearly over the track (0.04 = from 2 %
slower to 2 % faster).
"""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

RATE = 48_000


def beat_times(bpm: float, seconds: float, drift: float = 0.0, first: float = 0.25) -> np.ndarray:
    times = []
    t = first
    while t < seconds - 0.05:
        times.append(t)
        local = bpm * (1 - drift / 2 + drift * t / seconds)
        t += 60.0 / local
    return np.array(times)


def _add(out: np.ndarray, at: float, sound: np.ndarray, pan: float = 0.0) -> None:
    i = round(at * RATE)
    if i >= len(out):
        return
    seg = sound[: len(out) - i]
    out[i : i + len(seg), 0] += seg * (1 - pan)
    out[i : i + len(seg), 1] += seg * (1 + pan)


def track(
    bpm: float,
    seconds: float,
    *,
    swing: float = 0.0,
    drift: float = 0.0,
    level_db: float = -14.0,
    seed: int = 0,
) -> tuple[np.ndarray, np.ndarray]:
    """(samples n×2 float32, beat times in s). ``swing`` 0..1 (1 = triplet swing)."""
    rng = np.random.default_rng(seed)
    n = round(seconds * RATE)
    out = np.zeros((n, 2), np.float32)
    beats = beat_times(bpm, seconds, drift)
    t = np.arange(round(0.3 * RATE)) / RATE
    kick = np.sin(2 * np.pi * (50 * t + 90 * 0.03 * (1 - np.exp(-t / 0.03)))) * np.exp(-t / 0.12)
    ts = t[: round(0.18 * RATE)]
    snare = (rng.standard_normal(len(ts)) * 0.6 + np.sin(2 * np.pi * 185 * ts)) * np.exp(-ts / 0.05)
    th = t[: round(0.05 * RATE)]
    hat = np.diff(rng.standard_normal(len(th) + 1)) * np.exp(-th / 0.012) * 0.25
    roots = [55.0, 43.65, 49.0, 41.2]  # A1 F1 G1 E1, one bar each
    for k, b in enumerate(beats):
        period = (beats[k + 1] - b) if k + 1 < len(beats) else (b - beats[k - 1])
        _add(out, b, kick * 0.9)
        if k % 4 in (1, 3):
            _add(out, b, snare * 0.35, pan=0.1)
        _add(out, b, hat, pan=-0.3)
        _add(out, b + period * (0.5 + swing / 6), hat * 0.7, pan=-0.3)
        tb = np.arange(round(period * 0.8 * RATE)) / RATE
        f = roots[(k // 4) % 4] * 2
        bass = np.sin(2 * np.pi * f * tb) * np.minimum(1, tb / 0.01) * np.exp(-tb / 0.25) * 0.35
        _add(out, b + 0.01, bass)
    tt = np.arange(n) / RATE
    pad = sum(np.sin(2 * np.pi * f * tt + p) for f, p in ((220, 0), (277.2, 1), (329.6, 2)))
    out += (0.04 * pad * (1 + 0.3 * np.sin(2 * np.pi * 0.25 * tt)))[:, None]
    from nemochat.engine.render.loudness import integrated_loudness

    out *= np.float32(10 ** ((level_db - integrated_loudness(out)) / 20))
    return out, beats


def write_wav(path: Path, samples: np.ndarray, rate: int = RATE) -> Path:
    pcm = (np.clip(samples, -1, 1) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(pcm.shape[1] if pcm.ndim > 1 else 1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())
    return path


def f_measure(est_s: np.ndarray, ref_s: np.ndarray, tol: float = 0.07, skip: float = 5.0) -> float:
    """Beat F-measure with a ±70 ms window, ignoring the first 5 s (as mir_eval does)."""
    est = est_s[est_s >= skip]
    ref = ref_s[ref_s >= skip]
    if not len(est) or not len(ref):
        return 0.0
    used: set[int] = set()
    hits = 0
    for e in est:
        j = int(np.argmin(np.abs(ref - e)))
        if abs(ref[j] - e) <= tol and j not in used:
            used.add(j)
            hits += 1
    if not hits:
        return 0.0
    p, r = hits / len(est), hits / len(ref)
    return 2 * p * r / (p + r)
