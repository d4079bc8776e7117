"""Shared fixtures for the agent tests: uploads and starting drafts (pure data, no I/O)."""

from __future__ import annotations

import copy
from typing import Any

from nemochat.engine.agent import MediaInfo
from nemochat.engine.agent import ops as O
from nemochat.engine.agent.apply import apply

PHOTO_NAMES = ["beach.jpg", "city.jpg", "dinner.jpg", "forest.jpg", "harbor.jpg", "sunset.jpg"]
PHOTOS = [
    MediaInfo(id=f"med_{i:016x}", kind="image", name=n, width=4000, height=3000)
    for i, n in enumerate(PHOTO_NAMES, start=1)
]
SONG = MediaInfo(id="med_00000000000000a1", kind="audio", name="song.mp3", duration_ms=95000)
CLIP = MediaInfo(
    id="med_00000000000000b1",
    kind="video",
    name="walk.mp4",
    width=1920,
    height=1080,
    duration_ms=8000,
)
MEDIA = [*PHOTOS, SONG]
MIXED = [PHOTOS[0], PHOTOS[1], CLIP]


class History:
    """An in-memory HistoryView: a list of drafts and a pointer, like the engine's store."""

    def __init__(self, drafts: list[dict] | None = None) -> None:
        self.drafts: list[dict] = list(drafts or [])
        self.pos = len(self.drafts) - 1

    def peek_undo(self) -> dict | None:
        return self.drafts[self.pos - 1] if self.pos >= 1 else None

    def peek_redo(self) -> dict | None:
        return self.drafts[self.pos + 1] if self.pos + 1 < len(self.drafts) else None

    def record(self, draft: dict) -> None:
        del self.drafts[self.pos + 1 :]
        self.drafts.append(draft)
        self.pos = len(self.drafts) - 1

    def move(self, step: int) -> None:
        self.pos += step

    def commit(self, turn: Any, draft: dict | None) -> dict | None:
        """What the engine does after a turn: move the pointer for undo/redo, else record a
        new draft. Returns the draft the session has now."""
        if turn.history in ("undo", "redo"):
            self.move(-1 if turn.history == "undo" else 1)
            return turn.draft
        if turn.draft is not None:
            self.record(turn.draft)
            return turn.draft
        if getattr(turn, "memo", None) is not None and draft is not None and self.pos >= 0:
            # a turn that changed nothing keeps its context on the current draft, in place
            kept = copy.deepcopy(draft)
            kept.setdefault("m", {})["agent"] = turn.memo
            self.drafts[self.pos] = kept
            return kept
        return draft


def bare_draft() -> dict:
    return apply(None, [O.Create(media=[p.id for p in PHOTOS])], MEDIA)


def full_draft() -> dict:
    return apply(
        bare_draft(),
        [O.AddText(text="Hello"), O.SetMusic(media=SONG.id)],
        MEDIA,
    )


SHOP_NAMES = ["storefront.jpg", "coffee.png", "cake.jpg", "menu.png"]
SHOP_PHOTOS = [
    MediaInfo(id=f"med_{i:016x}", kind="image", name=n, width=3000, height=4000)
    for i, n in enumerate(SHOP_NAMES, start=0x21)
]
JINGLE = MediaInfo(id="med_00000000000000a2", kind="audio", name="jingle.mp3", duration_ms=20000)
SHOP_MEDIA = [*SHOP_PHOTOS, JINGLE]


def shop_draft() -> dict:
    """A 15 s 9:16 Reel of four shop photos, the title "Grand Opening" and the caption
    "全场八折", no music (jingle.mp3, 20 s, is uploaded)."""
    return apply(
        None,
        [
            O.Create(media=[p.id for p in SHOP_PHOTOS]),
            O.SetFormat(aspect="9:16"),
            O.SetDuration(total_ms=15000),
            O.AddText(text="Grand Opening"),
            O.AddText(text="全场八折", role="caption"),
        ],
        SHOP_MEDIA,
    )


def setup(name: str) -> tuple[dict | None, list[MediaInfo]]:
    if name == "new":
        return None, MEDIA
    if name == "draft":
        return full_draft(), MEDIA
    if name == "bare":
        return bare_draft(), MEDIA
    if name == "nomedia":
        return None, []
    if name == "mixed":
        return None, MIXED
    if name == "shop":
        return shop_draft(), SHOP_MEDIA
    if name == "shopnew":
        return None, SHOP_MEDIA
    raise ValueError(name)
