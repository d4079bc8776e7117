"""Start-up time: `nemochat` to its prompt, and `nemochat --version`, against the baseline
of importing the client's libraries (goal: at most 1.2x the baseline).

Run by hand:  python benchmarks/startup_bench.py [--runs 15]

Every run is a fresh process. The chat is started in a pseudo-terminal (pexpect) with the
cloud backend pointed at 127.0.0.1 (nothing is contacted before the first input) and,
separately, with the local engine (started in the background). Reports medians.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BASELINE = "import prompt_toolkit, rich, httpx, httpx_sse, yaml"


def _env(home: str, backend: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        NEMOCHAT_HOME=home,
        NEMOCHAT_BACKEND=backend,
        NEMO_API_URL="http://127.0.0.1:9",  # never contacted before the first input
        PROMPT_TOOLKIT_NO_CPR="1",
        NO_COLOR="1",
        TERM="xterm",
        LANG="C.UTF-8",
    )
    if backend == "local":
        env.pop("NEMO_API_URL")
    return env


def time_cmd(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def time_prompt(env: dict[str, str]) -> float:
    import pexpect

    start = time.perf_counter()
    child = pexpect.spawn(
        sys.executable, ["-m", "nemochat"], env=env, encoding="utf-8", dimensions=(30, 100)
    )
    child.expect("nemo>", timeout=30)
    took = time.perf_counter() - start
    child.sendcontrol("d")
    child.expect(pexpect.EOF, timeout=30)
    child.close()
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = _env(home, "cloud")
        rows: dict[str, list[float]] = {
            "baseline imports": [],
            "nemochat --version": [],
            "chat prompt (cloud)": [],
            "chat prompt (local)": [],
        }
        # warm the file cache once
        time_cmd([sys.executable, "-c", BASELINE], env)
        time_prompt(env)
        for _ in range(args.runs):
            rows["baseline imports"].append(time_cmd([sys.executable, "-c", BASELINE], env))
            rows["nemochat --version"].append(
                time_cmd([sys.executable, "-m", "nemochat", "--version"], env)
            )
            rows["chat prompt (cloud)"].append(time_prompt(env))
            rows["chat prompt (local)"].append(time_prompt(_env(home, "local")))
    base = statistics.median(rows["baseline imports"])
    print(f"{'':24} {'median':>9} {'min':>9} {'ratio':>7}   (runs: {args.runs})")
    for name, values in rows.items():
        med = statistics.median(values)
        print(f"{name:24} {med * 1000:7.0f}ms {min(values) * 1000:7.0f}ms {med / base:6.2f}x")


if __name__ == "__main__":
    main()
