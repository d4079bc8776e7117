"""What is under a text: small pictures of the frames a title is shown over, for legibility.

Before the render starts, each photo (or the clip's frame at the text's start) under a text's
time span is decoded small (JPEG DCT scaling makes that cheap) and drawn in miniature by the
slide's own code: the same subject, layout (``fit: auto``) and Ken Burns move, at the
text's time. So the region under the text box, and where the subject is on screen, are what
the viewer will see. Only the regions under the texts are kept, and the last few pictures.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .errors import RenderCancelled
from .plan import VIDEO_EXT, Plan, TextItem, VisualItem

if TYPE_CHECKING:
    from .motion import KenBurns, SubjectStore

SCALE = 4  # the pictures are measured at 1/4 of the output size
KEEP = 4  # small pictures kept for the next text (a caption over 60 photos keeps 4)


class Backdrops:
    def __init__(
        self, plan: Plan, paths: dict[int, Path], subjects_store: SubjectStore | None = None
    ) -> None:
        self.plan = plan
        self.paths = paths
        self.subjects_store = subjects_store
        self._cache: dict[tuple[int, int], np.ndarray | None] = {}
        self._views: dict[int, KenBurns | None] = {}

    def __call__(self, item: TextItem, box: tuple[int, int, int, int]) -> list[np.ndarray]:
        x0, y0, x1, y1 = (max(0, v // SCALE) for v in box)
        from .errors import checkpoint

        out = []
        for v in self.plan.visuals:
            if v.st < item.st + item.d and item.st < v.end:
                checkpoint()
                pic = self._picture(v, max(0, item.st - v.st))
                if pic is not None:
                    region = pic[y0 : max(y1, y0 + 1), x0 : max(x1, x0 + 1)]
                    if region.size:
                        out.append(region)
        return out

    def prime(self) -> None:
        """Find the subjects of the photos under texts from their miniatures now, before any
        slide is prepared. A photo's subject is found once and shared (process cache and
        store), so this fixes which picture it is found in: the same answer whether texts
        are drawn up front or when their time comes, and whichever frame a render starts at."""
        from .errors import checkpoint

        seen: set[int] = set()
        for item in self.plan.texts:
            for v in self.plan.visuals:
                if v.index not in seen and v.st < item.st + item.d and item.st < v.end:
                    seen.add(v.index)
                    checkpoint()
                    self._view(v)

    def subjects(self, item: TextItem) -> list[tuple[int, int, int, int]]:
        """Where the subjects of the photos under a text are on screen (frame pixels) while
        it shows: the slide's own subject box, moved by its Ken Burns path (the union of its
        places at the start, middle and end of the overlap)."""
        out = []
        for v in self.plan.visuals:
            if not (v.st < item.st + item.d and item.st < v.end) or v.focus == "center":
                continue
            from .errors import checkpoint

            checkpoint()
            view = self._view(v)
            if view is None or not view.canvas.found or view.canvas.box is None:
                continue
            bx0, by0, bx1, by1 = view.canvas.box
            lo, hi = max(item.st, v.st) - v.st, min(item.st + item.d, v.end) - v.st
            w, h = self._size()
            xs, ys = [], []
            for t_ms in (lo, (lo + hi) / 2, hi):
                for x, y in ((bx0, by0), (bx1, by1)):
                    sx, sy = view.to_screen(t_ms / 1000, x, y, w, h)
                    xs.append(sx)
                    ys.append(sy)
            fx0, fy0 = max(0.0, min(xs)) * SCALE, max(0.0, min(ys)) * SCALE
            fx1 = min(float(w), max(xs)) * SCALE
            fy1 = min(float(h), max(ys)) * SCALE
            if fx1 > fx0 and fy1 > fy0:
                out.append((round(fx0), round(fy0), round(fx1), round(fy1)))
        return out

    def _size(self) -> tuple[int, int]:
        fmt = self.plan.fmt
        return max(2, fmt.width // SCALE) & ~1, max(2, fmt.height // SCALE) & ~1

    def _view(self, v: VisualItem) -> KenBurns | None:
        """The slide in miniature: its subject, layout and move (None for clips and GIFs)."""
        if v.index in self._views:
            return self._views[v.index]
        view = None
        path = self.paths[v.index]
        if v.kind != "video" and path.suffix.lower() not in VIDEO_EXT:
            try:
                view = self._build_view(v, path)
            except RenderCancelled:
                raise
            except Exception:  # the render itself reports a bad file
                view = None
        if len(self._views) >= KEEP:
            self._views.pop(next(iter(self._views)))
        self._views[v.index] = view
        return view

    def _build_view(self, v: VisualItem, path: Path) -> KenBurns | None:
        from PIL import Image

        from .errors import label
        from .motion import ZOOM, KenBurns, build_canvas, slide_subject
        from .sources import load_image

        w, h = self._size()
        with Image.open(path) as img:  # the header only: the photo's own size
            own = img.size
        still = load_image(path, label("photo", v.index, v.name), (1024, 1024), cover=False)
        if still.frames:
            return None
        rgb = still.rgb
        if (rgb.shape[1] > rgb.shape[0]) != (own[0] > own[1]):
            own = (own[1], own[0])  # EXIF-rotated
        subject = slide_subject(rgb, v.focus, path, self.subjects_store)
        zmax = 1.0 if v.motion == "static" else ZOOM
        # the zoom cap of the full-size slide: the photo's own width, in miniature pixels
        mini_width = round(own[0] * w / max(1, self.plan.fmt.width))
        canvas = build_canvas(
            rgb, w, h, v.fit, subject, zmax, v.background, source_width=mini_width
        )
        return KenBurns(canvas, v.motion, v.index, v.d / 1000)

    def _picture(self, v: VisualItem, at_ms: int) -> np.ndarray | None:
        video = v.kind == "video" or self.paths[v.index].suffix.lower() in VIDEO_EXT
        key = (v.index, at_ms if video else 0)
        if key not in self._cache:
            if len(self._cache) >= KEEP:  # only a few: memory stays flat in the photo count
                self._cache.pop(next(iter(self._cache)))
            try:
                self._cache[key] = self._load(v, video, at_ms)
            except RenderCancelled:
                raise
            except Exception:  # the render itself reports a bad file, with its name
                self._cache[key] = None
        return self._cache[key]

    def _load(self, v: VisualItem, video: bool, at_ms: int) -> np.ndarray | None:
        from .errors import label
        from .motion import fit_frame
        from .sources import ClipReader, load_image

        w, h = self._size()
        path = self.paths[v.index]
        view = None if video else self._view(v)
        if view is not None:  # the slide in miniature, at the text's time
            from .color import Frame, frame_to_rgb

            frame = Frame(w, h)
            view.draw(at_ms / 1000, frame)
            return frame_to_rgb(frame)
        if video:
            clip = ClipReader(path, label("clip", v.index, v.name), v.trim)
            try:
                rgb = clip.frame_at(at_ms / 1000)
            finally:
                clip.close()
        else:
            still = load_image(path, label("photo", v.index, v.name), (w, h), cover=v.fit == "crop")
            rgb = still.frames[0] if still.frames else still.rgb
        if rgb is None:
            return None
        return fit_frame(np.ascontiguousarray(rgb[:, :, :3]), w, h, v.fit)
