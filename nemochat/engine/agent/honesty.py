"""Honesty checks: does the draft really satisfy what an op asked for?

``respond`` applies the planned ops one at a time; an op that left the draft unchanged is
reported as "already so" only when :func:`satisfied` says the draft already has what it asks
for — otherwise it is named as not done, with the reason.
"""

from __future__ import annotations

from typing import Any

from nemochat.engine import draft as dr
from nemochat.engine.agent import ops as O


def _close(a: object, b: object, tol: float = 0.01) -> bool:
    try:
        return abs(float(a) - float(b)) <= tol  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


def satisfied(op: O.Op, d: dict[str, Any]) -> bool:
    """True when ``d`` already is what ``op`` asks for."""
    m = d.get("m", {})
    video = dr.segments(d, dr.TT_VIDEO)
    texts = dr.segments(d, dr.TT_TEXT)
    music = dr.segments(d, dr.TT_AUDIO)
    n = len(video)
    targets = list(range(n)) if getattr(op, "clips", None) is None else list(op.clips or [])  # type: ignore[attr-defined]
    if any(not 0 <= i < n for i in targets):
        return False
    if isinstance(op, O.SetFormat):
        return all(
            getattr(op, f) is None or m.get(f) == getattr(op, f)
            for f in ("aspect", "resolution", "fps", "fit")
        )
    if isinstance(op, O.SetDuration):
        if op.total_ms is not None:
            return abs(int(d.get("d", 0)) - int(op.total_ms)) <= 50
        if op.clip_ms is not None:
            return all(abs(int(video[i]["d"]) - int(op.clip_ms)) <= 50 for i in targets)
        return False
    if isinstance(op, O.ScaleDuration):
        return _close(op.factor, 1.0)
    if isinstance(op, O.SetPace):
        return m.get("pace") == op.pace
    if isinstance(op, O.SetMotion):
        return bool(targets) and all(
            (op.motion is None or video[i]["m"].get("motion") == op.motion)
            and (op.focus is None or video[i]["m"].get("focus", "auto") == op.focus)
            for i in targets
        )
    if isinstance(op, O.SetTransition):
        joins = [i for i in targets if i >= 1]
        return all(
            (op.type is None or video[i]["m"]["transition"].get("type") == op.type)
            and (op.d_ms is None or video[i]["m"]["transition"].get("d") == op.d_ms)
            for i in joins
        )
    if isinstance(op, O.EditText):
        if op.target is not None:
            if not 0 <= op.target < len(texts):
                return False
            chosen = [texts[op.target]]
        else:
            chosen = [t for t in texts if op.role is None or t["m"].get("role") == op.role]
        if not chosen:
            return False
        asks = False
        for t in chosen:
            tm = t["m"]
            for f in ("text", "position", "color", "style"):
                v = getattr(op, f)
                if v is not None:
                    asks = True
                    if tm.get(f) != v:
                        return False
            if op.size is not None:
                asks = True
                if not _close(tm.get("size"), op.size, 0.002):
                    return False
            if op.size_factor is not None and not _close(op.size_factor, 1.0):
                return False
        return asks or op.st_ms is not None or op.d_ms is not None
    if isinstance(op, O.RemoveText):
        if op.target is not None:
            return False
        return not [t for t in texts if op.role is None or t["m"].get("role") == op.role]
    if isinstance(op, O.SetMusic):
        if not music or music[0]["m"].get("src") != op.media:
            return False
        sm = music[0]["m"]
        return op.volume is None or _close(sm.get("volume"), op.volume)
    if isinstance(op, O.EditMusic):
        if not music:
            return False
        sm = music[0]["m"]
        if op.volume is not None and not _close(sm.get("volume"), op.volume):
            return False
        if op.volume_factor is not None and not _close(op.volume_factor, 1.0):
            return False  # "quieter" that changed nothing is not done (already at 0?)
        return all(
            getattr(op, f) is None or sm.get(k) == getattr(op, f)
            for f, k in (("fade_in_ms", "fade_in"), ("fade_out_ms", "fade_out"))
        )
    if isinstance(op, O.RemoveMusic):
        return not music
    if isinstance(op, O.SetVideoFade):
        return all(
            getattr(op, f) is None or int(m.get(k) or 0) == int(getattr(op, f) or 0)
            for f, k in (("fade_in_ms", "fade_in"), ("fade_out_ms", "fade_out"))
        )
    if isinstance(op, O.MoveClip):
        return op.clip == op.to
    if isinstance(op, O.SwapClips):
        return op.a == op.b
    if isinstance(op, O.Create):
        return [s["m"].get("src") for s in video] == list(op.media)
    if isinstance(op, O.SetTitle):
        return m.get("title") == op.title.strip()
    if isinstance(op, O.SetFit):
        return (
            all(video[i]["m"].get("fit", m.get("fit")) == op.fit for i in targets)
            if op.clips is not None
            else m.get("fit") == op.fit
        )
    if isinstance(op, O.BeatSync):
        sync = m.get("beat_sync")
        if not op.on:
            return not sync
        return isinstance(sync, dict) and (op.every is None or sync.get("every") == op.every)
    # clip sound is "already so" when unchanged; the other ops (remove, add, duplicate,
    # reverse …) always change something when they apply
    return isinstance(op, O.ClipAudio)
