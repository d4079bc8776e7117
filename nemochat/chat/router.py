"""Intent router: decide whether an input line is a command or a message for the agent.

Routing matches the *whole normalised command* against a closed list of templates, never
single keywords: "add an export-ready title", "remove the credits at the end" and
"先别导出" must reach the agent. Steps (see docs/chat.md):

1. normalise a copy (NFKC, casefold, CJK punctuation mapped, punctuation stripped,
   whitespace collapsed) — the user's original text is what gets sent;
2. slash commands route directly;
3. negation or timing words ("don't", "yet", "before", "先别", "之前" ...) → chat;
4. polite wrappers are stripped ("please", "can you", "帮我", "一下", "吧" ...);
5. a length gate (more than 8 words or 10 Han characters) → chat;
6. the remaining core must ``fullmatch`` one intent's templates, else → chat.

Export, preview, cache, credits, status, upload, sessions and new are never sent to the agent: they are
the registry's actions declared ``routed`` (``nemochat.actions``), and ``_TEMPLATES`` holds
each one's English and Chinese phrases.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from nemochat import actions
from nemochat.hanzi import simplified

EXPORT, CREDITS, STATUS, UPLOAD, CHAT = "export", "credits", "status", "upload", "chat"
SESSIONS, NEW, PREVIEW, CACHE = "sessions", "new", "preview", "cache"
# the registry's actions declared ``routed``; each has its phrases in _TEMPLATES below
INTENTS = tuple(a.name for a in actions.routed_actions())


@dataclass(frozen=True)
class Route:
    """Where an input goes. ``arg`` carries the rest of "upload URL/PATH" inputs.

    ``hint`` names an intent the user may have meant (short input that mentions a command
    but is not one); the input still goes to the agent and the UI shows how to run it.
    """

    intent: str
    arg: str = ""
    hint: str | None = None


# NFKC leaves these alone; map them so punctuation stripping sees them.
_CJK_PUNCT = str.maketrans(
    {
        "、": ",",
        "。": ".",
        "“": '"',
        "”": '"',
        "‘": "'",
        "’": "'",
        "「": '"',
        "」": '"',
        "『": '"',
        "』": '"',
        "【": "[",
        "】": "]",
        "《": "<",
        "》": ">",
        "…": ".",
        "—": "-",
        "～": "~",
        "·": " ",
    }
)
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_PUNCT = re.compile(r"[^\w\s]|_", re.UNICODE)
_SPACE = re.compile(r"\s+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def normalise(text: str) -> str:
    """The routing copy of ``text``: NFKC, casefold, Traditional Chinese read as Simplified
    (匯出 is 汇出), no punctuation, single spaces.

    Apostrophes inside words are dropped ("don't" → "dont", "what's" → "whats").
    Never use this on paths.
    """
    s = simplified(unicodedata.normalize("NFKC", text)).casefold().translate(_CJK_PUNCT)
    s = _APOSTROPHE.sub("", s)
    s = _PUNCT.sub(" ", s)
    return _SPACE.sub(" ", s).strip()


_NEG_EN = re.compile(
    r"\b(?:dont|do not|doesnt|not|no|never|without|before|after|until|till|yet|later|"
    r"stop|cancel|wait|cant|cannot|wont|shouldnt|isnt|didnt|nope|unless|instead)\b"
)
_NEG_ZH = re.compile(
    r"不|别|没|勿|莫|暂时|暂不|之前|以前|之后|以后|然后|再说|等.{0,12}再|先.{0,6}再|取消|停"
)

_PREFIX_EN = re.compile(
    r"^(?:(?:please|pls|plz|kindly|just|now|ok|okay|hey|hi|so|then|and|alright|"
    r"can you|could you|would you|will you|can u|could u|"
    r"i want to|i wanna|i would like to|id like to|i need to|lets|let us|go ahead and|"
    r"time to|help me|me)\s+)+"
)
_SUFFIX_EN = re.compile(
    r"(?:\s+(?:please|pls|plz|now|for me|thanks|thank you|thx|right now|asap|again|ok|okay))+$"
)
_PREFIX_ZH = re.compile(
    r"^(?:请你|请|麻烦你|麻烦|帮我|帮忙|给我|我要|我想|想|要|现在|你|能不能|可以|可不可以|能|就|那就|那|好|好的|再|马上|立刻)+\s*"
)
_SUFFIX_ZH = re.compile(
    r"\s*(?:一下子|一下|下|吧|呢|吗|嘛|呀|了|啊|哦|哈|谢谢|谢啦|好吗|好不好|可以吗|行吗|呗)+$"
)

_VIDEO_EN = r"(?:the |my |this |that |our )?(?:final |finished |whole |full |edited )?(?:video|movie|film|clip|mp4|file|result|project)"
_TEMPLATES: dict[str, list[str]] = {
    EXPORT: [
        rf"(?:export|download|render)(?: (?:it|this|that|{_VIDEO_EN}))?(?: (?:to|as) (?:mp4|a file|disk|my computer))?",
        rf"(?:send|give|get) (?:me |it to me )?(?:{_VIDEO_EN}|it)(?: to me)?",
        rf"save (?:{_VIDEO_EN}|it)(?: to (?:disk|my computer|a file))?",
        r"export 导出",
        r"(?:导出|汇出|下载|渲染|输出)(?:视频|影片|成片|短片|文件|mp4|video|它|这个视频)?",
        r"(?:导出|下载|渲染)(?:成|为)?(?:mp4|视频)(?:文件)?",
        r"把(?:视频|影片|成片|短片|它|成品)(?:导出|汇出|下载|发|传|给)(?:给我|来|出来)?",
        r"把(?:视频|影片|成片|短片|它|成品)(?:导出|发|传)(?:给)?我",
        r"(?:导出|下载) (?:video|mp4|the video)",
        r"(?:发|传|给)我(?:视频|影片|成片|成品)",
        r"(?:视频|影片|成片|成品)(?:发|传|给)(?:给)?我",
    ],
    CREDITS: [
        r"(?:my )?(?:credits?|balance|credit balance|remaining credits|credits left|points)",
        r"(?:check|show|see|view|get|display|whats|what is|tell me)(?: me)? (?:my |the )?(?:credits?|balance|credit balance|remaining credits|account balance)",
        r"how many credits (?:do i have|have i got|are left|are remaining|remain|i have|left)(?: left)?",
        r"how much (?:credit|balance) (?:do i have|is left|remains)(?: left)?",
        r"(?:积分|余额|额度|点数)",
        r"(?:查|查看|查询|看|看看|显示)(?:一下)?(?:我的|账户|帐户)?(?:积分|余额|额度)",
        r"我?(?:的)?(?:积分|余额|额度)(?:还)?(?:剩|有)?(?:多少|几个|还有多少)?",
        r"我?还?(?:剩|有)(?:多少|几个)积分",
        r"(?:积分|额度)余额",
    ],
    STATUS: [
        r"(?:status|progress|timeline|tracks)",
        r"(?:project|video|current) (?:status|timeline|progress)",
        r"(?:whats|what is|show|check|see|view|show me|tell me) (?:the |my |current |project )*(?:status|progress|timeline|tracks)",
        r"how is it going|hows it going|where are we|whats going on|how far along",
        r"(?:状态|进度|时间线|轨道|项目状态|当前状态)",
        r"(?:现在|目前|当前)?(?:是)?(?:什么|啥)状态",
        r"(?:现在|目前)?进度(?:怎么样|如何|怎样|多少)?",
        r"(?:查看|看看|看|显示|查)(?:一下)?(?:状态|进度|时间线|轨道)",
        r"(?:做|弄)到哪(?:了|一步)?",
        r"现在怎么样",
    ],
    SESSIONS: [
        r"(?:list|show|show me|see|view|open)? ?(?:my |all |all my |the )?(?:projects|sessions)(?: list)?",
        r"(?:which|what) (?:projects|sessions) (?:do i have|are there)",
        r"(?:我的|所有)?(?:项目|会话)(?:列表)",
        r"(?:我的|所有)(?:项目|会话)",
        r"(?:列出|查看|看看|看|显示|打开)(?:一下)?(?:我的|所有)?(?:项目|会话)(?:列表)?",
        r"我(?:有)?(?:哪些|几个)(?:项目|会话)",
    ],
    NEW: [
        r"(?:start|create|make|open|begin)? ?(?:a )?(?:new|fresh) (?:project|session)",
        r"(?:新建|创建|开始|开|新开)(?:一个)?(?:新的?)?(?:项目|会话)",
        r"新(?:项目|会话)",
    ],
    PREVIEW: [
        rf"(?:quick |fast |rough |low res |low resolution )?preview(?: (?:it|this|that|{_VIDEO_EN}))?(?: first)?",
        rf"(?:show|give|let) (?:me |us )?(?:see |watch )?(?:a |the )?(?:quick |fast |rough |short )?preview(?: of (?:it|this|that|{_VIDEO_EN}))?(?: first)?",
        rf"(?:can i |let me )?(?:see|watch) (?:a |the )?(?:quick |fast |rough )?preview(?: of (?:it|this|that|{_VIDEO_EN}))?(?: first)?",
        r"(?:preview|show (?:me )?the frame)(?: at| of)? \d+(?: ?(?:s|sec|secs|seconds?))?",
        r"先?预览(?:视频|影片|成片|效果|一下视频|下视频)?",
        r"(?:先)?(?:看看|看一下|看下|看)(?:预览|效果|样片)",
        r"(?:给我|让我)?(?:看看|看一下|看下)?(?:快速|低清)?预览(?:视频|效果)?",
        r"先?预览(?:一下)?(?:第)? ?\d+ ?(?:s|秒|秒钟)?",
        r"(?:看看|看一下|看|显示)?第 ?\d+ ?(?:秒|秒钟)的?(?:画面|帧)",
    ],
    CACHE: [
        r"(?:show |see |check |view |show me )?(?:the |my )?(?:render |engine |local |video )?cache(?: (?:usage|size|status|use))?",
        r"how (?:big|large|full) is (?:the |my )?(?:render |engine |local )?cache",
        r"(?:clear|empty|purge|clean|clean up|wipe)(?: up)? (?:the |my )?(?:render |engine |local |video )?cache",
        r"(?:查看|看看|看|显示)?(?:渲染|引擎|本地)?缓存(?:大小|占用|情况|用量)?",
        r"(?:清理|清除|清空|删除)(?:掉)?(?:渲染|引擎|本地)?缓存",
        r"(?:渲染|引擎|本地)?缓存(?:清理|清除|清空)",
    ],
    UPLOAD: [
        r"upload(?: (?:a |some |my |the |more |another )?(?:file|files|photo|photos|image|images|picture|pictures|pic|pics|video|videos|media))?",
        r"add (?:a |some |more )?(?:files|photos|images|pictures)",
        r"上传(?:文件|照片|图片|视频|素材|相片)?",
    ],
}
_COMPILED = {k: [re.compile(p) for p in v] for k, v in _TEMPLATES.items() if k in INTENTS}

_CLEAR = re.compile(r"\b(?:clear|empty|purge|clean|wipe)\b|清理|清除|清空|删除")
_SECONDS = re.compile(r"(\d+)")


def _arg_of(intent: str, core: str) -> str:
    """The argument a matched phrase carries: "clear the cache" → clear, "preview at 12s"
    / "预览第12秒" → 12s."""
    if intent == CACHE and _CLEAR.search(core):
        return "clear"
    if intent == PREVIEW:
        m = _SECONDS.search(core)
        return f"{m.group(1)}s" if m else ""
    return ""


_COMMAND_WORDS = {
    EXPORT: re.compile(r"^(?:export|download|导出|汇出|下载)"),
    CREDITS: re.compile(r"^(?:credits?|balance|积分|余额)"),
    STATUS: re.compile(r"^(?:status|状态|进度)"),
    UPLOAD: re.compile(r"^(?:upload|上传)"),
}

_UPLOAD_ARG = re.compile(r"^\s*(?:/upload|upload|上传)\s+(\S.*)$", re.IGNORECASE | re.DOTALL)
_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)
_PATHLIKE = re.compile(r"""^(?:['"]|&\s|file://|/|~/|\./|\.\./|[A-Za-z]:[\\/]|\\\\)""")


def _strip_wrappers(core: str) -> str:
    for _ in range(3):
        before = core
        core = _PREFIX_EN.sub("", core)
        core = _SUFFIX_EN.sub("", core)
        core = _PREFIX_ZH.sub("", core)
        core = _SUFFIX_ZH.sub("", core)
        core = core.strip()
        if core == before:
            break
    return core


def _too_long(core: str) -> bool:
    han = len(_HAN.findall(core))
    words = len(_HAN.sub(" ", core).split())
    return han > 10 or words > 8


def upload_target(text: str) -> str | None:
    """The URL/path list of "upload URL", "/upload PATH", "上传 URL"; ``None`` otherwise."""
    m = _UPLOAD_ARG.match(text.strip())
    if not m:
        return None
    rest = m.group(1).strip()
    first = rest.split()[0] if rest.split() else ""
    if _URL.match(first) or _PATHLIKE.match(rest):
        return rest
    return None


def route(text: str) -> Route:
    """The route for one input line (already stripped of dropped files by the caller)."""
    raw = text.strip()
    if not raw:
        return Route(CHAT)
    target = upload_target(raw)
    if target is not None:
        return Route(UPLOAD, arg=target)
    nfkc = unicodedata.normalize("NFKC", raw).strip()
    if nfkc.startswith("/"):
        word = nfkc[1:].split(maxsplit=1)[0].casefold() if len(nfkc) > 1 else ""
        if word in INTENTS:
            rest = nfkc[1 + len(word) :].strip()
            return Route(word, arg=rest)
    norm = normalise(raw)
    if not norm:
        return Route(CHAT)
    if _NEG_EN.search(norm) or _NEG_ZH.search(norm):
        return Route(CHAT)
    core = _strip_wrappers(norm)
    if not core or _too_long(core):
        return Route(CHAT)
    for intent, patterns in _COMPILED.items():
        if any(p.fullmatch(core) for p in patterns):
            return Route(intent, arg=_arg_of(intent, core))
    hint = None
    if len(core.split()) <= 3 and len(_HAN.findall(core)) <= 4:
        for name, starts in _COMMAND_WORDS.items():
            if starts.match(core):
                hint = name
                break
    return Route(CHAT, hint=hint)
