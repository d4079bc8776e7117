"""Vocabulary as data: one YAML file per request family under ``vocab/``, loaded once.

Each file has ``family: NAME`` and lists of regular expressions keyed by what they detect,
each split into ``en`` and ``zh``. :func:`vocab` returns the parsed file with every pattern
list compiled into one alternation (``Patterns``), so a detector asks
``vocab("acts").get("question").search(clause)`` and never carries inline regexes.
docs/agent.md ("Adding a kind of request") shows how a family is added.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

VOCAB_DIR = Path(__file__).with_name("vocab")


@dataclass(frozen=True)
class Patterns:
    """The English and Chinese patterns of one entry, each compiled once."""

    en: tuple[re.Pattern[str], ...] = ()
    zh: tuple[re.Pattern[str], ...] = ()

    def search(self, text: str) -> re.Match[str] | None:
        for pat in (*self.en, *self.zh):
            m = pat.search(text)
            if m:
                return m
        return None

    def fullmatch(self, text: str) -> re.Match[str] | None:
        """The first pattern that matches the whole text."""
        for pat in (*self.en, *self.zh):
            m = pat.fullmatch(text)
            if m:
                return m
        return None

    def first(self, text: str) -> re.Match[str] | None:
        """The leftmost match of any pattern (the earlier pattern at the same place): what
        one alternation of them all would find, for when the match itself is read."""
        best: re.Match[str] | None = None
        for pat in (*self.en, *self.zh):
            m = pat.search(text)
            if m and (best is None or m.start() < best.start()):
                best = m
        return best

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        for pat in (*self.en, *self.zh):
            yield from pat.finditer(text)

    def sub(self, repl: str, text: str, count: int = 0) -> str:
        for pat in (*self.en, *self.zh):
            text = pat.sub(repl, text, count=count)
        return text


def _compile(items: object) -> tuple[re.Pattern[str], ...]:
    if not items:
        return ()
    pats = [items] if isinstance(items, str) else list(items)  # type: ignore[call-overload]
    return tuple(re.compile(str(p)) for p in pats)


def compile_entry(entry: Any) -> Patterns:
    if isinstance(entry, dict):
        return Patterns(_compile(entry.get("en")), _compile(entry.get("zh")))
    return Patterns(_compile(entry), ())


class Vocab:
    """One family's file: ``get(key)`` gives the compiled patterns, ``data`` the raw YAML."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.family = str(data.get("family", ""))
        self._compiled: dict[str, Patterns] = {}
        for key, value in data.items():
            if isinstance(value, dict) and ("en" in value or "zh" in value):
                self._compiled[key] = compile_entry(value)

    def get(self, key: str) -> Patterns:
        return self._compiled.get(key, Patterns())

    def keys(self) -> list[str]:
        return list(self._compiled)


@cache
def vocab(family: str) -> Vocab:
    """The family's vocabulary (``vocab/<family>.yaml``), parsed and compiled on first use."""
    path = VOCAB_DIR / f"{family}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path.name}: not a mapping")
    return Vocab(data)


def families() -> list[str]:
    """Every vocabulary file shipped with the agent."""
    return sorted(p.stem for p in VOCAB_DIR.glob("*.yaml"))
