"""The one place where edit operations change a draft.

``apply(draft, ops, media)`` is pure: it never mutates its input and always returns a draft
that passes :func:`nemochat.engine.draft.validate`. An op that cannot be carried out (a clip
number that does not exist, no clips to add text to) is skipped and reported in ``results``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import singledispatch
from typing import Any

from nemochat.engine import draft as dr
from nemochat.engine.agent import beat
from nemochat.engine.agent import ops as O
from nemochat.engine.agent.model import MediaInfo
from nemochat.engine.agent.reasons import OpFailed, failed

PACE_PHOTO_MS = {"calm": 4000, "normal": 3000, "fast": 1500}
PACE_TRANSITION_MS = {"calm": 1000, "normal": 500, "fast": 250}
TITLE_MS = 3000
DEFAULT_TITLE = "My video"


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
        before = int(out.get("d") or 0)
        pinned = out["m"].get(PIN)
        texts_before = [str(s["m"].get("text", "")) for s in dr.segments(out, dr.TT_TEXT)]
        try:
            res = apply_op(op, out, by_id)
        except OpFailed as exc:
            out, res = snapshot, exc.result()
        except (ValueError, IndexError, KeyError, TypeError) as exc:  # defensive: never crash
            out, res = snapshot, failed("other", error=str(exc))
        dr.relayout(out)
        if out["d"] > dr.MAX_VIDEO_MS:  # past the limit: this edit is not made, and said so
            out, res = snapshot, failed("too_long", min=dr.MAX_VIDEO_MS // 60_000)
        res.setdefault("ok", True)
        if res["ok"]:
            _keep_pinned(out, op, res, before, pinned, by_id)
            if isinstance(op, O.EditText):
                res["old"] = texts_before
        res["duration_ms"] = out["d"]
        res["clips"] = len(dr.segments(out, dr.TT_VIDEO))
        if results is not None:
            results.append(res)
    if out is None:
        out = _fresh(media)
    dr.relayout(out)
    beat.after_edits(out, ops, by_id)  # cuts stay on the beat (agent/beat.py)
    return out


PIN = "pinned_ms"  # m key: the total length the user asked for (kept when one clip changes)
_LOCAL = (O.SetDuration, O.ScaleDuration)  # ops that change some clips' length only


def _keep_pinned(
    d: dict[str, Any],
    op: O.Op,
    res: dict[str, Any],
    before: int,
    pinned: object,
    by_id: dict[str, MediaInfo],
) -> None:
    """A total length the user asked for stays when one clip changes (the others absorb
    it); an edit that must change the length records the old length for the reply."""
    m = d["m"]
    if isinstance(op, O.SetDuration) and op.total_ms is not None:
        m[PIN] = int(d["d"])
        return
    if isinstance(op, O.Reset | O.Create):
        m.pop(PIN, None)
        return
    if int(d["d"]) == before:
        return
    if (
        isinstance(pinned, int)
        and isinstance(op, _LOCAL)
        and op.clips is not None
        and _absorb(d, pinned, set(op.clips), by_id)
    ):
        res["kept_ms"] = pinned
        return
    res["length_was"] = before
    if isinstance(pinned, int):
        res["pinned_was"] = pinned
        m.pop(PIN, None)


def _absorb(d: dict[str, Any], total: int, fixed: set[int], by_id: dict[str, MediaInfo]) -> bool:
    """Scale the photos outside ``fixed`` so the video is ``total`` ms again."""
    video = _video(d)
    others = [s for i, s in enumerate(video) if i not in fixed and s["m"].get("kind") != "video"]
    if not others:
        return False
    for _ in range(6):
        dr.relayout(d)
        diff = total - int(d["d"])
        if diff == 0:
            return True
        current = sum(s["d"] for s in others)
        if current + diff < 500 * len(others):
            return False
        scale = (current + diff) / current
        for s in others:
            _set_len(s, s["d"] * scale, by_id)
        dr.relayout(d)
        rest = total - int(d["d"])
        if rest and others[-1]["d"] + rest >= dr.MIN_SEGMENT_MS:
            others[-1]["d"] += rest
            dr.relayout(d)
    return int(d["d"]) == total


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


def _video(d: dict[str, Any]) -> list[dict[str, Any]]:
    return dr.track(d, dr.TT_VIDEO)["sg"]  # type: ignore[index]


def _targets(n: int, clips: list[int] | None) -> list[int]:
    if clips is None:
        return list(range(n))
    bad = [c for c in clips if not 0 <= c < n]
    if bad:
        raise OpFailed("no_such_clip", k=bad[0] + 1, n=n)
    return list(clips)


def _clip_for(m: MediaInfo, ms: int | None) -> dict[str, Any]:
    if m.kind == "video":
        length = m.duration_ms or 5000
        d = min(length, ms or dr.DEFAULT_VIDEO_MAX_MS)
        return dr.video_segment(m.id, kind="video", name=m.name, d=d, motion="static")
    return dr.video_segment(m.id, kind="image", name=m.name, d=ms or dr.DEFAULT_PHOTO_MS)


def _max_len(seg: dict[str, Any], by_id: dict[str, MediaInfo]) -> int | None:
    """A video clip cannot be longer than what is left of its source after the trim."""
    m = seg["m"]
    if m.get("kind") != "video":
        return None
    info = by_id.get(m.get("src", ""))
    if info is None or not info.duration_ms:
        return None
    return max(dr.MIN_SEGMENT_MS, info.duration_ms - int(m.get("trim") or 0))


def _set_len(seg: dict[str, Any], ms: float, by_id: dict[str, MediaInfo]) -> None:
    ms = max(dr.MIN_SEGMENT_MS, round(ms))
    cap = _max_len(seg, by_id)
    seg["d"] = min(ms, cap) if cap else ms


def _transitions(video: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [dict(s["m"].get("transition") or {"type": "cut", "d": 0}) for s in video]


def _reassign(video: list[dict[str, Any]], trans: list[dict[str, Any]]) -> None:
    """Transitions belong to positions: after a reorder each position keeps its own."""
    for seg, tr in zip(video, trans, strict=False):
        seg["m"]["transition"] = tr
    if video and len(trans) > 1 and trans[0].get("d", 0) == 0 and len(video) > 1:
        # a clip moved into position 0 from later keeps nothing; position 0 never has one
        pass


def fit_total(d: dict[str, Any], total: int, by_id: dict[str, MediaInfo]) -> None:
    """Spread ``total`` ms over the clips: photos scale together (keeping their relative
    lengths), video clips keep theirs unless that leaves too little, then everything scales."""
    video = _video(d)
    if not video:
        return
    for _ in range(6):
        dr.relayout(d)
        overlap = sum(s["m"]["transition"]["d"] for s in video)
        photos = [s for s in video if s["m"].get("kind") != "video"]
        clips = [s for s in video if s["m"].get("kind") == "video"]
        fixed = sum(s["d"] for s in clips)
        want = total + overlap
        if photos and (want - fixed) / len(photos) >= 500:
            scale = (want - fixed) / (sum(s["d"] for s in photos) or 1)
            for s in photos:
                _set_len(s, s["d"] * scale, by_id)
        else:
            current = sum(s["d"] for s in video) or 1
            for s in video:
                _set_len(s, s["d"] * want / current, by_id)
        dr.relayout(d)
        diff = total - d["d"]
        if diff == 0:
            return
        last = video[-1]
        new = last["d"] + diff
        cap = _max_len(last, by_id)
        if new >= dr.MIN_SEGMENT_MS and (cap is None or new <= cap):
            last["d"] = new
            dr.relayout(d)
            if d["d"] == total:
                return


@singledispatch
def apply_op(op: O.Op, d: dict[str, Any], by_id: dict[str, MediaInfo]) -> dict[str, Any]:
    """Apply one op to ``d`` in place and return its result; each op type registers its own
    implementation below. Raise :class:`OpFailed` (or return ``fail(...)``) when it cannot."""
    raise OpFailed("unknown_op", op=op.name)


@apply_op.register
def _beat_sync(op: O.BeatSync, d: dict[str, Any], by_id: dict[str, MediaInfo]) -> dict[str, Any]:
    return beat.apply_op(d, op, by_id)


@apply_op.register
def _create(op: O.Create, d: dict[str, Any], by_id: dict[str, MediaInfo]) -> dict[str, Any]:
    video = _video(d)
    items = [by_id[x] for x in op.media if x in by_id and by_id[x].kind in ("image", "video")]
    if not items:
        raise OpFailed("no_media")
    video[:] = [_clip_for(x, op.photo_ms) for x in items]
    return {
        "photos": sum(x.kind == "image" for x in items),
        "videos": sum(x.kind == "video" for x in items),
    }


@apply_op.register
def _reset(op: O.Reset, d: dict[str, Any], by_id: dict[str, MediaInfo]) -> dict[str, Any]:
    m = d["m"]
    fresh = dr.new_draft(
        aspect=m["aspect"],
        resolution=m["resolution"],
        fps=m["fps"],
        title=m.get("title", "My video"),
    )
    d.clear()
    d.update(fresh)
    return {}


@apply_op.register
def _set_format(op: O.SetFormat, d: dict[str, Any], by_id: dict[str, MediaInfo]) -> dict[str, Any]:
    video = _video(d)
    m = d["m"]
    if op.aspect in dr.ASPECTS:
        m["aspect"] = op.aspect
    if op.resolution in dr.RESOLUTIONS:
        m["resolution"] = op.resolution
    if op.fps in dr.FPS_VALUES:
        m["fps"] = op.fps
    if op.fit in dr.FITS:
        m["fit"] = op.fit
        for s in video:
            s["m"].pop("fit", None)
    m["width"], m["height"] = dr.frame_size(m["aspect"], m["resolution"])
    return {
        "aspect": m["aspect"],
        "resolution": m["resolution"],
        "fps": m["fps"],
        "width": m["width"],
        "height": m["height"],
    }


@apply_op.register
def _set_title(op: O.SetTitle, d: dict[str, Any], by_id: dict[str, MediaInfo]) -> dict[str, Any]:
    m = d["m"]
    if op.title.strip():
        m["title"] = op.title.strip()[:120]
    return {"title": m["title"]}


@apply_op.register
def _set_duration(
    op: O.SetDuration, d: dict[str, Any], by_id: dict[str, MediaInfo]
) -> dict[str, Any]:
    video = _video(d)
    n = len(video)
    if op.total_ms is not None:
        if not n:
            raise OpFailed("no_clips")
        fit_total(d, max(dr.MIN_SEGMENT_MS, int(op.total_ms)), by_id)
    if op.clip_ms is not None:
        for i in _targets(n, op.clips):
            _set_len(video[i], op.clip_ms, by_id)
    return {}


@apply_op.register
def _scale_duration(
    op: O.ScaleDuration, d: dict[str, Any], by_id: dict[str, MediaInfo]
) -> dict[str, Any]:
    video = _video(d)
    n = len(video)
    factor = min(10.0, max(0.1, float(op.factor)))
    for i in _targets(n, op.clips):
        _set_len(video[i], video[i]["d"] * factor, by_id)
    if op.clips is None:
        for s in video:
            tr = s["m"]["transition"]
            tr["d"] = int(tr.get("d", 0) * factor)
    return {"factor": factor}


@apply_op.register
def _set_pace(op: O.SetPace, d: dict[str, Any], by_id: dict[str, MediaInfo]) -> dict[str, Any]:
    video = _video(d)
    m = d["m"]
    pace = op.pace if op.pace in dr.PACES else "normal"
    m["pace"] = pace
    for s in video:
        if s["m"].get("kind") != "video":
            _set_len(s, PACE_PHOTO_MS[pace], by_id)
        tr = s["m"]["transition"]
        if tr.get("type", "cut") != "cut":
            tr["d"] = PACE_TRANSITION_MS[pace]
    return {"pace": pace}


@apply_op.register
def _set_motion(op: O.SetMotion, d: dict[str, Any], by_id: dict[str, MediaInfo]) -> dict[str, Any]:
    video = _video(d)
    n = len(video)
    idx = _targets(n, op.clips)
    for i in idx:
        if op.motion in dr.MOTIONS:
            video[i]["m"]["motion"] = op.motion
        if op.focus in dr.FOCUSES:
            video[i]["m"]["focus"] = op.focus
    return {"changed": len(idx)}


@apply_op.register
def _set_fit(op: O.SetFit, d: dict[str, Any], by_id: dict[str, MediaInfo]) -> dict[str, Any]:
    video = _video(d)
    n = len(video)
    m = d["m"]
    if op.fit not in dr.FITS:
        raise OpFailed("unknown_fit", fit=op.fit)
    if op.clips is None:
        m["fit"] = op.fit
        for s in video:
            s["m"].pop("fit", None)
    else:
        for i in _targets(n, op.clips):
            video[i]["m"]["fit"] = op.fit
    return {"fit": op.fit}


@apply_op.register
def _set_transition(
    op: O.SetTransition, d: dict[str, Any], by_id: dict[str, MediaInfo]
) -> dict[str, Any]:
    video = _video(d)
    n = len(video)
    dr.relayout(d)
    keep = d["d"]  # transitions never change the video's length: the photos absorb it
    idx = [i for i in _targets(n, op.clips) if i >= 1]
    first = dict(video[idx[0]]["m"]["transition"]) if idx else {}
    for i in idx:
        tr = video[i]["m"]["transition"]
        if op.type in dr.TRANSITIONS:
            tr["type"] = op.type
            if op.type != "cut" and not tr.get("d"):
                tr["d"] = dr.DEFAULT_TRANSITION_MS
        elif op.d_ms and tr.get("type", "cut") == "cut":
            tr["type"] = dr.DEFAULT_TRANSITION
        if op.d_ms is not None:
            tr["d"] = max(0, int(op.d_ms))
        if tr["type"] == "cut":
            tr["d"] = 0
    if idx and keep > 0:
        fit_total(d, keep, by_id)
    return {"changed": len(idx), "was_type": first.get("type"), "was_d": first.get("d")}


@apply_op.register
def _add_text(op: O.AddText, d: dict[str, Any], by_id: dict[str, MediaInfo]) -> dict[str, Any]:
    video = _video(d)
    n = len(video)
    m = d["m"]
    if not n:
        raise OpFailed("no_clips_text")
    dr.relayout(d)
    total = d["d"]
    role = op.role if op.role in dr.ROLES else "title"
    st = max(0, int(op.st_ms or 0))
    if op.d_ms is not None:
        length = int(op.d_ms)
    elif role == "title":
        length = min(TITLE_MS, total)
    else:
        length = total - st
    text = op.text.strip() or ("Title" if role == "title" else "Caption")
    seg = dr.text_segment(
        text[:500],
        role=role,
        st=min(st, max(0, total - dr.MIN_SEGMENT_MS)),
        d=max(dr.MIN_SEGMENT_MS, length),
        position=op.position if op.position in dr.POSITIONS else None,
        size=_size(op.size),
        color=op.color if op.color and dr._COLOR.match(op.color) else "#FFFFFF",
        style=op.style if op.style in dr.STYLES else None,
        entrance=op.entrance if op.entrance in dr.ENTRANCES else "fade",
    )
    track = dr.track(d, dr.TT_TEXT)["sg"]  # type: ignore[index]
    placed = dr.make_room(d, track, seg, replace=bool(op.replace))
    track.append(seg)
    if role == "title" and m.get("title") in (None, "", DEFAULT_TITLE):
        m["title"] = seg["m"]["text"].replace("\n", " ")[:120]  # names the exported file
    return {"text": seg["m"]["text"], "role": role, **placed}


@apply_op.register
def _caption_clips(
    op: O.CaptionClips, d: dict[str, Any], by_id: dict[str, MediaInfo]
) -> dict[str, Any]:
    video = _video(d)
    n = len(video)
    dr.relayout(d)
    idx = _targets(n, op.clips)
    texts = (
        op.texts if op.texts is not None else [_stem(video[i]["m"].get("name", "")) for i in idx]
    )
    track = dr.track(d, dr.TT_TEXT)["sg"]  # type: ignore[index]
    before = list(track)  # captioning a clip again replaces what was there
    new: list[dict[str, Any]] = []
    for i, words in zip(idx, texts, strict=False):
        words = str(words).strip()[:500]
        if not words:
            continue
        seg = video[i]
        # each caption crossfades with its photo: its fades are the transitions around it
        t_in = int(seg["m"]["transition"].get("d") or 0)
        t_out = int(video[i + 1]["m"]["transition"].get("d") or 0) if i + 1 < n else 0
        cap = dr.text_segment(
            words,
            role="caption",
            st=seg["st"],
            d=seg["d"],
            position=op.position if op.position in dr.POSITIONS else None,
            color=op.color if op.color and dr._COLOR.match(op.color) else "#FFFFFF",
            fade_in=max(300, t_in),
            fade_out=max(300, t_out),
        )
        dr.make_room(d, before, cap, replace=True)
        new.append(cap)
    track[:] = before + new
    added = len(new)
    return {"added": added}


@apply_op.register
def _edit_text(op: O.EditText, d: dict[str, Any], by_id: dict[str, MediaInfo]) -> dict[str, Any]:
    texts = dr.track(d, dr.TT_TEXT)["sg"]  # type: ignore[index]
    idx = _text_targets(texts, op.target, op.role)
    if not idx:
        raise OpFailed("no_text")
    for i in idx:
        tm = texts[i]["m"]
        if op.text is not None and op.text.strip():
            tm["text"] = op.text.strip()[:500]
        if op.position in dr.POSITIONS:
            tm["position"] = op.position
        if op.size is not None:
            tm["size"] = _size(op.size)
        if op.size_factor is not None:
            tm["size"] = _size(float(tm.get("size") or 0.06) * op.size_factor)
        if op.color and dr._COLOR.match(op.color):
            tm["color"] = op.color
        if op.style in dr.STYLES:
            tm["style"] = op.style
        if op.entrance in dr.ENTRANCES:
            tm["entrance"] = op.entrance
        if op.st_ms is not None:
            texts[i]["st"] = max(0, int(op.st_ms))
        if op.d_ms is not None:
            texts[i]["d"] = max(dr.MIN_SEGMENT_MS, int(op.d_ms))
    return {"changed": len(idx)}


@apply_op.register
def _remove_text(
    op: O.RemoveText, d: dict[str, Any], by_id: dict[str, MediaInfo]
) -> dict[str, Any]:
    texts = dr.track(d, dr.TT_TEXT)["sg"]  # type: ignore[index]
    gone = set(_text_targets(texts, op.target, op.role))
    said = [
        [str(texts[i]["m"].get("role", "title")), str(texts[i]["m"].get("text", ""))]
        for i in sorted(gone)
    ]
    texts[:] = [s for i, s in enumerate(texts) if i not in gone]
    return {"removed": len(gone), "texts": said}


@apply_op.register
def _set_music(op: O.SetMusic, d: dict[str, Any], by_id: dict[str, MediaInfo]) -> dict[str, Any]:
    info = by_id.get(op.media)
    if info is None or info.kind != "audio":
        raise OpFailed("not_audio")
    seg = dr.audio_segment(info.id, name=info.name)
    if op.volume is not None:
        seg["m"]["volume"] = min(1.0, max(0.0, float(op.volume)))
    if op.fade_in_ms is not None:
        seg["m"]["fade_in"] = max(0, int(op.fade_in_ms))
    if op.fade_out_ms is not None:
        seg["m"]["fade_out"] = max(0, int(op.fade_out_ms))
    if op.start_ms is not None:
        seg["m"]["trim"] = _music_start(op.start_ms, info)
    dr.track(d, dr.TT_AUDIO)["sg"][:] = [seg]  # type: ignore[index]
    return {"music": info.name, "volume": seg["m"]["volume"]}


@apply_op.register
def _edit_music(op: O.EditMusic, d: dict[str, Any], by_id: dict[str, MediaInfo]) -> dict[str, Any]:
    music = dr.track(d, dr.TT_AUDIO)["sg"]  # type: ignore[index]
    if not music:
        raise OpFailed("no_music")
    was = music[0]["m"].get("volume", 1)
    for s in music:
        sm = s["m"]
        if op.volume is not None:
            sm["volume"] = round(min(1.0, max(0.0, float(op.volume))), 3)
        if op.volume_factor is not None:
            sm["volume"] = round(
                min(1.0, max(0.0, float(sm.get("volume", 1)) * op.volume_factor)), 3
            )
        if op.fade_in_ms is not None:
            sm["fade_in"] = max(0, int(op.fade_in_ms))
        if op.fade_out_ms is not None:
            sm["fade_out"] = max(0, int(op.fade_out_ms))
        if op.start_ms is not None:
            sm["trim"] = _music_start(op.start_ms, by_id.get(sm.get("src", "")))
    return {"volume": music[0]["m"].get("volume"), "was_volume": was}


@apply_op.register
def _remove_music(
    op: O.RemoveMusic, d: dict[str, Any], by_id: dict[str, MediaInfo]
) -> dict[str, Any]:
    music = dr.track(d, dr.TT_AUDIO)["sg"]  # type: ignore[index]
    removed = len(music)
    music.clear()
    return {"removed": removed}


@apply_op.register
def _set_video_fade(
    op: O.SetVideoFade, d: dict[str, Any], by_id: dict[str, MediaInfo]
) -> dict[str, Any]:
    video = _video(d)
    m = d["m"]
    if not video:
        raise OpFailed("no_clips")
    half = d["d"] // 2
    res: dict[str, Any] = {}
    for key, value in (("fade_in", op.fade_in_ms), ("fade_out", op.fade_out_ms)):
        if value is None:
            continue
        ms = max(0, min(int(value), half))
        if ms or key == "fade_out":
            m[key] = ms  # fade_out 0 is a hard cut (without the key: the default ending)
        else:
            m.pop(key, None)
        res[key] = ms
    music = dr.track(d, dr.TT_AUDIO)["sg"]  # type: ignore[index]
    if op.fade_out_ms and music:
        # the picture going to black with the song still playing sounds cut off
        for s in music:
            s["m"]["fade_out"] = max(int(s["m"].get("fade_out") or 0), res["fade_out"])
        res["music_fade_out"] = music[0]["m"]["fade_out"]
    return res


@apply_op.register
def _clip_audio(op: O.ClipAudio, d: dict[str, Any], by_id: dict[str, MediaInfo]) -> dict[str, Any]:
    video = _video(d)
    n = len(video)
    idx = [i for i in _targets(n, op.clips) if video[i]["m"].get("kind") == "video"]
    for i in idx:
        if op.mute is not None:
            video[i]["m"]["mute"] = bool(op.mute)
        if op.volume is not None:
            video[i]["m"]["volume"] = min(1.0, max(0.0, float(op.volume)))
            video[i]["m"]["mute"] = False
    return {"changed": len(idx)}


@apply_op.register
def _trim_clip(op: O.TrimClip, d: dict[str, Any], by_id: dict[str, MediaInfo]) -> dict[str, Any]:
    video = _video(d)
    n = len(video)
    _targets(n, [op.clip])
    seg = video[op.clip]
    if seg["m"].get("kind") != "video":
        raise OpFailed("not_video")
    info = by_id.get(seg["m"].get("src", ""))
    start = max(0, int(op.start_ms))
    if info is not None and info.duration_ms:
        start = min(start, max(0, info.duration_ms - dr.MIN_SEGMENT_MS))
    seg["m"]["trim"] = start
    _set_len(seg, seg["d"], by_id)  # never past the end of the source
    return {"trim_ms": start}


@apply_op.register
def _remove_clips(
    op: O.RemoveClips, d: dict[str, Any], by_id: dict[str, MediaInfo]
) -> dict[str, Any]:
    video = _video(d)
    n = len(video)
    drop = set(_targets(n, op.clips))
    trans = _transitions(video)
    for i in sorted(drop, reverse=True):
        trans.pop(max(i, 1) if len(trans) > 1 else i)
    names = [str(video[i]["m"].get("name", "")) for i in sorted(drop)]
    gone_kinds = [str(video[i]["m"].get("kind", "image")) for i in sorted(drop)]
    video[:] = [s for i, s in enumerate(video) if i not in drop]
    _reassign(video, trans)
    return {"removed": len(drop), "names": names, "kinds": gone_kinds}


@apply_op.register
def _move_clip(op: O.MoveClip, d: dict[str, Any], by_id: dict[str, MediaInfo]) -> dict[str, Any]:
    video = _video(d)
    n = len(video)
    _targets(n, [op.clip])
    to = min(max(0, op.to), n - 1)
    trans = _transitions(video)
    seg = video.pop(op.clip)
    video.insert(to, seg)
    _reassign(video, trans)
    return {"to": to}


@apply_op.register
def _swap_clips(op: O.SwapClips, d: dict[str, Any], by_id: dict[str, MediaInfo]) -> dict[str, Any]:
    video = _video(d)
    n = len(video)
    _targets(n, [op.a, op.b])
    trans = _transitions(video)
    video[op.a], video[op.b] = video[op.b], video[op.a]
    _reassign(video, trans)
    return {}


@apply_op.register
def _reorder_clips(
    op: O.ReorderClips, d: dict[str, Any], by_id: dict[str, MediaInfo]
) -> dict[str, Any]:
    video = _video(d)
    n = len(video)
    if sorted(op.order) != list(range(n)):
        raise OpFailed("bad_order")
    trans = _transitions(video)
    video[:] = [video[i] for i in op.order]
    _reassign(video, trans)
    return {}


@apply_op.register
def _duplicate_clip(
    op: O.DuplicateClip, d: dict[str, Any], by_id: dict[str, MediaInfo]
) -> dict[str, Any]:
    video = _video(d)
    n = len(video)
    _targets(n, [op.clip])
    copy = dr.copy_draft(video[op.clip])
    if op.clip + 1 < n:
        copy["m"]["transition"] = dict(video[op.clip + 1]["m"]["transition"])
    elif n > 1:
        copy["m"]["transition"] = dict(video[-1]["m"]["transition"])
    video.insert(op.clip + 1, copy)
    return {"clip": op.clip + 1}


@apply_op.register
def _reverse_clips(
    op: O.ReverseClips, d: dict[str, Any], by_id: dict[str, MediaInfo]
) -> dict[str, Any]:
    video = _video(d)
    trans = _transitions(video)
    video.reverse()
    _reassign(video, trans)
    return {}


@apply_op.register
def _add_clips(op: O.AddClips, d: dict[str, Any], by_id: dict[str, MediaInfo]) -> dict[str, Any]:
    video = _video(d)
    n = len(video)
    items = [by_id[x] for x in op.media if x in by_id and by_id[x].kind in ("image", "video")]
    if not items:
        raise OpFailed("nothing_to_add")
    ms = None
    photos = [s for s in video if s["m"].get("kind") == "image"]
    if photos:
        ms = photos[-1]["d"]
    last_tr = video[-1]["m"]["transition"] if n > 1 else None
    new = [_clip_for(x, ms) for x in items]
    if last_tr:
        for s in new:
            s["m"]["transition"] = dict(last_tr)
    at = n if op.at is None else min(max(0, op.at), n)
    video[at:at] = new
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


def _text_targets(texts: list[dict[str, Any]], target: int | None, role: str | None) -> list[int]:
    if target is not None:
        return [target] if 0 <= target < len(texts) else []
    return [i for i, s in enumerate(texts) if role is None or s["m"].get("role", "title") == role]
