"""English and Simplified Chinese messages.

Every message nemochat prints comes from a catalog (``nemochat/catalog/*.py``), each a
``MESSAGES`` dict mapping a key to ``(english, chinese)``. Use ``t("key", **fields)``.
A message with a ``count`` field may have a ``key.one`` entry, used when ``count == 1``
("1 file" / "2 files"; Chinese has no plural, so both entries usually say the same).

Language choice: an explicit setting (``--lang``, ``/lang``, ``NEMOCHAT_LANG``) wins;
with ``auto``, a message that contains Han characters is answered in Chinese, otherwise the
locale decides (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``).
"""

from __future__ import annotations

import importlib
import logging
import os
import pkgutil
import re
from collections.abc import Mapping
from functools import cache
from typing import Literal

Lang = Literal["en", "zh"]

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_current: str = "auto"


@cache
def catalog() -> dict[str, tuple[str, str]]:
    """All messages, merged from every module in ``nemochat.catalog``."""
    from nemochat import catalog as pkg

    merged: dict[str, tuple[str, str]] = {}
    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"nemochat.catalog.{info.name}")
        for key, value in getattr(module, "MESSAGES", {}).items():
            if key in merged:
                raise RuntimeError(f"message key {key!r} defined twice (in {info.name})")
            merged[key] = value
    return merged


def has_han(text: str) -> bool:
    return bool(_HAN.search(text))


def locale_lang() -> Lang:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def set_language(choice: str | None) -> None:
    """Set the interface language: ``en``, ``zh`` or ``auto``."""
    global _current
    _current = choice if choice in ("en", "zh") else "auto"


def setting() -> str:
    """The current setting (``en``, ``zh`` or ``auto``)."""
    if _current == "auto":
        env = os.environ.get("NEMOCHAT_LANG", "auto")
        return env if env in ("en", "zh") else "auto"
    return _current


def resolve(text: str | None = None) -> Lang:
    """The language to answer in: the setting, else the text's script, else the locale."""
    chosen = setting()
    if chosen in ("en", "zh"):
        return chosen  # type: ignore[return-value]
    if text and has_han(text):
        return "zh"
    if text and text.strip() and not has_han(text) and re.search(r"[A-Za-z]{2,}", text):
        return "en"
    return locale_lang()


_last_text_lang: Lang | None = None

# what does not tell the user's language: quoted text (a title they want), file names and
# paths, URLs
_QUOTED = re.compile(
    r"\"[^\"]*\"|“[^”]*”|「[^」]*」|『[^』]*』|《[^》]*》|‘[^’]*’|（[^）]*）"
    r"|(?:(?<=\s)|^)'[^'\n]*'(?=[\s.,!?;:，。！？]|$)"
)
_NOT_WORDS = re.compile(
    r"https?://\S+|\S*[/\\]\S*|\S+\.(?:jpe?g|png|gif|webp|heic|mp4|mov|avi|webm|mkv|mp3|wav|m4a|aac)\b",
    re.IGNORECASE,
)
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}(?:['-][A-Za-z]+)*")
# single words that are commands in both languages: they say nothing about the language
_NEUTRAL_WORDS = frozenset(
    {"export", "status", "credits", "upload", "download", "balance", "ok", "okay", "hi"}
)


def classify(text: str) -> Lang | None:
    """The language a message is written in, or ``None`` when it does not clearly say.

    Quoted text, file names, paths and URLs do not count, so ``add the title 'Tokyo 東京'``
    is English. Chinese needs its Han characters to clearly outweigh the Latin words (a
    single CJK word inside an English sentence does not make it Chinese); English needs
    no Han characters at all.
    """
    words_only = _NOT_WORDS.sub(" ", _QUOTED.sub(" ", text))
    han = len(_HAN.findall(words_only))
    latin = _LATIN_WORD.findall(words_only)
    if han and len(latin) * 2 <= han:
        return "zh"
    if not han and latin:
        if len(latin) == 1 and latin[0].lower() in _NEUTRAL_WORDS:
            return None
        return "en"
    return None


def note_input(text: str) -> None:
    """Remember the language of the user's own words (used by ``auto``).

    Once known, the language stays until a message is clearly in the other language (see
    ``classify``); a mixed message keeps it. The first mixed message goes by which
    script has more.
    """
    global _last_text_lang
    lang = classify(text)
    if lang is not None:
        _last_text_lang = lang
    elif _last_text_lang is None:
        words_only = _NOT_WORDS.sub(" ", _QUOTED.sub(" ", text))
        han = len(_HAN.findall(words_only))
        latin = len(_LATIN_WORD.findall(words_only))
        if han or latin > 1:
            _last_text_lang = "zh" if han > latin else "en"


def adopt(lang: str | None) -> None:
    """Start in ``lang`` (the remembered language of the session) until the user writes."""
    global _last_text_lang
    if lang in ("en", "zh") and _last_text_lang is None:
        _last_text_lang = lang  # type: ignore[assignment]


def adopt_session(lang: str | None) -> None:
    """Switching to a session: its language becomes the current one (until the user writes
    clearly in the other language)."""
    global _last_text_lang
    if lang in ("en", "zh"):
        _last_text_lang = lang  # type: ignore[assignment]


def noted() -> Lang | None:
    """The language of the user's words so far (``None`` before any)."""
    return _last_text_lang


def current() -> Lang:
    """The language for messages now: setting, else the latest input, else the locale."""
    chosen = setting()
    if chosen in ("en", "zh"):
        return chosen  # type: ignore[return-value]
    return _last_text_lang or locale_lang()


def session_language(lang: Lang | None = None) -> str:
    """The ``language`` value sent when creating a session."""
    return "zh-CN" if (lang or current()) == "zh" else "en"


def _lang_of(lang: str | None) -> Lang:
    if lang is None:
        return current()
    return "zh" if str(lang).lower().startswith("zh") else "en"


class _Fields(dict):  # type: ignore[type-arg]
    """A field a message names but was not given shows as ``?`` (never a crash)."""

    def __missing__(self, key: str) -> str:
        return "?"


def lookup(
    key: str,
    lang: str | None = None,
    fields: Mapping[str, object] | None = None,
    *,
    entries: Mapping[str, tuple[str, str]] | None = None,
) -> str:
    """The one catalog lookup (``t``, errors, the engine's answers all use it).

    ``lang``: ``en``, ``zh`` (``zh-CN`` counts) or ``None`` for ``current()``. ``entries``
    defaults to the client catalog. A field given as an ``(english, chinese)`` pair is
    picked by language. The one policy for a key that is missing: the key itself is
    returned and a warning logged (tests check every key used exists in both languages).
    """
    entries = catalog() if entries is None else entries
    entry = entries.get(key)
    if entry is None:
        logging.getLogger("nemochat").warning("message key %r is not in the catalog", key)
        return key
    fields = dict(fields or {})
    # plurals: ``key.one`` is used when ``count`` is 1 (English "1 file" / "2 files")
    if fields.get("count") == 1 and f"{key}.one" in entries:
        entry = entries[f"{key}.one"]
    zh = _lang_of(lang) == "zh"
    text = entry[1] if zh else entry[0]
    if "{" not in text:
        return text
    for name, value in fields.items():
        if isinstance(value, tuple) and len(value) == 2:
            fields[name] = value[1] if zh else value[0]
    try:
        return text.format_map(_Fields(fields))
    except (IndexError, ValueError, AttributeError):
        return text


def t(key: str, lang: Lang | None = None, /, **fields: object) -> str:
    """The message ``key`` in ``lang`` (default: ``current()``), formatted with ``fields``."""
    return lookup(key, lang, fields)
