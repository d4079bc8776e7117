"""Request families declared as data: each has its vocabulary in ``vocab/<family>.yaml`` and a
small handler here, registered in :data:`FAMILIES` with a priority.

``run(ctx, clause)`` tries them in priority order before the older detectors in parse.py; a
family returns the (possibly rewritten) clause and whether it handled it. Adding a kind of
request: a YAML file (or entry) with its EN/ZH words, a handler, one ``Family`` line, and its
corpus cases (docs/agent.md, "Adding a kind of request").
"""

from __future__ import annotations

import dataclasses
import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

from nemochat.engine import draft as dr
from nemochat.engine.agent import ops as O
from nemochat.engine.agent.acts import (
    QUOTE,
    UNSEEN,
    Clause,
    analyse,
    measure,
    plain_numbers,
    quote_mark,
)
from nemochat.engine.agent.apply import PACE_TRANSITION_MS
from nemochat.engine.agent.model import MediaInfo
from nemochat.engine.agent.registry import Patterns, compile_entry, vocab
from nemochat.engine.agent.words import (
    ALL,
    MUSIC_WORD,
    ORDINALS,
    TEXT_WORD,
    TRANS_WORD,
    Clips,
    color,
    durations,
    position,
    refs,
    sizes,
    style,
    to_ms,
)
from nemochat.engine.draft_model import Text, Timeline
from nemochat.hanzi import simplified


class Planned(Protocol):
    """What the parser has planned so far in this request."""

    @property
    def ops(self) -> list[O.Op]: ...

    @property
    def created(self) -> bool: ...

    @property
    def notes(self) -> list[Any]: ...

    pending: str  # a clause waiting for the answer to "which photo?" ({photo} marks it)


class Ctx(Protocol):
    """What a family's handler sees of the request being parsed (the parser's context):
    the draft, the uploads, the clip list the ops will see, and how to add an op or a
    note. Handlers read clauses through :mod:`.words`; they never import the parser."""

    draft: dict | None
    tl: Timeline  # the draft, read through the typed model (empty when there is none)
    media: list[MediaInfo]
    quotes: list[str]
    heard: list[str]  # quoted words a note or an op already answers for
    original: str
    clips: Clips
    visual: list[MediaInfo]
    audio: list[MediaInfo]
    real: bool
    subject: str
    carried: str  # what the last turn was about ("music", "标题" …), for a bare follow-up
    durations_used: bool
    duration_of_subject: bool
    moved: bool  # this clause put a photo somewhere
    norm: str  # the whole request, normalised
    unseen: list[str]  # photos named by content that no file name has (asked about)
    total_ms: int | None
    video_fade_clause: str
    has_music: bool
    no_music: bool
    replaced: set[tuple[str, str]]

    @property
    def out(self) -> Planned: ...

    def op(self, op: O.Op) -> None: ...

    def note(self, kind: str, key: str = "", **fields: Any) -> None: ...

    def recover(self, fragment: str) -> str: ...

    def quote(self, s: str) -> str | None: ...

    def restore_quotes(self, s: str) -> str: ...

    def ensure_clips(self) -> bool: ...

    def create(self, photo_ms: int | None = None) -> None: ...


@dataclass(frozen=True)
class Family:
    name: str
    priority: int  # lower runs first
    handle: Callable[[Ctx, str], tuple[str, bool]]


def _texts(ctx: Ctx) -> list[Text]:
    return ctx.tl.texts


def _role(word: str) -> str | None:
    if re.search(r"caption|subtitle|字幕", word):
        return "caption"
    if re.search(r"title|heading|headline|标题", word):
        return "title"
    return None  # "text", "words": any


def _secs(ms: int) -> str:
    return f"{ms / 1000:.1f}".rstrip("0").rstrip(".") + " s"


def _clean(text: str) -> str:
    return text.strip(" \t,.;:：，。；!！\"'“”‘’")


# --- references by content ----------------------------------------------------------------


@cache
def _not_content() -> re.Pattern[str]:
    words = vocab("references").data.get("not_content", [])
    return re.compile("^(?:" + "|".join(f"(?:{w})" for w in words) + ")$")


_ZH_LEAD = re.compile(
    r"^(?:是|就是|不是|把|将|删掉|删除|删|去掉|移动|移|有|让|给|和|跟|与|用|拿|加在|加到|插在|插到|放在|放到|放|那|这|复制|换成|改成|换)+"
)


def _zh_word(word: str) -> str:
    return _ZH_LEAD.sub("", word).rstrip("的")


def stems(word: str) -> list[str]:
    """A word and its stem ("walking" → walk.mp4, "sunsets" → sunset.jpg)."""
    out = [word]
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            out.append(word[: -len(suffix)])
    return out


def references(ctx: Ctx, c: str) -> tuple[str, bool]:
    """ "the coffee pic" → coffee.png (said in the reply); "the cat pic" → ask which photo;
    every one in the clause (港口那张和城市那张换一下位置: both)."""
    for _ in range(6):
        done, handled = _reference(ctx, c)
        if handled or done == c:
            return done, handled
        c = done
    return c, False


def _reference(ctx: Ctx, c: str) -> tuple[str, bool]:
    """The first photo described in the clause, named (or asked about)."""
    if not ctx.clips.n:
        return c, False
    v = vocab("references")
    zh_words: dict[str, str] = v.data.get("zh_words", {}) or {}
    if True:
        for m in v.get("describe").finditer(c):
            groups = {k: g for k, g in m.groupdict().items() if g}
            raw = next(iter(groups.values()), "")
            is_zh = "zh" in next(iter(groups), "")
            word = _zh_word(raw) if is_zh else raw
            if (
                not word
                or any(_not_content().match(w) for w in word.split())
                or re.search(r"\d|" + QUOTE, word)
            ):
                continue
            if is_zh and (re.search(r"第|最|前|后|倒数|每|几|其", raw) or len(word) > 4):
                continue
            keys = stems(word)
            if is_zh:
                keys = [en for zh, en in zh_words.items() if zh in word] or [word]
            names = [n.lower() for n in ctx.clips.names]
            hits = [i for i, n in enumerate(names) if any(k.lower() in n for k in keys)]
            if not hits and vocab("clips").get("add").search(c):
                # "add the city photo back": an upload that is not on the track
                off = [
                    m.name
                    for m in ctx.visual
                    if m.name not in ctx.clips.names
                    and any(k.lower() in m.name.lower() for k in keys)
                ]
                if len(off) == 1:
                    phrase = _ZH_LEAD.sub("", m.group(0).strip()) if is_zh else m.group(0).strip()
                    lead = (
                        m.group(0).strip()[: len(m.group(0).strip()) - len(phrase)] if is_zh else ""
                    )
                    ctx.note("info", "info.by_name.upload", said=ctx.recover(phrase), name=off[0])
                    return c.replace(m.group(0), f"{lead} {off[0].lower()} ", 1), False
            phrase = _ZH_LEAD.sub("", m.group(0).strip()) if is_zh else m.group(0).strip()
            # the verb before the phrase stays (删掉海滩那张 → 删掉 beach.jpg)
            lead = m.group(0).strip()[: len(m.group(0).strip()) - len(phrase)] if is_zh else ""
            if not is_zh and re.search(r"(?:pic|picture|photo|image|shot|snap|selfie)s$", phrase):
                continue  # "my trip pics": all of them, not one photo
            if len(hits) == 1:
                name = ctx.clips.names[hits[0]]
                ctx.note("info", "info.by_name", said=ctx.recover(phrase), name=name, k=hits[0] + 1)
                return c.replace(m.group(0), f"{lead} {name.lower()} ", 1), False
            if not hits and "vword" in groups:
                continue  # "the entire video": no file named, and not a photo described
            if not hits and not any(n.rsplit(".", 1)[0] in c for n in names if len(n) > 4):
                items = [f"{i + 1} {n}" for i, n in enumerate(ctx.clips.names[:12])]
                ctx.note(
                    "clarify",
                    "clarify.which_photo",
                    said=ctx.recover(phrase),
                    clips=items,
                    n=ctx.clips.n,
                )
                ctx.unseen.append(m.group(0).strip())
                if not ctx.out.pending:  # answered next turn ("2", "chelsea.png"): done then
                    gap = "" if is_zh else " "  # a space between Chinese words splits them
                    ctx.out.pending = ctx.restore_quotes(
                        c.replace(m.group(0), f"{lead}{gap}{{photo}}{gap}", 1)
                    )
                return c.replace(m.group(0), f"{lead} {UNSEEN} ", 1), False
    return c, False


def slot_named(ctx: Ctx, c: str) -> tuple[str, bool]:
    """The place first, then the photo: "the first photo should be the cake one", 第一张放蛋糕
    那张 (the photo already read as its file name by ``references``) — that photo moved there."""
    m = vocab("clips").get("slot_named").first(c) if ctx.clips.n else None
    if not m:
        return c, False
    what = m.group("what")
    named = [i for i, n in enumerate(ctx.clips.names) if n.lower() in what]
    if len(named) != 1:
        return c, False
    slot = m.group("slot")
    v = vocab("clips")
    if v.get("dest_start").search(slot) or re.search(r"opening|片头", slot):
        dest = 0
    elif v.get("dest_end").search(slot) or re.search(r"final|closing|片尾", slot):
        dest = ctx.clips.n - 1
    else:
        at = refs(f"{slot} photo" if not re.search(r"[\u4e00-\u9fff]", slot) else slot, ctx.clips)
        if not (isinstance(at, list) and len(at) == 1 and 0 <= at[0] < ctx.clips.n):
            return c, False
        dest = at[0]
    if ctx.ensure_clips():
        _move(ctx, named[0], dest)
    return c, True


# --- length from the song -------------------------------------------------------------------


def song_length(ctx: Ctx, c: str) -> tuple[str, bool]:
    if not vocab("length").get("song_length").search(c):
        return c, False
    music = ctx.tl.music
    song = None
    trim = 0
    if music is not None:
        song = next((m for m in ctx.audio if m.id == music.media_id), None)
        trim = music.trim_ms
    elif len(ctx.audio) >= 1:
        song = ctx.audio[-1]
        ctx.op(O.SetMusic(media=song.id))
    if song is None:
        ctx.note("need_audio", "need_audio")
        return c, True
    if not song.duration_ms:
        ctx.note("info", "info.song_length_unknown", name=song.name)
        return c, True
    if ctx.ensure_clips():
        ctx.op(O.SetDuration(total_ms=max(1000, int(song.duration_ms) - trim)))
        ctx.note("info", "info.song_length", name=song.name, d=_secs(int(song.duration_ms) - trim))
    return c, True


# --- text -----------------------------------------------------------------------------------


def _target(ctx: Ctx, role: str | None) -> int | None:
    for i, s in enumerate(_texts(ctx)):
        if role is None or s.role == role:
            return i
    return None


def _set_text(ctx: Ctx, role: str | None, text: str) -> None:
    target = _target(ctx, role)
    if target is None:
        if ctx.ensure_clips():
            ctx.op(O.AddText(text=text, role=role or "title"))
        return
    ctx.op(O.EditText(target=target, text=text))


def labelled_words(ctx: Ctx, c: str) -> str:
    """The clause with words labelled by a colon taken whole, as if quoted ("add a title:
    现在出发" → the title 现在出发; nothing in them is read as a place, a time or a negation)."""
    m = re.search(vocab("text").data["labelled_words"], c) if re.search("[:：]", c) else None
    if not m or re.search(QUOTE, m.group("words")):
        return c
    if re.search(r"\d$", m.group("head")) and re.match(r"\d", m.group("words")):
        return c  # a time or a ratio ("at 0:30"), not a label
    ctx.quotes.append(_clean(ctx.recover(m.group("words"))))
    return f"{m.group('head')}: {quote_mark(len(ctx.quotes) - 1)}"


def text_say(ctx: Ctx, c: str) -> tuple[str, bool]:
    """Unquoted new words: "make the text say Grand Opening Sale instead", "Title: Summit"."""
    v = vocab("text_edit")
    labelled = v.get("labelled").search(c)  # "Title: Summit" (its words are a quote by now)
    if re.search(QUOTE, c) and not (labelled and re.fullmatch(QUOTE, labelled.group("text"))):
        return c, False  # quoted text: the text detector has it
    m = labelled or v.get("say").search(c)
    named = None if m or re.search(QUOTE, c) else v.get("named").search(c)
    words = ctx.recover(named.group("text")) if named else ""
    if (
        named
        and re.match(r"[A-Z0-9]", words)
        and not re.match(r"\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|x|times|px)\b", words)
        # the user's own role word before the words (not one a follow-up was read with)
        and re.search(
            rf"{named.group('role')}\s+(?:\w+\s+)?{re.escape(words[:4])}", ctx.original, re.I
        )
    ):
        m = named  # "make the title Spring Sale": written as a name, not "3 seconds longer"
    if not m:
        return c, False
    groups = m.groupdict()
    text = ctx.quote(groups.get("text") or "") or _clean(ctx.recover(groups.get("text") or ""))
    if not text or re.fullmatch(
        r"(?:bigger|smaller|red|blue|bold|it|this|that|大一点|小一点)", text.lower()
    ):
        return c, False
    if re.fullmatch(
        r"\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|秒)(?:\s+(?:longer|shorter|long|more|less))?"
        r"|(?:top|bottom|center|centre|顶部|底部|居中).*",
        text.lower(),
    ):
        return c, False  # "change the title to 5 seconds" / "to the top": not new words

    low = text.lower()
    if (len(low) <= 30 and (color(low) or position(low) or any(sizes(low)) or style(low))) or (
        not labelled
        and re.match(r"(?:at|in|on|to|bigger|smaller|larger|longer|shorter|visible|shown)\b", low)
    ):
        return c, False  # "标题改成黄色", "change the title to bold": a style, not words
    _set_text(ctx, _role(groups.get("role") or ""), text)
    return c, True


