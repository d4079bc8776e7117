"""The action registry drives every front end: slash commands, routed phrases, one-shot
subcommands with ``--json``, help, Tab completion and MCP tools all come from it, and an
action gives the same result whichever way it is reached."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from fakeserver import FakeNemo

from nemochat import actions, i18n
from nemochat import events as ev
from nemochat.chat import commands, router
from nemochat.chat.engine import ChatEngine

# the actions every front end has, with a phrase in each language that runs it
CORE = {
    "upload": ("upload {photo}", "上传 {photo}"),
    "status": ("what's the status?", "看看进度"),
    "credits": ("how many credits do I have", "我的积分"),
    "export": ("export the video", "导出视频"),
    "sessions": ("show my projects", "查看我的项目"),
    "new": ("start a new project", "新建一个项目"),
    "preview": ("show me a preview", "先预览一下"),
    "cache": ("how big is the cache", "查看缓存"),
}


def test_the_core_actions_are_declared_for_every_front_end() -> None:
    for name in CORE:
        act = actions.get(name)
        assert act is not None, name
        assert act.slash and act.one_shot and act.mcp and act.routed, name
        assert act.result is not None, name
    assert {a.name for a in actions.mcp_actions()} >= {*CORE, "chat"}


def test_every_action_has_help_in_both_languages() -> None:
    catalog = i18n.catalog()
    for act in actions.all_actions():
        for key in [act.help_key, *(a.help for a in act.args)]:
            en, zh = catalog[key]
            assert en.strip() and i18n.has_han(zh), key
        if act.one_shot:
            assert act.cli_help_key in catalog, act.name
        if act.mcp:
            assert act.doc, f"{act.name}: the MCP description is the handler's docstring"


def test_slash_commands_and_completion_come_from_the_registry() -> None:
    assert [c.name for c in commands.COMMANDS] == [a.name for a in actions.slash_actions()]
    for act in actions.slash_actions():
        for word in (act.name, *act.aliases):
            found = commands.lookup(word)
            assert found is not None and found.name == act.name, word
    assert commands.lookup("upload").takes_path  # type: ignore[union-attr]
    assert commands.lookup("use").takes_session  # type: ignore[union-attr]
    assert commands.lookup("lang").args == ("en", "zh", "auto")  # type: ignore[union-attr]
    assert any(i18n.has_han(a) for act in actions.slash_actions() for a in act.aliases)


def test_help_lists_every_slash_command_in_both_languages() -> None:
    from nemochat.ui.output import help_text

    for lang in ("en", "zh"):
        i18n.set_language(lang)
        try:
            text = help_text(120).plain
        finally:
            i18n.set_language("auto")
        for act in actions.slash_actions():
            assert "/" + act.name in text, (lang, act.name)
            assert i18n.t(act.help_key, lang).split()[0] in text, (lang, act.name)


def test_routed_phrases_in_both_languages() -> None:
    assert set(router.INTENTS) == {a.name for a in actions.routed_actions()}
    for name, phrases in CORE.items():
        for phrase in phrases:
            r = router.route(phrase.format(photo="https://example.com/a.jpg"))
            assert r.intent == name, (phrase, r)
    # near misses still reach the agent
    for text in ("make a new project video with these photos", "don't show my projects"):
        assert router.route(text).intent == router.CHAT, text


def test_one_shot_subcommands_come_from_the_registry() -> None:
    from nemochat import cli

    for act in actions.one_shot_actions():
        argv = [act.name, *(["a.jpg"] if act.name == "upload" else []), "--json"]
        args = cli.parse(argv)
        assert args.command == act.name and args.json
    args = cli.parse(["export", "-o", "x.mp4", "--force"])
    assert (args.output, args.force) == ("x.mp4", True)


def test_mcp_tools_and_schemas_come_from_the_registry() -> None:
    pytest.importorskip("mcp")
    from nemochat import mcp_server

    tools = {t.name: t for t in mcp_server.tools()}
    assert set(tools) == {a.name for a in actions.mcp_actions()}
    upload = tools["upload"].inputSchema
    assert upload["properties"]["items"]["type"] == "array" and upload["required"] == ["items"]
    export = tools["export"].inputSchema
    assert export["properties"]["force"]["type"] == "boolean" and export["required"] == []
    assert tools["chat"].inputSchema["required"] == ["message"]
    for tool in tools.values():
        assert tool.description and "{" not in tool.description


def test_adding_an_action_is_one_declaration() -> None:
    @actions.action("ping_test", aliases=("pt",), one_shot=True, mcp=True)
    async def ping(ctx: Any) -> Any:
        """Answer pong."""
        yield ev.Notice("chat.delete.kept")

    try:
        act = actions.get("ping_test")
        assert act is not None and act.doc == "Answer pong."
        assert act in actions.slash_actions() and act in actions.mcp_actions()
        with pytest.raises(RuntimeError):
            actions.action("ping_test")(ping)
    finally:
        del actions.REGISTRY["ping_test"]


# --- the same result whichever way an action is reached ---------------------------------


def _results(fake: FakeNemo, tmp_path: Path, name: str, photo: Path) -> list[dict[str, Any]]:
    """``name`` as a slash command, an English phrase, a Chinese phrase and a typed call."""
    from nemochat.api import NemoClient
    from nemochat.project import Project

    act = actions.get(name)
    assert act is not None
    typed: dict[str, Any] = {"upload": {"items": [str(photo)]}}.get(name, {})
    slash = f"/{name} {photo}" if name == "upload" else f"/{name}"
    lines = [slash, *(p.format(photo=photo) for p in CORE[name])]

    async def go() -> list[dict[str, Any]]:
        client = NemoClient(base_url=fake.url, poll_interval=(0.05, 0.2))
        try:
            project = Project(client, backend="cloud", key=fake.url, output_dir=tmp_path)
            engine = ChatEngine(project)
            async for _ in engine.run("upload", items=[str(photo)]):
                pass
            async for _ in engine.run("chat", message="make a video"):
                pass  # something to export
            out = []
            for line in lines:
                events = [e async for e in engine.handle(line)]
                out.append(actions.result_of(act, events))
            events = [e async for e in engine.run(name, **typed)]
            out.append(actions.result_of(act, events))
            return out
        finally:
            await client.aclose()

    return asyncio.run(go())


@pytest.mark.parametrize("name", list(CORE))
def test_every_way_in_gives_the_same_result(fake: FakeNemo, tmp_path: Path, name: str) -> None:
    photo = tmp_path / "beach.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    i18n.set_language("en")  # the Chinese phrases would switch the results' language
    try:
        results = _results(fake, tmp_path, name, photo)
    finally:
        i18n.set_language("auto")
    assert all("error" not in r for r in results), results
    assert len(fake.requests_to("chat")) == 1, "an action reached the agent"

    def comparable(r: dict[str, Any]) -> Any:
        if name == "new":
            return sorted(r)  # a new session id each time
        if name == "preview":  # a new render each time (the fake cloud announces no hash)
            return (sorted(r), r["fast"], r["bytes"] > 0)
        if name == "export":
            return (sorted(r), Path(r["path"]).suffix, r["bytes"] > 0)  # " (1)" names differ
        if name == "upload":
            return [f["filename"] for f in r["files"]]
        if name == "sessions":
            return sorted(r)
        return r

    assert len({repr(comparable(r)) for r in results}) == 1, results
