"""The renderer end to end: render small drafts and decode what was written with PyAV."""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

import av
import numpy as np
import pytest
from PIL import Image

from nemochat.engine.render import RenderCancelled, RenderError, render_draft

W, H, FPS = 320, 180, 10


def _photo(
    tmp: Path, name: str, color: tuple[int, int, int] | None = None, size=(480, 320)
) -> Path:
    """A real-ish photo: a gradient with texture, or a flat colour."""
    path = tmp / name
    if color is not None:
        img = Image.new("RGB", size, color)
    else:
        yy, xx = np.mgrid[0 : size[1], 0 : size[0]]
        arr = np.stack(
            [xx * 255 // size[0], yy * 255 // size[1], ((xx // 16 + yy // 16) % 2) * 200 + 20], -1
        ).astype(np.uint8)
        img = Image.fromarray(arr)
    img.save(path)
    return path


def _sine_wav(path: Path, seconds: float = 1.0, rate: int = 44100, freq: float = 440) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        n = int(seconds * rate)
        w.writeframes(
            b"".join(
                struct.pack("<h", int(12000 * math.sin(2 * math.pi * freq * i / rate)))
                for i in range(n)
            )
        )
    return path


def _draft(
    segs: list[dict], *, texts=(), music=(), w=W, h=H, fps=FPS, fit="crop", end_fade=0
) -> dict:
    """A draft; ``end_fade=None`` keeps the renderer's default ending (a fade to black)."""
    tracks = [{"tt": 0, "m": {"name": "Photos"}, "sg": segs}]
    if music:
        tracks.append({"tt": 1, "sg": list(music)})
    if texts:
        tracks.append({"tt": 7, "sg": list(texts)})
    end = max(s["st"] + s["d"] for s in segs)
    m = {"width": w, "height": h, "fps": fps, "fit": fit}
    if end_fade is not None:
        m["fade_out"] = end_fade
    return {"v": 1, "d": end, "m": m, "t": tracks}


def _seg(src: str, st: int, d: int, **m) -> dict:
    return {"st": st, "d": d, "m": {"src": src, "kind": "image", "name": f"{src}.png", **m}}


def _frames(path: Path) -> list[np.ndarray]:
    with av.open(str(path)) as c:
        return [f.to_ndarray(format="rgb24") for f in c.decode(video=0)]


def _render(tmp: Path, draft: dict, media: dict[str, Path], **kw) -> Path:
    out = tmp / "out" / "video.mp4"
    render_draft(draft, resolve=lambda s: media[s], out_path=out, **kw)
    return out


def _top_atoms(path: Path) -> list[str]:
    data = path.read_bytes()
    atoms, pos = [], 0
    while pos + 8 <= len(data):
        size, kind = struct.unpack(">I4s", data[pos : pos + 8])
        if size == 1:
            size = struct.unpack(">Q", data[pos + 8 : pos + 16])[0]
        atoms.append(kind.decode("latin-1"))
        if size < 8:
            break
        pos += size
    return atoms


def test_output_format_audio_and_faststart(tmp_path: Path) -> None:
    media = {
        "p1": _photo(tmp_path, "p1.png"),
        "p2": _photo(tmp_path, "p2.jpg", size=(300, 400)),
        "bgm": _sine_wav(tmp_path / "bgm.wav", 0.7),  # shorter than the video: must loop
    }
    segs = [
        _seg("p1", 0, 1000, motion="zoom_in"),
        _seg("p2", 800, 1000, transition={"type": "crossfade", "d": 200}),
    ]
    music = [
        {"st": 0, "d": 1800, "m": {"src": "bgm", "volume": 0.5, "fade_in": 200, "fade_out": 300}}
    ]
    out = _render(tmp_path, _draft(segs, music=music, fit="blur"), media)
    with av.open(str(out)) as c:
        vs = c.streams.video[0]
        assert vs.codec_context.name == "h264"
        assert vs.codec_context.profile == "High"
        assert vs.codec_context.pix_fmt == "yuv420p"
        assert (vs.width, vs.height) == (W, H)
        assert vs.average_rate == FPS
        assert vs.codec_context.color_range == 1  # limited ("tv") range
        assert vs.codec_context.colorspace == 1  # BT.709
        frames = list(c.decode(video=0))
        assert abs(len(frames) - 18) <= 1  # 1.8 s at 10 fps, within one frame
        assert abs(float(c.duration / av.time_base) - 1.8) <= 1 / FPS + 0.03
        assert len(c.streams.audio) == 1
        a = c.streams.audio[0]
        assert a.codec_context.name == "aac" and a.sample_rate == 48000
    atoms = _top_atoms(out)
    assert "moov" in atoms and "mdat" in atoms
    assert atoms.index("moov") < atoms.index("mdat")  # +faststart
    assert not list((tmp_path / "out").glob("*.part*"))  # no leftovers


def test_no_music_means_no_audio_stream_and_vertical_preset(tmp_path: Path) -> None:
    media = {"p": _photo(tmp_path, "p.png")}
    draft = _draft([_seg("p", 0, 500)], w=None, h=None)
    draft["m"] = {"aspect": "9:16", "resolution": "720p", "fps": 24}
    out = tmp_path / "v.mp4"
    res = render_draft(draft, resolve=media.__getitem__, out_path=out)
    assert (res.width, res.height) == (720, 1280)
    with av.open(str(out)) as c:
        assert not c.streams.audio
        assert (c.streams.video[0].width, c.streams.video[0].height) == (720, 1280)
        assert c.streams.video[0].average_rate == 24


def test_motion_is_present(tmp_path: Path) -> None:
    media = {"a": _photo(tmp_path, "a.png", size=(640, 480))}
    out = _render(tmp_path, _draft([_seg("a", 0, 1500, motion="zoom_in")]), media)
    frames = _frames(out)
    first, last = frames[0].astype(float), frames[-1].astype(float)
    assert np.abs(first - last).mean() > 8  # the picture moved
    steps = [np.abs(frames[i + 1].astype(float) - frames[i]).mean() for i in range(len(frames) - 1)]
    assert min(steps[2:-2]) > 0.2  # moving every frame, not in jumps


def test_static_still_does_not_move(tmp_path: Path) -> None:
    media = {"a": _photo(tmp_path, "a.png", size=(640, 480))}
    frames = _frames(_render(tmp_path, _draft([_seg("a", 0, 1000, motion="static")]), media))
    assert np.abs(frames[1].astype(float) - frames[-2]).mean() < 1.5


@pytest.mark.parametrize(
    ("kind", "check"),
    [
        ("crossfade", "blend"),
        ("fade_black", "dark"),
        ("fade_white", "bright"),
        ("wipe_left", "split"),
        ("slide_up", "split"),
    ],
)
def test_mid_transition_frame(tmp_path: Path, kind: str, check: str) -> None:
    red = _photo(tmp_path, "red.png", (220, 30, 30))
    blue = _photo(tmp_path, "blue.png", (30, 30, 220))
    segs = [
        _seg("r", 0, 2000, motion="static"),
        _seg("b", 1000, 2000, motion="static", transition={"type": kind, "d": 1000}),
    ]
    frames = _frames(_render(tmp_path, _draft(segs), {"r": red, "b": blue}))
    assert len(frames) == 30
    before, mid, after = (
        f.astype(float).reshape(-1, 3) for f in (frames[5], frames[15], frames[25])
    )
    r0, b1 = before.mean(0), after.mean(0)
    assert r0[0] > 180 and b1[2] > 180
    m = mid.mean(0)
    if check == "blend":
        expected = (r0 + b1) / 2
        assert np.abs(m - expected).max() < 20, (m, expected)
        assert mid.std(0).max() < 6  # a uniform blend, not a split
    elif check == "dark":
        assert m.max() < 40
    elif check == "bright":
        assert m.min() > 200
    else:  # half of each picture
        red_px = (mid[:, 0] > 150) & (mid[:, 2] < 100)
        blue_px = (mid[:, 2] > 150) & (mid[:, 0] < 100)
        assert 0.3 < red_px.mean() < 0.7 and 0.3 < blue_px.mean() < 0.7


def test_title_pixels_in_title_box(tmp_path: Path) -> None:
    dark = _photo(tmp_path, "dark.png", (20, 20, 20))
    texts = [
        {
            "st": 0,
            "d": 1000,
            "m": {
                "text": "HELLO",
                "role": "title",
                "position": "top",
                "style": "plain",
                "fade_in": 0,
                "fade_out": 0,
                "color": "#FFFF00",
            },
        }
    ]
    frames = _frames(
        _render(tmp_path, _draft([_seg("d", 0, 1500, motion="static")], texts=texts), {"d": dark})
    )
    f = frames[5].astype(int)
    yellow = (f[:, :, 0] > 150) & (f[:, :, 1] > 150) & (f[:, :, 2] < 100)
    ys, xs = np.nonzero(yellow)
    assert len(ys) > 50
    assert ys.max() < H * 0.35  # at the top
    assert abs(xs.mean() - W / 2) < W * 0.1  # centred
    later = frames[12].astype(int)  # after the title's end
    assert ((later[:, :, 0] > 150) & (later[:, :, 2] < 100)).sum() == 0


def test_cjk_text_is_drawn_as_glyphs(tmp_path: Path) -> None:
    grey = _photo(tmp_path, "g.png", (60, 60, 60))
    out_masks = []
    for text in ("你好世界", "春夏秋冬"):
        texts = [
            {
                "st": 0,
                "d": 1000,
                "m": {"text": text, "style": "plain", "fade_in": 0, "fade_out": 0, "size": 0.2},
            }
        ]
        frames = _frames(
            _render(
                tmp_path, _draft([_seg("g", 0, 1000, motion="static")], texts=texts), {"g": grey}
            )
        )
        out_masks.append(frames[3][:, :, 1] > 160)
    a, b = out_masks
    assert a.sum() > 300 and b.sum() > 300
    # Tofu would draw the same four boxes for both strings; real glyphs differ.
    assert (a ^ b).sum() > 0.4 * max(a.sum(), b.sum())


def test_bad_media_names_the_clip(tmp_path: Path) -> None:
    good = _photo(tmp_path, "good.png")
    broken = tmp_path / "beach.jpg"
    whole = tmp_path / "whole.jpg"
    Image.open(_photo(tmp_path, "src.png", size=(640, 427))).save(whole, quality=90)
    data = whole.read_bytes()
    broken.write_bytes(data[: len(data) // 3])  # truncated JPEG
    junk = tmp_path / "junk.png"
    junk.write_bytes(b"not an image at all")
    out = tmp_path / "o.mp4"
    segs = [_seg("g", 0, 500), {"st": 500, "d": 500, "m": {"src": "b", "name": "beach.jpg"}}]
    with pytest.raises(RenderError) as err:
        render_draft(_draft(segs), resolve={"g": good, "b": broken}.__getitem__, out_path=out)
    assert "photo 2 (beach.jpg) could not be decoded" in str(err.value)
    assert "第 2 张照片" in err.value.message("zh-CN")
    assert not out.exists() and not list(tmp_path.glob(".*part*"))

    segs = [{"st": 0, "d": 500, "m": {"src": "j", "name": "junk.png"}}]
    with pytest.raises(RenderError, match=r"photo 1 \(junk.png\) could not be decoded"):
        render_draft(_draft(segs), resolve={"j": junk}.__getitem__, out_path=out)

    segs = [{"st": 0, "d": 500, "m": {"src": "gone", "name": "gone.png"}}]
    with pytest.raises(RenderError, match=r"photo 1 \(gone.png\) is not available"):
        render_draft(_draft(segs), resolve={}.__getitem__, out_path=out)

    with pytest.raises(RenderError, match="nothing to render"):
        render_draft({"t": []}, resolve={}.__getitem__, out_path=out)
    assert not out.exists()


def test_cancellation_and_progress(tmp_path: Path) -> None:
    media = {"p": _photo(tmp_path, "p.png")}
    draft = _draft([_seg("p", 0, 3000)])
    seen: list[float] = []
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > 8

    out = tmp_path / "c.mp4"
    with pytest.raises(RenderCancelled):
        render_draft(
            draft,
            resolve=media.__getitem__,
            out_path=out,
            cancelled=cancelled,
            progress=seen.append,
        )
    assert not out.exists() and not list(tmp_path.glob(".*part*"))
    assert all(p < 1.0 for p in seen)

    seen.clear()
    res = render_draft(draft, resolve=media.__getitem__, out_path=out, progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) > 5
    assert res.size == out.stat().st_size > 0 and res.duration_ms == 3000


def test_existing_output_is_replaced_only_when_complete(tmp_path: Path) -> None:
    out = tmp_path / "keep.mp4"
    out.write_bytes(b"previous video")
    segs = [{"st": 0, "d": 500, "m": {"src": "x", "name": "x.png"}}]
    with pytest.raises(RenderError):
        render_draft(
            _draft(segs), resolve={"x": tmp_path / "missing.png"}.__getitem__, out_path=out
        )
    assert out.read_bytes() == b"previous video"


def test_two_renders_at_once_do_not_mix(tmp_path: Path) -> None:
    """The engine may run renders in parallel threads: buffers must not be shared."""
    import threading

    red = _photo(tmp_path, "r.png", (220, 30, 30))
    blue = _photo(tmp_path, "b.png", (30, 30, 220))
    results: dict[str, list[np.ndarray]] = {}
    errors: list[BaseException] = []

    def job(name: str, first: Path, second: Path) -> None:
        try:
            segs = [
                _seg("x", 0, 1000, motion="static"),
                _seg("y", 500, 1000, motion="static", transition={"type": "zoom", "d": 500}),
            ]
            out = tmp_path / f"{name}.mp4"
            render_draft(_draft(segs), resolve={"x": first, "y": second}.__getitem__, out_path=out)
            results[name] = _frames(out)
        except BaseException as exc:
            errors.append(exc)

    threads = [
        threading.Thread(target=job, args=("rb", red, blue)),
        threading.Thread(target=job, args=("br", blue, red)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    rb, br = results["rb"], results["br"]
    assert rb[0].reshape(-1, 3).mean(0)[0] > 180 and rb[-1].reshape(-1, 3).mean(0)[2] > 180
    assert br[0].reshape(-1, 3).mean(0)[2] > 180 and br[-1].reshape(-1, 3).mean(0)[0] > 180
