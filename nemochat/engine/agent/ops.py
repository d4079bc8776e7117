"""The edit operations: a small typed vocabulary between understanding and editing.

The parser (or, later, a language model) produces a list of these; :func:`apply.apply` is the
only code that changes a draft. Each op is a dataclass whose JSON form is
``{"op": <name>, ...fields}`` (``to_json`` / ``from_json``). Clip numbers are 0-based
indices into the video track, already resolved by whoever produced the op.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, ClassVar


@dataclass
class Op:
    name: ClassVar[str] = ""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"op": self.name}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if value is not None:
                out[f.name] = list(value) if isinstance(value, tuple) else value
        return out


@dataclass
class Create(Op):
    """Start a new video from uploads, in the given order (replaces the video track)."""

    name: ClassVar[str] = "create_video"
    media: list[str] = field(default_factory=list)
    photo_ms: int | None = None


@dataclass
class Reset(Op):
    """Start over: an empty draft (keeps nothing)."""

    name: ClassVar[str] = "start_over"


@dataclass
class SetFormat(Op):
    """Aspect ratio, resolution, frame rate, fit mode (any subset)."""

    name: ClassVar[str] = "set_format"
    aspect: str | None = None
    resolution: str | None = None
    fps: int | None = None
    fit: str | None = None


@dataclass
class SetTitle(Op):
    """The project's name (used for the export file name)."""

    name: ClassVar[str] = "set_project_title"
    title: str = ""


@dataclass
class SetDuration(Op):
    """Total length (spread over the clips) or the length of clips (all when ``clips`` is None)."""

    name: ClassVar[str] = "set_duration"
    total_ms: int | None = None
    clip_ms: int | None = None
    clips: list[int] | None = None


@dataclass
class ScaleDuration(Op):
    """Make clips longer (factor > 1) or shorter (< 1); all when ``clips`` is None."""

    name: ClassVar[str] = "scale_duration"
    factor: float = 1.0
    clips: list[int] | None = None


@dataclass
class SetPace(Op):
    """calm / normal / fast: photo length and transition length together."""

    name: ClassVar[str] = "set_pace"
    pace: str = "normal"


@dataclass
class SetMotion(Op):
    """Camera move (and optionally focus) of clips; all when ``clips`` is None."""

    name: ClassVar[str] = "set_motion"
    motion: str | None = None
    focus: str | None = None
    clips: list[int] | None = None


@dataclass
class SetFit(Op):
    """How photos fill a differently shaped frame: blur / crop / pad (per clip or all)."""

    name: ClassVar[str] = "set_fit"
    fit: str = "blur"
    clips: list[int] | None = None


@dataclass
class SetTransition(Op):
    """Transition INTO each listed clip (index ≥ 1); all joins when ``clips`` is None."""

    name: ClassVar[str] = "set_transition"
    type: str | None = None
    d_ms: int | None = None
    clips: list[int] | None = None


@dataclass
class AddText(Op):
    """A title or caption; ``st_ms``/``d_ms`` None = whole video (captions) or first 3 s (titles)."""

    name: ClassVar[str] = "add_text"
    text: str = ""
    role: str = "title"
    st_ms: int | None = None
    d_ms: int | None = None
    position: str | None = None
    size: float | None = None
    color: str | None = None
    style: str | None = None
    entrance: str | None = None  # fade / slide / pop (draft ENTRANCES)
    replace: bool | None = None  # the words mean a change: replace a text in the same place


@dataclass
class CaptionClips(Op):
    """One caption per clip, shown while that clip plays: ``texts`` in clip order, or each
    clip's file name (without extension) when ``texts`` is None."""

    name: ClassVar[str] = "caption_clips"
    texts: list[str] | None = None
    clips: list[int] | None = None
    position: str | None = None
    color: str | None = None


@dataclass
class EditText(Op):
    """Change texts: ``target`` is an index into the text track, or None for all of ``role``."""

    name: ClassVar[str] = "edit_text"
    target: int | None = None
    role: str | None = None
    text: str | None = None
    st_ms: int | None = None
    d_ms: int | None = None
    position: str | None = None
    size: float | None = None
    size_factor: float | None = None
    color: str | None = None
    style: str | None = None
    entrance: str | None = None


