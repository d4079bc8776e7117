"""Translate the agent's GUI-speak for the terminal.

The backend talks as if there were buttons ("click the Export button", "点击导出",
"open the panel", "drag the clip"). Each finished line of a reply is rewritten so the
instruction works here ("type /export"), and the actions it implied are collected as
*offers* the chat acts on after the turn (show the timeline, show credits, offer export).
Only the instruction phrase changes: quoted text, code and everything else in the line
stay exactly as the agent wrote them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from nemochat.i18n import t

EXPORT, TIMELINE, CREDITS, TYPE_EDIT = "export", "timeline", "credits", "type_edit"

_Q = r"[\"'“”‘’「」『』]?"
_EN: list[tuple[re.Pattern[str], str, str]] = [
    (
        re.compile(
            rf"\b(?:click|tap|press|hit|select|use)(?: on)?(?: the)? {_Q}(?:export|download|render)(?: video)?{_Q}(?: (?:button|option|icon))?",
            re.IGNORECASE,
        ),
        "chat.gui.type_export",
        EXPORT,
    ),
    (
        re.compile(
            r"\b(?:open|check|view|look at|see|expand)(?: the)? (?:timeline |editing |edit |track |tracks |project |side |right |left )?panel\b",
            re.IGNORECASE,
        ),
        "chat.gui.see_timeline",
        TIMELINE,
    ),
    (
        re.compile(
            r"\bpreview (?:it |the video |your video |the result )?(?:in|on) the timeline\b",
            re.IGNORECASE,
        ),
        "chat.gui.see_timeline",
        TIMELINE,
    ),
    (
        re.compile(
            r"\bcheck (?:your |the )?(?:credit |account )?(?:balance|credits)\b(?: (?:in|on) (?:the |your )?(?:account |top )?(?:page|corner|menu|settings))?",
            re.IGNORECASE,
        ),
        "chat.gui.type_credits",
        CREDITS,
    ),
]
_ZH: list[tuple[re.Pattern[str], str, str]] = [
    (
        re.compile(
            rf"(?:点击|点|单击|按)(?:一下)?{_Q}(?:导出|下载|渲染)(?:视频)?{_Q}(?:按钮|按键|选项)?"
        ),
        "chat.gui.type_export",
        EXPORT,
    ),
    (
        re.compile(r"打开(?:右侧|左侧|侧边)?(?:时间线|时间轴|编辑|轨道|项目)?面板"),
        "chat.gui.see_timeline",
        TIMELINE,
    ),
    (
        re.compile(r"在时间(?:线|轴)(?:上|中|里)?预览"),
        "chat.gui.see_timeline",
        TIMELINE,
    ),
    (
        re.compile(r"查看(?:你的|您的|账户|帐户)?(?:积分|余额|积分余额)"),
        "chat.gui.type_credits",
        CREDITS,
    ),
]
# "drag the clip to the start" / "拖动片段": an edit only a GUI can do by dragging. Dragging
# files *into* the window ("drag them in", "拖进来") works in a terminal too, so it is not one.
_DRAG = re.compile(
    r"\bdrag(?:ging)?(?: and drop)? (?:the |a |this |that |each |any )?"
    r"(?:clips?|photos?|images?|segments?|slider|handles?|edges?|titles?|text|tracks?|music)\b"
    r"(?! (?:in|into|here|onto this window|into this window)\b)"
    r"|\bdrag (?:it|them) (?:to|left|right|along|on) (?:the )?(?!window|terminal|chat)"
    r"|拖动(?!.{0,6}(?:进来|到这|到此|到窗口|到终端))|拖拽(?!.{0,6}(?:进来|到这|到此|到窗口|到终端))",
    re.IGNORECASE,
)
# quoted text and code spans are never rewritten
_PROTECTED = re.compile(r"`[^`]*`|\"[^\"]*\"|“[^”]*”|「[^」]*」|『[^』]*』|‘[^’]*’")


@dataclass
class Translation:
    """A rewritten line and the actions the original implied."""

    text: str
    offers: set[str] = field(default_factory=set)


def _rewrite(part: str, offers: set[str]) -> str:
    for table, lang in ((_EN, "en"), (_ZH, "zh")):
        for pattern, key, offer in table:

            def sub(_m: re.Match[str], key: str = key, offer: str = offer, lang: str = lang) -> str:
                offers.add(offer)
                return t(key, lang)  # type: ignore[arg-type]

            part = pattern.sub(sub, part)
    return part


# "click the “Export” button": a quoted button name is still an instruction, not content
_QUOTED_BUTTON = [
    (
        re.compile(
            r"\b(?:click|tap|press|hit|select)(?: on)?(?: the)? [\"“'‘](?:export|download|render)(?: video)?[\"”'’](?: (?:button|option|icon))?",
            re.IGNORECASE,
        ),
        "en",
    ),
    (
        re.compile(
            r"(?:点击|点|单击|按)(?:一下)?[“「『\"](?:导出|下载|渲染)(?:视频)?[”」』\"](?:按钮|按键|选项)?"
        ),
        "zh",
    ),
]


def translate_line(line: str) -> Translation:
    """Rewrite GUI instructions in one line of agent text; collect the offers."""
    offers: set[str] = set()
    if line.lstrip().startswith(("```", "    ")):
        return Translation(line, offers)
    for pattern, lang in _QUOTED_BUTTON:
        if pattern.search(line):
            offers.add(EXPORT)
            line = pattern.sub(t("chat.gui.type_export", lang), line)  # type: ignore[arg-type]
    out: list[str] = []
    cursor = 0
    for m in _PROTECTED.finditer(line):
        out.append(_rewrite(line[cursor : m.start()], offers))
        out.append(m.group(0))
        cursor = m.end()
    out.append(_rewrite(line[cursor:], offers))
    text = "".join(out)
    if _DRAG.search(_PROTECTED.sub("", line)):
        offers.add(TYPE_EDIT)
    return Translation(text, offers)


class LineTranslator:
    """Applies ``translate_line`` to streamed text, one finished line at a time.

    ``feed`` returns the text that is safe to show now (complete lines, rewritten); the
    unfinished tail is held back until its newline or ``flush``. Lines inside a fenced
    code block are left alone.
    """

    def __init__(self, on_offer: Callable[[str], None] | None = None) -> None:
        self._tail = ""
        self._in_code = False
        self.offers: set[str] = set()
        self._on_offer = on_offer

    def _line(self, line: str) -> str:
        if line.lstrip().startswith("```"):
            self._in_code = not self._in_code
            return line
        if self._in_code:
            return line
        tr = translate_line(line)
        for offer in tr.offers - self.offers:
            if self._on_offer:
                self._on_offer(offer)
        self.offers |= tr.offers
        return tr.text

    def feed(self, chunk: str) -> str:
        self._tail += chunk
        if "\n" not in self._tail:
            return ""
        done, self._tail = self._tail.rsplit("\n", 1)
        return "\n".join(self._line(x) for x in done.split("\n")) + "\n"

    def flush(self) -> str:
        tail, self._tail = self._tail, ""
        return self._line(tail) if tail else ""
