"""The agent's vocabulary files: every pattern is a string that compiles.

A YAML slip turns a pattern into something else without an error at load time (a plain
scalar with ": " in it becomes a mapping), and the agent then fails on the first request
that reaches it; these tests find it when the file is written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
import yaml

from nemochat.engine.agent.registry import VOCAB_DIR, families, vocab

PATTERN_KEYS = {"en", "zh", "patterns"}


def _patterns(node: Any, path: str) -> Iterator[tuple[str, Any]]:
    """Every value under an ``en`` / ``zh`` / ``patterns`` key, with where it is."""
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{path}.{key}"
            if key in PATTERN_KEYS:
                items = value if isinstance(value, list) else [value]
                for i, item in enumerate(items):
                    yield f"{here}[{i}]", item
            else:
                yield from _patterns(value, here)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from _patterns(item, f"{path}[{i}]")


@pytest.mark.parametrize("family", families())
def test_every_pattern_is_a_string_that_compiles(family: str) -> None:
    data = yaml.safe_load((VOCAB_DIR / f"{family}.yaml").read_text(encoding="utf-8"))
    found = list(_patterns(data, family))
    bad = [where for where, p in found if not isinstance(p, str)]
    assert not bad, f"not a string (a YAML slip?): {bad}"
    for where, p in found:
        try:
            re.compile(p)
        except re.error as exc:  # pragma: no cover - the failure message
            pytest.fail(f"{where}: {exc}")
    assert vocab(family).family == family


def test_the_check_finds_a_slip() -> None:
    """A pattern with ": " in a plain YAML scalar is read as a mapping: the walk sees it."""
    data = yaml.safe_load("family: x\nlimits:\n- key: a\n  patterns:\n  - \\bmake (?: in it)\n")
    assert [p for _, p in _patterns(data, "x") if not isinstance(p, str)]
