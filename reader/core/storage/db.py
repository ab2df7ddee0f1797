"""Opening a library database with the settings that keep it safe, and one-transaction writes."""

from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from pathlib import Path

from reader.core.errors import BatchLost, LibraryError, ReaderError
from reader.core.storage.schema import SCHEMA_VERSION, check_version, migrate

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000


def connect(path: Path | str) -> sqlite3.Connection:
    """Open (creating if needed) the library at `path` and bring its schema up to date. A library in
    a place Reader cannot write (a read-only folder or disk, a file without write permission) opens
    for reading: everything can be read and searched, and each write is refused in one line."""
    path = Path(path)
    if path.is_file() and not _writable(path):
        return _connect_read_only(path)
    try:
        return _connect(path)
    except LibraryError as exc:
        if path.is_file() and _read_only_error(exc):
            return _connect_read_only(path)
        raise


def _writable(path: Path) -> bool:
    """Whether the library and its folder (where SQLite keeps the -wal and -shm files) can be written."""
    try:
        fd, probe = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".probe", dir=path.parent)
        os.close(fd)
        os.unlink(probe)
        with path.open("r+b"):
            pass
        return True
    except OSError:
        return False


def _read_only_error(exc: BaseException) -> bool:
    text = str(exc).lower()
    return any(word in text for word in ("readonly", "read-only", "unable to open", "read only"))


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """The library opened for reading only. `immutable` lets SQLite read a WAL library without
    creating its -shm file (which a read-only folder cannot hold); nobody can write it meanwhile."""
    try:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, isolation_level=None, check_same_thread=False
        )
        current = check_version(conn)
        if current < SCHEMA_VERSION:
            conn.close()
            raise LibraryError(
                "the library at {path} needs an update to this version of Reader, and it cannot be written"
                " where it is (a read-only folder or disk)",
                path=path,
            )
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        raise LibraryError("cannot open the library at {path}: {reason}", path=path, reason=exc) from exc
    log.info("library %s opened read-only", path)
    return conn


def read_only(conn: sqlite3.Connection) -> bool:
    return bool(conn.execute("PRAGMA query_only").fetchone()[0])


def _connect(path: Path) -> sqlite3.Connection:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    except (OSError, sqlite3.Error) as exc:
        raise LibraryError("cannot open the library at {path}: {reason}", path=path, reason=exc) from exc
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
        raise LibraryError("cannot open the library at {path}: {reason}", path=path, reason=exc) from exc
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
            mode: str = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            return mode
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


# SQLite's words for a statement that is wrong in itself, whatever the state of the disk: Reader's bug.
_BAD_SQL = (
    "no such table",
    "no such column",
    "no such function",
    "has no column named",
    "syntax error",
    'near "',
    "incomplete input",
    "wrong number of arguments",
    "bad parameter",
    "misuse",
    "values for",
    "unrecognized token",
)


def is_bug(exc: BaseException) -> bool:
    """Whether a failed write is a bug in Reader (bad SQL, a closed connection, parameters of the wrong
    kind), not the library's or the disk's state. A bug is raised as it is, to be logged with its
    traceback and shown by the crash dialog; the user cannot act on "the library could not save the
    change" when the change itself was wrong."""
    if isinstance(exc, (sqlite3.ProgrammingError, sqlite3.InterfaceError, sqlite3.NotSupportedError)):
        return True
    return isinstance(exc, sqlite3.OperationalError) and any(words in str(exc) for words in _BAD_SQL)


@contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One user action, one transaction: BEGIN IMMEDIATE so the write lock is taken up front.
    Inside a `Batch`'s open transaction the action is a savepoint instead: still all or nothing."""
    if conn.in_transaction:
        yield from _savepoint(conn)
        return
    if read_only(conn):
        raise LibraryError(
            "the library is read-only here (its folder or disk cannot be written): "
            "it can be read and searched, not changed"
        )
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise LibraryError("the library cannot be written: {reason}", reason=exc) from exc
    try:
        yield conn
    except (sqlite3.Error, MemoryError) as exc:
        _rollback(conn)
        if is_bug(exc):
            raise
        raise LibraryError("the library could not save the change: {reason}", reason=_reason(exc)) from exc
    except BaseException:
        _rollback(conn)
        raise
    try:
        conn.execute("COMMIT")
    except (sqlite3.Error, MemoryError) as exc:
        _rollback(conn)
        raise LibraryError("the library could not save the change: {reason}", reason=_reason(exc)) from exc


def _reason(exc: BaseException) -> str:
    """SQLite's "out of memory" comes as a MemoryError with no words (a damaged page of the search
    index can claim a size no allocation holds: `reader repair` rebuilds the index)."""
    return str(exc) or "out of memory"


