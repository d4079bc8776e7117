"""Renderer benchmark, run by hand: ``python benchmarks/render_bench.py [--preset veryfast]``.

Side by side in one run, on the same machine and the same 4000x3000 photo:

1. ffmpeg ``zoompan`` (the exact command of the research notes, §6.1) for a 10 s 1920x1080
   30 fps Ken Burns clip, x264 at the same preset and CRF 20;
2. nemochat's renderer (``render_draft``) making the same clip (centre zoom 1.0 → 1.45);
3. the encode-only floor: the same 300 frames, rendered beforehand into memory, then only
   encoded with the same encoder settings;
4. smoothness: a bright marker is tracked through both clips (the renderer's frames before
   encoding and the decoded files), wobble = RMS of the centroid's second difference
   (px/frame²);
5. peak RSS of a 60-photo 1080p slideshow (and a 10-photo one, to show it stays flat).

Each case runs in its own process; wall time and peak RSS come from ``os.wait4``. Only
local files are touched.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
MEDIA = Path(os.environ.get("NEMOCHAT_BENCH_MEDIA", "/work/shared/media"))
W, H, FPS, SECONDS = 1920, 1080, 30, 10
FRAMES = FPS * SECONDS
ZMAX = 1.45
CRF = 20
MARK = (2600.0, 1100.0)  # marker position in the 4000x3000 photo (off-centre)
MARK_SIGMA = 14.0


# ---------------------------------------------------------------- inputs


def make_photo(path: Path, source: Path, seed: int = 0, mark: bool = True) -> None:
    """A phone-sized photo: Lanczos upscale to 4000x3000, grain, optional tracking marker."""
    import cv2

    rgb = cv2.imread(str(source), cv2.IMREAD_COLOR)
    rng = np.random.default_rng(seed)
    if seed:
        rgb = np.ascontiguousarray(rgb[:, ::-1]) if seed % 2 else rgb
    big = cv2.resize(rgb, (4000, 3000), interpolation=cv2.INTER_LANCZOS4).astype(np.float32)
    big += rng.normal(0, 5, big.shape).astype(np.float32)
    if mark:
        x, y = MARK
        r = int(16 * MARK_SIGMA)
        big[int(y) - r : int(y) + r, int(x) - r : int(x) + r] = 30  # a dark patch
        yy, xx = np.mgrid[int(y) - r : int(y) + r, int(x) - r : int(x) + r]
        g = np.exp(-((xx - x) ** 2 + (yy - y) ** 2) / (2 * MARK_SIGMA**2))[:, :, None]
        patch = big[int(y) - r : int(y) + r, int(x) - r : int(x) + r]
        big[int(y) - r : int(y) + r, int(x) - r : int(x) + r] = patch * (1 - g) + 250 * g
    cv2.imwrite(str(path), np.clip(big, 0, 255).astype(np.uint8), [cv2.IMWRITE_JPEG_QUALITY, 90])


def zoom_draft(src: str = "photo") -> dict:
    return {
        "v": 1,
        "d": SECONDS * 1000,
        "m": {"width": W, "height": H, "fps": FPS, "fit": "crop"},
        "t": [
            {
                "tt": 0,
                "sg": [
                    {
                        "st": 0,
                        "d": SECONDS * 1000,
                        "m": {"src": src, "kind": "image", "motion": "zoom_in", "focus": "center"},
                    }
                ],
            }
        ],
    }


def use_bench_zoom() -> None:
    """Match zoompan's schedule (1.0 → 1.45): the renderer's default zoom is gentler (1.25)."""
    from nemochat.engine.render import motion

    motion.ZOOM = ZMAX


# ---------------------------------------------------------------- tracking


def track(lumas: list[np.ndarray] | np.ndarray, start: tuple[float, float]) -> np.ndarray:
    """Sub-pixel centroid of the bright marker, in a window that follows it."""
    out = []
    x, y = start
    r = 30
    for lum in lumas:
        h, w = lum.shape
        x0, x1 = max(0, int(x) - r), min(w, int(x) + r)
        y0, y1 = max(0, int(y) - r), min(h, int(y) + r)
        win = lum[y0:y1, x0:x1].astype(np.float64)
        wts = np.clip(win - 80, 0, None)
        ys, xs = np.mgrid[y0:y1, x0:x1]
        s = wts.sum()
        x, y = float((wts * xs).sum() / s), float((wts * ys).sum() / s)
        out.append((x, y))
    return np.array(out)


def wobble(path: np.ndarray) -> dict:
    d2 = np.diff(path, 2, axis=0)
    mag = np.sqrt((d2**2).sum(1))
    v = np.diff(path, axis=0)
    main = np.sign(np.median(v, axis=0))
    backward = int(((v * main) < -1e-3).any(axis=1).sum())
    return {"rms": float(np.sqrt((mag**2).mean())), "max": float(mag.max()), "backward": backward}


def decoded_lumas(path: Path) -> list[np.ndarray]:
    import av

    with av.open(str(path)) as c:
        return [f.to_ndarray(format="gray") for f in c.decode(video=0)]


def marker_start() -> tuple[float, float]:
    """Where the marker is in frame 0 (zoom 1: the centred 16:9 crop of the 4000x3000 photo)."""
    crop_h = 4000 * 9 / 16
    s = W / 4000
    return MARK[0] * s, (MARK[1] - (3000 - crop_h) / 2) * s


# ---------------------------------------------------------------- child processes


def child_ours(photo: Path, out: Path, preset: str) -> dict:
    use_bench_zoom()
    from nemochat.engine.render import render_draft

    t, c = time.perf_counter(), time.process_time()
    render_draft(zoom_draft(), resolve=lambda _s: photo, out_path=out, preset=preset)
    return {"wall": time.perf_counter() - t, "cpu": time.process_time() - c}


def child_frames_track(photo: Path) -> dict:
    """The renderer's own frames (before encoding) for the smoothness measure."""
    use_bench_zoom()
    from nemochat.engine.render.color import Frame
    from nemochat.engine.render.compose import Compositor
    from nemochat.engine.render.plan import build_plan

    comp = Compositor(build_plan(zoom_draft()), {1: photo})
    f = Frame(W, H)
    lumas = []
    for i in range(FRAMES):
        comp.frame_at(i * 1000 / FPS, f)
        lumas.append(f.y.copy())
    comp.close()
    return {"path": track(lumas, marker_start()).tolist()}


