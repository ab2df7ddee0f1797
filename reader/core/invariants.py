"""What must hold in every library, checked on an open connection: SQLite's own checks, the search
index's own check, and the app's invariants between articles, versions, highlights, notes and the
index. `check_invariants` lists what is wrong in words (an empty list: all is well); it never
writes. The search index's check needs a writable connection (FTS5 runs it as an INSERT command
that changes nothing); on a read-only connection that one check is skipped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from reader.core.models import body_text
from reader.core.serialize import blocks_from_json

_MAX_IDS_SHOWN = 10

# (what is wrong with each id the query returns, the query)
_ID_CHECKS: tuple[tuple[str, str], ...] = (
    (
        "article(s) without a text version",
        "SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_versions v WHERE v.article_id = a.id)",
    ),
    (
        "article(s) without their search index row",
        "SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM search s WHERE s.rowid = a.id * 4)",
    ),
    (
        "text version(s) of a missing article",
        "SELECT v.id FROM article_versions v WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = v.article_id)",
    ),
    (
        "highlight(s) of a missing article",
        "SELECT h.id FROM highlights h WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = h.article_id)",
    ),
    (
        "highlight(s) on a missing version or on another article's version",
        "SELECT h.id FROM highlights h WHERE NOT EXISTS"
        " (SELECT 1 FROM article_versions v WHERE v.id = h.version_id AND v.article_id = h.article_id)",
    ),
    (
        "highlight(s) without their search index row",
        "SELECT h.id FROM highlights h WHERE NOT EXISTS (SELECT 1 FROM search s WHERE s.rowid = h.id * 4 + 1)",
    ),
    (
        "highlight(s) whose search index row holds other words",
        "SELECT h.id FROM highlights h JOIN search s ON s.rowid = h.id * 4 + 1"
        " WHERE s.body IS NOT h.exact OR s.article_id IS NOT h.article_id",
    ),
    (
        "note(s) of a missing highlight",
        "SELECT n.id FROM notes n WHERE n.highlight_id IS NOT NULL"
        " AND NOT EXISTS (SELECT 1 FROM highlights h WHERE h.id = n.highlight_id)",
    ),
    (
        "note(s) of a missing article",
        "SELECT n.id FROM notes n WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = n.article_id)",
    ),
    (
        "note(s) filed under another article than their highlight's",
        "SELECT n.id FROM notes n JOIN highlights h ON h.id = n.highlight_id WHERE h.article_id != n.article_id",
    ),
    (
        "note(s) without their search index row",
        "SELECT n.id FROM notes n WHERE NOT EXISTS (SELECT 1 FROM search s WHERE s.rowid = n.id * 4 + 2)",
    ),
    (
        "note(s) whose search index row holds other text",
        "SELECT n.id FROM notes n JOIN search s ON s.rowid = n.id * 4 + 2"
        " WHERE s.body IS NOT n.body OR s.article_id IS NOT n.article_id",
    ),
    (
        "search index row(s) of a missing article, or filed under another article (rowids)",
        "SELECT s.rowid FROM search s WHERE s.rowid % 4 = 0"
        " AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = s.rowid / 4 AND a.id = s.article_id)",
    ),
    (
        "search index row(s) of a missing highlight (rowids)",
        "SELECT s.rowid FROM search s WHERE s.rowid % 4 = 1"
        " AND NOT EXISTS (SELECT 1 FROM highlights h WHERE h.id = s.rowid / 4)",
    ),
    (
        "search index row(s) of a missing note (rowids)",
        "SELECT s.rowid FROM search s WHERE s.rowid % 4 = 2"
        " AND NOT EXISTS (SELECT 1 FROM notes n WHERE n.id = s.rowid / 4)",
    ),
    (
        "search index row(s) of no known kind (rowids)",
        "SELECT s.rowid FROM search s WHERE s.rowid % 4 = 3 OR s.rowid < 0",
    ),
)


def check_invariants(conn: sqlite3.Connection) -> list[str]:
    """Everything found wrong with the library on `conn`, in words; empty when all is well."""
    problems: list[str] = []
    checks: tuple[Callable[[sqlite3.Connection], list[str]], ...] = (
        _integrity,
        _foreign_keys,
        _search_index,
        _related_rows,
        _highlight_offsets,
    )
    for check in checks:
        try:
            problems.extend(check(conn))
        except sqlite3.Error as exc:
            problems.append(f"{check.__doc__}: {exc}")
    return problems


def _integrity(conn: sqlite3.Connection) -> list[str]:
    """SQLite integrity check"""
    rows = [row[0] for row in conn.execute("PRAGMA integrity_check(50)")]
    return [] if rows == ["ok"] else [f"integrity check: {row}" for row in rows]


def _foreign_keys(conn: sqlite3.Connection) -> list[str]:
    """foreign key check"""
    return [
        f"foreign key: row {rowid} of {table} refers to a missing row of {parent}"
        for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check")
    ]


def _search_index(conn: sqlite3.Connection) -> list[str]:
    """search index check"""
    was_in_transaction = conn.in_transaction
    try:
        conn.execute("INSERT INTO search (search) VALUES ('integrity-check')")
    except sqlite3.OperationalError as exc:
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY" or "readonly" in str(exc):
            return []  # read-only connection: this check cannot run (see the module's docstring)
        return [f"search index: {exc}"]
    except sqlite3.DatabaseError as exc:
        return [f"search index: {exc}"]
    finally:
        # With the sqlite3 module's implicit transactions the INSERT opened one; end it (it wrote nothing).
        if conn.in_transaction and not was_in_transaction:
            conn.rollback()
    return []


def _related_rows(conn: sqlite3.Connection) -> list[str]:
    """article, highlight, note and index rows"""
    problems = []
    for what, sql in _ID_CHECKS:
        ids = [row[0] for row in conn.execute(sql)]
        if ids:
            problems.append(_describe(what, ids))
    return problems


def _highlight_offsets(conn: sqlite3.Connection) -> list[str]:
    """highlight offsets"""
    lengths: dict[int, int | None] = {}
    bad = []
    for highlight_id, version_id, start, end in conn.execute(
        # an orphan's offsets are where its words were, on no text: only placed highlights are checked
        "SELECT id, version_id, start, \"end\" FROM highlights WHERE status != 'orphaned' ORDER BY version_id, id"
    ).fetchall():
        if version_id not in lengths:
            row = conn.execute("SELECT body FROM article_versions WHERE id = ?", (version_id,)).fetchone()
            lengths[version_id] = None if row is None else len(body_text(blocks_from_json(row[0])))
        length = lengths[version_id]
        if length is not None and not 0 <= start < end <= length:
            bad.append(highlight_id)
    return [_describe("highlight(s) with offsets outside their version's text", bad)] if bad else []


def _describe(what: str, ids: list[int]) -> str:
    shown = ", ".join(str(i) for i in ids[:_MAX_IDS_SHOWN])
    more = f" and {len(ids) - _MAX_IDS_SHOWN} more" if len(ids) > _MAX_IDS_SHOWN else ""
    return f"{len(ids)} {what}: {shown}{more}"