def text_replace(ctx: Ctx, c: str) -> tuple[str, bool]:
    """A caption's words, or part of them: "把八折改成七折", "replace Sale with Deals",
    "change 'Grand Opening' to 'Soft Opening'" (matched in the
    original spelling, so 八折 is not read as a number)."""
    texts = _texts(ctx)
    if not texts or not re.search(r"改成|换成|改为|替换|换为|\b(?:change|replace|swap)\b", c):
        return c, False
    original = unicodedata.normalize("NFKC", ctx.original)
    if True:
        # matched in the Simplified reading (換成 is 换成), the words taken as typed
        for m in vocab("text_edit").get("replace").finditer(simplified(original)):
            old = _clean(original[m.start("old") : m.end("old")])
            new = _clean(original[m.start("new") : m.end("new")])
            bare = new.strip(" '\"“”‘’「」!！?？")
            said = max(
                (q for q in ctx.quotes if q and bare.startswith(q.rstrip("!！?？"))),
                key=len,
                default=None,
            )
            # (quoted new words are whole: "change Hello to 'Hola, bienvenidos'")
            new = said or re.split(r"[，,。；;！!]", new)[0].strip()
            if re.search(r"[\u4e00-\u9fff]", new):  # 八折改成九折吧: the particle is not the text
                new = re.sub(r"(?:吧|呢|啊|呀|哦|嘛|啦)+$", "", new) or new
            old = re.sub(r"^(?:the|标题里的|字幕里的|文字里的)\s*", "", old)
            if not old or not new or (old, new) in ctx.replaced:
                continue
            for i, s in enumerate(texts):
                cur = s.text
                if old.lower() in cur.lower():  # the whole text or a part of it
                    at = cur.lower().index(old.lower())
                    ctx.replaced.add((old, new))
                    ctx.heard.extend([old, new])  # quoted words, used
                    ctx.op(O.EditText(target=i, text=cur[:at] + new + cur[at + len(old) :]))
                    return c, True
    return c, False


def no_add_text(ctx: Ctx, c: str) -> tuple[str, bool]:
    v = vocab("text_edit")
    if v.get("no_add").search(c):
        role = role_if_named(c)
        if v.get("no_more").search(c) and any(role in (None, t.role) for t in _texts(ctx)):
            ctx.op(O.RemoveText(role=role))  # "don't want the title anymore": it goes
        else:
            ctx.note("negated", "negated.text")
        return c, True
    return c, False


# --- clips ----------------------------------------------------------------------------------


def put_back(ctx: Ctx, c: str) -> tuple[str, bool]:
    """ "put back the two photos I deleted": uploads that are not in the video, back in their
    upload positions."""
    if not vocab("history").get("put_back").search(c):
        return c, False
    video = ctx.tl.clips
    present = {s.media_id for s in video}
    order = {m.id: i for i, m in enumerate(ctx.visual)}
    missing = [m for m in ctx.visual if m.id not in present]
    just = ctx.tl.memo.get("removed")
    if vocab("history").get("just").search(c) and isinstance(just, list):
        # "the photos I just deleted": those the last turn removed, not every one missing
        missing = [m for m in missing if m.id in just] or missing
    if not missing:
        ctx.note("info", "info.nothing_deleted")
        return c, True
    place = _add_place(ctx, c) if _place_said(c) else None
    if place is not None or (_place_said(c) and vocab("clips").get("add_at_end").search(c)):
        # "put it back at the start", 加回来，放在最前面: where it was said, side by side
        ctx.op(O.AddClips(media=[m.id for m in missing], at=place))
        return c, True
    current = [order.get(s.media_id, -1) for s in video]
    for m in missing:
        idx = order[m.id]
        at = next((k for k, u in enumerate(current) if u > idx), len(current))
        current.insert(at, idx)
        ctx.op(O.AddClips(media=[m.id], at=at))
    counts = [int(x) for x in analyse(c, ctx.quotes).numbers if x == int(x)]  # "the two photos"
    if counts and counts[0] != len(missing):
        ctx.note("info", "info.put_back_count", said=counts[0], n=len(missing))
    return c, True


# --- conversation context -------------------------------------------------------------------


def bring_back(norm: str, last_ops: list[Any]) -> str | None:
    """ "put it back", "bring it back at 30%", "put those two back", 把它加回来: what the last
    turn removed, as the words that ask for it back (``bring_back_as`` in
    ``vocab/context.yaml``); None when the message is not that or nothing was removed."""
    v = vocab("context")
    m = v.get("bring_back").first(norm.strip(" .!。！"))
    if not m:
        return None
    said = [o.get("op") for o in last_ops if isinstance(o, dict)]
    table: dict[str, dict[str, str]] = v.data.get("bring_back_as") or {}
    removed = next((op for op in reversed(said) if op in table), None)
    if removed is None:
        return None
    zh = bool(re.search(r"[\u4e00-\u9fff]", m.group(0)))
    rest = (m.group("rest") or "").strip()
    if zh:  # one clause: 把删掉的照片加回来放在最前面 (a comma or space would split it)
        return table[removed]["zh"] + re.sub(r"^[,，\s]+", "", rest)
    return (table[removed]["en"] + " " + rest).strip()


def same_for_others(ctx: Ctx, c: str) -> tuple[str, bool]:
    """ "the same for the others": the last turn's per-clip edit on the other clips."""
    v = vocab("context")
    if v.get("also_described").search(c):
        c, _ = references(ctx, c)  # 还有日落那张: the photo read as its file name first
    others = bool(v.get("same_for_others").search(c))
    every = bool(v.get("same_for_all").search(c))
    named: list[int] | None = None
    if not others and not every:
        m_named = v.get("same_for_named").first(c.strip(" .!。！"))
        which = (
            (m_named.groupdict().get("which") or m_named.groupdict().get("which2") or "")
            if m_named
            else ""
        )
        r = refs(which + " ", ctx.clips) if m_named else None
        pair = [int(x) for x in re.findall(r"\d+", which)]
        if vocab("transitions").get("between").search(which) and len(pair) >= 2:
            # "do the same between 4 and 5", 第三和第四之间也要: the transition into the later
            r = [max(pair[:2]) - 1]
        if m_named and r is None and re.fullmatch(r"[\d\s&,]+", which):
            r = [int(x) - 1 for x in re.findall(r"\d+", which)]  # "for 4 and 5"
        if not isinstance(r, list) or not r:
            return c, False
        named = [i for i in r if 0 <= i < ctx.clips.n]
        if not named:
            ctx.note("clarify", "clarify.no_such_clip", n=ctx.clips.n)
            return c, True
    last = ctx.tl.memo.get("last")
    n = ctx.clips.n
    repeated = 0
    for data in last if isinstance(last, list) else []:
        if not isinstance(data, dict) or not isinstance(data.get("clips"), list):
            continue
        try:
            op = O.from_json(data)
        except (TypeError, ValueError):
            continue
        done = {int(i) for i in data["clips"] if isinstance(i, int)}
        if named is not None:
            rest = named
        else:
            rest = [i for i in range(n) if i not in done] if others else list(range(n))
        if isinstance(op, O.SetTransition):
            rest = [i for i in rest if i >= 1]
        if not rest:
            continue
        op.clips = rest  # type: ignore[attr-defined]
        ctx.op(op)
        repeated += 1
    if not repeated:
        ctx.note("clarify", "clarify.same_what")
    return c, True


_TEXT_LOOK = ("position", "size", "size_factor", "color", "style", "entrance")


def same_for_text(ctx: Ctx, c: str) -> tuple[str, bool]:
    """ "the caption too" / 字幕也要 after "outline the title": the last turn's change of a
    text's look (style, colour, size, place, entrance) on the other role's texts."""
    m = vocab("context").get("same_for_text").fullmatch(c.strip(" .!。！"))
    if not m:
        return c, False
    said = m.group("role")
    role = (
        "caption" if said in ("caption", "captions", "subtitle", "subtitles", "字幕") else "title"
    )
    looks = [
        op
        for op in _last_ops(ctx)
        if isinstance(op, O.EditText) and any(getattr(op, f) is not None for f in _TEXT_LOOK)
    ]
    if not looks:
        return c, False
    if not any(t.role == role for t in ctx.tl.texts):
        ctx.note("info", "info.no_text")
        return c, True
    last = looks[-1]
    ctx.op(O.EditText(role=role, **{f: getattr(last, f) for f in _TEXT_LOOK}))
    return c, True


def same_but(ctx: Ctx, c: str) -> tuple[str, bool]:
    """ "same but to the right" after "slide left between the photos": the last turn's
    directed edit (a slide, push or wipe; a pan) again, in the direction said. A whole
    message (parse.py runs it before splitting clauses at "but")."""
    m = vocab("context").get("same_but").first(c.strip(" .!。！"))
    if not m:
        return c, False
    rest = m.group("rest")
    direction = next(
        (
            str(d["direction"])
            for pats, d in _ordered("transitions", "directions")
            if pats.search(rest)
        ),
        None,
    )
    if direction is None:
        return c, False
    redone = 0
    for op in _last_ops(ctx):
        if isinstance(op, O.SetTransition) and op.type and "_" in op.type:
            ctx.op(
                O.SetTransition(
                    type=f"{op.type.split('_')[0]}_{direction}", d_ms=op.d_ms, clips=op.clips
                )
            )
            redone += 1
        elif isinstance(op, O.SetMotion) and (op.motion or "").startswith("pan_"):
            ctx.op(O.SetMotion(motion=f"pan_{direction}", clips=op.clips))
            redone += 1
    if not redone:
        ctx.note("clarify", "clarify.same_what")
    return c, True


# --- format: aspect, resolution, frame rate, fit ---------------------------------------------


@cache
def _choices(key: str, value: str) -> list[tuple[Patterns, re.Pattern[str] | None, Any]]:
    """An ordered list of ``{<value>: …, en: […], zh: […], unless: …}`` entries, compiled."""
    out = []
    for entry in vocab("format").data.get(key, []):
        unless = re.compile(entry["unless"]) if entry.get("unless") else None
        out.append((compile_entry(entry), unless, entry[value]))
    return out


def _first(key: str, value: str, c: str) -> Any:
    return next(iter(_matches(key, value, c)), (None, {}))[0]


def _matches(key: str, value: str, c: str) -> list[tuple[Any, dict[str, Any]]]:
    """Every entry of ``key`` that matches ``c``, in order, with the entry itself."""
    entries = vocab("format").data.get(key, [])
    return [
        (result, entry)
        for (pats, unless, result), entry in zip(_choices(key, value), entries, strict=True)
        if pats.search(c) and not (unless and unless.search(c))
    ]


def _format_values(ctx: Ctx, c: str, neg: bool) -> tuple[Any, Any, Any, Any, bool]:
    """Aspect, resolution, fps, fit (None when not said), and whether a platform was named
    but its shape gave way to one said in the same request."""
    v = vocab("format")
    yielded = False
    aspect = None
    m = v.get("ratio").search(c)
    if m:
        value = m.group("ratio")
        aspect = value if value in dr.ASPECTS else v.data["nearest_aspect"][value]
        if aspect != value:
            ctx.note("info", "info.aspect_unsupported", aspect=value, closest=aspect)
    else:
        hits = _matches("aspects", "aspect", c)
        aspect, entry = hits[0] if hits else (None, {})
        said = [o.aspect for o in ctx.out.ops if isinstance(o, O.SetFormat) and o.aspect]
        if entry.get("platform") and said:
            aspect, yielded = None, True  # "square please, it's for my IG grid"
    resolution = _first("resolutions", "resolution", c)
    fps = None
    m = v.get("fps").search(c)
    if m:
        value = int(m.group("fps"))
        fps = min(dr.FPS_VALUES, key=lambda f: abs(f - value))
        if fps != value:
            ctx.note("info", "info.fps_unsupported", fps=value, closest=fps)
    else:
        fps = _first("fps_words", "fps", c)
    fit = None
    if (v.get("fit_crop").search(c) and not neg) or v.get("fit_crop_negated").search(c):
        fit = "crop"
    elif v.get("fit_whole").search(c) or (neg and v.get("fit_whole_negated").search(c)):
        fit = "pad" if v.get("fit_bars").search(c) else "blur"
    elif v.get("fit_blur").search(c):
        fit = "blur"
    return aspect, resolution, fps, fit, yielded


def detect_format(ctx: Ctx, cl: Clause, neg: bool) -> bool:
    """ "9:16", "for TikTok", "4K at 60 fps", "crop to fill", "black bars", 竖屏, 填满."""
    c = cl.text

    aspect, resolution, fps, fit, yielded = _format_values(ctx, c, neg)
    if aspect is None and resolution is None and fps is None and fit is None:
        if not yielded and vocab("format").get("fix_format").search(c):
            # "…youtube, can you fix the format": the shape of the platform named elsewhere
            aspect = next((a for a, e in _matches("aspects", "aspect", ctx.norm) if a), None)
        if aspect is None:
            return yielded  # the platform named is already served by the shape said
    v = vocab("format")
    negm = v.get("negated_shape").search(c)
    if negm and aspect and not fit:
        ctx.note("negated", "negated.generic", part=ctx.recover(negm.group(0)))
        return True
    if (
        fit
        and neg
        and not v.get("fit_named").search(c.split("不要")[0].split("don")[0])
        and any(isinstance(o, O.SetFormat | O.SetFit) and o.fit for o in ctx.out.ops)
    ):
        return True  # "use black bars, don't crop": the explicit choice stands
    if not ctx.real and ctx.visual and not ctx.out.created:
        ctx.create()
    if fit and (aspect or resolution or fps) is None:  # the fit alone: its own op
        r = refs(c, ctx.clips)
        clips = [i for i in r if 0 <= i < ctx.clips.n] if isinstance(r, list) else []
        ctx.op(O.SetFit(fit=fit, clips=clips or None))
        return True
    ctx.op(O.SetFormat(aspect=aspect, resolution=resolution, fps=fps, fit=fit))
    return True


