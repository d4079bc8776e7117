"""Every engine message exists in English and Chinese with the same placeholders."""

from __future__ import annotations

import string

from nemochat.engine.messages import MESSAGES, msg, pick_lang


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_message_is_bilingual_with_matching_fields() -> None:
    for key, (en, zh) in MESSAGES.items():
        assert key.startswith("engine.")
        assert en.strip() and zh.strip(), key
        assert fields(en) == fields(zh), key
        assert any("\u4e00" <= ch <= "\u9fff" for ch in zh), key


def test_language_choice() -> None:
    assert pick_lang("zh-CN,zh;q=0.9") == "zh"
    assert pick_lang(None, "zh-CN") == "zh"
    assert pick_lang("en-US", "zh-CN") == "en"
    assert pick_lang("*", None) == "en"
    assert msg("engine.session_not_found", "zh", session="1") == "未找到会话 1。"
    assert msg("engine.no.such.key") == "engine.no.such.key"