def child_floor(photo: Path, out: Path, preset: str) -> dict:
    """Encode-only floor: render all 300 frames into memory first, then time only the encoder."""
    use_bench_zoom()
    from nemochat.engine.render.color import Frame
    from nemochat.engine.render.compose import Compositor
    from nemochat.engine.render.encode import Encoder
    from nemochat.engine.render.plan import build_plan

    plan = build_plan(zoom_draft())
    comp = Compositor(plan, {1: photo})
    frames = []
    for i in range(FRAMES):
        frames.append(comp.frame_at(i * 1000 / FPS, Frame(W, H)))
    comp.close()
    t, c = time.perf_counter(), time.process_time()
    enc = Encoder(out, plan.fmt, preset=preset, crf=CRF)
    for f in frames:
        enc.write_frame(f)
    enc.finish()
    return {"wall": time.perf_counter() - t, "cpu": time.process_time() - c}


def child_slideshow(folder: Path, n: int, out: Path, preset: str) -> dict:
    import math
    import wave

    from nemochat.engine.render import render_draft

    photos = sorted(folder.glob("p*.jpg"))
    wav = folder / "bgm.wav"
    if not wav.exists():
        with wave.open(str(wav), "wb") as wf:
            wf.setnchannels(2)
            wf.setsampwidth(2)
            wf.setframerate(44100)
            t = np.arange(20 * 44100) / 44100
            tone = (np.sin(2 * math.pi * 220 * t) * 6000).astype("<i2")
            wf.writeframes(np.repeat(tone, 2).tobytes())
    segs, st = [], 0
    kinds = ["crossfade", "slide_left", "fade_black", "wipe_right", "zoom", "push_up"]
    for i in range(n):
        tr = {"type": kinds[i % len(kinds)], "d": 500} if i else None
        if i:
            st -= 500
        m = {
            "src": f"p{i % len(photos)}",
            "kind": "image",
            "name": f"photo{i}.jpg",
            "motion": "auto",
        }
        if tr:
            m["transition"] = tr
        segs.append({"st": st, "d": 3000, "m": m})
        st += 3000
    draft = {
        "v": 1,
        "d": st,
        "m": {"aspect": "16:9", "resolution": "1080p", "fps": 30, "fit": "blur"},
        "t": [
            {"tt": 0, "sg": segs},
            {
                "tt": 1,
                "sg": [
                    {
                        "st": 0,
                        "d": st,
                        "m": {"src": "bgm", "volume": 0.4, "fade_in": 1000, "fade_out": 1500},
                    }
                ],
            },
            {
                "tt": 7,
                "sg": [{"st": 0, "d": 3000, "m": {"text": "旅行的回忆 Memories", "role": "title"}}],
            },
        ],
    }

    def resolve(s: str) -> Path:
        return wav if s == "bgm" else photos[int(s[1:])]

    t = time.perf_counter()
    res = render_draft(draft, resolve=resolve, out_path=out, preset=preset)
    return {"wall": time.perf_counter() - t, "video_s": res.duration_ms / 1000}