# --- follow-ups on the last turn's values -------------------------------------------------


def _last_ops(ctx: Ctx) -> list[O.Op]:
    last = ctx.tl.memo.get("last")
    out: list[O.Op] = []
    for data in last if isinstance(last, list) else []:
        try:
            out.append(O.from_json(data))
        except (TypeError, ValueError):
            continue
    return out


def _again(op: O.Op, less: bool, said: str = "") -> O.Op | None:
    """A relative edit once more ("a bit more"), or back the other way ("a bit less"); the
    transitions just set, longer or shorter when that is said (转场改成1秒 → 再长一点)."""

    def f(x: float) -> float:
        return round(1 / x, 3) if less else x

    if isinstance(op, O.SetTransition) and op.d_ms and op.type != "cut":
        v = vocab("transitions")
        longer = v.get("slower").search(said)
        shorter = v.get("quick").search(said)
        if bool(longer) == bool(shorter):
            return None  # "a bit more" of a length: which way is not said
        step = 1.5 if longer else 1 / 1.5
        ms = int(round(op.d_ms * step / 100) * 100)
        return dataclasses.replace(op, d_ms=max(100, min(ms, FADE_MAX_MS)))

    if isinstance(op, O.ScaleDuration):
        return dataclasses.replace(op, factor=f(op.factor))
    if isinstance(op, O.EditText) and op.size_factor:
        return O.EditText(target=op.target, role=op.role, size_factor=f(op.size_factor))
    if isinstance(op, O.EditMusic) and op.volume_factor:
        return O.EditMusic(volume_factor=f(op.volume_factor))
    return None


# the longest a transition or a fade said as a bare value can be ("no, 2 seconds" after a
# fade: the fade's; "15 seconds": the video's)
FADE_MAX_MS = 5000


def _with_value(ops: list[O.Op], num: float, unit: str) -> O.Op | None:
    """The last edit with a corrected value ("make it 20 seconds" → "no, I meant 25")."""

    seconds = unit in ("", "s", "sec", "secs", "second", "seconds", "秒")
    percent = unit in ("", "%", "percent")
    for op in reversed(ops):
        if isinstance(op, O.SetDuration) and seconds:
            if op.total_ms is not None:
                return O.SetDuration(total_ms=int(num * 1000))
            if op.clip_ms is not None:
                return dataclasses.replace(op, clip_ms=int(num * 1000))
        if isinstance(op, O.EditMusic) and op.volume_factor and percent and unit:
            return O.EditMusic(volume=min(1.0, num / 100))  # "quieter" → "no, 25%"
        if isinstance(op, O.EditMusic | O.SetMusic) and op.volume is not None and percent:
            return O.EditMusic(volume=min(1.0, num / 100))
        if isinstance(op, O.SetFormat) and op.fps and unit in ("", "fps", "帧"):
            return O.SetFormat(fps=int(num))
        if isinstance(op, O.SetTransition | O.SetVideoFade) and num * 1000 > FADE_MAX_MS:
            continue  # "15 seconds" after a fade is the video's length, not a 15 s fade
        if isinstance(op, O.SetTransition) and op.d_ms and seconds:
            return dataclasses.replace(op, d_ms=int(num * 1000))
        if isinstance(op, O.SetVideoFade) and seconds:
            return O.SetVideoFade(
                fade_in_ms=int(num * 1000) if op.fade_in_ms else None,
                fade_out_ms=int(num * 1000) if op.fade_out_ms else None,
            )
        music = op if isinstance(op, O.EditMusic | O.SetMusic) else None
        if (
            music
            and (music.fade_in_ms or music.fade_out_ms)
            and seconds
            and num * 1000 <= FADE_MAX_MS
        ):
            # "fade out the music over 3 seconds" → "make it 5": the music's fade
            return O.EditMusic(
                fade_in_ms=int(num * 1000) if music.fade_in_ms else None,
                fade_out_ms=int(num * 1000) if music.fade_out_ms else None,
            )
    return None


def follow_up(ctx: Ctx, c: str) -> tuple[str, bool]:
    """ "a bit more" / 再大一点, "a bit less", "no, I meant 25": the last turn's edit again,
    back, or with the value corrected."""
    v = vocab("context")
    t = c.strip(" .!。！,，")
    more, less = v.get("more").search(t), v.get("less").search(t)
    value = v.get("bare_value").search(t)
    rejected = v.get("rejected_value").search(t)
    if rejected:
        if len(re.findall(r"\d+(?:\.\d+)?", ctx.norm)) < 2:  # "not 12" and nothing else
            ctx.note(
                "clarify",
                "clarify.other_value",
                said=ctx.recover(re.sub(r"^(?:no )?not |^不是", "", t)),
            )
        return c, True  # "not 12, 18": the value is in the next clause
    last = _last_ops(ctx)
    words = ctx.quote(t) if re.fullmatch(QUOTE, t) else None
    if words:  # 'no, "Spring Launch"' right after naming something: those words instead
        for op in reversed(last):
            if isinstance(op, O.SetTitle):
                ctx.op(O.SetTitle(title=words))
                return c, True
            if isinstance(op, O.EditText | O.AddText) and op.text:
                said = op.text.strip().lower()  # the text those words went to, found by them
                at = [i for i, t in enumerate(ctx.tl.texts) if t.text.strip().lower() == said]
                target = at[-1] if at else (op.target if isinstance(op, O.EditText) else None)
                ctx.op(
                    O.EditText(
                        target=target, role=None if target is not None else op.role, text=words
                    )
                )
                return c, True
    if v.get("bare_comparative").fullmatch(t) and not (less or value):
        # "a bit longer" right after the transitions were set: theirs (not the video's); a
        # type set with no length (转场都改成白场 → 时间长一点) is as long as they are now
        now = max((cl.transition.ms for cl in ctx.tl.clips[1:]), default=0)
        sized = [
            dataclasses.replace(op, d_ms=now)
            if isinstance(op, O.SetTransition) and not op.d_ms and op.type != "cut" and now
            else op
            for op in last
        ]
        longer = [
            o for o in (_again(op, False, t) for op in sized) if isinstance(o, O.SetTransition)
        ]
        for tr in longer:
            ctx.op(tr)
        if longer:
            return c, True
    if not (more or less or value):
        return c, False
    if more or less:
        again = [op for op in (_again(op, bool(less), t) for op in last) if op is not None]
        for op in again:
            ctx.op(op)
        return c, bool(again)  # nothing relative to repeat: the other families try
    assert value is not None
    num, unit = float(value.group("num")), (value.group("unit") or "").strip()
    fixed = _with_value(last, num, unit)
    refused = re.search(
        r"\bnot (\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\b|不是(\d+(?:\.\d+)?)秒", ctx.norm
    )
    if (
        fixed is None
        and refused
        and ctx.real
        and unit in ("", "s", "sec", "secs", "second", "seconds", "秒")
    ):
        was = float(refused.group(1) or refused.group(2)) * 1000
        if abs(was - ctx.tl.duration_ms) < 500:
            # "not 15 seconds, make it 12" on a 15 s video: its length
            fixed = O.SetDuration(total_ms=int(num * 1000))
    if fixed is None:
        return c, False
    ctx.op(fixed)
    return c, True


# --- whole-video fades from / to black ------------------------------------------------------


def is_fade(c: str) -> bool:
    return bool(vocab("fades").get("word").search(c))


def _fade_durations(c: str) -> list[tuple[int, int, int]]:
    """The durations that belong to the fade (``vocab/fades.yaml``: next to its word)."""

    v = vocab("fades").data
    out = []
    for d in durations(c):
        before, after = c[max(0, d[1] - 4) : d[1]], c[d[2] : d[2] + 14]
        if (
            re.match(v["duration_after"], after)
            or re.search(v["duration_before"], c[max(0, d[1] - 48) : d[1]])
            or re.search(v["duration_before_zh"], before)
        ):
            out.append(d)
    return out


PRONOUN_WORD = r"\b(?:it|them|its)\b|它"


def fade_placed(c: str) -> bool:
    """Whether a fade names a place in the video ("at the end", 开头) or the video itself."""
    v = vocab("fades")
    return bool(v.get("start").search(c) or v.get("end").search(c) or v.get("video").search(c))


def video_fade(ctx: Ctx, cl: Clause, neg: bool) -> bool:
    """Fading the whole video in from / out to black ("fade out at the end", "开头淡入")."""
    done = _video_fade(ctx, cl, neg)
    if done:
        ctx.video_fade_clause = cl.text  # the transition and length detectors leave it alone
    return done


def _video_fade(ctx: Ctx, cl: Clause, neg: bool) -> bool:
    c = cl.text

    v = vocab("fades")
    if v.get("hard_end").search(c) and not re.search(MUSIC_WORD, c) and not neg:
        if ctx.ensure_clips():
            ctx.op(O.SetVideoFade(fade_out_ms=0))
        return True
    if not is_fade(c) or v.get("between").search(c) or re.search(TRANS_WORD, c):
        return False
    video_word = v.get("video").search(c)
    placed = fade_placed(c)
    after_music = ctx.subject in SUBJECTS["music"]
    if not video_word and (
        re.search(MUSIC_WORD + "|" + TEXT_WORD, c)
        or (after_music and (re.search(PRONOUN_WORD, c) or not placed))
    ):
        # the music's fade ("add the jingle, fade it out"); texts have none. "…, song.mp3,
        # fade out at the end" is the video's: it ends in black and the music fades with it
        return False
    start, end = v.get("start").search(c), v.get("end").search(c)
    fin, fout = v.get("fade_in").search(c), v.get("fade_out").search(c)
    both = v.get("both").search(c)
    bare_black = fout and re.fullmatch(v.data["bare_black"], fout.group(0))
    if not (start or end or video_word or ((fin or (fout and not bare_black)) and not both)):
        return False  # a bare "fades"/"淡入淡出" is about transitions or the music
    want_in = bool(fin or start or both)
    want_out = bool(fout or end or both)
    if start and not end and not fout:
        want_out = False
    if end and not start and not fin:
        want_in = False
    remove = neg or v.get("remove").search(c)
    if not want_in and not want_out:
        if not remove:
            return False
        want_in = want_out = True  # "no fades on the video"
    if not ctx.ensure_clips():
        return True
    ms = 0
    if not remove:
        durs = _fade_durations(c) or (durations(c) if ctx.duration_of_subject else [])
        ms = durs[0][0] if durs else 1000
        if durs and len(durs) == len(durations(c)):
            ctx.durations_used = True  # "a 2 second fade out" is not a 2 s video
    ctx.op(O.SetVideoFade(fade_in_ms=ms if want_in else None, fade_out_ms=ms if want_out else None))
    return True


# --- camera motion ---------------------------------------------------------------------------


@cache
def _ordered(family: str, key: str) -> list[tuple[Patterns, dict[str, Any]]]:
    """An ordered list of ``{…, en: […], zh: […]}`` entries of a family, compiled."""
    return [(compile_entry(e), e) for e in vocab(family).data.get(key, [])]


def _motion_of(c: str) -> str | None:

    v = vocab("motion").data
    for pats, entry in _ordered("motion", "motions"):
        if not pats.search(c) or (entry.get("unless_transition") and re.search(TRANS_WORD, c)):
            continue
        motion = str(entry["motion"])
        if motion == "pan":
            rest = re.sub(v["pan_word"], "", c)
            for dpats, d in _ordered("motion", "directions"):
                if dpats.search(rest):
                    return f"pan_{d['direction']}"
            return "pan_right"
        return motion
    return None


def _last_turn_clips(ctx: Ctx, name: str) -> list[int] | None:
    """The photos the last turn's ``name`` ops were all about, when they name the same ones."""
    last = ctx.tl.memo.get("last")
    said = [
        d.get("clips")
        for d in (last if isinstance(last, list) else [])
        if isinstance(d, dict) and d.get("op") == name
    ]
    if not said or any(s != said[0] for s in said) or not isinstance(said[0], list):
        return None
    clips = [i for i in said[0] if isinstance(i, int) and 0 <= i < ctx.clips.n]
    return clips or None


def motion(ctx: Ctx, cl: Clause, neg: bool) -> bool:
    """ "Ken Burns on all photos", "zoom in on the first photo", "pan left", 第二张推近, 不要动."""
    c = cl.text

    v = vocab("motion")
    c = re.sub(v.data["not_motion"], " ", c)  # a whip pan is a transition, not a camera move
    move = _motion_of(c)
    focus = None
    if v.get("focus_face").search(c):
        focus = "face"
    elif v.get("focus_center").search(c):
        focus = "center"
    if neg and move not in (None, "static") and v.get("refused").search(c):
        move = "static"  # "I don't want zoom"
    if move is None and focus is None:
        return False
    if re.search(TRANS_WORD, c) and move == "zoom_in" and not focus:
        return False
    last = ctx.out.ops[-1] if ctx.out.ops else None
    if (
        isinstance(last, O.SetTransition)
        and last.type
        and re.search(r"_(?:left|right|up|down)$", last.type)
        and vocab("motion").get("direction_only").fullmatch(c.strip(" ,.，。"))
    ):
        return True  # 转场换成滑动的，从右往左: the slide's direction, not a camera move
    if move == "static" and re.search(TEXT_WORD, c):
        return False
    if not ctx.ensure_clips():
        return True
    r = refs(c, ctx.clips)
    clips = r if isinstance(r, list) else None
    if clips is not None:
        clips = [i for i in clips if 0 <= i < ctx.clips.n]
        if not clips:
            ctx.note("clarify", "clarify.no_such_clip", n=ctx.clips.n)
            return True
    elif vocab("length").get("rest").search(c):
        # "zoom in on photo 2, static for the rest": the photos this request has not moved
        done = {i for o in ctx.out.ops if isinstance(o, O.SetMotion) and o.clips for i in o.clips}
        if done:
            clips = [i for i in range(ctx.clips.n) if i not in done] or None
    elif not re.search(r"\b(?:all|every|each|both|everything)\b|所有|全部|每张|都", c):
        # a correction of the last turn's move on some photos (第三张推近 → 别推近了，改成向左
        # 平移): those photos, not every one
        moved = _last_turn_clips(ctx, "set_motion")
        if moved and (
            neg
            or vocab("context").get("correcting").search(c)
            or any(isinstance(o, O.SetMotion) and o.clips == moved for o in ctx.out.ops)
        ):
            clips = moved
    ctx.op(O.SetMotion(motion=move, focus=focus, clips=clips))
    return True


