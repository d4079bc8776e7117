"""Typed views over a draft (docs/draft.md): ``Timeline(draft).clips[0].ms = 2000``.

A view holds the draft's own dict and reads and writes straight through to it: nothing is
copied, the wire format is unchanged, and :func:`nemochat.engine.draft.validate`,
:func:`~nemochat.engine.draft.relayout` and the renderer see exactly what the agent wrote.
Reading never changes the draft (a missing key reads as its documented default); writing
creates what is missing. The wire keys are spelled once, in :class:`Key`.

The classes: :class:`Timeline` (the whole draft), :class:`Clip` (a photo or video clip on
the video track), :class:`Transition` (the way into a clip), :class:`Text` (a title or
caption) and :class:`Music` (a segment of the background music track).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Final, Generic, TypeVar, overload

from nemochat.engine import draft as dr


class Key:
    """The draft's wire keys (docs/draft.md), the one place they are spelled."""

    TRACKS: Final = "t"
    TRACK_TYPE: Final = "tt"
    SEGMENTS: Final = "sg"
    META: Final = "m"
    START: Final = "st"
    LENGTH: Final = "d"  # a segment's duration, the draft's total, a transition's duration
    # the draft's m
    TITLE: Final = "title"
    WIDTH: Final = "width"
    HEIGHT: Final = "height"
    ASPECT: Final = "aspect"
    RESOLUTION: Final = "resolution"
    FPS: Final = "fps"
    FIT: Final = "fit"
    PACE: Final = "pace"
    BEAT_SYNC: Final = "beat_sync"
    EVERY: Final = "every"
    EXPLICIT_LENGTHS: Final = "explicit_lengths"
    PINNED: Final = "pinned_ms"  # the agent's: the total length the user asked for
    AGENT: Final = "agent"  # the agent's memo (what was declined, the last ops)
    # segments' m
    SRC: Final = "src"
    NAME: Final = "name"
    KIND: Final = "kind"
    MOTION: Final = "motion"
    FOCUS: Final = "focus"
    TRANSITION: Final = "transition"
    TYPE: Final = "type"
    TRIM: Final = "trim"
    VOLUME: Final = "volume"
    MUTE: Final = "mute"
    FADE_IN: Final = "fade_in"
    FADE_OUT: Final = "fade_out"
    LOOP: Final = "loop"
    DUCK: Final = "duck"
    TEXT: Final = "text"
    ROLE: Final = "role"
    POSITION: Final = "position"
    SIZE: Final = "size"
    COLOR: Final = "color"
    STYLE: Final = "style"
    ENTRANCE: Final = "entrance"
    ANCHOR: Final = "anchor"  # a text kept spanning the video ("whole") or ending with it ("end")
    EXIT: Final = "exit"
    FONT: Final = "font"


T = TypeVar("T")
Position = str | list[float]  # a preset name, or [x, y] in 0..1 frame coordinates
Focus = str | list[float]  # "auto" / "face" / "center", or [x, y] in 0..1 image coordinates


def _as_int(value: object) -> int | None:
    """A stored number as an int (None when it is not a number)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value)


def _int(value: object, default: int = 0) -> int:
    got = _as_int(value)
    return default if got is None else got


def _as_exact_int(value: object) -> int | None:
    return value if dr._is_int(value) else None


def _as_num(value: object) -> float | None:
    """A stored number as it is (an int stays an int)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return value


def _as_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _as_point(value: object) -> str | list[float] | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple) and len(value) == 2:
        return list(value)
    return None


class _Meta:
    """A dict's ``m`` object, read without creating it and written creating it."""

    __slots__ = ("raw",)

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw

    def _m(self) -> dict[str, Any]:
        m = self.raw.get(Key.META)
        return m if isinstance(m, dict) else {}

    def _mw(self) -> dict[str, Any]:
        m = self.raw.get(Key.META)
        if not isinstance(m, dict):
            m = self.raw[Key.META] = {}
        return m

    def _get(self, key: str, default: object = None) -> object:
        return self._m().get(key, default)

    def _str(self, key: str, default: str) -> str:
        value = self._get(key)
        return value if isinstance(value, str) else default

    def _set(self, key: str, value: object) -> None:
        self._mw()[key] = value

    def _drop(self, key: str) -> None:
        m = self.raw.get(Key.META)
        if isinstance(m, dict):
            m.pop(key, None)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Meta) and type(other) is type(self) and other.raw is self.raw

    def __hash__(self) -> int:
        return id(self.raw)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.raw!r})"


