"""Iteration benchmark (issue 15), run by hand: ``python benchmarks/iterate_bench.py``.

A 30 s 1920x1080 30 fps video from ten photos (the seven of ``shared/media/hd/`` and three
of ``shared/media/``), 3.4 s each with 0.5 s crossfades, synthetic music (tests/synth_music.py)
and a title, x264 ``veryfast`` CRF 20. Side by side in one run, each case in its own
process (wall time, CPU time and peak RSS from ``os.wait4``):

- today's full render (one encode, ``render_draft`` without segments);
- the segmented full render (empty segment cache);
- re-exports from the segment cache: after changing the title's text, after changing the
  music's volume, and with no change (remux only);
- the preview (480p, 15 fps, ``ultrafast``, empty cache);
- ffmpeg ``zoompan`` making the same slideshow (ten 3 s zooms, crossfades by ``xfade``,
  the music) at the same preset and CRF;
- the encode-only floor: the renderer's 900 frames drawn into memory first, then only
  encoded with the same settings (the floor holds 2.8 GB of frames on purpose);
- the segmented full render with a pool of 2 processes, one x264 thread each, against x264's
  own threads (``--pool``).

Photos' subjects are found once, in a warm-up render, and kept in a JSON file that every
case reads (the engine keeps them in its database the same way). ``--memory`` instead
measures the peak RSS of worst-case drafts the validator accepts, at 4K (issue 14, item 5).
Only local files are touched.
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
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
MEDIA = Path(os.environ.get("NEMOCHAT_BENCH_MEDIA", "/work/shared/media"))
W, H, FPS = 1920, 1080, 30
SLIDE_MS, FADE_MS, N = 3400, 500, 10
TITLE = "Summer in the Mountains"


def ffmpeg() -> str | None:
    found = shutil.which("ffmpeg")
    if found:
        return found
    try:
        import imageio_ffmpeg  # type: ignore[import-not-found]

        return str(imageio_ffmpeg.get_ffmpeg_exe())
    except (ImportError, RuntimeError):
        return None


def photos() -> list[Path]:
    hd = sorted((MEDIA / "hd").glob("*.jpg"))
    extra = [MEDIA / n for n in ("astronaut.png", "chelsea.png", "coffee.png", "rocket.jpg")]
    found = (hd + [p for p in extra if p.exists()])[:N]
    if len(found) < N:
        raise SystemExit(f"need {N} photos under {MEDIA}")
    return found


def make_draft(title: str = TITLE, volume: float = 1.0) -> dict:
    step = SLIDE_MS - FADE_MS
    total = (N - 1) * step + SLIDE_MS + FADE_MS  # the last slide a little longer: 30 s
    segs = []
    for i in range(N):
        m: dict[str, Any] = {"src": f"p{i}", "name": f"p{i}"}
        if i:
            m["transition"] = {"type": "crossfade", "d": FADE_MS}
        d = SLIDE_MS + (FADE_MS if i == N - 1 else 0)
        segs.append({"st": i * step, "d": d, "m": m})
    return {
        "v": 1,
        "d": total,
        "m": {"width": W, "height": H, "fps": FPS, "aspect": "16:9"},
        "t": [
            {"tt": 0, "sg": segs},
            {"tt": 1, "sg": [{"st": 0, "d": total, "m": {"src": "song", "volume": volume}}]},
            {"tt": 7, "sg": [{"st": 300, "d": 3500, "m": {"text": title}}]},
        ],
    }


class JsonSubjects:
    """A SubjectStore in a JSON file, shared by the cases (the engine uses its database)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.data = json.loads(path.read_text()) if path.exists() else {}

    def subject(self, key: str) -> dict | None:
        return self.data.get(key)

    def put_subject(self, key: str, data: dict) -> None:
        self.data[key] = data
        tmp = self.path.with_suffix(".part")
        tmp.write_text(json.dumps(self.data))
        os.replace(tmp, self.path)


def media_map(work: Path) -> dict[str, Path]:
    m = {f"p{i}": p for i, p in enumerate(photos())}
    m["song"] = work / "song.wav"
    m["song10"] = work / "song10.wav"  # --memory only
    return m


# ── children ───────────────────────────────────────────────────────────────────
def child_render(work: Path, draft_file: Path, out: Path, mode: str, cache: str) -> dict:
    from nemochat.engine.render import render_draft
    from nemochat.engine.render.segments import PoolExecutor, SegmentReport

    draft = json.loads(draft_file.read_text())
    report = SegmentReport()
    kw: dict[str, Any] = {}
    if mode in ("segments", "pool", "preview"):
        kw = {"segment_dir": Path(cache), "report": report}
    if mode == "pool":
        kw.update(executor=PoolExecutor(2), threads=1)
    if mode == "preview":
        kw["preview"] = True
    t = time.perf_counter()
    render_draft(
        draft,
        resolve=media_map(work).__getitem__,
        out_path=out,
        subjects=JsonSubjects(work / "subjects.json"),  # type: ignore[arg-type]
        **kw,
    )
    return {
        "wall": time.perf_counter() - t,
        "encoded": len(report.encoded),
        "segments": report.segments,
        "audio": report.audio_encoded,
        "size": out.stat().st_size,
    }


