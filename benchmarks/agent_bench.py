"""How fast the local agent answers: respond() over the labelled corpus (run by hand).

    python benchmarks/agent_bench.py [rounds]

Prints the median and worst time per request and the total. The agent runs in the engine's
worker thread for every chat turn, so it should stay far below the stream's first-event time.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from agent_corpus import CASES  # noqa: E402
from agent_heldout import HELD_OUT, HELD_OUT_2  # noqa: E402
from agent_heldout3 import HELD_OUT_3  # noqa: E402
from agent_setups import History, setup  # noqa: E402

from nemochat.engine.agent import respond  # noqa: E402


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    prepared = [(c.text, *setup(c.setup)) for c in CASES + HELD_OUT + HELD_OUT_2 + HELD_OUT_3]
    times: list[float] = []
    worst = ("", 0.0)
    start = time.perf_counter()
    for _ in range(rounds):
        for text, draft, media in prepared:
            t0 = time.perf_counter()
            respond(text, draft=draft, media=media, language="en", history=History())
            dt = time.perf_counter() - t0
            times.append(dt)
            if dt > worst[1]:
                worst = (text, dt)
    total = time.perf_counter() - start
    print(f"{len(times)} turns in {total:.2f} s")
    print(
        f"median {statistics.median(times) * 1000:.2f} ms, "
        f"p95 {sorted(times)[int(len(times) * 0.95)] * 1000:.2f} ms, "
        f"worst {worst[1] * 1000:.2f} ms ({worst[0]!r})"
    )


if __name__ == "__main__":
    main()
