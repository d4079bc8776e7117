"""Framing benchmark, run by hand: ``python benchmarks/framing_bench.py [--res 1080p]``.

Renders the camera-sized photos of ``../shared/media/hd`` (3–5k px) into 9:16, 1:1, 4:5 and
16:9 slideshows with the default settings (``fit: auto``, ``motion: auto``), and reports per
video, from the renderer's own slides:

- **content**: the share of the frame that is photo (not background), averaged over clips;
- **subject in frame**: whether the subject box stays inside the frame (and the photo's
  rectangle) at every sampled time of every clip;
- **detail**: variance of the Laplacian of the rendered luma inside the photo, divided by
  that of a single Lanczos resample (Pillow, antialiased) of the same source region;
- **background motion**: for photos over a background, the largest change of a background
  pixel between the first and last frame of the clip (goal: 0);
- **motion**: the smallest scale change or pan of any clip (per cent of the frame);
- **time**: wall time of the render, and of the previous renderer (``--old REV``, default
  the commit before the framing work) on the same draft in the same run.

It writes a contact sheet per format (three decoded frames per clip) to ``--out``.
Only local files are touched.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
HD = Path(os.environ.get("NEMOCHAT_BENCH_MEDIA", ROOT.parent / "shared" / "media")) / "hd"
FORMATS = ("9:16", "1:1", "4:5", "16:9")
CLIP_MS = 3000


def draft_for(photos: list[Path], aspect: str, res: str) -> dict:
    from nemochat.engine import draft as dr

    w, h = dr.frame_size(aspect, res)
    segs = []
    for i, p in enumerate(photos):
        m: dict = {"src": str(i), "name": p.name, "kind": "image"}
        if i:
            m["transition"] = {"type": "crossfade", "d": 500}
        segs.append({"st": i * (CLIP_MS - 500), "d": CLIP_MS, "m": m})
    end = segs[-1]["st"] + CLIP_MS
    return {
        "v": 1,
        "d": end,
        "m": {"width": w, "height": h, "fps": 30},
        "t": [{"tt": 0, "sg": segs}],
    }


def laplacian_var(y: np.ndarray) -> float:
    import cv2

    return float(cv2.Laplacian(y.astype(np.float32), cv2.CV_32F).var())


def measure(photos: list[Path], draft: dict) -> dict:
    """Per-clip framing figures from the renderer's own slides."""
    from PIL import Image

    from nemochat.engine.render.color import Frame
    from nemochat.engine.render.compose import Compositor, PhotoSlide
    from nemochat.engine.render.plan import build_plan

    plan = build_plan(draft)
    comp = Compositor(plan, {v.index: photos[int(v.src)] for v in plan.visuals})
    W, H = plan.fmt.width, plan.fmt.height
    clips = []
    for v in plan.visuals:
        slide = comp._slide(v)
        assert isinstance(slide, PhotoSlide)
        kb, c = slide.kb, slide.kb.canvas
        rx, ry, rw, rh = c.rect or (0, 0, W, H)
        src = Image.open(photos[int(v.src)])
        from PIL import ImageOps

        src = ImageOps.exif_transpose(src).convert("RGB")
        scale = c.width / src.width
        inside, details = True, []
        f0, f1 = Frame(W, H), Frame(W, H)
        d = v.d / 1000
        for t in np.linspace(0, d, 5):
            if c.box is not None:
                x0, y0, x1, y1 = c.box
                ax, ay = kb.to_screen(float(t), x0, y0, W, H)
                bx, by = kb.to_screen(float(t), x1, y1, W, H)
                tol = 1.5
                inside &= ax >= rx - tol and ay >= ry - tol and bx <= rx + rw + tol
                inside &= by <= ry + rh + tol
            kb.draw(float(t), f0)
            p = kb.pose(float(t))
            vw, vh = c.base_w / p.z, c.base_h / p.z
            box = (
                max(0.0, (p.cx - vw / 2) / scale),
                max(0.0, (p.cy - vh / 2) / scale),
                min(float(src.width), (p.cx + vw / 2) / scale),
                min(float(src.height), (p.cy + vh / 2) / scale),
            )
            ref = src.resize((rw, rh), Image.Resampling.LANCZOS, box=box)
            ref_y = np.asarray(ref.convert("L"), np.float32) * (219 / 255) + 16
            ours = f0.y[ry : ry + rh, rx : rx + rw]
            details.append(laplacian_var(ours) / max(laplacian_var(ref_y), 1e-6))
        kb.draw(0.0, f0)
        kb.draw(d, f1)
        bg_motion = 0
        if c.rect is not None:
            mask = np.ones((H, W), bool)
            mask[ry : ry + rh, rx : rx + rw] = False
            bg_motion = int(np.abs(f0.y.astype(int) - f1.y.astype(int))[mask].max())
        a, b = kb.start, kb.end
        zoom = abs(b.z / a.z - 1) * 100
        pan = max(abs(b.cx - a.cx) / c.base_w, abs(b.cy - a.cy) / c.base_h) * 100
        clips.append(
            {
                "photo": photos[int(v.src)].name,
                "layout": c.layout,
                "content": rw * rh / (W * H),
                "subject_in_frame": bool(inside),
                "detail": float(np.median(details)),
                "background_motion": bg_motion,
                "zoom_pct": round(zoom, 1),
                "pan_pct": round(pan, 1),
            }
        )
    comp.close()
    return {"clips": clips}


