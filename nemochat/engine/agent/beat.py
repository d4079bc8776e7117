"""Cut to the beat: the agent's side ("cut to the beat", "on the beat", "卡点", "踩点").

Self-contained: the op (``ops.BeatSync``), its parse hook (:func:`detect`), what applying it
does (:func:`apply_op`, then :func:`after_edits` after every turn), and its reply text
(:data:`MESSAGES`, merged into the agent's catalog). The draft work itself is
``nemochat/engine/beatsync.py``; the beats come from the media store, through
``MediaInfo.bpm`` / ``MediaInfo.beats_ms``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from nemochat.engine import beatsync as bs
from nemochat.engine.agent import ops as O
from nemochat.engine.agent.model import MediaInfo
from nemochat.engine.agent.reasons import OpFailed
from nemochat.engine.agent.units import secs
from nemochat.engine.draft_model import Key, Timeline

MESSAGES: dict[str, tuple[str, str]] = {
    "op.beat_sync": (
        "cut to the beat: {bpm} BPM, a cut every {every} ({each} per photo, {total} in all)",
        "已卡点：{bpm} BPM，{every}切换一次（每张 {each}，共 {total}）",
    ),
    "op.beat_sync.off": (
        "cuts no longer follow the beat (lengths kept)",
        "已取消卡点（时长保持不变）",
    ),
    "beat.every.one": ("beat", "每拍"),
    "beat.every.many": ("{n} beats", "每 {n} 拍"),
}
EXPLICIT_OPS = (O.SetDuration, O.ScaleDuration, O.TrimClip)

BEAT_PATTERN = (
    r"\b(?:cut|cuts|cutting|sync|synced|syncing|edit|edited|time|timed|match|matched|switch)\b"
    r"(?:\s+\w+){0,3}?\s+(?:to|on|with)\s+the\s+(?:beats?|rhythm|music(?:'s)? beats?)\b"
    r"|\bon (?:the|every(?: other)?) beats?\b|\bbeat[- ]?(?:sync(?:ed)?|matched|cuts?|drop)\b"
    r"|\b(?:to|with) the beat\b|\bbeat (?:thing|stuff|syncing|matching|cutting|mode|feature)\b"
    r"|\b(?:hit|hits|hitting|land on|lands on|fall on|falls on|follow|follows|match|matches)"
    r" the (?:beats?|drums?|rhythm)\b"
    r"|卡点(?:视频)?|踩点|卡拍|踩拍|跟着?\s*(?:音乐的?|[\w.]{1,30}\s*的)?(?:节奏|节拍|鼓点)|按节拍|随节拍|合拍"
    r"|(?:卡|踩|落|对)(?:在|准|上|着)?(?:音乐的?)?(?:鼓点|节拍|拍子|节奏点)上?|跟着?鼓点|按(?:照)?(?:音乐的?)?(?:鼓点|拍子|节奏点)"
)
_EVERY = re.compile(
    r"\bevery (?P<n>\d+) beats?\b|\bevery (?:single )?beat\b|\bevery (?P<other>other) beat\b|\bevery (?P<bars>\d+ )?bars?\b"
    r"|每(?:隔)?(?P<zn>\d+)(?:个)?拍|(?P<zn2>\d+|[一二两三四五六七八])(?:个)?拍(?:换|切)(?:1|一)?(?:张|次|下)?"
    r"|每(?P<zbar>\d+)?(?:个)?小节|每(?:一)?拍"
)


_ZH_DIGIT = {d: i for i, d in enumerate("一二三四五六七八", start=1)} | {"两": 2}
# said with the beat words, the cuts stop following the beat ("turn off the beat sync",
# "stop the beat thing", 取消卡点)
_OFF = re.compile(
    r"\b(?:turn(?:ing)? (?:it |that )?off|switch (?:it )?off|stop|remove|disable|cancel|no more|"
    r"get rid of|drop|kill|undo|lose)\b|\boff\b|取消|关掉|关闭|去掉|不要了|停止|停掉"
)


def _every(c: str) -> int | None:
    m = _EVERY.search(c)
    if not m:
        return None
    if m.group("n"):
        return max(1, min(16, int(m.group("n"))))
    if m.group("other"):
        return 2
    if m.group(0).startswith("every") and "bar" in m.group(0):
        return 4 * max(1, min(4, int((m.group("bars") or "1").strip())))
    if m.group("zn") or m.group("zn2"):
        n = m.group("zn") or m.group("zn2")
        return max(1, min(16, int(n) if n.isdigit() else _ZH_DIGIT[n]))
    if "小节" in m.group(0):
        return 4 * max(1, min(4, int(m.group("zbar") or 1)))
    return 1  # 每拍


def detect(ctx: Any, c: str, neg: bool) -> bool:
    """The parse hook: an ``ops.BeatSync`` for a request to cut on the beat (or to stop)."""
    every = _every(c)
    if not re.search(BEAT_PATTERN, c) and not (
        every and re.search(r"\b(?:beats?|bars?)\b|拍|小节", c)
    ):
        return False
    if neg or _OFF.search(c):
        ctx.op(O.BeatSync(on=False))
        return True
    earlier = next((o for o in ctx.out.ops if isinstance(o, O.BeatSync) and o.on), None)
    if earlier is not None:  # "on the beat, every 2 beats": one request, two clauses
        earlier.every = every or earlier.every
        return True
    if not ctx.ensure_clips():
        return True
    if (
        not ctx.has_music and ctx.audio and not any(isinstance(o, O.SetMusic) for o in ctx.out.ops)
    ):  # "卡点视频" with a song uploaded: use it
        ctx.op(O.SetMusic(media=ctx.audio[0].id))
    ctx.op(O.BeatSync(every=every))
    return True


def strip(c: str) -> str:
    """The clause without the beat words, for the other detectors ("卡点视频" → "视频")."""
    c = re.sub(BEAT_PATTERN, " ", c)
    c = re.sub(_EVERY, " ", c)
    # "… to the beat of the song": whose beat, not a request to add the song
    c = re.sub(r"\b(?:of|in|from) (?:the |my |this )?(?:song|music|track|bgm)\b", " ", c)
    # what is left of "cut every 4 beats" / "每2拍切一次" is the cutting itself, not a transition
    c = re.sub(
        r"(?<!hard )(?<!jump )\b(?:cuts?|switch|change|transitions?)\b|切换?(?:一次)?|换(?:1|一)?张|转场|过渡",
        " ",
        c,
    )
    return c.strip()


def _beats(tl: Timeline, by_id: dict[str, MediaInfo]) -> list[int]:
    music = tl.music
    info = by_id.get(music.media_id) if music is not None else None
    if info is None or not info.beats_ms or info.bpm <= 0:
        return []
    return bs.video_beats(tl.draft, info.beats_ms, info.bpm, info.duration_ms)


def apply_op(tl: Timeline, op: O.BeatSync, by_id: dict[str, MediaInfo]) -> dict[str, Any]:
    if not op.on:
        tl.beat_every = None
        return {"beat_sync": False}
    if not tl.clips:
        raise OpFailed("no_clips")
    if tl.music is None:
        raise OpFailed("beat_no_music")
    beats = _beats(tl, by_id)
    period = bs.period_ms(beats)
    if period <= 0:
        raise OpFailed("beat_none")
    every = op.every or bs.choose_every(tl.draft, period)
    tl.beat_every = every
    bs.sync(tl.draft, beats, every)
    return {"bpm": round(60_000 / period), "every": every, "each_ms": round(every * period)}


def after_edits(d: dict[str, Any], ops: Sequence[O.Op], by_id: dict[str, MediaInfo]) -> None:
    """After a turn's edits: keep cuts on the beat (``m.beat_sync``), or snap default cuts."""
    if not isinstance(d.get(Key.META), dict):
        return
    tl = Timeline(d)
    for op in ops:
        if isinstance(op, EXPLICIT_OPS) or (isinstance(op, O.Create) and op.photo_ms):
            tl.explicit_lengths = True  # the user chose lengths: never snap them
    beats = _beats(tl, by_id)
    if not beats:
        return
    every = tl.beat_every
    if every is not None:
        if any(isinstance(op, (*EXPLICIT_OPS, O.SetPace)) for op in ops):
            every = bs.choose_every(d, bs.period_ms(beats))  # new lengths: a new beat count
            tl.beat_every = every
        if every >= 1:
            bs.sync(d, beats, every)
    elif not tl.explicit_lengths:
        bs.snap(d, beats)


def msg(key: str, lang: str, **fields: Any) -> str:
    """One of this module's sentences (the agent's catalog holds them too)."""
    en, zh = MESSAGES[key]
    text = zh if lang == "zh" else en
    return text.format(**fields) if fields else text


def describe(op: O.BeatSync, res: dict[str, Any], tl: Timeline, lang: str) -> str:
    if not op.on:
        return msg("op.beat_sync.off", lang)
    every = int(res.get("every", 1))
    word = msg("beat.every.one", lang) if every == 1 else msg("beat.every.many", lang, n=every)
    return msg(
        "op.beat_sync",
        lang,
        bpm=res.get("bpm", 0),
        every=word,
        each=secs(res.get("each_ms", 0)),
        total=secs(tl.duration_ms),
    )
