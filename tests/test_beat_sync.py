"""Cut on the beat: the draft functions, the agent's requests, the media store, and the
rendered video (every cut within one frame of a beat of a synthetic track)."""

from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path

import av
import numpy as np
import pytest
from agent_setups import History, setup
from test_engine_support import jpeg, running

from nemochat import config
from nemochat.engine import beatsync as bs
from nemochat.engine import draft as dr
from nemochat.engine.agent import MediaInfo, respond
from nemochat.engine.render import render_draft
from nemochat.engine.render.beats import analyse_file
from tests.synth_music import track, write_wav

GRID = tuple(range(250, 95_000, 500))  # 120 BPM, first beat at 250 ms


def _with_beats(media: list[MediaInfo], beats: tuple[int, ...] = GRID, bpm: float = 120.0):
    return [
        dataclasses.replace(m, bpm=bpm, beats_ms=beats) if m.kind == "audio" else m for m in media
    ]


def _music_draft(n: int = 5, seg_ms: int = 3000, transition: dict | None = None) -> dict:
    d = dr.slideshow([f"med_{i:016x}" for i in range(n)], seg_ms=seg_ms, transition=transition)
    dr.track(d, dr.TT_AUDIO)["sg"].append(dr.audio_segment("med_00000000000000a1"))  # type: ignore[index]
    return dr.relayout(d)


# ── the draft functions ─────────────────────────────────────────────────────────
@pytest.mark.parametrize("transition", [None, {"type": "crossfade", "d": 500}])
@pytest.mark.parametrize("every", [1, 2, 4])
def test_sync_puts_every_cut_on_a_beat(transition: dict | None, every: int) -> None:
    d = _music_draft(transition=transition)
    beats = bs.video_beats(d, GRID, 120.0, 95_000)
    assert bs.sync(d, beats, every)
    cuts = bs.cut_times(d)
    assert all(c in beats for c in cuts), cuts
    assert all(b - a == every * 500 for a, b in itertools.pairwise(cuts))
    assert d["d"] in beats  # the video ends on a beat
    assert dr.validate(d) == []


def test_video_beats_follow_trim_and_loop() -> None:
    d = _music_draft(n=10)  # 30 s of video over a 10 s song that loops
    song = tuple(range(100, 10_000, 400))  # 150 BPM
    d["t"][1]["sg"][0]["m"]["trim"] = 1000  # the music starts 1 s into the song
    beats = bs.video_beats(d, song, 150.0, 10_000)
    assert beats[:3] == [300, 700, 1100]  # song beat 1300 is heard at 300
    assert 9000 + 300 in beats and 18_000 + 300 in beats  # each loop (9 s) starts over
    assert beats[-1] <= d["d"] + 60_000
    assert bs.video_beats(d, (), 120.0, 10_000) == []
    d["t"][1]["sg"].clear()
    assert bs.video_beats(d, song, 150.0, 10_000) == []


def test_snap_moves_only_small_distances() -> None:
    d = _music_draft(n=4)  # cuts at 3000, 6000, 9000
    beats = [0, 466, 2900, 3500, 5700, 6800, 9000, 9400]
    moved = bs.snap(d, beats)
    cuts = bs.cut_times(d)
    assert cuts[0] == 2900  # 100 ms < 10 % of 3 s: snapped
    # the second cut (now at 5900 after the first moved) snaps to 5700 (200 ms)
    assert cuts[1] == 5700
    assert (moved == 3 and cuts[2] == 8700) or cuts[2] in beats or cuts[2] == 8700
    far = _music_draft(n=3)
    assert bs.snap(far, [0, 1500, 4500, 7500]) == 0  # 1.5 s away: never moved


def test_choose_every_fits_the_photos() -> None:
    assert bs.choose_every(_music_draft(seg_ms=3000), 500.0) == 4  # 2 s ≤ 3 s
    assert bs.choose_every(_music_draft(seg_ms=1000), 500.0) == 2
    assert bs.choose_every(_music_draft(seg_ms=300), 500.0) == 1
    assert bs.choose_every(_music_draft(seg_ms=5000), 428.6) == 8


# ── the agent ───────────────────────────────────────────────────────────────────
@pytest.mark.parametrize(
    ("text", "lang", "says"),
    [
        ("cut to the beat", "en", "120 BPM, a cut every 4 beats"),
        ("卡点", "zh", "120 BPM，每 4 拍切换一次"),
        ("踩点，每两拍切一次", "zh", "每 2 拍切换一次"),
        ("on the beat, every beat", "en", "a cut every beat"),
    ],
)
def test_agent_cuts_to_the_beat_and_says_the_tempo(text: str, lang: str, says: str) -> None:
    draft, media = setup("draft")
    media = _with_beats(media)
    turn = respond(text, draft=draft, media=media, language=lang, history=History())
    assert says in turn.reply, turn.reply
    new = turn.draft
    assert new is not None and new["m"]["beat_sync"]["every"] in (1, 2, 4)
    beats = bs.video_beats(new, GRID, 120.0, 95_000)
    assert all(c in beats for c in bs.cut_times(new))
    assert dr.validate(new, media_ids={m.id for m in media}) == []


def test_later_edits_keep_the_cuts_on_the_beat() -> None:
    draft, media = setup("draft")
    media = _with_beats(media)
    h = History()
    d = respond("cut to the beat", draft=draft, media=media, language="en", history=h).draft
    for text in ("remove photo 2", "add the title 'Beat'", "make it 9:16", "slower", "每张3秒"):
        turn = respond(text, draft=d, media=media, language="en", history=h)
        d = turn.draft or d
        beats = bs.video_beats(d, GRID, 120.0, 95_000)
        assert all(c in beats for c in bs.cut_times(d)), (text, bs.cut_times(d))
        assert dr.validate(d, media_ids={m.id for m in media}) == []
    off = respond("don't cut to the beat", draft=d, media=media, language="en", history=h).draft
    assert off is not None and "beat_sync" not in off["m"]