class _Field(Generic[T]):
    """One key of a view's ``m`` as a typed attribute: a missing key, or a value ``read``
    cannot use, reads as ``default``; assigning sets the key, assigning None removes it."""

    def __init__(self, key: str, read: Callable[[object], T | None], default: T) -> None:
        self.key, self.read, self.default = key, read, default

    @overload
    def __get__(self, view: None, owner: type) -> _Field[T]: ...

    @overload
    def __get__(self, view: _Meta, owner: type) -> T: ...

    def __get__(self, view: _Meta | None, owner: type) -> _Field[T] | T:
        if view is None:
            return self
        m = view._m()
        got = self.read(m[self.key]) if self.key in m else None
        return self.default if got is None else got

    def __set__(self, view: _Meta, value: T) -> None:
        if value is None:
            view._drop(self.key)
        else:
            view._set(self.key, value)


S = TypeVar("S", bound="_Segment")


class _Segment(_Meta):
    """What every segment has: a start and a duration (ms) and its ``m``."""

    __slots__ = ()
    TRACK: ClassVar[int]

    @property
    def start_ms(self) -> int:
        return _int(self.raw.get(Key.START))

    @start_ms.setter
    def start_ms(self, ms: int) -> None:
        self.raw[Key.START] = ms

    @property
    def ms(self) -> int:
        return _int(self.raw.get(Key.LENGTH))

    @ms.setter
    def ms(self, ms: int) -> None:
        self.raw[Key.LENGTH] = ms

    @property
    def end_ms(self) -> int:
        return self.start_ms + self.ms

    def same_settings(self, other: _Segment) -> bool:
        """The same ``m`` (everything but where and how long it is)."""
        return self._m() == other._m()

    def copy(self: S) -> S:
        """A deep copy, not in any track."""
        return type(self)(copy.deepcopy(self.raw))


@dataclass(frozen=True)
class Transition:
    """The transition into a clip from the one before it (a value; assign it to a clip)."""

    type: str = "cut"
    ms: int = 0

    @property
    def is_cut(self) -> bool:
        return self.type == "cut"

    def to_json(self) -> dict[str, Any]:
        return {Key.TYPE: self.type, Key.LENGTH: self.ms}


class Clip(_Segment):
    """A photo or video clip on the video track (``tt`` 0)."""

    __slots__ = ()
    TRACK = dr.TT_VIDEO

    @classmethod
    def create(
        cls,
        media_id: str,
        *,
        kind: str = "image",
        name: str = "",
        ms: int = dr.DEFAULT_PHOTO_MS,
        motion: str = "auto",
    ) -> Clip:
        """A new clip with the agent's defaults (:func:`nemochat.engine.draft.video_segment`)."""
        return cls(dr.video_segment(media_id, kind=kind, name=name, d=ms, motion=motion))

    media_id = _Field(Key.SRC, _as_str, "")
    name = _Field(Key.NAME, _as_str, "")  # the uploaded file name (a label)
    kind = _Field(Key.KIND, _as_str, "image")  # "image" or "video"
    motion = _Field(Key.MOTION, _as_str, "auto")
    focus: _Field[Focus] = _Field(Key.FOCUS, _as_point, "auto")
    fit: _Field[str | None] = _Field(Key.FIT, _as_str, None)  # None: the draft's
    trim_ms = _Field(Key.TRIM, _as_int, 0)  # video clips: where in the source to start
    volume: _Field[float] = _Field(Key.VOLUME, _as_num, 1.0)  # video clips' own sound
    muted = _Field(Key.MUTE, bool, False)

    @property
    def label(self) -> str:
        """The file name, else the media id."""
        return self.name or self.media_id

    @property
    def is_video(self) -> bool:
        return self.kind == "video"

    @property
    def transition(self) -> Transition:
        tr = self._get(Key.TRANSITION)
        if not isinstance(tr, dict):
            return Transition()
        return Transition(str(tr.get(Key.TYPE, "cut")), _int(tr.get(Key.LENGTH)))

    @transition.setter
    def transition(self, tr: Transition) -> None:
        self._set(Key.TRANSITION, tr.to_json())


