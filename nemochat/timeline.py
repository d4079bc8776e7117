"""The draft's compact keys → a Timeline; its one-line summary; a diff in words.

Drafts come from the cloud (whose exact keys are only partly public) and from the local
engine (docs/draft.md). So decoding is forgiving: unknown keys are ignored, missing or
mistyped ones fall back to defaults, and nothing here ever raises on a strange draft.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Literal

from nemochat.i18n import catalog, t

TrackType = Literal["video", "audio", "text", "other"]

_TT = {0: "video", 1: "audio", 7: "text"}
# keys that name a segment rather than change how it looks or sounds
_LABEL_KEYS = ("text", "name", "title")
_MAX_LABELS = 4  # the summary lists at most this many labels per track, then "+N more"


@dataclass(frozen=True)
class Segment:
    start_ms: int
    duration_ms: int
    label: str
    text: str | None = None  # text tracks: the words shown
    volume: float | None = None  # 0..1 when the draft says
    src: str | None = None
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def end_ms(self) -> int:
        return self.start_ms + self.duration_ms

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "start_ms": self.start_ms,
            "duration_ms": self.duration_ms,
            "label": self.label,
        }
        if self.text is not None:
            out["text"] = self.text
        if self.volume is not None:
            out["volume"] = self.volume
        return out


@dataclass(frozen=True)
class Track:
    type: TrackType
    name: str  # the track's own label (m.name), may be ""
    segments: tuple[Segment, ...] = ()
    tt: Any = None
    role: str | None = None  # text tracks: "title" or "caption"

    @property
    def start_ms(self) -> int:
        return min((s.start_ms for s in self.segments), default=0)

    @property
    def end_ms(self) -> int:
        return max((s.end_ms for s in self.segments), default=0)

    @property
    def kind_word(self) -> str:
        """Video / BGM / Title / Caption / Track, in the current language."""
        if self.type == "text":
            return (
                t("timeline.kind.caption") if self.role == "caption" else t("timeline.kind.title")
            )
        return t(f"timeline.kind.{self.type}")

    def labels(self) -> str:
        """Labels of the segments, de-duplicated in order, at most a few then "+N more"."""
        seen: list[str] = []
        for seg in self.segments:
            label = _quoted(seg) if self.type == "text" else seg.label
            if label and label not in seen:
                seen.append(label)
        if not seen:
            return self.name or self.kind_word
        if len(seen) > _MAX_LABELS:
            extra = len(seen) - _MAX_LABELS
            return ", ".join(seen[:_MAX_LABELS]) + " " + t("timeline.more", count=extra)
        return ", ".join(seen)

    def summary(self) -> str:
        """``Video: beach.jpg, city.jpg (0-15s)`` / ``BGM: Lo-fi (0-15s, 35%)``."""
        span = f"{seconds(self.start_ms)}-{seconds(self.end_ms)}s"
        if self.type == "audio":
            vol = next((s.volume for s in self.segments if s.volume is not None), None)
            if vol is not None:
                span += f", {percent(vol)}"
        return t("timeline.track", kind=self.kind_word, labels=self.labels(), span=span)

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "name": self.name or self.kind_word,
            "segments": [s.to_json() for s in self.segments],
        }


@dataclass(frozen=True)
class Timeline:
    tracks: tuple[Track, ...] = ()
    duration_ms: int = 0
    width: int | None = None
    height: int | None = None
    title: str | None = None
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def empty(self) -> bool:
        """True when no track has a segment (nothing to export)."""
        return not any(tr.segments for tr in self.tracks)

    def summary(self) -> str:
        """The documented one-line summary, or a sentence saying the timeline is empty."""
        shown = [tr for tr in self.tracks if tr.segments]
        if not shown:
            return t("timeline.empty")
        parts = [f"{i}. {tr.summary()}" for i, tr in enumerate(shown, 1)]
        return t("timeline.summary", count=len(shown), tracks=" ".join(parts))

    def to_json(self, session_id: str | None) -> dict[str, Any]:
        """The ``status --json`` shape documented in issue 2."""
        return {
            "session_id": session_id,
            "summary": self.summary(),
            "duration_ms": self.duration_ms,
            "canvas": {"width": self.width, "height": self.height},
            "tracks": [tr.to_json() for tr in self.tracks if tr.type != "other"],
        }


# --- decoding ---------------------------------------------------------------------------


def _int(value: Any, default: int = 0) -> int:
    """Milliseconds as an int; strings of digits and floats are accepted, junk → default."""
    if isinstance(value, bool):
        return default
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value):
        return round(value)
    if isinstance(value, str):
        try:
            f = float(value.strip())
        except ValueError:
            return default
        return round(f) if math.isfinite(f) else default
    return default


def _opt_int(value: Any) -> int | None:
    n = _int(value, -1)
    return n if n > 0 else None


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _str(value: Any) -> str | None:
    if isinstance(value, str):
        s = " ".join(value.split())  # newlines and runs of spaces → one space
        return s or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _volume(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        v = float(value)
    except ValueError:
        return None
    if not math.isfinite(v):
        return None
    if v > 1.0 and v <= 100.0:  # some drafts say 35 for 35 %
        v = v / 100.0
    return max(0.0, min(1.0, v))


def _track_type(tt: Any) -> TrackType:
    n = _int(tt, -1) if not isinstance(tt, str) or tt.strip().lstrip("-").isdigit() else -1
    if n in _TT:
        return _TT[n]  # type: ignore[return-value]
    if isinstance(tt, str):
        word = tt.strip().lower()
        if word in ("video", "image", "main"):
            return "video"
        if word in ("audio", "bgm", "music", "sound"):
            return "audio"
        if word in ("text", "title", "caption", "subtitle"):
            return "text"
    return "other"


def decode(draft: Any) -> Timeline:
    """Decode a draft (or a whole ``data.state`` holding one) into a Timeline. Never raises."""
    draft = _dict(draft)
    if "t" not in draft and isinstance(draft.get("draft"), dict):
        draft = draft["draft"]
    meta = _dict(draft.get("m"))
    tracks: list[Track] = []
    for raw in _list(draft.get("t")):
        raw = _dict(raw)
        if not raw:
            continue
        ttype = _track_type(raw.get("tt"))
        tmeta = _dict(raw.get("m"))
        tname = _str(tmeta.get("name")) or _str(raw.get("name")) or ""
        segs: list[Segment] = []
        roles: set[str] = set()
        for s in _list(raw.get("sg")):
            s = _dict(s)
            if not s:
                continue
            sm = _dict(s.get("m"))
            text = _str(sm.get("text")) if ttype == "text" else None
            label = (
                _str(sm.get("text"))
                or _str(sm.get("name"))
                or _str(sm.get("title"))
                or tname
                or t("timeline.kind.clip")
            )
            role = sm.get("role")
            if isinstance(role, str):
                roles.add(role)
            segs.append(
                Segment(
                    start_ms=max(0, _int(s.get("st"))),
                    duration_ms=max(0, _int(s.get("d"))),
                    label=label,
                    text=text,
                    volume=_volume(sm.get("volume")) if ttype != "text" else None,
                    src=_str(sm.get("src")),
                    meta=sm,
                )
            )
        role = "caption" if roles == {"caption"} else ("title" if ttype == "text" else None)
        tracks.append(
            Track(type=ttype, name=tname, segments=tuple(segs), tt=raw.get("tt"), role=role)
        )
    duration = _int(draft.get("d"), 0)
    if duration <= 0:
        duration = max((tr.end_ms for tr in tracks if tr.type == "video"), default=0) or max(
            (tr.end_ms for tr in tracks), default=0
        )
    return Timeline(
        tracks=tuple(tracks),
        duration_ms=duration,
        width=_opt_int(meta.get("width")),
        height=_opt_int(meta.get("height")),
        title=_str(meta.get("title")),
        meta=meta,
    )


def summary(draft: Any) -> str:
    """The one-line summary of a draft (see ``Timeline.summary``)."""
    return decode(draft).summary()


def has_content(draft: Any) -> bool:
    """Ready for export: ``draft.t`` exists and some track has a non-empty ``sg``."""
    return not decode(draft).empty


# --- formatting -------------------------------------------------------------------------


def seconds(ms: int) -> str:
    """12000 → "12", 1500 → "1.5", 1234 → "1.2"."""
    s = round(ms / 1000.0, 1)
    return str(int(s)) if s == int(s) else f"{s:.1f}"


def percent(volume: float) -> str:
    return f"{round(volume * 100)}%"


def _quoted(seg: Segment) -> str:
    return f'"{seg.text}"' if seg.text else seg.label


def _label(seg: Segment, track: Track) -> str:
    return _quoted(seg) if track.type == "text" else seg.label


def _span(start: int, end: int) -> str:
    return f"{seconds(start)}-{seconds(end)}s"


# --- diff ---------------------------------------------------------------------------------

# segment metadata shown in a diff when it changes (others are ignored as noise)
_SEG_KEYS = (
    "motion",
    "transition",
    "fit",
    "focus",
    "position",
    "size",
    "color",
    "style",
    "font",
    "fade_in",
    "fade_out",
    "mute",
    "trim",
    "loop",
    "duck",
)
_TOP_KEYS = ("title", "aspect", "resolution", "fps", "fit", "pace")


def _word(kind: str, value: str) -> str:
    """A draft key or value in the user's language (``zoom_in`` → "zoom in" / "推近")."""
    key = f"timeline.{kind}.{value}"
    if key in catalog():
        return t(key)
    return value.replace("_", " ") if kind == "key" else value  # user text stays as typed


