"""Replies in the language of the request: what changed, what was not done, what to try next.

Every sentence comes from ``phrases.MESSAGES`` (key → (English, Chinese)), the agent's own
catalog (see :mod:`.phrases`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import singledispatch
from typing import Any

from nemochat.engine import draft as dr
from nemochat.engine.agent import beat, reasons
from nemochat.engine.agent import ops as O
from nemochat.engine.agent.answers import ALREADY_TOPIC, already_states, answer
from nemochat.engine.agent.parse import Note
from nemochat.engine.agent.phrases import (
    MESSAGES,
    color_name,
    msg,
    summary,
    tr_name,
)
from nemochat.engine.agent.units import pct, secs
from nemochat.engine.draft_model import Clip, Text, Timeline, Transition


def _which(
    clips: list[int] | None,
    lang: str,
    video: Sequence[Clip] = (),
    names: list[str] | None = None,
) -> str:
    """ "photo 2 (city.jpg)", "photos 2, 3 (city.jpg, dinner.jpg)", "all photos" — photos
    when every clip meant is a photo, with file names the user can check."""
    return _which_of(clips, lang, [c.kind for c in video], [c.name for c in video], names)


def _which_of(
    clips: list[int] | None,
    lang: str,
    kinds: list[str],
    clip_names: list[str],
    names: list[str] | None = None,
) -> str:
    """:func:`_which` from each position's kind and file name."""
    picked = [i for i in (clips or []) if 0 <= i < len(kinds)]
    pool = picked if clips is not None else list(range(len(kinds)))
    photos = bool(pool) and all(kinds[i] != "video" for i in pool)
    if clips is None:
        return msg("which.all_photos" if photos else "which.all", lang)
    if names is None:
        names = [clip_names[i] for i in picked] if len(picked) == len(clips) else []
    named = (
        msg("which.names", lang, names=msg("list", lang).join(names))
        if names and all(names) and len(names) <= 4
        else ""
    )
    if len(clips) == 1:
        return msg("which.photo" if photos else "which.one", lang, k=clips[0] + 1) + named
    ks = msg("list", lang).join(str(i + 1) for i in clips)
    return msg("which.photos" if photos else "which.many", lang, ks=ks) + named


# what each op does, as the object of "couldn't …" (every op type has one: tested)
OP_WORDS: dict[str, tuple[str, str]] = {
    "create_video": ("make the video", "生成视频"),
    "start_over": ("start over", "重新开始"),
    "set_format": ("change the format", "修改画面格式"),
    "set_project_title": ("name the project", "设置项目名称"),
    "set_duration": ("change the length", "修改时长"),
    "scale_duration": ("change the length", "修改时长"),
    "set_pace": ("change the pace", "调整节奏"),
    "set_motion": ("set the camera motion", "设置镜头运动"),
    "set_fit": ("change how the photos fit", "修改照片填充方式"),
    "set_transition": ("change the transitions", "修改转场"),
    "add_text": ("add the text", "添加文字"),
    "caption_clips": ("caption the photos", "给照片加字幕"),
    "edit_text": ("change the text", "修改文字"),
    "remove_text": ("remove the text", "删除文字"),
    "set_music": ("add the music", "添加音乐"),
    "edit_music": ("change the music", "调整音乐"),
    "remove_music": ("remove the music", "删除音乐"),
    "set_video_fade": ("fade the video", "设置视频淡入淡出"),
    "clip_audio": ("change the clip's sound", "调整视频原声"),
    "trim_clip": ("trim the clip", "裁剪片段"),
    "remove_clips": ("remove clips", "删除素材"),
    "move_clip": ("move the clip", "移动素材"),
    "swap_clips": ("swap clips", "交换素材"),
    "reorder_clips": ("reorder the clips", "调整顺序"),
    "duplicate_clip": ("duplicate the clip", "复制素材"),
    "reverse_clips": ("reverse the order", "倒转顺序"),
    "add_clips": ("add clips", "添加素材"),
    "beat_sync": ("cut to the beat", "卡点"),
}


def _failure(op: O.Op, res: dict[str, Any], lang: str) -> str:
    """ "couldn't change the text: there is no such text" — the reason from the catalog."""
    en, zh = OP_WORDS[op.name]
    fields = dict(res.get("reason_fields") or {"error": str(res.get("error", ""))})
    why = reasons.say(str(res.get("reason", "other")), lang, fields)
    return msg("op.failed", lang, what=zh if lang == "zh" else en, why=why)


