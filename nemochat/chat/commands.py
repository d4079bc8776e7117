"""Slash commands: the registry's actions (``nemochat.actions``) as typed in the chat, with
their aliases, bilingual help and argument completion; parsing and "did you mean"."""

from __future__ import annotations

from dataclasses import dataclass

from nemochat import actions


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


def _from_registry() -> tuple[Command, ...]:
    """The slash commands, generated from the action registry (``nemochat.actions``)."""
    return tuple(
        Command(
            a.name,
            a.aliases,
            args=a.choices if a.completion == "choices" else (),
            takes_path=a.completion == "path",
            takes_session=a.completion == "session",
        )
        for a in actions.slash_actions()
    )


COMMANDS: tuple[Command, ...] = _from_registry()
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


# --- did you mean ----------------------------------------------------------------------------


def distance(a: str, b: str) -> int:
    """Edit distance with adjacent transpositions (``exprot`` → ``export`` is 1)."""
    a, b = a.casefold(), b.casefold()
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[len(b)]


def _limit(word: str) -> int:
    if any(ord(c) > 0x2E80 for c in word):
        return 1 if len(word) >= 2 else 0
    return 1 if len(word) <= 5 else 2


def nearest(word: str, candidates: list[str]) -> str | None:
    """The candidate closest to ``word`` within a small edit distance (ties: the first)."""
    best: tuple[int, str] | None = None
    limit = _limit(word)
    for cand in candidates:
        d = distance(word, cand)
        if 0 < d <= limit and (best is None or d < best[0]):
            best = (d, cand)
    return best[1] if best else None


def suggest_command(word: str) -> str | None:
    """``exprot`` → ``export``: the nearest command name or alias of an unknown word."""
    names = [n for cmd in COMMANDS for n in (cmd.name, *cmd.aliases)]
    found = nearest(word, names)
    return found


# bare words handled on this machine (typed without a slash); a typo of one is not sent
# to the agent
LOCAL_WORDS = (
    "export",
    "download",
    "status",
    "credits",
    "balance",
    "upload",
    "help",
    "导出",
    "下载",
    "状态",
    "积分",
    "余额",
    "上传",
    "帮助",
)
_NOT_TYPOS = frozenset({"导入", "出", "hello", "hi", "undo", "redo", "yes", "no"})


def suggest_word(text: str) -> str | None:
    """For a single typed word that is a typo of a local word (``stauts``, ``导处``): it."""
    word = text.strip()
    if not word or " " in word or len(word) > 12 or word.casefold() in _NOT_TYPOS:
        return None
    if word.startswith("/") or not (word.isalpha()):
        return None
    if word.casefold() in LOCAL_WORDS:
        return None
    return nearest(word, list(LOCAL_WORDS))


def typo(line: str) -> bool:
    """True for an input that is only a typo (kept out of the history's suggestions)."""
    s = line.strip()
    sl = split(s)
    if sl is not None:
        return sl[0] is None
    return suggest_word(s) is not None