class Text(_Segment):
    """A title or caption on the text track (``tt`` 7)."""

    __slots__ = ()
    TRACK = dr.TT_TEXT

    @classmethod
    def create(
        cls,
        text: str,
        *,
        role: str = "title",
        start_ms: int = 0,
        ms: int = 3000,
        position: Position | None = None,
        size: float | None = None,
        color: str = "#FFFFFF",
        style: str | None = None,
        fade_in_ms: int = 300,
        fade_out_ms: int = 300,
        entrance: str = "fade",
    ) -> Text:
        """A new text with the agent's defaults (:func:`nemochat.engine.draft.text_segment`)."""
        return cls(
            dr.text_segment(
                text,
                role=role,
                st=start_ms,
                d=ms,
                position=position,
                size=size,
                color=color,
                style=style,
                fade_in=fade_in_ms,
                fade_out=fade_out_ms,
                entrance=entrance,
            )
        )

    text = _Field(Key.TEXT, _as_str, "")
    role = _Field(Key.ROLE, _as_str, "title")  # "title" or "caption"
    position: _Field[Position] = _Field(Key.POSITION, _as_point, "center")
    # the height as a fraction of the frame's; None: unset (the role's default is drawn)
    size: _Field[float | None] = _Field(Key.SIZE, _as_num, None)
    color = _Field(Key.COLOR, _as_str, "#FFFFFF")
    entrance = _Field(Key.ENTRANCE, _as_str, "fade")
    font: _Field[str | None] = _Field(Key.FONT, _as_str, None)
    # "whole" / "end": where the text stays when the video's length changes (draft.relayout)
    anchor: _Field[str | None] = _Field(Key.ANCHOR, _as_str, None)

    @property
    def style(self) -> str:
        """``bold``, ``outline``, … (docs/draft.md); missing: the role's default."""
        return self._str(Key.STYLE, dr.DEFAULT_STYLE.get(self.role, "bold"))

    @style.setter
    def style(self, style: str) -> None:
        self._set(Key.STYLE, style)


class Music(_Segment):
    """A segment of the background music track (``tt`` 1); relayout spans it over the video."""

    __slots__ = ()
    TRACK = dr.TT_AUDIO

    @classmethod
    def create(cls, media_id: str, *, name: str = "") -> Music:
        """New music with the defaults (:func:`nemochat.engine.draft.audio_segment`)."""
        return cls(dr.audio_segment(media_id, name=name))

    media_id = _Field(Key.SRC, _as_str, "")
    name = _Field(Key.NAME, _as_str, "")
    volume: _Field[float] = _Field(Key.VOLUME, _as_num, 1.0)  # of the normalised level
    fade_in_ms = _Field(Key.FADE_IN, _as_int, 0)
    fade_out_ms = _Field(Key.FADE_OUT, _as_int, 0)
    trim_ms = _Field(Key.TRIM, _as_int, 0)  # where in the song the music starts
    loop = _Field(Key.LOOP, bool, True)
    duck = _Field(Key.DUCK, bool, True)


