"""Text → edit operations, for English and Simplified Chinese, with no model.

The pipeline: pull quoted titles out of the text (so nothing inside them is parsed), normalise
(NFKC, lower case, Chinese and English number words → digits), split into clauses on
and / then / ，/ 并且 / 然后 …, and run every detector on every clause. Each detector looks for
one family of requests (format, length, motion, transitions, text, music, clips) and emits ops
or notes. A clause that nothing understood is reported back, never dropped silently.

Clip references are resolved here, against the clips the draft will have when the ops run.
"""

from __future__ import annotations

import copy
import json
import re
import unicodedata
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from nemochat.engine import draft as dr
from nemochat.engine.agent import beat, families
from nemochat.engine.agent import ops as O
from nemochat.engine.agent.acts import DUR, QUOTE, UNSEEN, is_negated, measure, quote_mark, quoted
from nemochat.engine.agent.model import MediaInfo
from nemochat.engine.agent.registry import vocab
from nemochat.engine.agent.words import (
    TRANS_WORD,
    Clips,
    refs,
)
from nemochat.engine.agent.words import color as _color
from nemochat.engine.agent.words import durations as _durations
from nemochat.engine.agent.words import position as _position
from nemochat.engine.agent.words import sizes as _sizes
from nemochat.engine.draft_model import Timeline
from nemochat.hanzi import simplified

MAX_OPS = 40  # one request never makes more edits than this


@dataclass
class Note:
    """Something the reply must mention: a limit, a question, a part not understood."""

    kind: (
        str  # "unknown" | "offline" | "clarify" | "need_media" | "need_audio" | "info" | "negated"
    )
    key: str = ""  # reply message key
    fields: dict[str, Any] = field(default_factory=dict)


@dataclass
class Parsed:
    ops: list[O.Op] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    intent: str | None = None  # "undo" | "redo" | "help" | "describe" | "greet" | "export"
    # | "answer" (questions only) | "chitchat"
    created: bool = False
    # a clause that asked "which photo?" ({photo} marks the photo): the next turn's "2" or
    # "chelsea.png" answers it (kept in the draft's memo, ``m.agent.pending``)
    pending: str = ""


# ---------------------------------------------------------------------------------------------
# normalisation

_QUOTES = [
    ("“", "”"),
    ("「", "」"),
    ("『", "』"),
    ("‘", "’"),
    ("《", "》"),
    ('"', '"'),
]
_SINGLE = re.compile(
    # (after Chinese too: title改成'Tokyo Drift')
    r"(?:(?<=^)|(?<=[\s:：(（,，\u4e00-\u9fff]))'([^'\n]+?(?:'[a-z]+[^'\n]*?)?)'(?=$|[\s.,!?;:，。！？；)）\u4e00-\u9fff])"
)

_ANY_QUOTE = re.compile(
    "|".join(re.escape(o) + r"(.+?)" + re.escape(c) for o, c in _QUOTES) + "|" + _SINGLE.pattern
)
_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_NUM = "零〇一二两三四五六七八九十百千"
_CN_RUN = re.compile(
    rf"(?P<pre>第|每|前|后|倒数第|最后|最后的|共|总共|一共|改成|改为|设为|到|至|和|与|跟)?"
    rf"(?P<num>[{_CN_NUM}]+(?:点[零〇一二三四五六七八九]+)?)"
    rf"(?P<post>秒|张|个|段|帧|倍|分钟|分|首|号|幅|条|%|比|:|：|毫秒|s|p|k|K)?"
)


def _any_number(s: str) -> float:
    """3 or 三: the number (0 when neither)."""
    return float(s) if s.isdigit() else (cn_number(s) or 0)


def cn_number(s: str) -> float | None:
    """十五 → 15, 两 → 2, 一百二十 → 120, 三点五 → 3.5."""
    whole, _, frac = s.partition("点")
    total, current = 0, 0
    if not whole:
        return None
    for ch in whole:
        if ch in _CN_DIGITS:
            current = (
                current * 10 + _CN_DIGITS[ch]
                if current and len(whole) > 1 and not any(u in whole for u in _CN_UNITS)
                else _CN_DIGITS[ch]
            )
        elif ch in _CN_UNITS:
            total += (current or 1) * _CN_UNITS[ch]
            current = 0
        else:
            return None
    value: float = total + current
    if frac:
        value += float("0." + "".join(str(_CN_DIGITS[c]) for c in frac))
    return value


def _cn_sub(m: re.Match[str]) -> str:
    pre, num, post = m.group("pre") or "", m.group("num"), m.group("post") or ""
    if not pre and not post:
        return m.group(0)
    value = cn_number(num)
    if value is None:
        return m.group(0)
    text = str(int(value)) if value == int(value) else str(value)
    return pre + text + post


_EN_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_EN_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_EN_NUM = re.compile(
    r"\b(?:(?P<tens>"
    + "|".join(_EN_TENS)
    + r")(?:[- ](?P<unit1>"
    + "|".join(k for k in _EN_UNITS if 0 < _EN_UNITS[k] < 10)
    + r"))?|(?P<unit>"
    + "|".join(_EN_UNITS)
    + r"))\b"
)
_EN_WORDS = (
    r"(?:(?:" + "|".join(sorted({*_EN_UNITS, *_EN_TENS}, key=len, reverse=True)) + r")[- ]?)+"
)


def _en_sub(m: re.Match[str]) -> str:
    if m.group("tens"):
        value = _EN_TENS[m.group("tens")] + (_EN_UNITS[m.group("unit1")] if m.group("unit1") else 0)
    else:
        value = _EN_UNITS[m.group("unit")]
    return str(value)


_LONG_NUMBER = re.compile(r"\d{10,}")
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d]+")


@cache
def _typo_table() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {str(k): str(v) for k, v in (vocab("typos").data.get("words") or {}).items()}
    return re.compile(r"\b(" + "|".join(map(re.escape, table)) + r")\b"), table


@cache
def _zh_typos() -> list[tuple[re.Pattern[str], str]]:
    """Chinese input-method slips (``zh_words``): patterns replaced wherever they appear."""
    table = vocab("typos").data.get("zh_words") or {}
    return [(re.compile(str(k)), str(v)) for k, v in table.items()]


@cache
def _phrasings() -> list[tuple[re.Pattern[str], str]]:
    """ "I don't mind cropping" → "fine with", "but not the last" → "except" (``phrasings``)."""
    table = vocab("typos").data.get("phrasings") or {}
    return [(re.compile(str(k)), str(v)) for k, v in table.items()]


