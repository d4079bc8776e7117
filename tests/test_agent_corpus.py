"""The labelled corpus: every request must produce exactly the expected operations."""

from __future__ import annotations

import pytest
from agent_corpus import CASES, Case
from agent_setups import History, setup

from nemochat.engine.agent import respond
from nemochat.engine.agent.parse import parse
from nemochat.engine.draft import validate


def _ops_match(case: Case) -> tuple[bool, str]:
    draft, media = setup(case.setup)
    parsed = parse(case.text, draft=draft, media=media)
    got = [o.to_json() for o in parsed.ops]
    notes = [n.key for n in parsed.notes]
    detail = f"{case.text!r}: got ops {got} notes {notes}"
    if [g["op"] for g in got] != [name for name, _ in case.ops]:
        return False, detail
    for g, (_, fields) in zip(got, case.ops, strict=True):
        for key, value in fields.items():
            if g.get(key) != value:
                return False, detail + f" (field {key}: want {value!r})"
    for key in case.notes:
        if key not in notes:
            return False, detail + f" (missing note {key})"
    return True, detail


@pytest.mark.parametrize("case", CASES, ids=[c.text[:40] for c in CASES])
def test_corpus_case(case: Case) -> None:
    ok, detail = _ops_match(case)
    assert ok, detail


def test_corpus_size_and_languages() -> None:
    zh = [c for c in CASES if any("\u4e00" <= ch <= "\u9fff" for ch in c.text)]
    assert len(CASES) >= 150
    assert 0.4 <= len(zh) / len(CASES) <= 0.6
    assert any(c.notes and c.notes[0].startswith("offline") for c in CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.text[:40] for c in CASES])
def test_corpus_reply_is_valid_and_in_language(case: Case) -> None:
    draft, media = setup(case.setup)
    turn = respond(case.text, draft=draft, media=media, language="en", history=History())
    if turn.draft is not None:
        assert validate(turn.draft, media_ids={m.id for m in media}) == []
    zh = any("\u4e00" <= ch <= "\u9fff" for ch in case.text)
    assert turn.reply.strip()
    has_han = any("\u4e00" <= ch <= "\u9fff" for ch in turn.reply)
    assert has_han == zh or (not zh and has_han and any(ord(c) > 0x3000 for c in case.text)), (
        turn.reply
    )
    calls = [e for e in turn.events if e["type"] == "tool_call"]
    assert len(calls) == len(turn.ops) or not turn.ops
