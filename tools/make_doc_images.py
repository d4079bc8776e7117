"""Regenerate the pictures in docs/render.md from the renderer itself.

    python tools/make_doc_images.py [../shared/media/hd]

Each picture is a strip of frames the renderer draws (start, middle, end of one clip), made
with the same code path as an export (Compositor.frame_at), at 540×960.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nemochat.engine.render.color import Frame, frame_to_rgb  # noqa: E402
from nemochat.engine.render.compose import Compositor  # noqa: E402
from nemochat.engine.render.plan import build_plan  # noqa: E402

OUT = ROOT / "docs" / "img"
W, H = 540, 960


def strip(photo: Path, name: str, **seg_meta: object) -> None:
    draft = {
        "v": 1,
        "d": 3000,
        "m": {"width": W, "height": H, "fps": 30, "fade_out": 0},
        "t": [{"tt": 0, "sg": [{"st": 0, "d": 3000, "m": {"src": "p", **seg_meta}}]}],
    }
    comp = Compositor(build_plan(draft), {1: photo})
    frames = [frame_to_rgb(comp.frame_at(t, Frame(W, H))) for t in (0, 1500, 2966)]
    comp.close()
    gap = np.full((H, 12, 3), 255, np.uint8)
    row = np.concatenate([frames[0], gap, frames[1], gap, frames[2]], axis=1)
    img = Image.fromarray(row)
    img = img.resize((img.width // 2, img.height // 2), Image.Resampling.LANCZOS)
    img.save(OUT / name, quality=82)
    print(OUT / name, (OUT / name).stat().st_size // 1024, "KB")


def main(hd: Path) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    strip(hd / "seeding_by_Clements_Engelhardt.jpg", "framing-reveal.jpg")
    with tempfile.TemporaryDirectory() as tmp:  # a 3.4:1 panorama cut from a landscape
        src = Image.open(hd / "picosdeeuropa_by_Aitzol_Berasategi.jpg")
        pano = src.crop((0, 900, src.width, 900 + src.width * 10 // 34))
        path = Path(tmp) / "pano.jpg"
        pano.save(path, quality=92)
        strip(path, "framing-contain.jpg", motion="zoom_in")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "media" / "hd")
