"""Whole agent turns: events, replies, undo/redo, languages, and the draft model itself."""

from __future__ import annotations

import copy
import re

import pytest
from agent_setups import CLIP, MEDIA, PHOTOS, SONG, History, bare_draft, full_draft

from nemochat.engine import draft as dr
from nemochat.engine.agent import AgentTurn, respond
from nemochat.engine.agent import ops as O
from nemochat.engine.agent.apply import apply
from nemochat.engine.agent.parse import cn_number, normalise


def turn(
    text: str, draft: dict | None = None, media=MEDIA, history=None, language="en"
) -> AgentTurn:  # type: ignore[no-untyped-def]
    return respond(
        text, draft=draft, media=list(media), language=language, history=history or History()
    )


# ---- events ---------------------------------------------------------------------------------


def test_events_pair_tool_calls_with_results_and_stream_text() -> None:
    t = turn("make it 9:16, 20 seconds, and add the title 'Tokyo'", bare_draft())
    kinds = [e["type"] for e in t.events]
    calls = [e for e in t.events if e["type"] == "tool_call"]
    results = [e for e in t.events if e["type"] == "tool_result"]
    assert [c["name"] for c in calls] == ["set_format", "set_duration", "add_text"]
    assert [r["name"] for r in results] == [c["name"] for c in calls]
    assert calls[0]["args"] == {"aspect": "9:16"}
    assert results[1]["result"]["ok"] is True and results[1]["result"]["duration_ms"] == 20000
    # every call is followed by its result, then the text comes in several chunks
    assert kinds[:6] == ["tool_call", "tool_result"] * 3
    texts = [e["content"] for e in t.events if e["type"] == "text"]
    assert len(texts) >= 2 and "".join(texts) == t.reply
    assert [o["op"] for o in t.ops] == ["set_format", "set_duration", "add_text"]


def test_reply_says_exactly_what_changed_and_suggests_next_steps() -> None:
    t = turn("turn these photos into a 9:16 video, 15 seconds, with 0.5 second crossfades")
    assert "6 photos" in t.reply and "9:16" in t.reply and "15 s" in t.reply
    assert "crossfades (0.5 s) between the 6 photos" in t.reply
    steps = t.reply.split("Next you could:")[1].strip().splitlines()
    assert 2 <= len(steps) <= 3 and all(s.startswith("- ") for s in steps)
    assert t.draft is not None and t.draft["d"] == 15000 and t.draft["m"]["aspect"] == "9:16"


def test_chinese_request_gets_a_chinese_reply() -> None:
    t = turn("把这些照片做成10秒的竖屏视频", language="en")
    assert "6 张照片" in t.reply and "9:16" in t.reply and "接下来可以" in t.reply
    assert t.draft is not None and t.draft["d"] == 10000


_HAN_RE = re.compile(r"[\u4e00-\u9fff]")


def test_language_falls_back_to_the_session_for_neutral_text() -> None:
    assert "现在：" in turn("9:16", bare_draft(), language="zh-CN").reply
    assert "Now:" in turn("9:16", bare_draft(), language="en").reply
    # file names, paths, units and formats are in no language
    for neutral in ("song.mp3", "./song.mp3", "1080p", "60fps"):
        assert _HAN_RE.search(turn(neutral, bare_draft(), language="zh-CN").reply), neutral


def test_out_of_scope_parts_are_named_and_the_rest_is_done() -> None:
    t = turn("make it 9:16 and add a voiceover", bare_draft())
    assert t.draft is not None and t.draft["m"]["aspect"] == "9:16"
    assert "voice-over" in t.reply
    t = turn("generate a video of a cat surfing")
    assert t.draft is None and "can't generate new footage offline" in t.reply


def test_unknown_part_is_quoted_back() -> None:
    t = turn("make it 10 seconds and frobnicate the wibble", bare_draft())
    assert "frobnicate the wibble" in t.reply and t.draft is not None


def test_unknown_part_keeps_the_users_spelling() -> None:
    t = turn("Make it 10 seconds and Frobnicate The Wibble", bare_draft())
    assert "“Frobnicate The Wibble”" in t.reply


