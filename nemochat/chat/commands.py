"""Slash commands: one registry with aliases, bilingual help and argument completion."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Command:
    name: str
    aliases: tuple[str, ...] = ()
    args: tuple[str, ...] = ()  # fixed argument words offered by Tab completion
    takes_path: bool = False  # Tab completes file paths after it
    takes_session: bool = False  # Tab completes session ids after it

    @property
    def help_key(self) -> str:
        return f"chat.help.{self.name}"


COMMANDS: tuple[Command, ...] = (
    Command("help", ("h", "?", "帮助")),
    Command("upload", ("up", "add", "上传"), takes_path=True),
    Command("status", ("st", "timeline", "tracks", "状态")),
    Command("credits", ("balance", "积分")),
    Command("export", ("download", "导出"), takes_path=True),
    Command("new", ("新建",)),
    Command("sessions", ("ls", "会话")),
    Command("use", ("switch", "切换"), takes_session=True),
    Command("lang", ("language", "语言"), args=("en", "zh", "auto")),
    Command("open", ("打开",)),
    Command("clear", ("cls", "清屏")),
    Command("quit", ("exit", "q", "bye", "退出")),
)
_BY_NAME: dict[str, Command] = {}
for _cmd in COMMANDS:
    _BY_NAME[_cmd.name] = _cmd
    for _alias in _cmd.aliases:
        _BY_NAME[_alias] = _cmd


def lookup(word: str) -> Command | None:
    """The command for ``word`` (name or alias, case-insensitive, without the slash)."""
    return _BY_NAME.get(word.casefold())


def split(text: str) -> tuple[Command | None, str, str] | None:
    """``"/use abc"`` → (command, "use", "abc"); ``None`` if ``text`` is not a slash command.

    An unknown word after the slash gives ``(None, word, rest)``; a path such as
    ``/Users/amy/a.png`` is not a command at all (``None``).
    """
    s = text.strip()
    if not s.startswith("/") or len(s) < 2:
        return None
    head, _, rest = s[1:].partition(" ")
    if "/" in head or "\\" in head or "." in head:
        return None  # a path, not a command
    return lookup(head), head, rest.strip()
