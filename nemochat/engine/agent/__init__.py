"""The local editing agent: one request in English or Chinese → edit operations → new draft.

``respond`` is pure and fast (no I/O, no model): parse (``parse.py``) → apply (``apply.py``)
→ reply (``reply.py``), returned as the typed SSE events the engine streams. See docs/agent.md.
"""

from __future__ import annotations

import re
from typing import Any

from nemochat.engine import draft as dr
from nemochat.engine.agent import ops as ops_module
from nemochat.engine.agent.acts import QUOTE
from nemochat.engine.agent.apply import apply
from nemochat.engine.agent.honesty import satisfied
from nemochat.engine.agent.model import AgentTurn, HistoryView, MediaInfo
from nemochat.engine.agent.parse import normalise, parse
from nemochat.engine.agent.phrases import describe, msg, summary
from nemochat.engine.agent.reasons import failed
from nemochat.engine.agent.reply import compose, diff, memo
from nemochat.engine.draft_model import Key, Timeline

__all__ = ["AgentTurn", "HistoryView", "MediaInfo", "apply", "ops_module", "respond"]

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


# words in no language: file names, units and formats ("song.mp3", "1080p", "60fps", "4k")
_NEUTRAL = re.compile(
    r"(?:~|\.{1,2})?/?(?:[\w.\-]+/)+[\w.\-]*|[\w\-]+\.(?:jpe?g|png|gif|webp|heic|bmp|tiff?|mp4|mov|m4v|webm|mkv|avi|mp3|wav|m4a|aac|flac|ogg)\b"
    r"|\b(?:\d+(?:\.\d+)?\s*(?:k|p|fps|s|ms|sec|secs|x|%))\b|\b(?:fps|bgm|mp3|mp4|4k|hd|uhd|fhd)\b"
)


def reply_language(text: str, session_language: str) -> str:
    """``zh`` or ``en``: the request's script wins (quoted titles aside), else the session's."""
    outside, _ = normalise(text[:4000])
    if _HAN.search(outside):
        # an English sentence that names Chinese words ("the caption is still 全场八折
        # right?") is English; a Chinese one with an English word or two (把caption改大) is not
        words = re.findall(r"[a-z]{2,}", _NEUTRAL.sub(" ", re.sub(QUOTE, " ", outside)))
        han = len(_HAN.findall(outside))
        return "en" if len(words) >= 3 and len(words) * 2 >= han else "zh"
    if re.search(r"[a-z]{2,}", _NEUTRAL.sub(" ", re.sub(QUOTE, " ", outside))):
        return "en"
    if _HAN.search(text):
        return "zh"
    if re.search(r"[A-Za-z]{2,}", _NEUTRAL.sub(" ", text.lower())):
        return "en"
    return "zh" if session_language.lower().startswith("zh") else "en"


