"""The project layer: what a user can do to their project, as async generators of events.

One-shot commands, ``-m``, piped input and the REPL all call these same actions, so they
behave the same everywhere; only the presentation of the events differs. Nothing here
prints, reads the keyboard or knows an error code's number.

The current session is remembered per server (API base URL, or ``local`` for the local
engine, whose port changes every run) in ``sessions.json`` in the home folder, so separate
commands keep working on the same project. One is created when there is none.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime as _dt
import os
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nemochat import config, i18n
from nemochat import timeline as tl
from nemochat.events import (
    CacheShown,
    Changes,
    CreditsShown,
    Error,
    Event,
    Exported,
    Heartbeat,
    MediaShown,
    Notice,
    Previewed,
    Progress,
    ProgressKind,
    SessionChanged,
    SessionInfo,
    SessionList,
    StillWorking,
    Text,
    TimelineShown,
    ToolFinished,
    ToolStarted,
    TurnEnd,
    Uploaded,
)

if TYPE_CHECKING:  # pragma: no cover
    from nemochat.api import NemoClient

SESSIONS_FILE = "sessions.json"
# a draft titled like this was named by the engine, not by the user
DEFAULT_TITLES = frozenset({"My video", "我的视频"})
_MAX_REMEMBERED = 50
_URL = re.compile(r"^https?://", re.IGNORECASE)
_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')


def _api() -> Any:
    """The API package, imported when first needed (keeps ``import nemochat.project`` light)."""
    import nemochat.api as api

    return api


# --- remembered sessions ------------------------------------------------------------------


class SessionStore:
    """Sessions remembered per server key, in ``<home>/sessions.json`` (0600, atomic)."""

    def __init__(self, key: str, path: Path | None = None) -> None:
        self.key = key
        self._path = path

    @property
    def path(self) -> Path:
        return self._path or config.home() / SESSIONS_FILE

    def _load(self) -> dict[str, Any]:
        data = config.read_json(self.path)
        return data if isinstance(data, dict) else {}

    def _server(self, data: dict[str, Any]) -> dict[str, Any]:
        servers = data.setdefault("servers", {})
        if not isinstance(servers, dict):
            servers = data["servers"] = {}
        entry = servers.setdefault(self.key, {})
        if not isinstance(entry, dict):
            entry = servers[self.key] = {}
        if not isinstance(entry.get("sessions"), list):
            entry["sessions"] = []
        return entry

    def current(self) -> str | None:
        cur = self._server(self._load()).get("current")
        return cur if isinstance(cur, str) and cur else None

    def remember(
        self,
        session_id: str,
        *,
        task_id: str | None = None,
        title: str | None = None,
        make_current: bool = True,
        lang: str | None = None,
    ) -> None:
        data = self._load()
        entry = self._server(data)
        sessions = [s for s in entry["sessions"] if isinstance(s, dict) and s.get("session_id")]
        found = next((s for s in sessions if s["session_id"] == session_id), None)
        if found is None:
            found = {
                "session_id": session_id,
                "created": _now(),
            }
            sessions.append(found)
        if task_id:
            found["task_id"] = task_id
        if title:
            found["title"] = title
        if lang:
            found["lang"] = lang
        entry["sessions"] = sessions[-_MAX_REMEMBERED:]
        if make_current:
            entry["current"] = session_id
        config.write_json(self.path, data)

    def set_title(self, session_id: str, title: str | None) -> None:
        if title:
            self.update(session_id, title=title)

    def update(self, session_id: str, **fields: Any) -> None:
        """Set fields of a remembered session (``None`` leaves one, ``""`` removes it);
        written only when something changed."""
        data = self._load()
        entry = self._server(data)
        for s in entry["sessions"]:
            if isinstance(s, dict) and s.get("session_id") == session_id:
                changed = False
                for key, value in fields.items():
                    if value is None:
                        continue
                    if value == "":
                        if key in s:
                            del s[key]
                            changed = True
                    elif s.get(key) != value:
                        s[key] = value
                        changed = True
                if changed:
                    config.write_json(self.path, data)
                return

    def forget(self, session_id: str) -> None:
        """Remove a session from the list (the current one too: then there is none)."""
        data = self._load()
        entry = self._server(data)
        entry["sessions"] = [
            s
            for s in entry["sessions"]
            if not (isinstance(s, dict) and s.get("session_id") == session_id)
        ]
        if entry.get("current") == session_id:
            entry.pop("current", None)
        config.write_json(self.path, data)

    def find(self, ref: str) -> list[SessionInfo]:
        """Sessions ``ref`` names: a number from the list (1 = first), a full or short id
        (any prefix of 4+ characters), or a name (case-insensitive). Several = ambiguous."""
        ref = ref.strip()
        items = self.list()
        if not ref:
            return []
        if ref.isdigit() and 1 <= int(ref) <= len(items) and len(ref) < 4:
            return [items[int(ref) - 1]]
        exact = [s for s in items if s.session_id == ref]
        if exact:
            return exact
        if len(ref) >= 4:
            by_id = [s for s in items if s.session_id.startswith(ref)]
            if by_id:
                return by_id
        folded = ref.casefold()
        named = [s for s in items if (s.display_name or "").casefold() == folded]
        if named:
            return named
        return [s for s in items if (s.display_name or "").casefold().startswith(folded)]

    def get(self, session_id: str | None) -> SessionInfo | None:
        return next((s for s in self.list() if s.session_id == session_id), None)

    def list(self) -> list[SessionInfo]:
        entry = self._server(self._load())
        cur = entry.get("current")
        out = []

        def text(s: dict[str, Any], key: str) -> str | None:
            v = s.get(key)
            return v if isinstance(v, str) and v else None

        def count(s: dict[str, Any], key: str) -> int | None:
            v = s.get(key)
            return v if isinstance(v, int) and not isinstance(v, bool) and v >= 0 else None

        for s in entry["sessions"]:
            if not isinstance(s, dict) or not isinstance(s.get("session_id"), str):
                continue
            out.append(
                SessionInfo(
                    session_id=s["session_id"],
                    created=text(s, "created"),
                    title=text(s, "title"),
                    task_id=text(s, "task_id"),
                    current=s["session_id"] == cur,
                    name=text(s, "name"),
                    photos=count(s, "photos"),
                    duration_ms=count(s, "duration_ms"),
                    updated=text(s, "updated"),
                    lang=text(s, "lang"),
                )
            )
        return out


def _now() -> str:
    return _dt.datetime.now().astimezone().isoformat(timespec="seconds")


# --- helpers ----------------------------------------------------------------------------


def safe_filename(name: str | None, fallback: str) -> str:
    """A file name from a project title: no path separators or control characters."""
    cleaned = _UNSAFE_NAME.sub("_", name or "").strip(" ._")
    cleaned = " ".join(cleaned.split())[:80].strip(" ._")
    return cleaned or fallback


def default_output_dir() -> Path:
    """``NEMOCHAT_OUTPUT_DIR``, else config ``output_dir``, else ``./output``."""
    value = os.environ.get("NEMOCHAT_OUTPUT_DIR") or config.settings().get("output_dir")
    if isinstance(value, str) and value.strip():
        return Path(value).expanduser()
    return Path("output")


def _same_file_as_before(saved: Path, force: bool) -> Path | None:
    """When the download went to "NAME (1).mp4" because NAME.mp4 exists and both hold the
    same bytes (an unchanged timeline exported again), drop the copy: the earlier file."""
    if force:
        return None
    for earlier in _earlier_names(saved):
        if earlier == saved or not earlier.is_file():
            continue
        try:
            if earlier.stat().st_size != saved.stat().st_size:
                continue
            if _digest(earlier) == _digest(saved):
                saved.unlink()
                return earlier
        except OSError:
            return None
    return None


def already_saved(dest: Path, status: Any, *, siblings: bool = True) -> Path | None:
    """A file at ``dest`` (or, with ``siblings``, a "NAME (k).mp4" beside it) holding exactly
    the rendered video, by the size and SHA-256 the server announced; None when the server
    did not say, or nothing there is the same."""
    digest = getattr(status, "sha256", None)
    size = getattr(status, "size", None)
    if not digest:
        return None
    candidates = [dest]
    stem, suffix = dest.stem, dest.suffix
    if siblings:
        candidates += [dest.with_name(f"{stem} ({i}){suffix}") for i in range(1, 50)]
    for path in candidates:
        try:
            if not path.is_file():
                if path != dest:
                    break  # NAME (k) are numbered without gaps
                continue
            if size is not None and path.stat().st_size != size:
                continue
            if _digest(path).hex() == digest:
                return path
        except OSError:
            continue
    return None


def preview_dir() -> Path:
    """Where previews are kept: ``<home>/previews`` (private; never the output folder)."""
    folder = config.home() / "previews"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def _digest(path: Path) -> bytes:
    import hashlib

    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.digest()


def _earlier_names(saved: Path) -> list[Path]:
    """NAME.mp4, NAME (1).mp4, … before ``saved`` ("NAME (k).mp4") in the same folder."""
    import re

    m = re.fullmatch(r"(.*) \((\d+)\)", saved.stem)
    if not m:
        return []
    stem, k = m.group(1), int(m.group(2))
    names = [saved.with_name(f"{stem}{saved.suffix}")]
    names += [saved.with_name(f"{stem} ({i}){saved.suffix}") for i in range(1, min(k, 50))]
    return names


def _draft_of(state: Any) -> dict[str, Any] | None:
    if isinstance(state, dict) and isinstance(state.get("draft"), dict):
        return state["draft"]
    return None


@dataclass
class MediaItem:
    """One upload of the project, as ``/media`` lists it."""

    number: int
    media_id: str
    filename: str
    kind: str  # image | video | audio | other
    size: int | None = None
    sha256: str | None = None
    url: str | None = None
    on_timeline: bool = False
    duplicate_of: int | None = None  # number of an earlier upload with the same content

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "id": self.media_id,
            "filename": self.filename,
            "kind": self.kind,
            "size": self.size,
            "on_timeline": self.on_timeline,
            "duplicate_of": self.duplicate_of,
        }


def _kind(file_type: Any, name: str) -> str:
    word = str(file_type or "").lower()
    for kind, hints in (
        ("image", ("image", "photo", "picture", ".jpg", ".jpeg", ".png", ".gif", ".webp")),
        ("video", ("video", "clip", ".mp4", ".mov", ".avi", ".webm", ".mkv")),
        ("audio", ("audio", "music", "sound", ".mp3", ".wav", ".m4a", ".aac")),
    ):
        if any(h in word for h in hints if not h.startswith(".")) or name.lower().endswith(
            tuple(h for h in hints if h.startswith("."))
        ):
            return kind
    return "other"


def media_of(state: Any) -> list[MediaItem]:
    """The uploads in a state (``video_infos``), numbered from 1, with what the draft uses."""
    if not isinstance(state, dict):
        return []
    infos = state.get("video_infos")
    draft = _draft_of(state)
    used: set[str] = set()
    for track in tl.decode(draft).tracks if draft is not None else ():
        for seg in track.segments:
            if seg.src:
                used.add(seg.src)
    out: list[MediaItem] = []
    seen: dict[str, int] = {}
    for info in infos if isinstance(infos, list) else []:
        if not isinstance(info, dict):
            continue
        mid = str(info.get("id") or info.get("media_id") or "")
        name = str(info.get("filename") or info.get("name") or mid or "?")
        size = info.get("size")
        digest = info.get("hash") if isinstance(info.get("hash"), str) else None
        url = info.get("cdn_url") or info.get("url")
        item = MediaItem(
            number=len(out) + 1,
            media_id=mid,
            filename=name,
            kind=_kind(info.get("file_type") or info.get("type"), name),
            size=size if isinstance(size, int) and not isinstance(size, bool) else None,
            sha256=digest,
            url=url if isinstance(url, str) else None,
            on_timeline=bool(mid and mid in used) or bool(isinstance(url, str) and url in used),
        )
        if digest:
            item.duplicate_of = seen.get(digest)
            seen.setdefault(digest, item.number)
        out.append(item)
    return out


class Project:
    """A NemoClient, the backend kind, the current session and the last seen state."""

    def __init__(
        self,
        client: NemoClient,
        *,
        backend: str = "cloud",
        key: str | None = None,
        session_id: str | None = None,
        output_dir: Path | str | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
        still_every: float = 120.0,
        recover_wait: float = 30.0,
        recover_every: float = 60.0,
        recover_tries: int = 5,
    ) -> None:
        self.client = client
        self.backend = backend
        self.key = key or ("local" if backend == "local" else str(getattr(client, "base_url", "")))
        self.store = SessionStore(self.key)
        if session_id:  # --session takes a short id, a number from the list or a name too
            with contextlib.suppress(Exception):
                found = self.store.find(session_id)
                if len(found) == 1:
                    session_id = found[0].session_id
        self._session_id = session_id  # --session: used for this run, not remembered
        self.output_dir = Path(output_dir) if output_dir is not None else None
        self.last_state: dict[str, Any] | None = None
        self._state_sid: str | None = None
        self.clock = clock
        self.sleep = sleep
        self.still_every = still_every
        self.recover_wait = recover_wait
        self.recover_every = recover_every
        self.recover_tries = recover_tries
        self._engine_seen: bool | None = None  # the server is a nemochat engine (cache, preview)

    # -- session ------------------------------------------------------------------------

    @property
    def session_id(self) -> str | None:
        """The session actions will use (None until one exists)."""
        return self._session_id or self.store.current()

    async def _create(self) -> str:
        session = await self.client.create_session(i18n.session_language())
        self.store.remember(session.session_id, task_id=session.task_id, lang=i18n.current())
        self.last_state, self._state_sid = None, None
        return session.session_id

    async def _ensure(self) -> tuple[str, SessionChanged | None]:
        sid = self.session_id
        if sid:
            return sid, None
        sid = await self._create()
        return sid, SessionChanged(sid, "created")

    async def _run(
        self, body: Callable[[str], AsyncIterator[Event]], *, renew: bool = True
    ) -> AsyncIterator[Event]:
        """Run an action in the current session; errors become events; 1002 → new session once."""
        api = _api()
        try:
            sid, created = await self._ensure()
            if created:
                yield created
            try:
                async for ev in body(sid):
                    yield ev
            except api.SessionNotFound:
                if not renew:
                    raise
                if self._session_id:  # an explicit --session that is gone: say so, don't replace it
                    raise
                new_sid = await self._create()
                yield SessionChanged(new_sid, "renewed")
                async for ev in body(new_sid):
                    yield ev
        except (api.NemoError, config.InsecureFileError) as exc:
            yield Error.from_exception(exc)

    def _remember_state(self, sid: str, state: Any) -> dict[str, Any]:
        state = state if isinstance(state, dict) else {}
        self.last_state, self._state_sid = state, sid
        draft = _draft_of(state)
        timeline = tl.decode(draft) if draft is not None else None
        media = media_of(state)
        with contextlib.suppress(OSError):
            self.store.update(
                sid,
                title=(
                    (timeline.title if timeline.title not in DEFAULT_TITLES else "")
                    if timeline is not None
                    else None  # no draft known: leave the name remembered
                ),
                photos=_photos_shown(timeline, media),
                duration_ms=timeline.duration_ms if timeline and not timeline.empty else 0,
                updated=_now(),
            )
        return state

    def project_name(self, sid: str | None, title: str | None = None) -> str:
        """The name the user knows the project by: /rename's, else the draft's title, else
        "My video" / "我的视频" (also when the draft still has the engine's English default)."""
        info = self.store.get(sid)
        name = (info.name if info else None) or title or (info.title if info else None)
        if not name or name in DEFAULT_TITLES:
            return i18n.t("project.default_name")
        return name

    async def _with_progress(
        self,
        kind: ProgressKind,
        start: Callable[[Callable[..., None]], Awaitable[Any]],
        box: list[Any],
    ) -> AsyncIterator[Event]:
        """Run ``start(callback)``; yield its progress callbacks as events; put the result in ``box``."""
        queue: asyncio.Queue[tuple[Any, ...]] = asyncio.Queue()

        def callback(*args: Any) -> None:
            queue.put_nowait(args)

        def as_event(args: tuple[Any, ...]) -> Progress:
            if kind == "render":
                return Progress("render", args[0] if args else None, 1.0)
            done = args[0] if args else None
            total = args[1] if len(args) > 1 else None
            return Progress(kind, done, total)

        task = asyncio.ensure_future(start(callback))
        getter: asyncio.Future[tuple[Any, ...]] | None = None
        try:
            while True:
                getter = asyncio.ensure_future(queue.get())
                done, _ = await asyncio.wait({task, getter}, return_when=asyncio.FIRST_COMPLETED)
                if getter in done:
                    yield as_event(getter.result())
                else:
                    getter.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await getter
                if task in done:
                    while not queue.empty():
                        yield as_event(queue.get_nowait())
                    box.append(task.result())
                    return
        finally:
            # cancelled (Ctrl-C) or closed early: stop both, and await them so neither is
            # left pending ("Task was destroyed but it is pending")
            for pending in (getter, task):
                if pending is not None and not pending.done():
                    pending.cancel()
                    with contextlib.suppress(asyncio.CancelledError, Exception):
                        await pending

    # -- actions ------------------------------------------------------------------------

    async def status(self) -> AsyncIterator[Event]:
        """The timeline of the current session."""

        async def body(sid: str) -> AsyncIterator[Event]:
            state = self._remember_state(sid, await self.client.state(sid))
            yield TimelineShown(sid, tl.decode(_draft_of(state)), state)

        async for ev in self._run(body):
            yield ev

    async def credits(self) -> AsyncIterator[Event]:
        api = _api()
        try:
            c = await self.client.credits()
        except (api.NemoError, config.InsecureFileError) as exc:
            yield Error.from_exception(exc)
            return
        bind = None
        user_id = getattr(self.client, "user_id", None)
        if self.backend != "local" and not os.environ.get("NEMO_TOKEN") and user_id:
            bind = f"{config.web_url()}/register?bind={user_id}"
        yield CreditsShown(
            c.available,
            c.frozen,
            c.total,
            bind_url=bind,
            local=self.backend == "local",
            unlimited=bool(getattr(c, "unlimited", False)),
        )

    async def upload(self, items: Sequence[str | Path]) -> AsyncIterator[Event]:
        """Upload local files and URLs. Bad files are reported one by one; the rest still go."""
        api = _api()
        paths: list[Path] = []
        urls: list[str] = []
        for item in items:
            if isinstance(item, str) and _URL.match(item.strip()):
                urls.append(item.strip())
                continue
            path = Path(item).expanduser()
            try:
                api.check_upload_path(path)
            except api.NemoError as exc:
                yield Error.from_exception(exc)
                continue
            paths.append(path)
        if not paths and not urls:
            if not items:
                yield Error("project.upload.nothing", exit_code=2)
            return

        async def body(sid: str) -> AsyncIterator[Event]:
            files: list[Any] = []
            known: dict[str, str] = {}  # media id → its name, before this upload
            if paths:
                with contextlib.suppress(api.NemoError):
                    before = await self.client.state(sid)
                    known = {m.media_id: m.filename for m in media_of(before) if m.media_id}
                box: list[Any] = []
                async for ev in self._with_progress(
                    "upload", lambda cb: self.client.upload_files(sid, paths, progress=cb), box
                ):
                    yield ev
                got = list(box[0])
                if len(got) == len(paths):
                    # report each file by the name the user dropped; the same content again
                    # is the same upload, and that is said, never merged silently
                    for path, f in zip(paths, got, strict=True):
                        raw = getattr(f, "raw", None)
                        mid = str(raw.get("id") or "") if isinstance(raw, dict) else ""
                        if mid and mid in known:
                            same = known[mid] == path.name
                            yield Notice(
                                "project.upload.duplicate.same"
                                if same
                                else "project.upload.duplicate",
                                {"name": path.name, "existing": known[mid]},
                                level="warning",
                            )
                            continue
                        if mid:
                            known[mid] = path.name
                        files.append(dataclasses.replace(f, filename=path.name))
                else:
                    files.extend(got)
            if urls:
                files.extend(await self.client.upload_urls(sid, urls))
            self.last_state, self._state_sid = None, None
            if files or not paths:
                yield Uploaded(files)

        async for ev in self._run(body):
            yield ev

    def _destination(self, out: Path | str | None, title: str | None, sid: str) -> Path:
        name = safe_filename(title, f"nemochat-{sid}") + ".mp4"
        if out is None:
            base = self.output_dir if self.output_dir is not None else default_output_dir()
            return base / name
        folder = str(out).endswith((os.sep, "/"))  # "-o out/": a folder, even a new one
        out = Path(out).expanduser()
        if folder or out.is_dir():
            return out / name
        return out

    async def _renderable_draft(self, sid: str) -> dict[str, Any] | Error:
        """The session's current draft, or the error that says why there is nothing to
        render (no draft yet, or an empty one)."""
        state = self._remember_state(sid, await self.client.state(sid))
        draft = _draft_of(state)
        if draft is None or not tl.has_content(draft):
            key = "project.export.no_draft" if draft is None else "project.export.empty"
            return Error(key, exit_code=1)
        return draft

    async def export(
        self, out: Path | str | None = None, *, force: bool = False
    ) -> AsyncIterator[Event]:
        """Render the current draft and download it, never overwriting unless ``force``."""

        async def body(sid: str) -> AsyncIterator[Event]:
            draft = await self._renderable_draft(sid)
            if isinstance(draft, Error):
                yield draft
                return
            timeline = tl.decode(draft)
            yield Notice("project.export.rendering", {"seconds": tl.seconds(timeline.duration_ms)})
            box: list[Any] = []
            async for ev in self._with_progress(
                "render", lambda cb: self.client.wait_render(sid, draft, progress=cb), box
            ):
                yield ev
            status = box[0]
            dest = self._destination(out, self.project_name(sid, timeline.title), sid)
            try:
                dest.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                yield Error(
                    "project.export.folder",
                    {"path": str(dest.parent), "error": exc.strerror or exc},
                )
                return
            have = already_saved(dest, status, siblings=not force)
            if have is not None:  # the same bytes are already there: no second download
                yield Exported(
                    render_id=status.id,
                    path=have,
                    bytes=have.stat().st_size,
                    url=status.url,
                    already=True,
                    duration_ms=timeline.duration_ms,
                )
                return
            box = []
            async for ev in self._with_progress(
                "download",
                lambda cb: self.client.download(status, dest, force=force, progress=cb),
                box,
            ):
                yield ev
            path = Path(box[0])
            already = _same_file_as_before(path, force)
            if already is not None:
                path = already
            size = path.stat().st_size if path.exists() else 0
            yield Exported(
                render_id=status.id,
                path=path,
                bytes=size,
                url=status.url,
                already=already is not None,
                duration_ms=timeline.duration_ms,
            )

        async for ev in self._run(body):
            yield ev

    async def _is_engine(self) -> bool:
        """Whether the server is a nemochat engine (the local one, or ``nemochat serve``)."""
        if self.backend == "local":
            return True
        cached = self._engine_seen
        base = str(getattr(self.client, "base_url", "")).rstrip("/")
        if cached is None and base == config.DEFAULT_API_URL.rstrip("/"):
            cached = self._engine_seen = False  # the NemoVideo cloud: never asked
        if cached is None:
            api = _api()
            try:
                info = await self.client.engine_info()
                cached = info.get("engine") == "nemochat"
            except (api.NemoError, AttributeError, ValueError):
                cached = False
            self._engine_seen = cached
        return bool(cached)

    async def preview(self, at_ms: int | None = None) -> AsyncIterator[Event]:
        """Render a fast low-resolution preview (local engine: 480p, half the frame rate,
        x264 ultrafast; the cloud makes a normal render) and save it in the home folder's
        ``previews/``, not as an export. ``at_ms``: the frame at that time is wanted."""

        async def body(sid: str) -> AsyncIterator[Event]:
            draft = await self._renderable_draft(sid)
            if isinstance(draft, Error):
                yield draft
                return
            timeline = tl.decode(draft)
            if at_ms is not None and timeline.duration_ms and at_ms >= timeline.duration_ms:
                yield Error(
                    "project.preview.beyond",
                    {
                        "at": tl.seconds(at_ms),
                        "seconds": tl.seconds(timeline.duration_ms),
                    },
                    exit_code=2,
                )
                return
            fast = await self._is_engine()
            yield Notice(
                "project.preview.rendering" if fast else "project.preview.cloud",
                {"seconds": tl.seconds(timeline.duration_ms)},
            )
            output = {"preview": True} if fast else None
            box: list[Any] = []
            async for ev in self._with_progress(
                "render",
                lambda cb: self.client.wait_render(sid, draft, progress=cb, output=output),
                box,
            ):
                yield ev
            status = box[0]
            dest = preview_dir() / f"preview-{safe_filename(sid, 'session')[:24]}.mp4"
            have = already_saved(dest, status, siblings=False)
            if have is None:
                box = []
                async for ev in self._with_progress(
                    "download",
                    lambda cb: self.client.download(status, dest, force=True, progress=cb),
                    box,
                ):
                    yield ev
                dest = Path(box[0])
            size = dest.stat().st_size if dest.exists() else 0
            yield Previewed(
                render_id=status.id,
                path=dest,
                bytes=size,
                duration_ms=timeline.duration_ms,
                at_ms=at_ms,
                fast=fast,
                already=have is not None,
            )

        async for ev in self._run(body):
            yield ev

    async def cache(self, clear: bool = False) -> AsyncIterator[Event]:
        """The local engine's render cache: what it holds, its limit; ``clear`` removes all
        but each session's latest export. Another server has no such cache: it is said."""
        api = _api()
        if not await self._is_engine():
            yield Notice("project.cache.local_only", level="warning")
            yield CacheShown(local=False)
            return
        try:
            cleared = await self.client.clear_engine_cache() if clear else None
            usage = await self.client.engine_cache()
        except (api.NemoError, config.InsecureFileError) as exc:
            yield Error.from_exception(exc)
            return
        yield CacheShown(usage=usage, cleared=cleared)

    async def sessions(self) -> AsyncIterator[Event]:
        """Sessions remembered for this server (the API has no listing endpoint)."""
        items = self.store.list()
        current = self.session_id
        for s in items:
            s.current = s.session_id == current
        yield SessionList(items, current)

    async def new_session(self) -> AsyncIterator[Event]:
        """Start a new project (session) and make it current."""
        api = _api()
        try:
            sid = await self._create()
        except (api.NemoError, config.InsecureFileError) as exc:
            yield Error.from_exception(exc)
            return
        self._session_id = None
        yield SessionChanged(sid, "new")

    def find_session(self, ref: str) -> tuple[str | None, Error | None]:
        """The session id ``ref`` names (number, short id, name, full id), or an error."""
        ref = ref.strip()
        found = self.store.find(ref)
        if len(found) == 1:
            return found[0].session_id, None
        if len(found) > 1:
            ids = ", ".join(s.short_id for s in found[:5])
            return None, Error("project.session.ambiguous", {"ref": ref, "ids": ids})
        if len(ref) >= 12:
            return ref, None  # a full id this computer does not remember: ask the server
        return None, Error("project.session.unknown", {"session_id": ref})

    async def use_session(self, ref: str) -> AsyncIterator[Event]:
        """Switch to an existing session (checked with the server first)."""
        api = _api()
        session_id, problem = self.find_session(ref)
        if problem is not None or session_id is None:
            yield problem or Error("project.session.unknown", {"session_id": ref})
            return
        try:
            state = await self.client.state(session_id)
        except api.SessionNotFound:
            yield Error("project.session.unknown", {"session_id": session_id[:8]})
            return
        except (api.NemoError, config.InsecureFileError) as exc:
            yield Error.from_exception(exc)
            return
        self.store.remember(session_id)
        self._session_id = None
        self._remember_state(session_id, state)
        info = self.store.get(session_id)
        if info is not None and info.lang:
            i18n.adopt_session(info.lang)
        yield SessionChanged(session_id, "use", name=self.project_name(session_id))

    async def rename(self, name: str) -> AsyncIterator[Event]:
        """Give the current project a name (shown in lists, used for the exported file)."""
        name = " ".join(name.split())[:80]
        if not name:
            yield Error("project.rename.usage", exit_code=2)
            return
        sid = self.session_id
        if not sid:
            yield Error("project.rename.none", exit_code=1)
            return
        if self.store.get(sid) is None:
            self.store.remember(sid, make_current=False)
        self.store.update(sid, name=name)
        yield Notice("project.renamed", {"name": name, "id": sid[:8]}, level="success")

    def describe_session(self, session_id: str) -> str:
        info = self.store.get(session_id)
        name = (info.display_name if info else None) or i18n.t("ui.sessions.untitled")
        return f"{name} ({session_id[:8]})"

    async def delete_session(self, session_id: str) -> AsyncIterator[Event]:
        """Forget a session on this computer (after the caller has asked the user)."""
        label = self.describe_session(session_id)
        was_current = session_id == self.session_id
        self.store.forget(session_id)
        if self._session_id == session_id:
            self._session_id = None
        yield Notice("project.deleted", {"label": label}, level="success")
        if was_current:
            yield Notice("project.deleted.current")

    async def media(self) -> AsyncIterator[Event]:
        """The project's uploads: number, name, kind, size, on the timeline, duplicates."""

        async def body(sid: str) -> AsyncIterator[Event]:
            state = self._remember_state(sid, await self.client.state(sid))
            yield MediaShown(sid, media_of(state))

        async for ev in self._run(body):
            yield ev

    async def remove_media(self, number: int) -> AsyncIterator[Event]:
        """Remove upload ``number`` (as ``/media`` numbers them) from the project."""
        api = _api()

        async def body(sid: str) -> AsyncIterator[Event]:
            items = media_of(self._remember_state(sid, await self.client.state(sid)))
            item = next((m for m in items if m.number == number), None)
            if item is None:
                yield Error("project.media.no_such", {"n": number, "count": len(items)})
                return
            if item.on_timeline:
                yield Error("project.media.in_use", {"n": number, "name": item.filename})
                return
            delete = getattr(self.client, "delete_media", None)
            if delete is None or not item.media_id:
                yield Error("project.media.cannot_remove")
                return
            try:
                await delete(sid, item.media_id)
            except api.NemoError as exc:
                if exc.status in (404, 405, 501):
                    yield Error("project.media.cannot_remove")
                    return
                raise
            self.last_state, self._state_sid = None, None
            yield Notice("project.media.removed", {"n": number, "name": item.filename}, "success")

        async for ev in self._run(body):
            yield ev

    # -- one agent turn -----------------------------------------------------------------

    async def chat(self, text: str) -> AsyncIterator[Event]:
        """Send ``text`` as one agent turn; stream its events.

        The message is sent once and never re-sent. A turn that ends without any text
        ("silent completion") is answered with what changed in the timeline; a stream that
        breaks mid-turn is followed by watching the state instead of sending again.
        """

        async def body(sid: str) -> AsyncIterator[Event]:
            async for ev in self._turn(sid, text):
                yield ev

        async for ev in self._run(body):
            yield ev

    async def _state_or_none(self, sid: str) -> dict[str, Any] | None:
        api = _api()
        try:
            return self._remember_state(sid, await self.client.state(sid))
        except api.SessionNotFound:
            raise
        except api.NemoError:
            return None

    async def _turn(self, sid: str, text: str) -> AsyncIterator[Event]:
        api = _api()
        before = self.last_state if self._state_sid == sid else None
        if before is None:
            before = await self._state_or_none(sid)
        had_text = False
        tools = 0
        received = 0
        start = self.clock()
        next_notice = start + self.still_every
        stream = self.client.chat(sid, text)
        task: asyncio.Future[Any] | None = None
        try:
            while True:
                task = asyncio.ensure_future(stream.__anext__())
                while True:
                    wait = max(0.0, next_notice - self.clock())
                    done, _ = await asyncio.wait({task}, timeout=wait)
                    if done:
                        break
                    now = self.clock()
                    if now >= next_notice:
                        yield StillWorking(now - start)
                        next_notice = now + self.still_every
                try:
                    item = task.result()
                except StopAsyncIteration:
                    task = None
                    break
                task = None
                received += 1
                if isinstance(item, api.TextChunk):
                    if item.text:
                        had_text = had_text or bool(item.text.strip())
                        yield Text(item.text)
                elif isinstance(item, api.ToolCall):
                    tools += 1
                    yield ToolStarted(item.name, dict(item.args or {}))
                elif isinstance(item, api.ToolResult):
                    tools += 1
                    yield ToolFinished(item.name, item.result)
                else:
                    yield Heartbeat()
        except (api.StreamStalled, api.NetworkError) as exc:
            if received == 0 and getattr(exc, "key", "") == "client.error.connect":
                raise  # never reached the server: plain failure, nothing to watch
            yield Error.from_exception(exc)
            async for ev in self._recover(sid, before):
                yield ev
            return
        finally:
            if task is not None and not task.done():
                task.cancel()
                with contextlib.suppress(BaseException):
                    await task
            aclose = getattr(stream, "aclose", None)
            if aclose is not None:
                with contextlib.suppress(BaseException):
                    await aclose()

        changes: list[str] = []
        if tools or not had_text:
            after = await self._state_or_none(sid)
            if after is not None:
                changes = tl.diff(_draft_of(before), _draft_of(after)) if before is not None else []
        if not had_text:
            if changes:
                yield Changes(changes, silent=True)
            else:
                yield Notice("project.turn.no_reply", level="warning")
        elif changes:
            yield Changes(changes, silent=False)
        yield TurnEnd(had_text=had_text, changed=bool(changes))

    async def _recover(self, sid: str, before: dict[str, Any] | None) -> AsyncIterator[Event]:
        """After a broken stream: do not re-send; watch the state for the turn's result."""
        yield Notice("project.turn.watching", {"seconds": round(self.recover_wait)})
        await self.sleep(self.recover_wait)
        for attempt in range(self.recover_tries):
            if attempt:
                await self.sleep(self.recover_every)
            after = await self._state_or_none(sid)
            if after is not None and before is not None:
                changes = tl.diff(_draft_of(before), _draft_of(after))
                if changes:
                    yield Changes(changes, silent=True)
                    yield TurnEnd(had_text=False, changed=True)
                    return
        yield Error("project.turn.lost", exit_code=1)
        yield TurnEnd(had_text=False, changed=False)


def _photos_shown(timeline: tl.Timeline | None, media: list[Any]) -> int:
    """How many photos the video shows (what /sessions lists): the photos on the timeline
    once there is one, else the photos uploaded."""
    if timeline is not None and not timeline.empty:
        return sum(
            1
            for track in timeline.tracks
            if track.type == "video"
            for seg in track.segments
            if seg.meta.get("kind", "image") == "image"
        )
    return sum(1 for m in media if m.kind == "image")