class Timeline(_Meta):
    """The whole draft: its format and settings, and its clips, texts and music as views.

    The track lists (:attr:`clips`, :attr:`texts`, :attr:`songs`) are new lists of views on
    every read; assigning a list puts those segments on the track, in that order.
    """

    __slots__ = ()

    def __init__(self, draft: dict[str, Any]) -> None:
        super().__init__(draft)

    @property
    def draft(self) -> dict[str, Any]:
        return self.raw

    # -- tracks -------------------------------------------------------------------------------

    def _segments(self, cls: type[S]) -> list[S]:
        return [cls(s) for s in dr.segments(self.raw, cls.TRACK) if isinstance(s, dict)]

    def _put(self, track: int, segs: Iterable[_Segment]) -> None:
        sg = dr.track(self.raw, track)[Key.SEGMENTS]  # type: ignore[index]
        sg[:] = [s.raw for s in segs]

    @property
    def clips(self) -> list[Clip]:
        """The video track in play order."""
        return self._segments(Clip)

    @clips.setter
    def clips(self, clips: Sequence[Clip]) -> None:
        self._put(dr.TT_VIDEO, clips)

    @property
    def texts(self) -> list[Text]:
        return self._segments(Text)

    @texts.setter
    def texts(self, texts: Sequence[Text]) -> None:
        self._put(dr.TT_TEXT, texts)

    @property
    def songs(self) -> list[Music]:
        """Every segment of the music track (the agent writes at most one)."""
        return self._segments(Music)

    @songs.setter
    def songs(self, songs: Sequence[Music]) -> None:
        self._put(dr.TT_AUDIO, songs)

    @property
    def music(self) -> Music | None:
        """The background music (the first music segment), None when there is none."""
        songs = self.songs
        return songs[0] if songs else None

    @music.setter
    def music(self, music: Music | None) -> None:
        self.songs = [music] if music is not None else []

    def add_text(self, text: Text, *, replace: bool = False) -> dict[str, Any]:
        """Put ``text`` on the text track, making room for it
        (:func:`nemochat.engine.draft.make_room`); returns what was done to the others."""
        sg = dr.track(self.raw, dr.TT_TEXT)[Key.SEGMENTS]  # type: ignore[index]
        placed = dr.make_room(self.raw, sg, text.raw, replace=replace)
        sg.append(text.raw)
        return placed

    def make_room(self, texts: list[Text], text: Text, *, replace: bool = False) -> dict[str, Any]:
        """:func:`nemochat.engine.draft.make_room` for ``text`` among ``texts`` (views, not
        necessarily the track's): the texts it replaces leave ``texts``."""
        raw = [t.raw for t in texts]
        placed = dr.make_room(self.raw, raw, text.raw, replace=replace)
        texts[:] = [Text(r) for r in raw]
        return placed

    def replace(self, draft: dict[str, Any]) -> None:
        """Make the draft (the same dict) ``draft`` instead."""
        self.raw.clear()
        self.raw.update(draft)

    def relayout(self) -> Timeline:
        """:func:`nemochat.engine.draft.relayout` (starts, total, music and texts in step)."""
        dr.relayout(self.raw)
        return self

    BOOKKEEPING: ClassVar = (Key.PINNED, Key.AGENT)  # the agent's, not the video's

    def same_edit(self, other: Timeline) -> bool:
        """The same video: equal drafts but for the agent's bookkeeping (``m.pinned_ms``,
        ``m.agent``), which the renderer ignores and "already so" and undo leave out."""
        a, b = self.raw.get(Key.META), other.raw.get(Key.META)
        if not isinstance(a, dict) or not isinstance(b, dict):
            return self.raw == other.raw
        am = {k: v for k, v in a.items() if k not in self.BOOKKEEPING}
        bm = {k: v for k, v in b.items() if k not in self.BOOKKEEPING}
        return am == bm and {**self.raw, Key.META: {}} == {**other.raw, Key.META: {}}

    # -- the whole video ----------------------------------------------------------------------

    @property
    def duration_ms(self) -> int:
        """The total length (set by :meth:`relayout`)."""
        return _int(self.raw.get(Key.LENGTH))

    # the project's name (the export file name); None when it has none
    title: _Field[str | None] = _Field(Key.TITLE, _as_str, None)

    @property
    def aspect(self) -> str:
        return self._str(Key.ASPECT, dr.DEFAULT_ASPECT)

    @aspect.setter
    def aspect(self, aspect: str) -> None:
        """Also sets the frame size (validate wants it to match)."""
        self._set(Key.ASPECT, aspect)
        self._frame()

    @property
    def resolution(self) -> str:
        return self._str(Key.RESOLUTION, dr.DEFAULT_RESOLUTION)

    @resolution.setter
    def resolution(self, resolution: str) -> None:
        """Also sets the frame size."""
        self._set(Key.RESOLUTION, resolution)
        self._frame()

    def _frame(self) -> None:
        m = self._mw()
        m[Key.WIDTH], m[Key.HEIGHT] = dr.frame_size(self.aspect, self.resolution)

    @property
    def width(self) -> int:
        return _int(self._get(Key.WIDTH))

    @property
    def height(self) -> int:
        return _int(self._get(Key.HEIGHT))

    fps = _Field(Key.FPS, _as_int, dr.DEFAULT_FPS)
    fit = _Field(Key.FIT, _as_str, dr.DEFAULT_FIT)  # every clip's, unless it has its own
    pace = _Field(Key.PACE, _as_str, "normal")

    # the whole video's fades from / to black; None: no key (the default ending for the
    # fade-out), 0 on fade_out: a hard cut
    fade_in_ms: _Field[int | None] = _Field(Key.FADE_IN, _as_exact_int, None)
    fade_out_ms: _Field[int | None] = _Field(Key.FADE_OUT, _as_exact_int, None)
    # the agent's: the total length the user asked for (kept when one clip changes)
    pinned_ms: _Field[int | None] = _Field(Key.PINNED, _as_exact_int, None)

    @property
    def beat_every(self) -> int | None:
        """Cuts on the beat, every this many beats (``m.beat_sync``); None when off."""
        sync = self._get(Key.BEAT_SYNC)
        return _int(sync.get(Key.EVERY)) if isinstance(sync, dict) else None

    @beat_every.setter
    def beat_every(self, every: int | None) -> None:
        if every is None:
            self._drop(Key.BEAT_SYNC)
        else:
            self._set(Key.BEAT_SYNC, {Key.EVERY: every})

    # the user chose lengths: default cuts are never snapped to the beat
    explicit_lengths = _Field(Key.EXPLICIT_LENGTHS, bool, False)

    @property
    def memo(self) -> dict[str, Any]:
        """The agent's memo (``m.agent``, JSON): ``{}`` when there is none."""
        got = self._get(Key.AGENT)
        return got if isinstance(got, dict) else {}

    @memo.setter
    def memo(self, memo: dict[str, Any]) -> None:
        self._set(Key.AGENT, memo)
