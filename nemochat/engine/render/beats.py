"""Beats and tempo of a piece of music, in NumPy (no librosa, no SciPy).

1. **Onset envelope** (spectral flux). The music is mixed to mono at 12 kHz. It goes through
   a 512-point Hann STFT with a hop of 60 samples, so 200 frames a second. The magnitudes
   are grouped into 40 log-spaced bands and log-compressed. The envelope is the sum over
   bands of each band's rise since the previous frame (half-wave rectified). A 1 s moving
   average is removed, and the result is scaled to unit deviation.
2. **Tempo** by autocorrelation of the envelope, over 40-240 BPM. It is weighted by a
   log-Gaussian prior centred on 120 BPM (an octave wide). The duple and triple
   candidates are then compared (Ellis 2007, "TPS2/TPS3"), and the peak is refined to a
   fraction of a frame.
3. **Beats** by Ellis's dynamic program. Each frame's score is its onset strength plus the
   best score of a previous beat 0.5-2 periods earlier, less ``tightness ×
   log²(interval / period)``. The beats are the backtrace from the last strong local
   maximum. Frames are processed half a period at a time: every candidate of a chunk is
   already final, so each chunk is one vectorised step (about 240 steps per minute at
   120 BPM). Weak beats at the very start and end, where the music is silent, are
   dropped.

``analyse(samples, rate)`` works on an array; ``analyse_file(path)`` decodes (PyAV, mono,
12 kHz) at most the first ``MAX_SECONDS`` of a file. Longer files keep their beats for that
span; :meth:`Beats.extended` continues the grid at the tempo when more are needed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

RATE = 12_000  # analysis sample rate
HOP = 60  # 5 ms: 200 envelope frames a second
N_FFT = 512
FPS = RATE / HOP
BANDS = 40
MIN_BPM, MAX_BPM, PRIOR_BPM = 40.0, 240.0, 120.0
PRIOR_OCTAVES = 1.0
TIGHTNESS = 100.0
MAX_SECONDS = 600  # a 10-minute file is analysed in full; longer ones for 10 minutes
# The flux peaks when the analysis window's centre is still ~14 ms before a drum's attack
# (measured on the synthetic tracks of tests/synth_music.py at 75-165 BPM): add it back.
LEAD_S = 0.014


@dataclass(frozen=True)
class Beats:
    bpm: float
    beats_ms: tuple[int, ...]  # song time, ms, ascending
    analysed_ms: int  # how much of the song the beats cover

    def to_json(self) -> dict[str, Any]:
        return {
            "bpm": round(self.bpm, 2),
            "beats_ms": list(self.beats_ms),
            "analysed_ms": self.analysed_ms,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Beats:
        return cls(
            float(data["bpm"]),
            tuple(int(b) for b in data["beats_ms"]),
            int(data["analysed_ms"]),
        )

    @property
    def period_ms(self) -> float:
        return 60_000.0 / self.bpm if self.bpm > 0 else 0.0

    def extended(self, until_ms: int) -> list[int]:
        """The beats, continued at the tempo after the analysed span up to ``until_ms``."""
        out = list(self.beats_ms)
        if not out or self.period_ms <= 0:
            return out
        step = self.period_ms
        if len(out) >= 8:  # the recent local period, not the whole song's
            step = (out[-1] - out[-8]) / 7
        t = float(out[-1])
        while t + step <= until_ms:
            t += step
            out.append(round(t))
        return out


def _mono_12k(samples: np.ndarray, rate: int) -> np.ndarray:
    x = np.asarray(samples, np.float32)
    if x.ndim > 1:
        x = x.mean(axis=1)
    if rate == RATE:
        return x
    if rate % RATE == 0:  # 48 kHz: a 4-sample average is enough anti-aliasing for onsets
        k = rate // RATE
        n = len(x) // k
        return x[: n * k].reshape(n, k).mean(axis=1)
    n = int(len(x) * RATE / rate)
    return np.interp(np.arange(n) * (rate / RATE), np.arange(len(x)), x).astype(np.float32)


def _band_matrix() -> np.ndarray:
    freqs = np.fft.rfftfreq(N_FFT, 1 / RATE)
    edges = np.geomspace(40.0, RATE / 2, BANDS + 1)
    m = np.zeros((len(freqs), BANDS), np.float32)
    for b in range(BANDS):
        sel = (freqs >= edges[b]) & (freqs < edges[b + 1])
        if not sel.any():  # low bands narrower than a bin: take the nearest bin
            sel = (
                np.abs(freqs - math.sqrt(edges[b] * edges[b + 1]))
                == np.abs(freqs - math.sqrt(edges[b] * edges[b + 1])).min()
            )
        m[sel, b] = 1.0 / sel.sum()
    return m


_BANDS = _band_matrix()


def onset_envelope(mono: np.ndarray) -> np.ndarray:
    """Spectral-flux onset strength at ``FPS`` frames a second (frame k centred at k·HOP)."""
    x = np.concatenate([np.zeros(N_FFT // 2, np.float32), mono, np.zeros(N_FFT // 2, np.float32)])
    n_frames = max(0, (len(x) - N_FFT) // HOP + 1)
    if n_frames < 2:
        return np.zeros(n_frames, np.float32)
    window = np.hanning(N_FFT).astype(np.float32)
    bands = np.empty((n_frames, BANDS), np.float32)
    frames = np.lib.stride_tricks.sliding_window_view(x, N_FFT)[::HOP]
    step = 4096
    for lo in range(0, n_frames, step):
        spec = np.abs(np.fft.rfft(frames[lo : lo + step] * window, axis=1)).astype(np.float32)
        bands[lo : lo + step] = spec @ _BANDS
    logs = np.log1p(1000.0 * bands)
    flux = np.maximum(0.0, np.diff(logs, axis=0)).sum(axis=1)
    flux = np.concatenate([[0.0], flux]).astype(np.float32)
    width = int(FPS)  # remove a 1 s moving average (slow loudness changes)
    kernel = np.ones(width, np.float32) / width
    flux = np.maximum(0.0, flux - np.convolve(flux, kernel, mode="same"))
    sd = float(flux.std())
    return flux / sd if sd > 0 else flux


def tempo_period(env: np.ndarray) -> float:
    """The beat period in envelope frames (fractional), from the prior-weighted autocorrelation."""
    n = len(env)
    lo = int(FPS * 60 / MAX_BPM)
    hi = min(int(FPS * 60 / MIN_BPM), n // 2)
    if hi <= lo + 2:
        return FPS * 60 / PRIOR_BPM
    e = env - env.mean()
    spec = np.fft.rfft(e, 2 * n)
    ac = np.fft.irfft(spec * np.conj(spec), 2 * n)[: 3 * hi + 2]
    ac /= ac[0] if ac[0] > 0 else 1.0
    lags = np.arange(len(ac), dtype=np.float64)
    lags[0] = 1.0
    prior = np.exp(-0.5 * (np.log2(lags / (FPS * 60 / PRIOR_BPM)) / PRIOR_OCTAVES) ** 2)
    tps = np.maximum(ac, 0.0) * prior
    best = lo + int(np.argmax(tps[lo:hi]))

    def refine(k: int) -> float:
        if 1 <= k < len(ac) - 1:
            a, b, c = ac[k - 1], ac[k], ac[k + 1]
            den = a - 2 * b + c
            if den < 0:
                return k + 0.5 * (a - c) / den
        return float(k)

    # duple / triple: is a shorter period (the same beats twice or three times as fast) at
    # least nearly as well supported by the envelope's own self-similarity?
    period = refine(best)
    for div in (2, 3):
        k = round(period / div)
        if k >= lo:
            j = k - 1 + int(np.argmax(ac[k - 1 : k + 2]))
            if ac[j] * prior[j] > 0.9 * ac[best] * prior[best]:
                return refine(j)
    return period


def track(env: np.ndarray, period: float, tightness: float = TIGHTNESS) -> np.ndarray:
    """Ellis's dynamic-programming beat tracker: beat frame indices."""
    n = len(env)
    if n == 0 or period <= 1:
        return np.zeros(0, np.int64)
    sigma = max(1.0, period / 32)  # smooth the envelope a little, as Ellis does
    r = int(3 * sigma)
    g = np.exp(-0.5 * (np.arange(-r, r + 1) / sigma) ** 2)
    local = np.convolve(env, g / g.sum(), mode="same")
    d_min = max(1, math.ceil(period / 2))
    d_max = max(d_min + 1, round(2 * period))
    dists = np.arange(d_min, d_max + 1)
    cost = -tightness * np.log(dists / period) ** 2
    score = local.astype(np.float64).copy()
    back = np.full(n, -1, np.int64)
    for t0 in range(d_min, n, d_min):
        t = np.arange(t0, min(n, t0 + d_min))
        cand = t[:, None] - dists[None, :]
        ok = cand >= 0
        vals = np.where(ok, score[np.maximum(cand, 0)] + cost[None, :], -np.inf)
        k = np.argmax(vals, axis=1)
        best = vals[np.arange(len(t)), k]
        take = best > 0
        score[t[take]] = local[t[take]] + best[take]
        back[t[take]] = cand[np.arange(len(t)), k][take]
    # the last beat: the last local maximum of the score that is reasonably strong
    peaks = np.flatnonzero((score[1:-1] > score[:-2]) & (score[1:-1] >= score[2:])) + 1
    if not len(peaks):
        return np.zeros(0, np.int64)
    strong = peaks[score[peaks] > 0.5 * np.median(score[peaks])]
    last = int(strong[-1] if len(strong) else peaks[-1])
    beats = [last]
    while back[last] >= 0:
        last = int(back[last])
        beats.append(last)
    out = np.array(beats[::-1], np.int64)
    # drop weak beats at the edges (silence before the music starts or after it ends)
    strength = local[out]
    floor = 0.1 * float(np.median(strength)) if len(out) else 0.0
    keep = np.flatnonzero(strength > floor)
    if len(keep):
        out = out[keep[0] : keep[-1] + 1]
    return out