def test_needs_media_says_how_to_upload() -> None:
    t = turn("turn these photos into a video", media=[])
    assert t.draft is None and "/upload" in t.reply and "drag" in t.reply.lower()
    t = turn("加标题“你好”", media=[])
    assert t.draft is None and "/upload" in t.reply


def test_ambiguous_request_asks_one_question_and_changes_nothing() -> None:
    t = turn("make this photo longer", bare_draft())
    assert t.draft is None and t.reply.count("?") == 1 and "Next you could" not in t.reply


def test_music_request_without_audio_explains() -> None:
    t = turn("add some background music", bare_draft(), media=PHOTOS)
    assert t.draft is None and "no music library offline" in t.reply


def test_help_describe_and_greeting() -> None:
    assert "Ken Burns" in turn("what can you do").reply
    assert "撤销" in turn("你能做什么").reply
    d = full_draft()
    text = turn("describe the timeline", d).reply
    assert "beach.jpg" in text and "Hello" in text and "song.mp3" in text
    assert turn("describe the timeline", d).draft is None
    assert "时间线" in turn("现在什么样了", None).reply
    assert "/upload" in turn("hi", media=[]).reply
    # with photos here, or a video to edit, hello says what to do next instead
    assert "6 uploads" in turn("hi! I run a small coffee shop").reply
    assert "/export" in turn("你好", d).reply and "/upload" not in turn("hello", d).reply


# ---- undo / redo ----------------------------------------------------------------------------


def test_undo_and_redo_use_the_history_view() -> None:
    media = MEDIA
    h = History()
    first = turn("turn these photos into a 15 second video", media=media, history=h).draft
    assert first is not None
    h.record(first)
    second = turn("make it 9:16", first, history=h).draft
    assert second is not None
    h.record(second)
    t = turn("undo", second, history=h)
    assert t.history == "undo" and t.draft == first
    assert "9:16 → 16:9" in t.reply
    assert [e["name"] for e in t.events if e["type"] == "tool_call"] == ["undo"]
    h.move(-1)
    t = turn("重做", first, history=h)
    assert t.history == "redo" and t.draft == second and "已重做" in t.reply
    h.move(1)
    t = turn("redo", second, history=h)
    assert t.history == "none" and t.draft is None and "nothing to redo" in t.reply
    assert "没有可以撤销" in turn("撤销", None, history=History()).reply


def test_start_over_rebuilds_from_uploads_and_can_be_empty() -> None:
    t = turn("start over", full_draft())
    assert t.draft is not None and not dr.segments(t.draft, dr.TT_TEXT)
    assert len(dr.segments(t.draft, dr.TT_VIDEO)) == 6 and not dr.segments(t.draft, dr.TT_AUDIO)
    t = turn("start over", full_draft(), media=[])
    assert t.draft is not None and not dr.segments(t.draft, dr.TT_VIDEO)
    assert "empty" in t.reply


# ---- what the edits do ----------------------------------------------------------------------


def test_create_keeps_upload_order_and_video_clips_use_their_length() -> None:
    d = turn("make a video", media=[PHOTOS[2], CLIP, PHOTOS[0]]).draft
    assert d is not None
    video = dr.segments(d, dr.TT_VIDEO)
    assert [s["m"]["name"] for s in video] == ["dinner.jpg", "walk.mp4", "beach.jpg"]
    assert video[1]["m"]["kind"] == "video" and video[1]["d"] == 8000
    assert video[0]["d"] == dr.DEFAULT_PHOTO_MS and video[0]["m"]["motion"] == "auto"
    assert video[1]["m"]["transition"] == {"type": "crossfade", "d": 500}
    assert d["m"]["fit"] == "auto" and d["m"]["fps"] == 30 and d["m"]["resolution"] == "1080p"


def test_default_format_follows_the_photos_shape() -> None:
    tall = [O.Create(media=["med_t1", "med_t2"])]
    from nemochat.engine.agent import MediaInfo

    media = [MediaInfo(f"med_t{i}", "image", f"t{i}.jpg", 3000, 4000) for i in (1, 2)]
    assert apply(None, tall, media)["m"]["aspect"] == "9:16"