def _savepoint(conn: sqlite3.Connection, name: str = "unit") -> Iterator[sqlite3.Connection]:
    conn.execute(f"SAVEPOINT {name}")
    try:
        yield conn
    except BaseException as exc:
        if conn.in_transaction:  # else SQLite has rolled back the whole transaction already
            try:
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
            except sqlite3.Error:
                log.exception("rollback to savepoint failed")
        if isinstance(exc, (sqlite3.Error, MemoryError)) and not is_bug(exc):
            raise LibraryError("the library could not save the change: {reason}", reason=_reason(exc)) from exc
        raise
    conn.execute(f"RELEASE {name}")


_savepoint_block = contextmanager(_savepoint)


class Batch:
    """Many actions in few transactions, for bulk work such as importing a folder.

    Each action is a `unit()`: a savepoint inside the batch's transaction (opened by the first unit),
    so a failed action leaves no trace. After a unit, the batch commits once `every` seconds have
    passed since its transaction began; `commit()` commits now. A bulk import so pays for one sync to
    disk per batch instead of per article; other writers wait at most about `every` seconds.

    Work that is cheaper done once per batch is `defer`red to just before the commit: full-text
    indexing, because FTS5 writes its pending index to disk at every savepoint (measured: 0.44 ms
    per article indexed inside savepoints, 0.08 ms indexed together). A unit that fails drops what it
    deferred. If the commit fails, or SQLite gives up the whole transaction (as it may on a full disk
    or an I/O error), or the process dies, everything since the last commit is lost together, and
    `BatchLost` names the units that were: those that wrote something."""

    def __init__(self, conn: sqlite3.Connection, every: float = 0.25) -> None:
        self._conn = conn
        self.every = every
        self._began = 0.0
        self._open = False  # the batch's own transaction is open (not another writer's)
        self._units = 0  # units so far, to number them
        self._done: list[tuple[int, str]] = []  # the units that wrote since the last commit
        self._deferred: dict[Hashable, Callable[[sqlite3.Connection], None]] = {}
        self.on_commit: Callable[[], object] | None = None  # told when what came before is on disk

    @property
    def open(self) -> bool:
        return self._open and self._conn.in_transaction

    @contextmanager
    def unit(self, label: str) -> Iterator[int]:
        """One action of the batch, all or nothing; yields its number (see BatchLost.units)."""
        self._check_transaction()
        if not self._open:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise LibraryError("the library cannot be written: {reason}", reason=exc) from exc
            self._open, self._began = True, time.monotonic()
        self._units += 1
        number, deferred, changes = self._units, dict(self._deferred), self._conn.total_changes
        try:
            with _savepoint_block(self._conn, "batch_unit"):
                yield number
        except BaseException as exc:
            self._deferred = deferred
            if not self._conn.in_transaction:  # SQLite rolled back the whole transaction, not just this unit
                self._lose(exc, [*self._done, (number, label)])
            raise
        if self._conn.total_changes != changes:
            self._done.append((number, label))
        if time.monotonic() - self._began >= self.every:
            self.commit()

    def defer(self, key: Hashable, work: Callable[[sqlite3.Connection], None]) -> None:
        """Do `work` once, just before the batch commits; a later `work` with the same key replaces it."""
        if not self.open:
            raise RuntimeError("defer() outside the batch's transaction")
        self._deferred[key] = work

    def commit(self) -> None:
        self._check_transaction()
        if not self._open:
            return
        try:
            for work in self._deferred.values():
                work(self._conn)
            self._conn.execute("COMMIT")
        except BaseException as exc:
            _rollback(self._conn)
            self._lose(exc, self._done)
            raise
        self._open, self._done, self._deferred = False, [], {}
        if self.on_commit is not None:
            self.on_commit()

    def _check_transaction(self) -> None:
        if self._open and not self._conn.in_transaction:  # ended behind the batch's back
            self._lose(LibraryError("the transaction was rolled back"), self._done)

    def _lose(self, exc: BaseException, lost: list[tuple[int, str]]) -> None:
        """Forget the batch's transaction; raise BatchLost for a failure of the library (not for,
        say, Ctrl+C, which goes on as it is)."""
        self._open, self._done, self._deferred = False, [], {}
        if isinstance(exc, (sqlite3.Error, MemoryError, ReaderError)):
            cause = exc.__cause__ if isinstance(exc, LibraryError) and exc.__cause__ is not None else exc
            reason = _reason(cause)
            raise BatchLost(
                "not stored, with the {count} article(s) of its batch: the library could not be written"
                " ({reason}); import it again",
                [label for _n, label in lost],
                {n for n, _label in lost},
                count=len(lost),
                reason=reason,
            ) from exc


def _rollback(conn: sqlite3.Connection) -> None:
    if conn.in_transaction:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            log.exception("rollback failed")