def child_floor(work: Path, draft_file: Path, out: Path) -> dict:
    from nemochat.engine.render.color import Frame
    from nemochat.engine.render.compose import Compositor
    from nemochat.engine.render.encode import Encoder
    from nemochat.engine.render.plan import build_plan
    from nemochat.engine.render.segments import n_frames

    plan = build_plan(json.loads(draft_file.read_text()))
    m = media_map(work)
    comp = Compositor(
        plan, {v.index: m[v.src] for v in plan.visuals}, JsonSubjects(work / "subjects.json")
    )  # type: ignore[arg-type]
    frames = []
    for i in range(n_frames(plan)):
        f = Frame(W, H)
        comp.frame_at(i * 1000 / FPS, f)
        frames.append(f)
    comp.close()
    t = time.perf_counter()
    enc = Encoder(out, plan.fmt)
    for f in frames:
        enc.write_frame(f)
    enc.finish()
    return {"wall": time.perf_counter() - t}


def zoompan_cmd(work: Path, out: Path) -> list[str]:
    """Ten 3 s zoompan clips (cropped to 16:9, 1.0→1.15), crossfaded by ``xfade``, music."""
    exe = ffmpeg()
    assert exe
    frames = (SLIDE_MS + FADE_MS) * FPS // 1000
    cmd = [exe, "-nostdin", "-v", "error", "-y"]
    for p in photos():
        cmd += ["-loop", "1", "-framerate", str(FPS), "-t", f"{frames / FPS}", "-i", str(p)]
    cmd += ["-i", str(work / "song.wav")]
    parts = []
    for i in range(N):
        parts.append(
            f"[{i}:v]scale=2880:1620:force_original_aspect_ratio=increase,crop=2880:1620,"
            f"zoompan=z='min(zoom+0.0015,1.15)':d={frames}:x='iw/2-(iw/zoom/2)':"
            f"y='ih/2-(ih/zoom/2)':s={W}x{H}:fps={FPS},setsar=1,format=yuv420p[v{i}]"
        )
    prev, step = "v0", (SLIDE_MS - FADE_MS) / 1000
    for i in range(1, N):
        parts.append(
            f"[{prev}][v{i}]xfade=transition=fade:duration={FADE_MS / 1000}:"
            f"offset={i * step:.3f}[x{i}]"
        )
        prev = f"x{i}"
    parts.append(f"[{prev}]scale=out_range=tv,format=yuv420p[vout]")
    cmd += ["-filter_complex", ";".join(parts), "-map", "[vout]", "-map", f"{N}:a"]
    cmd += ["-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-color_range", "tv"]
    cmd += ["-c:a", "aac", "-b:a", "192k", "-shortest", "-movflags", "+faststart", str(out)]
    return cmd