@pytest.mark.parametrize("total", [1000, 2500, 7000, 15000, 33333, 60000])
def test_total_duration_is_exact(total: int) -> None:
    d = apply(bare_draft(), [O.SetDuration(total_ms=total)], MEDIA)
    assert d["d"] == total and dr.validate(d) == []


def test_total_with_a_video_clip_never_overruns_the_clip() -> None:
    media = [*PHOTOS[:2], CLIP]
    d = apply(None, [O.Create(media=[m.id for m in media]), O.SetDuration(total_ms=60000)], media)
    clip = dr.segments(d, dr.TT_VIDEO)[2]
    assert clip["d"] <= 8000 and d["d"] == 60000


def test_music_spans_the_video_and_follows_its_length() -> None:
    d = apply(
        bare_draft(), [O.SetMusic(media=SONG.id, volume=0.35), O.SetDuration(total_ms=9000)], MEDIA
    )
    music = dr.segments(d, dr.TT_AUDIO)
    assert music[0]["st"] == 0 and music[0]["d"] == 9000 and music[0]["m"]["volume"] == 0.35


def test_reordering_keeps_transitions_by_position() -> None:
    d = apply(bare_draft(), [O.SetTransition(type="fade_black", clips=[1])], MEDIA)
    d = apply(d, [O.MoveClip(clip=5, to=0)], MEDIA)
    video = dr.segments(d, dr.TT_VIDEO)
    assert video[0]["m"]["name"] == "sunset.jpg"
    assert video[1]["m"]["transition"]["type"] == "fade_black"
    assert video[0]["m"]["transition"]["d"] == 0


def test_texts_stay_inside_the_video_when_it_gets_shorter() -> None:
    d = apply(bare_draft(), [O.AddText(text="End", st_ms=14000, d_ms=3000)], MEDIA)
    d = apply(d, [O.SetDuration(total_ms=5000)], MEDIA)
    seg = dr.segments(d, dr.TT_TEXT)[0]
    assert seg["st"] + seg["d"] <= 5000


def test_failed_op_is_reported_not_raised() -> None:
    results: list[dict] = []
    apply(bare_draft(), [O.RemoveClips(clips=[42])], MEDIA, results)
    assert results[0]["ok"] is False and "no clip 43" in results[0]["error"]


def test_apply_repairs_a_broken_draft() -> None:
    broken = bare_draft()
    broken["m"]["aspect"] = "7:3"
    dr.segments(broken, dr.TT_VIDEO)[0]["st"] = 999
    d = apply(broken, [O.SetPace(pace="fast")], MEDIA)
    assert dr.validate(d) == [] and len(dr.segments(d, dr.TT_VIDEO)) == 6


# ---- numbers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("十", 10),
        ("十五", 15),
        ("二十", 20),
        ("两", 2),
        ("一百二十", 120),
        ("三点五", 3.5),
        ("二十五", 25),
    ],
)
def test_chinese_numerals(word: str, value: float) -> None:
    assert cn_number(word) == value


def test_normalise_numbers_and_quotes() -> None:
    text, quotes = normalise("Add the title 'Don't Stop' for twenty-five seconds, 每张两秒，第三张")
    assert quotes == ["Don't Stop"]
    assert "25 seconds" in text and "每张2秒" in text and "第3张" in text
    text, quotes = normalise("加标题「你好」和“世界”")
    assert quotes == ["你好", "世界"]


# ---- the draft model ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("aspect", "res", "size"),
    [
        ("16:9", "1080p", (1920, 1080)),
        ("9:16", "1080p", (1080, 1920)),
        ("1:1", "720p", (720, 720)),
        ("4:5", "1080p", (1080, 1350)),
        ("9:16", "4k", (2160, 3840)),
        ("4:5", "720p", (720, 900)),
        ("16:9", "720p", (1280, 720)),
    ],
)
def test_presets(aspect: str, res: str, size: tuple[int, int]) -> None:
    assert dr.frame_size(aspect, res) == size


