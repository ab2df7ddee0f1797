"""The library's schema, versioned with PRAGMA user_version; migrations run in order, each in a transaction.

Shape (version 9; v2 added articles.fetched_at, v3 the labels table of highlight colours and their
meanings and at most one article-level note per article, v4 the FTS5 search index over articles,
highlights and notes, saved searches, and indexes for sorting, v5 an index on articles.source so
that an import finds the article it updates without reading the whole table, v6 an index holding
everything an opening article needs of its highlights, in reading order, v7 the reading state
"read", v8 the queue of pages to fetch, v9 the pages of a paged document's versions):
  articles         one row per article: where it came from, reading state, and its metadata
  article_versions every cleaned text an article has had; the newest is current, none is overwritten
  highlights       anchored to a version's text (W3C TextQuote + TextPosition selectors)
  notes            Markdown notes on a highlight, or on the article when highlight_id is NULL
  tags, article_tags
  fetch_queue      articles imported as a link only, until their page is fetched (or failed)
  meta             key/value facts about the library itself (e.g. whether the demo was added)
"""

from __future__ import annotations

import sqlite3

from reader.core.errors import NewerLibraryError
from reader.core.storage.sql import bump_schema_cookie, statements

_V1 = """
CREATE TABLE articles (
    id          INTEGER PRIMARY KEY,
    source      TEXT NOT NULL DEFAULT '',
    url         TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL,
    title       TEXT NOT NULL,
    subtitle    TEXT NOT NULL DEFAULT '',
    section     TEXT NOT NULL DEFAULT '',
    site_name   TEXT NOT NULL DEFAULT '',
    dateline    TEXT NOT NULL DEFAULT '',
    authors     TEXT NOT NULL DEFAULT '[]',
    published   TEXT,
    language    TEXT NOT NULL DEFAULT '',
    added_at    TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    state       TEXT NOT NULL DEFAULT 'unread' CHECK (state IN ('unread', 'reading', 'archived')),
    position    REAL NOT NULL DEFAULT 0
);
CREATE INDEX articles_added ON articles (added_at DESC, id DESC);
CREATE INDEX articles_url ON articles (url) WHERE url != '';

CREATE TABLE article_versions (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    text_hash   TEXT NOT NULL,
    raw_text    TEXT NOT NULL,
    body        TEXT NOT NULL,
    figures     TEXT NOT NULL DEFAULT '[]',
    removed     TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX article_versions_article ON article_versions (article_id, id);
CREATE INDEX article_versions_hash ON article_versions (text_hash);

CREATE TABLE highlights (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    version_id  INTEGER NOT NULL REFERENCES article_versions (id),
    exact       TEXT NOT NULL,
    prefix      TEXT NOT NULL DEFAULT '',
    suffix      TEXT NOT NULL DEFAULT '',
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    color       TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'anchored' CHECK (status IN ('anchored', 'moved', 'orphaned')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX highlights_article ON highlights (article_id, start);

CREATE TABLE notes (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    highlight_id  INTEGER REFERENCES highlights (id) ON DELETE CASCADE,
    body          TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX notes_article ON notes (article_id);
CREATE UNIQUE INDEX notes_highlight ON notes (highlight_id) WHERE highlight_id IS NOT NULL;

CREATE TABLE tags (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE article_tags (
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, tag_id)
) WITHOUT ROWID;

CREATE TABLE meta (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;
"""

_V2 = """
ALTER TABLE articles ADD COLUMN fetched_at TEXT;
"""

_V3 = """
CREATE TABLE labels (
    color     TEXT PRIMARY KEY,
    name      TEXT NOT NULL,
    hex       TEXT NOT NULL,
    position  INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO labels (color, name, hex, position) VALUES
    ('yellow', 'Quote', '#f7d154', 0),
    ('red', 'Claim to check', '#f28b82', 1),
    ('green', 'Key fact', '#8fd694', 2),
    ('blue', 'Question', '#8ab9f1', 3),
    ('purple', 'Definition', '#c5a3f0', 4),
    ('orange', 'Idea', '#f8b26a', 5);
CREATE UNIQUE INDEX notes_one_per_article ON notes (article_id) WHERE highlight_id IS NULL;
"""

# v4 as it was written: the search index's definition then (search/index.py keeps today's, which
# `reader repair` writes). A migration never changes once released, whatever the live schema becomes.
_V4 = """
CREATE TABLE saved_searches (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE COLLATE NOCASE,
    query  TEXT NOT NULL
);
CREATE INDEX articles_state ON articles (state, added_at DESC, id DESC);
CREATE INDEX articles_published ON articles (published DESC, id DESC);
CREATE INDEX articles_title ON articles (title COLLATE NOCASE, id);
CREATE INDEX articles_site ON articles (site_name COLLATE NOCASE, added_at DESC);
CREATE INDEX article_tags_tag ON article_tags (tag_id, article_id);
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

_V5 = """
CREATE INDEX articles_source ON articles (source);
"""

# Opening an article reads where and how its highlights are painted (Annotations.spans): from this
# index alone, already in reading order, not from the table's rows (0.5 ms of 2 for 1,000 highlights).
_V6 = """
DROP INDEX highlights_article;
CREATE INDEX highlights_article ON highlights (article_id, start, "end", id, color, status);
"""

# v7: a fourth reading state, "read" (marked so, or read to the end). The CHECK constraint only
# widens, so every stored row still satisfies it and nothing on disk changes: the table's recorded
# definition is edited in place, as SQLite's documentation allows for loosening a constraint
# (https://www.sqlite.org/lang_altertable.html, "making other kinds of table schema changes"),
# instead of copying 100,000 rows into a new table. The schema cookie is bumped so that every
# open connection reloads the definition.
_V7 = """
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (state IN (''unread'', ''reading'', ''archived''))',
    'CHECK (state IN (''unread'', ''reading'', ''read'', ''archived''))')
    WHERE type = 'table' AND name = 'articles';
