"""Ops that cannot be carried out: a catalog reason with fields, the draft untouched, and the
reply in the user's language from the same entry (never English translated back)."""

from __future__ import annotations

import re

import pytest
from agent_setups import PHOTOS, History, bare_draft

from nemochat.engine.agent import ops as O
from nemochat.engine.agent import respond
from nemochat.engine.agent.apply import apply, apply_op
from nemochat.engine.agent.reasons import REASONS, OpFailed, say
from nemochat.engine.draft import copy_draft


def _one(draft: dict | None, op: O.Op) -> tuple[dict, dict]:
    results: list[dict] = []
    out = apply(draft, [op], PHOTOS, results)
    return out, results[0]


@pytest.mark.parametrize(
    ("op", "reason", "fields"),
    [
        (O.EditMusic(volume=0.5), "no_music", {}),
        (O.RemoveClips(clips=[8]), "no_such_clip", {"k": 9, "n": 6}),
        (O.SetFit(fit="stretch"), "unknown_fit", {"fit": "stretch"}),
        (O.EditText(text="x", target=3), "no_text", {}),
        (O.TrimClip(clip=0, start_ms=1000), "not_video", {}),
        (O.BeatSync(on=True), "beat_no_music", {}),
    ],
)
def test_failed_op_gives_reason_and_keeps_draft(op: O.Op, reason: str, fields: dict) -> None:
    before = bare_draft()
    out, res = _one(copy_draft(before), op)
    assert res["ok"] is False
    assert res["reason"] == reason
    assert res["reason_fields"] == fields
    assert res["error"] == say(reason, "en", fields)  # English text for logs and planners
    assert out["t"] == before["t"] and out["d"] == before["d"]  # nothing half-done


def test_every_reason_has_both_languages_and_formats() -> None:
    for key, (en, zh) in REASONS.items():
        names = set(re.findall(r"{(\w+)}", en))
        assert names == set(re.findall(r"{(\w+)}", zh)), key
        assert re.search(r"[\u4e00-\u9fff]", zh) or key == "other", key
        say(key, "zh", dict.fromkeys(names, "1"))


def test_unknown_reason_is_a_programming_error() -> None:
    with pytest.raises(KeyError):
        OpFailed("no such reason")


def test_every_op_type_has_an_implementation() -> None:
    for cls in O.OP_TYPES.values():
        assert apply_op.dispatch(cls) is not apply_op.dispatch(O.Op), cls.__name__


def test_failure_reply_in_chinese_names_the_reason() -> None:
    draft = bare_draft()
    turn = respond("卡点", draft=draft, media=PHOTOS, language="zh", history=History([draft]))
    assert "没能卡点：还没有背景音乐" in turn.reply
    assert not re.search(r"[A-Za-z]{4,}", re.sub(r"“[^”]*”", "", turn.reply))


def test_failure_reply_in_english() -> None:
    draft = bare_draft()
    turn = respond(
        "cut to the beat", draft=draft, media=PHOTOS, language="en", history=History([draft])
    )
    assert "Couldn't cut to the beat: no music to cut to" in turn.reply
    assert not re.search(r"[\u4e00-\u9fff]", turn.reply)


def test_every_op_type_describes_itself() -> None:
    from nemochat.engine.agent.reply import describe_op

    for cls in O.OP_TYPES.values():
        assert describe_op.dispatch(cls) is not describe_op.dispatch(O.Op), cls.__name__


def test_every_op_type_says_what_it_does_in_both_languages() -> None:
    from nemochat.engine.agent.reply import OP_WORDS

    assert set(OP_WORDS) == {cls.name for cls in O.OP_TYPES.values()}
    for en, zh in OP_WORDS.values():
        assert en and not re.search(r"[\u4e00-\u9fff_]", en)
        assert zh and re.search(r"[\u4e00-\u9fff]", zh) and "_" not in zh


def test_a_failed_motion_is_said_in_chinese() -> None:
    from nemochat.engine.agent.reply import _failure

    op = O.SetMotion(motion="zoom_in", clips=[7])
    res = {"ok": False, "reason": "no_such_clip", "reason_fields": {"k": 8, "n": 6}}
    zh = _failure(op, res, "zh")
    assert zh.startswith("没能设置镜头运动：") and not re.search(r"[A-Za-z]", zh), zh
    assert _failure(op, res, "en").startswith("couldn't set the camera motion: ")