def test_validate_catches_each_kind_of_problem() -> None:
    good = full_draft()
    assert dr.validate(good, media_ids={m.id for m in MEDIA}) == []
    assert dr.validate(good, media_ids={PHOTOS[0].id})  # other uploads are not this session's
    assert dr.validate("nope") == ["draft is not an object"]

    def broken(change) -> list[str]:  # type: ignore[no-untyped-def]
        d = full_draft()
        change(d)
        return dr.validate(d)

    assert broken(lambda d: d["m"].update(width=1000))
    assert broken(lambda d: d["m"].update(fps=29))
    assert broken(lambda d: d.update(d=1))
    assert broken(lambda d: dr.segments(d, 0)[1].update(st=0))
    assert broken(lambda d: dr.segments(d, 0)[1]["m"].update(transition={"type": "spin", "d": 5}))
    assert broken(lambda d: dr.segments(d, 0)[1]["m"]["transition"].update(d=5000))
    assert broken(lambda d: dr.segments(d, 0)[0]["m"].update(src="/etc/passwd"))
    assert broken(lambda d: dr.segments(d, 7)[0]["m"].update(color="red"))
    assert broken(lambda d: dr.segments(d, 7)[0]["m"].update(text=" "))
    assert broken(lambda d: dr.segments(d, 7)[0].update(st=100_000))
    assert broken(lambda d: dr.segments(d, 1)[0]["m"].update(volume=1.5))


def test_relayout_applies_the_overlap_rule_and_clamps_transitions() -> None:
    d = dr.new_draft()
    video = dr.track(d, dr.TT_VIDEO)["sg"]  # type: ignore[index]
    video += [
        dr.video_segment("med_a", d=2000),
        dr.video_segment("med_b", d=600),
        dr.video_segment("med_c", d=3000, transition={"type": "cut", "d": 700}),
    ]
    dr.relayout(d)
    assert [s["st"] for s in video] == [0, 1700, 2300]
    assert video[1]["m"]["transition"]["d"] == 300  # half of the 600 ms neighbour
    assert video[2]["m"]["transition"]["d"] == 0
    assert d["d"] == 5300 and dr.validate(d) == []


def test_quoted_text_does_not_decide_the_reply_language() -> None:
    assert "Next you could" in turn("add the title 'Hello 你好' at the top", bare_draft()).reply
    assert "接下来" in turn("加标题 “Hello”", bare_draft()).reply


def test_questions_are_answered_from_the_draft() -> None:
    for q, want in (
        ("how long is the video?", "15.5 s"),
        ("视频多长", "15.5 s"),
        ("what's the aspect ratio", "16:9"),
        ("is it vertical?", "No — it's 16:9 landscape, 1920×1080"),
        ("是竖屏吗？", "不是，现在是16:9 横屏"),
        ("how many photos?", "6 photos"),
        ("有几张照片", "6 张照片"),
        ("is there music?", "Yes — “song.mp3”"),
        ("有音乐吗", "有，背景音乐是“song.mp3”"),
    ):
        t = turn(q, full_draft())
        assert t.draft is None and not t.ops and want in t.reply, (q, t.reply)
        assert "Next you could" not in t.reply and "接下来" not in t.reply


def test_undo_twice_undoes_one_step_and_says_so() -> None:
    h = History([bare_draft(), full_draft()])
    t = turn("undo twice", full_draft(), history=h)
    assert t.history == "undo" and "one step at a time" in t.reply


def test_caption_each_clip_follows_the_clips() -> None:
    t = turn("caption the photos 'Day 1', 'Day 2', 'Day 3'", bare_draft())
    assert t.draft is not None
    video = dr.segments(t.draft, dr.TT_VIDEO)
    caps = dr.segments(t.draft, dr.TT_TEXT)
    assert [c["m"]["text"] for c in caps] == ["Day 1", "Day 2", "Day 3"]
    assert [(c["st"], c["d"]) for c in caps] == [(s["st"], s["d"]) for s in video[:3]]
    assert all(c["m"]["role"] == "caption" and c["m"]["position"] == "bottom" for c in caps)
    names = turn("add a caption to each photo with its file name", bare_draft()).draft
    assert [c["m"]["text"] for c in dr.segments(names, dr.TT_TEXT)][:2] == ["beach", "city"]


