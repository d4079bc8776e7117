"""Cuts on the beat: pure functions on a draft (docs/draft.md), used by the local agent.

The agent's apply step calls them after every edit, so the timeline the user sees (and
``nemochat status``) is exactly what the renderer draws; the renderer knows nothing of beats.

- :func:`video_beats` maps the music's beats (song time, from the media store) to video
  time: shifted by the music's ``trim``, repeated where the music loops, continued at the
  tempo past the analysed span, and cut at the end of the video.
- :func:`sync` (``m.beat_sync = {"every": k}``) puts every cut on a beat: a cut's time is
  its transition's midpoint (a plain cut is its own midpoint). Each photo lasts ``k``
  beats; a video clip lasts as many whole beats as fit in its current length. The video
  ends on a beat.
- :func:`snap` (music, no ``m.beat_sync``, lengths never set by the user) moves each cut to
  the nearest beat when that changes the photo before it by less than 10 % of its length.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from nemochat.engine import draft as dr

EVERY_CHOICES = (1, 2, 4, 8, 16)  # beats per cut: one beat, half a bar, a bar, two, four
SNAP_FRACTION = 0.10


def music_segment(draft: dict[str, Any] | None) -> dict[str, Any] | None:
    music = dr.segments(draft, dr.TT_AUDIO)
    return music[0] if music and isinstance(music[0], dict) else None


def video_beats(
    draft: dict[str, Any],
    song_beats: Sequence[int],
    bpm: float,
    song_ms: int | None,
    until_ms: int | None = None,
) -> list[int]:
    """The music's beats in video time (ms), up to ``until_ms`` (default: a minute past ``d``)."""
    seg = music_segment(draft)
    if seg is None or not song_beats or bpm <= 0:
        return []
    m = seg.get("m", {})
    trim = int(m.get("trim") or 0)
    start = int(seg.get("st") or 0)
    until = until_ms if until_ms is not None else int(draft.get("d") or 0) + 60_000
    period = 60_000.0 / bpm
    beats = sorted(int(b) for b in song_beats)
    if len(beats) >= 8:
        period = (beats[-1] - beats[-8]) / 7
    span = (song_ms - trim) if song_ms else None
    loops = bool(m.get("loop", True)) and span is not None and span > period
    out: list[int] = []
    offset = 0
    while start + offset <= until:
        local = [b - trim for b in beats if b >= trim and (span is None or b - trim < span)]
        if local:  # continue the grid at the tempo to the end of the song (or of the video)
            t = float(local[-1])
            end = span if loops and span is not None else until - start
            while t + period < end:
                t += period
                local.append(round(t))
        out.extend(start + offset + b for b in local)
        if not loops or span is None:
            break
        offset += span
    return sorted(b for b in set(out) if 0 <= b <= until)


def period_ms(beats: Sequence[int]) -> float:
    if len(beats) < 2:
        return 0.0
    gaps = sorted(b - a for a, b in itertools.pairwise(beats))
    return float(gaps[len(gaps) // 2])


def choose_every(draft: dict[str, Any], period: float) -> int:
    """Beats per photo: the most that fit in the photos' current mean length (at least one),
    so a video cut to the beat is never longer than it was, and cuts land every beat, half
    bar, bar or two bars."""
    video = dr.segments(draft, dr.TT_VIDEO)
    photos = [s["d"] for s in video if s.get("m", {}).get("kind") != "video"] or [
        s["d"] for s in video
    ]
    if not photos or period <= 0:
        return 2
    mean = sum(photos) / len(photos)
    fits = [k for k in EVERY_CHOICES if k * period <= mean * 1.05]
    return fits[-1] if fits else 1


def _nearest(beats: Sequence[int], t: float) -> int:
    """Index of the beat nearest ``t`` (ties go to the later beat)."""
    lo, hi = 0, len(beats)
    while lo < hi:
        mid = (lo + hi) // 2
        if beats[mid] < t:
            lo = mid + 1
        else:
            hi = mid
    if lo > 0 and (lo == len(beats) or t - beats[lo - 1] < beats[lo] - t):
        return lo - 1
    return lo


def sync(draft: dict[str, Any], beats: Sequence[int], every: int) -> bool:
    """Every cut on a beat, photos ``every`` beats long; mutates ``draft``. False if impossible."""
    video = dr.segments(draft, dr.TT_VIDEO)
    period = period_ms(beats)
    if not video or period <= 0 or every < 1:
        return False
    n = len(video)
    counts = []
    for seg in video:  # video clips: whole beats within their current length
        if seg.get("m", {}).get("kind") == "video":
            counts.append(max(1, int(seg["d"] // period)))
        else:
            counts.append(every)
    # the beat index of every cut (1..n-1) and of the end (n)
    j = _nearest(beats, counts[0] * period)
    marks = [j]
    for k in counts[1:]:
        j += k
        marks.append(j)
    need = marks[-1] + 1
    grid = list(beats)
    while len(grid) < need:  # past the last beat known: the tempo goes on
        grid.append(round(grid[-1] + period))
    cuts = [grid[i] for i in marks]  # cuts[i-1] is the cut into segment i; cuts[-1] the end
    trans = []
    for i, seg in enumerate(video):
        tr = seg["m"].get("transition") or {"type": "cut", "d": 0}
        d = 0 if i == 0 or tr.get("type", "cut") == "cut" else int(tr.get("d") or 0)
        if i > 0:  # a transition fits inside both neighbours' beats
            room = min(counts[i - 1], counts[i]) * period / 2
            d = min(d, int(room) // 2 * 2, (cuts[i - 1] - (cuts[i - 2] if i > 1 else 0)) // 2 * 2)
        seg["m"]["transition"] = {"type": tr.get("type", "cut"), "d": max(0, d)}
        trans.append(max(0, d))
    starts = [0] + [cuts[i - 1] - trans[i] // 2 for i in range(1, n)]
    for i, seg in enumerate(video):
        end = (starts[i + 1] + trans[i + 1]) if i + 1 < n else cuts[-1]
        seg["d"] = max(dr.MIN_SEGMENT_MS, end - starts[i])
    dr.relayout(draft)
    return True


def cut_times(draft: dict[str, Any]) -> list[int]:
    """Where each cut is seen: the midpoint of each transition (video time, ms)."""
    video = dr.segments(draft, dr.TT_VIDEO)
    return [int(s["st"]) + int(s["m"].get("transition", {}).get("d", 0)) // 2 for s in video[1:]]


def snap(draft: dict[str, Any], beats: Sequence[int], fraction: float = SNAP_FRACTION) -> int:
    """Move cuts to the nearest beat when that changes the photo before by < ``fraction``
    of its length; mutates ``draft``, returns how many cuts moved."""
    video = dr.segments(draft, dr.TT_VIDEO)
    if len(video) < 2 or not beats:
        return 0
    moved = 0
    for i in range(1, len(video)):
        dr.relayout(draft)
        cut = cut_times(draft)[i - 1]
        beat = beats[_nearest(beats, cut)]
        shift = beat - cut
        before = video[i - 1]
        if shift and abs(shift) < fraction * before["d"]:
            before["d"] += shift
            moved += 1
    dr.relayout(draft)
    return moved