_MS_KEYS = frozenset({"fade_in", "fade_out", "trim"})


def _fmt_setting(key: str, value: Any) -> str:
    """A segment setting in words: text size as a share of the frame, times in seconds."""
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if key == "size" and number and 0 < value <= 1:
        return percent(value)
    if key in _MS_KEYS and number:
        return seconds(int(value)) + "s"
    if key == "color" and isinstance(value, str):
        return color_word(value)
    return _fmt(value)


def color_word(value: str) -> str:
    """``#FFD60A`` → "yellow" / "黄色" when the colour has a name; other colours stay hex."""
    key = "timeline.color." + value.strip().lstrip("#").lower()
    return t(key) if key in catalog() else value


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, dict):
        typ = value.get("type")
        if typ is not None and "d" in value:
            return f"{_fmt(typ)} {seconds(_int(value.get('d')))}s"
        if typ is not None:
            return _fmt(typ)
        return ", ".join(f"{k} {_fmt(v)}" for k, v in value.items())
    if isinstance(value, list):
        return "[" + ", ".join(_fmt(v) for v in value) + "]"
    if isinstance(value, bool):
        return t("timeline.on") if value else t("timeline.off")
    if isinstance(value, str):
        return _word("value", value)
    return str(value)


def _fmt_top(key: str, value: Any) -> str:
    """A project setting in words; the engine's default title is "My video" / "我的视频"."""
    if key == "title" and value in ("My video", "我的视频"):
        return t("project.default_name")
    return _fmt(value)


