"""MP4 output with PyAV: H.264 High yuv420p BT.709 limited range, CFR, closed GOP, AAC-LC 48 kHz,
``+faststart`` (moov before mdat). Audio is written in step with video, so the file interleaves.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import numpy as np

from .color import Frame
from .plan import OutputFormat
from .sources import AUDIO_RATE

AUDIO_FRAME = 1024
BT709 = 1  # AVCOL_PRI_BT709 / AVCOL_TRC_BT709 / AVCOL_SPC_BT709
RANGE_MPEG = 1  # limited ("tv") range
# Above 1440p x264's own buffers dominate a render's memory (at 4K with its defaults on
# 2 cores, 3 frame threads and a 10-frame lookahead: about 740 MB). Two frame threads, a
# 5-frame lookahead and no extra threading buffer keep it near 500 MB (measured in
# benchmarks/iterate_bench.py --memory; docs/render.md, "Memory at 4K").
BIG_PIXELS = 2560 * 1440
BIG_THREADS = 2
BIG_X264 = ":rc-lookahead=5:sync-lookahead=0"


class Encoder:
    def __init__(
        self,
        path: Path,
        fmt: OutputFormat,
        *,
        preset: str = "veryfast",
        crf: int = 20,
        audio: bool = False,
        faststart: bool = True,
        threads: int = 0,
    ) -> None:
        import av

        self.fmt = fmt
        options = {"movflags": "+faststart"} if faststart else {}
        self.container = av.open(str(path), "w", format="mp4", options=options)
        vs = self.container.add_stream("libx264", rate=fmt.fps)
        vs.width, vs.height, vs.pix_fmt = fmt.width, fmt.height, "yuv420p"
        from fractions import Fraction

        vs.time_base = Fraction(1, fmt.fps)
        cc = vs.codec_context
        # PyAV defaults to slice threads, which makes x264 use sliced threading (slower,
        # worse compression); frame threads are what the ffmpeg CLI uses.
        cc.thread_type = "FRAME"
        big = fmt.width * fmt.height > BIG_PIXELS
        if big and threads == 0:
            threads = BIG_THREADS  # each frame thread holds its own frames: ~60 MB at 4K
        cc.thread_count = threads  # 0: x264 picks (1.5 per core)
        cc.color_range = RANGE_MPEG
        cc.color_primaries = BT709
        cc.color_trc = BT709
        cc.colorspace = BT709
        pixels = fmt.width * fmt.height
        high_fps = fmt.fps > 30
        maxrate = 16_000 if pixels <= 1920 * 1080 and not high_fps else 24_000
        if pixels > 2560 * 1440:
            maxrate = 50_000
        vs.options = {
            "preset": preset,
            "crf": str(crf),
            "profile": "high",
            "g": str(2 * fmt.fps),
            "keyint_min": str(fmt.fps),
            "bf": "2",
            "maxrate": f"{maxrate}k",
            "bufsize": f"{2 * maxrate}k",
            "x264-params": "open-gop=0:force-cfr=1" + (BIG_X264 if big else ""),
        }
        self.video = vs
        self.audio = None
        self._audio_pts = 0
        if audio:
            ast = self.container.add_stream("aac", rate=AUDIO_RATE)
            ast.layout = "stereo"
            ast.bit_rate = 192_000
            self.audio = ast
        self._index = 0
        self._vf: av.VideoFrame | None = None
        self._views: list[np.ndarray] = []

    def write_frame(self, f: Frame) -> None:
        import av

        if self._vf is None:
            # One frame, reused: libx264 copies its input during encode(), and page-faulting
            # a fresh 3 MB buffer per 1080p frame is measurable.
            self._vf = av.VideoFrame(f.w, f.h, "yuv420p")
            self._vf.color_range = RANGE_MPEG
            self._vf.colorspace = BT709
            self._views = [
                np.frombuffer(memoryview(p), np.uint8).reshape(-1, p.line_size)
                for p in self._vf.planes
            ]
        vf = self._vf
        for dst, src in zip(self._views, f.planes(), strict=True):
            h, w = src.shape
            dst[:h, :w] = src
        vf.pts = self._index
        self._index += 1
        for packet in self.video.encode(vf):
            self.container.mux(packet)

    def write_audio(self, samples: np.ndarray) -> None:
        """Stereo float32 (n×2); sent in AAC-sized frames with exact sample pts."""
        import av

        if self.audio is None or not len(samples):
            return
        planar = np.ascontiguousarray(samples.T.astype(np.float32))
        for i in range(0, planar.shape[1], AUDIO_FRAME):
            chunk = np.ascontiguousarray(planar[:, i : i + AUDIO_FRAME])
            af = av.AudioFrame.from_ndarray(chunk, format="fltp", layout="stereo")
            af.sample_rate = AUDIO_RATE
            af.pts = self._audio_pts
            self._audio_pts += chunk.shape[1]
            for packet in self.audio.encode(af):
                self.container.mux(packet)

    def finish(self) -> None:
        for packet in self.video.encode(None):
            self.container.mux(packet)
        if self.audio is not None:
            for packet in self.audio.encode(None):
                self.container.mux(packet)
        self.container.close()

    def abort(self) -> None:
        with contextlib.suppress(Exception):
            self.container.close()
