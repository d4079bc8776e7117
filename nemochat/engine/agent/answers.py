"""Answers to questions about the draft ("is it vertical?", "有音乐吗", "how many photos?").

Read-only: every answer is computed from the draft (after any edits of the same message) and
never changes it. Wording comes from the catalog (``ANSWERS``, English and Chinese).
"""

from __future__ import annotations

from typing import Any

from nemochat.engine.agent.phrases import (
    MESSAGES,
    describe,
    msg,
    music_fields,
    pct,
    secs,
    summary,
    text_fields,
    tr_name,
)
from nemochat.engine.draft_model import Clip, Timeline

ANSWERS: dict[str, tuple[str, str]] = {
    "answer.no_video": (
        "There's no video yet — say “make a video from these photos” to start.",
        "还没有视频——说“把这些照片做成视频”就可以开始。",
    ),
    "answer.no_video.uploads": (
        "There's no video yet; {n} uploads are waiting — say “make a video” to start.",
        "还没有视频；已上传 {n} 个文件——说“做成视频”就可以开始。",
    ),
    "answer.yes": ("Yes — ", "是的，"),
    "answer.no": ("No — ", "不是，"),
    "shape.16:9": ("16:9 landscape", "16:9 横屏"),
    "shape.9:16": ("9:16 vertical", "9:16 竖屏"),
    "shape.1:1": ("1:1 square", "1:1 方形"),
    "shape.4:5": ("4:5 portrait", "4:5 竖版"),
    "answer.aspect": ("it's {shape}, {w}×{h}.", "现在是{shape}，{w}×{h}。"),
    "answer.aspect.plain": ("It's {shape}, {w}×{h}.", "现在是{shape}，{w}×{h}。"),
    "say.9:16": ("make it vertical", "改成竖屏"),
    "say.16:9": ("make it landscape", "改成横屏"),
    "say.1:1": ("make it square", "改成方形"),
    "answer.change": (" Say “{say}” to change it.", "要改的话，说“{say}”。"),
    "answer.count": ("{what}: {names}.", "{what}：{names}。"),
    "answer.count.photos": ("{n} photos", "{n} 张照片"),
    "answer.count.photo": ("1 photo", "1 张照片"),
    "answer.count.mixed": (
        "{n} clips ({p} photos, {v} video clips)",
        "{n} 段（{p} 张照片、{v} 段视频）",
    ),
    "answer.length": ("It's {total} long ({what}).", "总长 {total}（{what}）。"),
    "answer.clip_sound.on": (
        "{name} plays its own sound at {vol}.",
        "{name}保留原声，音量 {vol}。",
    ),
    "answer.clip_sound.muted": (
        "{name} is muted (no sound of its own).",
        "{name}已静音（没有原声）。",
    ),
    "answer.clip_sound.none": (
        "There are no video clips — photos have no sound of their own.",
        "没有视频片段——照片没有原声。",
    ),
    "answer.neighbour.after": (
        "After {name} comes {other} (photo {k}).",
        "{name}后面是{other}（第 {k} 张）。",
    ),
    "answer.neighbour.before": (
        "Before {name} comes {other} (photo {k}).",
        "{name}前面是{other}（第 {k} 张）。",
    ),
    "answer.neighbour.last": ("{name} is the last one.", "{name}是最后一张。"),
    "answer.neighbour.first": ("{name} is the first one.", "{name}是第一张。"),
    "answer.length.clip": ("{name} is {d} long in the video.", "{name}在视频里 {d}。"),
    "answer.length.source": ("{name} is {d} long.", "{name}长 {d}。"),
    "answer.length.yes": ("Yes — it's {total} long.", "是的，总长 {total}。"),
    "answer.length.no": (
        "No — it's {total} long. Say “make it {want}” to change it.",
        "不是，现在总长 {total}。要改的话，说“改成{want}”。",
    ),
    "answer.per_photo.same": ("Each photo is on screen for {each}.", "每张照片显示 {each}。"),
    "answer.which_clip": ("Number {k} is {name} ({d}).", "第 {k} 张是 {name}（{d}）。"),
    "answer.which_clip.none": (
        "There is no number {k}: the video has {n}.",
        "没有第 {k} 张：视频里一共 {n} 张。",
    ),
    "answer.pace": (
        "The pace is {pace}: each photo shows for about {each}, {trans}. Say “faster” or"
        " “calmer” to change it.",
        "节奏是{pace}：每张照片大约显示 {each}，{trans}。想改的话说“快一点”或“舒缓一点”。",
    ),
    "answer.pace.set": ("your own", "自定义"),
    "answer.pace.trans": ("transitions {d}", "转场 {d}"),
    "answer.pace.cuts": ("straight cuts between them", "照片之间直接切换"),
    "answer.per_photo.mixed": ("The clips are {list} long.", "各段时长：{list}。"),
    "answer.music": (
        "Yes — “{name}” at {vol} volume, fading in over {fi} and out over {fo}.",
        "有，背景音乐是“{name}”，音量 {vol}，淡入 {fi}，淡出 {fo}。",
    ),
    "answer.music.none": ("There's no music yet.", "还没有背景音乐。"),
    "answer.music.use": (
        " Say “use {name} as music” to add it.",
        "说“用{name}做背景音乐”就可以加上。",
    ),
    "answer.music.upload": (
        " Upload a song (drag it into the terminal) and I'll add it.",
        "上传一首歌（拖进终端）就可以加上。",
    ),
    "answer.volume": ("The music is at {vol} volume.", "音乐音量是 {vol}。"),
    "answer.music.state": (
        "Music: “{name}” at {vol} volume, fading in over {fi} and out over {fo}.",
        "背景音乐：“{name}”，音量 {vol}，淡入 {fi}，淡出 {fo}。",
    ),
    "answer.song_length": (
        "“{name}” is {d} long; the video is {total}.",
        "“{name}”时长 {d}；视频总长 {total}。",
    ),
    "answer.song_length.none": ("No song is uploaded.", "还没有上传歌曲。"),
    "answer.fps": ("It's {fps} fps.", "帧率是 {fps} fps。"),
    "answer.fps.yes": ("Yes — {fps} fps.", "是的，{fps} fps。"),
    "answer.fps.no": ("No — it's {fps} fps.", "不是，现在是 {fps} fps。"),
    "answer.resolution": ("It's {res} ({w}×{h}).", "分辨率是 {res}（{w}×{h}）。"),
    "answer.transitions": ("Between the clips: {what}.", "素材之间：{what}。"),
    "answer.transitions.cut": ("straight cuts", "直接切换"),
    "answer.video_fade": (
        "Fade from black at the start: {fi}; fade to black at the end: {fo}.",
        "开头从黑场淡入：{fi}；结尾淡出到黑场：{fo}。",
    ),
    "answer.video_fade.none": (
        "The video doesn't fade in or out. Say “fade out at the end” to add one.",
        "视频开头和结尾没有淡入淡出。要加的话，说“结尾淡出”。",
    ),
    "answer.off": ("none", "无"),
    "answer.texts": ("{what}.", "{what}。"),
    "answer.text_item": (
        "{role} “{text}” ({span}, {pos}, {color})",
        "{role}“{text}”（{span}，{pos}，{color}）",
    ),
    "answer.texts.none": (
        "There's no text yet. Say “add the title 'Summer'” to add one.",
        "还没有文字。说“加标题“夏天””就可以加上。",
    ),
    "answer.motion": ("Camera moves: {what}.", "照片的动态效果：{what}。"),
    "answer.fit": (
        "Photos of another shape than the {shape} frame {how}. Say {say} to change it.",
        "和{shape}画面比例不同的照片{how}。要改的话，说{say}。",
    ),
    "answer.fit.auto": (
        "fill it, framed around their subject (cropped only where no subject is lost)",
        "围绕主体铺满画面（只在不切掉主体时裁剪）",
    ),
    "answer.fit.blur": (
        "are shown whole over a blurred copy of themselves",
        "完整显示，两边用模糊背景填充",
    ),
    "answer.fit.crop": ("are cropped to fill it", "裁剪铺满画面"),
    "answer.fit.pad": ("are shown whole with black bars", "完整显示并加黑边"),
    "answer.fit.say": ("“show the whole photo” or “fill the frame”", "“完整显示”或“铺满画面”"),
    "answer.name": ("The project is called “{title}”.", "项目名称是“{title}”。"),
    "answer.order": ("In order: {names}.", "顺序：{names}。"),
    "answer.ready": (
        "It's ready whenever you are — type /export to render it.",
        "随时可以导出——输入 /export 渲染成片。",
    ),
    "answer.other": ("Here's where it stands — {summary}", "目前的情况——{summary}"),
    "chitchat": (
        "Glad to help! Tell me what to change next, or type /export when it's ready.",
        "好的！还想改什么直接说，做好了输入 /export 导出。",
    ),
    "info.correction": ("OK, changed as you meant.", "好的，按你的意思改了。"),
}
MESSAGES.update(ANSWERS)