def test_transitions_keep_the_length_and_custom_photo_lengths_scale_together() -> None:
    d = turn("turn these photos into a 15-second video").draft
    d = turn("first photo 5 seconds", d).draft
    assert d is not None
    total = d["d"]
    before = [s["d"] for s in dr.segments(d, dr.TT_VIDEO)]
    d = turn("make the transitions longer", d).draft
    assert d is not None and d["d"] == total
    assert dr.segments(d, dr.TT_VIDEO)[1]["m"]["transition"]["d"] == 1000
    after = [s["d"] for s in dr.segments(d, dr.TT_VIDEO)]
    assert after[0] > after[1] and before[0] > before[1]  # the long first photo stays the longest
    d2 = turn("make it 20 seconds", d).draft
    assert d2 is not None and d2["d"] == 20000
    assert dr.segments(d2, dr.TT_VIDEO)[0]["d"] > dr.segments(d2, dr.TT_VIDEO)[1]["d"]


def test_first_title_names_the_project() -> None:
    d = turn("add the title 'Tokyo Nights'", bare_draft()).draft
    assert d is not None and d["m"]["title"] == "Tokyo Nights"
    d = turn("call it 'Trip'", bare_draft()).draft
    d = turn("add the title 'Tokyo Nights'", d).draft
    assert d is not None and d["m"]["title"] == "Trip"


def test_a_request_that_changes_nothing_says_so() -> None:
    t = turn("make it 16:9", bare_draft())
    assert t.draft is None and t.ops == [] and "already" in t.reply
    t = turn("describe the timeline", None)
    assert "beach.jpg" in t.reply and "15-second" in t.reply


@pytest.mark.parametrize(
    "foreign",
    [
        {
            "t": [{"tt": 0, "sg": [{"st": 0, "d": 5000, "m": {"src": "med_0000000000000001"}}]}],
            "d": 5000,
            "m": {"title": "x", "width": 1920, "height": 1080},
        },
        {"t": "nope"},
        {"m": 5, "t": [None, {"tt": "x"}]},
    ],
)
def test_foreign_or_broken_drafts_are_repaired_not_fatal(foreign: dict) -> None:
    t = turn("make it 9:16 and add the title 'A'", foreign)
    assert t.draft is not None and dr.validate(t.draft, media_ids={m.id for m in MEDIA}) == []
    assert t.draft["m"]["aspect"] == "9:16"


def test_every_reply_message_has_both_languages_with_the_same_fields() -> None:
    import string

    from nemochat.engine.agent.phrases import MESSAGES

    for key, (en, zh) in MESSAGES.items():
        assert en.strip() and zh.strip(), key
        fields = [{f for _, f, _, _ in string.Formatter().parse(text) if f} for text in (en, zh)]
        assert fields[0] == fields[1], key


def test_second_caption_is_a_text_not_a_clip() -> None:
    d = turn("字幕分别是“早上”、“中午”、“晚上”", bare_draft()).draft
    before = dr.segments(d, dr.TT_TEXT)[1]
    t = turn("把第二条字幕改成红色", d)
    after = dr.segments(t.draft, dr.TT_TEXT)[1]
    assert after["m"]["color"] == "#FF3B30" and (after["st"], after["d"]) == (
        before["st"],
        before["d"],
    )
    assert dr.segments(t.draft, dr.TT_TEXT)[0]["m"]["color"] == "#FFFFFF"


def test_export_and_preview_requests_point_to_export() -> None:
    assert "/export" in turn("导出视频", full_draft()).reply
    assert "/export" in turn("save the video", full_draft()).reply
    assert "beach.jpg" in turn("预览一下", full_draft()).reply


# ---- regressions found in use -------------------------------------------------------------


