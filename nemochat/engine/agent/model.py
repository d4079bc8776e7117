"""Data the agent receives from the engine (re-exported by the package)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class MediaInfo:
    id: str  # "med_…"
    kind: str  # "image" | "video" | "audio"
    name: str  # uploaded file name (label only, never a path)
    width: int | None = None
    height: int | None = None
    duration_ms: int | None = None
    bpm: float = 0.0  # audio: tempo found by the engine (render/beats.py); 0 = unknown
    beats_ms: tuple[int, ...] = ()  # audio: beat times in the song, ms


class HistoryView(Protocol):
    def peek_undo(self) -> dict | None: ...  # draft an undo would restore; None = nothing to undo

    def peek_redo(self) -> dict | None: ...


@dataclass
class AgentTurn:
    events: list[dict]  # typed SSE events in order (text / tool_call / tool_result)
    draft: dict | None  # new draft to save; None = unchanged
    ops: list[dict]  # edit operations applied (JSON), stored with the history entry
    history: str = "none"  # "undo" | "redo": the server moves the history pointer
    reply: str = field(default="", compare=False)  # the whole reply text (for tests/logs)
    # the agent's context (``m.agent``) after a turn that changed nothing in the video
    # ("use crossfades" when they already are): the engine keeps it on the current draft in
    # place, no history step, so the next turn ("make them 1 second") knows what was meant
    memo: dict | None = None