# what to show for an edit that was already so: the answer about the same thing, from the
# draft ("use crossfades" → "Between the clips: crossfade (0.5 s).")
ALREADY_TOPIC: dict[str, str] = {
    "set_format": "aspect",
    "set_duration": "length",
    "scale_duration": "length",
    "set_pace": "per_photo",
    "set_motion": "motion",
    "set_transition": "transitions",
    "add_text": "texts",
    "edit_text": "texts",
    "set_music": "music",
    "edit_music": "music",
    "set_video_fade": "video_fade",
    "set_project_title": "name",
    "move_clip": "order",
    "swap_clips": "order",
    "reorder_clips": "order",
}


def already_states(ops: list[Any], draft: dict[str, Any] | None, lang: str) -> list[str]:
    """How the things these ops asked for already are (one line per topic, in order): said
    with "already so" so the user sees it is true, not just told."""
    topics: list[str] = []
    for op in ops:
        topic = ALREADY_TOPIC.get(op.name)
        if op.name == "set_format" and not getattr(op, "aspect", None):
            topic = "fps" if getattr(op, "fps", None) else "resolution"
            if not getattr(op, "fps", None) and not getattr(op, "resolution", None):
                topic = None  # a fit only: said by the summary
        if topic and topic not in topics:
            topics.append(topic)
    music = Timeline(draft or {}).music
    return [
        msg("answer.music.state", lang, **music_fields(music))
        if t == "music" and music is not None
        else answer(f"answer.{t}", {}, draft, [], lang)
        for t in topics
    ]