def test_unquoted_title_is_taken_as_the_text() -> None:
    t = turn("add the title Summer in Kyoto for the first 3 seconds", bare_draft())
    assert t.ops == [
        {"op": "add_text", "text": "Summer in Kyoto", "role": "title", "st_ms": 0, "d_ms": 3000}
    ]
    # without any text, one question and no change
    asked = turn("add a title at the top", bare_draft())
    assert asked.ops == [] and asked.draft is None and "?" in asked.reply


def test_editing_the_title_reports_the_titles_new_size_not_the_captions() -> None:
    d = turn("add a caption saying Welcome at the bottom", bare_draft()).draft
    d = turn("add the title 'Tokyo'", d).draft
    t = turn("make the title bigger", d)
    (title,) = [s for s in dr.segments(t.draft, dr.TT_TEXT) if s["m"]["role"] == "title"]
    assert title["m"]["size"] == pytest.approx(0.104)
    assert "“Tokyo”" in t.reply and "10%" in t.reply, t.reply


def test_every_reply_message_exists_in_both_languages_with_the_same_fields() -> None:
    import string

    import nemochat.engine.agent.answers  # noqa: F401  (adds the answer messages)
    from nemochat.engine.agent.phrases import MESSAGES

    def fields(s: str) -> set[str]:
        return {f for _, f, _, _ in string.Formatter().parse(s) if f}

    for key, (en, zh) in MESSAGES.items():
        assert en.strip() and zh.strip(), key
        assert fields(en) == fields(zh), key


def test_a_video_length_in_a_request_with_transitions_is_the_video_length() -> None:
    """'a 15 second promo with whip transitions': 15 s is the video, not the transition."""
    for text in (
        "make a 15 second 9:16 promo for instagram reels with whip transitions",
        "make a 15 second 9:16 promo with crossfade transitions",
    ):
        d = turn(text).draft
        assert d is not None and d["d"] == 15_000, text
        video = dr.segments(d, dr.TT_VIDEO)
        assert all(s["m"]["transition"]["d"] <= 1000 for s in video[1:]), text


def test_a_video_length_in_a_request_with_a_fade_is_the_video_length() -> None:
    d = turn("make a 12 second 9:16 reel with a fade at the end").draft
    assert d is not None and d["d"] == 12_000 and d["m"]["fade_out"] == 1000
    d2 = turn("a 2.5 second fade out at the end", draft=full_draft()).draft
    assert d2 is not None and d2["m"]["fade_out"] == 2500


def test_a_soft_photo_and_undrawable_text_are_said_when_the_edit_is_made() -> None:
    from nemochat.engine.agent import MediaInfo

    small = MediaInfo(id="med_small", kind="image", name="tiny.jpg", width=640, height=427)
    media = [small, *PHOTOS[:2]]
    t = turn("make a video", media=media)
    assert "Photo 1 (tiny.jpg) is only 640×427: it will look soft at 1080p." in t.reply
    assert t.reply.splitlines()[1].startswith("Photo 1")  # right after the headline
    t2 = turn("add the title 'Hi \U00013000'", draft=t.draft, media=media)
    assert "No font here can draw \U00013000" in t2.reply and "soft" not in t2.reply
    t3 = turn("加标题「你好\U00013000」", draft=t.draft, media=media, language="zh")
    assert "这里没有字体能显示" in t3.reply
    # said once: moving the soft photo (photo 1 → photo 3) is not news
    t4 = turn("move the first photo to the end", draft=t.draft, media=media)
    assert t4.draft is not None and "soft" not in t4.reply, t4.reply


def test_many_soft_photos_are_said_in_one_line() -> None:
    from nemochat.engine.agent import MediaInfo

    media = [
        MediaInfo(id=f"med_s{i}", kind="image", name=f"s{i}.jpg", width=600, height=400)
        for i in range(4)
    ]
    t = turn("make a video", media=media)
    assert "4 photos are smaller than the 1080p frame and will look soft" in t.reply
    assert "s0.jpg 600×400, s1.jpg 600×400" in t.reply and "Photo 1 (" not in t.reply
    t2 = turn("做个视频", media=media, language="zh")
    assert "有 4 张照片比 1080p 画面小" in t2.reply