def _length_note(res: dict[str, Any], tl: Timeline, lang: str) -> str:
    """What an edit did to the total length: kept as asked, or the new length (and how to
    get the asked-for length back)."""
    total = secs(tl.duration_ms)
    if "kept_ms" in res:
        return msg("length.kept", lang, total=secs(res["kept_ms"]))
    if "length_was" not in res:
        return ""
    text = msg("length.changed", lang, total=total, was=secs(res["length_was"]))
    if "pinned_was" in res:
        was = f"{res['pinned_was'] / 1000:.1f}".rstrip("0").rstrip(".")
        say = f"{was}秒" if lang == "zh" else f"{was} seconds"
        text += msg("length.restore", lang, pinned=secs(res["pinned_was"]), say=say)
    return text


def _placed(res: dict[str, Any], lang: str) -> str:
    """How an added text made room: it replaced, stacked under, or followed another."""
    for key in ("replaced", "stacked", "after"):
        old = res.get(key)
        if old:
            quoted = msg("list", lang).join(msg("text.one", lang, text=t) for t in old)
            return msg(f"text.{key}", lang, text=quoted)
    return ""


@singledispatch
def describe_op(op: O.Op, res: dict[str, Any], tl: Timeline, lang: str) -> str:
    """One clause saying what an applied op did, from the resulting draft; each op type
    registers its own description below, from the catalog's message keys and fields."""
    return op.name


@describe_op.register
def _say_create(op: O.Create, res: dict[str, Any], tl: Timeline, lang: str) -> str:
    parts = []
    p, v = res.get("photos", 0), res.get("videos", 0)
    if p:
        parts.append(msg("what.photo", lang) if p == 1 else msg("what.photos", lang, n=p))
    if v:
        parts.append(msg("what.video", lang) if v == 1 else msg("what.videos", lang, n=v))
    text = msg("op.create_video", lang, what=msg("what.and", lang).join(parts))
    return text + (msg("op.create_video.rebuilt", lang) if res.get("rebuilt") else "")


@describe_op.register
def _say_reset(op: O.Reset, res: dict[str, Any], tl: Timeline, lang: str) -> str:
    return msg("op.start_over", lang)


@describe_op.register
def _say_beat_sync(op: O.BeatSync, res: dict[str, Any], tl: Timeline, lang: str) -> str:
    return beat.describe(op, res, tl, lang)


@describe_op.register
def _say_set_format(op: O.SetFormat, res: dict[str, Any], tl: Timeline, lang: str) -> str:
    parts = []
    if op.aspect or op.resolution or op.fps:
        fmt = []
        if op.aspect or op.resolution:
            fmt.append(f"{tl.aspect} ({tl.width}×{tl.height})")
        if op.fps:
            fmt.append(f"{tl.fps} fps")
        parts.append(msg("op.set_format", lang, fmt=", ".join(fmt)))
    if op.fit:
        parts.append(msg("op.set_fit", lang, fit=msg(f"fit.{op.fit}", lang)))
    return msg("sep", lang).join(parts)


@describe_op.register
def _say_set_title(op: O.SetTitle, res: dict[str, Any], tl: Timeline, lang: str) -> str:
    return msg("op.set_project_title", lang, title=tl.title or "")


@describe_op.register
def _say_set_duration(op: O.SetDuration, res: dict[str, Any], tl: Timeline, lang: str) -> str:
    video = tl.clips
    if op.total_ms is not None:
        return msg("op.set_duration.total", lang, total=secs(tl.duration_ms))
    each = secs(op.clip_ms or 0)
    which = _which(op.clips, lang, video)
    if op.clips is not None and len(op.clips) == 1 and op.clips[0] < len(video):
        text = msg("op.set_duration.one", lang, which=which, d=secs(video[op.clips[0]].ms))
    else:
        text = msg("op.set_duration.clips", lang, which=which, each=each)
    return text + _length_note(res, tl, lang)


@describe_op.register
def _say_scale_duration(op: O.ScaleDuration, res: dict[str, Any], tl: Timeline, lang: str) -> str:
    video = tl.clips
    key = "op.scale_duration.longer" if op.factor > 1 else "op.scale_duration.shorter"
    text = msg(key, lang, which=_which(op.clips, lang, video))
    if op.clips is not None and len(op.clips) == 1 and op.clips[0] < len(video):
        return (
            text
            + msg("now_each", lang, d=secs(video[op.clips[0]].ms))
            + _length_note(res, tl, lang)
        )
    return text + _length_note(res, tl, lang)