PRAGMA writable_schema = OFF;
"""

# v8: pages waiting to be fetched. An article imported as a link only (from another app's export)
# is stored at once, with an empty text, and listed here until its page is fetched; one whose page
# cannot be had stays, with the reason, as a bookmark. `not_before` (Unix time) holds a retry back.
_V8 = """
CREATE TABLE fetch_queue (
    article_id  INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    url         TEXT NOT NULL,
    host        TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'failed')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    not_before  REAL NOT NULL DEFAULT 0,
    error       TEXT NOT NULL DEFAULT '',
    queued_at   TEXT NOT NULL
);
CREATE INDEX fetch_queue_due ON fetch_queue (status, not_before, article_id);
"""

# v9: where each page of a paged document (a PDF) begins in a version's text, and its printed number.
_V9 = """
ALTER TABLE article_versions ADD COLUMN pages TEXT NOT NULL DEFAULT '[]';
"""

# v10: team libraries (core/team/). What a team shares gets a global id (`gid`, set only in a team
# library's replica, by the triggers team/replica.py adds there); highlights and notes say who made
# them; a note keeps the earlier texts a conflict set aside; a highlight keeps who deleted it while
# it was being changed (and so was kept); `team_outbox` holds what waits to be pushed, `team_held`
# what was pulled before what it refers to (applied when that comes). Empty in a personal library.
_V10 = """
ALTER TABLE articles ADD COLUMN gid TEXT;
ALTER TABLE article_versions ADD COLUMN gid TEXT;
ALTER TABLE highlights ADD COLUMN gid TEXT;
ALTER TABLE highlights ADD COLUMN creator TEXT NOT NULL DEFAULT '';
ALTER TABLE highlights ADD COLUMN team_mark TEXT NOT NULL DEFAULT '';
ALTER TABLE notes ADD COLUMN gid TEXT;
ALTER TABLE notes ADD COLUMN creator TEXT NOT NULL DEFAULT '';
ALTER TABLE notes ADD COLUMN history TEXT NOT NULL DEFAULT '[]';
CREATE UNIQUE INDEX articles_gid ON articles (gid) WHERE gid IS NOT NULL;
CREATE UNIQUE INDEX article_versions_gid ON article_versions (gid) WHERE gid IS NOT NULL;
CREATE UNIQUE INDEX highlights_gid ON highlights (gid) WHERE gid IS NOT NULL;
CREATE UNIQUE INDEX notes_gid ON notes (gid) WHERE gid IS NOT NULL;
CREATE TABLE team_outbox (
    seq        INTEGER PRIMARY KEY,
    change_id  TEXT NOT NULL UNIQUE,
    entity     TEXT NOT NULL,
    gid        TEXT NOT NULL,
    op         TEXT NOT NULL CHECK (op IN ('put', 'delete')),
    made_at    TEXT NOT NULL
);
CREATE INDEX team_outbox_gid ON team_outbox (entity, gid);
CREATE TABLE team_applying (flag INTEGER);
CREATE TABLE team_held (
    entity  TEXT NOT NULL,
    gid     TEXT NOT NULL,
    change  TEXT NOT NULL,
    PRIMARY KEY (entity, gid)
);
"""

# Index i holds the script that takes the schema from version i to version i + 1.
MIGRATIONS: list[str] = [_V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8, _V9, _V10]
SCHEMA_VERSION = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return version


def check_version(conn: sqlite3.Connection) -> int:
    """The library's schema version; NewerLibraryError if this Reader is too old for it."""
    current = user_version(conn)
    if current > SCHEMA_VERSION:
        raise NewerLibraryError(
            "this library was written by a newer version of Reader (schema {current}; this version knows up to"
            " {known}); update Reader to open it",
            current=current,
            known=SCHEMA_VERSION,
        )
    return current


def migrate(conn: sqlite3.Connection) -> int:
    """Apply every migration the database lacks, each in its own transaction. Returns the new version."""
    current = check_version(conn)
    while current < SCHEMA_VERSION:
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = user_version(conn)  # another process may have migrated while we waited
            if current < SCHEMA_VERSION:
                for statement in statements(MIGRATIONS[current]):
                    conn.execute(statement)
                if "writable_schema" in MIGRATIONS[current]:
                    bump_schema_cookie(conn)
                current += 1
                conn.execute(f"PRAGMA user_version = {current}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return SCHEMA_VERSION