def test_no_music_in_the_words_people_use() -> None:
    for text in ("别放音乐", "别加音乐", "不要音乐"):
        t = turn(text, draft=bare_draft(), language="zh")
        assert "不加音乐" in t.reply, (text, t.reply)


def test_transition_replies_say_old_and_new() -> None:
    t = turn("the transitions are too slow", draft=full_draft())
    assert "Transitions between the 6 photos now take 0.25 s (were 0.5 s)." in t.reply
    t2 = turn("use fade to black", draft=full_draft())
    assert "crossfades → fades through black" in t2.reply
    t3 = turn("转场太快了", draft=full_draft(), language="zh")
    assert "全部 6 张照片之间的转场时长 0.5 s → 1 s" in t3.reply


@pytest.mark.parametrize(
    ("text", "ms"), [("is it 32.3 seconds?", 32300), ("视频是32.3秒吗？", 32300)]
)
def test_durations_in_questions_are_rounded_like_edits(text: str, ms: int) -> None:
    """A question's durations are read as measure reads an edit's: rounded, not truncated
    (32.3 s is 32300 ms, not 32299)."""
    from nemochat.engine.agent.acts import analyse, measure

    norm, quotes = normalise(text)
    body = norm.rstrip("?？")
    assert analyse(body, quotes, asked=True).durations_ms == [ms]
    assert measure(body, quotes).durations_ms == [ms]


def test_quote_placeholders_cannot_be_typed() -> None:
    """Quoted text stands in the clause as one private-use character (acts.QUOTE); typed
    "qt0" stays text, and a typed (pasted) placeholder character is dropped."""
    import pathlib
    import re

    from nemochat.engine.agent.acts import QUOTE, quote_mark, quoted

    norm, quotes = normalise('add the title qt0 and "Hi" ' + quote_mark(0))
    assert "qt0" in norm and quotes == ["Hi"]
    assert quoted(norm, quotes) == ["Hi"]
    assert len(re.findall(QUOTE, norm)) == 1
    vocab_dir = pathlib.Path(__file__).parent.parent / "nemochat/engine/agent/vocab"
    for f in vocab_dir.glob("*.yaml"):
        assert not re.search(r"qt\\?[\\(d0-9N]", f.read_text()), f  # patterns use acts.QUOTE


def test_a_photo_named_by_position_is_not_a_count_of_the_uploads() -> None:
    for text in ("用这些做个视频，最后一张放长一点", "make a video, the last 2 photos slower"):
        reply = turn(text).reply
        assert "uploaded" not in reply and "上传了" not in reply, reply
    assert "6" in turn("make a video of these 3 photos").reply  # a count that differs is said


def test_a_photo_named_by_content_is_asked_about_once_not_also_not_understood() -> None:
    for text, lang in (
        ("做一个12秒的竖屏视频，第一张4秒，猫那张放最后", "zh"),
        ("make a 12 second video, then put the cat pic last", "en"),
    ):
        t = turn(text, language=lang)
        assert t.draft is not None and t.draft["d"] == 12_000, text
        assert "猫那张" in t.reply or "the cat pic" in t.reply
        assert "没理解" not in t.reply and "didn't understand" not in t.reply, t.reply


def test_chinese_words_for_what_is_in_a_photo_find_its_file_name() -> None:
    from nemochat.engine.agent import MediaInfo

    media = [
        *PHOTOS[:2],
        MediaInfo(id="med_wine", kind="image", name="red_wine.jpg", width=1920, height=1080),
    ]
    made = turn("make a video", media=media)
    t = turn("把红酒那张放第一", draft=made.draft, media=media, language="zh")
    assert t.ops and t.ops[0]["op"] == "move_clip" and t.ops[0]["clip"] == 2, t.reply
    assert "red_wine.jpg" in t.reply


# ---- "already so" shows how it is ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "shown"),
    [
        ("use crossfades between the photos", "en", "Between the clips: crossfades (0.5 s)."),
        ("用交叉淡化转场", "zh", "素材之间："),
        ("make it 16:9", "en", "It's 16:9 landscape, 1920×1080."),
        ("改成横屏", "zh", "现在是16:9 横屏，1920×1080。"),
        ("30 fps", "en", "It's 30 fps."),
    ],
)
def test_already_so_says_how_it_is_from_the_draft(text: str, lang: str, shown: str) -> None:
    t = turn(text, bare_draft(), language=lang)
    head, state, *_ = t.reply.split("\n")
    assert t.draft is None and t.ops == []
    assert head in ("That's already how it is — nothing to change.", "已经是这样了，无需修改。")
    assert state.startswith(shown)


