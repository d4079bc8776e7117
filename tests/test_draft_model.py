"""The typed views over a draft (nemochat/engine/draft_model.py): they read and write the
draft's own dict, reading never changes it, and a draft edited through them stays valid."""

from __future__ import annotations

import copy
import json

import pytest
from agent_setups import MEDIA, full_draft

from nemochat.engine import draft as dr
from nemochat.engine.draft_model import Clip, Key, Music, Text, Timeline, Transition

IDS = {m.id for m in MEDIA}


def _draft() -> dict:
    return full_draft()  # six photos, a title, music (tests/agent_setups.py)


def test_reading_is_the_wire_format() -> None:
    d = _draft()
    tl = Timeline(d)
    m = d["m"]
    assert (tl.aspect, tl.resolution, tl.fps, tl.width, tl.height) == (
        m["aspect"],
        m["resolution"],
        m["fps"],
        m["width"],
        m["height"],
    )
    assert tl.duration_ms == d["d"] and tl.title == m["title"] and tl.fit == m["fit"]
    video, texts, audio = (dr.segments(d, tt) for tt in (dr.TT_VIDEO, dr.TT_TEXT, dr.TT_AUDIO))
    assert [c.raw for c in tl.clips] == video  # views of the same dicts, in order
    assert all(c.raw is s for c, s in zip(tl.clips, video, strict=True))
    assert [t.raw for t in tl.texts] == texts
    assert tl.music is not None and tl.music.raw is audio[0]
    clip, seg = tl.clips[1], video[1]
    assert (clip.media_id, clip.name, clip.kind, clip.motion, clip.focus) == (
        seg["m"]["src"],
        seg["m"]["name"],
        seg["m"]["kind"],
        seg["m"]["motion"],
        seg["m"]["focus"],
    )
    assert (clip.start_ms, clip.ms, clip.end_ms) == (seg["st"], seg["d"], seg["st"] + seg["d"])
    assert clip.transition == Transition(
        seg["m"]["transition"]["type"], seg["m"]["transition"]["d"]
    )
    text, tseg = tl.texts[0], texts[0]
    for attr in ("text", "role", "position", "size", "color", "style", "entrance"):
        assert getattr(text, attr) == tseg["m"][attr], attr
    music, mseg = tl.music, audio[0]
    assert (music.media_id, music.name, music.volume, music.fade_in_ms, music.fade_out_ms) == (
        mseg["m"]["src"],
        mseg["m"]["name"],
        mseg["m"]["volume"],
        mseg["m"]["fade_in"],
        mseg["m"]["fade_out"],
    )
    assert (music.trim_ms, music.loop, music.duck) == (0, True, True)


def test_reading_never_changes_the_draft() -> None:
    for d in (_draft(), {}, {"m": None, "t": None}, {"t": [{"tt": 0}]}, {"m": {}, "d": "x"}):
        before = copy.deepcopy(d)
        tl = Timeline(d)
        for name in (
            "clips",
            "texts",
            "songs",
            "music",
            "duration_ms",
            "title",
            "aspect",
            "resolution",
            "width",
            "height",
            "fps",
            "fit",
            "pace",
            "fade_in_ms",
            "fade_out_ms",
            "pinned_ms",
            "beat_every",
            "explicit_lengths",
            "memo",
        ):
            getattr(tl, name)
        for c in tl.clips:
            for name in ("transition", "fit", "trim_ms", "volume", "muted", "label"):
                getattr(c, name)
        assert d == before


def test_missing_keys_read_as_their_defaults() -> None:
    clip, text, music = Clip({}), Text({"m": {"role": "caption"}}), Music({"m": {}})
    assert (clip.kind, clip.motion, clip.focus, clip.fit, clip.transition) == (
        "image",
        "auto",
        "auto",
        None,
        Transition("cut", 0),
    )
    assert (clip.trim_ms, clip.volume, clip.muted, clip.ms, clip.start_ms) == (0, 1.0, False, 0, 0)
    assert (text.role, text.style, text.color, text.entrance, text.size) == (
        "caption",
        "caption",
        "#FFFFFF",
        "fade",
        None,
    )
    assert (music.volume, music.fade_in_ms, music.loop, music.duck) == (1.0, 0, True, True)
    tl = Timeline({})
    assert (tl.clips, tl.texts, tl.music, tl.duration_ms, tl.title) == ([], [], None, 0, None)
    assert (tl.aspect, tl.fps, tl.fade_out_ms, tl.pinned_ms, tl.beat_every, tl.memo) == (
        dr.DEFAULT_ASPECT,
        dr.DEFAULT_FPS,
        None,
        None,
        None,
        {},
    )