def _one_slip(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with one letter missing, added, changed, or two swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


@cache
def _near_keyword(word: str) -> str | None:
    data = vocab("typos").data
    keywords = [str(k) for k in data.get("keywords") or []]
    if word in keywords or word in set(data.get("real_words") or []):
        return None
    hits = [k for k in keywords if _one_slip(word, k)]
    return hits[0] if len(hits) == 1 else None


def _typos(text: str) -> str:
    """Common misspellings of the words requests use (``vocab/typos.yaml``): the listed
    ones, and long words one slip away from a keyword."""
    pat, table = _typo_table()
    text = pat.sub(lambda m: table[m.group(1)], text)
    for zh, right in _zh_typos():
        text = zh.sub(right, text)
    for said, meant in _phrasings():
        text = said.sub(meant, text)
    return re.sub(r"\b[a-z]{7,}\b", lambda m: _near_keyword(m.group(0)) or m.group(0), text)


_RATIOS = frozenset({"9:16", "16:9", "1:1", "4:5", "4:3", "3:4", "21:9", "2:3", "3:2", "5:4"})


def normalise(text: str) -> tuple[str, list[str]]:
    """Lower-cased, NFKC, numbers as digits, quoted parts replaced by placeholders
    (``acts.quote_mark``; ``acts.QUOTE`` in patterns)."""
    quotes: list[str] = []

    def keep(m: re.Match[str]) -> str:
        quotes.append(next(g for g in m.groups() if g is not None).strip())
        return f" {quote_mark(len(quotes) - 1)} "

    text = re.sub(QUOTE + "|" + UNSEEN, "", text)  # a placeholder is never typed (or pasted)
    text = _ANY_QUOTE.sub(keep, text)
    text = simplified(unicodedata.normalize("NFKC", text)).lower()  # 轉場 reads as 转场
    if re.search(r"[a-z0-9\u4e00-\u9fff]", _EMOJI.sub("", text)):
        text = _EMOJI.sub(" ", text).strip()  # "put cake.jpg first 🎂": the words (alone: kept)
    text = _typos(text)
    # "改成vertical", "title改成红色": a word boundary between Chinese and an English word
    text = re.sub(r"(?<=[\u4e00-\u9fff])(?=[a-z]{2})|(?<=[a-z]{2})(?=[\u4e00-\u9fff])", " ", text)
    text = re.sub(r"(?<=[a-z])(\s*\d+)(?=[\u4e00-\u9fff])", r"\1 ", text)  # 把photo 3删掉
    # "make it 99999…9 seconds": no float overflow, and no digit run for the regexes below to
    # rescan from every position (quoted text is already set aside)
    text = _LONG_NUMBER.sub("999999999", text)
    text = text.replace("’", "'").replace("—", "-").replace("–", "-")
    text = re.sub(
        r"(?<![\d.])(\d+|[一二两三四五六七八九十]+)\s*秒半",  # 3秒半, 三秒半: 3.5 s
        lambda m: f"{_any_number(m.group(1)) + 0.5:g}秒",
        text,
    )
    text = text.replace("半秒", "0.5秒").replace("百分之百", "100%")
    # "should be 1:10 long", "make it 1:30": minutes and seconds (not a ratio, nor where the
    # music starts: "from 0:30")
    text = re.sub(
        r"(?<![\d:.])(?<!from )(?<!at )(?<!start )(\d{1,2}):([0-5]\d)(?![\d:])"
        r"(?=\s*(?:long|in length|total|minutes?|mins?)\b|\s*$)",
        lambda m: (
            m.group(0)
            if m.group(0) in _RATIOS
            else f"{int(m.group(1)) * 60 + int(m.group(2))} seconds"
        ),
        text,
    )
    text = re.sub(r"(?:一)?半分钟", "30秒", text)
    text = re.sub(r"太小了?|不够大", "大一点", text)
    text = re.sub(r"(?<![音声])太大了?", "小一点", text)
    # "音量开一半", "声音放到一半", "一半的音量": half volume, whatever the verb
    text = re.sub(  # 原声调到一半: the video clips' own sound at half
        r"原声(?:音量)?(?:就)?(?:[调开放设改变降减弄](?:到|成|为)?)?(?:一|1)半", "原声音量50%", text
    )
    text = re.sub(
        r"一半(?:的)?(?:音量|声音)|(?:音量|(?<!原)(?<!视频)声音)(?:就)?(?:[调开放设改变降减弄](?:小|低|大)?(?:到|成|为)?)?(?:一|1)半",
        "音量50%",
        text,
    )
    text = re.sub(
        r"(?<![一二两三四五六七八九十\d])(?:这|那)(?:几|些)(?:张|个|幅)(?:照片|图片|图)?",
        "这些照片",
        text,
    )
    text = re.sub(r"(其他|其它|其余|剩下|剩余)(?:的)?(?:几|那几|这几)(?:张|个|幅)", r"\1照片", text)
    text = re.sub(
        r"百分之([零一二两三四五六七八九十百]+)", lambda m: f"{cn_number(m.group(1)) or 0:g}%", text
    )
    text = _LONG_NUMBER.sub("999999999", _CN_RUN.sub(_cn_sub, text))
    # 三成 (tenths): 30 % — not 做成, 改成 (no digit), 成功, 成本
    text = re.sub(r"(?<![\d.])([1-9])成(?![功本员绩为了片品])", r"\g<1>0%", text)
    text = re.sub(
        r"(\d+)\s*分(?:钟)?\s*(\d+)\s*秒",
        lambda m: f"{int(m.group(1)) * 60 + int(m.group(2))}秒",
        text,
    )
    text = re.sub(r"(\d+)\s*分(?:钟)?半(?:钟)?", lambda m: f"{int(m.group(1)) * 60 + 30}秒", text)
    text = re.sub(r"(\d+(?:\.\d+)?)\s*分钟", lambda m: f"{float(m.group(1)) * 60:g}秒", text)
    text = re.sub(
        r"\b(first|second|third|fourth|fifth|sixth|last|this|that|other|which|next|previous"
        r"|\d+(?:st|nd|rd|th)) one\b",
        r"\1 photo",
        text,
    )
    text = re.sub(r"\bhalf (?:a )?second\b", "0.5 second", text)
    text = re.sub(r"\bhalf (?:a )?(?:minute|min)\b", "30 seconds", text)
    text = re.sub(r"\ba couple(?: of)?\b", "2", text)
    text = re.sub(r"\b(?:instagram|insta|ig|facebook|fb)\s+stor(?:y|ies)\b", "reels", text)
    text = re.sub(
        r"\b(?:is|are|looks?|seems?) (?:way |a bit |much )?too (?:small|tiny)\b", "bigger", text
    )
    text = re.sub(
        r"\b(?:is|are|looks?|seems?) (?:way |a bit |much )?too (?:big|large|huge)\b",
        "smaller",
        text,
    )
    text = re.sub(r"\bhalf (?:the )?volume\b|\bvolume (?:at|to|on) half\b", "50% volume", text)
    text = re.sub(
        r"\b((?:turn|put|bring|set)\s+(?:the\s+)?(?:music|song|bgm|track)\s+(?:down|back|up)?\s*to)"
        r"\s+half\b",
        r"\1 50%",
        text,
    )
    text = re.sub(r"\bhalf as loud\b", "at 50% volume", text)
    text = re.sub(r"音乐(?:音量)?(?:调|降|减)?(?:到|成)?(?:一|1)半", "音乐音量调到50%", text)
    text = re.sub(r"\ba (?:minute|min) and a half\b", "90 seconds", text)
    text = re.sub(r"\b(\w+) and a half (seconds?|minutes?)", r"\1.5 \2", text)
    text = re.sub(r"\ba (?:minute|min)\b", "60 seconds", text)
    text = re.sub(r"\ba dozen\b", "12", text)
    text = re.sub(r"(\d)\s*(?:percent|per cent|pct)\b", r"\1%", text)
    # "the coffee one", "☕ coffee one first": a photo named by a word, not the number 1
    # (not "Day one", "go back one step": one is a number there)
    text = re.sub(
        r"\b(the|this|that|my|our) (?!(?:last|next|other|only|same|very|first|second|third)\b)"
        r"([a-z][a-z-]{2,20}) one\b(?!\s*(?:more|second|sec|s\b|minute|min|time|of|by|%|-))",
        r"\1 \2 photo",
        text,
    )
    text = re.sub(
        r"(?:^|(?<=[,;] )|(?<=[,;]))([a-z][a-z-]{2,20}) one(?=\s+(?:first|last|second|third|to|at|after|before)\b)",
        r"\1 photo",
        text,
    )
    text = _LONG_NUMBER.sub("999999999", _EN_NUM.sub(_en_sub, text))
    text = re.sub(
        r"(\d+(?:\.\d+)?)\s*(?:minutes?|mins?)\b",
        lambda m: f"{float(m.group(1)) * 60:g} seconds",
        text,
    )
    text = re.sub(
        # ("1 minute, 30 seconds"; not "1 minute, 1 second crossfades": two values)
        r"(\d+(?:\.\d+)?) seconds?,? (?:and )?(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\b"
        r"(?![\s-]*(?:crossfades?|cross-fades?|transitions?|fades?|dissolves?|wipes?|slides?|cuts?"
        r"|each|per|a photo|a pic|for each|between|of))",
        lambda m: f"{float(m.group(1)) + float(m.group(2)):g} seconds",
        text,
    )
    # "16 by 9", "4x5", 9比16: a ratio — not "photo 3 by 0.5 seconds" (an amount)
    text = re.sub(
        r"(?<![\d.])(\d{1,2})\s*(?:by|x|×|比)\s*(\d{1,2})(?![\d.])(?!\s*(?:s\b|secs?|seconds?|秒|%))",
        r"\1:\2",
        text,
    )
    text = re.sub(r"\s+", " ", text).strip()
    return text, quotes


_SPLIT = re.compile(
    # the leading whitespace is only taken from the start of a run ((?<!\s)), so a long run
    # of spaces is not rescanned from every position (that made a 4000-space line take seconds)
    r"(?:(?<!\s)\s+)?(?:[;；。!！?？\n]|\.(?=\s)|,\s*(?:and|then|also)\s+|,|，|、|(?<!\d)\s-\s(?!\d)|(?<=\bno music)\s+(?=[a-z0-9])|(?<=\bno text)\s+(?=[a-z0-9])|(?<=\bno title)\s+(?=[a-z0-9])|(?<=\bno transitions)\s+(?=[a-z0-9])|\band then\b|\bthen\b|\bplus\b|\balso\b(?!\s*[.!?]*\s*$)"
    r"|\band\b|(?<!\ball )(?<!\beverything )\bbut\b(?! not\b)|并且|然后|而且|同时|还要|另外|再把|以及|并|但是|但"
    # a space between Chinese words is a pause (voice input: 宣传片 慢节奏 结尾淡出2秒)
    # — not after words that introduce a value (标题改为 新店开业, 名字叫 春日)
    r"|(?<=[\u4e00-\u9fff])(?<![为成叫是写着])(?<!标题)(?<!字幕)(?<!题目)\s+(?=[\u4e00-\u9fff])"
    # … and after quoted words, before a new subject (加标题“…” 音乐用song.mp3)
    r"|(?<=[\U000F0000-\U000FFFFD])\s+(?=(?:背景)?音乐|配乐|转场|视频|照片|第\d|每张|结尾|开头))\s*"
)
_PROTECT = [
    (
        re.compile(
            r"(\d(?:st|nd|rd|th)?|first|second|third|last|photo \d+|clip \d+)\s+and\s+"
            r"(?=(?:the |photo |clip |picture |image )?(?:\d|first|second|third|fourth|fifth|last))"
            # (not "put cake.jpg first and 2 seconds per photo": a length follows)
            r"(?!\d+(?:\.\d+)?\s*(?:s\b|secs?\b|seconds?\b|ms\b|%|x\b|times\b|fps\b))"
        ),
        r"\1 & ",
    ),
    (re.compile(r"\bin and out\b"), "in&out"),
    # "the city and dinner photos": two names before one plural noun are one clause
    (
        re.compile(
            r"\b([a-z][\w.-]*)\s+and\s+(?:the\s+)?(?=[a-z][\w.-]*\s+(?:photos|pictures|pics|images|shots|ones|clips)\b)"
        ),
        r"\1 & ",
    ),
    (re.compile(rf"({QUOTE})\s*(?:,|、|，|\band\b|和|与)\s*(?={QUOTE})"), r"\1 & "),
    (re.compile(r"\bblack and white\b"), "black_and_white"),
    (re.compile(r"第(\d+)[张个段幅]?(和|与|跟)第"), r"第\1张&第"),
    # "第2、3张" — not "放第1，12秒" (a length follows)
    (
        re.compile(r"第(\d+)[张个段幅]?[、,，]第?(?=\d+(?![\d.]|\s*(?:秒|分|s\b|sec|%|帧|fps)))"),
        r"第\1张&第",
    ),
    (
        re.compile(
            r"(?<=\d)\s*,\s*(?=\d+\s*(?:,|&|and\b|$|\s(?:photos?|pictures?|clips?|images?)\b))"
        ),
        " & ",
    ),
    (re.compile(r"(?<=\d)\s*[、，,]\s*(?=\d+\s*(?:[、，,&]|$|张|的))"), " & "),  # 3、1、2
    (re.compile(r"淡入(和|与)?淡出"), "淡入淡出"),
]


def clauses(text: str) -> list[str]:
    for pat, rep in _PROTECT:
        text = pat.sub(rep, text)
    # "swap beach and city", "between the beach and city photos": one clause
    text = re.sub(
        # ("between them and …", "between the photos and …" name no pair)
        r"\b(swap|switch|exchange|trade|between(?!\s+(?:them|each|every|all|(?:the |my |these |our )?"
        r"(?:photos|pictures|pics|images|clips|slides|shots|scenes))\b))\b([^,;，。]{1,40}?)\s+and\s+"
        # not "swap the first two and delete the last one": a verb starts a new request
        r"(?!(?:then\s+)?(?:delete|remove|drop|make|add|move|put|set|change|use|cut|get|turn|fade|mute|"
        r"give|show|zoom|pan|trim|shorten|lengthen|speed|slow)\b)",
        lambda m: f"{m.group(1)}{m.group(2)} & ",
        text,
    )
    # "加个字幕：今日特价 牛肉面18元": the words after a text's colon are one text (a space
    # in them is not a pause), up to the next punctuation
    # "…，标题 新品上市": a text's words after its role and a pause are its words, as after
    # a colon — unless the rest says what to do with the text (标题 改成红色)
    text = re.sub(
        r"(^|[，,。；;])\s*(标题|字幕)\s+(?=[^\s，,。；;])"
        r"(?![^，,。；;]*?(?:改|放|移|挪|大|小|颜色|删|去掉|换|加粗|描边|位置|显示|出现|消失|用|要|不要|别))",
        r"\1\2：",
        text,
    )
    kept: list[str] = []

    def keep(m: re.Match[str]) -> str:
        kept.append(m.group(2))
        return f"{m.group(1)}\u2063{len(kept) - 1}\u2063"

    text = re.sub(
        r"((?:标题|字幕|文字|文本|\b(?:title|caption|text|subtitle))[^:：，,。]{0,12}[:：])([^，,。；;!！?？\n]+)",
        keep,
        text,
    )
    # "除了第一张，其他都放大": the exception and what it is an exception to, one clause
    text = re.sub(
        r"(除了?[^，,。；;]{1,20}?)(?:以外|之外)?\s*[，,]\s*(?=其他|其余|其它|别的|剩下|剩余)",
        r"\1",
        text,
    )
    parts = [
        re.sub("\u2063(\\d+)\u2063", lambda m: kept[int(m.group(1))], p.strip(" ,."))
        for p in _SPLIT.split(text)
    ]
    return [p for p in parts if p]


# ---------------------------------------------------------------------------------------------
# vocabulary


def _has(pattern: str, s: str) -> re.Match[str] | None:
    return re.search(pattern, s)


# a new video asked for ("make a reel from these", 用这些做个视频): ``vocab/intents.yaml``
CREATE = "|".join(f"(?:{p})" for p in vocab("intents").data["create"])
# with a video already made, what asks for a new one rather than an edit of it
NEW_VIDEO_ZH = (
    r"这些|这几张|新的?(?:视频|短片)?|重新|(?:一|1|几)(?:个|段|支)|所有(?:的)?(?:照片|图片|素材)"
    r"|全部(?:的)?(?:照片|图片|素材)|幻灯片"
)


def _offline() -> list[tuple[str, str]]:
    data = vocab("offline").data.get("limits") or []
    return [("|".join(f"(?:{p})" for p in e["patterns"]), str(e["key"])) for e in data]


def _offline_unless() -> dict[str, re.Pattern[str]]:
    data = vocab("offline").data.get("limits") or []
    return {str(e["key"]): re.compile(str(e["unless"])) for e in data if e.get("unless")}


OFFLINE = _offline()  # (pattern, note key), vocabulary in vocab/offline.yaml
# a limit that is not one when the whole message says this ("upload it to youtube, fix the
# format": the platform names the format asked for)
OFFLINE_UNLESS = _offline_unless()
# "it" / "them" in a clause after one about the music, a title or the transitions is that
# thing when the clause speaks of what that thing has ("fade it in", "make it bigger")
PRONOUN = r"\b(?:it|them|its|their)\b|它|它们"
_TEXT_ATTRS = (
    r"\b(?:bigger|smaller|larger|top|bottom|left|right|cent(?:er|re)|move|colou?r|bold|red|blue"
    r"|yellow|green|white|black|show|shows|shown|display|stay|stays|slide|slides|pop|pops|appear"
    r"|appears|typewriter|last|lasts)\b|大|小|颜色|上面|下面|移|粗|显示|滑入|弹出|出现"
)
PRONOUN_ATTRS = {
    "music": r"\bfad|\b(?:quieter|louder|softer|volume|start|begin)\b|淡|音量|声",
    "title": _TEXT_ATTRS,
    "caption": _TEXT_ATTRS,
    "transition": r"\b(?:longer|shorter|slower|faster|quicker|smoother)\b|长|短|快|慢",
}
PRONOUN_ATTRS["clip"] = r"\b(?:longer|shorter|slower|quicker)\b|长|短|久"


def _subject_kind(subject: str) -> str:
    """What the last clause was about: a family's subject word, or "clip" for photos."""
    return "clip" if re.match(r"photos? \d|第\d", subject) else subject


PRONOUN_ATTRS.update(
    {
        "音乐": PRONOUN_ATTRS["music"],
        "标题": _TEXT_ATTRS,
        "字幕": _TEXT_ATTRS,
        "转场": PRONOUN_ATTRS["transition"],
    }
)
FILLER = re.compile(
    r"^(?:please|pls|plz|thanks?|thank you|thx|ok(?:ay)?|cool|great|nice|awesome|perfect|"
    r"yes|yeah|sure|hi|hello|hey|also|and|so|now|then|can you|could you|would you|i want|i'd like|"
    r"请|谢谢|好的|好|嗯|行|可以|麻烦|帮我|我想|我要|你好|嗨|哈喽|一下|吧|了|呢|啊|哦|对了|话说|还有|it|the|a|an|"
    r"wait|hmm+|um+|uh+|oh+|ah+|well|btw|"
    rf"for me|you|me|{QUOTE})+[\s,.!?]*$"
    # context, not a request: "I just uploaded some pics from my trip", "these are from Japan"
    r"|^(?:i(?:'ve| have)? (?:just )?(?:uploaded|added|sent|took|got|have)|here (?:are|is)|these are|this is|"
    # who the user is: "I run a small coffee shop", 我开了一家咖啡店
    r"i (?:run|own|manage|work at|have) (?:a|an|my|our)|we(?:'re| are) (?:a|an)|we (?:run|own|have) (?:a|an)|"
    r"my (?:shop|store|cafe|café|bakery|restaurant|business|company|brand|studio)|"
    r"我(?:开了|开的是|经营|有)(?:一家|一个|个)|我们(?:是|开了)(?:一家|一个)|我是(?:做|开)|"
    r"我(?:刚)?(?:上传|传)了|这是|这些是)(?:\b|(?<=[\u4e00-\u9fff]))"
    r"(?!.*\b(?:make|add|remove|change|set|put|use)\b)(?!.*(?:做|改|加|删|换|调|放到|用这)).*$"
)


# ---------------------------------------------------------------------------------------------
# the parser


class _Ctx:
    def __init__(
        self, draft: dict | None, media: list[MediaInfo], quotes: list[str], original: str
    ):
        self.draft = draft
        self.media = media
        self.quotes = quotes
        self.original = original
        # the draft through the typed model; a throwaway empty one when there is none
        self.tl = Timeline(draft if isinstance(draft, dict) else {})
        video = self.tl.clips
        self.clips = Clips([c.name for c in video], [c.kind for c in video])
        self.visual = [m for m in media if m.kind in ("image", "video")]
        self.real = bool(self.clips.n)  # the draft has clips (else they come from a create)
        if not self.real:
            # references resolve against the clips an implicit create would make
            self.clips = Clips([m.name for m in self.visual], [m.kind for m in self.visual])
        self.audio = [m for m in media if m.kind == "audio"]
        self.out = Parsed()
        self.total_ms: int | None = None
        self.no_music = False
        self.has_text = bool(self.tl.texts)
        self.has_music = bool(self.tl.songs)
        self.subject = ""  # what "it" means in the next clause ("title", "音乐" …)
        # what the last turn was about, for a clause of this one that says nothing else
        # ("add the music" → "at 30% please"; 加标题 → 放到顶部)
        self.carried = ""
        self.carried_clip = ""  # the one photo the last turn was about ("photo 6", 第6张)
        self.heard: list[str] = []  # quoted words a note already answers for
        self.durations_used = False  # a detector already took this clause's durations
        # the clause is the last one's subject and a duration said on its own after it
        self.duration_of_subject = False
        self.moved = False  # this clause put a photo somewhere (its place is not a length's)
        self.video_fade_clause = ""  # the clause the whole-video fade detector took
        self.analysis: list[Any] = []  # acts.Clause per clause (dialogue acts first)
        self.replaced: set[tuple[str, str]] = set()  # text replacements already made
        self.keep_length = False  # "don't change the length" was said
        self.implicit_create = False  # a video made only because an edit needed clips
        self.norm = ""  # the whole request, normalised
        self.unseen: list[str] = []  # photos named by content, asked about (families.references)

    def op(self, op: O.Op) -> None:
        self.out.ops.append(op)

    def note(self, kind: str, key: str = "", **fields: Any) -> None:
        if "part" in fields and len(str(fields["part"])) > 80:
            fields["part"] = str(fields["part"])[:80] + "…"
        if key in ("clarify.no_such_clip", "clarify.where_move") and any(
            n.key == "clarify.which_photo" for n in self.out.notes
        ):
            return  # the photo named by its content: asked about already (families.references)
        if not any(n.kind == kind and n.key == key and n.fields == fields for n in self.out.notes):
            self.out.notes.append(Note(kind, key, fields))

    def quote(self, s: str) -> str | None:
        found = quoted(s, self.quotes)
        return found[0] if found else None

    def restore_quotes(self, s: str) -> str:
        """The clause with each quote placeholder back as the quoted text (“…”)."""
        return re.sub(QUOTE, lambda m: f"“{self.quote(m.group(0)) or ''}”", s)

    def recover(self, fragment: str) -> str:
        """The user's own spelling of a fragment of the lower-cased text (quoted texts put
        back in their quotes: a placeholder never reaches a reply)."""
        fragment = fragment.strip(" ,.:：")
        if re.search(QUOTE, fragment):
            parts = re.split(f"({QUOTE})", fragment)
            return "".join(
                f"“{self.quote(p) or ''}”"
                if re.fullmatch(QUOTE, p)
                else self.recover(p)
                if p.strip()
                else p
                for p in parts
            ).strip()
        orig = unicodedata.normalize("NFKC", self.original)
        # found in the Simplified reading, taken from what the user typed (the same length)
        i = simplified(orig).lower().find(fragment)
        if i >= 0:
            return orig[i : i + len(fragment)]
        # numbers were normalised (第一天 → 第1天) or spaces added: match loosely
        pattern = ""
        for part in re.split(r"(\d+(?:\.\d+)?|\s+)", fragment):
            if not part:
                continue
            if part.isspace():
                pattern += r"\s*"
            elif re.fullmatch(r"\d+(?:\.\d+)?", part):
                pattern += rf"(?:{re.escape(part)}|[零〇一二两三四五六七八九十百千点]+|{_EN_WORDS})"
            elif part == "photo":
                pattern += "(?:photo|one)"  # "the coffee one" was read as "the coffee photo"
            else:
                pattern += re.escape(part)
        m = re.search(pattern, simplified(orig), re.I) if len(pattern) < 2000 else None
        return orig[m.start() : m.end()] if m else fragment

    def ensure_clips(self) -> bool:
        """Make sure there are clips to edit: create from uploads if needed."""
        if self.real or self.out.created:
            return True
        if not self.visual:
            self.note("need_media", "need_media")
            return False
        self.create()
        self.implicit_create = True
        return True

    def create(self, photo_ms: int | None = None) -> None:
        if self.out.created:
            return
        if not self.visual:
            self.note("need_media", "need_media")
            return
        self.out.ops.insert(0, O.Create(media=[m.id for m in self.visual], photo_ms=photo_ms))
        self.out.created = True
        self.clips = Clips([m.name for m in self.visual], [m.kind for m in self.visual])


def _intents() -> list[tuple[str, str]]:
    data = vocab("intents").data.get("intents") or []
    return [("|".join(f"(?:{p})" for p in e["patterns"]), str(e["intent"])) for e in data]


INTENTS = _intents()  # (pattern, intent), vocabulary in vocab/intents.yaml
GREETING = re.compile(str(vocab("intents").data.get("greeting", "(?!)")))
# "start from scratch", 清空: an empty timeline, not rebuilt from the uploads
START_EMPTY = re.compile(str(vocab("intents").data.get("start_empty", "(?!)")))


def parse(text: str, *, draft: dict | None, media: list[MediaInfo]) -> Parsed:
    """Understand one request: ops to apply, plus notes for the reply."""
    norm, quotes = normalise(text[:4000])
    ctx = _Ctx(draft, media, quotes, text)
    ctx.norm = norm
    if not norm and not quotes:
        ctx.out.intent = "help"
        return ctx.out
    if GREETING.match(norm):
        ctx.out.intent = "greet"
        return ctx.out
    answered = _answer_to_which(ctx, norm)
    if answered is not None:  # "2" after "which one do you mean: 1 coffee.png, 2 …?"
        return parse(answered, draft=draft, media=media)
    norm = _dialogue_acts(ctx, norm)
    if ctx.out.intent is not None:
        return ctx.out
    last_ops = ctx.tl.memo.get("last")
    last_ops = last_ops if isinstance(last_ops, list) else []
    zh_said = bool(re.search(r"[\u4e00-\u9fff]", norm))
    ctx.carried = "" if _ALONE.get() else _carried_subject(last_ops, zh_said)
    ctx.carried_clip = _carried_clip(
        last_ops, ctx.clips.n, bool(re.search(r"[\u4e00-\u9fff]", norm))
    )
    restored = families.bring_back(norm, last_ops)
    if restored is not None:
        norm = restored  # "put those two back" right after removing photos: those photos
    elif families.same_but(ctx, norm)[1]:
        return ctx.out  # "same but to the right": the last turn's slide, to the right
    elif vocab("history").get("undo_more").search(norm.strip(" .!。！")):
        ctx.out.intent = "undo"  # "undo that too", 改回来: one more step back
        return ctx.out
    history = _history_intent(norm)
    if history is not None:
        ctx.out.intent = history  # "hmm go back to how it was", "nvm redo it"
        return ctx.out
    for pat, intent in INTENTS:
        if re.search(pat, norm) and len(norm) < 60:
            if intent == "describe" and (_durations(norm) or re.search(r"\d:\d", norm)):
                continue  # "how long …? make it 2 seconds" is an edit
            if intent == "start_over":
                ctx.op(O.Reset())
                if ctx.visual and not START_EMPTY.search(norm):
                    ctx.real = False
                    rest = re.sub(pat, " ", norm)
                    ctx.out.intent = None
                    _parse_clauses(ctx, rest, force_create=True)
                    return ctx.out
            ctx.out.intent = intent
            return ctx.out
    _parse_clauses(ctx, norm, force_create=False)
    if any(isinstance(o, O.EditText) for o in ctx.out.ops):
        # "don't put the caption at the bottom, put it at the top": the edit says it all
        ctx.out.notes = [n for n in ctx.out.notes if not n.fields.get("look")]
    _drop_idle_create(ctx)
    _only_praise(ctx, norm)
    _unused_quotes(ctx)
    if not ctx.out.ops and not ctx.out.notes and ctx.out.intent is None:
        if all(FILLER.match(c) for c in clauses(norm) or [norm]) and not _COMPLAINT.search(norm):
            ctx.out.intent = "greet"  # "hi! I run a small coffee shop": hello, what to make
            return ctx.out
        ctx.note("clarify", "clarify.what")  # "this is wrong": say what to change, not nothing
    return ctx.out


_LEAD_IN = re.compile(str(vocab("intents").data["lead_in"]))
_NOT_MEANT = re.compile(str(vocab("intents").data["not_meant"]))
_NOT_MEANT_TAIL = re.compile(str(vocab("intents").data["not_meant_tail"]))
_HISTORY = [(p, i) for p, i in INTENTS if i in vocab("intents").data["history_intents"]]


def _history_intent(norm: str) -> str | None:
    """Undo or redo said among words that ask nothing (``lead_in``, ``not_meant`` in
    ``vocab/intents.yaml``): every clause left must ask for the same one."""
    said: set[str] = set()
    for clause in clauses(norm) or [norm]:
        clause = _NOT_MEANT_TAIL.sub("", _LEAD_IN.sub("", clause.strip())).strip(" ,.!?。！？")
        if not clause or _NOT_MEANT.match(clause) or FILLER.match(clause):
            continue
        hit = next((i for p, i in _HISTORY if re.search(p, clause) and len(clause) < 60), None)
        if hit is None:
            return None
        said.add(hit)
    return said.pop() if len(said) == 1 else None


def _unused_quotes(ctx: _Ctx) -> None:
    """Quoted words nothing used are named as not done ("I didn't understand “…”"): a
    title or caption the user typed is never dropped without a word."""
    said = json.dumps(
        [o.to_json() for o in ctx.out.ops] + [n.fields for n in ctx.out.notes], ensure_ascii=False
    )
    for q in dict.fromkeys(ctx.quotes):
        if q in ctx.heard:
            continue
        if q.strip() and json.dumps(q, ensure_ascii=False)[1:-1] not in said:
            ctx.note("unknown", "unknown", part=q)


# the subject a follow-up inherits from the last turn's last op of these kinds
_CARRIED: dict[str, str] = {
    "set_music": "music",
    "edit_music": "music",
    "set_transition": "transition",
    "clip_audio": "sound",
    "set_project_title": "project",
}


# "make them …", 都改成…: the things the last turn was about (the transitions, the photos)
_ZH_PLURAL_SET = (
    r"(?:它们(?:全都|都)?|(?:全部)?(?:全都|统统|都))(?:改成|改为|设成|设为|调成|调到|变成|换成)"
)
_PLURAL_SET = r"(?:make|set|change) (?:them|those)\b|" + _ZH_PLURAL_SET


def _answer_to_which(ctx: _Ctx, norm: str) -> str | None:
    """The request the last turn asked "which photo?" about, with the photo this message
    names put in: "2", "#2", "the second one", "chelsea.png", 第2张, "I meant the rocket one"
    (a file-name word); None when there is no such question or this is not an answer."""
    pending = ctx.tl.memo.get("pending")
    if not isinstance(pending, str) or "{photo}" not in pending or not ctx.clips.n:
        return None
    v = vocab("context")
    said = v.get("which_answer_lead").sub("", norm.strip(" .!?。！？"), count=1).strip(" ,，")
    m = v.get("which_answer").fullmatch(said) if said else None
    k: int | None = None
    if m and m.groupdict().get("num"):
        k = int(m.group("num")) - 1
    elif m or (len(said.split()) <= 6 and len(said) <= 40):
        r = refs(said, ctx.clips)
        if isinstance(r, list) and len(r) == 1:
            k = r[0]
        if k is None:
            words = set(re.findall(r"[a-z]{3,}", said))
            zh = vocab("references").data.get("zh_words", {}) or {}
            words |= {str(en) for w, en in zh.items() if w in said}
            hits = [
                i
                for i, name in enumerate(ctx.clips.names)
                if words & set(re.split(r"[\s_.\-]+", name.lower().rsplit(".", 1)[0]))
            ]
            k = hits[0] if len(hits) == 1 else None
        if k is not None and not m and v.get("which_answer_not").search(said):
            k = None  # a new request that names a photo ("delete photo 2"), not an answer
    if k is None or not 0 <= k < ctx.clips.n:
        return None
    zh = bool(re.search(r"[\u4e00-\u9fff]", pending))
    return pending.replace("{photo}", f"第{k + 1}张" if zh else f"photo {k + 1}")


def _carried_clip(last_ops: list[Any], n: int, zh: bool) -> str:
    """The one photo the last turn was about, where it is now, as words ("photo 6", 第6张):
    what "it" is in "actually delete it" after "make the last photo longer"; "" when the
    last turn was not about exactly one photo."""
    if len(last_ops) != 1 or not isinstance(last_ops[0], dict):
        return ""
    data = last_ops[0]
    name, clips = data.get("op"), data.get("clips")
    if name == "move_clip":
        at = data.get("to")
    elif name in ("trim_clip", "duplicate_clip"):
        at = data.get("clip")
    elif name in ("set_duration", "scale_duration", "set_motion", "set_fit") and isinstance(
        clips, list
    ):
        at = clips[0] if len(clips) == 1 else None
    else:
        at = None
    if not isinstance(at, int) or not 0 <= at < n:
        return ""
    return f"第{at + 1}张" if zh else f"photo {at + 1}"


def _carried_subject(last_ops: list[Any], zh: bool) -> str:
    """What the last turn was about, as the subject word a clause that names nothing else
    continues (``ctx.carried``): its last op about music, a text, the transitions or a
    clip's own sound."""
    for data in reversed(last_ops):
        name = data.get("op") if isinstance(data, dict) else None
        if name in ("add_text", "edit_text"):
            role = data.get("role") if data.get("role") in ("title", "caption") else "title"
            return families.subject_word(str(role), zh)
        if name in _CARRIED:
            return families.subject_word(_CARRIED[name], zh)
        if name == "set_video_fade" and (data.get("fade_out_ms") or data.get("fade_in_ms")):
            side = "fade_out" if data.get("fade_out_ms") else "fade_in"
            return families.subject_word(side, zh)
    return ""


_TEXT_SUBJECTS = {*families.SUBJECTS["title"], *families.SUBJECTS["caption"]}
# a comparative said alone, continued by a value in the next clause ("longer, like 3 seconds")
_COMPARATIVE = re.compile(
    r"(?:(?:a )?(?:bit|little|lot|touch) |much |way |even |a bit |)(?:longer|shorter|slower|quicker)"
    r"|(?:时间|时长)?再?(?:长|短)(?:一点|一些|点|些)"
)
_VALUE_AFTER = re.compile(r"(?:like|about|around|say|maybe|to|make it)?\s*" + DUR + r"\s*(?:吧)?")


# a duration said alone after a clause about the transitions is theirs only up to this long
# ("转场改成黑场，1秒"); "hard cuts, 18 seconds" or "crossfades, 15 seconds" is the video's
TRANSITION_MAX_MS = 3000


_ALONE: ContextVar[bool] = ContextVar("subject_alone", default=False)


def _subject_alone(subject: str, ctx: _Ctx) -> list[dict]:
    """The ops the subject word alone gives on this draft (what a continuation must add to).
    Parsed without the conversation's context: that parse never continues a subject in
    turn (it recursed without end on "call it" after naming the project)."""
    if _ALONE.get():
        return []
    token = _ALONE.set(True)
    try:
        alone = parse(subject, draft=ctx.draft, media=ctx.media)
    finally:
        _ALONE.reset(token)
    return [o.to_json() for o in alone.ops if not isinstance(o, O.Create)]


# … and a text's only up to this long ("add the title 'Hi', 3 seconds"; "…title pop in, and
# 20 seconds" is the video's)
TEXT_MAX_MS = 10000


# "this is wrong" is not context to say hello to: what to change is asked
_COMPLAINT = re.compile(
    r"\b(?:wrong|bad|ugly|broken|weird|off|terrible|awful|boring|not|isn't|doesn't|don't)\b"
    r"|不对|不好|错|丑|怪|有问题|不行|不喜欢"
)


def _clause_adds(ctx: _Ctx, clause: str) -> bool:
    """:func:`_clause`, counted as handled only when it planned an op or a note."""
    n_ops, notes_before = len(ctx.out.ops), list(ctx.out.notes)
    return _clause(ctx, clause) and (bool(ctx.out.ops[n_ops:]) or ctx.out.notes != notes_before)


def _is_old_text(ctx: _Ctx, words: str) -> bool:
    """Whether ``words`` are a text the draft shows now ("not Grand Opening")."""
    said = (ctx.quote(words) or ctx.recover(words)).strip(" '\"“”‘’").lower()
    return bool(said) and any(t.text.strip().lower() == said for t in ctx.tl.texts)


def _subject_prefix(ctx: _Ctx, subject: str) -> str:
    """The words a bare duration is read with: the subject, or for the music the fade just
    planned ("fade the music out, 3 seconds" → "music fade out 3 seconds")."""
    if subject not in families.SUBJECTS["music"]:
        return subject
    last = next((o for o in reversed(ctx.out.ops) if isinstance(o, O.EditMusic)), None)
    out = last is not None and bool(last.fade_out_ms)
    if subject == families.SUBJECTS["music"][1]:
        return "音乐淡出" if out else "音乐淡入"
    return "music fade out over" if out else "music fade in over"


def _bare_duration_is_subjects(ctx: _Ctx, subject: str, clause: str) -> bool:
    """Whether a duration said on its own belongs to the last clause's subject: not to hard
    cuts (they have no length), nor to a transition or a text when longer than one is."""
    if subject in _TEXT_SUBJECTS:
        spans = _durations(clause)
        if re.search(r"\b(?:long|total|in total|overall|altogether)\b|总|一共", clause):
            return False  # "…title 'Sale' that pops in, 10 seconds long": the video's
        return not spans or spans[0][0] <= TEXT_MAX_MS
    if subject in families.SUBJECTS["music"]:
        # "fade the music out, 3 seconds": the fade's; "quieter music and 20 seconds": the
        # video's (a song has no length of its own to set)
        last_music = next((o for o in reversed(ctx.out.ops) if isinstance(o, O.EditMusic)), None)
        return last_music is not None and bool(last_music.fade_in_ms or last_music.fade_out_ms)
    if _subject_kind(subject) == "clip":
        # "蛋糕那张放第一张 12秒": after a move, a length said alone is the video's (a place was
        # said of the photo, not a length)
        # (unless too short for a whole video: "move photo 2 to the end, 4 seconds")
        last_op = ctx.out.ops[-1] if ctx.out.ops else None
        spans = _durations(clause)
        short = bool(spans) and spans[0][0] < ctx.clips.n * 1000
        return short or not isinstance(
            last_op, O.MoveClip | O.SwapClips | O.ReverseClips | O.RemoveClips
        )
    if _subject_kind(subject) not in ("transition", "转场"):
        return True
    last = next((o for o in reversed(ctx.out.ops) if isinstance(o, O.SetTransition)), None)
    if last is not None and last.type == "cut":
        return False
    spans = _durations(clause)
    return not spans or spans[0][0] <= TRANSITION_MAX_MS


def _only_praise(ctx: _Ctx, norm: str) -> None:
    """A message nothing understood that only likes the video ("the kids will adore this
    haha"): chit-chat, not "I didn't understand" (``vocab/acts.yaml``: praise)."""
    v = vocab("acts")
    if (
        not ctx.out.ops
        and ctx.out.notes
        and all(n.kind == "unknown" for n in ctx.out.notes)
        and v.get("praise").search(norm)
        and not v.get("praise_not").search(norm)
    ):
        ctx.out.notes = []
        ctx.out.intent = "chitchat"


def _drop_idle_create(ctx: _Ctx) -> None:
    """A video nobody asked for, made only for an edit that then asks a question instead
    ("use photo 9 as the cover" with six uploads and no video yet): not made — the one
    question changes nothing."""
    if (
        ctx.implicit_create
        and ctx.out.ops
        and all(isinstance(o, O.Create) for o in ctx.out.ops)
        and any(n.kind == "clarify" for n in ctx.out.notes)
    ):
        ctx.out.ops = []
        ctx.out.created = False


def _clip_asked(ctx: _Ctx, text: str) -> int | None:
    """The one clip a question names: by number ("how long is photo 3?"), file name or a word
    of it ("the walking clip" → walk.mp4); None for the whole video."""
    r = refs(text, ctx.clips)
    if isinstance(r, list) and len(r) == 1 and 0 <= r[0] < ctx.clips.n:
        return r[0]
    said = {s for w in re.findall(r"[a-z]{3,}", text) for s in families.stems(w)}
    zh = vocab("references").data.get("zh_words", {}) or {}
    said |= {str(en) for w, en in zh.items() if w in text}  # 城市那张 → city
    hits = [
        i
        for i, name in enumerate(ctx.clips.names)
        if said & set(re.split(r"[\s_.\-]+", name.lower().rsplit(".", 1)[0]))
    ]
    return hits[0] if len(hits) == 1 else None


def _dialogue_acts(ctx: _Ctx, norm: str) -> str:
    """Classify each clause first (acts.py): questions become answers (never edits),
    chit-chat is acknowledged, corrections lose their marker. Returns the text left to parse
    as edits; sets ``intent`` when nothing is left."""
    from nemochat.engine.agent import acts

    analysed = acts.split(norm, ctx.quotes, clauses)
    ctx.analysis = analysed
    if all(c.act in ("command", "negated") and not c.correction for c in analysed):
        return norm  # a plain request: parsed as typed
    rest: list[str] = []
    for c in analysed:
        if c.act == "question":
            topic = acts.question_topic(c.text)
            either = bool(re.search(r"还是|\bor\b", c.text))  # 横的还是竖的: which, not yes/no
            fields: dict[str, Any] = {"expect": topic.expect} if topic.expect and not either else {}
            if either and topic.name in ("vertical", "landscape", "square"):
                topic = acts.Topic("aspect")  # "is it vertical or horizontal?": which one
            yes_no = bool(re.match(r"(?:is|are|was|does|do|has|是不是)\b", c.text)) or bool(
                re.search(r"吗$|是不是|有没有", c.text)
            )
            if c.durations_ms and yes_no:
                fields["ms"] = c.durations_ms[0]  # "is it 20 seconds?" — not "why is it 15 s?"
            if c.numbers:
                fields["number"] = c.numbers[0]
            if topic.name == "texts" and (role := acts.text_role_asked(c.text)):
                fields["role"] = role
            if topic.name == "neighbour":
                fields["rel"] = "before" if re.search(r"\bbefore\b|前", c.text) else "after"
                fields["clip"] = _clip_asked(
                    ctx, re.sub(r"\b(?:photo|one|pic)\b(?!\s*\d)", " ", c.text)
                )
            if topic.name == "length" and (k := _clip_asked(ctx, c.text)) is not None:
                fields["clip"] = k  # "how long is the walking clip?": that clip's length
            if not any(
                n.key == f"answer.{topic.name}" and n.fields == fields for n in ctx.out.notes
            ):
                ctx.note("answer", f"answer.{topic.name}", **fields)  # (asked twice: once)
        elif c.act == "chitchat":
            continue
        elif c.act == "help":
            ctx.out.intent = "help"
        elif c.text.strip() and (not FILLER.match(c.text) or re.search(QUOTE, c.text)):
            # ("对了，标题是什么": 对了 asks nothing; 'no, "Spring Launch"' is the words)
            rest.append(c.text)
    if ctx.out.intent == "help" and not rest:
        return ""
    ctx.out.intent = None
    if not rest:
        answered = any(n.kind == "answer" for n in ctx.out.notes)
        ctx.out.intent = "answer" if answered else "chitchat"
        return ""
    return "; ".join(rest)


_PRIORITY = {
    "start_over": 0,
    "create_video": 1,
    "set_format": 2,
    "set_fit": 3,
    "set_pace": 4,
    "remove_clips": 5,
    "move_clip": 5,
    "swap_clips": 5,
    "reverse_clips": 5,
    "add_clips": 5,
    "duplicate_clip": 5,
    "reorder_clips": 5,
    "trim_clip": 5,
    "set_transition": 6,
    "set_duration": 7,
    "scale_duration": 7,
}


def _rank(op: O.Op) -> float:
    """Where an op goes in the plan (the sort is stable: the user's order otherwise). Ops that
    change the clips or their lengths go in the order that keeps what was asked: a new video
    first, the pace (a preset of photo and transition lengths) before the lengths and
    transition lengths said, the clip list before exact lengths. A transition type with no
    length said (hard cuts, "use crossfades") goes before the pace, which then gives it its
    length — so "fast pace, hard cuts" and "hard cuts, fast pace" both keep the pace's photo
    length rather than the photos absorbing the cuts."""
    if isinstance(op, O.SetTransition) and (op.type == "cut" or op.d_ms is None):
        return _PRIORITY["set_pace"] - 0.5
    return _PRIORITY.get(op.name, 8)


# the ops that change which clip is at which position
_TRACK_OPS = (
    O.RemoveClips,
    O.AddClips,
    O.DuplicateClip,
    O.MoveClip,
    O.SwapClips,
    O.ReverseClips,
    O.ReorderClips,
)


def _track(cur: list[int | None], op: O.Op) -> None:
    """The photos on the track after ``op``: ``cur[k]`` is the clip (as numbered when the
    request was made) now at position k; None for one added."""
    n = len(cur)
    if isinstance(op, O.RemoveClips):
        cur[:] = [x for k, x in enumerate(cur) if k not in set(op.clips)]
    elif isinstance(op, O.AddClips):
        at = op.at if op.at is not None and 0 <= op.at <= n else n
        cur[at:at] = [None] * len(op.media)
    elif isinstance(op, O.DuplicateClip) and 0 <= op.clip < n:
        cur.insert(op.clip + 1, None)
    elif isinstance(op, O.MoveClip) and 0 <= op.clip < n:
        cur.insert(max(0, min(op.to, n - 1)), cur.pop(op.clip))
    elif isinstance(op, O.SwapClips) and 0 <= op.a < n and 0 <= op.b < n:
        cur[op.a], cur[op.b] = cur[op.b], cur[op.a]
    elif isinstance(op, O.ReverseClips):
        cur.reverse()
    elif isinstance(op, O.ReorderClips) and sorted(op.order) == list(range(n)):
        cur[:] = [cur[k] for k in op.order]


def _follow_photos(ops: list[O.Op], n: int) -> tuple[list[O.Op], list[O.Op]]:
    """Clip numbers and names are read against the track as it was when the request was
    made ("delete photo 1 and zoom in on sunset.jpg", 删掉第一张，最后一张拉远: the sunset
    photo, the last one of the six). An op the plan puts after a change to the clip list is
    renumbered to follow its photos. One whose photos that change removed is dropped (it
    would otherwise edit another photo) and returned second, so the reply can say so."""
    cur: list[int | None] = list(range(n))
    changed = False
    out: list[O.Op] = []
    dropped: list[O.Op] = []
    for op in ops:
        if changed and not isinstance(op, O.AddClips):
            moved = _renumbered(op, cur)
            if moved is None:
                dropped.append(op)
                continue
            op = moved
        if isinstance(op, _TRACK_OPS):
            _track(cur, op)
            changed = True
        out.append(op)
    return out, dropped


def _renumbered(op: O.Op, cur: list[int | None]) -> O.Op | None:
    """``op`` with its clip numbers moved to where those clips are now; None when gone."""
    op = copy.copy(op)
    clips = getattr(op, "clips", None)
    if isinstance(clips, list):
        kept = [cur.index(i) for i in clips if i in cur]
        if not kept:
            return None
        op.clips = kept  # type: ignore[attr-defined]
    for f in ("clip", "a", "b"):
        v = getattr(op, f, None)
        if isinstance(v, int):
            if v not in cur:
                return None
            setattr(op, f, cur.index(v))
    return op


def _parse_clauses(ctx: _Ctx, norm: str, *, force_create: bool) -> None:
    parts = clauses(norm)
    whole_create = force_create or any(
        re.search(CREATE, p)
        and not any(re.search(pat, p) for pat, _ in OFFLINE)
        # "turn it into a TikTok" with a video already made: a format change, not a new video
        and not (
            ctx.real
            and re.search(
                r"\b(?:turn|make|convert|change) (?:it|this|the video)\b|把(?:它|视频)", p
            )
        )
        # "能不能做成4K" with a video already made: only a setting, not a new video
        and not (
            ctx.real
            and re.search(r"[\u4e00-\u9fff]", p)
            and not re.search(r"视频|照片|图片|素材|幻灯片|短片|影片|这些|抖音|快手|小红书|vlog", p)
        )
        # "把照片顺序倒过来", "整个视频做成一分钟" with a video already made: an edit of it;
        # a new one is asked for with 这些 / 新 / 重新 / 一个…视频
        and not (ctx.real and re.search(r"[\u4e00-\u9fff]", p) and not re.search(NEW_VIDEO_ZH, p))
        # "turn the music down to half": a new video needs a video or photos to be named
        and not (
            ctx.real
            and not re.search(r"[\u4e00-\u9fff]", p)
            and not re.search(
                r"\b(?:videos?|reels?|slideshow|slide show|movie|film|montage|shorts?|tiktok|story|"
                r"stories|vlog|photos|pictures|pics|images|clips|these|uploads|something)\b",
                p,
            )
        )
        for p in parts
    )
    if whole_create:
        if ctx.visual:
            ctx.real = False
            ctx.create()
            said = re.search(
                # a count, not a reference ("the last 2 photos", 最后1张, 前3张, 第2张)
                r"(?<!first )(?<!last )(?<!next )\b(\d+)\s+(?:\w+\s+)?"
                r"(?:photos|pictures|images|pics|shots)\b|(?<![第后前每数换切])(\d+)张",
                norm,
            )
            photos = sum(m.kind == "image" for m in ctx.visual)
            # "these two photos and the video": the photos counted, not every upload
            if said and int(said.group(1) or said.group(2)) not in (len(ctx.visual), photos):
                ctx.note(
                    "info",
                    "info.count_mismatch",
                    said=int(said.group(1) or said.group(2)),
                    have=len(ctx.visual),
                )
        else:
            ctx.note("need_media", "need_media")
    i = 0
    while i < len(parts):
        # a leading "hmm", "oh", 嗯 asks nothing ("hmm make it 2" after the transitions)
        clause = vocab("acts").get("interjection").sub("", parts[i], count=1) or parts[i]
        later = parts[i + 1 :]
        if later and vocab("context").get("correction_only").fullmatch(clause):
            i += 1  # 'no sorry, "Preview v2"': the next clause is the correction
            continue
        bare_rest = vocab("length").get("rest_bare").fullmatch(clause)
        if bare_rest and any(_durations(p) for p in parts[:i]):
            clause = f"{clause} seconds"  # "first pic 6 sec, others 2": 2 seconds
        if vocab("context").get("complaint_only").fullmatch(clause) and any(
            vocab("context").get("bare_value").fullmatch(p.strip(" .!。！")) for p in later
        ):
            i += 1  # 太长了，…，1秒就够: the value says how much
            continue
        if (
            _COMPARATIVE.fullmatch(clause)
            and i + 1 < len(parts)
            and _VALUE_AFTER.fullmatch(parts[i + 1])
        ):
            clause = parts[i + 1]  # "longer, like 3 seconds": the value says it all
            i += 1
        joined = re.fullmatch(f"(?:{_COMPARATIVE.pattern})" + r"\s*(.+)", clause)
        if joined and _VALUE_AFTER.fullmatch(joined.group(1)):
            clause = joined.group(1)  # 时间长一点 2秒 (one clause): the value says it all
        # "make them 1 second" right after a turn that set the transitions: theirs; "3
        # seconds" right after one that faded the video out: the fade's
        clause = re.sub(r"^(?:(?:and|also|then|now|ok|okay|so)\s+)+(?=\w)", "", clause)
        plural = ctx.carried if re.match(_PLURAL_SET, clause) else ""
        spans = _durations(clause)
        if (
            not plural
            and ctx.carried
            and not ctx.subject
            and (
                families.is_fade(ctx.carried)
                or _subject_kind(ctx.carried) in ("transition", "转场")
            )
            and spans
            and spans[0][0] <= families.FADE_MAX_MS
            and _VALUE_AFTER.fullmatch(clause)
        ):
            plural = ctx.carried
        if (
            not plural
            and ctx.carried in _TEXT_SUBJECTS
            and not ctx.subject
            and re.search(r"显示|停留|出现|\b(?:show|shown|display|on screen|stay)\b", clause)
        ):
            plural = ctx.carried  # "显示5秒就行" right after adding a title: the title's time
        if (
            (ctx.subject or plural)
            and _bare_duration_is_subjects(ctx, ctx.subject or plural, clause)
            and re.fullmatch(
                # "make them 1s" (plural: the transitions), not "make it 20 seconds" (the video)
                r"(?:(?:make|set|change) (?:them|those|each) (?:to |at )?|(?:for |about |around |大约|约)"
                r"|" + _ZH_PLURAL_SET + r"(?:大约|约)?"
                r"|(?:like|say|maybe|about|around|to|lasting|over) |都|每个|每段|每次|各|大概|差不多|停|留"
                r"|持续|时长|长度|显示|停留|show it for |stay for )?"
                + DUR
                + r"(?: each| long)?(?:的|左右|吧|就行|就好|就可以)?",
                clause,
            )
        ):
            clause = _subject_prefix(ctx, ctx.subject or plural) + " " + clause
            # ("转场改成黑场，1秒": the transition's; "音乐淡出，3秒": the music's fade)
            ctx.duration_of_subject = True  # "fade out at the end, 3 seconds": the fade's
        elif (
            _subject_kind(subject := ctx.subject or ctx.carried) in PRONOUN_ATTRS
            and re.search(PRONOUN, clause)
            and re.search(PRONOUN_ATTRS[_subject_kind(subject)], clause)
        ):
            clause = subject + " " + clause  # "add the jingle, fade it in over 2 s"
        elif (ctx.subject or ctx.carried) in _TEXT_SUBJECTS and vocab("text").get("until").search(
            clause
        ):
            # "have the title appear at 1s and disappear at 6s": when the title ends
            clause = (ctx.subject or ctx.carried) + " " + clause
        elif (
            (ctx.subject or ctx.carried) in families.SUBJECTS["music"]
            and families.is_fade(clause)
            and not families.fade_placed(clause)
            and not re.search(TRANS_WORD, clause)
        ):
            # "add song.mp3, fade out over 3 seconds": the song's fade, not a 3 s video
            clause = (ctx.subject or ctx.carried) + " " + clause
        # what "it" is when nothing else in the clause says: the clip this message was just
        # about ("mute the clip and put it first"), or the one photo of the last turn
        alt = families.it_clip(ctx) or (ctx.carried_clip if not ctx.out.ops else "")
        notes_at = len(ctx.out.notes)
        handled = _clause(ctx, clause)
        ctx.duration_of_subject = False
        asked = ctx.out.notes[notes_at:]
        if handled and alt and [n.key for n in asked] == ["clarify.which_clip"]:
            ctx.out.notes[notes_at:] = []  # "duplicate it": which clip — the one just named
            handled = False
        else:
            asked = []
        if not handled and alt:
            # "it" as that clip ("duplicate it"), or a verb alone (算了，直接删掉吧)
            if vocab("clips").get("bare_verb").fullmatch(clause):
                handled = _clause_adds(ctx, f"{clause} {alt}")
            elif vocab("clips").get("bare_place").fullmatch(clause):
                handled = _clause_adds(ctx, f"{alt} {clause}")  # 放在最前面: that clip
            elif re.search(PRONOUN, clause) and not FILLER.match(clause):
                handled = _clause_adds(ctx, re.sub(PRONOUN, alt, clause, count=1))
        if asked and not handled:
            ctx.out.notes.extend(asked)  # the clip named did not help: ask which, as before
            handled = True
        subject = ctx.subject or ctx.carried
        if (
            not handled
            and subject
            and not FILLER.match(clause)
            # "…say Grand Reopening, not Grand Opening": the old words, not a new edit
            and not re.match(r"(?:not|instead of|rather than|不是|而不是)\b", clause)
        ):
            # a clause continuing the last one ("…, and move it to the top"; "at 30% please"
            # after a turn that added the music) — only when it adds something, else it is
            # reported as not understood
            ops_before = [o.to_json() for o in _merge(copy.deepcopy(ctx.out.ops))]
            n_ops, notes_before = len(ctx.out.ops), list(ctx.out.notes)
            handled = _clause(ctx, subject + " " + clause)
            added = [o.to_json() for o in ctx.out.ops[n_ops:]]
            if handled and (
                (
                    len(ctx.out.notes) == len(notes_before)
                    and [o.to_json() for o in _merge(copy.deepcopy(ctx.out.ops))] == ops_before
                )
                # what the subject alone would do ("转场" → crossfades): the clause added
                # nothing ("这个做得真用心" after a transition turn is praise, not an edit)
                or (added and added == _subject_alone(subject, ctx))
            ):
                handled = False
                ctx.out.ops[n_ops:] = []
                ctx.out.notes = notes_before
        refused = re.match(r"(?:not|instead of|rather than|不是|而不是)\s*(.+)$", clause)
        if not handled and refused and _is_old_text(ctx, refused.group(1)):
            handled = True  # "…say Grand Reopening, not Grand Opening": the words replaced
        if not handled and refused and i + 1 < len(parts) and not FILLER.match(parts[i + 1]):
            handled = True  # "not at the top, at the bottom": the next clause says what instead
        if (
            not handled
            and i + 1 < len(parts)
            and not FILLER.match(clause)
            and (
                re.match(r"(?:on|for|in|at|to|with|only)\b|对|给|把|在", clause)
                or isinstance(refs(clause, ctx.clips), list)
            )
            and _clause(ctx, clause + " " + parts[i + 1])
        ):
            i += 2
            continue
        if (
            not handled
            and not FILLER.match(clause)
            and not (whole_create and re.search(CREATE, clause))
            and not any(p in clause for p in ctx.unseen)  # asked which photo already
        ):
            if len(clause) <= 30 and re.search(
                r"\b(?:bigger|smaller|larger|colou?r|move|delete|remove|change|edit|fix|red|blue|yellow|green|white|black|top|bottom|left|right)\b"
                r"|大|小|颜色|删|移|挪|换|改|红|蓝|黄|绿|白|黑|上面|下面|左|右",
                clause,
            ):
                ctx.note("clarify", "clarify.what")
            else:
                ctx.note("unknown", "unknown", part=ctx.recover(clause))
        i += 1
    # a format-only or text-only request with no draft yet still builds the video
    if ctx.out.ops and not ctx.real and ctx.visual and not ctx.out.created:
        needs = {
            "set_format",
            "set_pace",
            "set_transition",
            "set_motion",
            "set_duration",
            "scale_duration",
            "add_text",
            "set_music",
            "set_fit",
        }
        if any(op.name in needs for op in ctx.out.ops):
            ctx.create()
    ctx.out.ops = _merge(ctx.out.ops)[:MAX_OPS]
    worded = {o.role for o in ctx.out.ops if isinstance(o, O.AddText) and o.text}
    # "add a title, call it 'Beach'": the words came in the next clause, nothing to ask
    ctx.out.notes = [
        n
        for n in ctx.out.notes
        if not (n.key == "clarify.text" and n.fields.get("role", "title") in worded)
    ]
    # "把标题去掉，换成字幕“第一天”": the words replace a text that this request removes
    for k, o in enumerate(ctx.out.ops):
        if (
            isinstance(o, O.EditText)
            and o.text
            and any(isinstance(r, O.RemoveText) for r in ctx.out.ops[:k])
        ):
            role = "caption" if re.search(r"\bcaptions?\b|\bsubtitles?\b|字幕", norm) else "title"
            ctx.out.ops[k] = O.AddText(text=o.text, role=role)
    length_ops = (O.ScaleDuration, O.SetPace, O.RemoveClips, O.AddClips, O.DuplicateClip)
    whole = [
        o
        for o in ctx.out.ops
        if isinstance(o, O.SetPace) or (isinstance(o, O.ScaleDuration) and o.clips is None)
    ]
    if ctx.keep_length and whole:
        # "slower, but keep the length": every photo gets longer, so the length cannot stay
        ctx.out.notes = [n for n in ctx.out.notes if n.key != "negated.generic"]
        ctx.note("info", "info.keep_length_conflict")
    elif (
        ctx.keep_length
        and ctx.draft is not None
        and any(
            isinstance(o, length_ops) or (isinstance(o, O.SetDuration) and o.total_ms is None)
            for o in ctx.out.ops
        )
    ):
        # the current length is pinned first, so the photos not edited absorb the change
        ctx.out.ops.insert(0, O.SetDuration(total_ms=ctx.tl.duration_ms))
        ctx.out.notes = [n for n in ctx.out.notes if n.key != "negated.generic"]
    ctx.out.ops.sort(key=_rank)
    ctx.out.ops, dropped = _follow_photos(ctx.out.ops, ctx.clips.n)
    for op in dropped:  # "remove the last photo, then zoom in on the last one"
        clips = getattr(op, "clips", None)
        first = clips[0] if isinstance(clips, list) and clips else getattr(op, "clip", None)
        if isinstance(first, int) and 0 <= first < ctx.clips.n:
            ctx.note(
                "info", "info.removed_here", k=first + 1, name=ctx.clips.names[first], op=op.name
            )


_TEXT_CHANGES = (
    "text",
    "st_ms",
    "d_ms",
    "position",
    "size",
    "size_factor",
    "color",
    "style",
    "entrance",
)


def _merge(ops: list[O.Op]) -> list[O.Op]:
    """Fold ops that belong together: one set_format, set_music + its volume, repeated edits."""
    out: list[O.Op] = []
    for op in ops:
        prev = out[-1] if out else None
        if prev is not None and prev == op:
            continue
        if isinstance(op, O.SetMusic) and any(o == op for o in out):
            continue  # 用song.mp3做个卡点的视频: the song once, however many words named it
        if (
            isinstance(op, O.SetMotion)
            and isinstance(prev, O.SetMotion)
            and prev.clips == op.clips
            and prev.motion == "static"
            and op.motion not in (None, "static")
            and prev.focus is None
        ):
            out[-1] = op  # 别推近了，改成向左平移: the move refused, then the one wanted
            continue
        if isinstance(op, O.EditText) and all(getattr(op, f) is None for f in _TEXT_CHANGES):
            continue  # names a text but changes nothing in it (…，不是“Grand Opening”)
        if isinstance(op, O.SetFormat):
            first = next((o for o in out if isinstance(o, O.SetFormat)), None)
            if first is not None:
                for f in ("aspect", "resolution", "fps", "fit"):
                    if getattr(op, f) is not None:
                        setattr(first, f, getattr(op, f))
                continue
        if isinstance(op, O.EditMusic):
            target = next(
                (o for o in reversed(out) if isinstance(o, O.SetMusic | O.EditMusic)), None
            )
            if (
                isinstance(target, O.SetMusic)
                and op.volume_factor is not None
                and op.volume is None
            ):
                # "add music, a bit quieter": the new music starts quieter
                base = target.volume if target.volume is not None else dr.DEFAULT_MUSIC_VOLUME
                target.volume = round(min(1.0, max(0.0, base * op.volume_factor)), 3)
                continue
            if isinstance(target, O.SetMusic) and op.volume_factor is None:
                if op.volume is not None:
                    target.volume = op.volume
                target.fade_in_ms = (
                    op.fade_in_ms if op.fade_in_ms is not None else target.fade_in_ms
                )
                target.fade_out_ms = (
                    op.fade_out_ms if op.fade_out_ms is not None else target.fade_out_ms
                )
                target.start_ms = op.start_ms if op.start_ms is not None else target.start_ms
                continue
            if isinstance(target, O.EditMusic):
                for f in ("volume", "volume_factor", "fade_in_ms", "fade_out_ms", "start_ms"):
                    if getattr(op, f) is not None:
                        setattr(target, f, getattr(op, f))
                if op.volume is not None:
                    target.volume_factor = None  # "way too loud, drop it to 15%": the number
                continue
        if isinstance(op, O.SetVideoFade):
            first_fade = next((o for o in out if isinstance(o, O.SetVideoFade)), None)
            if first_fade is not None:  # "fade in at the start and fade out at the end"
                for f in ("fade_in_ms", "fade_out_ms"):
                    if getattr(op, f) is not None:
                        setattr(first_fade, f, getattr(op, f))
                continue
        if (
            isinstance(op, O.SetMotion)
            and isinstance(prev, O.SetMotion)
            and op.clips is None
            and prev.clips is not None
            and (op.motion, op.focus) == (prev.motion, prev.focus)
        ):
            continue  # "keep the 2nd photo still, no movement": said twice, for that photo
        if (
            isinstance(op, O.ClipAudio)
            and isinstance(prev, O.ClipAudio)
            and (op.clips is None or prev.clips == op.clips)
        ):
            prev.mute = op.mute  # "keep the clip's own sound, but at 30%"
            prev.volume = op.volume if op.volume is not None else prev.volume
            continue
        if isinstance(op, O.SetFit) and isinstance(prev, O.SetFit) and prev.clips == op.clips:
            prev.fit = op.fit  # "不要裁剪，用黑边": the choice named last
            continue
        if (
            isinstance(op, O.SetTransition)
            and isinstance(prev, O.SetTransition)
            and prev.clips == op.clips
        ):
            prev.type = op.type if op.type is not None else prev.type
            prev.d_ms = op.d_ms if op.d_ms is not None else prev.d_ms
            continue
        if (
            isinstance(op, O.EditText)
            and isinstance(prev, O.EditText)
            and (prev.target, prev.role) == (op.target, op.role)
        ):
            for f in ("text", "st_ms", "d_ms", "position", "size", "color", "style"):
                if getattr(op, f) is not None:
                    setattr(prev, f, getattr(op, f))
            if op.size_factor is not None:
                prev.size_factor = (prev.size_factor or 1.0) * op.size_factor
            continue
        out.append(op)
    fits = {(o.fit) for o in out if isinstance(o, O.SetFit) and o.clips}
    # "第二张不要裁剪，完整显示，两边用模糊填充": one photo's fit, said three ways
    out = [o for o in out if not (isinstance(o, O.SetFit) and o.clips is None and o.fit in fits)]
    exact = [o.clips for o in out if isinstance(o, O.SetDuration) and o.clip_ms and o.clips]
    # "the last photo longer, 4 s": the number wins over the comparative for those photos
    out = [o for o in out if not (isinstance(o, O.ScaleDuration) and o.clips and o.clips in exact)]
    if any(isinstance(o, O.SetDuration) and o.total_ms for o in out):
        # "longer, like 25 seconds": the number wins over the comparative
        out = [o for o in out if not (isinstance(o, O.ScaleDuration) and o.clips is None)]
    for o in out:
        if isinstance(o, O.EditMusic) and o.volume is not None:
            o.volume_factor = None
    return out


def _clause(ctx: _Ctx, c: str) -> bool:
    """Run every detector on one clause; True when something understood it."""
    c = families.labelled_words(ctx, c)  # "add a title: 现在出发": its words, as if quoted
    ctx.moved = False
    neg = is_negated(c)
    if any(n.key == "offline.voice" for n in ctx.out.notes) and re.fullmatch(
        rf"(?:说|念|读|内容是|台词是|就说|say|saying|that says|reading|to say)\s*[:：]?\s*{QUOTE}",
        c,
    ):
        ctx.heard.extend(quoted(c, ctx.quotes))  # said as not done with the voice-over
        return True  # 加个配音，说“欢迎光临”: the words of the voice-over already declined
    for pat, key in OFFLINE:
        if re.search(pat, c):
            if key in OFFLINE_UNLESS and OFFLINE_UNLESS[key].search(ctx.norm):
                continue
            if key == "offline.filters" and re.search(r"\btransition|转场|过渡", c):
                continue
            if key == "offline.fonts" and (any(_sizes(c)) or _color(c) or _position(c)):
                continue  # "make the font bigger" is a size
            ctx.note("offline", key)
            ctx.heard.extend(quoted(c, ctx.quotes))  # the words of what cannot be done
            return True
    if re.search(
        r"^(?:/)?(?:export|render|download)\b(?!.*(?:\d|settings|4k|fps))|^导出$|渲染成片", c
    ):
        ctx.note("info", "info.export")
        return True
    if re.fullmatch(
        r"(?:(?:please|ok|okay)\s+)?(?:don'?t|do not|no need to|not)\s+(?:export|render|download)"
        r"(?:\s+(?:it|the video|this))?(?:\s+(?:yet|now|for now|just yet))?"
        r"|(?:先|暂时|现在)?(?:别|不要|不用|先不|还不|暂不|不)(?:急着)?(?:导出|渲染|下载)(?:视频)?(?:了|吧|呢)?",
        c.strip(" .!。！"),
    ):
        ctx.note("info", "info.export_later")  # "don't export yet": the router sent it here
        return True
    keep_length = re.search(
        r"^(?:(?:please )?(?:don'?t|do not|never)\s+(?:change|touch|modify|alter)|keep)\s+(?:the\s+|its\s+)?"
        r"(?:length|duration|total|running time|same length|it the same length)\b"
        r"|^(?:不要|别|不能)(?:改|变|动)(?:总)?(?:时长|长度)|(?:总)?(?:时长|长度)(?:不要|别|不)(?:变|改)|保持(?:总)?(?:时长|长度)",
        c,
    )
    if keep_length and ctx.draft is not None and ctx.tl.clips:
        ctx.keep_length = True  # "… but don't change the length" (see _parse_clauses)
        ctx.note("negated", "negated.generic", part=ctx.recover(c))
        return True
    if re.match(
        r"(?:please )?(?:don'?t|do not|never)\s+(?:change|touch|modify|alter)\b|(?:不要|别)(?:改|变)",
        c,
    ):
        ctx.note("negated", "negated.generic", part=ctx.recover(c))
        return True  # "… but don't change the length": acknowledged, nothing to do
    n_ops = len(ctx.out.ops)
    c, handled = families.run(ctx, c)
    if handled:
        last = ctx.out.ops[-1] if len(ctx.out.ops) > n_ops else None
        if isinstance(last, O.EditText | O.AddText):  # "标题改成 Spain Trip，黄色": the title's
            role = last.role or (
                ctx.tl.texts[last.target].role
                if isinstance(last, O.EditText)
                and last.target is not None
                and 0 <= last.target < len(ctx.tl.texts)
                else "title"
            )
            ctx.subject = families.subject_word(role, bool(re.search(r"[\u4e00-\u9fff]", c)))
        return True
    done = False
    if beat.detect(ctx, c, neg):  # "cut to the beat", "卡点" (agent/beat.py)
        c = beat.strip(c)
        done = True
        neg = is_negated(c)
    zh = bool(re.search(r"[\u4e00-\u9fff]", c))
    cl = measure(c, ctx.quotes)  # the clause's numbers, durations, quotes: read once
    for det in families.DETECTORS:
        r = det.detect(ctx, cl, neg)
        if r:
            ctx.subject = det.subject(ctx, c, zh)
        done = done or r
    if not done and re.search(CREATE, c):
        return bool(ctx.visual)
    return done


# --- detectors ------------------------------------------------------------------------------