@describe_op.register
def _say_set_pace(op: O.SetPace, res: dict[str, Any], tl: Timeline, lang: str) -> str:
    return msg("op.set_pace", lang, pace=msg(f"pace.{op.pace}", lang)) + _length_note(res, tl, lang)


@describe_op.register
def _say_set_motion(op: O.SetMotion, res: dict[str, Any], tl: Timeline, lang: str) -> str:
    video = tl.clips
    parts = []
    if op.motion:
        parts.append(
            msg(
                "op.set_motion",
                lang,
                which=_which(op.clips, lang, video),
                motion=msg(f"motion.{op.motion}", lang),
            )
        )
    if op.focus:
        parts.append(
            msg(
                "op.set_motion.focus",
                lang,
                which=_which(op.clips, lang, video),
                focus=msg(f"focus.{op.focus}", lang),
            )
        )
    return msg("sep", lang).join(parts)


@describe_op.register
def _say_set_fit(op: O.SetFit, res: dict[str, Any], tl: Timeline, lang: str) -> str:
    return msg("op.set_fit", lang, fit=msg(f"fit.{op.fit}", lang))


@describe_op.register
def _say_set_transition(op: O.SetTransition, res: dict[str, Any], tl: Timeline, lang: str) -> str:
    video = tl.clips
    clips = op.clips
    photos = bool(video) and all(not x.is_video for x in video)
    if clips is None:
        where = msg("where.all_photos" if photos else "where.all", lang, n=len(video))
    else:
        into = "where.into_photo" if photos else "where.into"
        where = msg("list", lang).join(msg(into, lang, k=i + 1) for i in clips)
    ref = (
        video[clips[0]]
        if clips and clips[0] < len(video)
        else (video[1] if len(video) > 1 else None)
    )
    tr = ref.transition if ref is not None else Transition(op.type or "crossfade", op.d_ms or 0)
    if tr.is_cut:
        return msg("op.set_transition.cut", lang, where=where)
    was_type, was_d = res.get("was_type"), res.get("was_d")
    if was_type == tr.type and was_d is not None and was_d != tr.ms:
        return msg(
            "op.set_transition.length", lang, where=where, d=secs(tr.ms), was=secs(int(was_d))
        )
    if was_type not in (None, "cut", tr.type):
        return msg(
            "op.set_transition.changed",
            lang,
            where=where,
            was_type=tr_name(str(was_type), lang),
            type=tr_name(tr.type, lang),
            d=secs(tr.ms),
        )
    return msg("op.set_transition", lang, type=tr_name(tr.type, lang), d=secs(tr.ms), where=where)


@describe_op.register
def _say_add_text(op: O.AddText, res: dict[str, Any], tl: Timeline, lang: str) -> str:
    seg = next((t for t in reversed(tl.texts) if t.text == res.get("text")), None)
    if seg is None:
        return msg(
            "op.add_text",
            lang,
            role=msg(f"role.{op.role}", lang),
            text=op.text,
            span="",
            pos="",
        )
    pos = seg.position
    return msg(
        "op.add_text",
        lang,
        role=msg(f"role.{seg.role}", lang),
        text=seg.text,
        span=msg("span", lang, a=secs(seg.start_ms), b=secs(seg.end_ms)),
        pos=(
            msg(f"pos.{pos}", lang)
            if isinstance(pos, str)
            else msg("pos.point", lang, y=round(float(pos[1]) * 100))
            if isinstance(pos, list | tuple) and len(pos) == 2
            else str(pos)
        )
        + (msg("list", lang) + msg("change.size", lang, size=pct(seg.size or 0)) if op.size else "")
        + (
            msg("list", lang) + msg("change.color", lang, color=color_name(seg.color, lang))
            if op.color
            else ""
        )
        + (
            msg("list", lang) + msg("change.style", lang, style=msg(f"style.{seg.style}", lang))
            if op.style
            else ""
        )
        + (
            msg("list", lang)
            + msg("change.entrance", lang, entrance=msg(f"entrance.{op.entrance}", lang))
            if op.entrance in dr.ENTRANCES
            else ""
        ),
    ) + _placed(res, lang)