def render(draft: dict, photos: list[Path], out: Path, pythonpath: Path) -> float:
    """Render in a fresh process with the given source tree; wall seconds."""
    job = out.with_suffix(".json")
    job.write_text(json.dumps({"draft": draft, "photos": [str(p) for p in photos]}))
    code = (
        "import json,sys; from pathlib import Path;"
        "from nemochat.engine.render import render_draft;"
        f"j=json.loads(Path({str(job)!r}).read_text());"
        "ph=j['photos'];"
        f"render_draft(j['draft'], resolve=lambda s: Path(ph[int(s)]), out_path=Path({str(out)!r}))"
    )
    env = dict(os.environ, PYTHONPATH=str(pythonpath))
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    return time.perf_counter() - t0


def contact_sheet(video: Path, draft: dict, out: Path, height: int = 360) -> None:
    import av
    from PIL import Image

    segs = draft["t"][0]["sg"]
    fps = draft["m"]["fps"]
    wanted = []
    for s in segs:
        for f in (0.12, 0.5, 0.88):
            wanted.append(round((s["st"] + s["d"] * f) / 1000 * fps))
    got: dict[int, Image.Image] = {}
    with av.open(str(video)) as c:
        for i, frame in enumerate(c.decode(video=0)):
            if i in wanted:
                img = frame.to_image()
                got[i] = img.resize((round(img.width * height / img.height), height))
    tiles = [got[i] for i in wanted if i in got]
    tw = tiles[0].width
    cols = 3
    rows = (len(tiles) + cols - 1) // cols
    sheet = Image.new("RGB", (cols * (tw + 6), rows * (height + 6)), (255, 255, 255))
    for k, t in enumerate(tiles):
        sheet.paste(t, ((k % cols) * (tw + 6), (k // cols) * (height + 6)))
    if sheet.width > 1600:  # keep the sheet viewable
        sheet = sheet.resize((1600, round(sheet.height * 1600 / sheet.width)))
    sheet.save(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--res", default="1080p")
    ap.add_argument("--old", default="579bb06", help="git revision of the renderer to compare")
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "framing")
    ap.add_argument("--formats", default=",".join(FORMATS))
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    photos = sorted(HD.glob("*.jpg"))
    if not photos:
        sys.exit(f"no photos in {HD}")
    old_tree = args.out / "old-tree"
    if args.old and not old_tree.exists():
        subprocess.run(["git", "-C", str(ROOT), "worktree", "prune"], check=True)
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(old_tree), args.old],
            check=True,
            capture_output=True,
        )
    report = {}
    for aspect in args.formats.split(","):
        draft = draft_for(photos, aspect, args.res)
        tag = aspect.replace(":", "x")
        video = args.out / f"{tag}.mp4"
        t_new = render(draft, photos, video, ROOT)
        t_old = render(draft, photos, args.out / f"{tag}-old.mp4", old_tree) if args.old else 0
        contact_sheet(video, draft, args.out / f"{tag}.png")
        if args.old:
            contact_sheet(args.out / f"{tag}-old.mp4", draft, args.out / f"{tag}-old.png")
        m = measure(photos, draft)
        clips = m["clips"]
        row = {
            "content_mean": round(float(np.mean([c["content"] for c in clips])), 3),
            "content_min": round(min(c["content"] for c in clips), 3),
            "subject_in_frame": all(c["subject_in_frame"] for c in clips),
            "detail_min": round(min(c["detail"] for c in clips), 3),
            "detail_median": round(float(np.median([c["detail"] for c in clips])), 3),
            "background_motion": max(c["background_motion"] for c in clips),
            "seconds": round(t_new, 1),
            "seconds_old": round(t_old, 1),
            "clips": clips,
        }
        report[aspect] = row
        print(
            f"{aspect:>5}  content {row['content_mean']:.2f} (min {row['content_min']:.2f})  "
            f"subject in frame {row['subject_in_frame']}  detail {row['detail_median']:.2f} "
            f"(min {row['detail_min']:.2f})  background motion {row['background_motion']}  "
            f"time {t_new:.1f} s vs {t_old:.1f} s old"
        )
        for c in clips:
            print(
                f"       {c['photo'][:28]:28} {c['layout']:8} content {c['content']:.2f} "
                f"detail {c['detail']:.2f} zoom {c['zoom_pct']:4.1f}% pan {c['pan_pct']:4.1f}%"
                f" subject {'in' if c['subject_in_frame'] else 'CUT'}"
            )
    (args.out / "report.json").write_text(json.dumps(report, indent=2))
    print(f"contact sheets and report in {args.out}")


if __name__ == "__main__":
    main()
