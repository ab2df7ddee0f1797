"""The library service: the one API that the window and the command line both call.

A `Library` owns one SQLite connection to one library file. Every user action is one
method here and one transaction in the database; views never run SQL.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from reader.core import serialize as ser
from reader.core.errors import ArticleNotFound, BatchLost, LibraryError, SearchIndexDamaged
from reader.core.ids import valid_id
from reader.core.library_file import emptied, is_sqlite, large_input
from reader.core.models import Article, ArticleSummary, Author, CleanedArticle, ReanchorReport, checked_author
from reader.core.names import readable
from reader.core.stamps import now_iso, text_hash
from reader.core.storage.db import Batch, connect, write_transaction
from reader.core.versions import METADATA, Versions, insert_version, metadata

# Importing, fetching, cleaning, search and annotations are loaded when first used, so that the
# window (and a one-line command) starts without paying for them.
if TYPE_CHECKING:
    from reader.core.annotations import Annotations
    from reader.core.fetch_queue import FetchQueue
    from reader.core.importers import ImportedArticle
    from reader.core.organize import Organizer
    from reader.core.search.engine import SearchResult
    from reader.core.team.sync import Team

log = logging.getLogger(__name__)

SORTS = {
    "added": "added_at DESC, id DESC",
    "published": "published IS NULL, published DESC, id DESC",
    "title": "title COLLATE NOCASE, id",
    "site": "site_name COLLATE NOCASE, added_at DESC, id DESC",
}


@dataclass(frozen=True)
class Ingested:
    """What importing one file or URL did: a new article, a new version of one, or nothing new."""

    article: Article
    created: bool
    report: ReanchorReport | None = None  # set when an existing article got a new text version
    unit: int | None = None  # in a bulk import, the batch unit that stored it (see BatchLost.units)


def _index_now(conn: sqlite3.Connection, article_id: int, c: CleanedArticle) -> None:
    from reader.core.search.index import index_article

    index_article(conn, article_id, c.title, c.text, c.site_name, ", ".join(a.name for a in c.authors))


def _index_if_kept(article_id: int, c: CleanedArticle) -> Callable[[sqlite3.Connection], None]:
    def work(conn: sqlite3.Connection) -> None:  # not for an article deleted later in the batch
        if conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone():
            _index_now(conn, article_id, c)

    return work


class Library:
    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._batch: Batch | None = None

    @cached_property
    def annotations(self) -> Annotations:
        from reader.core.annotations import Annotations

        return Annotations(self._conn, self.get, now_iso)

    @cached_property
    def versions(self) -> Versions:
        return Versions(self._conn, self.get, self._index, lambda: self.annotations)

    @cached_property
    def queue(self) -> FetchQueue:
        from reader.core.fetch_queue import FetchQueue

        return FetchQueue(self._conn, self._index, lambda: self.annotations)

    @cached_property
    def team(self) -> Team:
        from reader.core.team.sync import Team

        return Team(self._conn, lambda article_id: self.get(article_id).content.text)

    @cached_property
    def organize(self) -> Organizer:
        from reader.core.organize import Organizer

        return Organizer(self._conn)

    def search(self, query: str, limit: int = 50) -> list[SearchResult]:
        """One search over articles, highlights and notes (see core/search/query.py for the language)."""
        from reader.core.search.engine import search

        try:
            return search(self._conn, query, limit)
        except (sqlite3.DatabaseError, MemoryError) as exc:  # the index's pages are damaged ("malformed"; a
            # damaged record can also claim a size SQLite will not allocate, which Python raises as MemoryError)
            log.info("search failed: %s", exc)
            raise SearchIndexDamaged(
                "the search index is damaged ({reason}); `reader repair` (Library ▸ Repair Search Index)"
                " rebuilds it from the stored articles, highlights and notes",
                reason=str(exc) or type(exc).__name__,
            ) from None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything done inside is one transaction (each library call in it a savepoint): an import
        of annotations or of a library folder is stored whole, or, interrupted, not at all."""
        with write_transaction(self._conn):
            yield

    def repair_search(self) -> dict[str, int]:
        """Rebuild the search index from the stored text (one transaction); how many of each it holds."""
        from reader.core.search.index import rebuild

        with write_transaction(self._conn) as conn:
            return rebuild(conn)

    @classmethod
    def open(cls, path: Path | str) -> Library:
        path = Path(path).expanduser()
        if path.is_dir():
            raise LibraryError("{path} is a folder; give the path of a library file", path=path)
        if path.exists() and not path.is_file():  # a FIFO or a device: opening it would wait forever
            raise LibraryError(
                "{path} is not a regular file; give the path of a library file", path=readable(str(path))
            )
        from reader.core.backup import backup_before_migration, list_backups

        if emptied(path) and list_backups(path):
            # A library that had been backed up has lost everything: damaged (truncated, or its
            # tables gone), not new. Starting afresh in it would hide that; the rescue offers the backups.
            raise LibraryError(
                "{path} is empty, but it has backups: the library file was damaged (emptied or truncated)", path=path
            )

        if is_sqlite(path):  # anything else is refused, clearly, by connect() below
            backup_before_migration(path)  # a copy of the library before its schema changes
        return cls(connect(path), path)

    def close(self) -> None:
        self._conn.close()

    def _index(self, conn: sqlite3.Connection, article_id: int, c: CleanedArticle) -> None:
        """Index an article's text for search, in the writing transaction; in a bulk import, once
        per batch (see `storage.db.Batch`): until the batch commits, search does not see it."""
        if self._batch is not None and self._batch.open:
            self._batch.defer(("index", article_id), _index_if_kept(article_id, c))
        else:
            _index_now(conn, article_id, c)

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- importing -------------------------------------------------------------------------

    def import_file(self, path: Path | str, *, raw: bool = False) -> Article:
        """Import one file; raises UnreadableInput (nothing stored) when it is not an article."""
        from reader.core.importers import read_article
        from reader.core.importers.sources import read_file

        path = Path(path)
        imported = read_article(read_file(path), path.name, raw=raw)
        return self.add(imported, source=readable(str(path.resolve())))

    def import_bytes(self, data: bytes, name: str, *, source: str = "", url: str = "") -> Article:
        from reader.core.importers import read_article

        return self.add(read_article(data, name, url=url), source=source or url or name)

    def ingest(
        self,
        source: str | Path,
        *,
        into: int | None = None,
        raw: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> Ingested:
        """Import a file or URL. The same source, URL or text as a stored article (or `into`) updates
        that article with a new text version instead of adding a second copy."""
        from reader.core.fetch import fetch, is_url
        from reader.core.importers import read_article
        from reader.core.importers.sources import read_file

        if isinstance(source, str) and is_url(source):
            if self._batch is not None:
                try:
                    self._batch.commit()  # the write lock is not held while a page downloads
                except BatchLost as exc:
                    exc.source_not_read = True
                    raise
            page = fetch(source)
            imported = read_article(page.data, urlsplit(page.url).path or "page", kind=page.kind, url=page.url, raw=raw)
            origin, fetched_at = source, page.fetched_at
        else:
            path = Path(source)
            if self._batch is not None and large_input(path):
                try:
                    self._batch.commit()  # nor while a large file is cleaned: other writers wait < 1 s
                except BatchLost as exc:
                    exc.source_not_read = True
                    raise
            imported = read_article(read_file(path), readable(path.name), raw=raw, progress=progress)
            origin, fetched_at = readable(str(path.resolve())), None
        with self._batch.unit(readable(str(source))) if self._batch is not None else nullcontext() as unit:
            target = into if into is not None else self._same_article(origin, imported)
            if target is None:
                return Ingested(self.add(imported, source=origin, fetched_at=fetched_at), created=True, unit=unit)
            current = self.get(target)  # ArticleNotFound for an `into` that does not exist
            if current.content.text == imported.article.text:
                return Ingested(current, created=False)
            result = self.versions.make(target, lambda _article, _raw: imported, metadata_too=True)
            return Ingested(result.article, created=False, report=result.report, unit=unit)

    @contextmanager
    def bulk(self, every: float = 0.25) -> Iterator[Batch]:
        """Within this block, `ingest` groups its writes into a transaction every `every` seconds
        (see `storage.db.Batch`): importing a folder costs a fraction of one sync per file, and the
        search index is written once per batch, as it commits. Everything ingested is committed when
        the block ends, also when it ends with an error; a batch that cannot be committed raises
        `BatchLost`, which names the sources whose articles it took back."""
        if self._batch is not None:
            yield self._batch
            return
        self._batch = batch = Batch(self._conn, every)
        try:
            yield batch
        except BaseException:
            self._batch = None
            try:
                batch.commit()  # what was finished is kept
            except BatchLost:  # the error that ended the block is the one to tell
                log.warning("the last batch of an import that failed could not be saved", exc_info=True)
            raise
        self._batch = None
        batch.commit()

    def _same_article(self, origin: str, imported: ImportedArticle) -> int | None:
        row = self._conn.execute(  # an OR of two indexed lookups (articles_source, articles_url)
            "SELECT id FROM articles WHERE source = ? OR (url != '' AND url = ?) ORDER BY id LIMIT 1",
            (origin, imported.article.url or "\x00"),
        ).fetchone()
        if row is None:
            row = self._conn.execute(
                "SELECT article_id FROM article_versions WHERE text_hash = ? ORDER BY id LIMIT 1",
                (text_hash(imported.article.text),),
            ).fetchone()
        return row[0] if row else None

    def add(
        self, imported: ImportedArticle, *, source: str, fetched_at: str | None = None, added_at: str | None = None
    ) -> Article:
        """Store a new article with its first version, in one transaction (`added_at`: when it was
        saved, if not now: an item imported from another app keeps the day it was saved there)."""
        c = imported.article
        stamp = added_at or now_iso()
        with write_transaction(self._conn) as conn:
            cur = conn.execute(
                f"INSERT INTO articles (source, url, kind, {', '.join(METADATA)}, added_at, updated_at, fetched_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (source, c.url, imported.kind, *metadata(c), stamp, stamp, fetched_at),
            )
            article_id = cur.lastrowid
            assert article_id is not None
            version_id = insert_version(conn, article_id, imported, stamp)
            self._index(conn, article_id, c)
        log.info("imported article %s from %s", article_id, source)
        # What was stored, as get() would read it back (published and fetched_at as given).
        return Article(
            id=article_id,
            source=source,
            kind=imported.kind,
            added_at=stamp,
            version_id=version_id,
            content=c,
            fetched_at=fetched_at,
        )

    # -- reading ---------------------------------------------------------------------------

    def is_empty(self) -> bool:
        empty: bool = self._conn.execute("SELECT NOT EXISTS (SELECT 1 FROM articles)").fetchone()[0] == 1
        return empty

    def find(self, url: str = "", title: str = "") -> int | None:
        """The article saved from this URL (its address or its source), else the first with this
        title (case aside); None when there is none."""
        if url:
            row = self._conn.execute(
                "SELECT id FROM articles WHERE (url != '' AND url = ?) OR source = ? ORDER BY id LIMIT 1", (url, url)
            ).fetchone()
            if row is not None:
                return int(row[0])
        if title:
            row = self._conn.execute(
                "SELECT id FROM articles WHERE title = ? COLLATE NOCASE ORDER BY id LIMIT 1", (title,)
            ).fetchone()
            if row is not None:
                return int(row[0])
        return None

    def match_keys(self) -> list[tuple[int, str, str, str, str]]:
        """Each article's id, URL, source, title and current text hash (as stored), in id order:
        what an import of exported records matches on."""
        return self._conn.execute(
            "SELECT a.id, a.url, a.source, a.title, v.text_hash FROM articles a JOIN article_versions v"
            " ON v.id = (SELECT max(id) FROM article_versions WHERE article_id = a.id) ORDER BY a.id"
        ).fetchall()

    def count(self) -> int:
        count: int = self._conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        return count

    def article_ids(
        self, sort: str = "added", *, state: str | None = None, tag: str | None = None, limit: int | None = None
    ) -> list[int]:
        """Article ids in list order, optionally only one reading state or tag: cheap at 100,000."""
        order = SORTS.get(sort)
        if order is None:
            raise ValueError(f"unknown sort {sort!r}; choose one of {', '.join(SORTS)}")
        where, params = [], []
        if state is not None:
            where.append("state = ?")
            params.append(state)
        if tag is not None:
            where.append(
                "id IN (SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE t.name = ?)"
            )
            params.append(tag)
        sql = f"SELECT id FROM articles {'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [row[0] for row in self._conn.execute(sql, params)]

    def summaries(self, ids: Sequence[int]) -> dict[int, ArticleSummary]:
        """The list rows for these ids (missing ids are left out)."""
        result: dict[int, ArticleSummary] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            for row in self._conn.execute(
                f"SELECT id, title, site_name, added_at, published, state, position FROM articles"
                f" WHERE id IN ({marks})",
                chunk,
            ):
                result[row[0]] = ArticleSummary(*row)
        return result

    def list_articles(self, sort: str = "added", limit: int | None = None) -> list[ArticleSummary]:
        ids = self.article_ids(sort)
        if limit is not None:
            ids = ids[:limit]
        rows = self.summaries(ids)
        return [rows[i] for i in ids if i in rows]

    def get(self, article_id: int) -> Article:
        if not valid_id(article_id):  # past 64 bits SQLite would raise OverflowError
            raise ArticleNotFound(article_id)
        row = self._conn.execute(
            "SELECT a.id, a.source, a.kind, a.added_at, a.title, a.subtitle, a.section, a.authors, a.site_name,"
            " a.dateline, a.published, a.language, a.url, v.id, v.body, v.figures, v.removed, a.fetched_at, v.pages"
            " FROM articles a JOIN article_versions v ON v.article_id = a.id"
            " WHERE a.id = ? ORDER BY v.id DESC LIMIT 1",
            (article_id,),
        ).fetchone()
        if row is None:
            raise ArticleNotFound(article_id)
        content = CleanedArticle(
            title=row[4],
            subtitle=row[5],
            section=row[6],
            authors=ser.authors_from_json(row[7]),
            site_name=row[8],
            dateline=row[9],
            published=row[10],
            language=row[11],
            url=row[12],
            body=ser.blocks_from_json(row[14]),
            figures=ser.figures_from_json(row[15]),
            removed=ser.removed_from_json(row[16]),
            pages=ser.pages_from_json(row[18]),
        )
        return Article(
            id=row[0],
            source=row[1],
            kind=row[2],
            added_at=row[3],
            version_id=row[13],
            content=content,
            fetched_at=row[17],
        )

    # -- changing --------------------------------------------------------------------------

    def set_authors(self, article_id: int, authors: Sequence[Author]) -> Article:
        """The article's details: its byline as the user corrects it (names, roles, each a person or
        an organisation), kept with the article for citations, exports and search. One transaction;
        the text and its versions are not touched."""
        checked = tuple(checked_author(a) for a in authors)
        article = self.get(article_id)
        with write_transaction(self._conn) as conn:
            if not conn.execute(
                "UPDATE articles SET authors = ?, updated_at = ? WHERE id = ?",
                (ser.authors_to_json(checked), now_iso(), article_id),
            ).rowcount:
                raise ArticleNotFound(article_id)
            self._index(conn, article_id, replace(article.content, authors=checked))
        return self.get(article_id)

    def delete(self, article_ids: Iterable[int]) -> int:
        """Delete articles with everything attached to them; returns how many were deleted."""
        ids = list(article_ids)
        with write_transaction(self._conn) as conn:
            deleted = 0
            for article_id in ids:
                deleted += conn.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount
        return deleted

    def get_meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with write_transaction(self._conn) as conn:
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