@describe_op.register
def _say_caption_clips(op: O.CaptionClips, res: dict[str, Any], tl: Timeline, lang: str) -> str:
    return msg("op.caption_clips", lang, n=res.get("added", 0))


@describe_op.register
def _say_edit_text(op: O.EditText, res: dict[str, Any], tl: Timeline, lang: str) -> str:
    texts = tl.texts
    # the texts this edit touched: the target, else every text of the role, else all
    if op.target is not None and op.target < len(texts):
        touched = [texts[op.target]]
    elif op.role:
        touched = [x for x in texts if x.role == op.role]
    else:
        touched = list(texts)
    old = [str(x) for x in res.get("old", [])]
    head = ""
    at = (
        op.target
        if op.target is not None
        else (texts.index(touched[0]) if len(touched) == 1 else None)
    )
    if op.text and at is not None and at < len(old):
        role = msg(f"role.{touched[0].role}", lang) if touched else ""
        head = msg("op.edit_text.words", lang, role=role, old=old[at], new=op.text)
        op = O.EditText(**{**op.__dict__, "text": None})  # the words are said: the rest after
    if len(touched) == 1:
        which = msg("text.one", lang, text=touched[0].text)
    elif op.role:
        which = msg(f"text.all.{op.role}", lang)
    else:
        which = msg("text.all", lang)
    what = []
    ref = touched[0] if touched else None
    # one text: how it was → how it is ("colour white → red"); several: how they are now
    said = res.get("was")
    was: dict[str, Any] = said if len(touched) == 1 and isinstance(said, dict) else {}
    if op.text:
        what.append(msg("change.text", lang, text=op.text))
    if op.position:
        pos = msg(f"pos.{op.position}", lang)
        before = _pos_name("center" if was.get("position") == "auto" else was.get("position"), lang)
        if before and before != pos:
            what.append(msg("change.position.from", lang, was=before, pos=pos))
        else:
            what.append(msg("change.position", lang, pos=pos))
    if op.size is not None or op.size_factor is not None:
        size = pct(ref.size or 0) if ref is not None else ""
        if was.get("size") and ref is not None and was["size"] != ref.size:
            what.append(msg("change.size.from", lang, was=pct(float(was["size"])), size=size))
        else:
            what.append(msg("change.size", lang, size=size))
    if op.color:
        color = color_name(op.color, lang)
        if was.get("color") and str(was["color"]).upper() != op.color.upper():
            before = color_name(was["color"], lang)
            what.append(msg("change.color.from", lang, was=before, color=color))
        else:
            what.append(msg("change.color", lang, color=color))
    if op.style in dr.STYLES:
        what.append(msg("change.style", lang, style=msg(f"style.{op.style}", lang)))
    if op.entrance in dr.ENTRANCES:
        what.append(msg("change.entrance", lang, entrance=msg(f"entrance.{op.entrance}", lang)))
    if (op.st_ms is not None or op.d_ms is not None) and ref is not None:
        span = msg("span", lang, a=secs(ref.start_ms), b=secs(ref.end_ms))
        if "st" in was and (was["st"], was["end"]) != (ref.start_ms, ref.end_ms):
            before = msg("span", lang, a=secs(int(was["st"])), b=secs(int(was["end"])))
            what.append(msg("change.timing.from", lang, was=before, span=span))
        else:
            what.append(msg("change.timing", lang, span=span))
    if head:  # "Title changed: “Hello” → “Summer Sale”, colour white → yellow"
        text = msg("list.then", lang).join([head, msg("list", lang).join(what)]) if what else head
        return text[:1].upper() + text[1:] if lang == "en" else text
    if len(touched) == 1:
        one = msg(
            "op.edit_text.one",
            lang,
            **_text_named(touched[0], lang),
            what=msg("list", lang).join(what),
        )
        return one[:1].upper() + one[1:] if lang == "en" else one
    return msg("op.edit_text", lang, which=which, what=msg("list", lang).join(what))


def _pos_name(pos: object, lang: str) -> str:
    """A text's place as a reply names it ("top", 顶部); "" when it has none to name."""
    return msg(f"pos.{pos}", lang) if isinstance(pos, str) and f"pos.{pos}" in MESSAGES else ""


def _text_named(text: Text, lang: str) -> dict[str, str]:
    return {"role": msg(f"role.{text.role}", lang), "text": text.text}


