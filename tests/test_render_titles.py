"""Titles and captions as rendered: decoded with PyAV and measured (lines, safe area,
contrast, overlaps, entrances), plus the agent's side of keeping texts apart."""

from __future__ import annotations

import itertools
from pathlib import Path

import av
import numpy as np
import pytest
from agent_setups import MEDIA, History, bare_draft
from PIL import Image

from nemochat.engine import draft as dr
from nemochat.engine.agent import respond
from nemochat.engine.render import render_draft
from nemochat.engine.render.compose import Compositor
from nemochat.engine.render.plan import OutputFormat, TextItem, build_plan
from nemochat.engine.render.text import (
    balanced_wrap,
    contrast,
    luminance,
    make_sprite,
)

SIZES = {"9:16": (270, 480), "1:1": (360, 360), "16:9": (480, 270)}


def _draft(w: int, h: int, texts: list[dict], d: int = 1000, fps: int = 5) -> dict:
    return {
        "v": 1,
        "d": d,
        "m": {"width": w, "height": h, "fps": fps, "fit": "crop", "fade_out": 0},
        "t": [
            {"tt": 0, "sg": [{"st": 0, "d": d, "m": {"src": "p", "motion": "static"}}]},
            {"tt": 7, "sg": texts},
        ],
    }


def _text(words: str, **m) -> dict:  # type: ignore[no-untyped-def]
    seg = dr.text_segment(words, st=0, d=1000, **m)
    seg["m"].pop("font")
    return seg


def _decode(path: Path) -> list[np.ndarray]:
    with av.open(str(path)) as c:
        return [f.to_ndarray(format="rgb24") for f in c.decode(video=0)]


def _render(tmp: Path, draft: dict, photo: Path, name: str = "t.mp4") -> list[np.ndarray]:
    out = tmp / name
    render_draft(draft, resolve=lambda s: photo, out_path=out)
    return _decode(out)


def _flat(tmp: Path, rgb: tuple[int, int, int], name: str) -> Path:
    p = tmp / name
    Image.new("RGB", (640, 640), rgb).save(p)
    return p


def _busy(tmp: Path) -> Path:
    """A busy photo: random black and white blocks with some colour."""
    rng = np.random.default_rng(7)
    blocks = rng.integers(0, 2, (80, 80, 1)) * 230 + rng.integers(0, 25, (80, 80, 3))
    img = np.kron(blocks, np.ones((8, 8, 1))).astype(np.uint8)
    p = tmp / "busy.png"
    Image.fromarray(img).save(p)
    return p


