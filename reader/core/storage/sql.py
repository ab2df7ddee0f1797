"""Running SQL scripts inside the caller's transaction, and telling connections the schema changed.

Both the schema's migrations (storage/schema.py) and the search index's rebuild (search/index.py)
run scripts of several statements inside a transaction they hold; `sqlite3.executescript` would
commit it first.
"""

from __future__ import annotations

import sqlite3


def statements(script: str) -> list[str]:
    """A script's statements, one by one, for conn.execute inside a transaction."""
    found, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            found.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete SQL statement in script: {buffer.strip()[:60]!r}")
    return [s for s in found if s]


def bump_schema_cookie(conn: sqlite3.Connection) -> None:
    """After an edit of sqlite_schema: every connection re-reads the schema, and the new definition
    is checked to be one SQLite can parse (a bad edit raises here, inside the caller's transaction)."""
    cookie = conn.execute("PRAGMA schema_version").fetchone()[0]
    conn.execute(f"PRAGMA schema_version = {cookie + 1}")
    conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
