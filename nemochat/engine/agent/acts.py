"""Dialogue acts and the clause analysis every request family reads.

Before any edit is parsed, the normalised request is split into clauses and each is
classified (vocabulary in ``vocab/acts.yaml``):

- ``question`` — yes/no ("is it vertical?", "是竖屏吗") or wh- ("how many photos?", "多长"):
  answered from the draft by reply.py, never an edit;
- ``command`` — an edit, parsed by the request families (parse.py);
- ``negated`` — a command with a negation ("don't add a title", "别加标题", "no music");
- ``correction`` — "no, I meant 1:1", "不是，我要竖屏": the marker is dropped, the rest is a
  command;
- ``chitchat`` — "thanks", "好的": acknowledged, nothing changes;
- ``help`` — "how do I add music?": the help intent.

:class:`Clause` is the typed analysis of one clause, extracted once: numbers, durations,
percentages, quoted text, clip references and the act.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from nemochat.engine.agent.registry import Patterns, compile_entry, vocab

ACTS = ("question", "command", "negated", "correction", "chitchat", "help")

# a duration in a clause ("3 s", "2.5 seconds", "10秒"); parse.py reads the same pattern
DUR = r"(\d+(?:\.\d+)?)\s*-?\s*(ms|milliseconds?|毫秒|s|secs?|seconds?|秒钟?)(?![a-z])"
_DUR = re.compile(DUR)
_PCT = re.compile(r"(\d+(?:\.\d+)?)\s*%")
_NUM = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(?![\w.])|(?<=[第前后])(\d+)")
# Quoted text is set aside before anything is parsed and stands in the clause as one
# placeholder character from the supplementary private-use plane (U+F0000 + its index):
# nothing a user types is one (normalise drops them from the input), no word or number
# pattern reads it, and vocabulary patterns name it as ``QUOTE``.
QUOTE = "[\U000f0000-\U000ffffd]"
# A photo the user named by its content ("the coffee pic") when no file name has the word:
# the phrase stands in the clause as UNSEEN (plane-16 private use, never typed either), which
# clip references read as UNSEEN_CLIP, a clip that does not exist. So the rest of the clause
# is still done ("make it vertical with the coffee pic first": vertical, and a question about
# the photo) while what needs the photo is not done to some other photo instead.
UNSEEN = "\U00100000"
UNSEEN_CLIP = 1_000_000
_QT = re.compile(QUOTE)
_QUOTE_BASE = 0xF0000
# a plain number, not a duration, percentage, time, resolution or frame rate ("photos 2 and 3")
_PLAIN = re.compile(r"(?<![\d.:#])\b(\d+)\b(?!\s*(?:s\b|sec|seconds?|秒|%|:|p\b|fps|k\b))")


def to_ms(value: str | float, unit: str | None) -> int:
    """A number said with its unit, in ms, rounded: ("500", "ms") → 500, ("2.5", "s") → 2500;
    no unit is seconds."""
    milli = bool(unit) and str(unit).startswith(("ms", "milli", "毫"))
    return round(float(value) if milli else float(value) * 1000)


def durations(s: str) -> list[tuple[int, int, int]]:
    """(ms, start, end) of every duration in the text."""
    return [(to_ms(m.group(1), m.group(2)), m.start(), m.end()) for m in _DUR.finditer(s)]


def quote_mark(i: int) -> str:
    """The placeholder of the ``i``-th quoted text."""
    return chr(_QUOTE_BASE + i)


def quoted(text: str, quotes: list[str]) -> list[str]:
    """The quoted texts whose placeholders are in ``text``, in order."""
    return [quotes[i] for i in (ord(m) - _QUOTE_BASE for m in _QT.findall(text)) if i < len(quotes)]


def is_negated(text: str) -> bool:
    """Whether a clause says no ("don't …", "no music", 别加, 去掉): ``negation`` in
    ``vocab/acts.yaml``, the one list the acts and the request families read."""
    return vocab("acts").get("negation").search(text) is not None


def plain_numbers(s: str) -> list[int]:
    """The plain numbers of a text, as typed ("between 2 and 3" → [2, 3])."""
    return [int(x) for x in _PLAIN.findall(s)]


@dataclass
class Clause:
    """One clause of a request, analysed once (every family reads this, not the raw text)."""

    text: str  # normalised clause (quoted text as a QUOTE placeholder)
    act: str = "command"  # one of ACTS
    asked: bool = False  # ended with a question mark
    numbers: list[float] = field(default_factory=list)
    durations_ms: list[int] = field(default_factory=list)
    percents: list[float] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    negated: bool = False
    correction: bool = False
    # where each duration is: (ms, start, end) in ``text`` (a family asks whether it sits
    # next to its own word), and the plain numbers (clip numbers, counts)
    spans: list[tuple[int, int, int]] = field(default_factory=list)
    plain: list[int] = field(default_factory=list)

    @property
    def is_question(self) -> bool:
        return self.act == "question"


def sentences(norm: str) -> list[tuple[str, bool]]:
    """Split on sentence ends, keeping whether each ended with a question mark."""
    out: list[tuple[str, bool]] = []
    for part in re.split(r"(?<=[?!。;；\n])|(?<=[a-z]\.)(?=\s|$)", norm):
        s = part.strip()
        if not s:
            continue
        asked = s.endswith("?")
        s = s.rstrip("?!。;；.\n ").strip()
        if s:
            out.append((s, asked))
    return out


def classify(text: str, *, asked: bool) -> str:
    """The act of one clause (``text`` normalised, without its end mark)."""
    v = vocab("acts")
    t = text.strip(" ,，")
    # politeness and sentence-final particles do not change the act
    t = (
        re.sub(
            r"(?:\s*(?:please|pls|plz|thanks|thank you|tbh|ngl|honestly|fr|tho|谢谢|呢|啊|呀|哦))+$",
            "",
            t,
        )
        or t
    )
    if v.get("chitchat").search(t):
        return "chitchat"
    # a leading "hmm", "oh", "so" does not change the act ("hmm is it too long?")
    t = v.get("interjection").sub("", t, count=1) or t
    if v.get("help").search(t):
        return "help"
    if v.get("correction").search(t):
        rest = v.get("correction").sub("", t, count=1).strip(" ,，")
        if not v.get("question").search(rest):
            return "correction"
        if not v.get("request").search(rest):
            return "question"  # "wait, is it in portrait mode?": a question all the same
    if not asked and v.get("have_command").search(t):
        return "command"
    if (
        re.match(r"(?:do|did) (?:the same|that|it|this|the rest|the others|them all)\b", t)
        and not asked
    ):
        return "command"  # "do the same for the rest"
    if v.get("question").search(t) and not v.get("request").search(t):
        # not "can you make it vertical?" / "能不能加个标题？" (requests in question form)
        return "question"
    if is_negated(t):
        return "negated"
    return "command"


def measure(text: str, quotes: list[str]) -> Clause:
    """The values of a clause the request families read (numbers, durations with where they
    are, percentages, quoted text), for a clause already known to be an edit."""
    return Clause(
        text=text,
        numbers=[float(m.group(1) or m.group(2)) for m in _NUM.finditer(_QT.sub(" ", text))],
        durations_ms=[ms for ms, _, _ in durations(text)],
        percents=[float(p) / 100 for p in _PCT.findall(text)],
        quotes=quoted(text, quotes),
        negated=is_negated(text),
        spans=durations(text),
        plain=plain_numbers(text),
    )


def analyse(text: str, quotes: list[str], *, asked: bool = False) -> Clause:
    """The typed analysis of one clause."""
    act = classify(text, asked=asked)
    body = text
    correction = act == "correction"
    if correction:
        body = vocab("acts").get("correction").sub("", text, count=1).strip(" ,，")
        act = "negated" if is_negated(body) else "command"
    return Clause(
        text=body,
        act=act,
        asked=asked,
        numbers=[float(m.group(1) or m.group(2)) for m in _NUM.finditer(_QT.sub(" ", body))],
        durations_ms=[ms for ms, _, _ in durations(body)],  # rounded, as measure reads them
        percents=[float(p) / 100 for p in _PCT.findall(body)],
        quotes=quoted(body, quotes),
        negated=is_negated(body),
        correction=correction,
    )


def split(norm: str, quotes: list[str], clauses_of: Callable[[str], list[str]]) -> list[Clause]:
    """Every clause of a normalised request, analysed. ``clauses_of`` splits a sentence."""
    out: list[Clause] = []
    for sentence, asked in sentences(norm):
        parts = clauses_of(sentence) or [sentence]
        whole = analyse(sentence, quotes, asked=asked)
        if whole.act in ("question", "chitchat", "help") and len(parts) > 1:
            # "is it vertical, and how long is it?" — unless a part is an edit
            sub = [
                analyse(p, quotes, asked=asked and i == len(parts) - 1) for i, p in enumerate(parts)
            ]
            if all(c.act in ("question", "chitchat", "help") for c in sub):
                out.extend(sub)
                continue
        if len(parts) > 1:
            sub = [
                analyse(p, quotes, asked=asked and i == len(parts) - 1) for i, p in enumerate(parts)
            ]
            if any(c.act in ("question", "chitchat") for c in sub):
                out.extend(sub)
                continue
        out.append(whole)
    return out


@dataclass(frozen=True)
class Topic:
    name: str
    expect: str | None = None


@cache
def _topics() -> list[tuple[Patterns, Topic]]:
    return [
        (compile_entry(t), Topic(str(t["name"]), t.get("expect")))
        for t in vocab("questions").data.get("topics", [])
    ]


@cache
def _text_roles() -> list[tuple[Patterns, str]]:
    return [(compile_entry(t), str(t["role"])) for t in vocab("questions").data["text_roles"]]


def text_role_asked(text: str) -> str | None:
    """The one text role a question names ("what does the title say?"), if just one."""
    roles = {role for pats, role in _text_roles() if pats.search(text)}
    return roles.pop() if len(roles) == 1 else None


def question_topic(text: str) -> Topic:
    """What a question is about (``vocab/questions.yaml``); ``other`` when nothing matches."""
    for pats, topic in _topics():
        if pats.search(text):
            return topic
    return Topic("other")
