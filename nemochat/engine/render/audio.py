"""The soundtrack: background music (loop/trim, volume, fades, ducking) mixed with clip audio.

Everything is float32 stereo at 48 kHz. Ducking is a gain envelope at 100 Hz control rate:
the music drops about 10 dB while a clip with its own sound plays, with a ~150 ms attack
(started that much early, so speech is never masked) and a ~500 ms release.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

import numpy as np

from .errors import label
from .plan import Plan
from .sources import AUDIO_RATE, decode_audio

DUCK_DB = -10.0
ATTACK_MS = 150
RELEASE_MS = 500
EDGE_MS = 15  # de-click ramp on every clip edge


def _ms(n_ms: float) -> int:
    return round(n_ms * AUDIO_RATE / 1000)


def _ramp(buf: np.ndarray, fade_in: int, fade_out: int) -> None:
    n = len(buf)
    fi, fo = min(fade_in, n), min(fade_out, n)
    if fi > 0:
        buf[:fi] *= np.linspace(0, 1, fi, dtype=np.float32)[:, None]
    if fo > 0:
        buf[n - fo :] *= np.linspace(1, 0, fo, dtype=np.float32)[:, None]


def duck_envelope(active: np.ndarray, block: int) -> np.ndarray:
    """Per-sample gain from a per-block "clip audio is playing" mask (attack/release smoothing)."""
    low = 10 ** (DUCK_DB / 20)
    lead = max(1, round(ATTACK_MS / 10))
    target = np.where(active, low, 1.0)
    # start the attack early so the duck is complete when the clip speaks
    early = active.copy()
    for k in range(1, lead + 1):
        early[:-k] |= active[k:]
    target = np.where(early, low, 1.0)
    a_coef = 1 - math.exp(-10 / (ATTACK_MS / 3))
    r_coef = 1 - math.exp(-10 / (RELEASE_MS / 3))
    g = np.empty(len(target), np.float32)
    cur = 1.0
    for k, tg in enumerate(target):
        cur += (tg - cur) * (a_coef if tg < cur else r_coef)
        g[k] = cur
    x = (np.arange(len(g)) + 0.5) * block
    return np.interp(np.arange(len(active) * block), x, g).astype(np.float32)


def build_soundtrack(
    plan: Plan, resolve: Callable[[str], Path], clip_has_audio: Callable[[int], bool]
) -> np.ndarray | None:
    """The final mix for the whole video, or None when the draft has no sound at all."""
    total = _ms(plan.duration_ms)
    mix = np.zeros((total, 2), np.float32)
    busy = np.zeros(total, bool)
    any_sound = False
    for v in plan.visuals:
        if v.kind != "video" or v.mute or v.volume <= 0 or not clip_has_audio(v.index):
            continue
        what = label("clip", v.index, v.name)
        data = decode_audio(resolve(v.src), what, v.trim, v.d)
        if data is None or not len(data):
            continue
        start = _ms(v.st)
        data = data[: max(0, total - start)] * np.float32(v.volume)
        fade_in = _ms(max(v.transition.ms, EDGE_MS))
        _ramp(data, fade_in, _ms(EDGE_MS))
        mix[start : start + len(data)] += data
        busy[start : start + len(data)] = True
        any_sound = True
    music = np.zeros((total, 2), np.float32)
    ducked = np.zeros(total, bool)
    for a in plan.audio:
        start = _ms(a.st)
        if start >= total:
            continue
        seg_len = min(_ms(a.d) if a.d > 0 else total - start, total - start)
        what = label("music", a.index, a.name)
        data = decode_audio(resolve(a.src), what, a.trim, None if a.loop else a.d)
        if data is None or not len(data):
            continue
        if len(data) < seg_len and a.loop:
            _ramp(data, _ms(EDGE_MS), _ms(EDGE_MS))  # seamless-ish loop points
            reps = -(-seg_len // len(data))
            data = np.tile(data, (reps, 1))
        data = data[:seg_len] * np.float32(a.volume)
        _ramp(data, _ms(max(a.fade_in, EDGE_MS)), _ms(max(a.fade_out, EDGE_MS)))
        music[start : start + len(data)] += data
        if a.duck:
            ducked[start : start + len(data)] = True
        any_sound = True
    if not any_sound:
        return None
    if busy.any() and ducked.any():
        block = AUDIO_RATE // 100
        n_blocks = -(-total // block)
        padded = np.zeros(n_blocks * block, bool)
        padded[:total] = busy
        active = padded.reshape(n_blocks, block).any(axis=1)
        env = duck_envelope(active, block)[:total]
        music[ducked] *= env[ducked, None]
    mix += music
    np.clip(mix, -1.0, 1.0, out=mix)
    return mix
