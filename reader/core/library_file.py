"""What state a file is in before the library trusts it: a library file that was emptied, an SQLite
file at all, an input large enough that cleaning it should not hold the write lock."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def emptied(path: Path) -> bool:
    """The file exists but holds no library: 0 bytes, or an SQLite file without Reader's tables."""
    try:
        if not path.is_file():
            return False
        if path.stat().st_size == 0:
            return True
    except OSError:
        return False
    if not is_sqlite(path):
        return False
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables: int = conn.execute(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'articles'"
            ).fetchone()[0]
            return tables == 0
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


LARGE_INPUT = 256 * 1024  # bytes: cleaning a file this big takes long enough to hold other writers up


def large_input(path: Path) -> bool:
    """A file whose cleaning should not happen inside a bulk import's open write transaction."""
    try:
        return path.stat().st_size > LARGE_INPUT
    except OSError:
        return False