def test_default_cuts_snap_unless_lengths_were_asked_for() -> None:
    _, media = setup("new")
    beats = tuple(range(130, 95_000, 469))  # 128 BPM
    media = _with_beats(media, beats, 128.0)
    d = respond(
        "make a video with song.mp3", draft=None, media=media, language="en", history=History()
    ).draft
    assert d is not None and dr.segments(d, dr.TT_AUDIO)
    vb = bs.video_beats(d, beats, 128.0, 95_000)
    cuts = bs.cut_times(d)
    assert cuts and all(c in vb for c in cuts)  # each moved < 10 % of 3 s
    assert all(abs(s["d"] - 3000) <= 300 for s in dr.segments(d, dr.TT_VIDEO)[:-1])
    fixed = respond(
        "each photo 2 seconds", draft=d, media=media, language="en", history=History()
    ).draft
    assert fixed is not None and fixed["m"].get("explicit_lengths") is True
    assert {s["d"] for s in dr.segments(fixed, dr.TT_VIDEO)} == {2000}


def test_no_music_or_no_beat_is_said_plainly() -> None:
    draft, media = setup("bare")  # photos, no music, song.mp3 uploaded but without beats
    turn = respond("卡点", draft=draft, media=media, language="zh", history=History())
    assert "没能在音乐里找到节拍" in turn.reply
    draft, media = setup("draft")
    draft["t"][1]["sg"].clear()
    turn = respond(
        "cut to the beat",
        draft=draft,
        media=[m for m in media if m.kind != "audio"],
        language="en",
        history=History(),
    )
    assert "no music to cut to" in turn.reply


# ── store, engine and the rendered video ───────────────────────────────────────
BPM = 128


def _song(tmp: Path) -> tuple[bytes, np.ndarray]:
    x, truth = track(BPM, 20, swing=0.5, drift=0.02, seed=11)
    return write_wav(tmp / "beat.wav", x).read_bytes(), truth


def _cut_frames(path: Path) -> tuple[list[int], float]:
    """Frames where the picture changes colour (a cut) and the frame rate."""
    with av.open(str(path)) as c:
        stream = c.streams.video[0]
        fps = float(stream.average_rate)
        means = [f.to_ndarray(format="rgb24").reshape(-1, 3).mean(0) for f in c.decode(stream)]
    m = np.array(means)
    jumps = np.abs(np.diff(m, axis=0)).sum(axis=1)
    return [i + 1 for i in np.flatnonzero(jumps > 40)], fps


@pytest.mark.parametrize("text", ["卡点", "cut to the beat"])
def test_rendered_cuts_are_within_one_frame_of_the_beat(tmp_path: Path, text: str) -> None:
    """Upload photos and a synthetic 128 BPM song (swing, drift) to the engine, ask for the
    beat, render the agent's draft and find the cuts in the decoded frames."""
    data, truth = _song(tmp_path)
    colours = ["red", "blue", "green", "yellow", "white", "purple"]
    with running(config.home()) as api:
        sid = api.new_session("zh" if text == "卡点" else "en")
        files = [(f"p{i}.jpg", jpeg(64, 48, colours[i])) for i in range(6)] + [("beat.wav", data)]
        r = api.upload(sid, *files)
        assert r.status_code == 200, r.text
        ids = {f["filename"]: f["id"] for f in r.json()["data"]["files"]}
        r, _ = api.chat(sid, "make a video with hard cuts")
        assert r.status_code == 200
        r, events = api.chat(sid, text)
        reply = "".join(e.get("content", "") for e in events if e.get("type") == "text")
        assert "BPM" in reply, reply
        draft = api.state(sid).json()["data"]["state"]["draft"]
    assert dr.segments(draft, dr.TT_AUDIO)[0]["m"]["src"] == ids["beat.wav"]
    draft["m"].update(width=320, height=180, fps=30)
    for seg in dr.segments(draft, dr.TT_VIDEO):
        seg["m"]["motion"] = "static"
    paths = {ids[f"p{i}.jpg"]: tmp_path / f"p{i}.jpg" for i in range(6)}
    for name, blob in files[:6]:
        paths[ids[name]].write_bytes(blob)
    paths[ids["beat.wav"]] = tmp_path / "beat.wav"
    out = render_draft(draft, resolve=paths.__getitem__, out_path=tmp_path / "v.mp4").path
    frames, fps = _cut_frames(out)
    assert len(frames) == 5, frames
    for f in frames:  # the first frame of the new photo is the first at or after the beat
        err = np.abs(truth - f / fps).min()
        assert err <= 1 / fps + 0.002, (f, f / fps, err)


def test_beats_are_kept_with_the_media(tmp_path: Path) -> None:
    data, truth = _song(tmp_path)
    with running(config.home()) as api:
        sid = api.new_session()
        r = api.upload(sid, ("beat.wav", data))
        media_id = r.json()["data"]["files"][0]["id"]
        from nemochat.engine.store import Store

        store = Store(config.home() / "engine")
        try:
            (media,) = [m for m in store.media_of(sid) if m.id == media_id]
            got = store.media_beats(media)  # waits for the upload's analysis, or does it
            assert got is not None and abs(got["bpm"] - BPM) < 2
            assert store.cached_beats(media.sha256) == got  # in the database: computed once
            direct = analyse_file(store.media_path(media))
            assert got["beats_ms"] == list(direct.beats_ms)
        finally:
            store.close()
    assert len(got["beats_ms"]) >= 0.9 * len(truth)