def analyse(samples: np.ndarray, rate: int) -> Beats:
    """Tempo and beats of ``samples`` (n or n×channels) at ``rate`` Hz."""
    mono = _mono_12k(samples, rate)
    env = onset_envelope(mono)
    analysed = round(len(mono) * 1000 / RATE)
    if len(env) < FPS * 2 or not env.any():
        return Beats(0.0, (), analysed)
    period = tempo_period(env)
    frames = track(env, period)
    times = frames / FPS + LEAD_S
    beats_ms = tuple(round(t * 1000) for t in times if t >= 0)
    if len(beats_ms) >= 2:
        bpm = 60_000.0 / float(np.median(np.diff(beats_ms)))
    else:
        bpm = 60.0 * FPS / period
    return Beats(bpm, beats_ms, analysed)


def decode_mono(path: Path, max_seconds: float = MAX_SECONDS) -> np.ndarray:
    """The first ``max_seconds`` of a file's first audio stream, mono float32 at 12 kHz."""
    import av

    limit = int(max_seconds * RATE)
    chunks: list[np.ndarray] = []
    got = 0
    with av.open(str(path)) as container:
        if not container.streams.audio:
            return np.zeros(0, np.float32)
        stream = container.streams.audio[0]
        resampler = av.AudioResampler(format="flt", layout="mono", rate=RATE)
        for packet in container.demux(stream):
            for frame in packet.decode():
                for out in resampler.resample(frame):
                    a = out.to_ndarray().reshape(-1)
                    chunks.append(a)
                    got += len(a)
            if got >= limit:
                break
    if not chunks:
        return np.zeros(0, np.float32)
    return np.concatenate(chunks)[:limit].astype(np.float32)


def analyse_file(path: Path, max_seconds: float = MAX_SECONDS) -> Beats:
    """Beats of an audio (or video) file; raises ``av.FFmpegError``/``OSError`` on bad files."""
    return analyse(decode_mono(path, max_seconds), RATE)
