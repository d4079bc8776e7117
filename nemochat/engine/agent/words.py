"""The words every request family reads the same way: clip references ("photo 3", "the
last two", 第三张, file names), durations, colours, places on screen, text sizes and styles,
and the nouns for texts, music and transitions.

The parser (:mod:`.parse`) and the families (:mod:`.families`) both read a clause through
these helpers, so neither imports the other for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nemochat.engine.agent.acts import UNSEEN, UNSEEN_CLIP
from nemochat.engine.agent.acts import durations as durations  # re-exported
from nemochat.engine.agent.acts import to_ms as to_ms  # re-exported
from nemochat.engine.agent.registry import vocab

ALL = "all"


ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
}


COLORS = {
    r"\bwhite\b|白色|白字|白": "#FFFFFF",
    r"\bblack\b|黑色|黑字|黑": "#000000",
    r"\bred\b|红色|红字|红": "#FF3B30",
    r"\byellow\b|黄色|黄字|黄": "#FFD60A",
    r"\bgold(?:en)?\b|金色|金": "#D4AF37",
    r"\borange\b|橙色|橙|橘色": "#FF9F0A",
    r"\b(?:neon )?blue\b|蓝色|蓝字|蓝": "#0A84FF",
    r"\bgreen\b|绿色|绿字|绿": "#34C759",
    r"\bpink\b|粉色|粉红|粉": "#FF6FAE",
    r"\bpurple\b|\bviolet\b|紫色|紫": "#AF52DE",
    r"\bgr[ae]y\b|灰色|灰": "#8E8E93",
    r"\bsilver\b|银色": "#C0C0C0",
    r"\bcyan\b|\bteal\b|青色": "#32D2F5",
}


POSITIONS = [
    (r"\btop[- ]left\b|\bupper left\b|左上", "top_left"),
    (r"\btop[- ]right\b|\bupper right\b|右上", "top_right"),
    (r"\bbottom[- ]left\b|\blower left\b|左下", "bottom_left"),
    (r"\bbottom[- ]right\b|\blower right\b|右下", "bottom_right"),
    (
        r"\b(?:top|upper|above|up top|up|higher)\b|顶部|上方|上面|顶端|最上|上边|上部|往上|上移",
        "top",
    ),
    (
        r"\b(?:bottom|lower|below|underneath|down)\b|底部|下方|下面|底端|最下|下边|底下|下部|底|往下|下移",
        "bottom",
    ),
    (r"\b(?:cent(?:er|re)|middle|centred|centered)\b|中间|居中|中央|正中", "center"),
]


def color(s: str) -> str | None:
    hexm = re.search(r"#([0-9a-f]{6})\b", s)
    if hexm:
        return "#" + hexm.group(1).upper()
    for pat, value in COLORS.items():
        if re.search(pat, s):
            return value
    return None


def position(s: str) -> str | None:
    for pat, value in POSITIONS:
        if re.search(pat, s):
            return value
    return None


CLIP_NOUN = r"(?:photos?|pictures?|pics?|images?|clips?|slides?|shots?|videos?|scenes?|ones?)"


ZH_NOUN = r"(?:张|个|段|幅|条|个?(?:照片|图片|图|视频|片段|镜头|素材))"


@dataclass
class Clips:
    """What the video track will look like when the ops run: names and kinds in order."""

    names: list[str]
    kinds: list[str]

    @property
    def n(self) -> int:
        return len(self.names)


# camera and app prefixes that name no photo (IMG_0042.jpg, DSC01234.jpg, Screenshot_…)
_NOT_A_NAME = frozenset(
    [
        "img",
        "image",
        "images",
        "photo",
        "photos",
        "pic",
        "pics",
        "picture",
        "pictures",
        "dsc",
        "dscn",
        "dcim",
        "screenshot",
        "screen",
        "shot",
        "video",
        "clip",
        "file",
        "copy",
        "scan",
        "edit",
        "edited",
        "final",
        "new",
        "untitled",
        "whatsapp",
        "wechat",
        "mmexport",
        "pxl",
        "vid",
        "mov",
    ]
)


def _lead_word(name: str) -> str:
    """The first word of a file name's stem ("sunset" in sunset_by_Aitzol_Berasategi.jpg),
    or "" when it is short, a number or a camera prefix, or is the whole stem."""
    stem = name.lower().rsplit(".", 1)[0]
    words = [w for w in re.split(r"[\s_.\-]+", stem) if w]
    if len(words) < 2:
        return ""
    lead = words[0]
    if len(lead) < 4 or not lead.isalpha() or lead in _NOT_A_NAME:
        return ""
    return lead


def refs(s: str, clips: Clips) -> list[int] | str | None:
    """Clip indices named in a clause (0-based), ``ALL``, or None when none are named;
    "every photo except the first one" is every clip but the ones named after "except"."""
    m = vocab("references").get("except").first(s)
    if m:
        left = _refs(s[: m.start()] + " " + s[m.end() :], clips)
        out = _refs(m.group("x") + " ", clips)
        if isinstance(out, list) and (left is None or left == ALL):
            kept = [i for i in range(clips.n) if i not in out]
            if kept:
                return kept
    return _refs(s, clips)


def _refs(s: str, clips: Clips) -> list[int] | str | None:
    n = clips.n
    found: list[int] = []

    def add(i: int) -> None:
        if i not in found:
            found.append(i)

    if UNSEEN in s:
        add(UNSEEN_CLIP)
    allflag = bool(re.search(r"\b(?:all|every|each|both)\b|所有|全部|每张|每个|每段|每一张|都", s))
    # photo 3, photos 2-4, clips 1, 2 and 3, #2
    for m in re.finditer(
        rf"\b{CLIP_NOUN}\s*(?:#|no\.?|number)?\s*(\d+(?:\s*(?:-|to|through|,|&|and)\s*\d+)*)\b(?![.\d])(?!\s*(?:s\b|sec|seconds?|秒|%))",
        s,
    ):
        nums = [int(x) for x in re.findall(r"\d+", m.group(1))]
        if re.search(r"-|to|through", m.group(1)) and len(nums) == 2:
            for i in range(nums[0], nums[1] + 1):
                add(i - 1)
        else:
            for x in nums:
                add(x - 1)
    for m in re.finditer(r"#(\d+)\b", s):
        add(int(m.group(1)) - 1)
    # the first three photos / the last 2 clips
    # ("swap the first two": the noun may be left out at the end of the clause)
    for m in re.finditer(rf"\b(first|last)\s+(\d+)(?:\s+{CLIP_NOUN}|\s*(?=$|[,&;]))", s):
        k = int(m.group(2))
        rng = range(k) if m.group(1) == "first" else range(max(0, n - k), n)
        for i in rng:
            add(i)
    for m in re.finditer(r"(?:前|(?<!开)头)(\d+)" + ZH_NOUN, s):  # 前两张, 头两张
        for i in range(int(m.group(1))):
            add(i)
    for m in re.finditer(r"(?:(?:最)?后|倒数)(\d+)" + ZH_NOUN, s):  # 最后两张, 倒数两张
        if m.group(0).startswith("最后1") and int(m.group(1)) == 1:
            continue
        k = int(m.group(1))
        for i in range(max(0, n - k), n):
            add(i)
    # second to last, penultimate, 倒数第二
    if re.search(r"\b(?:second[- ]to[- ]last|next[- ]to[- ]last|penultimate)\b", s):
        add(n - 2)
    for m in re.finditer(r"倒数第(\d+)", s):
        add(n - int(m.group(1)))
    # ordinals
    for m in re.finditer(
        r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last|(\d+)(?:st|nd|rd|th))\b",
        s,
    ):
        before = s[: m.start()]
        after = s[m.end() :]
        word = m.group(1)
        if re.match(r"[- ]to[- ]last", after):
            continue
        if word == "second" and re.search(r"(?:\d|\ba|\bhalf|-)\s*$", before):
            continue  # "15 second", "a second"
        if re.match(r"\s*\d", after) or re.match(
            r"\s*(?:seconds?|time|title|caption|text|word|line|frame)\b", after
        ):
            continue  # "first 3 seconds", "the first title"
        if (
            re.search(r"(?:to|to the|from|from the)\s*$", before)
            and word in ("first", "last")
            and re.match(r"\s*$|\s*(?:position|place|spot)", after)
        ):
            continue  # "move to the last" handled by move
        if re.search(r"(?:second|next)[- ]to[- ]$", before) or (
            word == "last" and re.search(r"(?:second|next)[- ]to[- ]$", before)
        ):
            continue
        if word == "last" and re.search(
            r"(?:second|next)[- ]to[- ]", s[max(0, m.start() - 15) : m.start()]
        ):
            continue
        if word == "last":
            add(n - 1)
        elif m.group(2):
            add(int(m.group(2)) - 1)
        else:
            add(ORDINALS[word] - 1)
    # 第三张, 第2个, 最后一张
    for m in re.finditer(r"(?<!倒数)第(\d+)(?:" + ZH_NOUN + r"|(?=[和与跟&到至]))", s):
        add(int(m.group(1)) - 1)
    for m in re.finditer(r"(?<!倒数)第(\d+)(?:到|至|-|~)第?(\d+)", s):
        for i in range(int(m.group(1)), int(m.group(2)) + 1):
            add(i - 1)
    if re.search(r"最后(?:1|的)?" + ZH_NOUN, s) and not re.search(
        r"(?:到|移到|放到|放在|挪到)最后", s
    ):
        add(n - 1)
    # file names: the whole name, its stem, or the stem's first word when no other clip's
    # starts with it ("sunset" for sunset_by_Aitzol_Berasategi.jpg)
    leads = [_lead_word(name) for name in clips.names]
    for i, name in enumerate(clips.names):
        low = name.lower()
        stem = low.rsplit(".", 1)[0]
        lead = leads[i]
        if (
            (low and low in s)
            or (len(stem) >= 3 and re.search(r"(?<![\w])" + re.escape(stem) + r"(?![\w])", s))
            or (
                lead
                and leads.count(lead) == 1
                and re.search(r"(?<![\w])" + re.escape(lead) + r"(?![\w])", s)
            )
        ):
            add(i)
    videos = [i for i, k in enumerate(clips.kinds) if k == "video"]
    if (
        not found
        and len(videos) == 1
        and re.search(
            r"\b(?:the|this|that|my) (?:video )?clip\b(?!s)|\bthe video clip\b|视频片段|这段视频|那段视频"
            # 视频放在最前面: only a clip can move (the video cannot)
            r"|^(?:把|将)?视频(?:\s*$|(?=放|移|挪|调到|排))",
            s,
        )
    ):
        found.append(videos[0])
    if found:
        return found
    if allflag:
        return ALL
    return None


TEXT_WORD = r"\b(?:titles?|captions?|subtitles?|texts?|headings?|headlines?|words?|lower third|overlay|label|fonts?|lettering|cta|call to action|end card|tagline|slogan)\b|标题|字幕|文字|文本|大标题|副标题|字"


def sizes(c: str) -> tuple[float | None, float | None]:
    if re.search(
        r"\b(?:much |a lot |way )(?:bigger|larger)\b|大很多|特别大|超大|巨大|\bhuge\b|\bgiant\b", c
    ):
        return None, 1.6
    if re.search(
        r"\b(?:bigger|larger|increase)\b|大一点|大一些|大点|放大|加大|变大|调大|大些|改大|字体大", c
    ):
        return None, 1.3
    if re.search(r"\b(?:much |a lot )smaller\b|小很多", c):
        return None, 0.6
    if re.search(
        r"\b(?:smaller|decrease|reduce)\b|小一点|小一些|小点|缩小|变小|调小|小些|改小|字体小", c
    ):
        return None, 0.77
    if re.search(r"\b(?:big|large)\b|大字|大号", c):
        return 0.11, None
    if re.search(r"\b(?:small|tiny|subtle)\b|小字|小号", c):
        return 0.045, None
    if re.search(r"\b(?:medium|normal size)\b|中号", c):
        return 0.07, None
    return None, None


def style(c: str) -> str | None:
    if re.search(r"\boutlined?\b|\boutlines?\b|描边|勾边|描(?:个|一?圈|一下|上)边", c):
        return "outline"
    if re.search(
        r"\b(?:box|boxed|background box|banner|label background|plate|backing)\b|背景框|底框|加底|底色|背景色|衬底|底板|方框|加框|文字框|框框",
        c,
    ):
        return "box"
    if re.search(r"\bsubtitle style\b|\bmovie subtitles?\b|电影字幕", c):
        return "subtitle"
    if re.search(r"\bbold\b|\bheavy\b|加粗|粗体|粗一点", c):
        return "bold"
    if re.search(r"\bplain\b|无阴影", c):
        return "plain"
    if re.search(r"\bshadow\b|阴影", c):
        return "shadow"
    return None


MUSIC_WORD = r"\b(?:music|song|songs|soundtrack|bgm|audio|track|tune|beat|sound|volume|mp3|m4a|wav)\b|音乐|配乐|背景音|bgm|歌曲|歌|音量|声音|旋律|曲子|音频"


TRANS_WORD = r"\btransitions?\b|转场|过渡|切换效果"
