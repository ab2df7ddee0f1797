"""Opening a library database with the settings that keep it safe, and one-transaction writes."""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from reader.core.errors import LibraryError
from reader.core.storage.schema import check_version, migrate

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000


def connect(path: Path | str) -> sqlite3.Connection:
    """Open (creating if needed) the library at `path` and bring its schema up to date."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False,
                               timeout=BUSY_TIMEOUT_MS / 1000)
    except (OSError, sqlite3.Error) as exc:
        raise LibraryError(f"cannot open the library at {path}: {exc}") from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        check_version(conn)  # before anything that could write to a file we must not touch
        conn.execute("PRAGMA foreign_keys = ON")
        mode = _set_wal(conn)
        if mode.lower() != "wal":
            log.warning("library %s runs in journal mode %s, not WAL", path, mode)
        conn.execute("PRAGMA synchronous = FULL")
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise LibraryError(f"cannot open the library at {path}: {exc}") from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _set_wal(conn: sqlite3.Connection) -> str:
    """Switch to WAL. While another connection is creating the same file the switch can report
    "database is locked" without waiting on the busy timeout, so wait and try again."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            return conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


@contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One user action, one transaction: BEGIN IMMEDIATE so the write lock is taken up front.
    Inside a `Batch`'s open transaction the action is a savepoint instead: still all or nothing."""
    if conn.in_transaction:
        yield from _savepoint(conn)
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise LibraryError(f"the library cannot be written: {exc}") from exc
    try:
        yield conn
    except sqlite3.Error as exc:
        _rollback(conn)
        raise LibraryError(f"the library could not save the change: {exc}") from exc
    except BaseException:
        _rollback(conn)
        raise
    try:
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        _rollback(conn)
        raise LibraryError(f"the library could not save the change: {exc}") from exc


def _savepoint(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    conn.execute("SAVEPOINT unit")
    try:
        yield conn
    except BaseException as exc:
        try:
            conn.execute("ROLLBACK TO unit")
            conn.execute("RELEASE unit")
        except sqlite3.Error:
            log.exception("rollback to savepoint failed")
        if isinstance(exc, sqlite3.Error):
            raise LibraryError(f"the library could not save the change: {exc}") from exc
        raise
    conn.execute("RELEASE unit")


class Batch:
    """Many actions in few transactions, for bulk work such as importing a folder.

    `begin()` before an action opens a transaction if none is open; each action inside it is its own
    savepoint (see `write_transaction`), so a failed one leaves no trace. `step()` after an action
    commits once `every` seconds have passed since the transaction began, and `commit()` commits now.
    A bulk import so pays for one sync to disk and one full-text segment per batch instead of per
    article, other writers wait at most about `every` seconds, and if the process dies, only the
    actions of the open batch are lost, together."""

    def __init__(self, conn: sqlite3.Connection, every: float = 0.25) -> None:
        self._conn = conn
        self.every = every
        self._began = 0.0
        self.on_commit: Callable[[], object] | None = None  # told when what came before is on disk

    def begin(self) -> None:
        if not self._conn.in_transaction:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise LibraryError(f"the library cannot be written: {exc}") from exc
            self._began = time.monotonic()

    def step(self) -> None:
        if self._conn.in_transaction and time.monotonic() - self._began >= self.every:
            self.commit()

    def commit(self) -> None:
        if self._conn.in_transaction:
            try:
                self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                _rollback(self._conn)
                raise LibraryError(f"the library could not save the imported articles: {exc}") from exc
            if self.on_commit is not None:
                self.on_commit()


def _rollback(conn: sqlite3.Connection) -> None:
    if conn.in_transaction:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            log.exception("rollback failed")
