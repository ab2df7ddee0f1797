"""Atomic, no-clobber writes and safe file names."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.errors import FileExists, ReaderError
from reader.core.export import safe_write
from reader.core.export.safe_write import (
    TEMP_PREFIX,
    clean_stale_temp_files,
    safe_filename,
    unique_filename,
    write_bytes,
    write_text,
)


def test_write_text_creates_the_file_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = write_text(tmp_path / "notes.md", "héllo\n")
    assert path.read_text(encoding="utf-8") == "héllo\n"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.md"]


def test_an_existing_file_is_not_replaced_without_force(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("keep me")
    with pytest.raises(FileExists, match="already exists") as info:
        write_text(target, "new")
    assert isinstance(info.value, ReaderError)
    assert target.read_text() == "keep me"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]  # the temporary file is gone too


def test_force_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old")
    write_bytes(target, b"new", force=True)
    assert target.read_bytes() == b"new"


def test_without_hard_links_the_existence_check_still_refuses(tmp_path: Path, monkeypatch) -> None:
    def no_links(*_args: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(safe_write.os, "link", no_links)
    write_text(tmp_path / "a.txt", "first")
    assert (tmp_path / "a.txt").read_text() == "first"
    with pytest.raises(FileExists):
        write_text(tmp_path / "a.txt", "second")
    assert (tmp_path / "a.txt").read_text() == "first"


@pytest.mark.skipif(
    os.name != "posix",
    reason="the umask and the 0o644 mode checked here exist only on POSIX "
    "systems; Reader's CI and users' Linux machines always run it",
)
def test_the_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    mask = os.umask(0o022)
    try:
        path = write_text(tmp_path / "shared.md", "x")
    finally:
        os.umask(mask)
    assert path.stat().st_mode & 0o777 == 0o644


def test_an_interrupted_write_leaves_the_old_file_and_no_temporary_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "book.epub"
    target.write_bytes(b"old book")

    def crash(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(safe_write.os, "replace", crash)
    with pytest.raises(ReaderError, match="No space left on device"):
        write_bytes(target, b"new book", force=True)
    assert target.read_bytes() == b"old book"
    assert [p.name for p in tmp_path.iterdir()] == ["book.epub"]


def test_a_missing_folder_or_a_folder_as_target_is_a_reader_error(tmp_path: Path) -> None:
    with pytest.raises(ReaderError, match="does not exist"):
        write_text(tmp_path / "nope" / "a.md", "x")
    (tmp_path / "dir").mkdir()
    with pytest.raises(ReaderError, match="is a folder"):
        write_text(tmp_path / "dir", "x", force=True)


def test_clean_stale_temp_files_removes_only_old_leftovers(tmp_path: Path) -> None:
    old = tmp_path / f"{TEMP_PREFIX}abc.part"
    old.write_text("half")
    past = time.time() - 3600
    os.utime(old, (past, past))
    fresh = tmp_path / f"{TEMP_PREFIX}def.part"
    fresh.write_text("being written")
    mine = tmp_path / "reader-tmp-notes.md"  # the user's file, not ours
    mine.write_text("mine")
    assert clean_stale_temp_files(tmp_path) == [old]
    assert not old.exists() and fresh.exists() and mine.exists()
    assert clean_stale_temp_files(tmp_path, min_age=0) == [fresh]
    assert clean_stale_temp_files(tmp_path / "missing") == []


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Flood wall holds", "Flood wall holds.md"),
        ('a/b\\c:d*e?f"g<h>i|j', "a b c d e f g h i j.md"),
        ("...hidden", "hidden.md"),
        ("trailing dots... ", "trailing dots.md"),
        ("CON", "_CON.md"),
        ("com1", "_com1.md"),
        ("LPT9.report", "_LPT9.report.md"),
        ("Console", "Console.md"),
        ("", "untitled.md"),
        ("   ", "untitled.md"),
        ("\x00\x01\x1f", "untitled.md"),
        ("line\nbreak\ttab", "line break tab.md"),
        ("right\u202eto\u200bleft", "right to left.md"),
        ("Café ☕ 東京", "Café ☕ 東京.md"),
        ("../../etc/passwd", "etc passwd.md"),
    ],
)
def test_safe_filename(title: str, expected: str) -> None:
    assert safe_filename(title, ".md") == expected


def test_safe_filename_is_length_limited_in_characters_and_bytes() -> None:
    assert len(safe_filename("word " * 100, ".md")) <= 120
    name = safe_filename("東" * 200, ".html", max_len=250)
    assert len(name.encode("utf-8")) <= 255 and name.endswith(".html")
    assert not safe_filename("a" * 117 + " .x", ".md").rstrip(".md").endswith((" ", "."))


def test_safe_filename_rejects_a_bad_suffix() -> None:
    with pytest.raises(ValueError):
        safe_filename("x", "md/../")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_title_gives_a_valid_name(title: str) -> None:
    name = safe_filename(title, ".md")
    stem = name[:-3]
    assert name.endswith(".md") and stem
    assert not any(ch in name for ch in '/\\:*?"<>|\x00')
    assert all(ord(ch) >= 32 for ch in name)
    assert not stem.startswith(".") and not stem.endswith((".", " "))
    assert stem.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"}
    assert len(name) <= 120 and len(name.encode("utf-8")) <= 255


def test_unique_filename() -> None:
    assert unique_filename("a.md", []) == "a.md"
    assert unique_filename("a.md", ["A.md"]) == "a (2).md"
    assert unique_filename("Mr. Smith.md", ["Mr. Smith.md", "Mr. Smith (2).md"]) == "Mr. Smith (3).md"
