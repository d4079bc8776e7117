"""Cancel reaches every phase of a render, and text sprites are built only when needed.

Each phase is entered for real; the cancel flag is raised at the moment the phase begins and
the test checks that the render stopped *inside* that phase (the phase never finished),
without any timing assertion.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from nemochat.engine.render import RenderCancelled, render_draft
from nemochat.engine.render import audio as audio_mod
from nemochat.engine.render import compose as compose_mod
from nemochat.engine.render import loudness as loudness_mod
from nemochat.engine.render import text as text_mod
from nemochat.engine.render.compose import Compositor
from nemochat.engine.render.plan import build_plan

W, H, FPS = 320, 180, 10


def _photo(tmp: Path, name: str, seed: int = 0) -> Path:
    rng = np.random.default_rng(seed)
    arr = rng.integers(0, 255, (240, 360, 3), dtype=np.uint8)
    path = tmp / name
    Image.fromarray(arr).save(path)
    return path


def _noise_wav(path: Path, seconds: float) -> Path:
    import wave

    rng = np.random.default_rng(1)
    pcm = (rng.standard_normal((int(seconds * 48000), 2)) * 6000).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(48000)
        w.writeframes(pcm.tobytes())
    return path


def _draft(n_photos: int, *, texts=(), music=None, seconds_each: int = 2000) -> dict:
    segs = [
        {"st": i * seconds_each, "d": seconds_each, "m": {"src": f"p{i}", "name": f"p{i}.png"}}
        for i in range(n_photos)
    ]
    tracks: list[dict] = [{"tt": 0, "sg": segs}]
    if music:
        tracks.append({"tt": 1, "sg": [{"st": 0, "d": n_photos * seconds_each, "m": music}]})
    if texts:
        tracks.append({"tt": 7, "sg": list(texts)})
    return {
        "v": 1,
        "d": n_photos * seconds_each,
        "m": {"width": W, "height": H, "fps": FPS, "fade_out": 0},
        "t": tracks,
    }


class Flag:
    def __init__(self) -> None:
        self.up = False

    def __call__(self) -> bool:
        return self.up


def _entered(monkeypatch: pytest.MonkeyPatch, module: object, name: str, flag: Flag) -> list[str]:
    """Wrap ``module.name``: raise the flag when it starts, record when it returns."""
    real = getattr(module, name)
    log: list[str] = []

    def wrapped(*args, **kwargs):  # type: ignore[no-untyped-def]
        flag.up = True
        log.append("start")
        out = real(*args, **kwargs)
        log.append("end")
        return out

    monkeypatch.setattr(module, name, wrapped)
    return log


def _render(tmp: Path, draft: dict, media: dict[str, Path], flag: Flag) -> Path:
    out = tmp / "out.mp4"
    with pytest.raises(RenderCancelled):
        render_draft(draft, resolve=media.__getitem__, out_path=out, cancelled=flag)
    assert not out.exists() and not list(tmp.glob(".*part*"))
    return out


def test_cancel_stops_the_loudness_pass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    media = {"p0": _photo(tmp_path, "p0.png"), "song": _noise_wav(tmp_path / "s.wav", 20)}
    flag = Flag()
    log = _entered(monkeypatch, audio_mod, "normalise", flag)
    _render(tmp_path, _draft(1, music={"src": "song", "name": "s.wav"}), media, flag)
    assert log == ["start"]  # stopped inside the music's loudness normalisation


def test_cancel_stops_the_music_decode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    media = {"p0": _photo(tmp_path, "p0.png"), "song": _noise_wav(tmp_path / "s.wav", 20)}
    flag = Flag()
    log = _entered(monkeypatch, audio_mod, "decode_audio", flag)
    _render(tmp_path, _draft(1, music={"src": "song", "name": "s.wav"}), media, flag)
    assert log == ["start"]


def test_cancel_stops_subject_finding(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from nemochat.engine.render import motion

    media = {"p0": _photo(tmp_path, "p0.png", 5)}
    flag = Flag()
    log = _entered(monkeypatch, motion, "find_subject", flag)
    _render(tmp_path, _draft(1), media, flag)
    assert log == ["start"]


def test_cancel_stops_text_sprites(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    media = {"p0": _photo(tmp_path, "p0.png")}
    texts = [
        {"st": 0, "d": 2000, "m": {"text": f"Title number {k}", "position": "top"}}
        for k in range(1)
    ]
    flag = Flag()
    log = _entered(monkeypatch, text_mod, "make_sprite", flag)
    _render(tmp_path, _draft(1, texts=texts), media, flag)
    assert log == ["start"]  # the sprite was never finished


def test_cancel_inside_the_loudness_meter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The meter's own loops look at the flag: raised inside the K-weighting filter."""
    media = {"p0": _photo(tmp_path, "p0.png"), "song": _noise_wav(tmp_path / "s.wav", 20)}
    flag = Flag()
    log = _entered(monkeypatch, loudness_mod, "_responses", flag)
    _render(tmp_path, _draft(1, music={"src": "song", "name": "s.wav"}), media, flag)
    assert log == ["start", "end"]  # the filter set-up finished; its block loop stopped


