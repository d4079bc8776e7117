"""The soundtrack: background music (loop/trim, volume, fades, ducking) mixed with clip audio.

Float32 stereo at 48 kHz, produced in chunks as the video is encoded, so memory does not
grow with the video's length: each music file is decoded once (int16, at most as long as its
segment) and looped by index; a clip's sound is decoded when it starts and dropped when it
ends. Ducking is a gain envelope at 100 Hz control rate: the music drops about 10 dB while a
clip with its own sound plays, with a ~150 ms attack (started that much early, so speech is
never masked) and a ~500 ms release.

Loudness: every music file and every clip's sound is measured (ITU-R BS.1770-4, see
``loudness.py``) and normalised to −14 LUFS integrated with a true peak of at most −1 dBTP
before anything else, so 100 % volume means "at the platforms' level" whatever the source
file's own level; ``volume`` then scales from there (0.4 = 40 % of that, about −22 LUFS).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .errors import checkpoint, label
from .loudness import normalise
from .plan import AudioItem, Plan, VisualItem
from .sources import AUDIO_RATE, decode_audio

DUCK_DB = -10.0
ATTACK_MS = 150
RELEASE_MS = 500
EDGE_MS = 15  # de-click ramp on every clip edge
BLOCK = AUDIO_RATE // 100  # envelope control rate: 100 Hz


def _ms(n_ms: float) -> int:
    return round(n_ms * AUDIO_RATE / 1000)


def duck_envelope(active: np.ndarray, block: int) -> np.ndarray:
    """Per-sample gain from a per-block "clip audio is playing" mask (attack/release smoothing)."""
    low = 10 ** (DUCK_DB / 20)
    lead = max(1, round(ATTACK_MS / 10))
    early = active.copy()  # start the attack early so the duck is complete when the clip speaks
    for k in range(1, lead + 1):
        early[:-k] |= active[k:]
    target = np.where(early, low, 1.0)
    a_coef = 1 - math.exp(-10 / (ATTACK_MS / 3))
    r_coef = 1 - math.exp(-10 / (RELEASE_MS / 3))
    g = np.empty(len(target), np.float32)
    cur = 1.0
    for k, tg in enumerate(target):
        if not k & 8191:
            checkpoint()
        cur += (tg - cur) * (a_coef if tg < cur else r_coef)
        g[k] = cur
    if block == 1:
        return g
    x = (np.arange(len(g)) + 0.5) * block
    return np.interp(np.arange(len(active) * block), x, g).astype(np.float32)


def _fade(n0: int, n: int, total: int, fade_in: int, fade_out: int) -> np.ndarray:
    """Gain for samples n0..n0+n of a segment of ``total`` samples with linear fades."""
    idx = np.arange(n0, n0 + n, dtype=np.float32)
    g = np.ones(n, np.float32)
    if fade_in > 0:
        g = np.minimum(g, idx / fade_in)
    if fade_out > 0:
        g = np.minimum(g, (total - idx) / fade_out)
    return np.clip(g, 0.0, 1.0)


@dataclass
class _Music:
    item: AudioItem
    start: int  # output sample where it begins
    length: int  # samples it lasts
    data: np.ndarray | None  # int16 stereo, looped by index


@dataclass
class _ClipSound:
    item: VisualItem
    start: int
    length: int
    data: np.ndarray | None = None


class Soundtrack:
    """The whole video's sound, rendered chunk by chunk (``render(pos, n)``)."""

    def __init__(
        self, plan: Plan, resolve: Callable[[str], Path], clip_has_audio: Callable[[int], bool]
    ) -> None:
        self.total = _ms(plan.duration_ms)
        self.fade_in = _ms(plan.fade_in)  # the whole video's fades apply to the final mix
        self.fade_out = _ms(plan.fade_out)
        self.resolve = resolve
        self.clips = [
            _ClipSound(v, _ms(v.st), min(_ms(v.d), self.total - _ms(v.st)))
            for v in plan.visuals
            if v.kind == "video"
            and not v.mute
            and v.volume > 0
            and clip_has_audio(v.index)
            and _ms(v.st) < self.total
        ]
        self.music: list[_Music] = []
        for a in plan.audio:
            checkpoint()
            start = _ms(a.st)
            if start >= self.total or a.volume <= 0:
                continue
            length = min(_ms(a.d) if a.d > 0 else self.total - start, self.total - start)
            what = label("music", a.index, a.name)
            data = decode_audio(resolve(a.src), what, a.trim, a.d if a.d > 0 else None)
            if data is None or not len(data):
                continue
            if not a.loop:
                length = min(length, len(data))
            data, _ = normalise(data[:length], inplace=True)  # −14 LUFS, ≤ −1 dBTP at 100 %
            data = data[:length]
            pcm = np.empty(data.shape, np.int16)  # converted a piece at a time: a 10-minute
            for s0 in range(0, len(data), AUDIO_RATE * 10):  # song is held once in floats
                part = np.clip(data[s0 : s0 + AUDIO_RATE * 10], -1, 1)
                part *= 32767
                pcm[s0 : s0 + len(part)] = part.astype(np.int16)
            del data, part
            if len(pcm) < length:  # de-click the loop point
                ramp = min(_ms(EDGE_MS), len(pcm) // 4)
                if ramp:
                    r = np.linspace(0, 1, ramp, dtype=np.float32)[:, None]
                    pcm[:ramp] = (pcm[:ramp] * r).astype(np.int16)
                    pcm[-ramp:] = (pcm[-ramp:] * r[::-1]).astype(np.int16)
            self.music.append(_Music(a, start, length, pcm))
        self.envelope: np.ndarray | None = None
        if self.clips and any(m.item.duck for m in self.music):
            n_blocks = -(-self.total // BLOCK)
            active = np.zeros(n_blocks, bool)
            for c in self.clips:
                active[c.start // BLOCK : -(-(c.start + c.length) // BLOCK)] = True
            self.envelope = duck_envelope(active, 1)  # per block; interpolated per chunk

    @property
    def has_sound(self) -> bool:
        return bool(self.clips or self.music)

    def _duck(self, pos: int, n: int) -> np.ndarray:
        assert self.envelope is not None
        x = (np.arange(len(self.envelope)) + 0.5) * BLOCK
        lo = max(0, pos // BLOCK - 2)
        hi = min(len(self.envelope), (pos + n) // BLOCK + 3)
        return np.interp(np.arange(pos, pos + n), x[lo:hi], self.envelope[lo:hi]).astype(np.float32)

    def render(self, pos: int, n: int) -> np.ndarray:
        """Samples pos..pos+n of the final mix (float32, n×2, clipped to ±1)."""
        out = np.zeros((n, 2), np.float32)
        end = pos + n
        for m in self.music:
            a, b = max(pos, m.start), min(end, m.start + m.length)
            if a >= b or m.data is None:
                continue
            local = np.arange(a - m.start, b - m.start)
            chunk = m.data[local % len(m.data)].astype(np.float32) * np.float32(
                m.item.volume / 32767
            )
            gain = _fade(
                a - m.start,
                b - a,
                m.length,
                _ms(max(m.item.fade_in, EDGE_MS)),
                _ms(max(m.item.fade_out, EDGE_MS)),
            )
            if self.envelope is not None and m.item.duck:
                gain *= self._duck(a, b - a)
            out[a - pos : b - pos] += chunk * gain[:, None]
        for c in self.clips:
            a, b = max(pos, c.start), min(end, c.start + c.length)
            if a >= b:
                if c.data is not None and pos >= c.start + c.length:
                    c.data = None  # finished: drop it
                continue
            if c.data is None:
                v = c.item
                what = label("clip", v.index, v.name)
                data = decode_audio(self.resolve(v.src), what, v.trim, v.d)
                if data is None or not len(data):
                    c.data = np.zeros((0, 2), np.float32)
                else:
                    c.data, _ = normalise(data[: c.length], inplace=True)  # as loud as music
            seg = c.data[a - c.start : b - c.start]
            if not len(seg):
                continue
            gain = _fade(
                a - c.start,
                len(seg),
                min(c.length, len(c.data)),
                _ms(max(c.item.transition.ms, EDGE_MS)),
                _ms(EDGE_MS),
            )
            out[a - pos : a - pos + len(seg)] += seg * (gain * np.float32(c.item.volume))[:, None]
        if self.fade_in or self.fade_out:
            out *= _fade(pos, n, self.total, self.fade_in, self.fade_out)[:, None]
        np.clip(out, -1.0, 1.0, out=out)
        return out
