"""Regenerate the bundled CJK font subsets in ``nemochat/fonts/``.

The source is Noto Sans CJK (SIL OFL 1.1), face 2 (Simplified Chinese) of Debian's
``fonts-noto-cjk`` collections::

    apt-get download fonts-noto-cjk && dpkg-deb -x fonts-noto-cjk_*.deb /tmp/noto
    python tools/make_font_subset.py /tmp/noto/usr/share/fonts/opentype/noto

The character set is every character GB 2312 encodes (its 6,763 hanzi plus its symbols,
kana, Greek, Cyrillic and full-width forms), the frequently used hanzi of Big5 (Traditional
Chinese) and the level-1 kanji of JIS X 0208 (Japanese), drawn with the Simplified Chinese
face's shapes, Latin (ASCII, Latin-1, Latin Extended-A),
general and CJK punctuation, currency signs, and every character used in nemochat's own
Chinese messages. The usual layout features are kept (kerning, ligatures, CJK spacing, vertical forms).
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

OUT = Path(__file__).resolve().parents[1] / "nemochat" / "fonts"
WEIGHTS = {"Regular": "NotoSansCJK-Regular.ttc", "Bold": "NotoSansCJK-Bold.ttc"}
SC_FACE = 2  # Noto Sans CJK .ttc faces: 0 JP, 1 KR, 2 SC, 3 TC, 4 HK

RANGES = (
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x017F),  # Latin-1, Latin Extended-A
    (0x2000, 0x206F),  # general punctuation
    (0x20A0, 0x20BF),  # currency
    (0x2100, 0x214F),  # letterlike (™, №)
    (0x2190, 0x21FF),  # arrows
    (0x2460, 0x24FF),  # enclosed numbers ①
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0xFF00, 0xFFEF),  # half-width and full-width forms
)


def gb2312() -> set[str]:
    """Every character GB 2312 encodes (rows 1–87)."""
    pairs = (bytes((hi, lo)) for hi in range(0xA1, 0xF8) for lo in range(0xA1, 0xFF))
    return {c for c in (p.decode("gb2312", "replace") for p in pairs) if "\ufffd" not in c}


def big5_level1() -> set[str]:
    """Big5's 5,401 frequently used hanzi (lead bytes A4–C6): Traditional Chinese (臺, 東)."""
    pairs = (
        bytes((hi, lo))
        for hi in range(0xA4, 0xC7)
        for lo in (*range(0x40, 0x7F), *range(0xA1, 0xFF))
    )
    return {c for c in (p.decode("big5", "replace") for p in pairs) if "\ufffd" not in c}


def jis_level1() -> set[str]:
    """JIS X 0208's 2,965 level-1 kanji (EUC-JP rows 16–47): common Japanese (東京, 駅)."""
    pairs = (bytes((hi, lo)) for hi in range(0xB0, 0xD0) for lo in range(0xA1, 0xFF))
    return {c for c in (p.decode("euc_jp", "replace") for p in pairs) if "\ufffd" not in c}


def project_text() -> set[str]:
    root = Path(__file__).resolve().parents[1] / "nemochat"
    chars: set[str] = set()
    for p in root.rglob("*.py"):
        chars.update(c for c in p.read_text("utf-8") if ord(c) > 0x2E7F)
    return chars


def charset() -> str:
    chars = gb2312() | big5_level1() | jis_level1() | project_text()
    for lo, hi in RANGES:
        chars.update(chr(c) for c in range(lo, hi + 1))
    return "".join(sorted(chars))


def main(src_dir: str) -> None:
    wanted = charset()
    faces = {w: TTCollection(str(Path(src_dir) / n)).fonts[SC_FACE] for w, n in WEIGHTS.items()}
    # what every weight really has (Noto Sans CJK lacks some of Latin Extended-A and arrows)
    have = set.intersection(*(set(f.getBestCmap()) for f in faces.values()))
    text = "".join(c for c in wanted if ord(c) in have)
    (OUT / "charset.txt").write_text(text, "utf-8")
    for weight, font in faces.items():
        opts = subset.Options()
        # the default features (kern, liga, ccmp, …) plus CJK proportional spacing; not
        # "locl" (its JP/KR/TC glyph variants double the size of a Simplified Chinese font)
        opts.layout_features = [f for f in opts.layout_features if f != "locl"] + ["palt"]
        opts.hinting = False  # titles are drawn large
        opts.name_IDs = ["*"]
        opts.name_languages = ["*"]
        opts.notdef_outline = True
        opts.recalc_bounds = True
        sub = subset.Subsetter(opts)
        sub.populate(text=text)
        sub.subset(font)
        out = OUT / f"NotoSansSC-{weight}.otf"
        font.save(str(out))
        print(f"{out.name}: {out.stat().st_size / 1e6:.2f} MB, {len(text)} characters")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/opentype/noto")