@pytest.mark.parametrize(
    ("view", "attr", "value", "key"),
    [
        ("clip", "motion", "zoom_in", "motion"),
        ("clip", "focus", "face", "focus"),
        ("clip", "focus", [0.25, 0.75], "focus"),
        ("clip", "fit", "pad", "fit"),
        ("clip", "trim_ms", 1200, "trim"),
        ("clip", "volume", 0.5, "volume"),
        ("clip", "muted", True, "mute"),
        ("text", "text", "Hello", "text"),
        ("text", "position", "top", "position"),
        ("text", "position", [0.5, 0.25], "position"),
        ("text", "size", 0.1, "size"),
        ("text", "color", "#FF0000", "color"),
        ("text", "style", "outline", "style"),
        ("text", "entrance", "pop", "entrance"),
        ("music", "volume", 0.35, "volume"),
        ("music", "fade_in_ms", 500, "fade_in"),
        ("music", "fade_out_ms", 2500, "fade_out"),
        ("music", "trim_ms", 30_000, "trim"),
    ],
)
def test_each_field_writes_through(view: str, attr: str, value: object, key: str) -> None:
    d = _draft()
    tl = Timeline(d)
    target = {"clip": tl.clips[2], "text": tl.texts[0], "music": tl.music}[view]
    setattr(target, attr, value)
    assert getattr(target, attr) == value
    assert target.raw["m"][key] == value  # the draft's own dict
    fresh = {"clip": Timeline(d).clips[2], "text": Timeline(d).texts[0], "music": Timeline(d).music}
    assert getattr(fresh[view], attr) == value  # a new view sees it
    assert dr.validate(dr.relayout(d), media_ids=IDS) == []


def test_segment_times_and_transitions_write_through() -> None:
    d = _draft()
    tl = Timeline(d)
    clip = tl.clips[3]
    clip.ms = 4500
    clip.transition = Transition("wipe_left", 600)
    assert d["t"][0]["sg"][3]["d"] == 4500
    assert d["t"][0]["sg"][3]["m"]["transition"] == {"type": "wipe_left", "d": 600}
    text = tl.texts[0]
    text.start_ms, text.ms = 1000, 2000
    assert (d["t"][2]["sg"][0]["st"], d["t"][2]["sg"][0]["d"]) == (1000, 2000)
    tl.relayout()
    assert dr.validate(d, media_ids=IDS) == []
    assert tl.duration_ms == d["d"] and tl.clips[4].start_ms == d["t"][0]["sg"][4]["st"]


def test_the_whole_video_writes_through() -> None:
    d = _draft()
    tl = Timeline(d)
    tl.aspect = "9:16"
    assert (d["m"]["aspect"], d["m"]["width"], d["m"]["height"]) == ("9:16", 1080, 1920)
    tl.resolution = "720p"
    assert (tl.width, tl.height) == dr.frame_size("9:16", "720p") == (d["m"]["width"], 1280)
    tl.fps, tl.fit, tl.pace, tl.title = 60, "crop", "fast", "Tokyo"
    assert [d["m"][k] for k in ("fps", "fit", "pace", "title")] == [60, "crop", "fast", "Tokyo"]
    tl.fade_in_ms, tl.fade_out_ms = 800, 0
    assert (d["m"]["fade_in"], d["m"]["fade_out"]) == (800, 0)
    tl.fade_in_ms = None
    assert "fade_in" not in d["m"] and tl.fade_out_ms == 0  # 0 (a hard cut) is kept
    tl.pinned_ms, tl.beat_every, tl.explicit_lengths = 15_000, 2, True
    assert (d["m"][Key.PINNED], d["m"]["beat_sync"], d["m"]["explicit_lengths"]) == (
        15_000,
        {"every": 2},
        True,
    )
    tl.pinned_ms, tl.beat_every = None, None
    assert Key.PINNED not in d["m"] and "beat_sync" not in d["m"]
    tl.memo = {"declined": ["music"]}
    assert d["m"]["agent"] == {"declined": ["music"]} and tl.memo == {"declined": ["music"]}
    assert dr.validate(tl.relayout().draft, media_ids=IDS) == []


