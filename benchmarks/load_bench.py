"""Load on the local engine over loopback: many sessions uploading, chatting, polling, rendering.

Full form, by hand (not in CI)::

    python benchmarks/load_bench.py                 # 20 sessions for 60 s, engine in a subprocess
    python benchmarks/load_bench.py --sessions 5 --seconds 10

The engine runs as ``nemochat serve`` in its own process with its own home folder, so its
memory (VmRSS / VmHWM from /proc) is measured alone. Every session uses the real
``NemoClient`` (its own client id, so its own anonymous user) and loops: upload a new photo,
send a chat turn, read the state, read the credits. Each session also queues renders, more
than the engine renders at once. At the end every upload must be in its session's state,
and every render must have completed or failed with a reason.

``tests/test_load.py`` runs the same workload in a short form.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TURNS = [
    "make a video",
    "add a title 'Load test'",
    "make it 4 seconds",
    "use a fade between photos",
    "make it vertical",
    "undo",
    "add a caption 'hello' at the bottom",
    "make it 6 seconds",
]


@dataclass
class Report:
    sessions: int
    seconds: float
    ops: dict[str, list[float]] = field(default_factory=dict)  # op → latencies (s)
    errors: list[str] = field(default_factory=list)
    uploads_sent: int = 0
    uploads_found: int = 0
    renders: dict[str, str] = field(default_factory=dict)  # id → final status
    render_reasons: dict[str, str] = field(default_factory=dict)  # id → error, when failed
    render_seconds: list[float] = field(default_factory=list)
    rss_samples: list[int] = field(default_factory=list)  # engine RSS in KiB, when known

    def add(self, op: str, seconds: float) -> None:
        self.ops.setdefault(op, []).append(seconds)

    def summary(self) -> dict[str, Any]:
        def stats(xs: list[float]) -> dict[str, float]:
            xs = sorted(xs)
            return {
                "n": len(xs),
                "p50_ms": round(1000 * statistics.median(xs), 1),
                "p95_ms": round(1000 * xs[int(0.95 * (len(xs) - 1))], 1),
                "max_ms": round(1000 * xs[-1], 1),
            }

        total = sum(len(v) for v in self.ops.values())
        out: dict[str, Any] = {
            "sessions": self.sessions,
            "seconds": round(self.seconds, 1),
            "requests": total,
            "requests_per_s": round(total / self.seconds, 1) if self.seconds else 0,
            "errors": len(self.errors),
            "uploads_sent": self.uploads_sent,
            "uploads_found": self.uploads_found,
            "renders": len(self.renders),
            "renders_completed": sum(1 for s in self.renders.values() if s == "completed"),
            "renders_failed": sum(1 for s in self.renders.values() if s == "failed"),
            "ops": {k: stats(v) for k, v in sorted(self.ops.items()) if v},
        }
        if self.render_seconds:
            out["render_total_s"] = stats(self.render_seconds)
        if self.rss_samples:
            out["engine_rss_mib"] = {
                "start": round(self.rss_samples[0] / 1024, 1),
                "peak": round(max(self.rss_samples) / 1024, 1),
                "end": round(self.rss_samples[-1] / 1024, 1),
            }
        return out


def photo(seed: int, size: tuple[int, int] = (160, 120)) -> bytes:
    """A small JPEG, different for every seed (so the engine cannot de-duplicate it)."""
    from PIL import Image

    rnd = random.Random(seed)
    img = Image.new("RGB", size, (rnd.randrange(256), rnd.randrange(256), rnd.randrange(256)))
    img.putpixel((rnd.randrange(size[0]), rnd.randrange(size[1])), (seed % 256, 7, 9))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=80)
    return buf.getvalue()


def small_draft(media_ids: list[str], seg_ms: int = 500) -> dict[str, Any]:
    """A short 720p draft (docs/draft.md) so renders are quick but real."""
    from nemochat.engine import draft as dr

    return dr.slideshow(
        media_ids, seg_ms=seg_ms, resolution="720p", fps=24, fit="pad", title="Load"
    )


async def _timed(report: Report, op: str, coro: Any) -> Any:
    start = time.perf_counter()
    try:
        return await coro
    finally:
        report.add(op, time.perf_counter() - start)


async def session_worker(
    index: int,
    url: str,
    home: Path,
    report: Report,
    stop_at: float,
    renders: int,
    workdir: Path,
) -> None:
    """One user: loops upload → chat → state → credits until ``stop_at``, then renders."""
    from nemochat.api import NemoClient, NemoError

    client_home = home / f"client-{index}"
    client_home.mkdir(parents=True, exist_ok=True)
    client = NemoClient(
        base_url=url, home=client_home, poll_interval=(0.05, 0.5), render_timeout=600
    )
    loop = asyncio.get_running_loop()
    uploaded: list[str] = []
    try:
        session = await _timed(report, "session", client.create_session("en"))
        sid = session.session_id
        step = 0
        while loop.time() < stop_at or step == 0:
            path = workdir / f"s{index}-{step}.jpg"
            path.write_bytes(photo(index * 100_000 + step))
            files = await _timed(report, "upload", client.upload_files(sid, [path]))
            report.uploads_sent += 1
            uploaded.extend(f.raw.get("id", "") for f in files)

            async def turn(text: str) -> None:
                async for _ in client.chat(sid, text):
                    pass

            await _timed(report, "chat_turn", turn(TURNS[step % len(TURNS)]))
            await _timed(report, "state", client.state(sid))
            await _timed(report, "credits", client.credits())
            step += 1
        state = await _timed(report, "state", client.state(sid))
        found = [v for v in state.get("video_infos", []) if isinstance(v, dict)]
        report.uploads_found += len({v.get("id") for v in found} & set(uploaded))
        if len(found) < len(uploaded):
            report.errors.append(f"session {index}: {len(uploaded)} uploads, {len(found)} in state")
        # renders: all queued at once, beyond the engine's concurrency
        ids = [m for m in uploaded if m][:2]
        started: dict[str, float] = {}
        for _ in range(renders):
            status = await _timed(
                report, "render_create", client.create_render(sid, small_draft(ids))
            )
            started[status.id] = time.perf_counter()
            report.renders[status.id] = status.status
        pending = set(started)
        while pending:
            await asyncio.sleep(0.1)
            for rid in list(pending):
                st = await _timed(report, "render_poll", client.poll_render(rid))
                if st.status in ("completed", "failed", "cancelled"):
                    pending.discard(rid)
                    report.renders[rid] = st.status
                    report.render_seconds.append(time.perf_counter() - started[rid])
                    if st.status != "completed":
                        report.render_reasons[rid] = st.error or ""
    except NemoError as exc:
        report.errors.append(f"session {index}: {type(exc).__name__}: {exc}")
    finally:
        await client.aclose()


def rss_kib(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


async def run_load(
    url: str,
    *,
    sessions: int,
    seconds: float,
    renders: int,
    home: Path,
    engine_pid: int | None = None,
    sample: Callable[[], int | None] | None = None,
) -> Report:
    """Run the workload against ``url``; ``sample`` (or ``engine_pid``) gives the engine's RSS."""
    report = Report(sessions, 0.0)
    measure = sample or ((lambda: rss_kib(engine_pid)) if engine_pid else None)
    workdir = home / "photos"
    workdir.mkdir(parents=True, exist_ok=True)
    loop = asyncio.get_running_loop()
    start = loop.time()
    stop_at = start + seconds

    async def sampler() -> None:
        while measure is not None:
            value = measure()
            if value:
                report.rss_samples.append(value)
            await asyncio.sleep(0.5)

    sampling = asyncio.ensure_future(sampler())
    try:
        await asyncio.gather(
            *(
                session_worker(i, url, home, report, stop_at, renders, workdir)
                for i in range(sessions)
            )
        )
    finally:
        sampling.cancel()
        if measure is not None and (value := measure()):
            report.rss_samples.append(value)
    report.seconds = loop.time() - start
    return report


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:  # pragma: no cover - by hand
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--renders", type=int, default=2, help="renders queued per session")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        port = _free_port()
        env = dict(os.environ, NEMOCHAT_HOME=str(home / "engine-home"))
        engine = subprocess.Popen(
            [sys.executable, "-m", "nemochat", "serve", "--port", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                with socket.socket() as probe:
                    if probe.connect_ex(("127.0.0.1", port)) == 0:
                        break
                time.sleep(0.1)
            os.environ["NEMOCHAT_HOME"] = str(home / "clients")
            report = asyncio.run(
                run_load(
                    f"http://127.0.0.1:{port}",
                    sessions=args.sessions,
                    seconds=args.seconds,
                    renders=args.renders,
                    home=home / "clients",
                    engine_pid=engine.pid,
                )
            )
            hwm = None
            for line in Path(f"/proc/{engine.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    hwm = int(line.split()[1])
        finally:
            engine.send_signal(2)
            try:
                engine.wait(timeout=20)
            except subprocess.TimeoutExpired:
                engine.kill()
    out = report.summary()
    if hwm:
        out["engine_vmhwm_mib"] = round(hwm / 1024, 1)
    out["errors_detail"] = report.errors[:10]
    out["failed_reasons"] = sorted(set(report.render_reasons.values()))[:5]
    out["cpus"] = os.cpu_count()
    print(json.dumps(out, indent=2))


if __name__ == "__main__":  # pragma: no cover
    main()
