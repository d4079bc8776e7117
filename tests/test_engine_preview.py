"""Preview, cache and the skipped second download, end to end: the chat engine, the one-shot
commands and MCP's way in (``ChatEngine.run``) drive the real local engine over HTTP on
127.0.0.1 — no fakes, except the fake cloud for what the cloud cannot do."""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from test_engine_support import jpeg, running

from nemochat import actions, config, i18n
from nemochat import events as ev
from nemochat.chat import router
from nemochat.chat.engine import ChatEngine


def _photos(folder: Path) -> list[Path]:
    out = []
    for i, color in enumerate(["red", "green", "blue"]):
        p = folder / f"photo{i}.jpg"
        p.write_bytes(jpeg(96, 64, color))
        out.append(p)
    return out


def _session(
    url: str, tmp_path: Path, steps: Callable[[ChatEngine], Any], *, backend: str = "local"
) -> Any:
    """Run ``steps(engine)`` with a real client and project on ``url``, after uploading three
    photos and asking for a video."""
    from nemochat.api import NemoClient
    from nemochat.project import Project

    async def go() -> Any:
        async with NemoClient(
            base_url=url, poll_interval=(0.05, 0.2), home=config.home()
        ) as client:
            project = Project(client, backend=backend, key=url, output_dir=tmp_path / "out")
            engine = ChatEngine(project)
            async for _ in engine.run("upload", items=[str(p) for p in _photos(tmp_path)]):
                pass
            async for _ in engine.run("chat", message="make a 16:9 video, 1 second per photo"):
                pass
            return await steps(engine)

    return asyncio.run(go())


async def _events(engine: ChatEngine, line: str) -> list[ev.Event]:
    return [e async for e in engine.handle(line)]


def _one(events: list[ev.Event], cls: type) -> Any:
    found = [e for e in events if isinstance(e, cls)]
    errors = [e.message("en") for e in events if isinstance(e, ev.Error)]
    assert len(found) == 1, (cls.__name__, errors, events)
    return found[0]


def test_preview_every_way_in(tmp_path: Path) -> None:
    import av

    async def steps(engine: ChatEngine) -> dict[str, Any]:
        out: dict[str, Any] = {}
        out["slash"] = await _events(engine, "/preview")
        out["en"] = await _events(engine, "show me a preview")
        i18n.set_language("zh")
        out["zh"] = await _events(engine, "先预览一下")
        i18n.set_language("en")
        out["at"] = await _events(engine, "/preview 1s")
        out["mcp"] = [e async for e in engine.run("preview", at="0.5s")]
        out["beyond"] = await _events(engine, "/preview 9s")
        out["bad"] = await _events(engine, "/preview soon")
        return out

    i18n.set_language("en")
    with running(config.home(), login=False) as api:
        got = _session(api.url, tmp_path, steps)
    first = _one(got["slash"], ev.Previewed)
    assert first.fast and first.at_ms is None and not first.already
    assert first.path.parent == config.home() / "previews"  # never in the output folder
    assert not (tmp_path / "out").exists()
    with av.open(str(first.path)) as c:
        v = c.streams.video[0]
        # the draft is 720p at 30 fps: the preview is 480p at half the frame rate
        assert min(v.codec_context.width, v.codec_context.height) == 480
        assert float(v.average_rate) == 15
    notice = next(e for e in got["slash"] if isinstance(e, ev.Notice))
    assert notice.key == "project.preview.rendering"
    for way in ("en", "zh", "at", "mcp"):
        again = _one(got[way], ev.Previewed)
        assert again.path == first.path and again.already, way  # same video: no new download
    assert _one(got["at"], ev.Previewed).at_ms == 1000
    assert _one(got["mcp"], ev.Previewed).at_ms == 500
    assert _one(got["beyond"], ev.Error).key == "project.preview.beyond"
    assert _one(got["bad"], ev.Error).key == "chat.usage.preview"
    result = actions.result_of(actions.REGISTRY["preview"], got["mcp"])
    assert result["path"] == str(first.path) and result["fast"] is True
    assert "error" not in result