def test_already_music_is_named_with_its_volume_and_no_yes() -> None:
    t = turn("use song.mp3 as music", full_draft())
    assert t.draft is None
    assert "Music: “song.mp3” at 100% volume" in t.reply and "Yes —" not in t.reply


def test_a_part_already_so_is_shown_next_to_the_parts_done() -> None:
    t = turn("fast pace and crossfades", bare_draft())
    lines = t.reply.split("\n")
    assert lines[0].startswith("Set a fast pace")
    assert lines[1] == "Already so, not changed — between the clips: crossfades (0.25 s)."
    assert "added crossfades" not in t.reply  # never "added" for what was not


def test_the_exported_file_follows_the_title_it_was_named_after() -> None:
    """The project (and the exported file) is named after the first title; changing that
    title renames it, unless the user named the project themselves."""
    made = apply(
        None, [O.Create(media=[p.id for p in PHOTOS]), O.AddText(text="Morning Brew")], MEDIA
    )
    assert made["m"]["title"] == "Morning Brew"
    renamed = apply(made, [O.EditText(target=0, text="Fresh Coffee Every Day")], MEDIA)
    assert renamed["m"]["title"] == "Fresh Coffee Every Day"
    named = apply(made, [O.SetTitle(title="Cafe")], MEDIA)
    kept = apply(named, [O.EditText(target=0, text="Fresh Coffee Every Day")], MEDIA)
    assert kept["m"]["title"] == "Cafe"


def test_a_text_at_the_end_stays_at_the_end_when_the_length_changes() -> None:
    """Found in the tmux review: a caption 'at the end' was left in the middle after a photo
    got longer, and a caption for the whole video stopped before the end."""
    h = History([full_draft()])
    d = full_draft()
    for text in ("add a caption 'Open daily' at the end", "make the last photo longer"):
        d = h.commit(turn(text, d, history=h), d)
    end = next(s for s in d["t"][2]["sg"] if s["m"]["text"] == "Open daily")
    assert d["d"] > 15500 and end["st"] + end["d"] == d["d"] and end["d"] == 3000
    d = h.commit(turn("add a caption 'Every day'", d, history=h), d)
    d = h.commit(turn("make it 25 seconds", d, history=h), d)
    whole = next(s for s in d["t"][2]["sg"] if s["m"]["text"] == "Every day")
    assert (whole["st"], whole["d"]) == (0, 25000)
    assert dr.validate(d) == []
    bad = copy.deepcopy(d)
    bad["t"][2]["sg"][-1]["m"]["anchor"] = "middle"
    assert any("anchor" in p for p in dr.validate(bad))


def test_the_words_of_a_declined_voice_over_are_not_reported_twice() -> None:
    """Found in tmux: 加个配音，说“欢迎光临” said it cannot do voice-overs, then "I didn't
    understand “欢迎光临”" as well; quoted words nothing used are still named."""
    for text in ("加个配音，说“欢迎光临”", 'add a voiceover saying "welcome in"'):
        reply = turn(text, full_draft()).reply
        assert "didn't understand" not in reply and "没理解" not in reply, reply
    assert "“Welcome”" in turn("make the intro 'Welcome' look nicer", full_draft()).reply


def test_a_correction_after_naming_the_project_does_not_recurse() -> None:
    """Batch 20: 'sorry I meant "Trail Weekend"' after naming the project recursed without
    end (parse → the subject alone → parse …) and raised RecursionError."""
    h = History([full_draft()])
    d = full_draft()
    for text in ('call the project "Trail Days"', 'sorry I meant "Trail Weekend"'):
        d = h.commit(turn(text, d, history=h), d)
    assert d["m"]["title"] == "Trail Weekend"
