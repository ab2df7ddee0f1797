"""Tags, reading state and position, and saved searches: how a user keeps a library in order."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from reader.core.errors import ArticleNotFound, ReaderError
from reader.core.models import ReadingState
from reader.core.storage.db import write_transaction

STATES = tuple(ReadingState)
READ_TO_THE_END = 0.98  # a position this far down is the article read
MAX_TAG = 80


@dataclass(frozen=True)
class TagCount:
    name: str
    count: int


@dataclass(frozen=True)
class SavedSearch:
    id: int
    name: str
    query: str


def clean_tag(name: str) -> str:
    tag = " ".join(name.replace("\x00", "").split()).strip(",#")
    if not tag:
        raise ReaderError("a tag needs a name")
    if len(tag) > MAX_TAG:
        raise ReaderError("a tag can be up to {limit} characters long", limit=MAX_TAG)
    return tag


class Organizer:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def _check(self, article_id: int) -> None:
        if not self._conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone():
            raise ArticleNotFound(article_id)

    # -- tags ---------------------------------------------------------------------------------

    def add_tags(self, article_ids: list[int], names: list[str]) -> None:
        tags = [clean_tag(n) for n in names]
        for article_id in article_ids:
            self._check(article_id)
        with write_transaction(self._conn) as conn:
            for tag in tags:
                conn.execute("INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING", (tag,))
                tag_id = conn.execute("SELECT id FROM tags WHERE name = ?", (tag,)).fetchone()[0]
                conn.executemany(
                    "INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)",
                    [(a, tag_id) for a in article_ids],
                )

    def remove_tags(self, article_ids: list[int], names: list[str]) -> None:
        with write_transaction(self._conn) as conn:
            for name in names:
                row = conn.execute("SELECT id FROM tags WHERE name = ?", (name.strip(),)).fetchone()
                if row:
                    conn.executemany(
                        "DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?",
                        [(a, row[0]) for a in article_ids],
                    )
            conn.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM article_tags)")

    def tags_of(self, article_id: int) -> list[str]:
        return [
            r[0]
            for r in self._conn.execute(
                "SELECT t.name FROM tags t JOIN article_tags at ON at.tag_id = t.id WHERE at.article_id = ?"
                " ORDER BY t.name COLLATE NOCASE",
                (article_id,),
            )
        ]

    def tags_of_many(self, article_ids: Sequence[int]) -> set[str]:
        """Every tag that any of these articles has: one query per 500 ids, not one per article."""
        names: set[str] = set()
        for start in range(0, len(article_ids), 500):
            chunk = list(article_ids[start : start + 500])
            names.update(
                r[0]
                for r in self._conn.execute(
                    "SELECT DISTINCT t.name FROM tags t JOIN article_tags at ON at.tag_id = t.id"
                    f" WHERE at.article_id IN ({','.join('?' * len(chunk))})",
                    chunk,
                )
            )
        return names

    def tag_counts(self) -> list[TagCount]:
        return [
            TagCount(*r)
            for r in self._conn.execute(
                "SELECT t.name, count(at.article_id) FROM tags t JOIN article_tags at ON at.tag_id = t.id"
                " GROUP BY t.id ORDER BY t.name COLLATE NOCASE"
            )
        ]

    # -- reading state and position -------------------------------------------------------------

    def set_state(self, article_ids: list[int], state: str) -> None:
        if state not in STATES:
            raise ReaderError("the reading state is one of {choices}", choices=", ".join(STATES))
        with write_transaction(self._conn) as conn:
            conn.executemany("UPDATE articles SET state = ? WHERE id = ?", [(state, a) for a in article_ids])

    def state_counts(self) -> dict[str, int]:
        counts: dict[str, int] = dict.fromkeys(STATES, 0)
        counts.update(dict(self._conn.execute("SELECT state, count(*) FROM articles GROUP BY state")))
        return counts

    def state(self, article_id: int) -> str:
        row = self._conn.execute("SELECT state FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise ArticleNotFound(article_id)
        value: str = row[0]
        return value

    def set_position(self, article_id: int, fraction: float, *, reading: bool = True) -> None:
        """Remember how far the user has read (0.0 to 1.0). With `reading` (the user scrolled), an
        unread article becomes 'reading', and one read to the end 'read'; an archived article, or
        one the user marked, is otherwise left in its state."""
        fraction = min(1.0, max(0.0, float(fraction)))
        with write_transaction(self._conn) as conn:
            if not reading:
                conn.execute("UPDATE articles SET position = ? WHERE id = ?", (fraction, article_id))
                return
            unread, reading_, read = ReadingState.UNREAD, ReadingState.READING, ReadingState.READ
            conn.execute(
                "UPDATE articles SET position = ?,"
                " state = CASE WHEN state IN (?, ?) AND ? >= ? THEN ?"
                " WHEN state = ? AND ? > 0.02 THEN ? ELSE state END"
                " WHERE id = ?",
                (fraction, unread, reading_, fraction, READ_TO_THE_END, read, unread, fraction, reading_, article_id),
            )

    def position(self, article_id: int) -> float:
        row = self._conn.execute("SELECT position FROM articles WHERE id = ?", (article_id,)).fetchone()
        return float(row[0]) if row else 0.0

    def in_progress(self, limit: int = 20) -> list[tuple[int, str, float]]:
        """Articles being read, most recently updated first: (id, title, fraction)."""
        return list(
            self._conn.execute(
                "SELECT id, title, position FROM articles WHERE state = 'reading' ORDER BY updated_at DESC LIMIT ?",
                (limit,),
            )
        )

    # -- saved searches -------------------------------------------------------------------------

    def save_search(self, name: str, query: str) -> SavedSearch:
        name = " ".join(name.split())
        if not name or not query.strip():
            raise ReaderError("a saved search needs a name and a query")
        with write_transaction(self._conn) as conn:
            conn.execute(
                "INSERT INTO saved_searches (name, query) VALUES (?, ?)"
                " ON CONFLICT (name) DO UPDATE SET query = excluded.query",
                (name, query),
            )
        row = self._conn.execute("SELECT id, name, query FROM saved_searches WHERE name = ?", (name,)).fetchone()
        return SavedSearch(*row)

    def saved_searches(self) -> list[SavedSearch]:
        return [
            SavedSearch(*r)
            for r in self._conn.execute("SELECT id, name, query FROM saved_searches ORDER BY name COLLATE NOCASE")
        ]

    def delete_saved_search(self, search_id: int) -> None:
        with write_transaction(self._conn) as conn:
            conn.execute("DELETE FROM saved_searches WHERE id = ?", (search_id,))
