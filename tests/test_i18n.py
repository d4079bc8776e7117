"""Every message exists in English and Chinese, with the same placeholders."""

from __future__ import annotations

import re
import string

import pytest

from nemochat import i18n


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_catalog_complete_and_consistent() -> None:
    messages = i18n.catalog()
    assert messages, "catalog is empty"
    for key, entry in messages.items():
        assert isinstance(entry, tuple) and len(entry) == 2, key
        en, zh = entry
        assert en.strip() and zh.strip(), f"{key}: a language is missing"
        assert _fields(en) == _fields(zh), f"{key}: placeholders differ"


# Messages that are the same in both languages on purpose (a brand-name prompt).
_NEUTRAL = {"ui.prompt", "ui.toolbar.key.help"}


def _words(text: str) -> list[str]:
    """Alphabetic words outside {placeholders}."""
    literal = "".join(part for part, _, _, _ in string.Formatter().parse(text))
    return re.findall(r"[A-Za-z]{2,}", literal)


def test_chinese_messages_are_translated() -> None:
    untranslated = [
        key
        for key, (en, zh) in i18n.catalog().items()
        if key not in _NEUTRAL and not i18n.has_han(zh) and _words(zh) and en == zh
    ]
    assert not untranslated, untranslated


def test_language_resolution(monkeypatch: pytest.MonkeyPatch) -> None:
    assert i18n.resolve("把这些照片做成视频") == "zh"
    assert i18n.resolve("make a video") == "en"
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert i18n.resolve("") == "zh"
    assert i18n.resolve("123") == "zh"
    i18n.set_language("en")
    assert i18n.resolve("把这些照片做成视频") == "en"
    i18n.set_language("auto")
    monkeypatch.setenv("NEMOCHAT_LANG", "zh")
    assert i18n.resolve("hello there") == "zh"


def test_locale_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv("LC_ALL", "zh_TW.UTF-8")
    assert i18n.locale_lang() == "zh"
    monkeypatch.setenv("LANGUAGE", "en")
    assert i18n.locale_lang() == "en"


def test_current_follows_latest_input() -> None:
    i18n.note_input("你好")
    assert i18n.current() == "zh"
    assert i18n.session_language() == "zh-CN"
    i18n.note_input("hello")
    assert i18n.current() == "en"
    assert i18n.t("core.interrupted") == "Interrupted."
    assert i18n.t("core.interrupted", "zh") == "已中断。"
    assert i18n.t("no.such.key") == "no.such.key"


def test_no_ambiguous_width_glyphs_in_any_chinese_string() -> None:
    """Terminals disagree about the width of East-Asian ambiguous characters (→ … “ ” • ×),
    which misaligns the Chinese chrome; placeholders may hold anything."""
    import re
    import unicodedata

    from nemochat import i18n

    bad = {}
    for key, (_en, zh) in i18n.catalog().items():
        outside = re.sub(r"\{[^{}]*\}", "", zh)
        chars = sorted({c for c in outside if unicodedata.east_asian_width(c) == "A"})
        if chars:
            bad[key] = chars
    assert bad == {}
