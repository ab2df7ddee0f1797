"""An article's text versions. The text is never overwritten: Fix Extraction (a removed line put back,
a block dropped) and a re-import each store a new version, and the highlights are re-anchored onto
it in the same transaction, so an article is never left with highlights on a text it no longer has.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from reader.core import serialize as ser
from reader.core.errors import ReaderError
from reader.core.models import Article, CleanedArticle, ReanchorReport
from reader.core.stamps import now_iso, text_hash
from reader.core.storage.db import write_transaction

if TYPE_CHECKING:
    from reader.core.annotations import Annotations
    from reader.core.importers import ImportedArticle

log = logging.getLogger(__name__)

# The article's metadata as the articles table holds it: one list for storing and for updating.
METADATA = ("title", "subtitle", "section", "site_name", "dateline", "authors", "published", "language")


def metadata(c: CleanedArticle) -> tuple[object, ...]:
    authors = ser.authors_to_json(c.authors)
    return (c.title, c.subtitle, c.section, c.site_name, c.dateline, authors, c.published, c.language)


@dataclass(frozen=True)
class NewVersion:
    """A new text version of an article, and what happened to its highlights."""

    article: Article
    report: ReanchorReport


Change = Callable[[Article, str], "ImportedArticle"]  # (the article, the input it was cleaned from) → new text


def insert_version(conn: sqlite3.Connection, article_id: int, imported: ImportedArticle, stamp: str) -> int:
    """Store a version of the article's text; its id."""
    c = imported.article
    cur = conn.execute(
        "INSERT INTO article_versions (article_id, created_at, text_hash, raw_text, body, figures, removed, pages)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            article_id,
            stamp,
            text_hash(c.text),
            imported.raw_text,
            ser.blocks_to_json(c.body),
            ser.figures_to_json(c.figures),
            ser.removed_to_json(c.removed),
            ser.pages_to_json(c.pages),
        ),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


class Versions:
    """`library.versions`: the versions of the library's articles. `get` reads an article, `index`
    indexes one for search in the writing transaction, `annotations` re-anchors highlights."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        get: Callable[[int], Article],
        index: Callable[[sqlite3.Connection, int, CleanedArticle], None],
        annotations: Callable[[], Annotations],
    ) -> None:
        self._conn, self._get, self._index, self._annotations = conn, get, index, annotations

    def raw_text(self, article: Article) -> str:
        """The input the article's current version was cleaned from (its text if none was kept)."""
        row = self._conn.execute("SELECT raw_text FROM article_versions WHERE id = ?", (article.version_id,)).fetchone()
        return row[0] if row and row[0] is not None else article.content.text

    def count(self, article_id: int) -> int:
        found: int = self._conn.execute(
            "SELECT count(*) FROM article_versions WHERE article_id = ?", (article_id,)
        ).fetchone()[0]
        return found

    def restore_removed(self, article_id: int, removed_index: int) -> NewVersion:
        """Fix extraction: put a removed line back into the body (a new version of the text)."""
        from reader.core.extraction import restore_line
        from reader.core.importers import ImportedArticle

        return self.make(
            article_id,
            lambda article, raw: ImportedArticle(article.kind, raw, restore_line(article.content, raw, removed_index)),
        )

    def drop_block(self, article_id: int, block_index: int) -> NewVersion:
        """Fix extraction: take one more block out of the body (a new version of the text)."""
        from reader.core.extraction import drop_block
        from reader.core.importers import ImportedArticle

        return self.make(
            article_id,
            lambda article, raw: ImportedArticle(article.kind, raw, drop_block(article.content, block_index)),
        )

    def make(self, article_id: int, change: Change, *, metadata_too: bool = False) -> NewVersion:
        """Store the changed text as a new version and re-anchor the highlights, in one transaction.
        With `metadata_too` (a re-import), the article's title, byline and the rest come from the
        new text as well; otherwise they stay as they are (the user may have corrected them)."""
        article = self._get(article_id)
        imported = change(article, self.raw_text(article))
        stamp = now_iso()
        with write_transaction(self._conn) as conn:
            current = conn.execute(
                "SELECT max(id) FROM article_versions WHERE article_id = ?", (article_id,)
            ).fetchone()[0]
            if current != article.version_id:
                raise ReaderError("the article changed meanwhile; try again")
            version_id = insert_version(conn, article_id, imported, stamp)
            conn.execute("UPDATE articles SET updated_at = ? WHERE id = ?", (stamp, article_id))
            c = imported.article
            if metadata_too:
                conn.execute(
                    f"UPDATE articles SET {', '.join(f'{column} = ?' for column in METADATA)},"
                    " url = coalesce(nullif(?, ''), url) WHERE id = ?",
                    (*metadata(c), c.url, article_id),
                )
            else:
                kept = article.content
                c = replace(c, title=kept.title, site_name=kept.site_name, authors=kept.authors)
            self._index(conn, article_id, c)
            report = self._annotations().reanchor(conn, article_id, imported.article.text, version_id)
        log.info("article %s has a new version: highlights %s", article_id, report)
        return NewVersion(self._get(article_id), report)
