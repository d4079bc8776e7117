"""Transition cost, run by hand: ``python benchmarks/transition_bench.py [--against REV]``.

CPU time per 1080p transition frame of ``transitions.compose`` alone (the two pictures are
given), best of ``--runs`` passes over a 0.5 s transition at 30 fps. With ``--against``,
the ``transitions.py`` of that git revision is timed in the same run, interleaved, for a
before/after table (kinds the old code did not have show as "-").
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nemochat.engine import draft as dr  # noqa: E402
from nemochat.engine.render import transitions as new  # noqa: E402
from nemochat.engine.render.color import Frame, rgb_to_frame  # noqa: E402


def _git_show(rev: str, path: str) -> str:
    return subprocess.run(
        ["git", "show", f"{rev}:{path}"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout


def _old(rev: str) -> tuple[ModuleType, frozenset[str]]:
    src = _git_show(rev, "nemochat/engine/render/transitions.py")
    kinds = _git_show(rev, "nemochat/engine/draft.py")
    path = Path(tempfile.mkdtemp()) / "old_transitions.py"
    path.write_text(src)
    spec = importlib.util.spec_from_file_location("nemochat.engine.render._old_tr", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    had = frozenset(k for k in dr.TRANSITIONS if f'"{k}"' in kinds)
    return mod, had


def _picture(seed: int, w: int, h: int) -> Frame:
    import cv2

    rng = np.random.default_rng(seed)
    small = rng.integers(0, 255, (h // 16, w // 16, 3), dtype=np.uint8)
    return rgb_to_frame(cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC))


def _time(compose, kind: str, a: Frame, b: Frame, out: Frame, n: int, runs: int, dp: bool):  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(runs):
        c0 = time.process_time()
        for i in range(n):
            p = (i + 0.5) / n
            if dp:
                compose(kind, p, a, b, out, dp=1 / n)
            else:
                compose(kind, p, a, b, out)
        best = min(best, time.process_time() - c0)
    return best / n * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--against", help="a git revision to compare with")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--size", default="1920x1080")
    args = ap.parse_args()
    w, h = (int(v) for v in args.size.split("x"))
    a, b, out = _picture(1, w, h), _picture(2, w, h), Frame(w, h)
    old = _old(args.against) if args.against else None
    n = 15
    print(f"| transition | {'before ms | ' if old else ''}after ms | after frames/s |")
    print(f"|---|{'---|' if old else ''}---|---|")
    for kind in sorted(set(dr.TRANSITIONS) - {"cut"}):
        cells = []
        if old:
            mod, had = old
            cells.append(
                f"{_time(mod.compose, kind, a, b, out, n, args.runs, False):.1f}"
                if kind in had
                else "-"
            )
        ms = _time(new.compose, kind, a, b, out, n, args.runs, True)
        cells += [f"{ms:.1f}", f"{1000 / ms:.0f}"]
        print(f"| `{kind}` | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
