"""The team library's PostgreSQL side: its schema (created and migrated by Reader, versioned), the
rights a member needs, and the two things a replica does with it: push changes, pull changes.

The server keeps one append-only table of changes. A change's id (made on the computer where it
happened) is unique, so pushing it twice stores it once; its author is the database role that
pushed it; `seq` orders the pulls. Pushes take one advisory lock for their transaction, so
sequence numbers are handed out in commit order and a pull never skips a change that commits late.
A password is never kept in Reader's files: `passwords.py` keeps it in the system keyring, or
libpq reads it from ~/.pgpass, a service file or PGPASSWORD.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any
from urllib.parse import SplitResult, unquote, urlsplit, urlunsplit

import psycopg
from psycopg import errors as pg_errors

from reader.core.errors import TeamError
from reader.core.team import TEAM_SCHEMA
from reader.core.team.replica import Change

PUSH_LOCK = 7_270_318  # the advisory lock pushes serialise on
CHANNEL = "reader_changes"

SCHEMA = [
    "CREATE TABLE reader_schema (version integer NOT NULL)",
    f"INSERT INTO reader_schema (version) VALUES ({TEAM_SCHEMA})",
    """CREATE TABLE reader_changes (
        seq     bigserial PRIMARY KEY,
        id      text NOT NULL UNIQUE,
        entity  text NOT NULL,
        gid     text NOT NULL,
        op      text NOT NULL CHECK (op IN ('put', 'delete')),
        body    jsonb,
        author  name NOT NULL DEFAULT current_user,
        display text NOT NULL DEFAULT '',
        at      timestamptz NOT NULL DEFAULT now()
    )""",
    "CREATE INDEX reader_changes_entity ON reader_changes (entity, gid)",
    """CREATE TABLE reader_members (
        role          name PRIMARY KEY DEFAULT current_user,
        display_name  text NOT NULL
    )""",
    f"""CREATE FUNCTION reader_notify() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM pg_notify('{CHANNEL}', NEW.seq::text); RETURN NULL; END $$""",
    """CREATE TRIGGER reader_changes_notify AFTER INSERT ON reader_changes
        FOR EACH ROW EXECUTE FUNCTION reader_notify()""",
    "DO $$ BEGIN CREATE ROLE reader_team NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$",
    "GRANT SELECT ON reader_schema TO reader_team",
    "GRANT SELECT, INSERT ON reader_changes TO reader_team",
    "GRANT USAGE ON SEQUENCE reader_changes_seq_seq TO reader_team",
    "GRANT SELECT, INSERT, UPDATE ON reader_members TO reader_team",
]

MEMBER_SQL = "GRANT reader_team TO {role};"


def _split(url: str) -> SplitResult:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - a port that is no number raises here
    except ValueError:
        raise TeamError("{url} is not a PostgreSQL address (postgresql://USER@HOST/DATABASE)", url=url[:200]) from None
    return parts


def password_in(url: str) -> str | None:
    """The password written in the address itself, if any."""
    password = _split(url).password
    return unquote(password) if password is not None else None


def without_password(url: str) -> str:
    """The server's address as Reader keeps it: never with a password in it."""
    parts = _split(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = (parts.username or "") + "@" + host + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def connect(url: str, *, timeout: int = 10, password: str | None = None) -> psycopg.Connection[Any]:
    """A connection to the team's database, or TeamError saying why not in words (`password`: for
    this connection only; otherwise the one the system keyring keeps for it, or libpq finds it in
    ~/.pgpass, a service file or PGPASSWORD)."""
    if _split(url).scheme not in ("postgresql", "postgres"):
        raise TeamError(
            "a team library's address starts with postgresql://, not {url}", url=without_password(url)[:200]
        )
    if not password and _split(url).password is None:
        from reader.core.team import passwords

        password = passwords.find(url)
    try:
        if password:
            return psycopg.connect(
                url, connect_timeout=timeout, autocommit=False, application_name="Reader", password=password
            )
        return psycopg.connect(url, connect_timeout=timeout, autocommit=False, application_name="Reader")
    except psycopg.OperationalError as exc:
        reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        raise TeamError(
            "cannot reach the team library at {url}: {reason}", url=without_password(url), reason=reason
        ) from exc


@contextmanager
def _in_words(conn: psycopg.Connection[Any]) -> Iterator[None]:
    """The server's refusals and a lost connection, as TeamErrors that say what to do."""
    try:
        yield
    except pg_errors.InsufficientPrivilege as exc:
        if not conn.closed:
            conn.rollback()
        raise _no_rights(conn) from exc
    except psycopg.OperationalError as exc:
        reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        raise TeamError(
            "the connection to the team library was lost ({reason}); nothing is lost here", reason=reason
        ) from exc


def prepare(conn: psycopg.Connection[Any]) -> int:
    """Create the schema in an empty database, or check the one there: the schema's version."""
    with _in_words(conn):
        row = conn.execute("SELECT to_regclass('reader_schema') IS NOT NULL").fetchone()
        if row is not None and row[0]:
            version_row = conn.execute("SELECT max(version) FROM reader_schema").fetchone()
            version = int(version_row[0]) if version_row and version_row[0] is not None else 0
            conn.rollback()
            if version > TEAM_SCHEMA:
                raise TeamError(
                    "this team library was set up by a newer Reader (schema {version}; this Reader knows "
                    "{known}): update Reader to use it",
                    version=version,
                    known=TEAM_SCHEMA,
                )
            return version
        for statement in SCHEMA:
            conn.execute(statement.encode())
        conn.commit()
        return TEAM_SCHEMA


def _no_rights(conn: psycopg.Connection[Any]) -> TeamError:
    user = conn.info.user
    return TeamError(
        "the database user {user} has no rights to this team library: ask its administrator to run "
        "GRANT reader_team TO {user};",
        user=user,
    )


def join(conn: psycopg.Connection[Any], display_name: str) -> None:
    """Record the member's display name (checks the rights to read and write, too)."""
    with _in_words(conn):
        conn.execute("SELECT 1 FROM reader_changes LIMIT 1")
        conn.execute(
            "INSERT INTO reader_members (display_name) VALUES (%s) "
            "ON CONFLICT (role) DO UPDATE SET display_name = excluded.display_name",
            (display_name,),
        )
        conn.commit()


def push(conn: psycopg.Connection[Any], changes: Sequence[Change], display_name: str) -> None:
    """Store changes in one transaction; those the server has already (a push tried again) are kept
    once. Each carries the name its maker goes by, besides the database role that pushed it."""
    with _in_words(conn), conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (PUSH_LOCK,))
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO reader_changes (id, entity, gid, op, body, display) VALUES (%s, %s, %s, %s, %s, %s) "
                "ON CONFLICT (id) DO NOTHING",
                [
                    (
                        c.id,
                        c.entity,
                        c.gid,
                        c.op,
                        None if c.body is None else json.dumps(c.body, ensure_ascii=False),
                        display_name,
                    )
                    for c in changes
                ],
            )


def pull(conn: psycopg.Connection[Any], after: int, limit: int) -> list[Change]:
    """The changes after sequence number `after`, oldest first, with who made each (display name)."""
    with _in_words(conn):
        rows = conn.execute(
            "SELECT c.seq, c.id, c.entity, c.gid, c.op, c.body, "
            "coalesce(nullif(c.display, ''), m.display_name, c.author::text) "
            "FROM reader_changes c LEFT JOIN reader_members m ON m.role = c.author "
            "WHERE c.seq > %s ORDER BY c.seq LIMIT %s",
            (after, limit),
        ).fetchall()
        conn.commit()
    return [Change(r[1], r[2], r[3], r[4], r[5], author=r[6], seq=int(r[0])) for r in rows]