@describe_op.register
def _say_remove_text(op: O.RemoveText, res: dict[str, Any], tl: Timeline, lang: str) -> str:
    removed = [t for t in res.get("texts", []) if isinstance(t, list) and len(t) == 2]
    if removed and len(removed) <= 3:
        which = msg("list", lang).join(
            msg("text.named", lang, role=msg(f"role.{r}", lang), text=t) for r, t in removed
        )
        return msg("op.remove_text", lang, which=which)
    if op.target is None and op.role:
        which = msg(f"text.all.{op.role}", lang)
    elif op.target is None:
        which = msg("text.all", lang)
    else:
        which = (
            msg(f"role.{res.get('role', 'text')}", lang)
            if "role" in res
            else msg("role.text", lang)
        )
    return msg("op.remove_text", lang, which=which)


@describe_op.register
def _say_set_music(op: O.SetMusic, res: dict[str, Any], tl: Timeline, lang: str) -> str:
    text = msg("op.set_music", lang, name=res.get("music", ""), vol=pct(res.get("volume", 1)))
    music = tl.music
    if op.fade_in_ms is not None and music is not None:
        text += msg("list", lang) + msg("music.fade_in", lang, d=secs(music.fade_in_ms))
    if op.fade_out_ms is not None and music is not None:
        text += msg("list", lang) + msg("music.fade_out", lang, d=secs(music.fade_out_ms))
    if op.start_ms and music is not None:
        text += msg("list", lang) + msg("music.start", lang, t=secs(music.trim_ms))
    return text


@describe_op.register
def _say_edit_music(op: O.EditMusic, res: dict[str, Any], tl: Timeline, lang: str) -> str:
    music = tl.music
    what = []
    if op.volume is not None or op.volume_factor is not None:
        vol = pct(music.volume if music is not None else 0)
        if "was_volume" in res:
            what.append(msg("music.volume_change", lang, a=pct(res["was_volume"]), b=vol))
        else:
            what.append(msg("music.volume", lang, vol=vol))
    if op.fade_in_ms is not None:
        what.append(msg("music.fade_in", lang, d=secs(music.fade_in_ms if music else 0)))
    if op.fade_out_ms is not None:
        what.append(msg("music.fade_out", lang, d=secs(music.fade_out_ms if music else 0)))
    if op.start_ms is not None:
        what.append(msg("music.start", lang, t=secs(music.trim_ms if music else 0)))
    return msg("op.edit_music", lang, what=msg("list", lang).join(what))


@describe_op.register
def _say_remove_music(op: O.RemoveMusic, res: dict[str, Any], tl: Timeline, lang: str) -> str:
    return msg("op.remove_music", lang)


@describe_op.register
def _say_set_video_fade(op: O.SetVideoFade, res: dict[str, Any], tl: Timeline, lang: str) -> str:
    said = []
    for key, asked in (("fade_in", op.fade_in_ms), ("fade_out", op.fade_out_ms)):
        if asked is None:
            continue
        got = int(res.get(key, 0))
        if got:
            text = msg(f"op.video_{key}", lang, d=secs(got))
            if got < asked:
                text += msg("video_fade.clamped", lang)
        else:
            text = msg(f"op.video_{key}.off", lang)
        said.append(text)
    if "music_fade_out" in res:
        said.append(msg("video_fade.music", lang, d=secs(res["music_fade_out"])))
    return msg("sep", lang).join(said)


@describe_op.register
def _say_clip_audio(op: O.ClipAudio, res: dict[str, Any], tl: Timeline, lang: str) -> str:
    names = [str(x) for x in res.get("names", [])]
    if not names:
        return msg("op.clip_audio.none", lang)
    which = msg("list", lang).join(names)
    if op.mute:
        return msg("op.clip_audio.mute", lang, which=which)
    if op.volume is not None:
        return msg(
            "op.clip_audio.volume", lang, which=which, vol=pct(float(res.get("volume") or 0))
        )
    return msg("op.clip_audio.on", lang, which=which)


@describe_op.register
def _say_remove_clips(op: O.RemoveClips, res: dict[str, Any], tl: Timeline, lang: str) -> str:
    video = tl.clips
    names = [str(x) for x in res.get("names", [])]
    gone = [str(k) for k in res.get("kinds", [])]  # the removed clips' kinds
    which = _which(op.clips, lang, (), names)
    if gone and op.clips is not None:
        kinds = ["image"] * (max(op.clips) + 1)
        for i, kind in zip(op.clips, gone, strict=False):
            kinds[i] = kind
        which = _which_of(op.clips, lang, kinds, [""] * len(kinds), names)
    return (
        msg("op.remove_clips", lang, which=which)
        + msg("left.photos" if all(not c.is_video for c in video) else "left", lang, n=len(video))
        + _length_note(res, tl, lang)
    )


