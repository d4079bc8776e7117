"""One error root (``nemochat.errors.NemoChatError``) and one catalog lookup."""

from __future__ import annotations

import logging
import re
import string
from pathlib import Path

import pytest

from nemochat import errors, i18n
from nemochat.api import errors as api_errors
from nemochat.backend import BackendError
from nemochat.config import InsecureFileError
from nemochat.engine.errors import EngineError
from nemochat.engine.media import UploadError
from nemochat.engine.messages import MESSAGES as ENGINE_MESSAGES
from nemochat.engine.render.errors import RenderError
from nemochat.engine.render.messages import MESSAGES as RENDER_MESSAGES
from nemochat.engine.server import ApiError
from nemochat.errors import NemoChatError, UsageError
from nemochat.events import Error

ROOT = Path(__file__).resolve().parent.parent / "nemochat"


def _api_classes() -> list[type]:
    return [
        c for c in vars(api_errors).values() if isinstance(c, type) and issubclass(c, BaseException)
    ]


def test_every_error_class_is_under_the_root() -> None:
    for cls in [*_api_classes(), BackendError, InsecureFileError, RenderError, UsageError]:
        assert issubclass(cls, NemoChatError), cls
    assert issubclass(UploadError, EngineError) and issubclass(ApiError, EngineError)
    assert issubclass(InsecureFileError, PermissionError)  # still an OSError for callers


def test_the_tree_in_the_docstring_names_every_class() -> None:
    doc = errors.__doc__ or ""
    names = {c.__name__ for c in _api_classes()} | {
        "BackendError",
        "InsecureFileError",
        "RenderError",
        "UsageError",
        "EngineError",
        "ApiError",
        "UploadError",
    }
    missing = [n for n in names if n not in doc]
    assert not missing, missing


@pytest.mark.parametrize(
    ("exc", "key", "code"),
    [
        (api_errors.CreditsError(link="x"), "client.error.credits", 3),
        (api_errors.FileTooLarge(name="a.png"), "client.error.too_large", 4),
        (BackendError("cli.backend.local_failed", error="timeout"), "cli.backend.local_failed", 1),
        (InsecureFileError(Path("/tmp/x")), "core.insecure_file", 3),
        (RenderError("render.media_missing", what="photo 1"), "render.media_missing", 1),
        (UploadError(4002, "engine.upload.too_large", name="a", limit="1 MB"), None, 4),
        (UsageError(fields={"error": "bad"}), "core.usage", 2),
    ],
)
def test_errors_become_events_by_type_not_by_duck_typing(
    exc: NemoChatError, key: str | None, code: int
) -> None:
    event = Error.from_exception(exc)
    assert event.key == (key or exc.key)
    assert event.exit_code == code
    assert event.error is exc
    assert "{" not in exc.message("en") and "{" not in exc.message("zh")


def test_anything_else_is_unexpected() -> None:
    class Duck(Exception):
        key = "client.error.credits"  # looks like one, is not one
        exit_code = 3

    event = Error.from_exception(Duck("quack"))
    assert event.key == "core.unexpected" and event.exit_code == 1


def test_messages_in_both_languages() -> None:
    exc = api_errors.AuthError()
    assert exc.message("en") != exc.message("zh")
    assert i18n.has_han(exc.message("zh")) and not i18n.has_han(exc.message("en"))
    assert str(exc) == exc.message("en")
    label = ("photo 3 (a.jpg)", "第 3 张照片（a.jpg）")
    render = RenderError("render.media_missing", what=label)
    assert "photo 3" in render.message("en") and "第 3 张照片" in render.message("zh-CN")


def test_one_policy_for_a_missing_key_and_a_missing_field(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="nemochat"):
        assert i18n.t("no.such.key") == "no.such.key"
        assert i18n.lookup("no.such.key", "zh", entries=ENGINE_MESSAGES) == "no.such.key"
    assert "no.such.key" in caplog.text
    # a field the message names but the caller forgot: "?" rather than a crash
    assert i18n.t("core.unexpected", unrelated=1).startswith("Something went wrong: ?")
    assert "?" in api_errors.ServerError("client.error.server_bad_file").message("en")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("entries", [ENGINE_MESSAGES, RENDER_MESSAGES], ids=["engine", "render"])
def test_engine_catalogs_are_complete(entries: dict[str, tuple[str, str]]) -> None:
    for key, (en, zh) in entries.items():
        assert en.strip() and zh.strip(), key
        assert _fields(en) == _fields(zh), key


_KEY_LITERAL = re.compile(
    r"""["']((?:core|client|cli|chat|project|ui|engine|render)\.[a-z0-9_]+(?:\.[a-z0-9_]+)*)["']"""
)
_NOT_KEYS = {"engine.log", "engine.db"}  # file names


def test_every_key_used_in_the_source_exists_in_both_languages() -> None:
    known = {**i18n.catalog(), **ENGINE_MESSAGES, **RENDER_MESSAGES}
    missing = []
    for path in sorted(ROOT.rglob("*.py")):
        if "catalog" in path.parts or path.name == "messages.py":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for m in _KEY_LITERAL.finditer(line):
                key = m.group(1)
                if key in _NOT_KEYS:
                    continue
                entry = known.get(key)
                if entry is None or not (entry[0].strip() and entry[1].strip()):
                    missing.append(f"{path.relative_to(ROOT)}:{n} {key}")
    assert not missing, missing
