"""Units behind issue 13: the steady language, did-you-mean, session references, the
duplicate/folder helpers."""

from __future__ import annotations

from pathlib import Path

import pytest

from nemochat import i18n
from nemochat.chat import commands
from nemochat.chat.engine import folder_images
from nemochat.project import SessionStore, media_of


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("add the title 'Tokyo 東京'", "en"),
        ('make it "东京之夜"', "en"),
        ("把标题改成 Tokyo", "zh"),
        ("用 Lo-fi 音乐", "zh"),
        ("把标题改成“Urban Dreams”", "zh"),
        ("add the title Tokyo 東京", None),  # one CJK word in English: not a switch
        ("export", None),  # a command word in both languages
        ("/home/li/照片/a.jpg", None),
        ("hello", "en"),
        ("你好", "zh"),
    ],
)
def test_classify_counts_only_the_users_own_words(text: str, lang: str | None) -> None:
    assert i18n.classify(text) == lang


def test_the_language_stays_until_a_whole_message_is_in_the_other() -> None:
    i18n.note_input("把这些照片做成视频")
    for text in ("export", "ok", "Tokyo 東京", "a.jpg", "用 Lo-fi 音乐"):
        i18n.note_input(text)  # mixed, neutral or names only: the language stays
        assert i18n.current() == "zh", text
    i18n.note_input("make the music quieter")
    assert i18n.current() == "en"
    i18n.note_input("add the title Tokyo 東京")
    assert i18n.current() == "en"


def test_plurals_come_from_the_catalog() -> None:
    assert i18n.t("ui.uploaded", "en", count=1, names="a.png") == "Uploaded 1 file: a.png"
    assert i18n.t("ui.uploaded", "en", count=2, names="a, b") == "Uploaded 2 files: a, b"
    assert i18n.t("timeline.summary", "en", count=1, tracks="x") == "Timeline (1 track): x"
    assert i18n.t("ui.sessions.photos", "zh", count=3) == "3 张照片"


@pytest.mark.parametrize(
    ("word", "guess"),
    [("exprot", "export"), ("stauts", "status"), ("导处", "导出"), ("hlep", "help")],
)
def test_bare_typos_of_local_words(word: str, guess: str) -> None:
    assert commands.suggest_word(word) == guess
    assert commands.typo(word)


@pytest.mark.parametrize("word", ["hello", "make a video", "导入", "export", "undo", "state"])
def test_real_words_are_not_typos(word: str) -> None:
    assert commands.suggest_word(word) is None


def test_unknown_slash_commands_suggest_the_nearest() -> None:
    assert commands.suggest_command("exprot") == "export"
    assert commands.suggest_command("seesions") == "sessions"
    assert commands.suggest_command("zzzzzz") is None
    assert commands.typo("/exprot") and not commands.typo("/export")


def test_sessions_by_number_short_id_and_name(tmp_path: Path) -> None:
    store = SessionStore("local", tmp_path / "sessions.json")
    store.remember("1130115042315900695")
    store.remember("2230115042315900695")
    store.update("1130115042315900695", name="Tokyo trip")
    assert [s.session_id for s in store.find("1")] == ["1130115042315900695"]
    assert [s.session_id for s in store.find("22301150")] == ["2230115042315900695"]
    assert [s.session_id for s in store.find("tokyo trip")] == ["1130115042315900695"]
    assert store.find("nothing") == []
    store.forget("2230115042315900695")
    assert store.current() is None and len(store.list()) == 1


def test_media_marks_timeline_use_and_duplicates() -> None:
    state = {
        "video_infos": [
            {"id": "med_a", "filename": "a.jpg", "file_type": "image", "hash": "h1"},
            {"id": "med_b", "filename": "b.jpg", "file_type": "image", "hash": "h1"},
            {"id": "med_c", "filename": "song.mp3", "file_type": "audio"},
        ],
        "draft": {"t": [{"tt": 0, "sg": [{"st": 0, "d": 1000, "m": {"src": "med_a"}}]}]},
    }
    items = media_of(state)
    assert [(m.number, m.kind, m.on_timeline, m.duplicate_of) for m in items] == [
        (1, "image", True, None),
        (2, "image", False, 1),
        (3, "audio", False, None),
    ]


def test_folder_images_sorted_by_name(tmp_path: Path) -> None:
    for name in ("b.PNG", "a.jpg", ".hidden.jpg", "notes.txt", "C.webp"):
        (tmp_path / name).write_bytes(b"x")
    assert [p.name for p in folder_images(tmp_path)] == ["a.jpg", "b.PNG", "C.webp"]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_help_wraps_with_a_hanging_indent(lang: str) -> None:
    from rich.cells import cell_len

    from nemochat.ui.output import help_text

    i18n.set_language(lang)
    lines = help_text(60).plain.splitlines()
    assert all(cell_len(line) <= 60 for line in lines)
    body = lines[lines.index(next(x for x in lines if x.startswith("  /help"))) :]
    for line in body:
        # a command line, a continuation under the descriptions, or the keys block
        assert (
            line.startswith(("  /", " " * 13))
            or not line.startswith(" ")
            or (line.strip() and line.startswith(" " * 6))
        ), line
    continued = [x for x in body if x.startswith(" " * 13) and x.strip()]
    assert continued  # something did wrap at 60 columns, under its description


def test_tab_after_use_completes_names_and_short_ids() -> None:
    from prompt_toolkit.completion import CompleteEvent
    from prompt_toolkit.document import Document

    from nemochat.chat.engine import ChatState
    from nemochat.ui.repl import _completer

    state = ChatState(
        session_ids=["1130115042315900695", "2230115042315900695"],
        session_names={"1130115042315900695": "Tokyo trip"},
    )
    completer = _completer(state)

    def complete(text: str) -> list[str]:
        found = completer.get_completions(Document(text, len(text)), CompleteEvent())
        return [c.text for c in found]

    assert complete("/use To") == ["Tokyo trip"]
    assert complete("/use ") == ["Tokyo trip", "22301150"]  # no bare 19-digit ids
    assert complete("/delete 2230") == ["22301150"]