@describe_op.register
def _say_move_clip(op: O.MoveClip, res: dict[str, Any], tl: Timeline, lang: str) -> str:
    video = tl.clips
    to = int(res.get("to", op.to))
    kinds, names = ["image"] * (op.clip + 1), [""] * (op.clip + 1)
    if 0 <= to < len(video):  # the clip moved, where it is now
        kinds[op.clip], names[op.clip] = video[to].kind, video[to].name
    which = _which_of([op.clip], lang, kinds, names)
    if to == 0:
        return msg("op.move_clip.start", lang, which=which)
    if to == len(video) - 1:
        return msg("op.move_clip.end", lang, which=which)
    return msg("op.move_clip", lang, which=which, to=to + 1)


@describe_op.register
def _say_swap_clips(op: O.SwapClips, res: dict[str, Any], tl: Timeline, lang: str) -> str:
    video = tl.clips
    names = [video[i].name for i in (op.b, op.a) if 0 <= i < len(video)]
    if len(names) == 2 and all(names):
        return msg("op.swap_clips.named", lang, a=op.a + 1, b=op.b + 1, na=names[0], nb=names[1])
    return msg("op.swap_clips", lang, a=op.a + 1, b=op.b + 1)


@describe_op.register
def _say_trim_clip(op: O.TrimClip, res: dict[str, Any], tl: Timeline, lang: str) -> str:
    video = tl.clips
    seg = video[op.clip] if op.clip < len(video) else None
    return msg(
        "op.trim_clip",
        lang,
        k=op.clip + 1,
        name=seg.name if seg is not None and seg.name else msg("role.text", lang),
        t=secs(res.get("trim_ms", 0)),
        d=secs(seg.ms) if seg is not None else "",
    )


@describe_op.register
def _say_reverse_clips(op: O.ReverseClips, res: dict[str, Any], tl: Timeline, lang: str) -> str:
    return msg("op.reverse_clips", lang)


@describe_op.register
def _say_reorder_clips(op: O.ReorderClips, res: dict[str, Any], tl: Timeline, lang: str) -> str:
    video = tl.clips
    names = [c.name or str(i + 1) for i, c in enumerate(video)]
    return msg("op.reorder_clips", lang, names=msg("list", lang).join(names))


@describe_op.register
def _say_duplicate_clip(op: O.DuplicateClip, res: dict[str, Any], tl: Timeline, lang: str) -> str:
    before = list(tl.clips)
    if 0 <= op.clip < len(before):
        del before[op.clip + 1 : op.clip + 2]  # the clips as they were, to name the one repeated
    return msg("op.duplicate_clip", lang, which=_which([op.clip], lang, before))


@describe_op.register
def _say_add_clips(op: O.AddClips, res: dict[str, Any], tl: Timeline, lang: str) -> str:
    names = [str(x) for x in res.get("names", [])]
    if names:
        at = int(res.get("at", 0))
        return msg(
            "op.add_clips.named",
            lang,
            names=msg("list", lang).join(names),
            where=msg("list", lang).join(str(at + 1 + i) for i in range(len(names))),
        ) + _length_note(res, tl, lang)
    return msg("op.add_clips", lang, n=res.get("added", 0)) + _length_note(res, tl, lang)