_SHAPES = {"9:16": "vertical", "16:9": "landscape", "1:1": "square"}


def answer(
    key: str, fields: dict[str, Any], draft: dict[str, Any] | None, media: list[Any], lang: str
) -> str:
    """The answer to one question note (``answer.<topic>``), from ``draft``."""
    topic = key.split(".", 1)[1]
    tl = Timeline(draft or {})
    clips = tl.clips
    audio = [x for x in media if getattr(x, "kind", "") == "audio"]
    if topic == "song_length":
        if not audio:
            return msg("answer.song_length.none", lang)
        song = audio[-1]
        if tl.music is not None:
            song = next((a for a in audio if a.id == tl.music.media_id), song)
        return msg(
            "answer.song_length",
            lang,
            name=song.name,
            d=secs(song.duration_ms or 0),
            total=secs(tl.duration_ms),
        )
    visual = [x for x in media if getattr(x, "kind", "") in ("image", "video")]
    k = fields.get("clip")
    if topic == "length" and isinstance(k, int):
        if clips and 0 <= k < len(clips):
            return msg("answer.length.clip", lang, name=clips[k].name, d=secs(clips[k].ms))
        src = visual[k] if 0 <= k < len(visual) else None
        if src is not None and getattr(src, "duration_ms", None):
            return msg("answer.length.source", lang, name=src.name, d=secs(src.duration_ms))
    if not draft or not clips:
        if topic in ("music", "volume") and tl.music is None:
            pass
        elif visual:
            return msg("answer.no_video.uploads", lang, n=len(visual))
        else:
            return msg("answer.no_video", lang)
    aspect = tl.aspect
    shape = msg(f"shape.{aspect}", lang) if f"shape.{aspect}" in MESSAGES else aspect
    if topic in ("vertical", "landscape", "square"):
        want = str(fields.get("expect"))
        yes = aspect == want or (want == "9:16" and aspect == "4:5" and topic == "vertical")
        text = msg("answer.yes" if yes else "answer.no", lang) + msg(
            "answer.aspect", lang, shape=shape, w=tl.width, h=tl.height
        )
        if not yes and f"say.{want}" in MESSAGES:
            text += msg("answer.change", lang, say=msg(f"say.{want}", lang))
        return text
    if topic == "contents":
        return describe(draft, lang)
    if topic == "aspect":
        return msg("answer.aspect.plain", lang, shape=shape, w=tl.width, h=tl.height)
    if topic == "count":
        return msg("answer.count", lang, what=_how_many(clips, lang), names=_names(clips, lang))
    if topic == "length":
        total = tl.duration_ms
        asked = fields.get("ms")
        if isinstance(asked, int):
            if abs(asked - total) < 50:
                return msg("answer.length.yes", lang, total=secs(total))
            return msg("answer.length.no", lang, total=secs(total), want=secs(asked))
        return msg("answer.length", lang, total=secs(total), what=_how_many(clips, lang))
    if topic == "which_clip":
        n = fields.get("number")
        k = int(n) if isinstance(n, int | float) else 0
        if not 1 <= k <= len(clips):
            return msg("answer.which_clip.none", lang, k=k, n=len(clips))
        return msg("answer.which_clip", lang, k=k, name=clips[k - 1].name, d=secs(clips[k - 1].ms))
    if topic == "pace":
        photos = [c.ms for c in clips if not c.is_video] or [c.ms for c in clips]
        joins = [c.transition for c in clips[1:] if not c.transition.is_cut]
        trans = (
            msg("answer.pace.trans", lang, d=secs(max(j.ms for j in joins)))
            if joins
            else msg("answer.pace.cuts", lang)
        )
        pace = msg(f"pace.{tl.pace}", lang) if tl.pace and f"pace.{tl.pace}" in MESSAGES else ""
        return msg(
            "answer.pace",
            lang,
            pace=pace or msg("answer.pace.set" if tl.explicit_lengths else "pace.normal", lang),
            each=secs(round(sum(photos) / len(photos))),
            trans=trans,
        )
    if topic == "per_photo":
        lens = [c.ms for c in clips]
        if len(set(lens)) == 1:
            return msg("answer.per_photo.same", lang, each=secs(lens[0]))
        items = [f"{i + 1}. {secs(d)}" for i, d in enumerate(lens)]
        return msg("answer.per_photo.mixed", lang, list=msg("list", lang).join(items))
    if topic in ("music", "volume"):
        music = tl.music
        if music is None:
            text = msg("answer.music.none", lang)
            if audio:
                return text + msg("answer.music.use", lang, name=audio[-1].name)
            return text + msg("answer.music.upload", lang)
        if topic == "volume":
            return msg("answer.volume", lang, vol=pct(music.volume))
        return msg("answer.music", lang, **music_fields(music))
    if topic == "fps":
        fps = tl.fps
        asked_n = fields.get("number")
        if isinstance(asked_n, float) and asked_n in (24.0, 25.0, 30.0, 60.0):
            return msg("answer.fps.yes" if asked_n == fps else "answer.fps.no", lang, fps=fps)
        return msg("answer.fps", lang, fps=fps)
    if topic == "resolution":
        res = tl.resolution.upper()
        return msg("answer.resolution", lang, res=res, w=tl.width, h=tl.height)
    if topic == "transitions":
        kinds = []
        for c in clips[1:]:
            tr = c.transition
            word = (
                msg("answer.transitions.cut", lang)
                if tr.is_cut or not tr.ms
                else f"{tr_name(tr.type, lang)} ({secs(tr.ms)})"
            )
            if word not in kinds:
                kinds.append(word)
        return msg(
            "answer.transitions",
            lang,
            what=msg("list", lang).join(kinds) or msg("answer.transitions.cut", lang),
        )
    if topic == "video_fade":
        fi, fo = tl.fade_in_ms or 0, tl.fade_out_ms or 0
        if not fi and not fo:
            return msg("answer.video_fade.none", lang)
        off = msg("answer.off", lang)
        return msg(
            "answer.video_fade", lang, fi=secs(fi) if fi else off, fo=secs(fo) if fo else off
        )
    if topic == "texts":
        texts = tl.texts
        if not texts:
            return msg("answer.texts.none", lang)
        asked = [t for t in texts if t.role == fields.get("role")]
        texts = asked or texts  # "what does the title say?": the title
        items = [msg("answer.text_item", lang, **text_fields(t, lang)) for t in texts[:6]]
        return msg("answer.texts", lang, what=msg("list", lang).join(items))
    if topic == "motion":
        kinds = []
        for c in clips:
            mo = c.motion
            word = msg(f"motion.{mo}", lang) if f"motion.{mo}" in MESSAGES else mo
            if word not in kinds:
                kinds.append(word)
        return msg("answer.motion", lang, what=msg("list", lang).join(kinds))
    if topic == "fit":
        fit = tl.fit if f"answer.fit.{tl.fit}" in MESSAGES else "auto"
        return msg(
            "answer.fit",
            lang,
            shape=shape,
            how=msg(f"answer.fit.{fit}", lang),
            say=msg("answer.fit.say", lang),
        )
    if topic == "clip_sound":
        videos = [c for c in clips if c.is_video]
        if not videos:
            return msg("answer.clip_sound.none", lang)
        return " ".join(
            msg("answer.clip_sound.muted", lang, name=c.name)
            if c.muted
            else msg("answer.clip_sound.on", lang, name=c.name, vol=f"{round(c.volume * 100)}%")
            for c in videos
        )
    if topic == "neighbour" and isinstance(k, int) and 0 <= k < len(clips):
        rel = "before" if fields.get("rel") == "before" else "after"
        j = k - 1 if rel == "before" else k + 1
        if not 0 <= j < len(clips):
            return msg(
                "answer.neighbour.first" if rel == "before" else "answer.neighbour.last",
                lang,
                name=clips[k].name,
            )
        return msg(
            f"answer.neighbour.{rel}", lang, name=clips[k].name, other=clips[j].name, k=j + 1
        )
    if topic == "neighbour":
        return msg("answer.order", lang, names=_names(clips, lang))
    if topic == "name":
        return msg("answer.name", lang, title=tl.title or "")
    if topic == "order":
        return msg("answer.order", lang, names=_names(clips, lang))
    if topic == "ready":
        return summary(draft, lang) + "\n" + msg("answer.ready", lang)
    return msg("answer.other", lang, summary=summary(draft, lang))


def _how_many(clips: list[Clip], lang: str) -> str:
    """ "6 photos", "1 photo", "4 clips (3 photos, 1 video clip)"."""
    p = sum(1 for c in clips if not c.is_video)
    if p == len(clips):
        return msg("answer.count.photo", lang) if p == 1 else msg("answer.count.photos", lang, n=p)
    return msg("answer.count.mixed", lang, n=len(clips), p=p, v=len(clips) - p)


def _names(clips: list[Clip], lang: str) -> str:
    names = [f"{i + 1}. {c.label}" for i, c in enumerate(clips[:12])]
    return msg("list", lang).join(names) + ("…" if len(clips) > 12 else "")
