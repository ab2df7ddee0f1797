"""check_invariants finds each kind of damage, and nothing in a sound library."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from reader.core.invariants import check_invariants
from reader.core.library import Library
from reader.core.storage.db import connect
from tests.reliability.crash_child import article_markdown


@pytest.fixture
def ids(tmp_path: Path) -> dict[str, int]:
    """A library with two articles; the first has a highlight with a note and an article note."""
    with Library.open(tmp_path / "library.sqlite3") as lib:
        found = {}
        for i in range(2):
            path = tmp_path / f"a{i}.md"
            path.write_text(article_markdown(f"Article {i}", random.Random(i)), encoding="utf-8")
            found[f"article{i}"] = lib.import_file(path).id
        h = lib.annotations.add(found["article0"], 0, 7, "red", "a note")
        lib.annotations.set_article_note(found["article0"], "about the article")
        found["highlight"] = h.id
    raw = sqlite3.connect(tmp_path / "library.sqlite3")
    found["note"] = raw.execute("SELECT id FROM notes WHERE highlight_id = ?", (h.id,)).fetchone()[0]
    raw.close()
    return found


BREAKAGES = {
    "note of a missing highlight": ("DELETE FROM highlights WHERE id = {highlight}", "note(s) of a missing highlight"),
    "foreign key": ("UPDATE notes SET article_id = 999 WHERE id = {note}", "foreign key: row"),
    "article not indexed": ("DELETE FROM search WHERE rowid = {article1} * 4", "article(s) without their search index"),
    "highlight not indexed": (
        "DELETE FROM search WHERE rowid = {highlight} * 4 + 1",
        "highlight(s) without their search index",
    ),
    "note not indexed": ("DELETE FROM search WHERE rowid = {note} * 4 + 2", "note(s) without their search index"),
    "stale index row": (
        "INSERT INTO search (rowid, body, article_id) VALUES (9999 * 4 + 2, 'gone', {article0})",
        "search index row(s) of a missing note",
    ),
    "index holds other text": (
        "UPDATE search SET body = 'tampered' WHERE rowid = {note} * 4 + 2",
        "note(s) whose search index row holds other text",
    ),
    "article without a version": (
        "DELETE FROM article_versions WHERE article_id = {article1}",
        "article(s) without a text version",
    ),
    "highlight of a missing article": (
        "UPDATE highlights SET article_id = 999 WHERE id = {highlight}",
        "highlight(s) of a missing article",
    ),
    "highlight past the text": (
        'UPDATE highlights SET "end" = 1000000 WHERE id = {highlight}',
        "highlight(s) with offsets outside their version's text",
    ),
    "highlight on another article's version": (
        "UPDATE highlights SET version_id = (SELECT max(id) FROM article_versions WHERE article_id = {article1})"
        " WHERE id = {highlight}",
        "on a missing version or on another article's version",
    ),
    "search index corrupted": ("DELETE FROM search_docsize WHERE id = {article1} * 4", "search index:"),
}


def test_a_sound_library_has_no_problems(tmp_path: Path, ids: dict[str, int]) -> None:
    conn = connect(tmp_path / "library.sqlite3")
    assert check_invariants(conn) == []
    conn.close()


@pytest.mark.parametrize("name", BREAKAGES)
def test_each_kind_of_damage_is_found(tmp_path: Path, ids: dict[str, int], name: str) -> None:
    sql, expected = BREAKAGES[name]
    conn = connect(tmp_path / "library.sqlite3")
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(sql.format(**ids))
    problems = check_invariants(conn)
    conn.close()
    assert any(expected in p for p in problems), problems


def test_a_corrupted_file_is_reported_not_raised(tmp_path: Path, ids: dict[str, int]) -> None:
    path = tmp_path / "library.sqlite3"
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 8192] = random.Random(1).randbytes(8192)
    path.write_bytes(bytes(data))
    conn = sqlite3.connect(path, isolation_level=None)
    problems = check_invariants(conn)
    conn.close()
    assert problems and any("malformed" in p or "integrity" in p for p in problems), problems


def test_a_read_only_connection_is_checked_without_writing(tmp_path: Path, ids: dict[str, int]) -> None:
    path = tmp_path / "library.sqlite3"
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)  # the module's implicit transactions
    assert check_invariants(conn) == []
    assert not conn.in_transaction
    conn.close()