def diff(old: dict[str, Any] | None, new: dict[str, Any] | None, lang: str) -> str:
    """What differs between two drafts, in a few words (for undo/redo replies)."""
    parts = []
    was, now = Timeline(old or {}), Timeline(new or {})
    for key, before, after in (
        ("diff.format", was.aspect if old else None, now.aspect if new else None),
        ("diff.resolution", was.resolution if old else None, now.resolution if new else None),
        ("diff.fps", was.fps if old else None, now.fps if new else None),
    ):
        if before != after:
            parts.append(msg(key, lang, a=_or_dash(before), b=_or_dash(after)))
    length_was, length_now = (was.duration_ms if old else None), (now.duration_ms if new else None)
    if length_was != length_now:
        parts.append(msg("diff.length", lang, a=secs(length_was or 0), b=secs(length_now or 0)))
    ov, nv = was.clips, now.clips
    if len(ov) != len(nv):
        photos = all(not c.is_video for c in [*ov, *nv])
        parts.append(msg("diff.photos" if photos else "diff.clips", lang, a=len(ov), b=len(nv)))
    elif [c.media_id for c in ov] != [c.media_id for c in nv]:
        parts.append(msg("diff.order", lang))
    else:
        if [(c.motion, c.focus) for c in ov] != [(c.motion, c.focus) for c in nv]:
            parts.append(msg("diff.motion", lang))
        if [c.transition for c in ov[1:]] != [c.transition for c in nv[1:]]:
            parts.append(msg("diff.transitions", lang))
        if [c.ms for c in ov] != [c.ms for c in nv] and length_was == length_now:
            parts.append(msg("diff.clip_lengths", lang))
    ot, nt = was.texts, now.texts
    if len(ot) != len(nt):
        gone = [t for t in ot if t.text not in {x.text for x in nt}]
        back = [t for t in nt if t.text not in {x.text for x in ot}]
        for key, items in (("diff.text_gone", gone), ("diff.text_added", back)):
            for t in items[:3]:
                role = msg(f"role.{t.role}", lang)
                parts.append(msg(key, lang, role=role, text=t.text))
        if not gone and not back:
            parts.append(msg("diff.texts", lang, a=len(ot), b=len(nt)))
    else:
        for a, b in zip(ot, nt, strict=False):
            role = msg(f"role.{b.role}", lang)
            if a.text != b.text:
                parts.append(msg("diff.text", lang, role=role, a=a.text, b=b.text))
            elif not a.same_settings(b) or (a.start_ms, a.ms) != (b.start_ms, b.ms):
                parts.append(msg("diff.text_look", lang, role=role, text=b.text))
    oa, na = was.songs, now.songs
    if len(oa) != len(na) or not all(a.same_settings(b) for a, b in zip(oa, na, strict=False)):
        if oa and not na:
            parts.append(msg("diff.music_gone", lang, name=oa[0].name))
        elif na and not oa:
            parts.append(msg("diff.music_back", lang, name=na[0].name))
        elif oa and na and oa[0].media_id == na[0].media_id and oa[0].volume != na[0].volume:
            parts.append(msg("diff.music_volume", lang, a=pct(oa[0].volume), b=pct(na[0].volume)))
        else:
            parts.append(msg("diff.music", lang))
    if (was.fade_in_ms or 0, was.fade_out_ms or 0) != (now.fade_in_ms or 0, now.fade_out_ms or 0):
        parts.append(msg("diff.video_fade", lang))
    return msg("list", lang).join(parts) or msg("diff.none", lang)


def _or_dash(value: object) -> object:
    return "–" if value is None else value


def memo(draft: object) -> dict[str, Any]:
    """The agent's note in the draft (``m.agent``): what the user declined, the last ops."""
    return Timeline(draft).memo if isinstance(draft, dict) else {}


def next_steps(
    draft: dict[str, Any] | None, media: list[Any], lang: str, done: list[str]
) -> list[str]:
    """Two or three useful things to try next, given the state of the draft; never music
    when the user just said no music (``done`` holds "no_music" then)."""
    declined = memo(draft).get("declined") or []
    if isinstance(declined, list) and "music" in declined:
        done = [*done, "remove_music"]
    if isinstance(declined, list) and "text" in declined:
        done = [*done, "add_text"]
    if "no_music" in done:
        done = [*done, "remove_music"]
    if "no_text" in done:
        done = [*done, "add_text"]
    return _next_steps(draft, media, lang, done)


def _next_steps(
    draft: dict[str, Any] | None, media: list[Any], lang: str, done: list[str]
) -> list[str]:
    """Two or three useful things to try next, given the state of the draft."""
    tl = Timeline(draft or {})
    if not tl.clips:
        visual = [m for m in media if m.kind in ("image", "video")]
        return [
            msg("next.create", lang) if visual else msg("next.upload", lang),
            msg("next.describe", lang),
        ]
    out: list[str] = []
    if not tl.texts and "add_text" not in done:
        out.append(msg("next.title", lang))
    if tl.music is None and "remove_music" not in done:
        audio = [m for m in media if m.kind == "audio"]
        out.append(
            msg("next.music_use", lang, name=audio[-1].name)
            if audio
            else msg("next.music_upload", lang)
        )
    elif "set_music" in done:
        out.append(msg("next.music_fade", lang))
    if len(out) < 2 and tl.aspect == "16:9" and "set_format" not in done:
        out.append(msg("next.format", lang))
    if len(out) < 2 and "set_pace" not in done and "set_duration" not in done:
        out.append(msg("next.pace", lang))
    if len(out) < 2 and "set_transition" not in done:
        out.append(msg("next.transition", lang))
    out = out[:2]
    out.append(msg("next.export", lang))
    return out


