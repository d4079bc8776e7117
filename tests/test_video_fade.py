"""Whole-video fades (m.fade_in / m.fade_out): the draft rules, the agent, the reply."""

from __future__ import annotations

from agent_setups import History, setup

from nemochat.engine import draft as dr
from nemochat.engine.agent import ops as O
from nemochat.engine.agent import respond
from nemochat.engine.agent.apply import apply


def _draft(clips: int = 2) -> dict:
    d = dr.new_draft()
    for i in range(clips):
        dr.track(d, dr.TT_VIDEO)["sg"].append(dr.video_segment(f"med_{i}"))  # type: ignore[index]
    return dr.relayout(d)


def test_validate_checks_whole_video_fades() -> None:
    d = _draft(2)  # 5500 ms
    assert dr.validate(d) == []
    d["m"]["fade_in"], d["m"]["fade_out"] = 1000, 2750
    assert dr.validate(d) == []
    d["m"]["fade_out"] = 2751
    assert any("fade_out" in p and "half" in p for p in dr.validate(d))
    d["m"]["fade_out"] = 0
    d["m"]["fade_in"] = -5
    assert any("m.fade_in" in p for p in dr.validate(d))
    d["m"]["fade_in"] = 1.5
    assert any("m.fade_in" in p for p in dr.validate(d))
    d["m"]["fade_in"] = True
    assert any("m.fade_in" in p for p in dr.validate(d))


def test_relayout_clamps_fades_to_half_the_video() -> None:
    d = _draft(2)
    d["m"]["fade_out"] = 2000
    d["m"]["fade_in"] = 400
    dr.track(d, dr.TT_VIDEO)["sg"].pop()  # 3000 ms left
    dr.relayout(d)
    assert d["m"]["fade_out"] == 1500 and d["m"]["fade_in"] == 400
    assert dr.validate(d) == []


# --- the agent ---------------------------------------------------------------------------------


def _say(text: str, draft: dict | None, media: list) -> tuple[dict, str]:
    turn = respond(text, draft=draft, media=media, language="en", history=History())
    assert turn.draft is not None, turn.reply
    assert dr.validate(turn.draft, media_ids={m.id for m in media}) == []
    return turn.draft, turn.reply


def test_fade_out_sets_the_draft_and_fades_the_music_too() -> None:
    draft, media = setup("draft")  # song.mp3 with the default 1.5 s fade-out
    new, reply = _say("a 2.5 second fade out at the end", draft, media)
    assert new["m"]["fade_out"] == 2500 and "fade_in" not in new["m"]
    assert dr.segments(new, dr.TT_AUDIO)[0]["m"]["fade_out"] == 2500
    assert "fades out to black over the last 2.5 s" in reply
    assert "music fades out with it (fade-out 2.5 s)" in reply
    new2, reply2 = _say("去掉结尾的淡出", new, media)
    assert new2["m"]["fade_out"] == 0  # a hard cut: without the key, the default ending fades
    assert "去掉了结尾的淡出" in reply2


def test_fade_in_without_music_says_nothing_about_music_in_chinese() -> None:
    draft, media = setup("bare")
    new, reply = _say("开头淡入2秒", draft, media)
    assert new["m"]["fade_in"] == 2000 and "fade_out" not in new["m"]
    assert "视频开头从黑场淡入（2 s）" in reply and "音乐" not in reply.split("\n")[0]


def test_a_fade_longer_than_half_the_video_is_shortened_and_said() -> None:
    draft, media = setup("bare")
    total = draft["d"]
    new, reply = _say("fade in over 60 seconds at the start", draft, media)
    assert new["m"]["fade_in"] == total // 2
    assert "shortened to half the video" in reply


def test_describe_and_undo_mention_the_fade() -> None:
    draft, media = setup("bare")
    faded = apply(draft, [O.SetVideoFade(fade_in_ms=1000, fade_out_ms=1500)], media)
    turn = respond(
        "describe the timeline", draft=faded, media=media, language="en", history=History()
    )
    assert "Whole video: fade in 1 s, fade out 1.5 s." in turn.reply
    turn = respond("undo", draft=faded, media=media, language="en", history=History([draft, faded]))
    assert "fade in/out of the video" in turn.reply


def test_removing_clips_keeps_the_fade_within_half_the_video() -> None:
    draft, media = setup("bare")
    faded = apply(draft, [O.SetVideoFade(fade_out_ms=5000)], media)
    assert faded["m"]["fade_out"] == 5000
    short = apply(faded, [O.RemoveClips(clips=[1, 2, 3, 4, 5])], media)
    assert short["m"]["fade_out"] == short["d"] // 2
    assert dr.validate(short) == []


# --- the client's change list ------------------------------------------------------------------


def test_timeline_diff_names_fade_changes_in_both_languages() -> None:
    from nemochat import i18n, timeline

    before, _ = setup("bare")
    after = apply(before, [O.SetVideoFade(fade_out_ms=1500)], [])
    try:
        i18n.set_language("en")
        assert "Project fade-out: 0s → 1.5s" in timeline.diff(before, after)
        assert timeline.diff(after, after) == []
        i18n.set_language("zh")
        removed = apply(after, [O.SetVideoFade(fade_out_ms=0)], [])
        assert "项目淡出由 1.5s 改为 0s" in timeline.diff(after, removed)
    finally:
        i18n.set_language("auto")