# ── memory: worst cases at 4K (issue 14, item 5) ───────────────────────────────
def worst_drafts(work: Path) -> dict[str, dict]:
    from nemochat.engine import draft as dm

    long_text = ("Mountains and rivers without end " * 20)[: dm.MAX_TEXT_CHARS]
    base = {"width": 3840, "height": 2160, "fps": 30, "aspect": "16:9", "resolution": "4k"}

    def photos_track(n: int, d: int) -> dict:
        return {
            "tt": 0,
            "sg": [
                {
                    "st": i * d,
                    "d": d,
                    "m": {"src": f"p{i % N}", "transition": {"type": "crossfade", "d": 400}},
                }
                for i in range(n)
            ],
        }

    titles = {
        "tt": 7,
        "sg": [
            {"st": k * 1200, "d": 1200, "m": {"text": long_text, "size": 0.5, "fade_in": 200}}
            for k in range(dm.MAX_TEXTS)
        ],
    }
    return {
        # 50 titles of 500 characters at the largest size, back to back, over 60 s
        "50 long titles": {"v": 1, "d": 60_000, "m": base, "t": [photos_track(20, 3000), titles]},
        # one 500-character title at the largest size
        "one huge title": {
            "v": 1,
            "d": 6000,
            "m": base,
            "t": [
                photos_track(2, 3000),
                {"tt": 7, "sg": [{"st": 0, "d": 6000, "m": {"text": long_text, "size": 0.5}}]},
            ],
        },
        # the longest video: 10 minutes of 500 photos with looped music (first 20 s drawn)
        "10 min, 500 photos, music": {
            "v": 1,
            "d": dm.MAX_VIDEO_MS,
            "m": base,
            "t": [
                photos_track(dm.MAX_SEGMENTS, dm.MAX_VIDEO_MS // dm.MAX_SEGMENTS),
                {"tt": 1, "sg": [{"st": 0, "d": dm.MAX_VIDEO_MS, "m": {"src": "song"}}]},
            ],
        },
        # the same with a 10-minute song (decoded, measured and limited whole)
        "10 min, 500 photos, a 10-min song": {
            "v": 1,
            "d": dm.MAX_VIDEO_MS,
            "m": base,
            "t": [
                photos_track(dm.MAX_SEGMENTS, dm.MAX_VIDEO_MS // dm.MAX_SEGMENTS),
                {"tt": 1, "sg": [{"st": 0, "d": dm.MAX_VIDEO_MS, "m": {"src": "song10"}}]},
            ],
        },
    }


def child_memory(work: Path, name: str, seconds: float) -> dict:
    """Render a worst case at 4K (segmented, as the engine does) for ``seconds`` of wall
    time, then cancel; peak RSS comes from the launcher."""
    from nemochat.engine.render import RenderCancelled, render_draft
    from nemochat.engine.render.compose import Compositor

    draft = worst_drafts(work)[name]
    start = time.perf_counter()
    reached = [0.0]
    drawn: list[float] = []  # when each frame was drawn
    frame_at = Compositor.frame_at

    def counted(self: Any, t_ms: float, out: Any) -> Any:
        drawn.append(time.perf_counter() - start)
        return frame_at(self, t_ms, out)

    Compositor.frame_at = counted  # type: ignore[method-assign]

    def progress(f: float) -> None:
        reached[0] = f

    try:
        render_draft(
            draft,
            resolve=media_map(work).__getitem__,
            out_path=work / "mem.mp4",
            segment_dir=work / f"mem-{abs(hash(name))}",
            cancelled=lambda: time.perf_counter() - start > seconds,
            progress=progress,
            subjects=JsonSubjects(work / "subjects.json"),  # type: ignore[arg-type]
        )
        done = True
    except RenderCancelled:
        done = False
    return {
        "wall": time.perf_counter() - start,
        "completed": done,
        "progress": reached[0],
        "frames": len(drawn),
        "first": drawn[0] if drawn else None,
    }


# ── the launcher ───────────────────────────────────────────────────────────────
LAUNCHER = r"""
import json, os, subprocess, sys, time
t = time.perf_counter()
p = subprocess.Popen(sys.argv[2:], stdout=None)
_, status, ru = os.wait4(p.pid, 0)
with open(sys.argv[1], "w") as f:
    json.dump({"status": status, "wall": time.perf_counter() - t,
               "cpu": ru.ru_utime + ru.ru_stime, "rss_kb": ru.ru_maxrss}, f)
"""


def run_child(args: list[str]) -> dict:
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as tf:
        report = Path(tf.name)
    out_file = report.with_suffix(".out")
    try:
        with open(out_file, "w") as fh:
            proc = subprocess.run(
                [sys.executable, "-c", LAUNCHER, str(report), *args],
                stdout=fh,
                stderr=subprocess.PIPE,
                text=True,
            )
        stats = json.loads(report.read_text())
        out = out_file.read_text().strip()
    finally:
        report.unlink(missing_ok=True)
        out_file.unlink(missing_ok=True)
    if proc.returncode != 0 or stats["status"] != 0:
        raise SystemExit(f"child failed: {' '.join(args)}\n{proc.stderr[-3000:]}")
    result = json.loads(out.splitlines()[-1]) if out else {}
    result.setdefault("wall", stats["wall"])
    result["cpu"] = stats["cpu"]
    result["rss_mb"] = stats["rss_kb"] / 1024
    return result


def me(*args: object) -> list[str]:
    return [sys.executable, __file__, *map(str, args)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--pool", action="store_true", help="also the 2-process pool")
    ap.add_argument("--memory", action="store_true", help="worst-case 4K memory instead")
    ap.add_argument("--memory-seconds", type=float, default=60.0)
    ap.add_argument("--keep", type=Path, help="work folder to keep (default: a temp one)")
    ap.add_argument("--child", nargs="*")
    a = ap.parse_args()
    if a.child:
        kind, *rest = a.child
        if kind == "render":
            work, draft, out, mode, cache = rest
            print(json.dumps(child_render(Path(work), Path(draft), Path(out), mode, cache)))
        elif kind == "floor":
            work, draft, out = rest
            print(json.dumps(child_floor(Path(work), Path(draft), Path(out))))
        elif kind == "memory":
            work, name, seconds = rest
            print(json.dumps(child_memory(Path(work), name, float(seconds))))
        return
    work = a.keep or Path(tempfile.mkdtemp(prefix="nemochat-iterate-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        bench(work, a)
    finally:
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)


def bench(work: Path, a: argparse.Namespace) -> None:
    import synth_music

    samples, _ = synth_music.track(122, 32)
    synth_music.write_wav(work / "song.wav", samples)
    drafts = {
        "base": make_draft(),
        "title": make_draft(title="Winter in the Mountains"),
        "volume": make_draft(volume=0.5),
    }
    for k, d in drafts.items():
        (work / f"{k}.json").write_text(json.dumps(d))
    print(f"work folder {work}; load {os.getloadavg()[0]:.1f}", flush=True)
    # warm-up: subjects found and stored once (the engine keeps them between exports)
    run_child(me("--child", "render", work, work / "base.json", work / "w.mp4", "full", "-"))
    if a.memory:
        memory(work, a)
        return
    rows: dict[str, list[dict]] = {}

    def case(name: str, args: list[str], before: Any = None) -> None:
        for _ in range(a.runs):
            if before:
                before()
            r = run_child(args)
            rows.setdefault(name, []).append(r)
            print(f"  {name}: {r['wall']:.2f} s wall, {r['cpu']:.1f} s CPU", flush=True)

    cache = work / "cache"

    def fresh_cache() -> None:
        shutil.rmtree(cache, ignore_errors=True)

    def seeded_cache() -> None:  # the cache after exporting the base draft
        fresh_cache()
        shutil.copytree(work / "base-cache", cache)

    def render(draft: str, mode: str, where: Path = cache) -> list[str]:
        return me("--child", "render", work, work / f"{draft}.json", work / "o.mp4", mode, where)

    case("today's full render (no segments)", render("base", "full"))
    case("segmented full render", render("base", "segments"), fresh_cache)
    shutil.copytree(cache, work / "base-cache")
    case("re-export after a title change", render("title", "segments"), seeded_cache)
    case("re-export after a music volume change", render("volume", "segments"), seeded_cache)
    case("re-export with no change (remux)", render("base", "segments"), seeded_cache)
    case("preview (480p, 15 fps, ultrafast)", render("base", "preview"), fresh_cache)
    if a.pool:
        case("segmented, pool of 2 × 1 x264 thread", render("base", "pool"), fresh_cache)
    exe = ffmpeg()
    if exe:
        case("ffmpeg zoompan slideshow, same preset/CRF", zoompan_cmd(work, work / "zp.mp4"))
    case(
        "encode-only floor (frames from memory)",
        me("--child", "floor", work, work / "base.json", work / "f.mp4"),
    )

    full = float(np.median([r["wall"] for r in rows["segmented full render"]]))
    print()
    print(
        "| case (30 s 1080p30, 10 photos, music, title; veryfast CRF 20) | wall | CPU | × full | peak RSS |"
    )
    print("|---|---|---|---|---|")
    for name, runs in rows.items():
        wall = float(np.median([r["wall"] for r in runs]))
        cpu = float(np.median([r["cpu"] for r in runs]))
        rss = max(r["rss_mb"] for r in runs)
        extra = ""
        if "encoded" in runs[0] and runs[0].get("segments"):
            extra = f" ({runs[0]['encoded']}/{runs[0]['segments']} segments encoded"
            extra += ", sound encoded)" if runs[0]["audio"] else ", sound reused)"
        print(f"| {name}{extra} | {wall:.2f} s | {cpu:.1f} s | {wall / full:.2f}× | {rss:.0f} MB |")
    print(f"\nload average at the end: {os.getloadavg()}")


def memory(work: Path, a: argparse.Namespace) -> None:
    import synth_music

    samples, _ = synth_music.track(122, 600)  # a 10-minute song
    synth_music.write_wav(work / "song10.wav", samples)
    del samples
    print(f"load {os.getloadavg()[0]:.1f}", flush=True)
    print("| worst case at 4K (3840×2160) | frames drawn | first frame | wall | peak RSS |")
    print("|---|---|---|---|---|")
    for name in worst_drafts(work):
        r = run_child(me("--child", "memory", work, name, a.memory_seconds))
        drawn = "all" if r["completed"] else f"{r['frames']} ({r['progress'] * 100:.0f} %)"
        first = f"{r['first']:.1f} s" if r.get("first") is not None else "–"
        print(
            f"| {name} | {drawn} | {first} | {r['wall']:.1f} s | {r['rss_mb']:.0f} MB |",
            flush=True,
        )
    print(f"load average at the end: {os.getloadavg()}")


if __name__ == "__main__":
    main()
