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

Hostile cases (issue 14, item 6 and 7): while one kind of abuse runs, a separate user keeps
asking for a token and its credits; the report gives p50 / p99 / max of those small
requests (goal: p99 < 200 ms). The engine runs with 1024 file descriptors, as in the issue::

    python benchmarks/load_bench.py --case slow-probe   # 8 users × uploads of 20 slow PNGs
    python benchmarks/load_bench.py --case slowloris    # 1100 idle + 200 half-sent sockets
    python benchmarks/load_bench.py --case big-draft    # 10 users: 2 MB drafts (the limit), 10 polls each
    python benchmarks/load_bench.py --case hostile      # the three above, one after another
    python benchmarks/load_bench.py --case hostile --engine-path /old/checkout  # compare
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import multiprocessing
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
    peaks: dict[str, int] = field(default_factory=dict)  # hostile cases: the most at once

    def add(self, op: str, seconds: float) -> None:
        self.ops.setdefault(op, []).append(seconds)

    def summary(self) -> dict[str, Any]:
        def stats(xs: list[float]) -> dict[str, float]:
            xs = sorted(xs)
            return {
                "n": len(xs),
                "p50_ms": round(1000 * statistics.median(xs), 1),
                "p95_ms": round(1000 * xs[int(0.95 * (len(xs) - 1))], 1),
                "p99_ms": round(1000 * xs[int(0.99 * (len(xs) - 1))], 1),
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


# ── hostile cases: small requests while something slow or abusive runs ───────────
SLOW_FILES: list[bytes] = []  # made before a case starts (8 s of work that is not measured)


def slow_png(seed: int) -> bytes:
    """A 79 KB PNG of 8000×8000 grey (64 Mpx, under the pixel limit): ~0.2 s to probe."""
    from PIL import Image

    img = Image.new("L", (8000, 8000), seed % 256)
    img.putpixel((seed % 8000, 0), 255 - seed % 256)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


async def _login(client: Any, client_id: str) -> dict[str, str]:
    r = await client.post("/api/auth/anonymous-token", headers={"X-Client-Id": client_id})
    r.raise_for_status()
    return {"Authorization": f"Bearer {r.json()['data']['token']}"}


def small_requests_process(url: str, stop: Any, out: Any) -> None:
    """:func:`small_requests` in a process of its own: the abusers' client work (ten users
    pushing 2 MB bodies) then shares no interpreter lock with the user being measured, as
    it would not on a real server. The timings go back through ``out`` at the end."""
    report = Report(1, 0.0)
    small_requests(url, stop, report)
    out.put((report.ops, report.errors))


def small_requests(url: str, stop: Any, report: Report) -> None:
    """A user who only asks for a token and its credits, every 50 ms, timing each, with a
    blocking client (run in a process of its own by :func:`run_case`)."""
    import httpx

    with httpx.Client(base_url=url, timeout=120, trust_env=False) as client:

        def login() -> Any:
            r = client.post("/api/auth/anonymous-token", headers={"X-Client-Id": "small-requests"})
            r.raise_for_status()
            return {"Authorization": f"Bearer {r.json()['data']['token']}"}

        auth = login()
        while not stop.is_set():
            for op, call in (
                ("token", login),
                ("credits", lambda: client.get("/api/credits/balance/simple", headers=auth)),
            ):
                start = time.perf_counter()
                try:
                    result = call()
                    if op == "credits" and result.status_code != 200:
                        report.errors.append(f"credits: HTTP {result.status_code}")
                except Exception as exc:  # a refused or dropped request is what we measure
                    report.errors.append(f"{op}: {type(exc).__name__}")
                report.add(op, time.perf_counter() - start)
            time.sleep(0.05)


async def case_slow_probe(url: str, stop: asyncio.Event, report: Report) -> None:
    """8 users, each uploading 20 slow-to-probe PNGs per request, again and again (the same
    content each time: it is probed before it is found to be a duplicate)."""
    import httpx

    files = SLOW_FILES or [slow_png(i) for i in range(20)]

    async def user(n: int) -> None:
        async with httpx.AsyncClient(base_url=url, timeout=600, trust_env=False) as client:
            auth = await _login(client, f"prober-{n}")
            r = await client.post(
                "/api/tasks/me/with-session/nemo_agent", json={"task_name": "p"}, headers=auth
            )
            sid = r.json()["data"]["session_id"]
            rnd = 0
            while not stop.is_set():
                parts = [
                    ("files", (f"slow{n}-{rnd}-{i}.png", f, "image/png"))
                    for i, f in enumerate(files)
                ]
                start = time.perf_counter()
                r = await client.post(
                    f"/api/upload-video/nemo_agent/me/{sid}", files=parts, headers=auth
                )
                report.add("slow_upload", time.perf_counter() - start)
                rnd += 1

    await asyncio.gather(*(user(n) for n in range(8)))


def _flood(host: str, port: int, stop: Any, opened: Any, closed: Any) -> None:
    """Keep 1300 sockets open against the engine (every sixth sends half a request), opening
    a new one for each the engine closes. Runs in a process of its own."""
    import select

    held: dict[int, socket.socket] = {}
    poller = select.poll()  # select() stops at descriptor 1024
    try:
        while not stop.is_set():
            while len(held) < 1300 and not stop.is_set():
                try:
                    s = socket.create_connection((host, port), timeout=2)
                except OSError:
                    break
                if len(held) % 6 == 0:
                    s.sendall(b"POST /api/auth/anonymous-token HTTP/1.1\r\nHost: 127.0.0.1\r\n")
                s.setblocking(False)
                held[s.fileno()] = s
                poller.register(s, select.POLLIN)
            opened.value = max(opened.value, len(held))
            for fd, _ in poller.poll(500):
                held.pop(fd).close()
                poller.unregister(fd)
                closed.value += 1
    finally:
        for s in held.values():
            s.close()


async def case_slowloris(url: str, stop: asyncio.Event, report: Report) -> None:
    """1100 idle sockets and 200 that send half a request, reopened as the engine closes
    them (more sockets than the engine has file descriptors), from another process."""
    import multiprocessing

    host, port = url.removeprefix("http://").split(":")
    ctx = multiprocessing.get_context("fork")
    halt, opened, closed = ctx.Event(), ctx.Value("i", 0), ctx.Value("i", 0)
    proc = ctx.Process(target=_flood, args=(host, int(port), halt, opened, closed), daemon=True)
    proc.start()
    await stop.wait()
    halt.set()
    await asyncio.get_running_loop().run_in_executor(None, proc.join, 30)
    report.peaks["slowloris_sockets_open"] = opened.value
    report.peaks["slowloris_closed_by_engine"] = closed.value


def big_draft(media_id: str, size: int = 2_000_000) -> dict[str, Any]:
    draft = small_draft([media_id])
    draft["pad"] = "x" * size  # unknown keys are kept: a big draft the validator accepts
    return draft


async def case_big_draft(url: str, stop: asyncio.Event, report: Report) -> None:
    """10 users, each creating renders of a 2 MB draft (the limit) and polling each 10 times at once."""
    import httpx

    async def user(n: int) -> None:
        async with httpx.AsyncClient(base_url=url, timeout=600, trust_env=False) as client:
            auth = await _login(client, f"drafter-{n}")
            r = await client.post(
                "/api/tasks/me/with-session/nemo_agent", json={"task_name": "d"}, headers=auth
            )
            sid = r.json()["data"]["session_id"]
            parts = [("files", (f"d{n}.jpg", photo(900_000 + n), "image/jpeg"))]
            r = await client.post(
                f"/api/upload-video/nemo_agent/me/{sid}", files=parts, headers=auth
            )
            media = r.json()["data"]["files"][0]["id"]
            body = json.dumps(
                {"sessionId": sid, "draft": big_draft(media), "output": {"resolution": "720p"}}
            )
            rnd = 0
            while not stop.is_set():
                rid = f"render_big_{n}_{rnd}"
                payload = body.replace('"sessionId"', f'"id": "{rid}", "sessionId"', 1)
                start = time.perf_counter()
                r = await client.post(
                    "/api/render/proxy/lambda",
                    content=payload,
                    headers={**auth, "Content-Type": "application/json"},
                )
                report.add("big_render_create", time.perf_counter() - start)
                polls = [
                    client.get(f"/api/render/proxy/lambda/{rid}", headers=auth) for _ in range(10)
                ]
                start = time.perf_counter()
                await asyncio.gather(*polls)
                report.add("big_render_10_polls", time.perf_counter() - start)
                await client.post(f"/api/render/proxy/lambda/{rid}/cancel", headers=auth)
                rnd += 1

    await asyncio.gather(*(user(n) for n in range(10)))


CASES = {"slow-probe": case_slow_probe, "slowloris": case_slowloris, "big-draft": case_big_draft}


async def run_case(url: str, case: str, seconds: float) -> Report:
    report = Report(1, 0.0)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    if case == "slow-probe" and not SLOW_FILES:
        SLOW_FILES.extend(slow_png(i) for i in range(20))
    start = loop.time()
    abuse = asyncio.ensure_future(CASES[case](url, stop, report))
    await asyncio.sleep(1.0)  # let the abuse start
    spawn = multiprocessing.get_context("spawn")
    small_stop, results = spawn.Event(), spawn.Queue()
    small = spawn.Process(target=small_requests_process, args=(url, small_stop, results))
    small.start()
    await asyncio.sleep(seconds)
    small_stop.set()
    stop.set()
    latencies, errors = await loop.run_in_executor(None, results.get, True, 300)
    await loop.run_in_executor(None, small.join)
    for op, values in latencies.items():
        report.ops.setdefault(op, []).extend(values)
    report.errors.extend(errors)
    try:
        await asyncio.wait_for(abuse, 120)
    except (TimeoutError, Exception) as exc:  # a refused abuser is not the measure
        report.errors.append(f"{case}: {type(exc).__name__}")
    report.seconds = loop.time() - start
    return report


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start_engine(home: Path, port: int, engine_path: str | None, fds: int | None) -> Any:
    env = dict(os.environ, NEMOCHAT_HOME=str(home / "engine-home"))
    if engine_path:
        env["PYTHONPATH"] = engine_path

    def limit_fds() -> None:
        if fds:
            import resource

            resource.setrlimit(resource.RLIMIT_NOFILE, (fds, fds))

    engine = subprocess.Popen(
        [sys.executable, "-m", "nemochat", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=limit_fds,
        cwd=engine_path or None,  # python -m puts the working folder first on sys.path
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.1)
    return engine


def _vmhwm(pid: int) -> int | None:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return None


def _stop(engine: Any) -> None:
    engine.send_signal(2)
    try:
        engine.wait(timeout=20)
    except subprocess.TimeoutExpired:
        engine.kill()


def main() -> None:  # pragma: no cover - by hand
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--renders", type=int, default=2, help="renders queued per session")
    parser.add_argument(
        "--case", choices=["load", *CASES, "hostile"], default="load", help="what to run"
    )
    parser.add_argument("--engine-path", help="PYTHONPATH of the engine (another checkout)")
    args = parser.parse_args()
    if args.case != "load":
        cases = list(CASES) if args.case == "hostile" else [args.case]
        seconds = args.seconds if args.seconds != 60 else 20
        results: dict[str, Any] = {}
        for case in cases:
            with tempfile.TemporaryDirectory() as tmp:
                port = _free_port()
                engine = _start_engine(Path(tmp), port, args.engine_path, fds=1024)
                try:
                    report = asyncio.run(run_case(f"http://127.0.0.1:{port}", case, seconds))
                    hwm = _vmhwm(engine.pid)
                finally:
                    _stop(engine)
            out = report.summary()
            results[case] = {
                "small_requests": {
                    k: v for k, v in out["ops"].items() if k in ("token", "credits")
                },
                "abuse": {k: v for k, v in out["ops"].items() if k not in ("token", "credits")},
                "peaks": report.peaks,
                "errors": len(report.errors),
                "errors_detail": sorted(set(report.errors))[:5],
                "engine_vmhwm_mib": round(hwm / 1024, 1) if hwm else None,
            }
        results["cpus"] = os.cpu_count()
        print(json.dumps(results, indent=2))
        return
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        port = _free_port()
        engine = _start_engine(home, port, args.engine_path, fds=None)
        try:
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
            hwm = _vmhwm(engine.pid)
        finally:
            _stop(engine)
    out = report.summary()
    if hwm:
        out["engine_vmhwm_mib"] = round(hwm / 1024, 1)
    out["errors_detail"] = report.errors[:10]
    out["failed_reasons"] = sorted(set(report.render_reasons.values()))[:5]
    out["cpus"] = os.cpu_count()
    print(json.dumps(out, indent=2))


if __name__ == "__main__":  # pragma: no cover
    main()
