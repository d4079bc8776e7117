"""Running one labelled case (shared by the tuned corpus and the held-out set)."""

from __future__ import annotations

from itertools import permutations

from agent_corpus import Case
from agent_setups import History, setup

from nemochat.engine.agent import ops as O
from nemochat.engine.agent import respond
from nemochat.engine.agent.apply import apply
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


def _same_op(got: dict, name: str, fields: dict) -> bool:
    """One edit spelled two ways: a fit for every photo is ``set_fit`` without clips or
    ``set_format``'s ``fit`` (the same draft either way)."""
    if got["op"] == name:
        return True
    pair = {got["op"], name}
    return pair == {"set_fit", "set_format"} and not got.get("clips") and set(fields) <= {"fit"}


def _fits(got: dict, want: tuple[str, dict]) -> bool:
    name, fields = want
    return _same_op(got, name, fields) and all(got.get(k) == v for k, v in fields.items())


def _same_plan_reordered(case: Case, ops: list, draft: dict | None, media: list) -> bool:
    """Whether the planned ops, put in the expected order, are the expected ops and give the
    identical draft. The agent orders a plan so every op is valid and asked lengths hold
    (parse._PRIORITY: pace before transitions and lengths, clip changes before exact
    lengths); a labeller writes the ops in the order they were said. When both orders make
    the same video, they are the same answer ("static photos, hard cuts, fast pace"); when
    the order changes the result, the expected order is required."""
    got = [o.to_json() for o in ops]
    if len(got) != len(case.ops) or len(got) > 7:
        return False
    for order in permutations(range(len(got))):
        if all(_fits(got[i], want) for i, want in zip(order, case.ops, strict=True)):
            planned = apply(draft, list(ops), media)
            said = apply(draft, [ops[i] for i in order], media)
            return _same_video(planned, said)
    return False


_TIMES = frozenset({"d", "st"})  # a clip's length and start, in ms


