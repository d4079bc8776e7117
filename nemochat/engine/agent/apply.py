"""The one place where edit operations change a draft.

``apply(draft, ops, media)`` is pure: it never mutates its input and always returns a draft
that passes :func:`nemochat.engine.draft.validate`. An op that cannot be carried out (a clip
number that does not exist, no clips to add text to) is skipped and reported in ``results``.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import replace
from functools import singledispatch
from typing import Any, TypeGuard, TypeVar

from nemochat.engine import draft as dr
from nemochat.engine.agent import beat
from nemochat.engine.agent import ops as O
from nemochat.engine.agent.honesty import text_shown
from nemochat.engine.agent.model import MediaInfo
from nemochat.engine.agent.reasons import OpFailed, failed
from nemochat.engine.draft_model import Clip, Key, Music, Text, Timeline, Transition

PACE_PHOTO_MS = {"calm": 4000, "normal": 3000, "fast": 1500}
PACE_TRANSITION_MS = {"calm": 1000, "normal": 500, "fast": 250}
TITLE_MS = 3000
DEFAULT_TITLE = "My video"
Media = dict[str, MediaInfo]
Result = dict[str, Any]
T = TypeVar("T")


def apply(
    draft: dict | None,
    ops: Sequence[O.Op],
    media: Sequence[MediaInfo],
    results: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Apply ``ops`` in order to a copy of ``draft`` (None = nothing yet) and return it.

    ``results``, when given, receives one result dict per op (for ``tool_result`` events).
    """
    by_id = {m.id: m for m in media}
    out = dr.copy_draft(draft) if isinstance(draft, dict) else None
    if out is not None and dr.validate(out):
        out = _repair(out)
    for op in ops:
        if out is None:
            out = _fresh(media)
        snapshot = dr.copy_draft(out)
        tl = Timeline(out)
        before, pinned = tl.duration_ms, tl.pinned_ms
        texts_before = [t.text for t in tl.texts]
        try:
            res = apply_op(op, tl, by_id)
        except OpFailed as exc:
            out, res = snapshot, exc.result()
        except (ValueError, IndexError, KeyError, TypeError) as exc:  # defensive: never crash
            out, res = snapshot, failed("other", error=str(exc))
        tl = Timeline(out).relayout()
        if tl.duration_ms > dr.MAX_VIDEO_MS:  # past the limit: this edit is not made, and said so
            out, res = snapshot, failed("too_long", min=dr.MAX_VIDEO_MS // 60_000)
            tl = Timeline(out)
        res.setdefault("ok", True)
        if res["ok"]:
            _keep_pinned(tl, op, res, before, pinned, by_id)
            if isinstance(op, O.EditText):
                res["old"] = texts_before
        res["duration_ms"] = tl.duration_ms
        res["clips"] = len(tl.clips)
        if results is not None:
            results.append(res)
    if out is None:
        out = _fresh(media)
    dr.relayout(out)
    beat.after_edits(out, ops, by_id)  # cuts stay on the beat (agent/beat.py)
    return out


PIN = Key.PINNED  # m key: the total length the user asked for (kept when one clip changes)
_LOCAL = (O.SetDuration, O.ScaleDuration)  # ops that change some clips' length only


def _keep_pinned(
    tl: Timeline, op: O.Op, res: Result, before: int, pinned: int | None, by_id: Media
) -> None:
    """A total length the user asked for stays when one clip changes (the others absorb
    it); an edit that must change the length records the old length for the reply."""
    if isinstance(op, O.SetDuration) and op.total_ms is not None:
        tl.pinned_ms = tl.duration_ms
        return
    if isinstance(op, O.Reset | O.Create):
        tl.pinned_ms = None
        return
    if tl.duration_ms == before:
        return
    if (
        pinned is not None
        and isinstance(op, _LOCAL)
        and op.clips is not None
        and _absorb(tl, pinned, set(op.clips), by_id)
    ):
        res["kept_ms"] = pinned
        return
    res["length_was"] = before
    if pinned is not None:
        res["pinned_was"] = pinned
        tl.pinned_ms = None


def _absorb(tl: Timeline, total: int, fixed: set[int], by_id: Media) -> bool:
    """Scale the photos outside ``fixed`` so the video is ``total`` ms again."""
    others = [c for i, c in enumerate(tl.clips) if i not in fixed and not c.is_video]
    if not others:
        return False
    for _ in range(6):
        tl.relayout()
        diff = total - tl.duration_ms
        if diff == 0:
            return True
        current = sum(c.ms for c in others)
        if current + diff < 500 * len(others):
            return False
        scale = (current + diff) / current
        for c in others:
            _set_len(c, c.ms * scale, by_id)
        tl.relayout()
        rest = total - tl.duration_ms
        if rest and others[-1].ms + rest >= dr.MIN_SEGMENT_MS:
            others[-1].ms += rest
            tl.relayout()
    return tl.duration_ms == total


def _fresh(media: Sequence[MediaInfo]) -> dict[str, Any]:
    """A new empty draft whose shape follows the majority of the photos."""
    counts = {"16:9": 0, "9:16": 0, "1:1": 0}
    for m in media:
        if m.kind in ("image", "video") and m.width and m.height:
            ratio = m.width / m.height
            key = "16:9" if ratio > 1.15 else "9:16" if ratio < 0.87 else "1:1"
            counts[key] += 1
    aspect = max(counts, key=lambda k: (counts[k], k == "16:9"))
    if not any(counts.values()):
        aspect = dr.DEFAULT_ASPECT
    return dr.new_draft(aspect=aspect)


def _repair(d: dict[str, Any]) -> dict[str, Any]:
    """Bring a draft that fails validation back into shape (keeps clips and settings we know)."""
    m: dict[str, Any] = d["m"] if isinstance(d.get("m"), dict) else {}
    aspect = str(m["aspect"]) if m.get("aspect") in dr.ASPECTS else dr.DEFAULT_ASPECT
    res = str(m["resolution"]) if m.get("resolution") in dr.RESOLUTIONS else "1080p"
    fps = int(m["fps"]) if m.get("fps") in dr.FPS_VALUES else dr.DEFAULT_FPS
    fit = str(m["fit"]) if m.get("fit") in dr.FITS else dr.DEFAULT_FIT
    title = str(m["title"]) if isinstance(m.get("title"), str) else "My video"
    fresh = dr.new_draft(aspect=aspect, resolution=res, fps=fps, fit=fit, title=title)
    for key in ("fade_in", "fade_out"):
        if dr._is_int(m.get(key)) and m[key] >= 0:
            fresh["m"][key] = m[key]  # relayout below clamps it to the repaired length
    for tt in (dr.TT_VIDEO, dr.TT_AUDIO, dr.TT_TEXT):
        good = []
        for seg in dr.segments(d, tt):
            if not isinstance(seg, dict) or not isinstance(seg.get("m"), dict):
                continue
            seg = {"st": 0, "d": seg.get("d"), "m": seg["m"]}
            if not dr._is_int(seg["d"]) or seg["d"] <= 0:
                seg["d"] = dr.DEFAULT_PHOTO_MS
            probe = dr.new_draft()
            dr.track(probe, tt)["sg"].append(seg)  # type: ignore[index]
            if tt == dr.TT_VIDEO:
                dr.relayout(probe)
            else:
                probe["d"] = seg["st"] + seg["d"]
            if not dr.validate(probe):
                good.append(seg)
        dr.track(fresh, tt)["sg"].extend(good)  # type: ignore[index]
    return dr.relayout(fresh)


def _one_of(value: object, allowed: Sequence[T]) -> TypeGuard[T]:
    """``value`` is one of the draft's vocabulary ``allowed`` (None never is)."""
    return value is not None and value in allowed


def _targets(n: int, clips: list[int] | None) -> list[int]:
    if clips is None:
        return list(range(n))
    bad = [c for c in clips if not 0 <= c < n]
    if bad:
        raise OpFailed("no_such_clip", k=bad[0] + 1, n=n)
    return list(clips)


def _clip_for(m: MediaInfo, ms: int | None) -> Clip:
    if m.kind == "video":
        length = m.duration_ms or 5000
        d = min(length, ms or dr.DEFAULT_VIDEO_MAX_MS)
        return Clip.create(m.id, kind="video", name=m.name, ms=d, motion="static")
    return Clip.create(m.id, kind="image", name=m.name, ms=ms or dr.DEFAULT_PHOTO_MS)


def _max_len(clip: Clip, by_id: Media) -> int | None:
    """A video clip cannot be longer than what is left of its source after the trim."""
    if not clip.is_video:
        return None
    info = by_id.get(clip.media_id)
    if info is None or not info.duration_ms:
        return None
    return max(dr.MIN_SEGMENT_MS, info.duration_ms - clip.trim_ms)


def _set_len(clip: Clip, ms: float, by_id: Media) -> None:
    length = max(dr.MIN_SEGMENT_MS, round(ms))
    cap = _max_len(clip, by_id)
    clip.ms = min(length, cap) if cap else length


def _transitions(clips: list[Clip]) -> list[Transition]:
    return [c.transition for c in clips]


def _reassign(clips: list[Clip], trans: list[Transition]) -> None:
    """Transitions belong to positions: after a reorder each position keeps its own."""
    for clip, tr in zip(clips, trans, strict=False):
        clip.transition = tr


def fit_total(tl: Timeline, total: int, by_id: Media) -> None:
    """Spread ``total`` ms over the clips: photos scale together (keeping their relative
    lengths), video clips keep theirs unless that leaves too little, then everything scales."""
    clips = tl.clips
    if not clips:
        return
    for _ in range(6):
        tl.relayout()
        overlap = sum(c.transition.ms for c in clips)
        photos = [c for c in clips if not c.is_video]
        fixed = sum(c.ms for c in clips if c.is_video)
        want = total + overlap
        if photos and (want - fixed) / len(photos) >= 500:
            scale = (want - fixed) / (sum(c.ms for c in photos) or 1)
            for c in photos:
                _set_len(c, c.ms * scale, by_id)
        else:
            current = sum(c.ms for c in clips) or 1
            for c in clips:
                _set_len(c, c.ms * want / current, by_id)
        tl.relayout()
        diff = total - tl.duration_ms
        if diff == 0:
            return
        last = clips[-1]
        new = last.ms + diff
        cap = _max_len(last, by_id)
        if new >= dr.MIN_SEGMENT_MS and (cap is None or new <= cap):
            last.ms = new
            tl.relayout()
            if tl.duration_ms == total:
                return


@singledispatch
def apply_op(op: O.Op, tl: Timeline, by_id: Media) -> Result:
    """Apply one op to the draft behind ``tl`` in place and return its result; each op type
    registers its own implementation below. Raise :class:`OpFailed` when it cannot."""
    raise OpFailed("unknown_op", op=op.name)


@apply_op.register
def _beat_sync(op: O.BeatSync, tl: Timeline, by_id: Media) -> Result:
    return beat.apply_op(tl, op, by_id)


@apply_op.register
def _create(op: O.Create, tl: Timeline, by_id: Media) -> Result:
    items = [by_id[x] for x in op.media if x in by_id and by_id[x].kind in ("image", "video")]
    if not items:
        raise OpFailed("no_media")
    before = [copy.deepcopy(c.raw) for c in tl.clips]
    tl.clips = [_clip_for(x, op.photo_ms) for x in items]
    res: Result = {
        "photos": sum(x.kind == "image" for x in items),
        "videos": sum(x.kind == "video" for x in items),
    }
    if before and before != [c.raw for c in tl.clips]:
        res["rebuilt"] = True  # the clips edited before are gone: the reply says so
    return res


@apply_op.register
def _reset(op: O.Reset, tl: Timeline, by_id: Media) -> Result:
    title = tl.title if tl.title is not None else DEFAULT_TITLE
    tl.replace(dr.new_draft(aspect=tl.aspect, resolution=tl.resolution, fps=tl.fps, title=title))
    return {}


@apply_op.register
def _set_format(op: O.SetFormat, tl: Timeline, by_id: Media) -> Result:
    if _one_of(op.aspect, dr.ASPECTS):
        tl.aspect = op.aspect  # the frame size follows
    if _one_of(op.resolution, dr.RESOLUTIONS):
        tl.resolution = op.resolution
    if _one_of(op.fps, dr.FPS_VALUES):
        tl.fps = op.fps
    if _one_of(op.fit, dr.FITS):
        tl.fit = op.fit
        for c in tl.clips:
            c.fit = None
    return {
        "aspect": tl.aspect,
        "resolution": tl.resolution,
        "fps": tl.fps,
        "width": tl.width,
        "height": tl.height,
    }


@apply_op.register
def _set_title(op: O.SetTitle, tl: Timeline, by_id: Media) -> Result:
    if op.title.strip():
        tl.title = op.title.strip()[:120]
    return {"title": tl.title}


@apply_op.register
def _set_duration(op: O.SetDuration, tl: Timeline, by_id: Media) -> Result:
    clips = tl.clips
    if op.total_ms is not None:
        if not clips:
            raise OpFailed("no_clips")
        fit_total(tl, max(dr.MIN_SEGMENT_MS, int(op.total_ms)), by_id)
    if op.clip_ms is not None:
        for i in _targets(len(clips), op.clips):
            _set_len(clips[i], op.clip_ms, by_id)
    return {}


@apply_op.register
def _scale_duration(op: O.ScaleDuration, tl: Timeline, by_id: Media) -> Result:
    clips = tl.clips
    factor = min(10.0, max(0.1, float(op.factor)))
    for i in _targets(len(clips), op.clips):
        _set_len(clips[i], clips[i].ms * factor, by_id)
    if op.clips is None:
        for c in clips:
            c.transition = replace(c.transition, ms=int(c.transition.ms * factor))
    return {"factor": factor}


@apply_op.register
def _set_pace(op: O.SetPace, tl: Timeline, by_id: Media) -> Result:
    pace = op.pace if op.pace in dr.PACES else "normal"
    tl.pace = pace
    for c in tl.clips:
        if not c.is_video:
            _set_len(c, PACE_PHOTO_MS[pace], by_id)
        if not c.transition.is_cut:
            c.transition = replace(c.transition, ms=PACE_TRANSITION_MS[pace])
    return {"pace": pace}


@apply_op.register
def _set_motion(op: O.SetMotion, tl: Timeline, by_id: Media) -> Result:
    clips = tl.clips
    idx = _targets(len(clips), op.clips)
    for i in idx:
        if _one_of(op.motion, dr.MOTIONS):
            clips[i].motion = op.motion
        if _one_of(op.focus, dr.FOCUSES):
            clips[i].focus = op.focus
    return {"changed": len(idx)}


@apply_op.register
def _set_fit(op: O.SetFit, tl: Timeline, by_id: Media) -> Result:
    clips = tl.clips
    if op.fit not in dr.FITS:
        raise OpFailed("unknown_fit", fit=op.fit)
    if op.clips is None:
        tl.fit = op.fit
        for c in clips:
            c.fit = None
    else:
        for i in _targets(len(clips), op.clips):
            clips[i].fit = op.fit
    return {"fit": op.fit}


@apply_op.register
def _set_transition(op: O.SetTransition, tl: Timeline, by_id: Media) -> Result:
    clips = tl.clips
    keep = tl.relayout().duration_ms  # transitions never change the length: photos absorb it
    idx = [i for i in _targets(len(clips), op.clips) if i >= 1]
    first = clips[idx[0]].transition if idx else None
    for i in idx:
        kind, ms = clips[i].transition.type, clips[i].transition.ms
        if _one_of(op.type, dr.TRANSITIONS):
            kind = op.type
            if kind != "cut" and not ms:
                ms = dr.DEFAULT_TRANSITION_MS
        elif op.d_ms and kind == "cut":
            kind = dr.DEFAULT_TRANSITION
        if op.d_ms is not None:
            ms = max(0, int(op.d_ms))
        clips[i].transition = Transition(kind, 0 if kind == "cut" else ms)
    if idx and keep > 0:
        fit_total(tl, keep, by_id)
    return {
        "changed": len(idx),
        "was_type": first.type if first else None,
        "was_d": first.ms if first else None,
    }


def _anchor(text: Text, total: int) -> None:
    """A text placed to span the video, or to end with it ("at the end", "for the last 3
    seconds"), keeps that place when the video's length changes (``m.anchor``: "whole" /
    "end"; :func:`nemochat.engine.draft.relayout` keeps it); any other time is its own."""
    if total <= 0:
        return
    if text.start_ms <= 0 and text.end_ms >= total:
        text.anchor = "whole"
    elif text.start_ms > 0 and text.end_ms >= total - 50:  # past the end: kept to it
        text.anchor = "end"
    else:
        text.anchor = None


def _color(color: str | None) -> str:
    return color if dr.is_hex_color(color) else "#FFFFFF"


@apply_op.register
def _add_text(op: O.AddText, tl: Timeline, by_id: Media) -> Result:
    if not tl.clips:
        raise OpFailed("no_clips_text")
    role = op.role if op.role in dr.ROLES else "title"
    if text_shown(op, tl):  # the same text is already there: no copy stacked under it
        return {"text": op.text.strip(), "role": role}
    total = tl.relayout().duration_ms
    st = max(0, int(op.st_ms or 0))
    if op.d_ms is not None:
        length = int(op.d_ms)
    elif role == "title":
        length = min(TITLE_MS, total)
    else:
        length = total - st
    words = op.text.strip() or ("Title" if role == "title" else "Caption")
    text = Text.create(
        words[:500],
        role=role,
        start_ms=min(st, max(0, total - dr.MIN_SEGMENT_MS)),
        ms=max(dr.MIN_SEGMENT_MS, length),
        position=op.position if op.position in dr.POSITIONS else None,
        size=_size(op.size),
        color=_color(op.color),
        style=op.style if op.style in dr.STYLES else None,
        entrance=op.entrance if _one_of(op.entrance, dr.ENTRANCES) else "fade",
    )
    placed = tl.add_text(text, replace=bool(op.replace))
    if op.d_ms is None and role != "title":  # a caption to the end, however long it gets
        text.anchor = "whole" if text.start_ms <= 0 else "to_end"
    elif op.st_ms is not None:
        _anchor(text, total)  # "at the end", "for the last 3 seconds": ends with the video
    if role == "title" and tl.title in (None, "", DEFAULT_TITLE):
        tl.title = text.text.replace("\n", " ")[:120]  # names the exported file
    return {"text": text.text, "role": role, **placed}


@apply_op.register
def _caption_clips(op: O.CaptionClips, tl: Timeline, by_id: Media) -> Result:
    clips = tl.relayout().clips
    n = len(clips)
    idx = _targets(n, op.clips)
    texts = op.texts if op.texts is not None else [_stem(clips[i].name) for i in idx]
    kept = tl.texts  # captioning a clip again replaces what was there
    new: list[Text] = []
    for i, words in zip(idx, texts, strict=False):
        words = str(words).strip()[:500]
        if not words:
            continue
        clip = clips[i]
        # each caption crossfades with its photo: its fades are the transitions around it
        t_out = clips[i + 1].transition.ms if i + 1 < n else 0
        cap = Text.create(
            words,
            role="caption",
            start_ms=clip.start_ms,
            ms=clip.ms,
            position=op.position if op.position in dr.POSITIONS else None,
            color=_color(op.color),
            fade_in_ms=max(300, clip.transition.ms),
            fade_out_ms=max(300, t_out),
        )
        tl.make_room(kept, cap, replace=True)
        new.append(cap)
    tl.texts = kept + new
    return {"added": len(new)}


@apply_op.register
def _edit_text(op: O.EditText, tl: Timeline, by_id: Media) -> Result:
    texts = tl.texts
    idx = _text_targets(texts, op.target, op.role)
    if not idx:
        raise OpFailed("no_text")
    first = texts[idx[0]]
    was = {  # how the first text was, for "colour white → red"
        "position": first.position,
        "size": first.size,
        "color": first.color,
        "st": first.start_ms,
        "end": first.end_ms,
    }
    for t in (texts[i] for i in idx):
        if op.text is not None and op.text.strip():
            if t.role == "title" and tl.title == t.text.replace("\n", " ")[:120]:
                tl.title = op.text.strip().replace("\n", " ")[:120]  # the file follows its title
            t.text = op.text.strip()[:500]
        if _one_of(op.position, dr.POSITIONS):
            t.position = op.position
        if op.size is not None:
            t.size = _size(op.size)
        if op.size_factor is not None:
            t.size = _size((t.size or 0.06) * op.size_factor)
        if dr.is_hex_color(op.color):
            t.color = op.color
        if _one_of(op.style, dr.STYLES):
            t.style = op.style
        if _one_of(op.entrance, dr.ENTRANCES):
            t.entrance = op.entrance
        if op.st_ms is not None:
            t.start_ms = max(0, int(op.st_ms))
        if op.d_ms is not None:
            t.ms = max(dr.MIN_SEGMENT_MS, int(op.d_ms))
    total = tl.relayout().duration_ms
    for t in (texts[i] for i in idx):
        if op.st_ms is not None or op.d_ms is not None:
            _anchor(t, total)
    return {"changed": len(idx), "was": was}


@apply_op.register
def _remove_text(op: O.RemoveText, tl: Timeline, by_id: Media) -> Result:
    texts = tl.texts
    gone = set(_text_targets(texts, op.target, op.role))
    said = [[texts[i].role, texts[i].text] for i in sorted(gone)]
    tl.texts = [t for i, t in enumerate(texts) if i not in gone]
    return {"removed": len(gone), "texts": said}


@apply_op.register
def _set_music(op: O.SetMusic, tl: Timeline, by_id: Media) -> Result:
    info = by_id.get(op.media)
    if info is None or info.kind != "audio":
        raise OpFailed("not_audio")
    music = Music.create(info.id, name=info.name)
    if op.volume is not None:
        music.volume = min(1.0, max(0.0, float(op.volume)))
    if op.fade_in_ms is not None:
        music.fade_in_ms = max(0, int(op.fade_in_ms))
    if op.fade_out_ms is not None:
        music.fade_out_ms = max(0, int(op.fade_out_ms))
    elif tl.fade_out_ms:
        # the picture already fades out: the song goes with it (as _set_video_fade does)
        music.fade_out_ms = max(music.fade_out_ms, int(tl.fade_out_ms))
    if op.start_ms is not None:
        music.trim_ms = _music_start(op.start_ms, info)
    tl.music = music
    return {"music": info.name, "volume": music.volume}


@apply_op.register
def _edit_music(op: O.EditMusic, tl: Timeline, by_id: Media) -> Result:
    songs = tl.songs
    if not songs:
        raise OpFailed("no_music")
    was = songs[0].volume
    if op.volume is None and op.volume_factor is not None:  # "louder" at 100 %: say why not
        if op.volume_factor > 1 and all(s.volume >= 1.0 for s in songs):
            raise OpFailed("volume_max")
        if op.volume_factor < 1 and all(s.volume <= 0.0 for s in songs):
            raise OpFailed("volume_min")
    for s in songs:
        if op.volume is not None:
            s.volume = round(min(1.0, max(0.0, float(op.volume))), 3)
        if op.volume_factor is not None:
            s.volume = round(min(1.0, max(0.0, float(s.volume) * op.volume_factor)), 3)
        if op.fade_in_ms is not None:
            s.fade_in_ms = max(0, int(op.fade_in_ms))
        if op.fade_out_ms is not None:
            s.fade_out_ms = max(0, int(op.fade_out_ms))
        if op.start_ms is not None:
            s.trim_ms = _music_start(op.start_ms, by_id.get(s.media_id))
    return {"volume": songs[0].volume, "was_volume": was}


@apply_op.register
def _remove_music(op: O.RemoveMusic, tl: Timeline, by_id: Media) -> Result:
    removed = len(tl.songs)
    tl.songs = []
    return {"removed": removed}


@apply_op.register
def _set_video_fade(op: O.SetVideoFade, tl: Timeline, by_id: Media) -> Result:
    if not tl.clips:
        raise OpFailed("no_clips")
    half = tl.duration_ms // 2
    res: Result = {}
    if op.fade_in_ms is not None:
        res["fade_in"] = ms = max(0, min(int(op.fade_in_ms), half))
        tl.fade_in_ms = ms or None  # no fade in: no key
    if op.fade_out_ms is not None:
        res["fade_out"] = ms = max(0, min(int(op.fade_out_ms), half))
        tl.fade_out_ms = ms  # 0 is a hard cut (without the key: the default ending)
    songs = tl.songs
    if op.fade_out_ms and songs:
        # the picture going to black with the song still playing sounds cut off
        for s in songs:
            s.fade_out_ms = max(s.fade_out_ms, res["fade_out"])
        res["music_fade_out"] = songs[0].fade_out_ms
    return res


@apply_op.register
def _clip_audio(op: O.ClipAudio, tl: Timeline, by_id: Media) -> Result:
    clips = tl.clips
    videos = [clips[i] for i in _targets(len(clips), op.clips) if clips[i].is_video]
    for c in videos:
        if op.mute is not None:
            c.muted = bool(op.mute)
        if op.volume is not None:
            c.volume = min(1.0, max(0.0, float(op.volume)))
            c.muted = False
    return {
        "changed": len(videos),
        "names": [c.name for c in videos],
        "volume": videos[0].volume if videos else None,
    }


@apply_op.register
def _trim_clip(op: O.TrimClip, tl: Timeline, by_id: Media) -> Result:
    clips = tl.clips
    _targets(len(clips), [op.clip])
    clip = clips[op.clip]
    if not clip.is_video:
        raise OpFailed("not_video")
    info = by_id.get(clip.media_id)
    start = max(0, int(op.start_ms))
    if info is not None and info.duration_ms:
        start = min(start, max(0, info.duration_ms - dr.MIN_SEGMENT_MS))
    clip.trim_ms = start
    _set_len(clip, clip.ms, by_id)  # never past the end of the source
    return {"trim_ms": start}


@apply_op.register
def _remove_clips(op: O.RemoveClips, tl: Timeline, by_id: Media) -> Result:
    clips = tl.clips
    drop = sorted(set(_targets(len(clips), op.clips)))
    trans = _transitions(clips)
    for i in reversed(drop):
        trans.pop(max(i, 1) if len(trans) > 1 else i)
    kept = [c for i, c in enumerate(clips) if i not in drop]
    tl.clips = kept
    _reassign(kept, trans)
    return {
        "removed": len(drop),
        "names": [clips[i].name for i in drop],
        "kinds": [clips[i].kind for i in drop],
    }


@apply_op.register
def _move_clip(op: O.MoveClip, tl: Timeline, by_id: Media) -> Result:
    clips = tl.clips
    _targets(len(clips), [op.clip])
    to = min(max(0, op.to), len(clips) - 1)
    trans = _transitions(clips)
    clips.insert(to, clips.pop(op.clip))
    _reorder(tl, clips, trans)
    return {"to": to}


def _reorder(tl: Timeline, clips: list[Clip], trans: list[Transition]) -> None:
    """The clips in a new order; each position keeps its transition."""
    tl.clips = clips
    _reassign(clips, trans)


@apply_op.register
def _swap_clips(op: O.SwapClips, tl: Timeline, by_id: Media) -> Result:
    clips = tl.clips
    _targets(len(clips), [op.a, op.b])
    trans = _transitions(clips)
    clips[op.a], clips[op.b] = clips[op.b], clips[op.a]
    _reorder(tl, clips, trans)
    return {}


@apply_op.register
def _reorder_clips(op: O.ReorderClips, tl: Timeline, by_id: Media) -> Result:
    clips = tl.clips
    if sorted(op.order) != list(range(len(clips))):
        raise OpFailed("bad_order")
    _reorder(tl, [clips[i] for i in op.order], _transitions(clips))
    return {}


@apply_op.register
def _duplicate_clip(op: O.DuplicateClip, tl: Timeline, by_id: Media) -> Result:
    clips = tl.clips
    n = len(clips)
    _targets(n, [op.clip])
    copy = clips[op.clip].copy()
    if op.clip + 1 < n:
        copy.transition = clips[op.clip + 1].transition
    elif n > 1:
        copy.transition = clips[-1].transition
    clips.insert(op.clip + 1, copy)
    tl.clips = clips
    return {"clip": op.clip + 1}


@apply_op.register
def _reverse_clips(op: O.ReverseClips, tl: Timeline, by_id: Media) -> Result:
    clips = tl.clips
    _reorder(tl, clips[::-1], _transitions(clips))
    return {}


@apply_op.register
def _add_clips(op: O.AddClips, tl: Timeline, by_id: Media) -> Result:
    clips = tl.clips
    n = len(clips)
    items = [by_id[x] for x in op.media if x in by_id and by_id[x].kind in ("image", "video")]
    if not items:
        raise OpFailed("nothing_to_add")
    photos = [c for c in clips if c.kind == "image"]
    new = [_clip_for(x, photos[-1].ms if photos else None) for x in items]
    if n > 1:  # the new joins look like the last one
        for c in new:
            c.transition = clips[-1].transition
    at = n if op.at is None else min(max(0, op.at), n)
    tl.clips = clips[:at] + new + clips[at:]
    return {"added": len(new), "at": at, "names": [x.name for x in items]}


def _stem(name: str) -> str:
    """A file name as a caption: no extension, separators as spaces."""
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return stem.replace("_", " ").replace("-", " ").strip()


def _music_start(ms: int, info: MediaInfo | None) -> int:
    """Where to begin in the song: never past its end (then from the start)."""
    ms = max(0, int(ms))
    if info is not None and info.duration_ms and ms >= info.duration_ms:
        return 0
    return ms


def _size(size: float | None) -> float | None:
    if size is None:
        return None
    return round(min(0.5, max(0.01, float(size))), 4)


def _text_targets(texts: list[Text], target: int | None, role: str | None) -> list[int]:
    if target is not None:
        return [target] if 0 <= target < len(texts) else []
    return [i for i, t in enumerate(texts) if role is None or t.role == role]
