"""What is under a text: small pictures of the frames a title is shown over, for legibility.

Before the render starts, each photo (or the clip's frame at the text's start) under a text's
time span is decoded small (JPEG DCT scaling makes that cheap), fitted to the output like the
slide will be, and the text box's region is cut out. The Ken Burns move changes the view by a
few per cent at most, which this measurement ignores; so does the choice of layout of
``fit: auto`` (the picture is measured as covering the frame, which it does for most photos).
Only the regions under the texts are kept, and the last few small pictures.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from .plan import VIDEO_EXT, Plan, TextItem, VisualItem

SCALE = 4  # the pictures are measured at 1/4 of the output size
KEEP = 4  # small pictures kept for the next text (a caption over 60 photos keeps 4)


class Backdrops:
    def __init__(self, plan: Plan, paths: dict[int, Path]) -> None:
        self.plan = plan
        self.paths = paths
        self._cache: dict[tuple[int, int], np.ndarray | None] = {}

    def __call__(self, item: TextItem, box: tuple[int, int, int, int]) -> list[np.ndarray]:
        x0, y0, x1, y1 = (max(0, v // SCALE) for v in box)
        out = []
        for v in self.plan.visuals:
            if v.st < item.st + item.d and item.st < v.end:
                pic = self._picture(v, max(0, item.st - v.st))
                if pic is not None:
                    region = pic[y0 : max(y1, y0 + 1), x0 : max(x1, x0 + 1)]
                    if region.size:
                        out.append(region)
        return out

    def subjects(self, item: TextItem) -> list[tuple[int, int, int, int]]:
        """The subject boxes (frame pixels) of the photos under a text's span: faces with
        their heads, or the salient object (motion.find_subject on the small picture)."""
        from .motion import find_subject

        out = []
        for v in self.plan.visuals:
            if not (v.st < item.st + item.d and item.st < v.end) or v.focus == "center":
                continue
            pic = self._picture(v, max(0, item.st - v.st))
            if pic is None:
                continue
            try:
                subject = find_subject(pic, v.focus)
            except Exception:  # an odd picture: no subject to keep clear of
                continue
            if subject.found and subject.box is not None:
                x0, y0, x1, y1 = subject.box
                w, h = self.plan.fmt.width, self.plan.fmt.height
                out.append((round(x0 * w), round(y0 * h), round(x1 * w), round(y1 * h)))
        return out

    def _picture(self, v: VisualItem, at_ms: int) -> np.ndarray | None:
        video = v.kind == "video" or self.paths[v.index].suffix.lower() in VIDEO_EXT
        key = (v.index, at_ms if video else 0)
        if key not in self._cache:
            if len(self._cache) >= KEEP:  # only a few: memory stays flat in the photo count
                self._cache.pop(next(iter(self._cache)))
            try:
                self._cache[key] = self._load(v, video, at_ms)
            except Exception:  # the render itself reports a bad file, with its name
                self._cache[key] = None
        return self._cache[key]

    def _load(self, v: VisualItem, video: bool, at_ms: int) -> np.ndarray | None:
        from .errors import label
        from .motion import fit_frame
        from .sources import ClipReader, load_image

        w, h = max(2, self.plan.fmt.width // SCALE), max(2, self.plan.fmt.height // SCALE)
        path = self.paths[v.index]
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
