"""Upload benchmark (run by hand, not in CI): a 200 MB file to a loopback fake server.

Measures the client's peak memory above idle while ``NemoClient.upload_files`` streams the
file, and its throughput against ``curl -F files=@FILE`` to the same server.

    python benchmarks/upload_bench.py [--mb 200] [--runs 3]

Goals (issue 2): peak < 60 MB over idle; throughput >= 0.8 x curl.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import asyncio, json, os, resource, sys, time
from pathlib import Path

def rss_kb(field):
    for line in open("/proc/self/status"):
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0

from nemochat.api import NemoClient

async def main():
    path = Path(sys.argv[1])
    client = NemoClient(base_url=os.environ["NEMO_API_URL"], web_url="http://127.0.0.1:9")
    session = await client.create_session("en")
    await client.credits()
    idle = rss_kb("VmRSS")
    try:
        with open("/proc/self/clear_refs", "w") as fh:  # reset VmHWM to the current RSS
            fh.write("5")
    except OSError:
        pass
    r0 = resource.getrusage(resource.RUSAGE_SELF)
    t0 = time.perf_counter()
    files = await client.upload_files(session.session_id, [path])
    elapsed = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    peak = rss_kb("VmHWM")
    await client.aclose()
    print(json.dumps({"idle_kb": idle, "peak_kb": peak, "seconds": elapsed, "cpu": cpu,
                      "session": session.session_id, "files": len(files)}))

asyncio.run(main())
"""


def make_file(folder: Path, mb: int) -> Path:
    path = folder / "bench.mp4"
    block = os.urandom(1024 * 1024)
    with open(path, "wb") as fh:
        fh.write(b"\x00\x00\x00\x18ftypisom" + block[12:])
        for _ in range(mb - 1):
            fh.write(block)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if shutil.which("curl") is None:
        sys.exit("curl is needed for the comparison")

    work = Path(tempfile.mkdtemp(prefix="nemochat-bench-"))
    home = work / "home"
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "fakeserver.py")],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        url = server.stdout.readline().strip() if server.stdout else ""
        path = make_file(work, args.mb)
        size = path.stat().st_size
        env = {**os.environ, "NEMO_API_URL": url, "NEMOCHAT_HOME": str(home)}
        env.pop("NEMO_TOKEN", None)

        # alternate client and curl runs so background load affects both alike
        client_runs: list[dict] = []
        curl_runs: list[float] = []
        token = ""
        for _ in range(args.runs):
            out = subprocess.run(
                [sys.executable, "-c", CHILD, str(path)],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            run = json.loads(out.stdout.strip().splitlines()[-1])
            if run["files"] != 1:
                sys.exit("the server did not accept the upload")
            client_runs.append(run)
            session = run["session"]
            token = token or json.loads((home / "anonymous_token.json").read_text())[url]["token"]
            t0 = time.perf_counter()
            subprocess.run(
                [
                    "curl",
                    "-sS",
                    "-f",
                    "-o",
                    "/dev/null",
                    "-H",
                    f"Authorization: Bearer {token}",
                    "-F",
                    f"files=@{path}",
                    f"{url}/api/upload-video/nemo_agent/me/{session}",
                ],
                check=True,
            )
            curl_runs.append(time.perf_counter() - t0)

        c_best = min(r["seconds"] for r in client_runs)
        c_med = statistics.median(r["seconds"] for r in client_runs)
        k_best, k_med = min(curl_runs), statistics.median(curl_runs)
        over = max(r["peak_kb"] - r["idle_kb"] for r in client_runs) / 1024
        mb = size / 1e6
        print(f"file: {mb:.0f} MB, runs: {args.runs}, cpus: {os.cpu_count()}")
        print(
            f"client idle RSS: {client_runs[0]['idle_kb'] / 1024:.1f} MiB; "
            f"peak over idle: {over:.1f} MiB (goal < 60)"
        )
        print(f"client: best {c_best:.2f} s ({mb / c_best:.0f} MB/s), median {c_med:.2f} s")
        print(
            f"client CPU time per upload (median): {statistics.median(r['cpu'] for r in client_runs):.2f} s"
        )
        print(f"curl:   best {k_best:.2f} s ({mb / k_best:.0f} MB/s), median {k_med:.2f} s")
        print(
            f"throughput ratio client/curl: median {k_med / c_med:.2f}, best {k_best / c_best:.2f}"
            " (goal >= 0.8)"
        )
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