# --- pace ------------------------------------------------------------------------------------


def said_pace(text: str) -> str | None:
    """The pace a text names ("fast-paced", 舒缓), if any; a pace word that describes the
    transitions (舒缓的转场, "dreamy transitions") is their look, not the pace."""
    text = vocab("pace").get("of_transitions").sub(" ", text)
    return next(
        (str(e["pace"]) for pats, e in _ordered("pace", "paces") if pats.search(text)), None
    )


def pace(ctx: Ctx, cl: Clause) -> str | None:
    """ "fast-paced", "calm", "cinematic", 快节奏, 舒缓 (``vocab/pace.yaml``); "make it look
    professional" gets one question. Run by the length family before it reads durations:
    "done" when the clause is finished, "pace" when a pace was set (a comparative in the same
    clause then adds nothing, but a duration still counts), None when no pace was said."""
    v = vocab("pace")
    if v.get("vague").search(cl.text) and not v.get("vague_unless").search(cl.text):
        ctx.note("clarify", "clarify.vague")
        return "done"
    if v.get("cinematic").search(cl.text):
        if ctx.ensure_clips():
            ctx.op(O.SetPace(pace=str(v.data["cinematic"]["pace"])))
            ctx.op(O.SetFormat(fps=int(v.data["cinematic"]["fps"])))
        return "done"
    said = said_pace(cl.text)
    if said is None:
        return None
    if not ctx.ensure_clips():
        return "done"
    ctx.op(O.SetPace(pace=str(said)))
    return "pace"


# --- length: exact totals, per-photo lengths, comparatives ------------------------------------


def names_video(cl: Clause, end: int) -> bool:
    """Whether the duration ending at ``end`` names the video it is the length of ("a 40
    second vertical video …", 12秒的视频): the total, never a transition's, fade's or photo's."""
    return bool(vocab("length").get("video_after").search(cl.text[end:]))


def trans_durations(cl: Clause) -> list[int]:
    """Durations that sit next to a transition word ("1 second crossfades", "转场1秒")."""
    v = vocab("transitions")
    out = []
    for ms, a, b in cl.spans:
        if names_video(cl, b):
            continue  # "a 40 second video with fade to black transitions"
        window = cl.text[max(0, a - 14) : a] + " " + cl.text[b : b + 16]
        if v.get("duration_word").search(window) and not v.get("duration_not").search(window):
            out.append(ms)
    return out


def _in_range(ctx: Ctx, r: list[int] | str | None) -> tuple[bool, list[int] | None]:
    """The clips named that exist (None: all); not ok (and a question) when none exists."""
    clips = r if isinstance(r, list) and r else None
    if clips is not None:
        clips = [i for i in clips if 0 <= i < ctx.clips.n]
        if not clips:
            ctx.note("clarify", "clarify.no_such_clip", n=ctx.clips.n)
            return False, None
    return True, clips


def _length_by(ctx: Ctx, cl: Clause, step: int, r: list[int] | str | None, per: bool) -> None:
    """Longer or shorter by ``step`` ms: the photos named (each by its own length), every
    photo ("each photo 1 second longer"), or the whole video."""
    video = ctx.tl.clips if ctx.real and not ctx.out.created else []
    named = r if isinstance(r, list) and r else list(range(ctx.clips.n)) if per else None
    if named is None:
        _exact_length(ctx, cl, max(1, _expected_total(ctx) + step), None, False)
        return
    ok, clips = _in_range(ctx, named)
    if not ok:
        return
    groups: dict[int, list[int]] = {}
    for i in clips or range(ctx.clips.n):
        now = video[i].ms if i < len(video) else dr.DEFAULT_PHOTO_MS
        groups.setdefault(max(dr.MIN_SEGMENT_MS, now + step), []).append(i)
    for ms, which in groups.items():
        every = len(which) == ctx.clips.n and (per or not clips)
        ctx.op(O.SetDuration(clip_ms=ms, clips=None if every else which))