def compose(
    *,
    lang: str,
    applied: list[tuple[O.Op, dict[str, Any]]],
    notes: list[Note],
    draft: dict[str, Any] | None,
    media: list[Any],
    already: list[O.Op] | None = None,
    before: dict[str, Any] | None = None,
    tips: bool = True,
) -> str:
    """The whole reply: changes, then notes (limits, questions), then the state and next steps."""
    lines: list[str] = []
    changes = []
    # a length set later in the plan is the length said ("calm, 15 seconds": not "the video
    # is now 15 s" after the pace, then "set the length to 15 s")
    totals = [
        i
        for i, (op, r) in enumerate(applied)
        if isinstance(op, O.SetDuration) and op.total_ms is not None and r.get("ok", True)
    ]
    if totals:
        applied = [
            (op, {k: v for k, v in r.items() if k not in ("length_was", "pinned_was")})
            if i < totals[-1]
            else (op, r)
            for i, (op, r) in enumerate(applied)
        ]
    # the length change is said once, after the last edit that changed it
    changed = [i for i, (_, r) in enumerate(applied) if "length_was" in r]
    if len(changed) > 1:
        first = applied[changed[0]][1]
        applied = [
            (op, {k: v for k, v in r.items() if k not in ("length_was", "pinned_was")})
            if i in changed[:-1]
            else (op, r)
            for i, (op, r) in enumerate(applied)
        ]
        last = dict(applied[changed[-1]][1], length_was=first["length_was"])
        if "pinned_was" in first:
            last["pinned_was"] = first["pinned_was"]
        applied[changed[-1]] = (applied[changed[-1]][0], last)
    tl = Timeline(draft or {})
    for op, res in applied:
        if res.get("ok", True):
            changes.append(describe_op(op, res, tl, lang))
        else:
            changes.append(_failure(op, res, lang))
    said = [op for op in already or [] if op.name in ALREADY_TOPIC]
    for op in already or []:
        if op not in said:
            changes.append(msg("op.already", lang, what=describe_op(op, {}, tl, lang)))
    if changes:
        text = msg("sep", lang).join(c for c in changes if c)
        text = text[:1].upper() + text[1:]
        lines.append(text + ("。" if lang == "zh" else "."))
    for state in already_states(said, draft, lang):  # shown from the draft, not just told
        if lang != "zh" and state[1:2].islower():
            state = state[:1].lower() + state[1:]
        lines.append(msg("already.part", lang, what=state))
    clarify = [n for n in notes if n.kind == "clarify"]
    for n in notes:
        if n.kind == "answer":
            lines.append(answer(n.key, n.fields, draft, media, lang))
            continue
        if n.kind == "clarify" and n is not clarify[0]:
            continue  # one question at a time
        if n.key in MESSAGES:
            fields = dict(n.fields)
            if n.key == "clarify.text":
                fields["role"] = msg(f"role.{fields.get('role', 'title')}", lang)
            if n.key == "info.music_mood":
                name = fields.pop("name", "")
                fields["which"] = msg("which.song", lang, name=name) if name else ""
            lines.append(msg(n.key, lang, **fields))
    if not changes and not notes:
        lines.append(msg("nothing", lang))
    if not changes and notes and all(n.kind == "unknown" for n in notes):
        lines.append(msg("hint.help", lang))
    if changes and draft:
        lines.append(summary(draft, lang))
    done = [op.name for op, _ in applied]
    done += ["no_music" for n in notes if n.key == "negated.music"]
    done += ["no_text" for n in notes if n.key == "negated.text"]
    if not clarify and tips:
        steps = next_steps(draft, media, lang, done)
        # the same tips as last time (the state they came from is unchanged): say nothing
        useful = [s for s in steps if s != msg("next.export", lang)]
        repeated = before is not None and steps == next_steps(before, media, lang, [])
        if useful and not repeated:
            lines.append(msg("next.head", lang) + "\n" + "\n".join(f"- {s}" for s in steps))
    return "\n".join(lines)
