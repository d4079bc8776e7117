"""Dropped-file parsing: the terminal styles from the research notes (§1.3), on real files."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nemochat.chat.paths import file_uri_to_path, parse, tokenize


@pytest.fixture
def root(tmp_path: Path) -> Path:
    for rel in [
        "Users/amy/My Clip (final).mov",
        "Users/amy/a.png",
        "Users/amy/b c.png",
        "Users/amy/Q&A #1 it's.png",
        "Users/amy/My Clip.mov",
        "Users/amy/My Clip 中.mov",
        "Users/amy/a&b.png",
        "home/li/视频/片段 1.mp4",
        "home/li/a.png",
        "home/li/b c.png",
        "home/li/it's.png",
        "home/li/a b.png",
        "home/li/c.png",
        "home/li/hello ($world).png",
        "home/li/My File.png",
        "home/li/（1）.png",
        "home/li/notes.txt",
        "mnt/d/John's Archive/x.png",
    ]:
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(b"x")
    (tmp_path / "Users/amy/folder").mkdir()
    return tmp_path


def names(d) -> list[str]:
    return [p.name for p in d.files]


def test_backslash_escapes_macos(root: Path) -> None:
    d = parse(f"{root}/Users/amy/My\\ Clip\\ \\(final\\).mov ")
    assert names(d) == ["My Clip (final).mov"] and d.text == "" and d.ok


def test_two_escaped_files(root: Path) -> None:
    d = parse(f"{root}/Users/amy/a.png {root}/Users/amy/b\\ c.png ")
    assert names(d) == ["a.png", "b c.png"]


def test_escaped_specials(root: Path) -> None:
    d = parse(f"{root}/Users/amy/Q\\&A\\ \\#1\\ it\\'s.png")
    assert names(d) == ["Q&A #1 it's.png"]


def test_double_quotes_iterm(root: Path) -> None:
    assert names(parse(f'"{root}/Users/amy/My Clip.mov"')) == ["My Clip.mov"]


def test_gnome_single_quotes(root: Path) -> None:
    assert names(parse(f"'{root}/home/li/视频/片段 1.mp4' ")) == ["片段 1.mp4"]
    d = parse(f"'{root}/home/li/a.png' '{root}/home/li/b c.png' ")
    assert names(d) == ["a.png", "b c.png"]


def test_gnome_quote_escape(root: Path) -> None:
    assert names(parse(f"'{root}/home/li/it'\\''s.png' ")) == ["it's.png"]


def test_konsole_mixed(root: Path) -> None:
    assert names(parse(f"{root}/home/li/a.png '{root}/home/li/b c.png' ")) == ["a.png", "b c.png"]


def test_kitty_newlines(root: Path) -> None:
    d = parse(f"{root}/home/li/a b.png\n{root}/home/li/c.png")
    assert names(d) == ["a b.png", "c.png"] and d.text == ""


def test_wezterm_spaces_only(root: Path) -> None:
    assert names(parse(f"{root}/home/li/hello\\ ($world).png")) == ["hello ($world).png"]


def test_alacritty_unescaped_spaces(root: Path) -> None:
    d = parse(f"{root}/home/li/a.png {root}/home/li/My File.png ")
    assert names(d) == ["a.png", "My File.png"]


def test_windows_terminal_tokens() -> None:
    toks = [t.value for t in tokenize('C:\\Users\\li\\a.png "C:\\Users\\li\\My Video.mp4"')]
    assert toks == ["C:\\Users\\li\\a.png", "C:\\Users\\li\\My Video.mp4"]
    d = parse('C:\\Users\\li\\a.png "C:\\Users\\li\\My Video.mp4"')
    assert d.missing == ["C:\\Users\\li\\a.png", "C:\\Users\\li\\My Video.mp4"]
    assert not d.ok


def test_wsl_and_unc(root: Path) -> None:
    assert names(parse(f"'{root}/mnt/d/John'\\''s Archive/x.png'")) == ["x.png"]
    assert [t.value for t in tokenize("\\\\wsl.localhost\\Ubuntu\\home\\li\\a.png")] == [
        "\\\\wsl.localhost\\Ubuntu\\home\\li\\a.png"
    ]
    assert parse("\\\\server\\share\\a.png").missing == ["\\\\server\\share\\a.png"]


def test_vscode_powershell_call_operator() -> None:
    d = parse("& 'C:\\Users\\li\\My Clip.mov'")
    assert d.missing == ["C:\\Users\\li\\My Clip.mov"]


def test_vscode_deleted_characters_is_not_found(root: Path) -> None:
    d = parse(f"'{root}/Users/amy/ab.png'")
    assert d.files == [] and d.missing == [f"{root}/Users/amy/ab.png"] and not d.ok


def test_warp_glued_windows_paths() -> None:
    d = parse("C:\\a.pngC:\\b.png")
    assert d.glued == ["C:\\a.pngC:\\b.png"] and not d.ok


def test_file_uris(root: Path) -> None:
    uri = f"file://{root}/Users/amy/My%20Clip%20%E4%B8%AD.mov"
    assert names(parse(uri)) == ["My Clip 中.mov"]
    assert names(parse(f"file://localhost{root}/home/li/a.png")) == ["a.png"]
    assert file_uri_to_path("file:///C:/x/a%20b.png") == "C:/x/a b.png"


def test_paste_brackets_crlf_and_home(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert names(parse(f"\x1b[200~{root}/Users/amy/a.png \x1b[201~")) == ["a.png"]
    d = parse(f"{root}/home/li/a.png\r\n{root}/home/li/c.png")
    assert names(d) == ["a.png", "c.png"]
    monkeypatch.setenv("HOME", str(root / "home/li"))
    assert names(parse("~/a.png")) == ["a.png"]


def test_nfd_name(tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", "Café.png")
    (tmp_path / nfd).write_bytes(b"x")
    nfc = unicodedata.normalize("NFC", "Café.png")
    d = parse(f"{tmp_path}/{nfc}")
    assert len(d.files) == 1 and d.ok


def test_never_nfkc(root: Path) -> None:
    d = parse(f"{root}/home/li/（1）.png")
    assert names(d) == ["（1）.png"]
    assert parse(f"{root}/home/li/(1).png").missing  # the NFKC spelling does not exist


def test_path_then_text(root: Path) -> None:
    d = parse(f"{root}/Users/amy/a.png 把背景换成白色")
    assert names(d) == ["a.png"] and d.text == "把背景换成白色"


def test_text_then_path(root: Path) -> None:
    d = parse(f"make this brighter {root}/Users/amy/a.png")
    assert names(d) == ["a.png"] and d.text == "make this brighter"


def test_missing_path_is_reported_not_sent(root: Path) -> None:
    d = parse(f"{root}/Users/amy/nope.png")
    assert d.missing == [f"{root}/Users/amy/nope.png"] and not d.ok


def test_url_stays_text() -> None:
    d = parse("https://example.com/v.mp4")
    assert d.files == [] and d.text == "https://example.com/v.mp4" and d.ok


def test_folder_is_refused(root: Path) -> None:
    d = parse(f"{root}/Users/amy/folder")
    assert d.folders and not d.ok and d.files == []


def test_plain_text_untouched() -> None:
    for text in ["don't use /tmp", "make it 16/9", 'it\'s "great"', "add a title: Q&A", "导出"]:
        d = parse(text)
        assert d.ok and d.files == [] and d.text == text.strip()


def test_non_media_file_with_text_is_text(root: Path) -> None:
    d = parse(f"read {root}/home/li/notes.txt please")
    assert d.files == [] and d.text.endswith("notes.txt please")
    # alone, any file counts (the upload check gives the clear message)
    assert names(parse(f"{root}/home/li/notes.txt")) == ["notes.txt"]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_parse_never_raises_and_keeps_plain_text(s: str) -> None:
    d = parse(s)
    assert isinstance(d.text, str)
    if d.ok and not d.files:
        assert (
            d.text
            == s.replace("\r\n", "\n")
            .replace("\r", "\n")
            .replace("\x1b[200~", "")
            .replace("\x1b[201~", "")
            .strip()
        )


def test_command_arguments_take_bare_names_relative_to_the_working_folder(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``/upload a.png c.png``: bare names are paths there (in a chat line they are words)."""
    monkeypatch.chdir(root / "home/li")
    assert parse("a.png c.png").files == []  # a message that mentions two names
    d = parse("a.png c.png", args=True)
    assert names(d) == ["a.png", "c.png"] and d.ok and not d.text
    d = parse("My File.png c.png", args=True)  # unquoted spaces: the longest name that exists
    assert names(d) == ["My File.png", "c.png"]
    d = parse("a.png nope.png", args=True)
    assert names(d) == ["a.png"] and d.missing == ["nope.png"] and not d.ok
