"""Beat tracker accuracy and speed, loudness of rendered outputs, cuts on the beat (by hand).

    python benchmarks/beats_bench.py [--seconds 60] [--quick]

- Beat tracking: synthetic tracks (tests/synth_music.py) at 75-165 BPM, straight, swung,
  drifting (±2 %) and both; F-measure with a ±70 ms window after the first 5 s (as
  mir_eval), the tempo found, and CPU time per minute of audio (analysis of an array, and
  of a WAV file including decoding).
- Loudness: sources at -30, -20 and -8 LUFS rendered at the default volume and at 40 %;
  the decoded MP4's integrated loudness and true peak; the normaliser's CPU per minute.
- Cuts on the beat: a 128 BPM swung, drifting track; beats found from the file, the draft
  synced (every 2 beats), rendered at 30 fps; the error of every decoded cut against the
  true beats.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nemochat.engine import beatsync as bs  # noqa: E402
from nemochat.engine import draft as dr  # noqa: E402
from nemochat.engine.render import beats as B  # noqa: E402
from nemochat.engine.render import loudness as L  # noqa: E402
from nemochat.engine.render import render_draft  # noqa: E402
from tests.synth_music import RATE, f_measure, track, write_wav  # noqa: E402


def beats_table(seconds: float, tempi: list[int]) -> None:
    variants = [
        ("straight", 0.0, 0.0),
        ("swing", 1.0, 0.0),
        ("drift", 0.0, 0.04),
        ("both", 0.6, 0.04),
    ]
    print(f"\n## Beat tracking ({seconds:.0f} s tracks)\n")
    print("| BPM | " + " | ".join(f"{v} F / tempo" for v, _, _ in variants) + " | CPU per min |")
    print("|---|" + "---|" * (len(variants) + 1))
    all_f, per_min = [], []
    for bpm in tempi:
        cells, cpu = [], []
        for _, swing, drift in variants:
            x, ref = track(bpm, seconds, swing=swing, drift=drift, seed=bpm)
            c0 = time.process_time()
            got = B.analyse(x, RATE)
            cpu.append((time.process_time() - c0) * 60 / seconds)
            f = f_measure(np.array(got.beats_ms) / 1000, ref)
            all_f.append(f)
            cells.append(f"{f:.3f} / {got.bpm:.1f}")
        per_min.append(statistics.median(cpu))
        print(f"| {bpm} | " + " | ".join(cells) + f" | {per_min[-1]:.2f} s |")
    print(
        f"\nmean F {statistics.mean(all_f):.3f}, min {min(all_f):.3f}; "
        f"median CPU {statistics.median(per_min):.2f} s per minute of audio"
    )
    with tempfile.TemporaryDirectory() as tmp:
        x, _ = track(120, seconds, seed=1)
        wav = write_wav(Path(tmp) / "t.wav", x)
        c0, w0 = time.process_time(), time.perf_counter()
        B.analyse_file(wav)
        print(
            f"analyse_file (WAV, decode included): {(time.process_time() - c0) * 60 / seconds:.2f} s CPU, "
            f"{(time.perf_counter() - w0) * 60 / seconds:.2f} s wall per minute"
        )


def _decoded(path: Path) -> np.ndarray:
    import av

    with av.open(str(path)) as c:
        return np.concatenate([f.to_ndarray().T for f in c.decode(audio=0)]).astype(np.float32)


def _photos(tmp: Path, n: int) -> dict[str, Path]:
    from PIL import Image

    out = {}
    for i in range(n):
        p = tmp / f"p{i}.png"
        colour = [
            (220, 40, 40),
            (40, 40, 220),
            (40, 200, 40),
            (230, 230, 40),
            (240, 240, 240),
            (150, 40, 150),
        ][i % 6]
        Image.new("RGB", (160, 90), colour).save(p)
        out[f"med_{i:016x}"] = p
    return out


def _draft(ids: list[str], seg_ms: int, volume: float = dr.DEFAULT_MUSIC_VOLUME) -> dict:
    d = dr.slideshow(ids, seg_ms=seg_ms)
    dr.track(d, dr.TT_AUDIO)["sg"].append(dr.audio_segment("med_00000000000000a1", volume=volume))  # type: ignore[index]
    dr.relayout(d)
    d["m"].update(width=320, height=180, fps=30)
    return d


def loudness_table(seconds: float) -> None:
    print("\n## Loudness of rendered outputs (12 s, decoded AAC)\n")
    print("| source | volume | output LUFS | output dBTP |")
    print("|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        files = _photos(tmp, 4)
        for level in (-30.0, -20.0, -8.0):
            x, _ = track(124, 14, level_db=level, seed=3)
            files["med_00000000000000a1"] = write_wav(tmp / "s.wav", x)
            for vol in (1.0, 0.4):
                d = _draft(list(files)[:4], 3000, vol)
                out = render_draft(d, resolve=files.__getitem__, out_path=tmp / "v.mp4").path
                a = _decoded(out)
                print(
                    f"| {level:.0f} LUFS | {vol:.0%} | {L.integrated_loudness(a):.2f} | {L.true_peak(a):.2f} |"
                )
        x, _ = track(124, seconds, level_db=-30, seed=3)
        c0 = time.process_time()
        L.integrated_loudness(x)
        meter = (time.process_time() - c0) * 60 / seconds
        c0 = time.process_time()
        L.true_peak(x)
        peak = (time.process_time() - c0) * 60 / seconds
        c0 = time.process_time()
        L.normalise(x)
        norm = (time.process_time() - c0) * 60 / seconds
        print(
            f"\nCPU per minute of stereo 48 kHz: meter {meter:.2f} s, true peak {peak:.2f} s, "
            f"normalise (with limiting, up to 3 passes) {norm:.2f} s"
        )


def cuts_table() -> None:
    print("\n## Cuts on the beat (128 BPM, swing 0.5, drift 2 %, every 2 beats, 30 fps)\n")
    import av

    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        files = _photos(tmp, 6)
        x, truth = track(128, 20, swing=0.5, drift=0.02, seed=11)
        files["med_00000000000000a1"] = write_wav(tmp / "s.wav", x)
        found = B.analyse_file(files["med_00000000000000a1"])
        d = _draft(list(files)[:6], 1000)
        beats = bs.video_beats(d, found.beats_ms, found.bpm, 20_000)
        bs.sync(d, beats, 2)
        out = render_draft(d, resolve=files.__getitem__, out_path=tmp / "v.mp4").path
        with av.open(str(out)) as c:
            s = c.streams.video[0]
            fps = float(s.average_rate)
            means = np.array(
                [f.to_ndarray(format="rgb24").reshape(-1, 3).mean(0) for f in c.decode(s)]
            )
        cuts = (np.flatnonzero(np.abs(np.diff(means, axis=0)).sum(1) > 40) + 1) / fps
        errs = [1000 * (c - truth[np.argmin(np.abs(truth - c))]) for c in cuts]
        print(
            f"tempo found {found.bpm:.1f} BPM; {len(cuts)} cuts; error vs true beats (ms): "
            + ", ".join(f"{e:+.0f}" for e in errs)
            + f"; max |error| {max(abs(e) for e in errs):.0f} ms (one frame = {1000 / fps:.0f} ms)"
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--quick", action="store_true", help="four tempi only")
    args = ap.parse_args()
    tempi = [90, 120, 128, 140] if args.quick else [75, 90, 100, 120, 128, 140, 165]
    beats_table(args.seconds, tempi)
    loudness_table(args.seconds)
    cuts_table()


if __name__ == "__main__":
    main()
