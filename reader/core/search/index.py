"""The search index: one FTS5 table for articles, highlights and notes, kept in step by the library.

Each row's rowid encodes what it is (rowid = id * 4 + kind), so a row is found and replaced by its
rowid without scanning. Highlights and notes are indexed by triggers in the same transaction as
the change; articles by `index_article`, called inside the transaction that stores their text.
"""

from __future__ import annotations

import sqlite3

from reader.core.storage.sql import bump_schema_cookie, statements

ARTICLE, HIGHLIGHT, NOTE = 0, 1, 2
KINDS = {ARTICLE: "article", HIGHLIGHT: "highlight", NOTE: "note"}

SCHEMA = """
CREATE VIRTUAL TABLE search USING fts5(
    title, body, site, authors, article_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO search (search, rank) VALUES ('rank', 'bm25(8.0, 1.0, 3.0, 3.0)');
CREATE TRIGGER search_highlight_insert AFTER INSERT ON highlights BEGIN
    INSERT INTO search (rowid, title, body, site, authors, article_id)
    VALUES (NEW.id * 4 + 1, '', NEW.exact, '', '', NEW.article_id);
END;
CREATE TRIGGER search_highlight_update AFTER UPDATE OF exact ON highlights BEGIN
    DELETE FROM search WHERE rowid = OLD.id * 4 + 1;
    INSERT INTO search (rowid, title, body, site, authors, article_id)
    VALUES (NEW.id * 4 + 1, '', NEW.exact, '', '', NEW.article_id);
END;
CREATE TRIGGER search_highlight_delete AFTER DELETE ON highlights BEGIN
    DELETE FROM search WHERE rowid = OLD.id * 4 + 1;
END;
CREATE TRIGGER search_note_insert AFTER INSERT ON notes BEGIN
    INSERT INTO search (rowid, title, body, site, authors, article_id)
    VALUES (NEW.id * 4 + 2, '', NEW.body, '', '', NEW.article_id);
END;
CREATE TRIGGER search_note_update AFTER UPDATE OF body ON notes BEGIN
    DELETE FROM search WHERE rowid = OLD.id * 4 + 2;
    INSERT INTO search (rowid, title, body, site, authors, article_id)
    VALUES (NEW.id * 4 + 2, '', NEW.body, '', '', NEW.article_id);
END;
CREATE TRIGGER search_note_delete AFTER DELETE ON notes BEGIN
    DELETE FROM search WHERE rowid = OLD.id * 4 + 2;
END;
CREATE TRIGGER search_article_delete AFTER DELETE ON articles BEGIN
    DELETE FROM search WHERE rowid = OLD.id * 4;
END;
INSERT INTO search (rowid, title, body, site, authors, article_id)
    SELECT id * 4 + 1, '', exact, '', '', article_id FROM highlights;
INSERT INTO search (rowid, title, body, site, authors, article_id)
    SELECT id * 4 + 2, '', body, '', '', article_id FROM notes;
INSERT INTO search (rowid, title, body, site, authors, article_id)
    SELECT a.id * 4, a.title, coalesce((SELECT group_concat(json_extract(b.value, '$[1]'), char(10))
                                        FROM json_each(v.body) AS b), ''),
           a.site_name, coalesce((SELECT group_concat(json_extract(p.value, '$.name'), ', ')
                                  FROM json_each(a.authors) AS p), ''), a.id
    FROM articles a JOIN article_versions v ON v.id = (SELECT max(id) FROM article_versions WHERE article_id = a.id);
"""


def index_article(conn: sqlite3.Connection, article_id: int, title: str, text: str, site: str, authors: str) -> None:
    """(Re)index an article's current text and metadata; call inside the writing transaction."""
    conn.execute("DELETE FROM search WHERE rowid = ?", (article_id * 4,))
    conn.execute(
        "INSERT INTO search (rowid, title, body, site, authors, article_id) VALUES (?, ?, ?, ?, ?, ?)",
        (article_id * 4, title, text, site, authors, article_id),
    )


_TRIGGERS = (
    "search_highlight_insert",
    "search_highlight_update",
    "search_highlight_delete",
    "search_note_insert",
    "search_note_update",
    "search_note_delete",
    "search_article_delete",
)


def rebuild(conn: sqlite3.Connection) -> dict[str, int]:
    """Make the search index anew from the stored articles, highlights and notes (inside the caller's
    write transaction): what `reader repair` does when the index's pages are damaged. The index is
    dropped whole, shadow tables and all, and written again as a new library's is. Returns how many
    articles, highlights and notes it holds now."""
    for trigger in _TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    conn.execute("SAVEPOINT drop_index")
    try:
        conn.execute("DROP TABLE IF EXISTS search")
        conn.execute("RELEASE drop_index")
    except (sqlite3.DatabaseError, MemoryError):  # FTS5 cannot even load an index whose structure record is
        # damaged (SQLite says "out of memory" when the damaged counts ask for more than there is)
        conn.execute("ROLLBACK TO drop_index")
        conn.execute("RELEASE drop_index")
        _remove_unloadable_index(conn)
    for statement in statements(SCHEMA):
        conn.execute(statement)
    counts = dict.fromkeys(KINDS.values(), 0)
    for kind, number in conn.execute("SELECT rowid % 4, count(*) FROM search GROUP BY rowid % 4"):
        counts[KINDS[kind]] = number
    return counts


def _remove_unloadable_index(conn: sqlite3.Connection) -> None:
    """Take out an index that SQLite cannot load to drop: its shadow tables (plain tables FTS5 keeps
    its pages in) are dropped, and the virtual table's entry is removed from the schema, as SQLite's
    documentation allows for an entry no longer in use. Nothing else in the library is touched."""
    for shadow in ("data", "idx", "content", "docsize", "config"):
        conn.execute(f"DROP TABLE IF EXISTS search_{shadow}")
    conn.execute("PRAGMA writable_schema = ON")
    try:
        conn.execute("DELETE FROM sqlite_schema WHERE type = 'table' AND name = 'search'")
    finally:
        conn.execute("PRAGMA writable_schema = OFF")
    bump_schema_cookie(conn)