def test_cancel_between_frames_and_in_prefetch(tmp_path: Path) -> None:
    media = {f"p{i}": _photo(tmp_path, f"p{i}.png", i) for i in range(3)}
    seen = 0

    def cancelled() -> bool:
        nonlocal seen
        seen += 1
        return seen > 30

    out = tmp_path / "out.mp4"
    with pytest.raises(RenderCancelled):
        render_draft(_draft(3), resolve=media.__getitem__, out_path=out, cancelled=cancelled)
    assert not out.exists()


def test_sprites_are_built_when_their_time_comes(tmp_path: Path, monkeypatch) -> None:
    """45 titles in sequence: at most the live ones exist, and the sprites are exactly the
    ones built all at once before (same place, same pixels)."""
    media = {"p0": _photo(tmp_path, "p0.png")}
    texts = [
        {"st": k * 200, "d": 400, "m": {"text": f"Title {k}", "fade_in": 100, "fade_out": 100}}
        for k in range(45)
    ]
    texts.append({"st": 0, "d": 10_000, "m": {"text": "A caption", "role": "caption"}})
    draft = _draft(5, texts=texts)
    built: list[str] = []
    real = text_mod.make_sprite

    def counting(item, *a, **k):  # type: ignore[no-untyped-def]
        built.append(item.text)
        return real(item, *a, **k)

    monkeypatch.setattr(text_mod, "make_sprite", counting)
    plan = build_plan(draft)
    comp = Compositor(plan, {1 + i: media["p0"] for i in range(5)})
    assert built == []  # nothing before the first frame
    most = 0
    frame = compose_mod.Frame(W, H)
    for i in range(0, 100):
        comp.frame_at(i * 100, frame)
        most = max(most, comp.texts.live_count())
    comp.close()
    assert most <= 4  # the caption and the titles on screen (plus a hand-over)
    assert sorted(built) == sorted(t["m"]["text"] for t in texts)  # each built once

    from nemochat.engine.render.backdrop import Backdrops

    plan2 = build_plan(draft)
    paths = {1 + i: media["p0"] for i in range(5)}
    eager = text_mod.make_sprites(plan2.texts, plan2.fmt, Backdrops(plan2, paths))
    lazy = Compositor(build_plan(draft), {1 + i: media["p0"] for i in range(5)})
    lazy_all = lazy.sprites
    lazy.close()
    assert [(s.item.text, s.x, s.y) for s in eager] == [(s.item.text, s.x, s.y) for s in lazy_all]
    assert all(np.array_equal(a.rgba, b.rgba) for a, b in zip(eager, lazy_all, strict=True))