def chunks(text: str, parts: int = 4) -> list[str]:
    """Split a reply into a few pieces on line/sentence boundaries so it streams."""
    pieces = re.split(r"(?<=[\n。！？；])(?=\S|\n)|(?<=[.!?;])(?=\s)", text)
    pieces = [p for p in pieces if p]
    if len(pieces) <= parts:
        return pieces or [text]
    size = -(-len(pieces) // parts)
    return ["".join(pieces[i : i + size]) for i in range(0, len(pieces), size)]


def _text_events(text: str) -> list[dict]:
    return [{"type": "text", "content": c} for c in chunks(text)]


def _plan(
    draft: dict | None, ops: list[ops_module.Op], media: list[MediaInfo]
) -> tuple[dict | None, list[dict], list[bool]]:
    """Apply the ops one at a time. Returns the new draft, one result per op, and for each op
    whether it was already so. An op that changed nothing although the draft does not have
    what it asks for is a failure ("had no effect"), never "already so"."""
    if not ops:
        return None, [], []
    cur = draft
    results: list[dict] = []
    already: list[bool] = []
    # a new video has no "before" for its settings: nothing in it was already so
    creating = draft is None or any(
        isinstance(op, ops_module.Create | ops_module.Reset) for op in ops
    )
    for op in ops:
        one: list[dict] = []
        nxt = apply(cur, [op], media, one)
        res = one[0] if one else failed("no_effect")
        same = cur is not None and _same(nxt, cur)
        if res.get("ok", True) and same and not satisfied(op, nxt):
            res.update(failed("no_effect"))
        results.append(res)
        already.append(bool(same and res.get("ok", True) and not creating))
        cur = nxt
    return cur, results, already


def _pin_kept(op: ops_module.Op, results: list[dict]) -> bool:
    """A length pinned only so a later edit keeps it: said by that edit, not as "already"."""
    return isinstance(op, ops_module.SetDuration) and any(
        r.get("kept_ms") == op.total_ms for r in results
    )


def _same(a: dict | None, b: dict | None) -> bool:
    """Equal drafts, ignoring the agent's bookkeeping (the pinned length, the memo)."""
    if a is None or b is None:
        return a is b
    return Timeline(a).same_edit(Timeline(b))


def _remember(new: dict, old: dict | None, parsed: Any) -> dict:
    """Keep the conversation's context in the draft (``m.agent``): what the user declined
    (no tips for it), the last ops (for "the same for the others") and the uploads the last
    turn removed (for "put back the photos I just deleted")."""
    prev = memo(old)
    declined = [x for x in prev.get("declined", []) if isinstance(x, str)]
    names = {op.name for op in parsed.ops}
    keys = {n.key for n in parsed.notes}
    for word, said_no, said_yes in (
        ("music", {"negated.music"}, {"set_music"}),
        ("text", {"negated.text"}, {"add_text", "caption_clips"}),
    ):
        if keys & said_no or (word == "music" and "remove_music" in names):
            declined = [*dict.fromkeys([*declined, word])]
        if names & said_yes:
            declined = [x for x in declined if x != word]
    if isinstance(new.get(Key.META), dict):
        kept = {c.media_id for c in Timeline(new).clips}
        before = Timeline(old).clips if isinstance(old, dict) else []
        # the uploads this turn took off the track ("put back the photos I just deleted")
        removed = [c.media_id for c in before if c.media_id and c.media_id not in kept]
        Timeline(new).memo = {
            "declined": declined,
            "last": [op.to_json() for op in parsed.ops][:8],
            "removed": list(dict.fromkeys(removed))[:50],
            **({"pending": parsed.pending[:500]} if parsed.pending else {}),
        }
    return new


def respond(
    text: str,
    *,
    draft: dict | None,
    media: list[MediaInfo],
    language: str,
    history: HistoryView,
) -> AgentTurn:
    """Understand ``text``, edit ``draft`` and say what changed (see docs/agent.md)."""
    lang = reply_language(text, language)
    media = list(media)
    parsed = parse(text, draft=draft, media=media)
    if parsed.intent in ("undo", "redo"):
        target = history.peek_undo() if parsed.intent == "undo" else history.peek_redo()
        if target is None:
            reply = msg(f"{parsed.intent}.none", lang)
            return AgentTurn(events=_text_events(reply), draft=None, ops=[], reply=reply)
        reply = msg(f"{parsed.intent}.done", lang, what=diff(draft, target, lang))
        if re.search(
            r"twice|again|\bboth\b|\b(?:\d+|two|three|four|several|few)\s+(?:times|steps|changes|edits)\b"
            r"|两次|两步|几步|\d+次|\d+步",
            text,
        ):
            reply += "\n" + msg("history.one_step", lang, what=msg(f"{parsed.intent}.word", lang))
        name = parsed.intent
        undo_events: list[dict] = [
            {"type": "tool_call", "name": name, "args": {}},
            {
                "type": "tool_result",
                "name": name,
                "result": {"ok": True, "duration_ms": target.get("d", 0)},
            },
            *_text_events(reply),
        ]
        return AgentTurn(
            events=undo_events, draft=target, ops=[], history=parsed.intent, reply=reply
        )
    if parsed.intent in ("answer", "chitchat"):
        # questions are answered from the draft and never change it
        from nemochat.engine.agent.answers import answer

        if parsed.intent == "chitchat":
            reply = msg("chitchat", lang)
        else:
            reply = "\n".join(
                answer(n.key, n.fields, draft, media, lang)
                for n in parsed.notes
                if n.kind == "answer"
            )
        return AgentTurn(events=_text_events(reply), draft=None, ops=[], reply=reply)
    if parsed.intent in ("help", "greet", "describe", "export"):
        if parsed.intent == "describe":
            reply = describe(draft, lang)
            if re.search(r"preview|预览|看看|\bsee\b|\bwatch\b", text, re.I) and dr.segments(
                draft, dr.TT_VIDEO
            ):
                reply += "\n" + msg("info.export", lang)  # the terminal cannot play it: export
            if not dr.segments(draft, dr.TT_VIDEO) and media:
                names = ", ".join(m.name for m in media[:6]) + (", …" if len(media) > 6 else "")
                reply += "\n" + msg("describe.uploads", lang, n=len(media), names=names)
        elif parsed.intent == "export":
            reply = msg("info.export", lang)
        elif parsed.intent == "greet" and dr.segments(draft, dr.TT_VIDEO):
            reply = msg("greet.video", lang)  # a video to edit: what to change
        elif parsed.intent == "greet" and any(m.kind in ("image", "video") for m in media):
            n = sum(m.kind in ("image", "video") for m in media)
            reply = msg("greet.uploads", lang, n=n)  # photos here: what to make of them
        else:
            reply = msg(parsed.intent, lang)
        return AgentTurn(events=_text_events(reply), draft=None, ops=[], reply=reply)

    new, results, already = _plan(draft, parsed.ops, media)
    applied = [
        (op, res) for op, res, same in zip(parsed.ops, results, already, strict=False) if not same
    ]
    events: list[dict] = []
    for op, res in zip(parsed.ops, results, strict=False):
        args = op.to_json()
        args.pop("op")
        events.append({"type": "tool_call", "name": op.name, "args": args})
        events.append({"type": "tool_result", "name": op.name, "result": res})
    if (
        parsed.ops
        and len(parsed.ops) == 1
        and isinstance(parsed.ops[0], ops_module.Reset)
        and not dr.segments(new, dr.TT_VIDEO)
    ):
        uploads = any(m.kind in ("image", "video") for m in media)
        reply = msg("start_over.empty_uploads" if uploads else "start_over.empty", lang)
    elif parsed.ops and all(already):
        # every edit asked for really is so already (checked against the draft)
        from nemochat.engine.agent.answers import already_states

        reply = "\n".join(
            [msg("already", lang), *already_states(parsed.ops, draft, lang), summary(draft, lang)]
        )
        if parsed.notes:
            reply += "\n" + compose(
                lang=lang, applied=[], notes=parsed.notes, draft=draft, media=media, tips=False
            )
    else:
        reply = compose(
            lang=lang,
            applied=applied,
            notes=parsed.notes,
            draft=new if new is not None else draft,
            media=media,
            already=[
                op
                for op, same in zip(parsed.ops, already, strict=False)
                if same and not _pin_kept(op, results)
            ],
            before=draft,
        )
    if new is not None:
        new = _remember(new, draft, parsed)
    changed = new is not None and any(r.get("ok", True) for r in results) and not _same(new, draft)
    if changed:  # what the edit means for the export, said now rather than at export time
        from nemochat.engine.agent import checks

        warnings = checks.notes(draft, new, media, lang)
        if warnings:  # right after the headline, before the summary and the tips
            head, _, rest = reply.partition("\n")
            reply = "\n".join([head, *warnings, *([rest] if rest else [])])
    events.extend(_text_events(reply))
    kept = (
        Timeline(new).memo
        if new is not None and not changed and parsed.ops and isinstance(draft, dict)
        else None
    )
    if parsed.pending and not changed and isinstance(draft, dict):
        # "which photo is “the cat pic”?" asked with nothing else done: the answer next turn
        kept = {**(kept or memo(draft)), "pending": parsed.pending[:500]}
    return AgentTurn(
        events=events,
        draft=new if changed else None,
        ops=[op.to_json() for op in parsed.ops] if changed else [],
        reply=reply,
        memo=kept if kept != memo(draft) else None,
    )