def test_track_lists_reorder_remove_and_add() -> None:
    d = _draft()
    tl = Timeline(d)
    clips = tl.clips
    ids = [c.media_id for c in clips]
    tl.clips = clips[::-1]
    assert [s["m"]["src"] for s in d["t"][0]["sg"]] == ids[::-1]
    sg = d["t"][0]["sg"]
    tl.clips = [c for c in tl.clips if c.media_id != ids[0]]
    assert d["t"][0]["sg"] is sg and len(sg) == 5  # the same list, edited in place
    extra = tl.clips[0].copy()
    assert extra.raw is not tl.clips[0].raw and extra.raw == tl.clips[0].raw
    tl.clips = [*tl.clips, extra, Clip.create(ids[0], name="beach.jpg", ms=2000)]
    assert len(d["t"][0]["sg"]) == 7 and d["t"][0]["sg"][-1]["d"] == 2000
    tl.music = None
    assert d["t"][1]["sg"] == [] and tl.music is None and tl.songs == []
    tl.music = Music.create(MEDIA[-1].id, name="song.mp3")
    assert d["t"][1]["sg"][0]["m"]["src"] == MEDIA[-1].id
    placed = tl.add_text(Text.create("Second", role="caption", ms=2000))
    assert placed == {} and [t.text for t in tl.texts][-1] == "Second"
    tl.texts = [t for t in tl.texts if t.role != "caption"]
    assert [s["m"]["role"] for s in d["t"][2]["sg"]] == ["title"]
    assert dr.validate(tl.relayout().draft, media_ids=IDS) == []


def test_add_text_makes_room() -> None:
    tl = Timeline(_draft())
    first = tl.texts[0]
    placed = tl.add_text(Text.create("Over it", start_ms=first.start_ms, ms=first.ms))
    assert set(placed) <= {"stacked", "after"} and placed
    assert dr.text_overlaps(tl.draft) == []
    placed = tl.add_text(Text.create("Instead", ms=1000), replace=True)
    assert "replaced" in placed and "Instead" in [t.text for t in tl.texts]
    assert dr.validate(tl.relayout().draft, media_ids=IDS) == []


def test_writing_creates_what_is_missing() -> None:
    d: dict = {}
    tl = Timeline(d)
    tl.clips = [Clip.create(MEDIA[0].id, name="beach.jpg")]
    tl.title = "New"
    assert d["m"] == {"title": "New"} and dr.segments(d, dr.TT_VIDEO)[0]["m"]["name"] == "beach.jpg"
    clip = Clip({"st": 0, "d": 1000})
    clip.transition = Transition("crossfade", 500)
    assert clip.raw["m"] == {"transition": {"type": "crossfade", "d": 500}}
    clip.fit = "crop"
    clip.fit = None
    assert "fit" not in clip.raw["m"]


def test_round_trip_through_json() -> None:
    d = _draft()
    tl = Timeline(json.loads(json.dumps(d)))
    assert tl.draft == d
    assert [c.raw for c in tl.clips] == [c.raw for c in Timeline(d).clips]
    assert Timeline(d).same_edit(tl)
    tl.pinned_ms = 1
    tl.memo = {"last": []}
    assert Timeline(d).same_edit(tl)  # the agent's bookkeeping is not the video
    tl.clips[0].motion = "static"
    assert not Timeline(d).same_edit(tl)


def test_views_compare_by_the_segment_they_show() -> None:
    d = _draft()
    a, b = Timeline(d).clips, Timeline(d).clips
    assert a == b and a[0] != a[1] and len({*a, *b}) == len(a)
    assert a[0].same_settings(b[0]) and not a[0].same_settings(a[1])
    assert Transition("cut", 0).is_cut and not Transition("crossfade", 500).is_cut
    assert Transition("zoom", 400).to_json() == {"type": "zoom", "d": 400}


def test_the_constructors_are_the_drafts() -> None:
    assert Clip.create("med_1", kind="video", name="a.mp4", ms=4000, motion="static").raw == (
        dr.video_segment("med_1", kind="video", name="a.mp4", d=4000, motion="static")
    )
    assert Text.create("Hi", role="caption", start_ms=500, ms=1500, color="#00FF00").raw == (
        dr.text_segment("Hi", role="caption", st=500, d=1500, color="#00FF00")
    )
    assert Music.create("med_2", name="s.mp3").raw == dr.audio_segment("med_2", name="s.mp3")