def _identity(seg: Segment) -> str:
    return seg.src or seg.text or seg.label


def _match(before: tuple[Segment, ...], after: tuple[Segment, ...]) -> list[tuple[int, int]]:
    """Pairs (i, j) of segments that are "the same" (same media or text), in order (LCS)."""
    a = [_identity(s) for s in before]
    b = [_identity(s) for s in after]
    n, m = len(a), len(b)
    if n * m > 250_000:  # absurdly long drafts: pair by position instead
        return [(i, i) for i in range(min(n, m))]
    lcs = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            lcs[i][j] = lcs[i + 1][j + 1] + 1 if a[i] == b[j] else max(lcs[i + 1][j], lcs[i][j + 1])
    pairs: list[tuple[int, int]] = []
    i = j = 0
    while i < n and j < m:
        if a[i] == b[j]:
            pairs.append((i, j))
            i += 1
            j += 1
        elif lcs[i + 1][j] >= lcs[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def _diff_track(old: Track, new: Track) -> list[str]:
    def kind_of(seg: Segment, track: Track = new) -> str:
        """Title or caption by the text itself (a track can hold both), else the track's."""
        role = seg.meta.get("role") if track.type == "text" else None
        return t(f"timeline.kind.{role}") if role in ("title", "caption") else track.kind_word

    lines: list[str] = []
    pairs = _match(old.segments, new.segments)
    old_done = {i for i, _ in pairs}
    new_done = {j for _, j in pairs}
    removed = [s for i, s in enumerate(old.segments) if i not in old_done]
    added = [s for j, s in enumerate(new.segments) if j not in new_done]
    # the same photo or text taken out here and put in there was moved, not removed + added
    relocated: set[int] = set()
    for a in list(added):
        r = next((r for r in removed if _identity(r) == _identity(a)), None)
        if r is None:
            continue
        removed.remove(r)
        added.remove(a)
        i, j = old.segments.index(r), new.segments.index(a)
        pairs.append((i, j))
        relocated.add(j)
        lines.append(
            t(
                "timeline.diff.moved",
                kind=kind_of(a),
                label=_label(a, new),
                old=_span(r.start_ms, r.end_ms),
                new=_span(a.start_ms, a.end_ms),
            )
        )
    # a text whose words changed in place: report "A" → "B" rather than remove + add
    if new.type == "text" and len(removed) == len(added):
        for r, a in zip(removed, added, strict=True):
            lines.append(t("timeline.diff.text", kind=kind_of(a), old=_quoted(r), new=_quoted(a)))
            pairs.append((old.segments.index(r), new.segments.index(a)))
        removed, added = [], []
    for s in added:
        lines.append(
            t(
                "timeline.diff.added",
                kind=kind_of(s),
                label=_label(s, new),
                span=_span(s.start_ms, s.end_ms),
            )
        )
    for s in removed:
        lines.append(t("timeline.diff.removed", kind=kind_of(s, old), label=_label(s, old)))
    retimed = 0
    for i, j in sorted(pairs, key=lambda p: p[1]):
        a, b = old.segments[i], new.segments[j]
        label = _label(b, new)
        if (a.start_ms, a.end_ms) != (b.start_ms, b.end_ms) and j not in relocated:
            retimed += 1
            if retimed <= 3 or new.type != "video":
                lines.append(
                    t(
                        "timeline.diff.timing",
                        kind=kind_of(b),
                        label=label,
                        old=_span(a.start_ms, a.end_ms),
                        new=_span(b.start_ms, b.end_ms),
                    )
                )
        if a.volume != b.volume and (a.volume is not None or b.volume is not None):
            lines.append(
                t(
                    "timeline.diff.volume",
                    kind=kind_of(b),
                    label=label,
                    old=percent(a.volume if a.volume is not None else 1.0),
                    new=percent(b.volume if b.volume is not None else 1.0),
                )
            )
        for key in _SEG_KEYS:
            va, vb = a.meta.get(key), b.meta.get(key)
            if key == "transition" and (j in relocated or 0 in (i, j)):
                continue  # a transition belongs to a place in the order: it moves with none
            if va != vb:
                lines.append(
                    t(
                        "timeline.diff.setting",
                        kind=kind_of(b),
                        label=label,
                        key=_word("key", key),
                        old=_fmt_setting(key, va),
                        new=_fmt_setting(key, vb),
                    )
                )
    if retimed > 3 and new.type == "video":
        lines.append(t("timeline.diff.retimed", kind=kind_of(b), count=retimed - 3))
    return lines


def diff(before: Any, after: Any) -> list[str]:
    """What changed between two drafts, one sentence per change ([] when nothing did).

    ``Added Title: "Urban Dreams" (0-3s)``, ``Removed BGM: Lo-fi``,
    ``Video: beach.jpg 0-3s → 0-4s``, ``BGM: Lo-fi volume 35% → 20%``.
    """
    old = before if isinstance(before, Timeline) else decode(before)
    new = after if isinstance(after, Timeline) else decode(after)
    lines: list[str] = []
    old_tracks = [tr for tr in old.tracks if tr.segments]
    new_tracks = [tr for tr in new.tracks if tr.segments]
    # pair tracks of the same type in order; the rest were added or removed
    for ttype in ("video", "audio", "text", "other"):
        olds = [tr for tr in old_tracks if tr.type == ttype]
        news = [tr for tr in new_tracks if tr.type == ttype]
        for o, n in zip(olds, news, strict=False):
            lines.extend(_diff_track(o, n))
        for n in news[len(olds) :]:
            lines.append(
                t(
                    "timeline.diff.added",
                    kind=n.kind_word,
                    label=n.labels(),
                    span=_span(n.start_ms, n.end_ms),
                )
            )
        for o in olds[len(news) :]:
            lines.append(t("timeline.diff.removed", kind=o.kind_word, label=o.labels()))
    if not old_tracks:
        return lines  # a first timeline: its settings are news, not changes
    if (old.width, old.height) != (new.width, new.height) and new.width and new.height:
        lines.append(
            t(
                "timeline.diff.canvas",
                old=f"{old.width}×{old.height}" if old.width and old.height else "-",
                new=f"{new.width}×{new.height}",
            )
        )
    for key in _TOP_KEYS:
        va, vb = old.meta.get(key), new.meta.get(key)
        if va != vb and vb is not None:
            lines.append(
                t(
                    "timeline.diff.project",
                    key=_word("key", key),
                    old=_fmt_top(key, va),
                    new=_fmt_top(key, vb),
                )
            )
    for key in ("fade_in", "fade_out"):  # whole-video fades: absent means none
        fa, fb = _int(old.meta.get(key)), _int(new.meta.get(key))
        if fa != fb:
            lines.append(
                t(
                    "timeline.diff.project",
                    key=_word("key", key),
                    old=seconds(fa) + "s",
                    new=seconds(fb) + "s",
                )
            )
    if old.duration_ms != new.duration_ms and new_tracks:
        lines.append(
            t(
                "timeline.diff.duration",
                old=seconds(old.duration_ms) + "s",
                new=seconds(new.duration_ms) + "s",
            )
        )
    return lines