# Linux keeps a process's peak RSS across fork+exec, so a child forked straight from this
# (large) process would report our peak. A tiny launcher forks the real child instead.
LAUNCHER = """
import json, os, subprocess, sys, time
t = time.perf_counter()
p = subprocess.Popen(sys.argv[2:])
_, status, ru = os.wait4(p.pid, 0)
with open(sys.argv[1], "w") as f:
    cpu = ru.ru_utime + ru.ru_stime
    json.dump({"status": status, "wall": time.perf_counter() - t, "cpu": cpu, "rss_kb": ru.ru_maxrss}, f)
"""


def run_child(args: list[str]) -> dict:
    """Run a command in a grandchild process: wall time, its own peak RSS, its JSON output."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as tf:
        report = Path(tf.name)
    try:
        proc = subprocess.run(
            [sys.executable, "-c", LAUNCHER, str(report), *args], capture_output=True, text=True
        )
        stats = json.loads(report.read_text())
    finally:
        report.unlink(missing_ok=True)
    if proc.returncode != 0 or stats["status"] != 0:
        raise SystemExit(f"child failed: {' '.join(args)}\n{proc.stderr[-2000:]}")
    out = proc.stdout.strip()
    result = json.loads(out.splitlines()[-1]) if out else {}
    result.setdefault("wall", stats["wall"])
    result.setdefault("cpu", stats["cpu"])
    result["process_wall"] = stats["wall"]
    result["rss_mb"] = stats["rss_kb"] / 1024
    return result


def me(*args: object) -> list[str]:
    return [sys.executable, __file__, *map(str, args)]


def zoompan_cmd(photo: Path, out: Path | str, preset: str, *, raw: bool = False) -> list[str]:
    vf = (
        "crop=4000:2250,zoompan=z='min(zoom+0.0015,1.45)':d=300:x='iw/2-(iw/zoom/2)'"
        ":y='ih/2-(ih/zoom/2)':s=1920x1080:fps=30,scale=out_range=tv,format=yuv420p"
    )
    cmd = [
        "ffmpeg",
        "-nostdin",
        "-v",
        "error",
        "-y",
        "-i",
        str(photo),
        "-vf",
        vf,
        "-frames:v",
        "300",
    ]
    if raw:
        return [*cmd, "-f", "rawvideo", "-pix_fmt", "gray", str(out)]
    enc = ["-c:v", "libx264", "-crf", str(CRF), "-pix_fmt", "yuv420p", "-color_range", "tv"]
    return [*cmd, *enc, "-movflags", "+faststart", "-preset", preset, str(out)]


def median_of(runs: list[dict], key: str) -> float:
    return float(np.median([r[key] for r in runs]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--preset", default="veryfast")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--slides", type=int, default=60)
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    ap.add_argument("--slides-only", action="store_true", help="only the slideshow memory run")
    ap.add_argument("child", nargs="*", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        mode, *rest = a.child
        fn = {
            "ours": child_ours,
            "floor": child_floor,
            "track": child_frames_track,
            "slides": child_slideshow,
        }[mode]
        conv = [
            Path(rest[0]),
            *(Path(x) if "/" in x else (int(x) if x.isdigit() else x) for x in rest[1:]),
        ]
        print(json.dumps(fn(*conv)))
        return
    if not shutil.which("ffmpeg"):
        raise SystemExit("ffmpeg is needed for the side-by-side comparison")
    work = Path(tempfile.mkdtemp(prefix="nemochat-bench-"))
    try:
        bench(work, a)
    finally:
        if a.keep:
            print(f"work folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def kenburns(work: Path, photo: Path, a: argparse.Namespace) -> None:
    zp, ours, floor = [], [], []
    for i in range(a.runs):  # interleaved so drift in machine load hits all cases alike
        zp.append(run_child(zoompan_cmd(photo, work / "zoompan.mp4", a.preset)))
        ours.append(run_child(me("ours", photo, work / "ours.mp4", a.preset)))
        floor.append(run_child(me("floor", photo, work / "floor.mp4", a.preset)))
        print(
            f"  run {i + 1}: zoompan {zp[-1]['wall']:.2f} s, ours {ours[-1]['wall']:.2f} s, floor {floor[-1]['wall']:.2f} s"
        )

    def row(name: str, runs: list[dict]) -> str:
        walls = " / ".join(f"{r['wall']:.2f}" for r in runs)
        return (
            f"| {name} | {median_of(runs, 'wall'):.2f} s | {median_of(runs, 'cpu'):.2f} s "
            f"| {median_of(runs, 'rss_mb'):.0f} MB | {walls} |"
        )

    print()
    print(
        f"| 10 s 1080p30 Ken Burns, {a.preset}, CRF {CRF} | wall (median) | CPU time (median) | peak RSS | wall, each run |"
    )
    print("|---|---|---|---|---|")
    print(row("ffmpeg zoompan", zp))
    print(row("nemochat render_draft", ours))
    print(row("encode-only floor (PyAV, frames in memory)", floor))
    print()
    for key, unit in (("wall", "wall"), ("cpu", "CPU")):
        z, o, f = median_of(zp, key), median_of(ours, key), median_of(floor, key)
        print(f"{unit}: {z / o:.2f}x faster than zoompan; renderer / floor {o / f:.2f}x")
    print(
        f"sizes: zoompan {(work / 'zoompan.mp4').stat().st_size / 1e6:.1f} MB, "
        f"ours {(work / 'ours.mp4').stat().st_size / 1e6:.1f} MB"
    )

    # smoothness
    raw = work / "zoompan.gray"
    run_child(zoompan_cmd(photo, raw, a.preset, raw=True))
    zp_frames = np.fromfile(raw, np.uint8).reshape(-1, H, W)
    start = marker_start()
    zp_render = wobble(track(zp_frames, start))
    del zp_frames
    ours_render = wobble(np.array(run_child(me("track", photo))["path"]))
    zp_file = wobble(track(decoded_lumas(work / "zoompan.mp4"), start))
    ours_file = wobble(track(decoded_lumas(work / "ours.mp4"), start))
    print()
    print("| wobble, px/frame² (RMS / max / backward steps) | frames as rendered | decoded MP4 |")
    print("|---|---|---|")
    for name, r, f in (
        ("ffmpeg zoompan", zp_render, zp_file),
        ("nemochat", ours_render, ours_file),
    ):
        print(
            f"| {name} | {r['rms']:.3f} / {r['max']:.3f} / {r['backward']} | {f['rms']:.3f} / {f['max']:.3f} / {f['backward']} |"
        )
    print(
        f"smoother by: {zp_render['rms'] / ours_render['rms']:.1f}x (rendered), {zp_file['rms'] / ours_file['rms']:.1f}x (decoded)"
    )


def bench(work: Path, a: argparse.Namespace) -> None:
    photo = work / "photo4000.jpg"
    make_photo(photo, MEDIA / "coffee.png")
    print(f"cpus: {os.cpu_count()}  preset: {a.preset}  crf: {CRF}  photo: 4000x3000 JPEG q90")
    if not a.slides_only:
        kenburns(work, photo, a)

    # memory with many photos
    folder = work / "slides"
    folder.mkdir()
    sources = ["coffee.png", "astronaut.png", "chelsea.png", "rocket.jpg"]
    for i in range(12):  # 12 distinct phone-sized photos, reused round-robin
        make_photo(folder / f"p{i:02d}.jpg", MEDIA / sources[i % 4], seed=i + 1, mark=False)
    print()
    print(
        "| slideshow (1080p30, 3 s per photo, music, title) | video | wall | CPU time | peak RSS |"
    )
    print("|---|---|---|---|---|")
    for n in sorted({10, a.slides}):
        r = run_child(me("slides", folder, n, work / f"slides{n}.mp4", a.preset))
        print(
            f"| {n} photos | {r['video_s']:.1f} s | {r['wall']:.1f} s | {r['cpu']:.1f} s "
            f"| {r['rss_mb']:.0f} MB |"
        )


if __name__ == "__main__":
    main()