def test_the_preview_is_drawn_as_key_frames_or_one_frame(tmp_path: Path) -> None:
    from rich.console import Console

    from nemochat.ui import output

    async def steps(engine: ChatEngine) -> list[ev.Event]:
        return await _events(engine, "/preview")

    with running(config.home(), login=False) as api:
        event = _one(_session(api.url, tmp_path, steps), ev.Previewed)
    strip = output.preview_frames(event.path, width=100, lang="en")
    assert strip is not None
    picture, times = strip
    seconds = (event.duration_ms or 0) / 1000
    assert times == pytest.approx([seconds * (k + 0.5) / 5 for k in range(5)], abs=0.05)
    lines = picture.plain.split("\n")
    assert len(lines) == 5 and set(lines[0]) == {"▀", " "}  # 4 rows of frames, 1 of times
    assert "0.2s" in lines[-1] and "1.8s" in lines[-1]
    # the three photos are red, green, blue: the strip shows them in that order
    console = Console(width=100, file=io.StringIO(), color_system="truecolor")

    def colour(x: int) -> tuple[int, int, int]:
        style = picture.get_style_at_offset(console, x)
        c = style.color.get_truecolor()  # type: ignore[union-attr]
        return (c.red, c.green, c.blue)

    width = len(lines[0].split(" ")[0])
    mid = len(lines[0]) + 1 + width // 2  # the second row of cells, middle of frame 1
    r, g, b = colour(mid)
    assert r > g and r > b
    r, g, b = colour(mid + 2 * (width + 1))  # frame 3, in the middle: green
    assert g > r and g > b
    frame = output.preview_frames(event.path, width=60, at_ms=1500, lang="zh")
    assert frame is not None and frame[1] == [1.5]
    assert "▀" not in frame[0].plain  # no ambiguous-width glyph in the Chinese chrome
    # a terminal shows the strip (no display here: never a player)
    shown = io.StringIO()
    console = Console(file=shown, force_terminal=True, color_system="256", width=100)
    output.show_preview(event, console, print_line=console.print)
    text = shown.getvalue()
    assert "Preview:" in text and "Key frames at" in text and "▀" in text


def test_the_preview_opens_the_system_player_when_there_is_a_display(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rich.console import Console

    from nemochat.ui import output, player

    opened: list[Path] = []
    monkeypatch.setattr(player, "available", lambda: True)
    monkeypatch.setattr(player, "open_file", lambda p: opened.append(p) or True)
    event = ev.Previewed("render_x", tmp_path / "p.mp4", 10, 3000)
    shown = io.StringIO()
    console = Console(file=shown, force_terminal=True, width=80)
    output.show_preview(event, console, print_line=console.print)
    assert opened == [tmp_path / "p.mp4"] and "opened in the player" in shown.getvalue()
    # not for a terminal-less output (pipes, MCP), nor for /preview TIME
    output.show_preview(event, Console(file=io.StringIO()), print_line=print)
    at = ev.Previewed("render_x", tmp_path / "p.mp4", 10, 3000, at_ms=1000)
    output.show_preview(at, Console(file=io.StringIO(), force_terminal=True), print_line=print)
    assert len(opened) == 1
    monkeypatch.undo()
    monkeypatch.setenv("NEMOCHAT_PLAYER", "off")
    assert not player.available()


def test_a_second_export_of_the_same_video_is_not_downloaded(tmp_path: Path) -> None:
    async def steps(engine: ChatEngine) -> tuple[list[ev.Event], list[ev.Event], int]:
        first = await _events(engine, "/export")
        calls = 0
        real = engine.project.client.download

        async def counting(*args: Any, **kw: Any) -> Any:
            nonlocal calls
            calls += 1
            return await real(*args, **kw)

        engine.project.client.download = counting
        second = await _events(engine, "/export")
        return first, second, calls

    with running(config.home(), login=False) as api:
        first, second, calls = _session(api.url, tmp_path, steps)
    one, two = _one(first, ev.Exported), _one(second, ev.Exported)
    assert not one.already and two.already and calls == 0
    assert two.path == one.path and sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        one.path.name
    ]
    assert "Already saved:" in i18n.t("ui.exported.already", "en", path="x")
    assert "已经保存过" in i18n.t("ui.exported.already", "zh", path="x")


def test_cache_in_the_chat(tmp_path: Path) -> None:
    async def steps(engine: ChatEngine) -> dict[str, list[ev.Event]]:
        await _events(engine, "/export")
        await _events(engine, "/preview")
        return {
            "slash": await _events(engine, "/cache"),
            "en": await _events(engine, "how big is the cache"),
            "clear": await _events(engine, "clear the cache"),
            "zh": await _events(engine, "查看缓存"),
        }

    with running(config.home(), login=False) as api:
        got = _session(api.url, tmp_path, steps)
    shown = _one(got["slash"], ev.CacheShown)
    assert shown.local and shown.usage["bytes"] > shown.usage["kept_bytes"] > 0
    assert shown.usage["limit"] == 4 * 1024**3 and shown.cleared is None
    assert _one(got["en"], ev.CacheShown).usage["bytes"] == shown.usage["bytes"]
    cleared = _one(got["clear"], ev.CacheShown)
    assert cleared.cleared is not None and cleared.cleared["freed_bytes"] > 0
    assert cleared.usage["bytes"] == shown.usage["kept_bytes"]  # the latest export stayed
    assert _one(got["zh"], ev.CacheShown).usage["bytes"] == cleared.usage["bytes"]
    data = actions.result_of(actions.REGISTRY["cache"], got["clear"])
    assert data["local"] and data["cleared"]["removed"] > 0


