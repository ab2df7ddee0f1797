"""The queue of pages to fetch, kept in the library: articles that came as a link only.

An entry is `waiting` (to be fetched when due: `not_before`, Unix time, holds a retry back) or
`failed` (the page could not be had; the article stays as a bookmark and the reason is shown; it can
be tried again). A page fetched is stored as the article's first real text (`fill`) and leaves the
queue in the same transaction, so quitting at any moment loses nothing and fetches nothing twice.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from reader.core import serialize as ser
from reader.core.models import CleanedArticle, ReanchorReport
from reader.core.stamps import now_iso
from reader.core.storage.db import write_transaction
from reader.core.versions import METADATA, insert_version, metadata

if TYPE_CHECKING:
    from reader.core.annotations import Annotations
    from reader.core.importers import ImportedArticle

WAITING, FAILED = "waiting", "failed"
LINK = "link"  # the kind of an article whose text has not arrived: a bookmark


@dataclass(frozen=True)
class Queued:
    article_id: int
    url: str
    host: str
    attempts: int
    not_before: float


@dataclass(frozen=True)
class Failure:
    article_id: int
    title: str
    url: str
    error: str
    attempts: int


@dataclass(frozen=True)
class QueueCounts:
    waiting: int = 0
    failed: int = 0


def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


class FetchQueue:
    """`library.queue`: what is waiting to be fetched, and storing what was."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        index: Callable[[sqlite3.Connection, int, CleanedArticle], None],
        annotations: Callable[[], Annotations],
    ) -> None:
        self._conn, self._index, self._annotations = conn, index, annotations

    def add(self, article_id: int, url: str) -> None:
        """Queue an article's page (again, if it had failed); a queued one stays as it is."""
        with write_transaction(self._conn) as conn:
            conn.execute(
                "INSERT INTO fetch_queue (article_id, url, host, queued_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (article_id) DO UPDATE SET status = 'waiting', attempts = 0, not_before = 0,"
                " error = '' WHERE status = 'failed'",
                (article_id, url, host_of(url), now_iso()),
            )

    def counts(self) -> QueueCounts:
        rows = dict(self._conn.execute("SELECT status, count(*) FROM fetch_queue GROUP BY status").fetchall())
        return QueueCounts(rows.get(WAITING, 0), rows.get(FAILED, 0))

    def status(self, article_id: int) -> tuple[str, str] | None:
        """(waiting or failed, the reason it failed) for a queued article; None for any other."""
        row = self._conn.execute("SELECT status, error FROM fetch_queue WHERE article_id = ?", (article_id,)).fetchone()
        return (row[0], row[1]) if row else None

    def waiting(self, limit: int | None = None) -> list[Queued]:
        """The waiting entries, the soonest due first (then in the order they were queued)."""
        sql = (
            "SELECT article_id, url, host, attempts, not_before FROM fetch_queue WHERE status = 'waiting'"
            " ORDER BY not_before, article_id"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [Queued(*row) for row in self._conn.execute(sql)]

    def failures(self) -> list[Failure]:
        return [
            Failure(*row)
            for row in self._conn.execute(
                "SELECT q.article_id, a.title, q.url, q.error, q.attempts FROM fetch_queue q"
                " JOIN articles a ON a.id = q.article_id WHERE q.status = 'failed' ORDER BY q.article_id"
            )
        ]

    def postpone(self, article_id: int, not_before: float, error: str) -> None:
        """A try that may work later: counted, and held back until `not_before`."""
        with write_transaction(self._conn) as conn:
            conn.execute(
                "UPDATE fetch_queue SET attempts = attempts + 1, not_before = ?, error = ? WHERE article_id = ?",
                (not_before, error, article_id),
            )

    def fail(self, article_id: int, error: str) -> None:
        """The page cannot be had: the article stays a bookmark, with the reason."""
        with write_transaction(self._conn) as conn:
            conn.execute(
                "UPDATE fetch_queue SET status = 'failed', attempts = attempts + 1, error = ? WHERE article_id = ?",
                (error, article_id),
            )

    def retry(self, article_ids: Sequence[int] | None = None) -> int:
        """Put failed entries (these, or all) back in the queue; how many."""
        with write_transaction(self._conn) as conn:
            sql = "UPDATE fetch_queue SET status = 'waiting', attempts = 0, not_before = 0, error = ''"
            if article_ids is None:
                return conn.execute(sql + " WHERE status = 'failed'").rowcount
            return sum(
                conn.execute(sql + " WHERE status = 'failed' AND article_id = ?", (i,)).rowcount for i in article_ids
            )

    def stop_waiting(self, error: str) -> int:
        """Every waiting entry is set aside as failed with `error` (the user cancelled the fetching)."""
        with write_transaction(self._conn) as conn:
            return conn.execute(
                "UPDATE fetch_queue SET status = 'failed', error = ? WHERE status = 'waiting'", (error,)
            ).rowcount

    def fill(self, article_id: int, imported: ImportedArticle, fetched_at: str) -> ReanchorReport | None:
        """Store a fetched page as the article's text, in one transaction: a new version, the page's
        metadata where the export had none, the highlights placed on it, and the entry out of the
        queue. None when the article is no longer queued (deleted, or filled meanwhile)."""
        with write_transaction(self._conn) as conn:
            row = conn.execute(
                f"SELECT {', '.join(METADATA)} FROM articles a JOIN fetch_queue q ON q.article_id = a.id"
                " WHERE a.id = ?",
                (article_id,),
            ).fetchone()
            if row is None:
                return None
            c = _merged(dict(zip(METADATA, row, strict=True)), imported.article)
            version_id = insert_version(conn, article_id, imported, fetched_at)
            conn.execute(
                f"UPDATE articles SET {', '.join(f'{column} = ?' for column in METADATA)}, kind = ?,"
                " url = coalesce(nullif(?, ''), url), fetched_at = ?, updated_at = ? WHERE id = ?",
                (*metadata(c), imported.kind, c.url, fetched_at, now_iso(), article_id),
            )
            conn.execute("DELETE FROM fetch_queue WHERE article_id = ?", (article_id,))
            self._index(conn, article_id, c)
            return self._annotations().reanchor(conn, article_id, c.text, version_id)


def _merged(stored: dict[str, object], page: CleanedArticle) -> CleanedArticle:
    """The page's metadata, with what the export said kept where the page says nothing (its title
    when the page has none, its authors, its published date)."""
    published = page.published or stored["published"]
    return replace(
        page,
        title=page.title or str(stored["title"]),
        authors=page.authors or ser.authors_from_json(str(stored["authors"])),
        published=published if isinstance(published, str) else None,
        site_name=page.site_name or str(stored["site_name"]),
    )
