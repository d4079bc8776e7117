"""The timeline decoder, its one-line summary and the diff in words, over many draft shapes."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nemochat import i18n
from nemochat import timeline as tl

DOC = {
    "d": 10000,
    "m": {"title": "Urban", "width": 1920, "height": 1080},
    "t": [
        {"tt": 0, "sg": [{"st": 0, "d": 10000, "m": {"name": "city timelapse"}}]},
        {
            "tt": 1,
            "m": {"name": "Music"},
            "sg": [{"st": 0, "d": 10000, "m": {"name": "Lo-fi", "volume": 0.35}}],
        },
        {"tt": 7, "sg": [{"st": 0, "d": 3000, "m": {"text": "Urban Dreams", "role": "title"}}]},
    ],
}

DOC_SUMMARY = (
    "Timeline (3 tracks): 1. Video: city timelapse (0-10s) 2. BGM: Lo-fi (0-10s, 35%) "
    '3. Title: "Urban Dreams" (0-3s)'
)


def local_draft() -> dict:
    """A draft as the local engine writes it (docs/draft.md), with transitions."""
    return {
        "v": 1,
        "d": 15000,
        "m": {"title": "Tokyo nights", "width": 1080, "height": 1920, "aspect": "9:16", "fps": 30},
        "t": [
            {
                "tt": 0,
                "m": {"name": "Photos"},
                "sg": [
                    {
                        "st": 0,
                        "d": 5500,
                        "m": {
                            "src": "med_a",
                            "kind": "image",
                            "name": "beach.jpg",
                            "motion": "zoom_in",
                        },
                    },
                    {
                        "st": 5000,
                        "d": 5500,
                        "m": {
                            "src": "med_b",
                            "kind": "image",
                            "name": "city.jpg",
                            "transition": {"type": "crossfade", "d": 500},
                        },
                    },
                    {
                        "st": 10000,
                        "d": 5000,
                        "m": {"src": "med_c", "kind": "image", "name": "night.jpg"},
                    },
                ],
            },
            {
                "tt": 1,
                "m": {"name": "Music"},
                "sg": [
                    {"st": 0, "d": 15000, "m": {"src": "med_m", "name": "Lo-fi", "volume": 0.35}}
                ],
            },
            {
                "tt": 7,
                "m": {"name": "Text"},
                "sg": [{"st": 0, "d": 3000, "m": {"text": "Urban\nDreams", "role": "title"}}],
            },
        ],
    }


def test_documented_summary_exactly() -> None:
    assert tl.summary(DOC) == DOC_SUMMARY


def test_local_engine_draft_summary_and_fields() -> None:
    timeline = tl.decode(local_draft())
    assert timeline.summary() == (
        "Timeline (3 tracks): 1. Video: beach.jpg, city.jpg, night.jpg (0-15s) "
        '2. BGM: Lo-fi (0-15s, 35%) 3. Title: "Urban Dreams" (0-3s)'
    )
    assert timeline.duration_ms == 15000
    assert (timeline.width, timeline.height, timeline.title) == (1080, 1920, "Tokyo nights")
    video = timeline.tracks[0]
    assert [s.label for s in video.segments] == ["beach.jpg", "city.jpg", "night.jpg"]
    assert video.segments[1].start_ms == 5000 and video.segments[1].end_ms == 10500
    assert timeline.tracks[1].segments[0].volume == pytest.approx(0.35)
    assert timeline.tracks[2].segments[0].text == "Urban Dreams"


def test_status_json_shape() -> None:
    out = tl.decode(local_draft()).to_json("s1")
    assert set(out) == {"session_id", "summary", "duration_ms", "canvas", "tracks"}
    assert out["canvas"] == {"width": 1080, "height": 1920}
    assert [t["type"] for t in out["tracks"]] == ["video", "audio", "text"]
    assert out["tracks"][0]["name"] == "Photos"
    assert out["tracks"][0]["segments"][0] == {
        "start_ms": 0,
        "duration_ms": 5500,
        "label": "beach.jpg",
    }
    assert out["tracks"][1]["segments"][0]["volume"] == pytest.approx(0.35)
    assert out["tracks"][2]["segments"][0]["text"] == "Urban Dreams"
    assert "volume" not in out["tracks"][2]["segments"][0]
    json.dumps(out)  # serialisable


def test_label_precedence() -> None:
    def label(seg_m: dict, track_m: dict | None = None, tt: int = 0) -> str:
        draft = {"t": [{"tt": tt, "m": track_m or {}, "sg": [{"st": 0, "d": 1000, "m": seg_m}]}]}
        return tl.decode(draft).tracks[0].segments[0].label

    assert label({"text": "T", "name": "N", "title": "X"}) == "T"
    assert label({"name": "N", "title": "X"}) == "N"
    assert label({"title": "X"}) == "X"
    assert label({}, {"name": "Track name"}) == "Track name"
    assert label({}) == "clip"
    assert label({"text": "   ", "name": "N"}) == "N"  # blank text is no label


@pytest.mark.parametrize(
    "draft",
    [
        None,
        {},
        [],
        "draft",
        {"t": None},
        {"t": "x"},
        {"t": [None, 3, "x", []]},
        {"t": [{"tt": 0}]},
        {"t": [{"tt": 0, "sg": None}]},
        {"t": [{"tt": 0, "sg": [None, {}]}]},
        {"t": [{"tt": 0, "sg": [{"st": "abc", "d": None, "m": "x"}]}]},
        {"t": [{"tt": 1, "sg": [{"st": 0, "d": 1000, "m": {"volume": "loud"}}]}]},
        {"t": [{"tt": 1, "sg": [{"st": 0, "d": 1000, "m": {"volume": float("nan")}}]}]},
        {"t": [{"tt": 7, "sg": [{"st": 0, "d": 1000, "m": {"text": ["list"]}}]}]},
        {"d": "lots", "m": [], "t": [{"tt": {"x": 1}, "sg": [{"st": 1e308, "d": -5}]}]},
    ],
)
def test_strange_drafts_never_crash(draft: object) -> None:
    timeline = tl.decode(draft)
    assert isinstance(timeline.summary(), str)
    json.dumps(timeline.to_json(None))
    assert isinstance(tl.diff(draft, DOC), list)
    assert isinstance(tl.diff(DOC, draft), list)


def test_empty_timeline_is_not_exportable() -> None:
    assert not tl.has_content(None)
    assert not tl.has_content({"t": []})
    assert not tl.has_content({"t": [{"tt": 0, "sg": []}]})
    assert tl.has_content({"t": [{"tt": 0, "sg": [{"st": 0, "d": 1}]}]})
    assert (
        tl.summary({"t": [{"tt": 0, "sg": []}]})
        == "The timeline is empty: nothing has been made yet."
    )


def test_cloud_style_draft_with_unknown_keys() -> None:
    """Cloud drafts: no ``v``, extra keys everywhere, string tt, seconds-looking strings."""
    draft = {
        "id": "dr_1",
        "d": "10000",
        "m": {"width": "1920", "height": 1080, "bg": "#000", "unknown": {"deep": [1, 2]}},
        "x": 42,
        "t": [
            {
                "tt": "0",
                "id": "trk",
                "lock": True,
                "sg": [
                    {
                        "st": 0,
                        "d": 6000,
                        "fx": [],
                        "m": {"name": "clip_01.mp4", "url": "https://cdn/1.mp4", "speed": 1},
                    },
                    {"st": 6000, "d": 4000, "m": {"title": "generated shot"}},
                ],
            },
            {"tt": 1, "sg": [{"st": 0, "d": 10000, "m": {"name": "Upbeat", "volume": 80}}]},
            {
                "tt": 3,
                "m": {"name": "Effects"},
                "sg": [{"st": 0, "d": 1000, "m": {"kind": "glow"}}],
            },
            {"tt": 7, "sg": [{"st": 500, "d": 2500, "m": {"text": "Hello", "role": "caption"}}]},
        ],
    }
    timeline = tl.decode(draft)
    assert timeline.width == 1920 and timeline.duration_ms == 10000
    assert timeline.summary() == (
        "Timeline (4 tracks): 1. Video: clip_01.mp4, generated shot (0-10s) "
        '2. BGM: Upbeat (0-10s, 80%) 3. Track: Effects (0-1s) 4. Caption: "Hello" (0.5-3s)'
    )
    # status --json lists only the documented track types
    assert [t["type"] for t in timeline.to_json("s")["tracks"]] == ["video", "audio", "text"]


def test_state_with_draft_inside_is_accepted() -> None:
    assert tl.summary({"draft": DOC, "video_infos": []}) == DOC_SUMMARY


def test_many_labels_are_shortened() -> None:
    segs = [{"st": i * 1000, "d": 1000, "m": {"name": f"p{i}.jpg"}} for i in range(10)]
    line = tl.summary({"t": [{"tt": 0, "sg": segs}]})
    assert line == "Timeline (1 track): 1. Video: p0.jpg, p1.jpg, p2.jpg, p3.jpg +6 more (0-10s)"


def test_duration_falls_back_to_video_end() -> None:
    draft = copy.deepcopy(DOC)
    del draft["d"]
    draft["t"][0]["sg"][0]["d"] = 12500
    assert tl.decode(draft).duration_ms == 12500


def test_seconds_format() -> None:
    assert [tl.seconds(ms) for ms in (0, 1000, 1500, 1234, 9999, 60000)] == [
        "0",
        "1",
        "1.5",
        "1.2",
        "10",
        "60",
    ]


def test_summary_in_chinese() -> None:
    i18n.set_language("zh")
    try:
        line = tl.summary(DOC)
    finally:
        i18n.set_language("auto")
    assert line.startswith("时间线（3 条轨道）：1. 视频：city timelapse（0-10s）")
    assert "背景音乐：Lo-fi（0-10s, 35%）" in line
    assert '标题："Urban Dreams"（0-3s）' in line


# --- diff -------------------------------------------------------------------------------------


def without_title(draft: dict) -> dict:
    d = copy.deepcopy(draft)
    d["t"] = [t for t in d["t"] if t["tt"] != 7]
    return d


def test_diff_added_title_documented_wording() -> None:
    assert tl.diff(without_title(DOC), DOC) == ['Added Title: "Urban Dreams" (0-3s)']


def test_diff_names_a_caption_next_to_a_title_as_a_caption() -> None:
    """One text track holds titles and captions: each is named by its own role."""
    after = copy.deepcopy(DOC)
    caption = {"st": 7000, "d": 3000, "m": {"text": "Open 7am daily", "role": "caption"}}
    after["t"][2]["sg"].append(caption)
    assert tl.diff(DOC, after) == ['Added Caption: "Open 7am daily" (7-10s)']
    assert tl.diff(after, DOC) == ['Removed Caption: "Open 7am daily"']


def test_diff_removed_track() -> None:
    assert tl.diff(DOC, without_title(DOC)) == ['Removed Title: "Urban Dreams"']


def test_diff_from_nothing_lists_every_track() -> None:
    lines = tl.diff(None, DOC)
    assert lines == [
        "Added Video: city timelapse (0-10s)",
        "Added BGM: Lo-fi (0-10s)",
        'Added Title: "Urban Dreams" (0-3s)',
    ]


def test_diff_canvas_change() -> None:
    after = copy.deepcopy(DOC)
    after["m"].update(width=1080, height=1920, aspect="9:16")
    assert tl.diff(DOC, after) == [
        "Frame size 1920×1080 → 1080×1920",
        "Project aspect ratio: - → 9:16",
    ]


def test_diff_identical_is_empty() -> None:
    assert tl.diff(local_draft(), local_draft()) == []
    assert tl.diff(None, None) == []
    assert tl.diff({}, {"t": []}) == []


def test_diff_changes_in_place() -> None:
    before = local_draft()
    after = local_draft()
    after["t"][1]["sg"][0]["m"]["volume"] = 0.2
    after["t"][2]["sg"][0]["m"]["text"] = "Tokyo"
    after["t"][0]["sg"][0]["m"]["motion"] = "pan_left"
    after["t"][0]["sg"][1]["m"]["transition"] = {"type": "fade_black", "d": 800}
    after["m"]["aspect"] = "1:1"
    lines = tl.diff(before, after)
    assert lines == [
        "Video: beach.jpg motion zoom in → pan left",
        "Video: city.jpg transition crossfade 0.5s → fade through black 0.8s",
        "BGM: Lo-fi volume 35% → 20%",
        'Title: "Urban Dreams" → "Tokyo"',
        "Project aspect ratio: 9:16 → 1:1",
    ]


def test_diff_photo_added_removed_and_retimed() -> None:
    before = local_draft()
    after = local_draft()
    segs = after["t"][0]["sg"]
    del segs[0]  # beach removed
    segs.append({"st": 15000, "d": 3000, "m": {"src": "med_d", "name": "sunset.jpg"}})
    after["d"] = 18000
    lines = tl.diff(before, after)
    assert "Added Video: sunset.jpg (15-18s)" in lines
    assert "Removed Video: beach.jpg" in lines
    assert "Duration 15s → 18s" in lines
    # city and night keep their times here, so no timing lines for them
    assert not any(line.startswith("Video: city.jpg") for line in lines)


def test_diff_a_moved_photo_is_one_move_not_a_removal_and_an_addition() -> None:
    before = local_draft()
    after = local_draft()
    segs = after["t"][0]["sg"]
    first = segs.pop(0)  # beach goes to the end
    segs.append(first)
    start = 0
    for seg in segs:
        seg["st"], start = start, start + seg["d"]
    # transitions stay with the places in the order (the editor re-assigns them)
    segs[0]["m"]["transition"] = {"type": "crossfade", "d": 0}
    segs[-1]["m"]["transition"] = {"type": "crossfade", "d": 500}
    lines = tl.diff(before, after)
    assert not any("transition" in line for line in lines), lines
    moved = [line for line in lines if line.startswith("Moved Video: beach.jpg")]
    assert len(moved) == 1 and "→" in moved[0], lines
    assert not any(line.startswith(("Added Video", "Removed Video")) for line in lines), lines
    i18n.set_language("zh")
    try:
        zh = tl.diff(before, after)
    finally:
        i18n.set_language("auto")
    assert any(line.startswith("移动视频：beach.jpg") for line in zh), zh


def test_diff_timing_change() -> None:
    before = local_draft()
    after = local_draft()
    after["t"][2]["sg"][0]["d"] = 5000
    assert tl.diff(before, after) == ['Title: "Urban Dreams" 0-3s → 0-5s']


def test_diff_same_photo_twice_is_matched_in_order() -> None:
    seg = {"st": 0, "d": 1000, "m": {"src": "med_a", "name": "a.jpg"}}
    before = {"t": [{"tt": 0, "sg": [seg]}]}
    after = {"t": [{"tt": 0, "sg": [seg, {**seg, "st": 1000}]}]}
    assert tl.diff(before, after) == ["Added Video: a.jpg (1-2s)", "Duration 1s → 2s"]


def test_diff_in_chinese() -> None:
    i18n.set_language("zh")
    try:
        lines = tl.diff(without_title(DOC), DOC)
    finally:
        i18n.set_language("auto")
    assert lines == ['新增标题："Urban Dreams"（0-3s）']


# --- property: decoding arbitrary JSON never raises ----------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                ["t", "tt", "sg", "st", "d", "m", "text", "name", "title", "volume", "x"]
            ),
            children,
            max_size=5,
        )
    ),
    max_leaves=30,
)


@settings(max_examples=150, deadline=None)
@given(json_values, json_values)
def test_any_json_decodes_and_diffs(a: object, b: object) -> None:
    timeline = tl.decode(a)
    assert isinstance(timeline.summary(), str)
    json.dumps(timeline.to_json("s"))
    assert isinstance(tl.diff(a, b), list)


def test_diff_names_keys_and_values_in_chinese_but_keeps_user_text() -> None:
    from nemochat import i18n

    before = local_draft()
    after = local_draft()
    after["t"][0]["sg"][0]["m"]["motion"] = "pan_left"
    after["m"]["title"] = "my_trip_2024"
    i18n.set_language("zh")
    lines = tl.diff(before, after)
    assert "视频：beach.jpg 的运动由 推近 改为 向左平移" in lines
    assert any(line.endswith("改为 my_trip_2024") for line in lines), lines
    assert not any("motion" in line or "zoom_in" in line for line in lines), lines


def test_diff_shows_text_size_as_share_and_times_in_seconds() -> None:
    before = {"t": [{"tt": 7, "sg": [{"st": 0, "d": 3000, "m": {"text": "Hi", "size": 0.08}}]}]}
    after = {
        "t": [
            {
                "tt": 7,
                "sg": [{"st": 0, "d": 3000, "m": {"text": "Hi", "size": 0.104, "fade_in": 300}}],
            }
        ]
    }
    assert tl.diff(before, after) == [
        'Title: "Hi" size 8% → 10%',
        'Title: "Hi" fade-in - → 0.3s',
    ]
