"""The bundled CJK font: what it holds, and Chinese titles with every system font hidden."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import pytest
from fontTools.ttLib import TTFont
from PIL import Image

from nemochat import fonts
from nemochat.engine.render import RenderError, render_draft
from nemochat.engine.render import text as text_mod


def _gb2312_hanzi() -> set[str]:
    pairs = (bytes((hi, lo)) for hi in range(0xB0, 0xF8) for lo in range(0xA1, 0xFF))
    return {c for c in (p.decode("gb2312", "replace") for p in pairs) if "\ufffd" not in c}


def test_bundled_faces_cover_gb2312_latin_and_ship_their_licence() -> None:
    hanzi = _gb2312_hanzi()
    assert len(hanzi) == 6763
    assert hanzi <= fonts.charset()
    assert set("ABCxyz0189!?，。！？「」《》（）：；、…—¥€") <= fonts.charset()
    assert set("東京臺北駅ひらがなカタカナ") <= fonts.charset()  # Traditional, Japanese
    for weight in fonts.WEIGHTS:
        path = fonts.bundled(weight)
        assert path.stat().st_size < 2_600_000  # a subset, not the 19 MB collection
        cmap = TTFont(str(path), lazy=True).getBestCmap()
        assert {ord(c) for c in fonts.charset()} <= set(cmap)
    licence = (fonts.HERE / "OFL.txt").read_text("utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "Noto Sans CJK SC Bold" in TTFont(str(fonts.bundled("bold")))["name"].getDebugName(4)


@pytest.fixture
def no_system_fonts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """fontconfig sees an empty configuration and the known font paths are masked."""
    conf = tmp_path / "fonts.conf"
    conf.write_text('<?xml version="1.0"?>\n<fontconfig></fontconfig>\n')
    monkeypatch.setenv("FONTCONFIG_FILE", str(conf))
    monkeypatch.setattr(text_mod, "_LINUX", ())
    text_mod._fc_match.cache_clear()
    yield
    text_mod._fc_match.cache_clear()


@pytest.mark.usefixtures("no_system_fonts")
def test_with_no_system_font_the_bundled_faces_are_used() -> None:
    assert text_mod.pick_font("夏日特卖 Summer Sale") == (str(fonts.bundled("regular")), 0)
    assert text_mod.pick_font("夏日特卖", weight="bold") == (str(fonts.bundled("bold")), 0)
    assert text_mod.pick_font("Latin only") == (str(fonts.bundled("regular")), 0)
    assert text_mod.undrawable("你好，世界") == ""
    assert text_mod.undrawable("\U00013000 hi") == "\U00013000"
    with pytest.raises(RenderError) as err:
        text_mod.pick_font("\U00013000")
    assert "没有字体能显示文字" in err.value.message("zh-CN")
    assert "Change the text" in str(err.value)


@pytest.mark.usefixtures("no_system_fonts")
def test_a_chinese_title_renders_with_no_system_font(tmp_path: Path) -> None:
    photo = tmp_path / "g.png"
    Image.new("RGB", (320, 180), (50, 50, 50)).save(photo)
    masks = []
    for i, words in enumerate(("夏日特卖", "春节快乐")):
        title = {"text": words, "style": "plain", "fade_in": 0, "fade_out": 0}
        draft = {
            "v": 1,
            "d": 600,
            "m": {"width": 320, "height": 180, "fps": 10, "fade_out": 0},
            "t": [
                {"tt": 0, "sg": [{"st": 0, "d": 600, "m": {"src": "g", "motion": "static"}}]},
                {"tt": 7, "sg": [{"st": 0, "d": 600, "m": title}]},
            ],
        }
        out = tmp_path / f"o{i}.mp4"
        render_draft(draft, resolve={"g": photo}.__getitem__, out_path=out)
        with av.open(str(out)) as c:
            frame = [f.to_ndarray(format="rgb24") for f in c.decode(video=0)][3]
        masks.append(frame[:, :, 1] > 160)
    a, b = masks
    assert a.sum() > 200 and b.sum() > 200
    assert (a ^ b).sum() > 0.4 * max(a.sum(), b.sum())  # real, different glyphs, not boxes
    assert np.count_nonzero(a[:, :40]) == 0  # centred, not spilling to the edge