@pytest.mark.parametrize("aspect", list(SIZES))
@pytest.mark.parametrize("words", ["Summer Sale", "Grand Opening!", "夏日特卖", "欢迎来到东京"])
def test_a_short_title_is_one_line_inside_the_safe_area(
    tmp_path: Path, aspect: str, words: str
) -> None:
    w, h = SIZES[aspect]
    dark = _flat(tmp_path, (20, 20, 30), "dark.png")
    frames = _render(tmp_path, _draft(w, h, [_text(words, color="#FFE000")]), dark)
    f = frames[len(frames) // 2].astype(int)
    yellow = (f[:, :, 0] > 140) & (f[:, :, 1] > 120) & (f[:, :, 2] < 90)
    ys, xs = np.nonzero(yellow)
    assert len(ys) > 40
    rows = np.flatnonzero(yellow.any(1))
    # one line: the rows with ink form one band (a second line would leave a gap of rows)
    assert rows[-1] - rows[0] + 1 - len(rows) <= 1, (aspect, words)
    left, top, right, bottom = dr.safe_area(w, h)
    assert xs.min() >= left * w - 1 and xs.max() <= w * (1 - right) + 1
    assert ys.min() >= top * h - 1 and ys.max() <= h * (1 - bottom) + 1
    assert xs.max() - xs.min() <= 0.85 * w
    assert xs.max() - xs.min() >= 0.15 * w  # and not tiny


def test_longer_titles_wrap_into_balanced_lines() -> None:
    fmt = OutputFormat(1080, 1920, 30)
    item = TextItem(0, 3000, "The quick brown fox jumps over the lazy dog", style="bold")
    from nemochat.engine.render.text import design_for, layout_text

    lay = layout_text(item, fmt, design_for(item))
    assert len(lay.lines) >= 2
    assert all(len(ln.split()) >= 2 for ln in lay.lines)  # no lone last word
    widths = [lay.font.getlength(ln) for ln in lay.lines]  # type: ignore[attr-defined]
    assert min(widths) > 0.5 * max(widths)
    assert balanced_wrap("Golden hour on the mountain ridge", 14, len)[-1] != "ridge"
    assert balanced_wrap("山顶的黄金时刻，云海翻腾", 9, len) == ["山顶的黄金时刻，", "云海翻腾"]


def _measured_contrast(frame: np.ndarray, core: np.ndarray) -> float:
    """Text against its immediate surround: median luminance of the glyphs' insides
    against that of a ring 1-3 px outside them."""
    import cv2

    k = np.ones((3, 3), np.uint8)
    inner = cv2.erode(core.astype(np.uint8), k).astype(bool)
    near = cv2.dilate(core.astype(np.uint8), k, iterations=3).astype(bool)
    ring = near & ~cv2.dilate(core.astype(np.uint8), k).astype(bool)
    lum = luminance(frame)
    return float(contrast(np.median(lum[inner]), np.median(lum[ring])))


@pytest.mark.parametrize("background", ["white", "busy", "mid-grey"])
@pytest.mark.parametrize("style", ["bold", "caption", "subtitle", "outline"])
def test_text_stays_legible_on_any_background(tmp_path: Path, background: str, style: str) -> None:
    photo = {
        "white": lambda: _flat(tmp_path, (252, 252, 252), "w.png"),
        "mid-grey": lambda: _flat(tmp_path, (150, 150, 150), "g.png"),
        "busy": lambda: _busy(tmp_path),
    }[background]()
    w, h = 640, 360
    role = "caption" if style in ("caption", "subtitle") else "title"
    draft = _draft(w, h, [_text("Summer Sale", role=role, style=style, size=0.09)])
    frames = _render(tmp_path, draft, photo)
    plan = build_plan(draft)
    comp = Compositor(plan, {1: photo})
    sprite = comp.sprites[0]
    comp.close()
    # the glyphs: where the sprite is the text colour and opaque
    rgba = sprite.rgba.astype(int)
    glyph = (rgba[:, :, 3] > 250) & (rgba[:, :, :3].min(2) > 245)
    core = np.zeros((h, w), bool)
    sh, sw = glyph.shape
    core[sprite.y : sprite.y + sh, sprite.x : sprite.x + sw] = glyph[: h - sprite.y, : w - sprite.x]
    c = _measured_contrast(frames[len(frames) // 2], core)
    assert c >= 3.0, (background, style, c, sprite.level)
    if background == "white" and style != "caption":  # (a caption has its plate already)
        assert sprite.level >= 1  # the design was strengthened; the text stays white
    assert sprite.item.color == "#FFFFFF"


def test_two_added_titles_never_overlap(tmp_path: Path) -> None:
    history = History()
    t1 = respond(
        "add the title 'Summer Sale'",
        draft=bare_draft(),
        media=MEDIA,
        language="en",
        history=history,
    )
    t2 = respond(
        "add the title 'World'", draft=t1.draft, media=MEDIA, language="en", history=history
    )
    d = t2.draft
    assert d is not None and dr.validate(d) == []
    texts = dr.segments(d, dr.TT_TEXT)
    assert [s["m"]["text"] for s in texts] == ["Summer Sale", "World"]
    assert "stacked" in t2.reply  # the reply says what was done
    # the two are shown together; render them in two colours and look
    texts[0]["m"]["color"], texts[1]["m"]["color"] = "#FFE000", "#00E0FF"
    small = dr.copy_draft(d)
    small["m"].update(width=480, height=270, fps=5)
    small["t"][0]["sg"] = small["t"][0]["sg"][:1]
    small["d"] = small["t"][0]["sg"][0]["d"]
    dark = _flat(tmp_path, (20, 20, 30), "dark.png")
    frames = _render(tmp_path, small, dark)
    f = frames[len(frames) // 2].astype(int)
    yellow = (f[:, :, 0] > 140) & (f[:, :, 1] > 120) & (f[:, :, 2] < 90)
    cyan = (f[:, :, 0] < 90) & (f[:, :, 1] > 120) & (f[:, :, 2] > 140)
    assert yellow.sum() > 40 and cyan.sum() > 20
    ya, ca = np.nonzero(yellow), np.nonzero(cyan)
    # their boxes do not intersect (stacked: one under the other)
    assert ya[0].max() < ca[0].min() or ca[0].max() < ya[0].min()
    # words that mean a change replace it instead
    t3 = respond(
        "add the title 'Tokyo' instead",
        draft=t1.draft,
        media=MEDIA,
        language="en",
        history=history,
    )
    assert [s["m"]["text"] for s in dr.segments(t3.draft, dr.TT_TEXT)] == ["Tokyo"]
    assert "replacing" in t3.reply
    t4 = respond("加标题“世界”", draft=t1.draft, media=MEDIA, language="zh", history=history)
    assert "互不遮挡" in t4.reply


def test_the_validator_rejects_texts_in_the_same_place_at_the_same_time() -> None:
    d = bare_draft()
    d["t"][2]["sg"] = [_text("Summer Sale"), _text("World")]
    assert any("same place" in p for p in dr.validate(d))
    d["t"][2]["sg"][1]["m"]["position"] = "top"
    assert dr.validate(d) == []
    dr.relayout(d)  # and relayout lets a later text take over from an earlier one
    d["t"][2]["sg"] = [_text("Summer Sale"), {**_text("World"), "st": 500}]
    dr.relayout(d)
    assert dr.validate(d) == []
    assert d["t"][2]["sg"][0]["d"] == 500 + 300  # it fades out as the new one fades in


@pytest.mark.parametrize("entrance", dr.ENTRANCES)
def test_texts_never_appear_in_one_frame(entrance: str) -> None:
    fmt = OutputFormat(640, 360, 30)
    item = TextItem(1000, 2000, "Hello", entrance=entrance, exit=entrance, fade_in=0, fade_out=0)
    s = make_sprite(item, fmt)
    frame = 1000 / 30
    states = [s.state(1000 + i * frame) for i in range(8)]
    assert states[0][0] == 0.0  # the first frame it is due, it is not yet visible
    assert 0 < states[1][0] < 1 and states[6][0] == 1.0
    assert s.state(2999)[0] < 0.2 and s.state(3000)[0] == 0.0
    moving = [st[1:] for st in states[:4]]
    assert any(m != (0.0, 0.0, 1.0) for m in moving)  # it rises, slides or pops, too


def test_captions_on_each_photo_hand_over_in_place() -> None:
    t = respond(
        "caption the photos 'Day 1', 'Day 2', 'Day 3'",
        draft=bare_draft(),
        media=MEDIA,
        language="en",
        history=History(),
    )
    assert t.draft is not None and dr.validate(t.draft) == []
    plan = build_plan(t.draft)
    from nemochat.engine.render.text import make_sprites

    sprites = make_sprites(plan.texts, plan.fmt)
    assert len({s.box for s in sprites}) == 1  # the same place: one crossfades into the next
    for a, b in itertools.pairwise(sprites):
        overlap = a.item.st + a.item.d - b.item.st
        assert overlap <= min(a.item.fade_out, b.item.fade_in)  # only while both fade


def test_legibility_is_measured_over_the_whole_span(tmp_path: Path) -> None:
    dark = _flat(tmp_path, (15, 15, 20), "dark.png")
    white = _flat(tmp_path, (250, 250, 250), "white.png")
    segs = [
        {"st": 0, "d": 1500, "m": {"src": "a", "motion": "static"}},
        {"st": 1500, "d": 1500, "m": {"src": "b", "motion": "static"}},
    ]

    def level(title_st: int, title_d: int) -> int:
        d = {
            "v": 1,
            "d": 3000,
            "m": {"width": 480, "height": 270, "fps": 5, "fade_out": 0},
            "t": [
                {"tt": 0, "sg": segs},
                {"tt": 7, "sg": [{**_text("Summer Sale"), "st": title_st, "d": title_d}]},
            ],
        }
        comp = Compositor(build_plan(d), {1: dark, 2: white})
        comp.close()
        return comp.sprites[0].level

    assert level(0, 1000) == 0  # over the dark photo only: as designed
    assert level(1000, 1500) == 3  # it stays on into the white one: a plate from the start


def test_a_default_title_keeps_clear_of_the_subject_but_centre_wins(tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    img = np.clip(rng.normal(90, 4, (540, 960, 3)), 0, 255).astype(np.uint8)
    yy, xx = np.mgrid[0:540, 0:960]
    img[np.hypot(xx - 480, yy - 270) < 110] = (250, 210, 40)  # a bright object in the middle
    photo = tmp_path / "object.png"
    Image.fromarray(img).save(photo)

    def box(position: str | None) -> tuple[int, int, int, int]:
        d = _draft(960, 540, [_text("Summer Sale", position=position)])
        comp = Compositor(build_plan(d), {1: photo})
        comp.close()
        return comp.sprites[0].box

    _, y0, _, y1 = box(None)  # the default, "auto"
    assert y0 > 270 + 100 or y1 < 270 - 100  # moved off the object, to a third
    _, cy0, _, cy1 = box("center")  # asked for: the centre it is
    assert cy0 < 270 < cy1


def test_a_title_longer_than_the_frame_is_drawn_at_the_size_it_is_shown() -> None:
    """A 500-character title at the largest size lays out far taller than the frame; it is
    drawn at the size that fits (the same lines, a smaller font), not drawn large and
    shrunk: at 4K the large drawing was a 12000-pixel-tall image, over 1 GB while drawn."""
    from nemochat.engine.render import text as tx

    fmt = OutputFormat(480, 270, 5)
    long = ("Mountains and rivers without end " * 20)[: dr.MAX_TEXT_CHARS]
    item = TextItem(0, 1000, long, size=0.5)
    design = tx.design_for(item)
    full = tx.layout_text(item, fmt, design)
    assert tx.drawn_size(full, design)[1] > 3 * fmt.height  # it would not fit
    fitted = tx.fit_layout(full, design, fmt.width, fmt.height)
    assert fitted.lines == full.lines and fitted.px < full.px
    w, h = tx.drawn_size(fitted, design)
    assert w <= fmt.width and h <= fmt.height and h > 0.8 * fmt.height  # as large as fits
    sprite = make_sprite(item, fmt)
    assert sprite.rgba.shape[0] <= fmt.height and sprite.rgba.shape[1] <= fmt.width
    x0, y0, x1, y1 = sprite.box
    assert 0 <= x0 < x1 <= fmt.width and 0 <= y0 < y1 <= fmt.height  # placed inside
    assert sprite.a.max() > 0.9  # glyphs were drawn
    short = TextItem(0, 1000, "Summer", size=0.1)  # a title that fits is left as it is
    lay = tx.layout_text(short, fmt, tx.design_for(short))
    assert tx.fit_layout(lay, tx.design_for(short), fmt.width, fmt.height) is lay