@dataclass
class RemoveText(Op):
    """Remove one text (``target``), all of a ``role``, or every text (both None)."""

    name: ClassVar[str] = "remove_text"
    target: int | None = None
    role: str | None = None


@dataclass
class SetMusic(Op):
    """Use an uploaded audio file as background music over the whole video."""

    name: ClassVar[str] = "set_music"
    media: str = ""
    volume: float | None = None
    fade_in_ms: int | None = None
    fade_out_ms: int | None = None
    start_ms: int | None = None  # where in the song to begin


@dataclass
class EditMusic(Op):
    """Volume (absolute or ``volume_factor``) and fades of the background music."""

    name: ClassVar[str] = "edit_music"
    volume: float | None = None
    volume_factor: float | None = None
    fade_in_ms: int | None = None
    fade_out_ms: int | None = None
    start_ms: int | None = None


@dataclass
class RemoveMusic(Op):
    name: ClassVar[str] = "remove_music"


@dataclass
class SetVideoFade(Op):
    """Fade the whole video in from black / out to black (ms; 0 removes, None leaves as is).

    Fading out also fades the background music out over at least as long."""

    name: ClassVar[str] = "set_video_fade"
    fade_in_ms: int | None = None
    fade_out_ms: int | None = None


@dataclass
class ClipAudio(Op):
    """A video clip's own sound: mute, or set its volume (all video clips when None)."""

    name: ClassVar[str] = "clip_audio"
    mute: bool | None = None
    volume: float | None = None
    clips: list[int] | None = None


@dataclass
class TrimClip(Op):
    """Start a video clip ``start_ms`` into its source (its length shrinks if needed)."""

    name: ClassVar[str] = "trim_clip"
    clip: int = 0
    start_ms: int = 0


@dataclass
class RemoveClips(Op):
    name: ClassVar[str] = "remove_clips"
    clips: list[int] = field(default_factory=list)


@dataclass
class MoveClip(Op):
    """Move clip ``clip`` so that it ends up at index ``to``."""

    name: ClassVar[str] = "move_clip"
    clip: int = 0
    to: int = 0


@dataclass
class SwapClips(Op):
    name: ClassVar[str] = "swap_clips"
    a: int = 0
    b: int = 1


@dataclass
class ReorderClips(Op):
    """Put the clips in a new order: ``order[k]`` is the current index of the clip that goes
    to position ``k`` (a permutation; anything else is refused)."""

    name: ClassVar[str] = "reorder_clips"
    order: list[int] = field(default_factory=list)


@dataclass
class DuplicateClip(Op):
    """Repeat a clip right after itself."""

    name: ClassVar[str] = "duplicate_clip"
    clip: int = 0


@dataclass
class ReverseClips(Op):
    name: ClassVar[str] = "reverse_clips"


@dataclass
class AddClips(Op):
    """Append uploads (or insert at ``at``) to the video track."""

    name: ClassVar[str] = "add_clips"
    media: list[str] = field(default_factory=list)
    at: int | None = None


@dataclass
class BeatSync(Op):
    """Cut on the music's beat (``every`` beats per photo; None = chosen from the lengths),
    or stop (``on`` False). See agent/beat.py."""

    name: ClassVar[str] = "beat_sync"
    on: bool = True
    every: int | None = None


OP_TYPES: dict[str, type[Op]] = {
    cls.name: cls
    for cls in (
        Create,
        Reset,
        SetFormat,
        SetTitle,
        SetDuration,
        ScaleDuration,
        SetPace,
        SetMotion,
        SetFit,
        SetTransition,
        AddText,
        CaptionClips,
        EditText,
        RemoveText,
        SetMusic,
        EditMusic,
        RemoveMusic,
        SetVideoFade,
        ClipAudio,
        TrimClip,
        RemoveClips,
        MoveClip,
        SwapClips,
        ReorderClips,
        DuplicateClip,
        ReverseClips,
        AddClips,
        BeatSync,
    )
}


def from_json(data: dict[str, Any]) -> Op:
    """Rebuild an op from its JSON form (unknown keys are ignored; unknown ops raise)."""
    cls = OP_TYPES.get(str(data.get("op")))
    if cls is None:
        raise ValueError(f"unknown operation {data.get('op')!r}")
    names = {f.name for f in dataclasses.fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})
