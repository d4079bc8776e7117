"""Running one labelled case (shared by the tuned corpus and the held-out set)."""

from __future__ import annotations

from agent_corpus import Case
from agent_setups import History, setup

from nemochat.engine.agent import respond
from nemochat.engine.agent.parse import parse
from nemochat.engine.draft import validate


def state(case: Case) -> tuple[dict | None, list, History]:
    """The draft, uploads and history after the case's earlier turns."""
    draft, media = setup(case.setup)
    history = History([draft] if draft is not None else [])
    for text in case.turns:
        turn = respond(text, draft=draft, media=media, language="en", history=history)
        draft = history.commit(turn, draft)
    return draft, media, history


def check(case: Case) -> tuple[bool, str]:
    """Whether the request gives exactly the expected ops (and notes, intent, reply words)."""
    draft, media, history = state(case)
    parsed = parse(case.text, draft=draft, media=media)
    got = [o.to_json() for o in parsed.ops]
    notes = [n.key for n in parsed.notes]
    detail = f"{case.text!r}: got ops {got} notes {notes} intent {parsed.intent}"
    if [g["op"] for g in got] != [name for name, _ in case.ops]:
        return False, detail
    for g, (_, fields) in zip(got, case.ops, strict=True):
        for key, value in fields.items():
            if g.get(key) != value:
                return False, detail + f" (field {key}: want {value!r})"
    for key in case.notes:
        if key not in notes:
            return False, detail + f" (missing note {key})"
    if case.intent is not None and parsed.intent != case.intent:
        return False, detail + f" (want intent {case.intent})"
    if case.reply:
        turn = respond(case.text, draft=draft, media=media, language="en", history=history)
        for word in case.reply:
            if word not in turn.reply:
                return False, detail + f" (reply lacks {word!r}: {turn.reply!r})"
        if turn.draft is not None and validate(turn.draft, media_ids={m.id for m in media}):
            return False, detail + " (invalid draft)"
    return True, detail