def test_against_the_cloud_preview_is_a_normal_render_and_cache_is_local_only(
    fake: Any, tmp_path: Path
) -> None:
    async def steps(engine: ChatEngine) -> dict[str, list[ev.Event]]:
        return {
            "preview": await _events(engine, "/preview"),
            "cache": await _events(engine, "/cache"),
        }

    got = _session(fake.url, tmp_path, steps, backend="cloud")
    notices = [e.key for e in got["preview"] if isinstance(e, ev.Notice)]
    assert "project.preview.cloud" in notices
    assert not _one(got["preview"], ev.Previewed).fast
    body = fake.requests_to("render")[-1].json
    assert "preview" not in body["output"]  # the cloud is not sent what it does not know
    assert [e.key for e in got["cache"] if isinstance(e, ev.Notice)] == ["project.cache.local_only"]
    assert actions.result_of(actions.REGISTRY["cache"], got["cache"])["local"] is False
    for lang in ("en", "zh"):
        assert "local" in i18n.t("project.cache.local_only", lang) or "本地" in i18n.t(
            "project.cache.local_only", lang
        )
    assert i18n.has_han(i18n.t("project.preview.cloud", "zh", seconds=3))


def test_one_shot_commands_with_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from nemochat import cli

    monkeypatch.chdir(tmp_path)
    photos = [str(p) for p in _photos(tmp_path)]
    assert cli.main(["upload", *photos, "--json"]) == 0
    assert cli.main(["-m", "make a 16:9 video, 1 second per photo"]) == 0
    capsys.readouterr()
    assert cli.main(["preview", "1s", "--json"]) == 0
    preview = json.loads(capsys.readouterr().out)
    assert preview["at_ms"] == 1000 and preview["fast"] and Path(preview["path"]).is_file()
    assert cli.main(["preview"]) == 0  # not a terminal: the path alone on stdout
    assert capsys.readouterr().out.strip() == preview["path"]
    assert cli.main(["cache", "--json"]) == 0
    usage = json.loads(capsys.readouterr().out)
    assert usage["local"] and usage["bytes"] > 0 and usage["limit"] == 4 * 1024**3
    assert cli.main(["cache", "--clear", "--lang", "zh"]) == 0
    text = capsys.readouterr().out
    assert "已清理" in text and "本地引擎缓存" in text


def test_the_registry_declares_preview_and_cache_everywhere() -> None:
    for name, (en, zh) in {
        "preview": ("show me a preview", "先预览一下"),
        "cache": ("cache", "缓存"),
    }.items():
        act = actions.get(name)
        assert act is not None and act.slash and act.one_shot and act.mcp and act.routed
        assert router.route(en).intent == name and router.route(zh).intent == name
        for lang in ("en", "zh"):
            assert i18n.t(act.help_key, lang) != act.help_key
            assert i18n.t(act.cli_help_key, lang) != act.cli_help_key
    assert router.route("预览第12秒").arg == "12s"
    assert router.route("清理缓存").arg == "clear"
    assert router.route("先预览一下再导出").intent == router.CHAT
    assert actions.parse_time("1:05") == 65_000 and actions.parse_time("12秒") == 12_000


def test_a_new_folder_named_with_a_trailing_slash_is_a_folder(tmp_path: Path) -> None:
    from nemochat.project import Project

    project = Project(object(), backend="local")  # type: ignore[arg-type]
    new = tmp_path / "new"
    assert project._destination(f"{new}/", "Trip", "123") == new / "Trip.mp4"
    assert project._destination(str(new), "Trip", "123") == new  # a file name
    new.mkdir()
    assert project._destination(str(new), "Trip", "123") == new / "Trip.mp4"


def test_the_nemovideo_cloud_is_never_asked_for_engine_routes() -> None:
    from nemochat.project import Project

    class Cloud:
        base_url = config.DEFAULT_API_URL

        async def engine_info(self) -> dict[str, Any]:
            raise AssertionError("the cloud was asked for /api/engine/info")

    project = Project(Cloud(), backend="cloud")  # type: ignore[arg-type]
    events = asyncio.run(_collect(project.cache()))
    assert [e.key for e in events if isinstance(e, ev.Notice)] == ["project.cache.local_only"]


async def _collect(source: Any) -> list[ev.Event]:
    return [e async for e in source]
