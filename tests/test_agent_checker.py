"""The corpus checker's equivalences can fail: each accepts only what makes the same video.

``agent_check.check`` accepts a plan spelled differently from a case in five ways (another
order, sub-frame rounding, photos put back as one op or one per photo, a text named by its
index or its role, the labelled ops applied as they are), each only when both give the identical draft. These cases make sure a
different video is still a miss.
"""

from __future__ import annotations

from agent_check import _same_video, check
from agent_corpus import Case, op


def test_a_title_named_by_role_or_index_is_the_same_edit() -> None:
    assert check(Case("标题改成“盛大开业”", [op("edit_text", target=0, text="盛大开业")], "shop"))[
        0
    ]


def test_a_text_at_another_index_is_a_miss() -> None:
    # the shop draft has one title (text 0): text 1 does not exist, so the drafts differ
    ok, why = check(
        Case("标题改成“盛大开业”", [op("edit_text", target=1, text="盛大开业")], "shop")
    )
    assert not ok and "target" in why


def test_another_text_is_a_miss_even_when_named_the_same_way() -> None:
    assert not check(Case("标题改成“盛大开业”", [op("edit_text", target=0, text="开业")], "shop"))[
        0
    ]


def test_an_order_that_changes_the_video_is_a_miss() -> None:
    # the agent plans hard cuts before the pace (1.5 s photos); after the pace, the cuts
    # would make the photos absorb the lost overlap: another video, so another order misses
    fast_then_cuts = Case(
        "fast pace, hard cuts",
        [op("set_pace", pace="fast"), op("set_transition", type="cut")],
        "bare",
    )
    cuts_then_fast = Case(
        "fast pace, hard cuts",
        [op("set_transition", type="cut"), op("set_pace", pace="fast")],
        "bare",
    )
    assert check(cuts_then_fast)[0]
    assert not check(fast_then_cuts)[0]


def test_rounding_under_a_frame_is_the_same_video_a_frame_is_not() -> None:
    a = {"fps": 30, "t": [{"sg": [{"st": 0, "d": 4000}]}]}
    assert _same_video(a, {"fps": 30, "t": [{"sg": [{"st": 0, "d": 4002}]}]})
    assert not _same_video(a, {"fps": 30, "t": [{"sg": [{"st": 0, "d": 4034}]}]})
    assert not _same_video(a, {"fps": 30, "t": [{"sg": [{"st": 0, "d": 4000, "x": 1}]}]})


def test_the_labelled_ops_making_the_same_video_are_the_same_answer() -> None:
    # trim the walk clip, then put it first — or put it first, then trim the first clip
    text = "make a video from these, start the walk clip 2 seconds in, and put it first"
    moved_then_trimmed = Case(
        text,
        [
            op("create_video"),
            op("move_clip", clip=2, to=0),
            op("trim_clip", clip=0, start_ms=2000),
        ],
        "mixed",
    )
    assert check(moved_then_trimmed)[0]
    trimmed_another = Case(  # the same ops on another clip: another video, a miss
        text,
        [
            op("create_video"),
            op("move_clip", clip=2, to=0),
            op("trim_clip", clip=0, start_ms=3000),
        ],
        "mixed",
    )
    assert not check(trimmed_another)[0]