def _same_video(a: object, b: object, key: str = "", frame_ms: float = 1000 / 30) -> bool:
    """Whether two drafts are the same video: equal, except that a clip's length or start
    may differ by less than a frame (an even split's rounding remainder lands on whichever
    clip was first when the length was set, so "12 s, sunset first" and "sunset first, 12 s"
    differ by 2 ms on two clips)."""
    if isinstance(a, dict) and isinstance(b, dict):
        if a.keys() != b.keys():
            return False
        fps = a.get("fps")
        step = 1000 / fps if isinstance(fps, int | float) and fps > 0 else frame_ms
        return all(_same_video(a[k], b[k], k, step) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(
            _same_video(x, y, key, frame_ms) for x, y in zip(a, b, strict=True)
        )
    if key in _TIMES and isinstance(a, int | float) and isinstance(b, int | float):
        return abs(a - b) < frame_ms
    return a == b


def _joined(ops: list) -> list:
    """The plan with photos added one by one at neighbouring places (``add_clips`` at 1, then
    at 2) as one ``add_clips`` of both at 1: the same edit, spelled as one op or one per
    photo."""
    out: list = []
    for op in ops:
        prev = out[-1] if out else None
        if (
            isinstance(op, O.AddClips)
            and isinstance(prev, O.AddClips)
            and prev.at is not None
            and op.at == prev.at + len(prev.media)
        ):
            out[-1] = O.AddClips(media=[*prev.media, *op.media], at=prev.at)
            continue
        out.append(op)
    return out


_TEXT_REF = frozenset({"target", "role"})  # a text named by its index or by its role


def _same_text_named(case: Case, ops: list, draft: dict | None, media: list) -> bool:
    """Whether the plan differs from the case only in how a text is named, by its index
    (``target=0``) or by its role (``role="title"``), and both give the identical draft: the
    title is text 0 of a draft with one title, so "标题改成…" is the same edit either way."""
    got = [o.to_json() for o in ops]
    if [g["op"] for g in got] != [name for name, _ in case.ops]:
        return False
    said, renamed = [], False
    for g, (name, fields) in zip(got, case.ops, strict=True):
        wrong = {k for k, v in fields.items() if g.get(k) != v}
        if not wrong:
            said.append(O.from_json(g))
            continue
        if name not in ("edit_text", "remove_text") or not wrong <= _TEXT_REF:
            return False
        spelled = {k: v for k, v in g.items() if k not in _TEXT_REF}
        said.append(O.from_json({**spelled, **{k: fields[k] for k in _TEXT_REF if k in fields}}))
        renamed = True
    return renamed and _same_video(apply(draft, list(ops), media), apply(draft, said, media))


def _same_video_as_labelled(case: Case, ops: list, draft: dict | None, media: list) -> bool:
    """Whether the case's own ops, applied as labelled (unlabelled fields at their
    defaults, the new video from the planned one), make the identical video: "start the walk
    clip 2 s in and put it first" is trim(2) then move(2→0), or move(2→0) then trim(0)."""
    made = next((o for o in ops if isinstance(o, O.Create)), None)
    said = []
    for name, fields in case.ops:
        if name == "create_video":
            if made is None:
                return False
            said.append(made)
            continue
        try:
            said.append(O.from_json({"op": name, **fields}))
        except (TypeError, ValueError):
            return False
    return _same_video(apply(draft, list(ops), media), apply(draft, said, media))


def check(case: Case) -> tuple[bool, str]:
    """Whether the request gives exactly the expected ops (and notes, intent, reply words);
    the ops may come in another order only when that makes the identical draft."""
    draft, media, history = state(case)
    parsed = parse(case.text, draft=draft, media=media)
    got = [o.to_json() for o in parsed.ops]
    notes = [n.key for n in parsed.notes]
    detail = f"{case.text!r}: got ops {got} notes {notes} intent {parsed.intent}"
    in_order = len(got) == len(case.ops) and all(
        _fits(g, want) for g, want in zip(got, case.ops, strict=True)
    )
    joined = _joined(parsed.ops)
    if joined != parsed.ops and not in_order:  # photos put back side by side, as one op
        in_order = len(joined) == len(case.ops) and all(
            _fits(g.to_json(), want) for g, want in zip(joined, case.ops, strict=True)
        )
    if (
        not in_order
        and not _same_plan_reordered(case, parsed.ops, draft, media)
        and not _same_text_named(case, parsed.ops, draft, media)
        and not _same_video_as_labelled(case, parsed.ops, draft, media)
    ):
        if [g["op"] for g in got] != [name for name, _ in case.ops]:
            return False, detail
        for g, (_, fields) in zip(got, case.ops, strict=True):
            for key, value in fields.items():
                if g.get(key) != value:
                    return False, detail + f" (field {key}: want {value!r})"
        return False, detail
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


def report(cases: list[Case], name: str = "") -> None:
    """Print a batch's rate (all, English, Chinese) and every miss: what each held-out file
    runs as a script (``PYTHONPATH=.:tests python3 tests/agent_heldoutN.py``). A case that
    makes the agent raise is a miss named with the exception, so one crash does not hide
    the rest of the batch."""

    def zh(text: str) -> bool:
        return any("\u4e00" <= ch <= "\u9fff" for ch in text)

    def run(case: Case) -> tuple[bool, str]:
        try:
            return check(case)
        except Exception as exc:  # the agent crashed on this request
            return False, f"{case.text!r}: raised {type(exc).__name__}: {str(exc)[:120]}"

    if name:
        print(f"{name}: {len(cases)} requests")
    results = [(c, *run(c)) for c in cases]
    for label, keep in (
        ("all", lambda c: True),
        ("EN", lambda c: not zh(c.text)),
        ("ZH", lambda c: zh(c.text)),
    ):
        part = [ok for c, ok, _ in results if keep(c)]
        print(f"{label}: {sum(part)}/{len(part)} = {sum(part) / len(part):.1%}")
    for _, ok, detail in results:
        if not ok:
            print("MISS", detail)
