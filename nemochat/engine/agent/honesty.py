"""Honesty checks: does the draft really satisfy what an op asked for?

``respond`` applies the planned ops one at a time; an op that left the draft unchanged is
reported as "already so" only when :func:`satisfied` says the draft already has what it asks
for — otherwise it is named as not done, with the reason.
"""

from __future__ import annotations

from typing import Any

from nemochat.engine.agent import ops as O
from nemochat.engine.draft_model import Timeline


def _close(a: object, b: object, tol: float = 0.01) -> bool:
    try:
        return abs(float(a) - float(b)) <= tol  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


def text_shown(op: O.AddText, tl: Timeline) -> bool:
    """Whether the draft already shows this text: the same words in the same role, from the
    same start (when one is asked) and in the same place (when one is asked). Adding it
    again would stack a copy under it ("add the title 'Hello'" twice), so it is already so."""
    words = op.text.strip()
    return bool(words) and any(
        t.text == words
        and t.role == (op.role or "title")
        and (op.st_ms is None or abs(t.start_ms - int(op.st_ms)) <= 50)
        and (op.d_ms is None or abs(t.ms - int(op.d_ms)) <= 50)
        and (op.position is None or t.position == op.position)
        for t in tl.texts
    )


def satisfied(op: O.Op, d: dict[str, Any]) -> bool:
    """True when ``d`` already is what ``op`` asks for."""
    tl = Timeline(d)
    clips, texts, music = tl.clips, tl.texts, tl.music
    n = len(clips)
    targets = list(range(n)) if getattr(op, "clips", None) is None else list(op.clips or [])  # type: ignore[attr-defined]
    if any(not 0 <= i < n for i in targets):
        return False
    if isinstance(op, O.SetFormat):
        return (
            (op.aspect is None or tl.aspect == op.aspect)
            and (op.resolution is None or tl.resolution == op.resolution)
            and (op.fps is None or tl.fps == op.fps)
            and (op.fit is None or tl.fit == op.fit)
        )
    if isinstance(op, O.SetDuration):
        if op.total_ms is not None:
            return abs(tl.duration_ms - int(op.total_ms)) <= 50
        if op.clip_ms is not None:
            return all(abs(clips[i].ms - int(op.clip_ms)) <= 50 for i in targets)
        return False
    if isinstance(op, O.ScaleDuration):
        return _close(op.factor, 1.0)
    if isinstance(op, O.SetPace):
        return tl.pace == op.pace
    if isinstance(op, O.SetMotion):
        return bool(targets) and all(
            (op.motion is None or clips[i].motion == op.motion)
            and (op.focus is None or clips[i].focus == op.focus)
            for i in targets
        )
    if isinstance(op, O.SetTransition):
        joins = [clips[i].transition for i in targets if i >= 1]
        return all(
            (op.type is None or tr.type == op.type) and (op.d_ms is None or tr.ms == op.d_ms)
            for tr in joins
        )
    if isinstance(op, O.EditText):
        if op.target is not None:
            if not 0 <= op.target < len(texts):
                return False
            chosen = [texts[op.target]]
        else:
            chosen = [t for t in texts if op.role is None or t.role == op.role]
        if not chosen:
            return False
        asks = False
        for t in chosen:
            for want, got in (
                (op.text, t.text),
                (op.position, t.position),
                (op.color, t.color),
                (op.style, t.style),
            ):
                if want is not None:
                    asks = True
                    if got != want:
                        return False
            if op.size is not None:
                asks = True
                if not _close(t.size, op.size, 0.002):
                    return False
            if op.size_factor is not None and not _close(op.size_factor, 1.0):
                return False
        return asks or op.st_ms is not None or op.d_ms is not None
    if isinstance(op, O.AddText):
        return text_shown(op, tl)
    if isinstance(op, O.RemoveText):
        if op.target is not None:
            return False
        return not [t for t in texts if op.role is None or t.role == op.role]
    if isinstance(op, O.SetMusic):
        if music is None or music.media_id != op.media:
            return False
        return op.volume is None or _close(music.volume, op.volume)
    if isinstance(op, O.EditMusic):
        if music is None:
            return False
        if op.volume is not None and not _close(music.volume, op.volume):
            return False
        if op.volume_factor is not None and not _close(op.volume_factor, 1.0):
            return False  # "quieter" that changed nothing is not done (already at 0?)
        return (op.fade_in_ms is None or music.fade_in_ms == op.fade_in_ms) and (
            op.fade_out_ms is None or music.fade_out_ms == op.fade_out_ms
        )
    if isinstance(op, O.RemoveMusic):
        return music is None
    if isinstance(op, O.SetVideoFade):
        return (op.fade_in_ms is None or (tl.fade_in_ms or 0) == int(op.fade_in_ms or 0)) and (
            op.fade_out_ms is None or (tl.fade_out_ms or 0) == int(op.fade_out_ms or 0)
        )
    if isinstance(op, O.MoveClip):
        return op.clip == op.to
    if isinstance(op, O.SwapClips):
        return op.a == op.b
    if isinstance(op, O.Create):
        return [c.media_id for c in clips] == list(op.media)
    if isinstance(op, O.SetTitle):
        return tl.title == op.title.strip()
    if isinstance(op, O.SetFit):
        return (
            all((clips[i].fit or tl.fit) == op.fit for i in targets)
            if op.clips is not None
            else tl.fit == op.fit
        )
    if isinstance(op, O.BeatSync):
        every = tl.beat_every
        if not op.on:
            return not every
        return every is not None and (op.every is None or every == op.every)
    # clip sound is "already so" when unchanged; the other ops (remove, add, duplicate,
    # reverse …) always change something when they apply
    return isinstance(op, O.ClipAudio)