def _exact_length(ctx: Ctx, cl: Clause, ms: int, r: list[int] | str | None, per: bool) -> None:
    """A duration said: each photo's ("2 s per photo", "the rest 2 s") or the total."""
    v = vocab("length")
    c = cl.text
    if ms > int(v.data["longest_ms"]):
        ctx.note("clarify", "clarify.too_long", seconds=ms // 1000)
        return
    rest = v.get("rest").search(c)
    exc = v.get("except").first(c)
    if rest or exc:
        if exc:
            ex = refs(exc.group(1) or "", ctx.clips)
            skip = set(ex) if isinstance(ex, list) else set()
        else:
            skip = {
                i
                for o in ctx.out.ops
                if isinstance(o, O.SetDuration | O.ScaleDuration) and o.clips
                for i in o.clips
            }
        r = [i for i in range(ctx.clips.n) if i not in skip] if skip else ALL
        per = True  # "the rest" means every listed clip
    if per or (isinstance(r, list) and r):
        ok, clips = _in_range(ctx, r)
        kinds = ctx.clips.kinds
        if (
            ok
            and clips is None
            and "video" in kinds
            and vocab("length").get("photos_only").search(c)
        ):
            clips = [i for i, k in enumerate(kinds) if k == "image"]  # 照片每张两秒: not the clip
        if ok:
            ctx.op(O.SetDuration(clip_ms=ms, clips=clips))
        return
    if ms < 300 * max(1, ctx.clips.n) // 2:
        ctx.note("clarify", "clarify.too_short", seconds=ms / 1000, n=ctx.clips.n)
        return
    ctx.total_ms = ms
    ctx.op(O.SetDuration(total_ms=ms))


def _factor(c: str) -> float | None:
    """ "double the length" 2, "longer" 1.33, "too slow" 0.75 … (``vocab/length.yaml``);
    none for a reason given ("720p so it uploads faster")."""
    v = vocab("length")
    if v.get("factor_unless").search(c):
        return None
    mult = v.get("multiply").first(c)
    if mult and not re.search(MUSIC_WORD + "|" + TRANS_WORD, c):
        by = _ordered("length", "multiply_by")
        word = mult.group(0)
        return float(
            next((e["factor"] for p, e in by if p.search(word)), v.data["multiply_default"])
        )
    return next((float(e["factor"]) for p, e in _ordered("length", "factors") if p.search(c)), None)


def _same_length(ctx: Ctx) -> bool:
    """ "make all photos the same length", 每张时长一样: every photo as long as they are on
    average (to the tenth of a second), so the video keeps about its length."""
    if not ctx.ensure_clips():
        return True
    photos = [c.ms for c in ctx.tl.clips if not c.is_video] or [dr.DEFAULT_PHOTO_MS]
    each = max(500, round(sum(photos) / len(photos) / 100) * 100)
    ctx.op(O.SetDuration(clip_ms=each))
    return True


def length(ctx: Ctx, cl: Clause, neg: bool) -> bool:
    """ "make it 20 seconds", "2 s per photo", "the rest 2 s", "longer", "double the length",
    总时长30秒, 每张2秒, 太长了 (``vocab/length.yaml``); the pace words first (:func:`pace`)."""
    c = cl.text
    v = vocab("length")
    if ctx.durations_used:
        ctx.durations_used = False
        return False
    if (
        re.search(TEXT_WORD, c)
        and not v.get("text_owns_unless").search(c)
        and not v.get("text_per_photo").search(c)
    ):
        return False  # durations there belong to the text
    if re.search(MUSIC_WORD, c) and not v.get("music_owns_unless").search(c):
        return False
    started = pace(ctx, cl)
    if started == "done":
        return True
    if (
        not cl.spans
        and v.get("same_length").search(c)
        and not re.search(TEXT_WORD + "|" + MUSIC_WORD, c)
    ):
        return _same_length(ctx)
    r = refs(c, ctx.clips)
    per = bool(v.get("per").search(c))
    if ctx.moved and not per and cl.spans and cl.spans[0][0] >= ctx.clips.n * 1000:
        r = None  # "蛋糕那张放第一张 12秒": the photos named were its move; the length is the video's
    # "no transitions, 1.5 sec each": hard cuts have no length, so "each" is the photos'
    tr = [] if per and _transition_kind(c) == "cut" else trans_durations(cl)
    fade = re.compile(v.data["fade_before"])
    durs = [
        d
        for d in cl.spans
        if not fade.search(c[max(0, d[1] - 12) : d[1]])
        and d[0] not in tr
        and not v.get("start_time").search(c[max(0, d[1] - 8) : d[2] + 6])  # 从第30秒开始
    ]
    if re.search(TRANS_WORD, c) and not per and not v.get("transition_owns_unless").search(c):
        durs = []
    if re.search(TEXT_WORD, c):
        # "a launch video: the title 'Nova' for the first 2 seconds": when the text shows
        tv = vocab("text")
        timed = [
            m.span()
            for key in ("first_seconds", "last_seconds", "from_to", "until", "for_seconds")
            for m in tv.get(key).finditer(c)
        ]
        durs = [d for d in durs if not any(a <= d[1] < b for a, b in timed)]
    # ("add 5 more seconds": no duration read there, the amount is still the video's)
    by = v.get("by_amount").first(c) if durs or not (cl.spans or re.search(TRANS_WORD, c)) else None
    if by:
        if ctx.ensure_clips():
            _length_by(
                ctx,
                cl,
                to_ms(by.group("n"), by.group("u")) * (1 if by.group("more") else -1),
                r,
                per,
            )
        return True
    if durs:
        if ctx.ensure_clips():
            # "a 12 second video with the first photo 4 seconds": the one that names the
            # video is the total, another one is the photos named
            total = next((d for d in durs if names_video(cl, d[2])), None)
            last = ctx.out.ops[-1] if ctx.out.ops else None
            if (
                total is None
                and r is None
                and not per
                and re.search(PRONOUN_WORD, c)
                and (
                    (
                        isinstance(last, O.ScaleDuration | O.SetDuration)
                        and last.clips is not None
                        and len(last.clips) == 1
                    )
                    # "put photo 3 first and make it 5 seconds": that photo (a video that
                    # short would be under a second a photo)
                    or (isinstance(last, O.MoveClip) and durs[0][0] < ctx.clips.n * 1000)
                )
            ):
                # "the walk clip is too long, make it 4 secs": "it" is that clip, and the
                # value says how long (the complaint's guess goes)
                if isinstance(last, O.MoveClip):
                    which = [last.clip]
                else:
                    ctx.out.ops.pop()
                    which = list(last.clips or [])
                _exact_length(ctx, cl, durs[0][0], which, False)
            elif total is None:
                _exact_length(ctx, cl, durs[0][0], r, per)
            else:
                _exact_length(ctx, cl, total[0], None, False)
                rest = [d for d in durs if d is not total]
                if rest and (per or (isinstance(r, list) and r)):
                    _exact_length(ctx, cl, rest[0][0], r, per)
        return True
    factor = _factor(c)
    if factor is not None and (
        re.search(TRANS_WORD, c) or _transition_kind(c) not in (None, "cut")
    ):
        factor = None  # "黑场再长一点": the fades to black, not the video
    if factor is None or started == "pace":
        return started == "pace"
    if not ctx.ensure_clips():
        return True
    ok, clips = _in_range(ctx, r)
    if not ok:
        return True
    if clips is None and v.get("this_clip").search(c) and ctx.clips.n > 1:
        ctx.note("clarify", "clarify.which_clip", n=ctx.clips.n)
        return True
    ctx.op(O.ScaleDuration(factor=factor, clips=clips))
    return True


# --- transitions between the photos ----------------------------------------------------------


def _transition_kind(c: str) -> str | None:
    """The transition type said (``kinds``), with a direction for slides, pushes, wipes."""
    v = vocab("transitions")
    c2 = re.sub(v.data["strip_fade"], "", c) if re.search(MUSIC_WORD + "|" + TEXT_WORD, c) else c
    kind = next((str(e["type"]) for p, e in _ordered("transitions", "kinds") if p.search(c2)), None)
    if kind == "cut" and (v.get("cut_length").search(c2) or not v.get("cut_word").search(c2)):
        return None  # "cut it down to 10 sec": the length, not hard cuts
    if kind in ("slide", "push", "wipe"):
        dirs = _ordered("transitions", "directions")
        d = next((e["direction"] for p, e in dirs if p.search(c)), v.data["default_direction"])
        kind = f"{kind}_{d}"
    return kind


def _transition_ms(cl: Clause, has_word: bool) -> int | None:
    """How long the transitions should be: a duration said, or a word ("too slow", "soft")."""
    v = vocab("transitions")
    c = cl.text
    durs = trans_durations(cl) or (
        [d[0] for d in cl.spans if not names_video(cl, d[2])]
        if has_word and not v.get("duration_unless").search(c)
        else []
    )
    if durs:
        return durs[0]
    too = v.get("too").first(c)
    if too:
        slow = re.search(v.data["too_slow"], too.group(1))
        return int(v.data["short_ms" if slow else "long_ms"])
    if v.get("slow").search(c):
        return int(v.data["long_ms" if v.get("slower").search(c) else "soft_ms"])
    if v.get("quick").search(c):
        return int(v.data["short_ms"])
    return None


def _transition_ms_now(ctx: Ctx) -> int:
    """How long the transitions will be before this clause: a pace planned in the same
    request sets them (:data:`.apply.PACE_TRANSITION_MS`; said in any clause), else the
    longest in the draft."""
    planned = (o.pace for o in reversed(ctx.out.ops) if isinstance(o, O.SetPace))
    pace = next(planned, None) or said_pace(ctx.norm)
    if pace in PACE_TRANSITION_MS:
        return PACE_TRANSITION_MS[pace]
    return max((c.transition.ms for c in ctx.tl.clips[1:]), default=0)


def _between(ctx: Ctx, cl: Clause) -> list[int] | None:
    """'between 2 and 3' / '第2张和第3张之间' → [index of the later clip]; None: every join;
    [] when the photos named do not exist ("between photo 8 and photo 9" of six)."""
    r = refs(cl.text, ctx.clips)
    between = bool(vocab("transitions").get("between").search(cl.text))
    nums = [n - 1 for n in cl.plain] if between else []
    if between and len(nums) < 2:  # 第3和第4之间: ordinals without 张
        nums = [int(n) - 1 for n in re.findall(r"第(\d+)", cl.text)] or nums
    # (第三和第四之间: the second one read as a plain number, not a photo)
    idx = r if isinstance(r, list) and (len(r) >= 2 or len(nums) < 2) else nums
    if between and len(idx) >= 2:
        later = max(idx[:2])
        if later >= ctx.clips.n:
            return []
        return [later] if later > 0 else None
    if isinstance(r, list) and r:
        ok = [i for i in r if 0 < i < ctx.clips.n]
        if not ok and any(i >= ctx.clips.n for i in r):
            return []
        return ok or None
    return None


def transitions(ctx: Ctx, cl: Clause, neg: bool) -> bool:
    """ "use crossfades", "1 second crossfades", "slide left between photo 2 and photo 3",
    "no transitions", "make the transitions longer", 转场用黑场 (``vocab/transitions.yaml``)."""
    v = vocab("transitions")
    c = cl.text
    for said, name in (v.data.get("rename") or {}).items():
        c = c.replace(said, name)
    if c != cl.text:
        cl = measure(c, ctx.quotes)
    if re.search(MUSIC_WORD + "|" + TEXT_WORD, c) and not re.search(TRANS_WORD, c):
        return False
    if ctx.video_fade_clause == c:
        return False  # "fade to black at the end" is the whole video's fade, not a transition
    kind = _transition_kind(c)
    has_word = bool(re.search(TRANS_WORD, c))
    if kind is None and not has_word:
        return False
    if (
        kind == "crossfade"
        and not has_word
        and (
            v.get("fade_in_out").search(c)
            or (v.get("bare_fade").search(c) and not v.get("crossfade_word").search(c))
        )
    ):
        return False
    if neg and v.get("negation").search(c):
        kind = "cut" if kind in (None, "crossfade") else ("crossfade" if kind != "cut" else "cut")
    if has_word and v.get("remove").search(c):
        kind = "cut"
    if not ctx.ensure_clips():
        return True
    if v.get("various").search(c):
        cycle = [str(t) for t in v.data["cycle"]]
        groups: dict[str, list[int]] = {}
        for i in range(1, ctx.clips.n):
            groups.setdefault(cycle[(i - 1) % len(cycle)], []).append(i)
        for t, idx in groups.items():
            ctx.op(O.SetTransition(type=t, clips=idx))
        return True
    d_ms = _transition_ms(cl, has_word)
    by = vocab("length").get("by_amount").first(c) if d_ms is not None else None
    if by:  # "make the transitions half a second longer": their length and that much
        step = to_ms(by.group("n"), by.group("u")) * (1 if by.group("more") else -1)
        d_ms = max(100, _transition_ms_now(ctx) + step)
    if d_ms == int(v.data["soft_ms"]) and not trans_durations(cl):
        d_ms = max(d_ms, _transition_ms_now(ctx))  # "gentle" never shortens them
    if kind is None and d_ms is None:
        ctx.op(O.SetTransition(type="crossfade"))
        return True
    clips = _between(ctx, cl)
    if clips == []:
        ctx.note("clarify", "clarify.no_such_clip", n=ctx.clips.n)
        return True
    if (
        clips is None
        and kind == "cut"
        and not re.search(
            r"\b(?:all|every|each|everywhere|anywhere|throughout|else|others?)\b|所有|全部|都|其他|其余",
            c,
        )
    ):
        said = [o for o in ctx.out.ops if isinstance(o, O.SetTransition) and o.type == "cut"]
        if said and all(o.clips for o in said):
            return True  # 第二张和第三张中间直接切，不要转场: the same cut, said again
    ctx.op(O.SetTransition(type=kind, d_ms=0 if kind == "cut" else d_ms, clips=clips))
    return True


# --- music and the video clips' own sound -----------------------------------------------------


def _last_about_video(ctx: Ctx) -> bool:
    """Whether the op just planned is about a video clip (its trim, its sound, its place),
    or, first thing in a message, the last turn's was ("and keep its sound at 30%")."""
    last = ctx.out.ops[-1] if ctx.out.ops else None
    if last is None:
        before = _last_ops(ctx)
        last = before[-1] if before else None
    clip = getattr(last, "clip", None)
    if isinstance(last, O.TrimClip | O.ClipAudio):
        return True
    return isinstance(clip, int) and 0 <= clip < ctx.clips.n and ctx.clips.kinds[clip] == "video"


def _clip_sound(ctx: Ctx, cl: Clause) -> bool | None:
    """ "mute the video clips", "keep the original sound at 50%", "mute walk.mp4", 视频原声静音;
    None when the clause is not about the clips' own sound."""
    v = vocab("music")
    c = cl.text
    r = refs(c, ctx.clips)
    named = [
        i
        for i in (r if isinstance(r, list) else [])
        if 0 <= i < ctx.clips.n and ctx.clips.kinds[i] == "video"
    ]
    music = ctx.has_music or any(isinstance(o, O.SetMusic) for o in ctx.out.ops)
    if (
        not (named and v.get("clip_sound_word").search(c) and not v.get("music_named").search(c))
        and not v.get("clip_sound").search(c)
        and not (
            v.get("clip_pronoun").search(c)
            and not music
            and any(k == "video" for k in ctx.clips.kinds)
        )
        and not (v.get("clip_possessive").search(c) and _last_about_video(ctx))
        # "actually unmute it, 20% volume": the clip's sound this message is about
        and not (
            ctx.subject in SUBJECTS["sound"] and cl.percents and not v.get("music_named").search(c)
        )
    ):
        return None
    if not ctx.ensure_clips():
        return True
    clips = refs(c, ctx.clips)
    idx = clips if isinstance(clips, list) else None
    if not any(k == "video" for k in ctx.clips.kinds):
        ctx.note("info", "info.no_video_clips")
        return True
    if v.get("clip_mute").search(c) and not v.get("clip_unmute").search(c):
        ctx.op(O.ClipAudio(mute=True, clips=idx))
    else:
        volume = cl.percents[0] if cl.percents else None
        ctx.op(O.ClipAudio(mute=False, volume=volume, clips=idx))
    return True


def _music_volume(c: str, soft: bool) -> tuple[float | None, float | None, bool]:
    """The volume said (0–1), the factor asked for ("quieter" 0.7), and whether a number was
    said."""
    v = vocab("music")
    pct = v.get("volume").first(c)
    volume = None
    if pct:
        n = float(pct.group("n"))
        volume = n / 100 if n > 1 or "%" in pct.group(0) else n
    factor = None
    if v.get("mute").search(c):
        volume = 0.0
    elif pct is None and (soft or v.get("quieter").search(c)):  # a number said wins
        much = v.get("much").search(c)
        factor = float(v.data["quieter_much" if much else "quieter_factor"])
    elif pct is None and v.get("louder").search(c):
        factor = float(v.data["louder_factor"])
    return volume, factor, bool(pct)


def _music_start(c: str) -> tuple[int | None, re.Match[str] | None]:
    """Where the song starts ("from 0:30", "start at 30 seconds", 从第30秒开始, "skip the
    intro"), and the words that said it."""
    v = vocab("music")
    sm = v.get("start").first(c)
    if sm:
        g = sm.groupdict()
        if g.get("min"):
            return (int(g["min"]) * 60 + int(g["sec"])) * 1000, sm
        unit = g.get("unit") or ""
        return round(float(g["num"]) * (1 if unit.startswith(("ms", "milli", "毫")) else 1000)), sm
    if v.get("skip_intro").search(c):
        return int(v.data["skip_intro_ms"]), None
    return None, None


def _music_fades(c: str, ms: int) -> tuple[int | None, int | None]:
    """The fades asked for: both ("fade in and out", "with fades"), or the side named."""
    v = vocab("music")
    c = re.sub(v.data["not_music_fade"], " ", c)
    fade_in = fade_out = None
    if v.get("fade_both").search(c) and not v.get("fade_one_side").search(
        c.replace(v.data["both_ignore"], "")
    ):
        fade_in = fade_out = ms
    else:
        if v.get("fade_in").search(c):
            fade_in = ms
        if v.get("fade_out").search(c):
            fade_out = ms
    if v.get("fade_in_and_out").search(c):
        fade_in = fade_out = ms
    return fade_in, fade_out


def music(ctx: Ctx, cl: Clause, neg: bool) -> bool:
    """ "use song.mp3 as background music", "music at 35%", "quieter", "fade the music in and
    out", "use the music from 0:30", "remove the music", "mute the video clips", 加背景音乐,
    小声一点 (``vocab/music.yaml``)."""
    v = vocab("music")
    c = cl.text
    named_audio = [
        m
        for m in ctx.audio
        if m.name.lower() in c
        or (len(m.name.rsplit(".", 1)[0]) >= 3 and m.name.lower().rsplit(".", 1)[0] in c)
    ]
    if (
        not re.search(MUSIC_WORD, c)
        and not named_audio
        and (not v.get("bare_volume").search(c) or re.search(TEXT_WORD, c))
    ):
        return False
    clip_sound = _clip_sound(ctx, cl)
    if clip_sound is not None:
        return clip_sound
    has = ctx.has_music or any(isinstance(o, O.SetMusic) for o in ctx.out.ops)
    playing = ctx.tl.music
    # the song already playing, named ("play the song from 1:30" with song.mp3 on): an edit
    other_song = [m for m in named_audio if playing is None or m.id != playing.media_id]
    soft = bool(v.get("soft").search(c))
    if soft:
        neg = False  # "not too loud" is a volume, not a refusal
    if neg and v.get("fade_word").search(c):
        if not has:
            ctx.note("info", "info.no_music")
            return True
        fin = 0 if v.get("no_fade_in").search(c) else None
        fout = 0 if v.get("no_fade_out").search(c) else None
        if fin is None and fout is None:
            fin = fout = 0
        ctx.op(O.EditMusic(fade_in_ms=fin, fade_out_ms=fout))
        return True
    mood = v.get("mood").search(c)
    if v.get("remove").search(c) or (neg and v.get("refuse").search(c)):
        if has:
            ctx.out.ops[:] = [o for o in ctx.out.ops if not isinstance(o, O.SetMusic)]
            ctx.op(O.RemoveMusic())
        else:
            ctx.note("negated", "negated.music")
        ctx.no_music = True
        return True
    volume, factor, said_volume = _music_volume(c, soft)
    start_ms, sm = _music_start(c)
    durs = [d for d in cl.spans if not sm or not (sm.start() <= d[1] < sm.end())]
    fade_in, fade_out = _music_fades(c, durs[0][0] if durs else int(v.data["fade_ms"]))
    if ctx.video_fade_clause == c:
        fade_in = fade_out = None  # "…背景music用song.mp3 视频结尾fade out 3秒": the video's fade
    if sm or (durs and (fade_in is not None or fade_out is not None)):
        ctx.durations_used = True  # "fade it in over 2 seconds" is not a 2 s video
    if mood and not named_audio and not v.get("mood_add").search(c) and not (said_volume or factor):
        ctx.note("info", "info.music_mood", name=ctx.audio[-1].name if ctx.audio else "")
        return True
    if v.get("change_song").search(c) and not named_audio and has and volume is None and not factor:
        if len(ctx.audio) <= 1:
            ctx.note("info", "info.one_song")
        else:
            ctx.note("clarify", "clarify.which_song", names=", ".join(m.name for m in ctx.audio))
        return True
    wants_add = (
        bool(v.get("wants_some").search(c) and not neg)
        or bool(v.get("bring_back").search(c))
        or bool(re.fullmatch(v.data["bare_music"], c.strip()))
        or bool(v.get("add").search(c))
        or bool(named_audio)
    )
    if wants_add and not (
        has
        and not other_song
        and (volume is not None or factor or fade_in or fade_out or start_ms is not None)
    ):
        if neg:
            return False
        if not ctx.audio:
            ctx.note("need_audio", "need_audio")
            return True
        chosen = named_audio[0] if named_audio else ctx.audio[-1]
        if not named_audio and len(ctx.audio) > 1 and not has:
            ctx.note("info", "info.music_pick", name=chosen.name, count=len(ctx.audio))
        if mood:
            ctx.note("info", "info.music_mood", name=chosen.name)
        if not ctx.ensure_clips():
            return True
        ctx.op(
            O.SetMusic(
                media=chosen.id,
                volume=volume,
                fade_in_ms=fade_in,
                fade_out_ms=fade_out,
                start_ms=start_ms,
            )
        )
        if factor:
            ctx.op(O.EditMusic(volume_factor=factor))
        return True
    if volume is None and not factor and fade_in is None and fade_out is None and start_ms is None:
        return False
    if has:
        ctx.op(
            O.EditMusic(
                volume=volume,
                volume_factor=factor,
                fade_in_ms=fade_in,
                fade_out_ms=fade_out,
                start_ms=start_ms,
            )
        )
        return True
    if not ctx.audio:
        ctx.note("info", "info.no_music")
        return True
    if not ctx.ensure_clips():
        return True
    if volume is None and factor:
        # "quieter" with no music yet: the song is added, already quieter
        volume = round(min(1.0, dr.DEFAULT_MUSIC_VOLUME * factor), 3)
    ctx.note("info", "info.music_was_missing", name=ctx.audio[-1].name)
    ctx.op(
        O.SetMusic(
            media=ctx.audio[-1].id,
            volume=volume,
            fade_in_ms=fade_in,
            fade_out_ms=fade_out,
            start_ms=start_ms,
        )
    )
    return True


# --- titles and captions ---------------------------------------------------------------------


def role_if_named(c: str) -> str | None:
    """The text role a clause names ("the caption", 标题), None when it names none."""
    v = vocab("text")
    if v.get("named_caption").search(c):
        return "caption"
    if v.get("named_title").search(c):
        return "title"
    return None


def _text_target(ctx: Ctx, c: str, role: str) -> int | None:
    """Which text: the one quoted, "the second title", or the only one."""
    texts = _texts(ctx)
    q = ctx.quote(c)
    for i, s in enumerate(texts):
        if q and s.text.lower() == q.lower():
            return i
    m = vocab("text").get("ordinal").first(c)
    if m:
        g = m.groupdict()
        if g.get("word") == "last":
            return len(texts) - 1 if texts else None
        k = ORDINALS.get(g.get("word") or "", 0) or int(g.get("k") or 0)
        return k - 1 if 0 < k <= len(texts) else None
    if len(texts) == 1:
        return 0  # the only text ("字幕" is often any text on screen); the reply names it
    return _named_by_words(ctx, c)


def _text_named_for_look(ctx: Ctx, c: str) -> bool:
    """A text named by its words alone, with a place, size, colour or style or a removal
    (把八折那行移到顶部, "make Grand Opening bigger"), and no photo named."""
    if not _texts(ctx):
        return False
    look = position(c) or color(c) or any(sizes(c)) or style(c)
    if not (look or vocab("text").get("remove").search(c)) or refs(c, ctx.clips) is not None:
        return False
    return _named_by_words(ctx, c) is not None


def _named_by_words(ctx: Ctx, c: str) -> int | None:
    """The one text whose words the clause names, unquoted: 全场八折那行字不要了, 底下那行八折
    的字, "make Grand Opening bigger" — its whole words, or two Chinese characters of them
    (four letters of a word) that no other text has."""
    role_words = vocab("text").data["role_words"]
    whole = simplified(unicodedata.normalize("NFKC", ctx.original)).lower()
    said = ""
    hits = []
    for i, t in enumerate(_texts(ctx)):
        words = simplified(t.text).lower().strip()
        if not words or len(words) > 60:
            continue
        parts = {
            words[a:b]
            for a in range(len(words))
            for b in range(a + 2, len(words) + 1)
            if re.fullmatch(r"[\u4e00-\u9fff]{2,}", words[a:b])
        } | {w for w in re.findall(r"[a-z]{4,}", words)}
        named = [p for p in parts if p in whole and p not in role_words]
        if not named and words not in whole:
            continue  # not in the message at all (the common case: no clause's words recovered)
        said = said or simplified(unicodedata.normalize("NFKC", ctx.recover(c))).lower()
        if words in said or any(p in said for p in named):
            hits.append(i)
    return hits[0] if len(hits) == 1 else None


def _unquoted_text(ctx: Ctx, c: str) -> str | None:
    """Words to show that were not quoted ("a title saying Hello World", "标题为你好")."""
    v = vocab("text")
    m = v.get("unquoted").first(c)
    if not m:
        # "add the title Summer", "add a caption Best day ever"
        m = v.get("unquoted_after_noun").first(c)
        if m and re.match(v.data["unquoted_not"], m.group(1)):
            m = None
    if not m:
        m = v.get("unquoted_zh").first(c)
        if not m or re.search(v.data["unquoted_zh_not"], m.group(1)):
            return None
    frag = m.group(1)
    if not re.search(r"[:：]\s*$", c[: m.start(1)]):
        # where the words end, unless a colon labelled them: "add a title: 现在出发" is whole
        frag = re.sub(v.data["unquoted_tail"], "", frag)
        if re.search(v.data["han"], frag):
            frag = re.sub(v.data["unquoted_tail_zh"], "", frag)
    frag = frag.strip(" ,.:：")
    if not frag or re.fullmatch(v.data["unquoted_empty"], frag):
        return None
    return ctx.recover(frag)


def _entrance(c: str) -> str | None:
    """How a text comes in: "slide in" / 滑入, "pop in" / 弹出, "fade in" / 淡入."""
    hits = (str(e["entrance"]) for p, e in _ordered("text", "entrances") if p.search(c))
    return next(hits, None)


def _clip_span(ctx: Ctx, idx: list[int]) -> tuple[int | None, int | None]:
    video = ctx.tl.clips
    if ctx.out.created or not video or not all(0 <= i < len(video) for i in idx):
        return None, None
    a, b = min(idx), max(idx)
    return video[a].start_ms, video[b].end_ms - video[a].start_ms


def _expected_total(ctx: Ctx) -> int:
    if ctx.total_ms:
        return ctx.total_ms
    if ctx.draft and not ctx.out.created and ctx.tl.duration_ms > 0:
        return ctx.tl.duration_ms
    n = max(1, ctx.clips.n)
    return n * dr.DEFAULT_PHOTO_MS - (n - 1) * dr.DEFAULT_TRANSITION_MS


def _text_timing(ctx: Ctx, cl: Clause) -> tuple[int | None, int | None]:
    """When a text shows: (start, length) in ms, None where not said."""
    v = vocab("text")
    c = cl.text
    total = _expected_total(ctx)
    m = v.get("first_seconds").first(c)
    if m:
        return 0, to_ms(m.group("n"), m.group("u"))
    m = v.get("last_seconds").first(c)
    if m:
        n = to_ms(m.group("n"), m.group("u"))
        return max(0, total - n), n
    m = v.get("from_to").first(c)
    if m:
        a = to_ms(m.group("a"), m.group("ua") or m.group("u"))
        b = to_ms(m.group("b"), m.group("u"))
        if b > a:
            return a, b - a
    m = v.get("until").first(c)
    if m:
        # "show the title until 6 s": its end; the length runs from where it starts (said,
        # or where the text starts now, or 0 for a new one)
        g = m.groupdict()
        end = to_ms(g.get("n") or g.get("n2") or 0, g.get("u"))
        said = v.get("at_second").first(c[: m.start()] + " " + c[m.end() :])
        start = to_ms(said.group("n"), said.group("u")) if said else None
        if start is None:
            i = _target(ctx, role_if_named(c))
            start = _texts(ctx)[i].start_ms if i is not None else 0
            # "appear at 1s and disappear at 6s": the start this request just gave it
            planned = [
                o.st_ms
                for o in ctx.out.ops
                if isinstance(o, O.EditText | O.AddText)
                and o.st_ms is not None
                and (not isinstance(o, O.EditText) or o.target in (None, i))
            ]
            if planned:
                start = planned[-1]
        if end > start:
            return (start if said else None), end - start
    m = v.get("at_second").first(c)
    start = to_ms(m.group("n"), m.group("u")) if m else None
    length = None
    if v.get("whole_video").search(c):
        return 0, max(total, dr.MIN_SEGMENT_MS)
    m = v.get("for_seconds").first(c)
    if m:
        length = to_ms(m.group("n"), m.group("u"))
    if v.get("at_end").search(c):
        length = length or int(v.data["end_start_ms"])
        return max(0, total - length), length
    if v.get("at_start").search(c):
        return 0, length or int(v.data["end_start_ms"])
    clip_refs = refs(re.sub(v.data["not_clip_refs"], "", c), ctx.clips)
    if isinstance(clip_refs, list) and clip_refs and start is None:
        st, d = _clip_span(ctx, clip_refs)
        if st is not None:
            return st, d
    if start is None and length is None and re.fullmatch(v.data["only_length"], c.strip()):
        return None, cl.spans[0][0]
    if start is None and length is None and cl.spans and not v.get("resize").search(c):
        return None, None
    return start, length


def _remove_text(ctx: Ctx, c: str, role: str) -> bool:
    """ "remove the title", "delete the second caption", "删掉所有文字"."""
    v = vocab("text")
    if not _texts(ctx):
        ctx.note("info", "info.no_text")
        return True
    target = None if v.get("every").search(c) else _text_target(ctx, c, role)
    if target is None:  # "remove the text that says 全场八折": the one with those words
        said = ctx.quote(c) or ""
        m = v.get("says_words").search(c)
        found = next((g for g in (m.groups() if m else ()) if g), "")
        words = (said or ctx.recover(found)).strip(" '\"“”‘’").lower()
        hits = [i for i, t in enumerate(_texts(ctx)) if words and t.text.strip().lower() == words]
        if len(hits) == 1:
            target = hits[0]
    named = role_if_named(c) if not v.get("any_text").search(c) else None
    ctx.op(O.RemoveText(target=target, role=None if target is not None else named))
    return True


def _continue_text(last: O.AddText, a: dict[str, Any]) -> bool:
    """ "…, at the bottom": the text just added in this request gets what is said."""
    if a["position"]:
        last.position = a["position"]
    if a["color"]:
        last.color = a["color"]
    if a["size"] or a["size_factor"]:
        base = last.size or (
            dr.DEFAULT_TITLE_SIZE if last.role == "title" else dr.DEFAULT_CAPTION_SIZE
        )
        last.size = a["size"] or round(base * (a["size_factor"] or 1), 4)
    if a["st_ms"] is not None:
        last.st_ms = a["st_ms"]
    if a["d_ms"] is not None:
        last.d_ms = a["d_ms"]
    if a["style"]:
        last.style = a["style"]
    if a["entrance"]:
        last.entrance = a["entrance"]
    return bool(
        a["position"]
        or a["color"]
        or a["size"]
        or a["size_factor"]
        or a["st_ms"] is not None
        or a["d_ms"] is not None
        or a["style"]
        or a["entrance"]
    )


def text(ctx: Ctx, cl: Clause, neg: bool) -> bool:
    """ "add the title 'Urban Dreams' for the first 3 seconds", "make the title bigger",
    "caption each photo with its file name", "remove the title", 加标题“你好”, 字幕放在底部
    (``vocab/text.yaml``)."""
    v = vocab("text")
    c = cl.text
    q = ctx.quote(c)
    texts = _texts(ctx)
    if q is None and (i := _named_by_words(ctx, c)) is not None and texts[i].text.lower() in c:
        # "make Grand Opening bigger": its words as if quoted (not "opening" as the start)
        ctx.quotes.append(texts[i].text)
        ctx.heard.append(texts[i].text)
        c = c.replace(texts[i].text.lower(), f" {quote_mark(len(ctx.quotes) - 1)} ", 1)
        cl = dataclasses.replace(cl, text=c, quotes=[*cl.quotes, texts[i].text])
        q = texts[i].text
    known = q is not None and any(s.text.lower() == q.lower() for s in texts)
    names_each = bool(
        v.get("per_clip").search(c) and v.get("by_name").search(c) and v.get("shows_name").search(c)
    )
    if (
        not re.search(TEXT_WORD, c)
        and not (q and (known or v.get("quoted_add").search(c)))
        and not names_each
        and not _text_named_for_look(ctx, c)
    ):
        return False
    if v.get("project_name").search(c) and not _about_text(ctx):
        return False
    role = "caption" if names_each or v.get("caption_word").search(c) else "title"
    if neg and texts and v.get("remove").search(c) and (i := _named_by_words(ctx, c)) is not None:
        ctx.op(O.RemoveText(target=i))  # 底下那行八折的字不要了: that text, by its words
        return True
    if neg and (position(c) or color(c) or any(sizes(c))) and not q:
        # "don't put the caption at the bottom (, put it at the top)", 字幕不要放底部: a place
        # or look refused, not the text — nothing to do here, the next clause says what
        ctx.note("negated", "negated.generic", part=ctx.recover(c), look=True)
        return True
    if neg and v.get("refuse").search(c):
        if texts:
            ctx.op(O.RemoveText(role=role if v.get("refuse_role").search(c) else None))
        else:
            ctx.note("negated", "negated.text")
        return True
    if v.get("remove").search(c):
        return _remove_text(ctx, c, role)
    quoted = q
    unquoted = re.sub(QUOTE, "", c)
    st, d = _text_timing(ctx, cl)
    longer, shorter = v.get("show_longer").search(c), v.get("show_shorter").search(c)
    by = v.get("show_by").search(c)
    i = _target(ctx, role_if_named(c)) if by else None
    if by and (i is not None or (i := _target(ctx, None)) is not None):
        # "keep the title 3 seconds longer", 标题多显示2秒: its length and that much
        shown = _texts(ctx)[i]
        unit_ms = 1 if re.match(r"ms|millisecond|毫秒", by.group("u")) else 1000
        step = round(float(by.group("n")) * unit_ms)
        room = max(dr.MIN_SEGMENT_MS, _expected_total(ctx) - shown.start_ms)
        d = max(dr.MIN_SEGMENT_MS, min(room, shown.ms + (step if by.group("more") else -step)))
        st = None
    elif st is None and d is None:
        # "标题显示久一点", "keep the title on screen longer": half as long again (or less)
        i = _target(ctx, role_if_named(c)) if longer or shorter else None
        if i is not None:
            shown = _texts(ctx)[i]
            room = max(dr.MIN_SEGMENT_MS, _expected_total(ctx) - shown.start_ms)  # not past the end
            d = max(dr.MIN_SEGMENT_MS, min(room, round(shown.ms * (1.5 if longer else 0.67))))
    if (st is not None or d is not None) and not vocab("length").get("text_owns_unless").search(c):
        ctx.durations_used = True  # "add 'Bye' over the last 3 seconds" is not a 3 s video
    size, factor = sizes(c)
    a: dict[str, Any] = {
        # ("leave the title up longer": up is how long, not where)
        "position": position(
            re.sub(
                v.data["not_position"] + (r"|\b(?:up|down)\b" if longer or shorter else ""), "", c
            )
        ),
        "color": color(unquoted),
        "size": size,
        "size_factor": factor,
        "st_ms": st,
        "d_ms": d,
        "style": style(c),
        "entrance": _entrance(c),
    }
    if a["style"] == "box" and role == "caption":
        a["style"] = "caption"  # a caption's plate is the caption design
    all_quotes = cl.quotes
    by_name = v.get("by_name").search(c)
    several = len(all_quotes) > 1
    if role == "caption" and (v.get("per_clip").search(c) or several) and (by_name or several):
        if not ctx.ensure_clips():
            return True
        r = refs(unquoted, ctx.clips)
        clips = [i for i in r if 0 <= i < ctx.clips.n] if isinstance(r, list) else None
        ctx.op(
            O.CaptionClips(
                texts=None if by_name and len(all_quotes) < 2 else all_quotes,
                clips=clips,
                position=a["position"],
                color=a["color"],
            )
        )
        return True
    explicit_add = bool(v.get("explicit_add").search(c))
    last = ctx.out.ops[-1] if ctx.out.ops else None
    if isinstance(last, O.AddText) and not quoted and not explicit_add:
        return _continue_text(last, a)
    if v.get("change_to").search(c) and texts and quoted:
        target = _text_target(ctx, c, role)
        ctx.op(
            O.EditText(
                target=target,
                role=None if target is not None else role_if_named(c) or role,
                text=quoted,
            )
        )
        return True
    wants_change = v.get("wants_change").search(c)
    same_role = [s for s in texts if s.role == role]
    if a["style"] in ("box", "caption") and not v.get("letters").search(c):
        a["color"] = None  # "black box": the colour is the box's
    styling = bool(
        a["style"]
        or a["color"]
        or a["position"]
        or size
        or factor
        or st is not None
        or a["entrance"]
    )
    loose_zh = bool(re.search(v.data["han"], c)) and not re.search(v.data["loose_zh_unless"], c)
    if (
        explicit_add
        and not quoted
        and texts
        and styling
        and not v.get("new_one").search(c)
        and (same_role or loose_zh)
        and not _unquoted_text(ctx, c)
    ):
        explicit_add = False  # "字幕加黑色背景框": restyle, not a new text

    def add(words: str) -> None:
        ctx.op(
            O.AddText(
                text=words,
                role=role,
                st_ms=st,
                d_ms=d,
                position=a["position"],
                size=size,
                color=a["color"],
                style=a["style"],
                entrance=a["entrance"],
                replace=bool(v.get("replace").search(c)) or None,
            )
        )

    # new words placed after the text there ("put 'Shop now' at the end" with a title at the
    # start): another text, not the title's words replaced
    later = (
        quoted is not None
        and not known
        and not wants_change
        and st is not None
        and all(s.start_ms + s.ms <= st for s in same_role)
    )
    if explicit_add or later or (quoted and (not texts or (not wants_change and not same_role))):
        if not ctx.ensure_clips():
            return True
        words = quoted or _unquoted_text(ctx, c)
        if not words:
            ctx.note("clarify", "clarify.text", role=role)
            return True
        add(words)
        return True
    if texts:
        if not (quoted or styling or d is not None):
            return False
        target = _text_target(ctx, c, role)
        ctx.op(
            O.EditText(
                target=target,
                role=None if target is not None else role_if_named(c),
                text=None if known else quoted,
                st_ms=st,
                d_ms=d,
                position=a["position"],
                size=size,
                size_factor=factor,
                color=a["color"],
                style=a["style"],
                entrance=a["entrance"],
            )
        )
        return True
    if quoted:
        if not ctx.ensure_clips():
            return True
        add(quoted)
        return True
    ctx.note("info", "info.no_text")
    return True


# --- the project's name ----------------------------------------------------------------------


def _about_text(ctx: Ctx) -> bool:
    """Whether the last clause was about a title or caption ("it" is that text)."""
    return ctx.subject in {w for k in ("title", "caption") for w in SUBJECTS[k]}


def project_name(ctx: Ctx, cl: Clause, neg: bool) -> bool:
    """ "call it "Summer in Rome"", 给视频起名叫“东京之旅” (``vocab/project.yaml``)."""
    c = cl.text
    m = vocab("project").get("name").first(c)
    if not m or _about_text(ctx):
        return False  # "加个标题，名字叫“海边”": the title's words
    name = ctx.quote(c) or ctx.recover(m.group(1))
    if not name or re.search(QUOTE, name):
        return False
    ctx.op(O.SetTitle(title=name))
    return True


# --- the clips on the track: order, removal, duplicates, uploads, trims -----------------------


def _move(ctx: Ctx, src: int, dest: int) -> None:
    ctx.moved = True
    if src == dest:
        n = ctx.clips.n
        where = "first" if dest == 0 else "last" if dest == n - 1 else "at"
        name = ctx.clips.names[src] if 0 <= src < n else ""
        ctx.note("info", f"info.already_there.{where}", k=src + 1, name=name or str(src + 1))
    else:
        ctx.op(O.MoveClip(clip=src, to=dest))


def _one_ref(ctx: Ctx, s: str) -> int | None:
    """The first clip a fragment names, when it exists."""
    r = refs(s, ctx.clips)
    return r[0] if isinstance(r, list) and r and 0 <= r[0] < ctx.clips.n else None


def _reorder(ctx: Ctx, c: str) -> bool | None:
    """Reverse, "put X first", "start with X", the cover, duplicate, shuffle, sort by name."""
    v = vocab("clips")
    if v.get("reverse").search(c):
        if ctx.ensure_clips():
            ctx.op(O.ReverseClips())
        return True
    first_last = v.get("first_last").first(c)
    if first_last:
        r = refs(first_last.group("which"), ctx.clips)
        if isinstance(r, list) and len(r) == 1 and 0 <= r[0] < ctx.clips.n:
            if ctx.ensure_clips():
                end = first_last.group("end")
                _move(ctx, r[0], 0 if end == "first" else ctx.clips.n - 1)
            return True
    place = v.get("place").first(c)
    if place:
        g = place.groupdict()
        lead = g.get("lead")
        to_start = bool(re.search(v.data["to_start"], lead or g.get("word") or ""))
        src = _one_ref(ctx, c[place.end() :] if lead else c[: place.start()])
        if src is not None:
            if ctx.ensure_clips():
                _move(ctx, src, 0 if to_start else ctx.clips.n - 1)
            return True
    if v.get("cover").search(c):
        r = refs(c, ctx.clips)
        if isinstance(r, list) and r and 0 <= r[0] < ctx.clips.n:
            # the photo is checked first: with no video yet, none is made for a photo that
            # does not exist
            if ctx.ensure_clips():
                _move(ctx, r[0], 0)
                ctx.note("info", "info.cover")
        else:
            if not ctx.clips.n:
                ctx.ensure_clips()  # nothing uploaded: say how to add photos
            ctx.note("clarify", "clarify.which_clip", n=ctx.clips.n)
        return True
    if v.get("duplicate").search(c):
        src = _one_ref(ctx, c)
        if src is not None:
            if ctx.ensure_clips():  # with no video yet, make it first (the photo exists)
                ctx.op(O.DuplicateClip(clip=src))
        else:
            ctx.note("clarify", "clarify.which_clip", n=ctx.clips.n)
        return True
    if v.get("shuffle").search(c):
        if ctx.ensure_clips() and ctx.clips.n > 1:
            order = list(range(ctx.clips.n))
            random.Random(ctx.clips.n).shuffle(order)
            if order == sorted(order):
                order.reverse()
            ctx.op(O.ReorderClips(order=order))
        return True
    listed = v.get("order_list").first(c)
    if listed:
        said = [int(x) - 1 for x in re.findall(r"\d+", listed.group("list"))]
        n = ctx.clips.n
        if len(set(said)) != len(said) or not all(0 <= i < n for i in said):
            ctx.note("clarify", "clarify.no_such_clip", n=n)
            return True
        if ctx.ensure_clips():
            ctx.op(O.ReorderClips(order=said + [i for i in range(n) if i not in said]))
        return True
    if v.get("sort_name").search(c):
        if ctx.ensure_clips():
            names = ctx.clips.names
            ctx.op(O.ReorderClips(order=sorted(range(ctx.clips.n), key=lambda i: names[i].lower())))
        return True
    if v.get("sort_date").search(c):
        ctx.note("info", "info.sort_date")
        return True
    return None


def _swap(ctx: Ctx, cl: Clause) -> bool:
    """ "swap 1 and 2", "swap beach and city", 交换第一张和第二张."""
    r = refs(cl.text, ctx.clips)
    bare = [x - 1 for x in cl.plain]
    idx = r if isinstance(r, list) else bare
    if len(idx) < 2:
        idx = idx + [x for x in bare if x not in idx]
    if not ctx.ensure_clips():
        return True
    if len(idx) >= 2 and all(0 <= i < ctx.clips.n for i in idx[:2]) and idx[0] != idx[1]:
        ctx.op(O.SwapClips(a=idx[0], b=idx[1]))
    else:
        ctx.note("clarify", "clarify.which_two", n=ctx.clips.n)
    return True


def _destination(ctx: Ctx, tail: str, src: int) -> int | None:
    """Where a moved photo goes: the start, the end, after / before another, a position."""
    v = vocab("clips")
    if v.get("dest_start").search(tail):
        return 0
    if v.get("dest_end").search(tail):
        return ctx.clips.n - 1
    m = v.get("dest_relative").first(tail)
    if m:
        g = m.groupdict()
        where = g.get("where") or ""
        rel = g.get("rel") or ("after" if g.get("zhrel") in v.data["zh_after"] else "before")
        rr = refs(where, ctx.clips)
        if isinstance(rr, list) and rr:
            tgt: int | None = rr[0]
        else:
            tgt = next((x - 1 for x in plain_numbers(where)), None)
        if tgt is None:
            return None
        dest = tgt + (1 if rel == "after" else 0)
        return dest - 1 if src < dest else dest
    mb = v.get("dest_between").first(tail)
    if mb:

        def one(said: str) -> list[int] | str | None:
            r = refs(said + " ", ctx.clips)
            nums = [x - 1 for x in plain_numbers(said)]  # "between 1 and 2"
            return r if isinstance(r, list) else nums[:1] or None

        ra, rb = one(mb.group("a")), one(mb.group("b"))
        if isinstance(ra, list) and isinstance(rb, list) and len(ra) == len(rb) == 1:
            dest = min(ra[0], rb[0]) + 1  # right after the earlier of the two
            return dest - 1 if src < dest else dest
    m2 = v.get("dest_position").first(tail)
    if m2:
        return int(m2.group("n")) - 1
    m3 = re.search(v.data["dest_ordinal"], tail)
    if m3:
        return ORDINALS[m3.group(1)] - 1  # "put the city pic second"
    return None


def _move_one(ctx: Ctx, cl: Clause, mv: re.Match[str]) -> bool | None:
    """ "move photo 3 to the start", "move sunset.jpg after photo 2", 把第三张移到开头."""
    v = vocab("clips")
    c = cl.text
    src_text = re.split(v.data["move_split"], c)[0]
    src_text = re.sub(v.data["move_trailing_ordinal"], "", src_text)
    r = refs(src_text + " ", ctx.clips)
    if (r is None or r == ALL) and re.search(v.data["move_photo_word"], c):
        nums = [x - 1 for x in cl.plain]
        r = nums[:1] if nums else None
    videos = [i for i, k in enumerate(ctx.clips.kinds) if k == "video"]
    if r is None and len(videos) == 1 and v.get("video_word").search(src_text):
        r = videos  # "put the video first" among photos: the one video clip
    if r is None and v.get("described").search(c):
        ctx.note("clarify", "clarify.which_clip", n=ctx.clips.n)  # a photo described, not named
        return True
    if not (isinstance(r, list) and r):
        return None
    if not ctx.ensure_clips():
        return True
    src = r[0]
    sep = v.get("move_to").first(c[mv.start() :])
    tail = c[mv.start() + sep.start() :] if sep else c[mv.end() :]
    dest = _destination(ctx, tail, src)
    if dest is None or not 0 <= src < ctx.clips.n:
        ctx.note("clarify", "clarify.where_move", n=ctx.clips.n)
        return True
    _move(ctx, src, max(0, min(dest, ctx.clips.n - 1)))
    return True


def _trim(ctx: Ctx, c: str) -> bool | None:
    """ "skip the first 2 seconds of walk.mp4" (a video clip starts later); on a photo, "remove
    the first 2 seconds" makes it shorter."""
    v = vocab("clips")
    c = re.sub(r"\bthe (first|last) second\b", r"the \1 1 second", c)  # "trim the first second"
    cut_end = v.get("cut_end").first(c)
    trim = cut_end or v.get("cut_start").first(c)
    if not trim:
        return None
    g = trim.groupdict()
    unit = g.get("unit") or "s"
    ms = round(float(g["n"]) * (1 if unit.startswith(("ms", "milli", "毫")) else 1000))
    r = refs(re.sub(v.data["not_clip_ref"], "", c), ctx.clips)
    videos = [
        i
        for i in (r if isinstance(r, list) else [])
        if 0 <= i < ctx.clips.n and ctx.clips.kinds[i] == "video"
    ]
    kinds = [i for i, k in enumerate(ctx.clips.kinds) if k == "video"]
    if (
        not videos
        and len(kinds) == 1
        and (
            v.get("video_word").search(c)
            or (
                re.search(PRONOUN_WORD, c) and _last_about_video(ctx)
            )  # "mute it and start it 2 s in"
        )
    ):
        videos = kinds  # the one video clip
    if videos and not cut_end:
        if not ctx.ensure_clips():
            return True
        ctx.op(O.TrimClip(clip=videos[0], start_ms=ms))
        ctx.durations_used = True
        return True
    if videos and not ctx.real:
        # "walk.mp4结尾那2秒剪掉" in the request that makes the video: its source, shorter
        i = videos[0]
        cur = (ctx.visual[i].duration_ms or 0) if i < len(ctx.visual) else 0
        if cur and ctx.ensure_clips():
            ctx.op(O.SetDuration(clip_ms=max(dr.MIN_SEGMENT_MS, cur - ms), clips=[i]))
            ctx.durations_used = True
            return True
    music_said = ctx.subject in SUBJECTS["music"] or (
        not ctx.subject and ctx.carried in SUBJECTS["music"]
    )
    if music_said and not videos:
        return None  # "配上song.mp3，从第30秒开始": the song's start (the music family's)
    if ctx.clips.n and not cut_end and re.search(v.data["start_word"], trim.group(0)):
        ctx.note("info", "info.photo_no_start")  # a photo has no time inside it
        ctx.durations_used = True
        return True
    if ctx.clips.n:
        # "remove the first 2 seconds": the first (or last, or named) photo gets shorter
        photos = [i for i in (r if isinstance(r, list) else []) if 0 <= i < ctx.clips.n]
        i = photos[0] if photos else (ctx.clips.n - 1 if cut_end else 0)
        video = ctx.tl.clips
        cur = video[i].ms if i < len(video) else 0
        if cur:
            ctx.op(O.SetDuration(clip_ms=max(dr.MIN_SEGMENT_MS, cur - ms), clips=[i]))
            ctx.durations_used = True
            return True
    return None


def _remove_clips(ctx: Ctx, c: str) -> bool:
    """ "delete photo 3", "remove the last two", 删掉前两张."""
    r = refs(c, ctx.clips)
    if isinstance(r, list) and r:
        if not ctx.ensure_clips():
            return True
        idx = [i for i in r if 0 <= i < ctx.clips.n]
        if not idx:
            ctx.note("clarify", "clarify.no_such_clip", n=ctx.clips.n)
            return True
        if len(idx) >= ctx.clips.n:
            ctx.note("clarify", "clarify.remove_all")
            return True
        ctx.op(O.RemoveClips(clips=sorted(idx)))
        return True
    if r == ALL:
        ctx.note("clarify", "clarify.remove_all")
        return True
    if vocab("clips").get("one_photo").search(c):
        ctx.note("clarify", "clarify.which_clip", n=ctx.clips.n)
        return True
    return False


def _names_upload(m: MediaInfo, c: str) -> bool:
    """Whether the clause names this upload by its file name or its stem."""
    stem = m.name.lower().rsplit(".", 1)[0]
    return m.name.lower() in c or (len(stem) >= 3 and stem in c)


def _add_clips(ctx: Ctx, c: str) -> bool:
    """ "add the new photos", "add harbor.jpg at the start", 把新照片加进去."""
    v = vocab("clips")
    named = [m for m in ctx.visual if _names_upload(m, c)]
    in_draft = {s.media_id for s in ctx.tl.clips}
    if not named and v.get("new_uploads").search(c):
        named = [m for m in ctx.visual if m.id not in in_draft]
        if not named:
            ctx.note("info", "info.nothing_new")
            return True
    if not named:
        return False
    if not ctx.real:
        ctx.create()
        return True
    off = [m for m in named if m.id not in in_draft]
    if off and len(off) < len(named):
        named = off  # "add city.jpg after the beach one": the photo on the track is the place
    if not off and ctx.real and not v.get("add_again").search(c):
        return False  # "add a slow zoom out on the sunset photo": an edit of a photo there
    ctx.op(O.AddClips(media=[m.id for m in named], at=_add_place(ctx, c)))
    return True


def _place_said(c: str) -> bool:
    """Whether a place for added photos is said (after / before / a position / start / end)."""
    v = vocab("clips")
    return any(
        v.get(k).search(c)
        for k in ("add_after", "add_before", "add_place", "add_at_start", "add_at_end")
    )


def _add_place(ctx: Ctx, c: str) -> int | None:
    """Where added photos go: "after the beach one", "before photo 3", "as the second one",
    放在第2张, 加在海滩那张后面, "at the start"; None for the end."""
    v = vocab("clips")
    n = ctx.clips.n
    for key, shift in (("add_after", 1), ("add_before", 0)):
        m = v.get(key).first(c)
        if m:
            r = refs(m.group("ref") + " ", ctx.clips)
            if isinstance(r, list) and len(r) == 1 and 0 <= r[0] < n:
                return r[0] + shift
    m = v.get("add_place").first(c)
    if m:
        word = m.group("n")
        k = int(word) if word.isdigit() else ORDINALS.get(word)
        if k:
            return max(0, min(k - 1, n)) if k - 1 < n else None
    if v.get("add_at_start").search(c):
        return 0
    return None


def clips(ctx: Ctx, cl: Clause, neg: bool) -> bool:
    """Order, removal, duplicates, new uploads and trims of the clips on the track
    (``vocab/clips.yaml``)."""
    v = vocab("clips")
    c = cl.text
    if (
        re.search(TEXT_WORD + "|" + MUSIC_WORD + "|" + TRANS_WORD, c)
        and not v.get("clip_word").search(c)
        and not v.get("sort_name").search(c)  # 按名字排序: 名字 is not a text
    ):
        return False
    if v.get("not_clips").search(c):
        return False
    if re.search(QUOTE, c) and v.get("text_on_clip").search(c):
        return False  # "put 'Open House' on the first slide": the words go there
    if re.search(TRANS_WORD, c) and vocab("transitions").get("between").search(c):
        return False  # "remove the transition between photo 4 and 5": not the photos
    if neg and v.get("refused_move").search(c):
        ctx.note("negated", "negated.generic", part=ctx.recover(c))  # "don't move it to the end"
        return True
    in_draft = {s.media_id for s in ctx.tl.clips}
    if v.get("add").search(c) and any(
        # ("use harbor.jpg twice" on the track: a duplicate, right after itself)
        (
            m.id not in in_draft
            or (v.get("add_again").search(c) and not v.get("duplicate").search(c))
        )
        and _names_upload(m, c)
        for m in ctx.visual
    ):
        # "put dinner.jpg back as the first photo", "add city.jpg again at the end": not a move
        return _add_clips(ctx, c)
    done = _reorder(ctx, c)
    if done is not None:
        return done
    if v.get("swap").search(c) and (_transition_kind(c) is None or v.get("clip_word").search(c)):
        return _swap(ctx, cl)  # (not "swap the dissolves for wipes": the transitions')
    bare = v.get("move_verbless").first(c)
    if bare and not v.get("move").search(c):
        r = refs(c[: bare.start("dest")] + " ", ctx.clips)
        if isinstance(r, list) and len(r) == 1 and 0 <= r[0] < ctx.clips.n and ctx.ensure_clips():
            dest = _destination(ctx, bare.group("dest"), r[0])
            if dest is not None:
                _move(ctx, r[0], max(0, min(dest, ctx.clips.n - 1)))
                if bare.group("dest") == "second":
                    ctx.durations_used = True  # "photo 3 second": a place, not 3 seconds
                return True
    mv = v.get("move").first(c)
    if mv and not v.get("not_a_move").search(c):
        done = _move_one(ctx, cl, mv)
        if done is not None:
            return done
    done = _trim(ctx, c)
    if done is not None:
        return done
    if v.get("remove").search(c) or (neg and v.get("refuse").search(c)):
        return _remove_clips(ctx, c)
    if v.get("add").search(c):
        return _add_clips(ctx, c)
    return False


# --- the detectors: every clause is shown to each, in priority order ------------------------

# what "it" means in the clause after one about these (English, Chinese): "add the jingle,
# fade it in"; parse.py also carries the last turn's into the next one ("at 30% please")
SUBJECTS: dict[str, tuple[str, str]] = {
    "music": ("music", "音乐"),
    "sound": ("the original sound", "原声"),
    "transition": ("transition", "转场"),
    "title": ("title", "标题"),
    "caption": ("caption", "字幕"),
    "project": ("call it", "起名叫"),
    "fade_out": ("fade out at the end", "结尾淡出"),
    "fade_in": ("fade in at the start", "开头淡入"),
}


def subject_word(key: str, zh: bool) -> str:
    return SUBJECTS[key][1 if zh else 0]


def clip_subject(op: O.Op, zh: bool) -> str:
    """The photos a length edit was about, as words a following bare duration attaches to
    ("make the last photo longer, like 4 seconds": the 4 s is that photo's)."""
    clips = getattr(op, "clips", None)
    if not isinstance(op, O.ScaleDuration | O.SetDuration) or not clips or len(clips) > 3:
        return ""
    if zh:
        return "、".join(f"第{i + 1}张" for i in clips)
    return ("photo " if len(clips) == 1 else "photos ") + ", ".join(str(i + 1) for i in clips)


def _last_clip_subject(ctx: Ctx, c: str, zh: bool) -> str:
    return clip_subject(ctx.out.ops[-1], zh) if ctx.out.ops else ""


def _music_subject(ctx: Ctx, c: str, zh: bool) -> str:
    last = ctx.out.ops[-1] if ctx.out.ops else None
    if isinstance(last, O.RemoveMusic) or any(n.key == "negated.music" for n in ctx.out.notes):
        return ""  # nothing to continue after "no music"
    return subject_word("sound" if isinstance(last, O.ClipAudio) else "music", zh)


def it_clip(ctx: Ctx) -> str:
    """The one video clip the last op was about, by its file name ("mute the clip and put it
    first": "it" is that clip when the clause is not about its sound); "" when none."""
    last = ctx.out.ops[-1] if ctx.out.ops else None
    if isinstance(last, O.ClipAudio | O.TrimClip):
        clips = last.clips if isinstance(last, O.ClipAudio) else [last.clip]
        if clips is None:  # "mute the video": every video clip, when there is just one
            clips = [i for i, k in enumerate(ctx.clips.kinds) if k == "video"]
        if clips and len(clips) == 1 and 0 <= clips[0] < ctx.clips.n:
            return ctx.clips.names[clips[0]].lower()
    return ""


def _fade_subject(ctx: Ctx, c: str, zh: bool) -> str:
    return c if is_fade(c) and not durations(c) else ""  # "fade out at the end, 3 seconds"


@dataclass(frozen=True)
class Detector:
    """One kind of edit read from a clause (``detect``), and what a following clause that
    says only "it" or a bare value continues (``subject``: its words, "" for nothing)."""

    name: str
    priority: int  # lower runs first; every detector sees every clause
    detect: Callable[[Ctx, Clause, bool], bool]
    subject: Callable[[Ctx, str, bool], str] = _last_clip_subject


DETECTORS: list[Detector] = sorted(
    [
        Detector("clips", 10, clips),
        Detector(
            "text", 20, text, lambda ctx, c, zh: subject_word(role_if_named(c) or "title", zh)
        ),
        Detector("video_fade", 30, video_fade, _fade_subject),
        Detector("music", 40, music, _music_subject),
        Detector("transitions", 50, transitions, lambda ctx, c, zh: subject_word("transition", zh)),
        Detector("motion", 60, motion),
        Detector("format", 70, detect_format),
        Detector("length", 80, length),
        Detector("project_name", 90, project_name),
    ],
    key=lambda d: d.priority,
)


FAMILIES: list[Family] = sorted(
    [
        Family("put_back", 10, put_back),
        Family("same_for_others", 15, same_for_others),
        Family("same_for_text", 15, same_for_text),
        Family("follow_up", 16, follow_up),
        Family("references", 20, references),
        Family("slot_named", 25, slot_named),
        Family("no_add_text", 30, no_add_text),
        Family("text_replace", 40, text_replace),
        Family("text_say", 50, text_say),
        Family("song_length", 60, song_length),
    ],
    key=lambda f: f.priority,
)


def run(ctx: Ctx, c: str) -> tuple[str, bool]:
    """Try every registered family on a clause; the clause may come back rewritten."""
    for fam in FAMILIES:
        c, handled = fam.handle(ctx, c)
        if handled:
            return c, True
    return c, False


__all__ = [
    "DETECTORS",
    "FAMILIES",
    "SUBJECTS",
    "Detector",
    "Family",
    "clips",
    "compile_entry",
    "detect_format",
    "is_fade",
    "length",
    "motion",
    "music",
    "pace",
    "project_name",
    "role_if_named",
    "run",
    "subject_word",
    "text",
    "trans_durations",
    "transitions",
    "video_fade",
]
