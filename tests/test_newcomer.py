"""A newcomer's first hour (issue 13), through the real program on the local engine:
in a pseudo-terminal (English and Chinese) and as one-shot commands.

No contradictory tip after "hello"; the language stays put through quoted CJK titles;
plurals; did-you-mean for `/exprot` and `exprot` (kept out of the history); a duplicate drop
named by the dropped file; /media, /remove, /rename, short ids, folder drop; the toolbar
never ends mid-word; no progress lines on a redirected stderr; the --json shapes.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")
Image = pytest.importorskip("PIL.Image")

sys.path.insert(0, str(Path(__file__).parent))
from program import run_program  # noqa: E402

PROMPT = "nemo>"
_TOOLBAR = re.compile(r"\x1b\[0;7m([^\r\x1b]*)")  # the reverse-video bottom line


def photos(folder: Path, *names: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for k, name in enumerate(names):
        path = folder / name
        Image.new("RGB", (64, 48), (40 * k % 256, 90, 200 - 30 * k % 200)).save(path)
        out.append(path)
    return out


class Chat:
    """The chat in a pty on the local engine; answers the cursor-position request so
    prompt_toolkit draws its bottom toolbar (it only does when it knows the screen)."""

    def __init__(
        self, cwd: Path, *, cols: int = 100, lang: str = "C.UTF-8", cpr: bool = False, **env: str
    ):
        full = dict(os.environ)
        full.pop("PROMPT_TOOLKIT_NO_CPR", None)
        if not cpr:  # without it the prompt is drawn once (no toolbar): easy to wait for
            full["PROMPT_TOOLKIT_NO_CPR"] = "1"
        full.update(
            NEMOCHAT_BACKEND="local",
            NO_COLOR="1",
            TERM="xterm",
            LANG=lang,
            NEMOCHAT_OUTPUT_DIR=str(cwd / "out"),
            **env,
        )
        full.pop("NEMO_API_URL", None)
        self.child = pexpect.spawn(
            sys.executable,
            ["-m", "nemochat"],
            env=full,
            cwd=str(cwd),
            encoding="utf-8",
            dimensions=(30, cols),
            timeout=40,
        )
        self.seen = ""
        self.wait(PROMPT)
        if cpr:
            self.drain()

    def drain(self, seconds: float = 2.0) -> None:
        """Read whatever comes for ``seconds`` (redraws), answering cursor requests."""
        import time

        end = time.monotonic() + seconds
        while time.monotonic() < end:
            try:
                self.child.expect_exact("\x1b[6n", timeout=max(0.1, end - time.monotonic()))
                self.seen += self.child.before + self.child.after
                self.child.send("\x1b[5;1R")
            except pexpect.TIMEOUT:
                self.seen += self.child.before

    def wait(self, text: str) -> str:
        """Read until ``text``, answering cursor-position requests on the way."""
        while True:
            i = self.child.expect_exact(["\x1b[6n", text])
            self.seen += self.child.before + self.child.after
            if i == 0:
                self.child.send("\x1b[5;1R")
                continue
            return self.child.before

    def say(self, line: str, *expect: str) -> str:
        """Type ``line`` and Enter; wait for each ``expect`` text in turn, then the prompt.
        Returns everything printed meanwhile (the prompt is redrawn now and then, so the
        expected texts are what mark the answer)."""
        mark = len(self.seen)
        self.child.send(line + "\r")
        for text in expect:
            self.wait(text)
        self.wait(PROMPT)
        return self.seen[mark:]

    def toolbars(self) -> list[str]:
        return [m.group(1).rstrip() for m in _TOOLBAR.finditer(self.seen)]

    def quit(self) -> None:
        self.child.sendcontrol("d")
        self.child.expect(pexpect.EOF)
        self.child.close()
        assert self.child.exitstatus == 0


@pytest.fixture
def chats(cwd: Path) -> Iterator:
    started: list[Chat] = []

    def start(**kw: object) -> Chat:
        chat = Chat(cwd, **kw)  # type: ignore[arg-type]
        started.append(chat)
        return chat

    yield start
    for chat in started:
        if chat.child.isalive():
            chat.child.terminate(force=True)


def test_english_first_hour(chats, cwd: Path, _isolated_home: Path) -> None:
    pics = cwd / "trip"
    coffee, _rocket, _cat = photos(pics, "coffee.png", "rocket.png", "cat.png")
    (pics / "copy of coffee.png").write_bytes(coffee.read_bytes())
    chat = chats()
    out = chat.say("hello", "New project started.", "drag them in")
    assert "nothing to drag" not in out  # no tip that contradicts the agent
    assert "New project started." in out and "Session:" not in out

    chat.say(str(coffee), "Uploaded 1 file: coffee.png")
    out = chat.say(
        f"'{pics}/copy of coffee.png'",
        "copy of coffee.png is already in the project (as coffee.png)",
    )
    assert "Uploaded" not in out  # nothing merged silently under another name

    # before a video: the uploads and a first request
    chat.say("status", "Uploaded so far: coffee.png.", "for example: make")

    # a dropped folder offers its images; Enter (the offer is at the prompt) adds them
    chat.say(str(pics), f"{pics} is a folder with 4 images", "sorted by name")
    out = chat.say("", "Uploaded 2 files: cat.png, rocket.png")  # sorted by name
    assert "coffee.png is already in the project" in out

    chat.say("/exprot", "Unknown command: /exprot. Did you mean /export?")
    chat.child.sendcontrol("c")  # the suggestion is at the prompt; clear it
    chat.say("exprot", "Did you mean export? Nothing was sent; it is in the input line")
    chat.child.sendcontrol("c")

    out = chat.say("/media", "Uploads (3):", "/remove N")
    assert re.search(r"1\s+coffee\.png\s+photo\s+.*not used", out), out
    assert re.search(r"3\s+rocket\.png", out), out

    chat.say("make a video with the title 'Tokyo 東京'", "What changed:", "Added Title")
    chat.say("status", "Timeline (2 tracks)", "Clips: 1 coffee  2 cat  3 rocket")

    chat.say("/remove 1", "is on the timeline")
    chat.say("remove photo 3", "What changed:")
    chat.say("/remove 3", "Removed upload 3 (rocket.png).")
    out = chat.say("/media", "Uploads (2):", "/remove N")
    assert "rocket.png" not in out

    out = chat.say("/rename Tokyo trip", "Renamed the project to Tokyo trip")
    first = re.search(r"\(([0-9a-zA-Z_-]{8})\)", out)
    assert first is not None
    short = first.group(1)
    chat.say("/new", "New project started (")
    out = chat.say("/sessions", "Projects", "no video yet")
    assert re.search(rf"1\s+{short}\s+Tokyo trip\s+2 photos\s+\S+s\s+just now", out), repr(out)
    chat.say(f"/use {short}", f"Now working on Tokyo trip ({short}).")
    chat.say("/delete 2", "Type y to confirm")
    chat.say("y", "Deleted (no name yet)")
    chat.quit()
    history = (_isolated_home / "history").read_text(encoding="utf-8")
    assert "exprot" not in history and "make a video" in history


def test_chinese_first_hour(chats, cwd: Path) -> None:
    (coffee,) = photos(cwd / "pics", "咖啡.png")
    chat = chats(lang="zh_CN.UTF-8")
    out = chat.say("你好", "已新建项目。", "/upload")
    assert "这里不需要拖动" not in out
    chat.say(str(coffee), "已上传 1 个文件：咖啡.png")
    chat.say("导处", "你是想输入 导出 吗？")
    chat.child.sendcontrol("c")
    chat.say("做成视频，标题是“Tokyo Night”", "修改内容：", "新增标题")
    # the quoted Latin title did not switch the interface
    chat.say("状态", "时间线（2 条轨道）", "片段：1 咖啡")
    chat.say("/sessions", "1 张照片", "刚刚")
    chat.child.sendcontrol("r")  # prompt_toolkit's search prompt, in Chinese
    chat.wait("搜索历史")
    chat.child.sendcontrol("g")
    chat.quit()
    # the next start speaks Chinese from its first line
    chat = chats(lang="C.UTF-8")
    assert "后端：本机引擎" in chat.seen and "nemochat 0.1.0：" in chat.seen
    chat.quit()


@pytest.mark.parametrize(("cols", "lang"), [(60, "en"), (80, "zh"), (120, "en")])
def test_toolbar_never_ends_mid_word(chats, cols: int, lang: str) -> None:
    from rich.cells import cell_len

    from nemochat.chat.engine import ChatState
    from nemochat.i18n import t
    from nemochat.ui.repl import toolbar_text

    chat = chats(cols=cols, cpr=True, NEMOCHAT_LANG=lang)
    chat.child.send("/help\r")
    chat.drain(3.0)
    # full draws only (prompt_toolkit repaints just the cells that changed)
    bars = [b for b in chat.toolbars() if b.startswith(t("ui.toolbar.backend", lang))]
    assert bars, chat.seen[-500:]
    full = toolbar_text(
        ChatState(backend="local", session_id="12345678", credits_unlimited=True, busy="reply"),
        lang=lang,
        setting=lang,
    )
    words = set(full.replace("|", " ").split()) | {t("ui.toolbar.none", lang), "?"}
    for bar in bars:
        assert cell_len(bar) <= cols - 1
        assert set(bar.replace("|", " ").split()) <= words, bar
        assert t("ui.toolbar.key.quit", lang) in bar, bar
    chat.quit()


def test_redirected_runs_have_no_progress_and_json_shapes(cwd: Path) -> None:
    (photo,) = photos(cwd / "pics", "beach.png")
    (cwd / "notes.txt").write_text("not a photo")
    env = {"NEMOCHAT_BACKEND": "local"}
    r = run_program("credits", "--json", cwd=cwd, env=env)
    assert r.json() == {"available": None, "frozen": 0, "total": None, "unlimited": True}
    r = run_program("upload", str(cwd / "notes.txt"), "--json", cwd=cwd, env=env)
    body = r.json()
    assert body["files"] == [] and body["error"]["exit_code"] == 4
    r = run_program(
        "-m", f"{photo}", "-m", "make a video", "-m", "export", cwd=cwd, env=env, timeout=120
    )
    assert r.code == 0, r.err
    assert not re.search(r"(Uploading|Rendering|Downloading) \d+%", r.err), r.err
    r = run_program("media", "--json", cwd=cwd, env=env)
    media = r.json()["media"]
    assert [m["filename"] for m in media] == ["beach.png"] and media[0]["on_timeline"]
    r = run_program("sessions", cwd=cwd, env=env)
    assert re.search(r"\*\s+1\s+\S{8}\s+", r.out), r.out
    assert "1 photo" in r.out
