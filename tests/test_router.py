"""The intent router against a labelled EN/ZH corpus (whole-command routing, not keywords)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nemochat.chat.router import normalise, route, upload_target

CORPUS: list[tuple[str, str]] = [
    # export (EN)
    ("export", "export"),
    ("Export!", "export"),
    ("/export", "export"),
    ("ＥＸＰＯＲＴ", "export"),
    ("please export the video", "export"),
    ("download", "export"),
    ("send me the video", "export"),
    ("can you send me the final video?", "export"),
    ("Download it please", "export"),
    ("export it now", "export"),
    ("could you export the movie", "export"),
    ("give me the mp4", "export"),
    ("render the video", "export"),
    ("ok, export", "export"),
    # export (ZH)
    ("导出", "export"),
    ("导出。", "export"),
    ("导出\u3000", "export"),
    ("导出视频", "export"),
    ("帮我导出一下", "export"),
    ("下载", "export"),
    ("把视频发给我", "export"),
    ("导出 video", "export"),
    ("export 一下", "export"),
    ("请导出", "export"),
    ("导出吧！", "export"),
    ("下载视频", "export"),
    ("把成片发我", "export"),
    # Traditional characters (Taiwan, Hong Kong) route like Simplified ones
    ("匯出", "export"),
    ("導出影片", "export"),
    ("幫我匯出一下", "export"),
    ("查看額度", "credits"),
    ("狀態", "status"),
    ("先別匯出", "chat"),
    # credits
    ("credits", "credits"),
    ("/credits", "credits"),
    ("balance", "credits"),
    ("check my balance", "credits"),
    ("how many credits do I have left?", "credits"),
    ("Credits?", "credits"),
    ("show my credits please", "credits"),
    ("what's my balance", "credits"),
    ("积分", "credits"),
    ("我还有多少积分？", "credits"),
    ("余额", "credits"),
    ("查一下余额", "credits"),
    ("查看积分", "credits"),
    ("我的积分", "credits"),
    # status
    ("status", "status"),
    ("Status?", "status"),
    ("what's the status?", "status"),
    ("show tracks", "status"),
    ("show the timeline", "status"),
    ("/status", "status"),
    ("how is it going?", "status"),
    ("状态", "status"),
    ("现在什么状态？", "status"),
    ("进度怎么样了", "status"),
    ("看一下时间线", "status"),
    ("进度", "status"),
    # upload
    ("upload", "upload"),
    ("upload a file", "upload"),
    ("上传", "upload"),
    ("上传文件", "upload"),
    ("upload photos", "upload"),
    ("/upload", "upload"),
    ("上传照片吧", "upload"),
    # chat (EN)
    ("add an export-ready title", "chat"),
    ("don't export yet", "chat"),
    ("make the status bar red", "chat"),
    ("remove the credits at the end", "chat"),
    ("add rolling credits", "chat"),
    ("balance the audio levels", "chat"),
    ("upload speed seems slow, can you compress it", "chat"),
    ("what does export do?", "chat"),
    ("no, don't download anything", "chat"),
    ("show the tracks panel bigger", "chat"),
    ("export the intro as a separate clip after you trim it", "chat"),
    ("make a 15 second video from these photos", "chat"),
    ("Do not export until the music is fixed", "chat"),
    ("add a title that says Export Day", "chat"),
    ("export later", "chat"),
    ("cancel the export", "chat"),
    ("make it brighter", "chat"),
    ("hello", "chat"),
    ("use the status quo colours", "chat"),
    ("undo", "chat"),
    # chat (ZH)
    ("导出之前把标题改大一点", "chat"),
    ("先别导出", "chat"),
    ("不要导出", "chat"),
    ("把状态栏改成红色", "chat"),
    ("导出格式改成竖屏", "chat"),
    ("上传的那个视频太暗了，调亮一点", "chat"),
    ("积分规则是什么意思，帮我写进片尾", "chat"),
    ("把背景音乐换成轻快的", "chat"),
    ("做一个十五秒的竖屏视频", "chat"),
    ("等我改完标题再导出", "chat"),
    ("别下载", "chat"),
    ("暂时不导出", "chat"),
    ("片尾加上演职员表", "chat"),
    ("你好", "chat"),
    ("撤销", "chat"),
]


def test_corpus_is_big_and_bilingual() -> None:
    assert len(CORPUS) >= 80
    zh = [c for c in CORPUS if any("\u4e00" <= ch <= "\u9fff" for ch in c[0])]
    assert len(zh) >= 30
    assert {label for _, label in CORPUS} == {"export", "credits", "status", "upload", "chat"}


@pytest.mark.parametrize(("text", "label"), CORPUS)
def test_corpus(text: str, label: str) -> None:
    assert route(text).intent == label


def test_normalise_keeps_meaning_but_not_punctuation() -> None:
    assert normalise("  What's   the STATUS?! ") == "whats the status"
    assert normalise("导出。") == "导出"
    assert normalise("ＥＸＰＯＲＴ\u3000") == "export"


def test_upload_with_url_or_path_routes_with_argument() -> None:
    r = route("upload https://example.com/a.jpg")
    assert (r.intent, r.arg) == ("upload", "https://example.com/a.jpg")
    assert route("上传 https://example.com/v.mp4").arg == "https://example.com/v.mp4"
    assert route("/upload ~/a.png").arg == "~/a.png"
    assert upload_target("upload speed is slow") is None


def test_url_alone_is_chat() -> None:
    assert route("https://example.com/v.mp4").intent == "chat"


def test_near_miss_gets_a_hint_but_goes_to_the_agent() -> None:
    r = route("export in 4k")
    assert r.intent == "chat"
    assert r.hint == "export"
    assert route("don't export").hint is None


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_route_never_raises(s: str) -> None:
    assert route(s).intent in {"export", "credits", "status", "upload", "chat"}
