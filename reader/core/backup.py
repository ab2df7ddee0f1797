"""Backups of the library file, putting one back, and a read-only health check.

A backup is made with SQLite's online backup API, so it is a consistent snapshot even while the
window has the library open. It is written under a temporary name, checked with PRAGMA
integrity_check, flushed to disk and renamed into place; only then are older backups pruned, so a
failed backup never costs a good one. Backups live in a `backups` folder beside the library, named
`<library stem>.backup-YYYYMMDD-HHMMSS.sqlite3` (local time; `-N` is added when two fall in the
same second).

Restoring never deletes the current library: it is moved aside, with its -wal and -shm files, as
`<library name>.damaged-YYYYMMDD-HHMMSS`, and the backup is copied into its place. Close every
connection to the library before restoring.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import cast

from reader.core.durable import fsync_folder
from reader.core.errors import LibraryError
from reader.core.storage.db import BUSY_TIMEOUT_MS
from reader.core.storage.schema import SCHEMA_VERSION

log = logging.getLogger(__name__)

BACKUP_FOLDER = "backups"
DEFAULT_KEEP = 7
STALE_TEMP_SECONDS = 3600.0

_STAMP = "%Y%m%d-%H%M%S"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_SIDE_FILES = ("-wal", "-shm", "-journal")
_READER_TABLES = {"articles", "article_versions", "highlights", "notes", "tags", "article_tags", "meta"}
# Temporaries: `<backup name>.<pid>.tmp` while a backup is written, `<library name>.restoring.<pid>.tmp`
# while a backup is copied into place; SQLite may add its own -journal to the former.
_TEMP = re.compile(r"^.+\.(?:backup-\d{8}-\d{6}(?:-\d+)?\.sqlite3|restoring)\.(\d+)\.tmp(?:-journal|-wal|-shm)?$")


# -- making backups -------------------------------------------------------------------------------


def backup_now(library_path: Path | str, *, folder: Path | str | None = None, keep: int = DEFAULT_KEEP) -> Path:
    """Back the library up now and keep only the newest `keep` backups; returns the new backup.

    Raises LibraryError when there is nothing to back up, the backup cannot be written, or the copy
    fails its integrity check (then the library itself is probably damaged; no backup is pruned)."""
    if keep < 1:
        raise ValueError("keep at least one backup")
    library_path = Path(library_path)
    if not library_path.is_file():
        raise LibraryError("there is no library at {library_path} to back up", library_path=library_path)
    target_dir = backup_folder(library_path, folder)
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        final = _free_name(target_dir, library_path.stem)
    except OSError as exc:
        raise LibraryError(
            "cannot use the backup folder {target_dir}: {reason}", target_dir=target_dir, reason=exc
        ) from exc
    temp = final.with_name(f"{final.name}.{os.getpid()}.tmp")
    try:
        _copy_database(library_path, temp)
        problem = _integrity_problem(temp)
        if problem is not None:
            raise LibraryError(
                "the backup of {name} is damaged ({problem}); the library itself may be damaged, so no older"
                " backup was removed",
                name=library_path.name,
                problem=problem,
            )
        _fsync_file(temp)
        os.replace(temp, final)
        fsync_folder(target_dir)
    except OSError as exc:
        raise LibraryError(
            "cannot write a backup to {target_dir}: {reason}", target_dir=target_dir, reason=exc
        ) from exc
    finally:
        for leftover in (temp, Path(f"{temp}-journal")):
            _remove_quietly(leftover)
    log.info("backed up %s to %s", library_path, final)
    # The new backup is kept even when a clock set back makes its name sort below older ones.
    for old in [b for b in list_backups(library_path, folder=folder) if b != final][keep - 1 :]:
        _remove_quietly(old)
    return final


def backup_before_migration(
    path: Path | str, *, folder: Path | str | None = None, keep: int = DEFAULT_KEEP
) -> Path | None:
    """Back up a library that is about to be migrated: when the file is not empty and its schema is
    older than this Reader's. Returns the backup, or None when none was needed. Call it before
    `storage.db.connect`; a LibraryError means the migration should not go ahead."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        conn = _open_readonly(path)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except (OSError, sqlite3.Error) as exc:
        raise LibraryError("cannot read the library at {path} to back it up: {reason}", path=path, reason=exc) from exc
    if version >= SCHEMA_VERSION:
        return None
    log.info("library %s has schema %s; backing it up before migrating to %s", path, version, SCHEMA_VERSION)
    return backup_now(path, folder=folder, keep=keep)


def daily_backup_due(library_path: Path | str, *, folder: Path | str | None = None, today: date | None = None) -> bool:
    """True when the library has data and no backup of it was made today (local time)."""
    library_path = Path(library_path)
    if not library_path.is_file() or library_path.stat().st_size == 0:
        return False
    day = (today or date.today()).strftime("%Y%m%d")
    pattern = _backup_pattern(library_path)
    backups = list_backups(library_path, folder=folder)  # only names the pattern matches
    return not any(cast("re.Match[str]", pattern.match(b.name)).group(1) == day for b in backups)


# -- finding and restoring backups ------------------------------------------------------------------


def backup_folder(library_path: Path | str, folder: Path | str | None = None) -> Path:
    """Where the library's backups go: `folder` if given, else `backups` beside the library."""
    return Path(folder) if folder is not None else Path(library_path).parent / BACKUP_FOLDER


def list_backups(library_path: Path | str, *, folder: Path | str | None = None) -> list[Path]:
    """The library's backups, newest first."""
    library_path = Path(library_path)
    target_dir = backup_folder(library_path, folder)
    pattern = _backup_pattern(library_path)
    found = []
    try:
        entries = list(target_dir.iterdir())
    except OSError:
        return []
    for entry in entries:
        m = pattern.match(entry.name)
        if m and entry.is_file():
            found.append(((m.group(1), m.group(2), int(m.group(3) or 0)), entry))
    return [entry for _key, entry in sorted(found, reverse=True)]


def latest_good_backup(library_path: Path | str, *, folder: Path | str | None = None) -> Path | None:
    """The newest backup that passes `check_library`, or None."""
    for candidate in list_backups(library_path, folder=folder):
        problem = check_library(candidate)
        if problem is None:
            return candidate
        log.warning("backup %s is not usable: %s", candidate, problem)
    return None


def restore(library_path: Path | str, backup_file: Path | str) -> Path | None:
    """Put a backup in the library's place. The current library (and its -wal, -shm and -journal) is
    moved aside, never deleted; returns where it went, or None when there was no library file."""
    library_path, backup_file = Path(library_path), Path(backup_file)
    if not backup_file.is_file():
        raise LibraryError("there is no backup at {backup_file}", backup_file=backup_file)
    problem = check_library(backup_file)
    if problem is not None:
        raise LibraryError("the backup {name} cannot be restored: {problem}", name=backup_file.name, problem=problem)
    if backup_file.stat().st_size == 0:
        raise LibraryError("the backup {name} cannot be restored: it is empty", name=backup_file.name)
    if library_path.exists() and library_path.resolve() == backup_file.resolve():
        raise LibraryError("a backup cannot be restored onto itself")
    temp = library_path.with_name(f"{library_path.name}.restoring.{os.getpid()}.tmp")
    aside = None
    try:
        library_path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(backup_file, temp)
        _fsync_file(temp)
        aside = _move_aside(library_path)
        os.replace(temp, library_path)
        fsync_folder(library_path.parent)
    except OSError as exc:
        if aside is not None:
            raise LibraryError(
                "cannot restore {name} to {library_path}: {reason}; the previous library is kept as {aside}",
                name=backup_file.name,
                library_path=library_path,
                reason=exc,
                aside=aside,
            ) from exc
        raise LibraryError(
            "cannot restore {name} to {library_path}: {reason}",
            name=backup_file.name,
            library_path=library_path,
            reason=exc,
        ) from exc
    finally:
        _remove_quietly(temp)
    log.warning("restored %s from %s; the previous file was moved to %s", library_path, backup_file, aside)
    return aside


def clean_stale_temp_files(folder: Path | str, *, older_than: float = STALE_TEMP_SECONDS) -> list[Path]:
    """Remove temporaries left in `folder` by an interrupted backup or restore: those whose process
    is gone, and any older than `older_than` seconds. Returns what was removed."""
    removed = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return []
    now = datetime.now().timestamp()
    for entry in entries:
        m = _TEMP.match(entry.name)
        if not m or not entry.is_file():
            continue
        try:
            age = now - entry.stat().st_mtime
        except OSError:
            continue
        pid = int(m.group(1))
        if age > older_than or (pid != os.getpid() and not _process_alive(pid)):
            if _remove_quietly(entry):
                removed.append(entry)
    return removed


# -- checking ---------------------------------------------------------------------------------------


def check_library(path: Path | str, *, quick: bool = False) -> LibraryError | None:
    """None when the library file is fine, else the problem in plain words (an error, not raised).
    Reads only: the file is opened read-only and never modified. A file that does not exist yet, or is empty, is fine
    (opening it makes a new library).

    It reads the whole file: about 2.5 s for a 1.2 GB library of 100,000 articles with a warm disk
    cache (quick=True runs PRAGMA quick_check instead: about 1.5 s, and it does not check that
    indexes match their tables). The search index's own check needs a writable connection; see
    `invariants.check_invariants`."""
    path = Path(path)
    if not path.exists():
        return None
    if path.is_dir():
        return LibraryError("not a Reader library: {path} is a folder", path=path)
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            header = f.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        return LibraryError("the library file cannot be read: {reason}", reason=exc)
    if size == 0:
        return None
    if header != _SQLITE_MAGIC:
        return LibraryError("not a Reader library: {name} is not an SQLite database", name=path.name)
    try:
        conn = _open_readonly(path)
    except sqlite3.Error as exc:
        return _describe(exc)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            return LibraryError(
                "this library was written by a newer version of Reader (schema {current}; this version knows up to"
                " {known}); update Reader to open it",
                current=version,
                known=SCHEMA_VERSION,
            )
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if version == 0 and tables:
            return LibraryError("not a Reader library: {name} is an SQLite database of another program", name=path.name)
        if version > 0 and not _READER_TABLES <= tables:
            missing = ", ".join(sorted(_READER_TABLES - tables))
            return LibraryError("not a Reader library: {name} has no {missing} table", name=path.name, missing=missing)
        problem = _integrity_problem_of(conn, quick=quick)
    except sqlite3.Error as exc:
        return _describe(exc)
    finally:
        conn.close()
    return None if problem is None else LibraryError("the library file is damaged: {reason}", reason=problem)


def _describe(exc: sqlite3.Error) -> LibraryError:
    if isinstance(exc, sqlite3.OperationalError) and ("unable to open" in str(exc) or "locked" in str(exc)):
        return LibraryError("the library file cannot be read: {reason}", reason=exc)
    return LibraryError("the library file is damaged: {reason}", reason=exc)


def _integrity_problem(path: Path) -> str | None:
    try:
        conn = _open_readonly(path)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        return _integrity_problem_of(conn)
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()


def _integrity_problem_of(conn: sqlite3.Connection, *, quick: bool = False) -> str | None:
    rows = [row[0] for row in conn.execute(f"PRAGMA {'quick_check' if quick else 'integrity_check'}(20)")]
    if rows == ["ok"]:
        return None
    return "; ".join(rows[:3]) + (f" (and {len(rows) - 3} more)" if len(rows) > 3 else "")


# -- files ------------------------------------------------------------------------------------------


def _open_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection that leaves the file as it is. A WAL-mode file without a -wal file is
    closed and complete, so it is opened immutable: SQLite then creates no -wal or -shm beside it
    (which a read-only folder would not even allow)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    with path.open("rb") as f:
        header = f.read(20)
    if header[18:20] == b"\x02\x02" and not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)


def _copy_database(source: Path, target: Path) -> None:
    try:
        src = _open_readonly(source)
    except (OSError, sqlite3.Error) as exc:
        raise LibraryError(
            "cannot read the library at {source} to back it up: {reason}", source=source, reason=exc
        ) from exc
    try:
        dst = sqlite3.connect(target, isolation_level=None)
        try:
            src.backup(dst)
            # The copy keeps the source's WAL flag; a backup is a single closed file, so clear it.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    except sqlite3.Error as exc:
        raise LibraryError("cannot back up the library at {source}: {reason}", source=source, reason=exc) from exc
    finally:
        src.close()


def _backup_pattern(library_path: Path) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(library_path.stem)}\.backup-(\d{{8}})-(\d{{6}})(?:-(\d+))?\.sqlite3$")


def _free_name(folder: Path, stem: str) -> Path:
    """A new backup's name: now, numbered after any backup already made in the same second."""
    stamp = datetime.now().strftime(_STAMP)
    pattern = re.compile(rf"^{re.escape(stem)}\.backup-{stamp}(?:-(\d+))?\.sqlite3(?:\..*)?$")
    taken = [int(m.group(1) or 1) for entry in folder.iterdir() if (m := pattern.match(entry.name))]
    if not taken:
        return folder / f"{stem}.backup-{stamp}.sqlite3"
    return folder / f"{stem}.backup-{stamp}-{max(taken) + 1}.sqlite3"


def _move_aside(library_path: Path) -> Path | None:
    present = [s for s in ("", *_SIDE_FILES) if Path(f"{library_path}{s}").exists()]
    if not present:
        return None
    base = f"{library_path.name}.damaged-{datetime.now().strftime(_STAMP)}"
    aside, n = library_path.with_name(base), 1
    while any(Path(f"{aside}{s}").exists() for s in ("", *_SIDE_FILES)):
        n += 1
        aside = library_path.with_name(f"{base}-{n}")
    # The main file first, then its side files: a -wal or -journal left beside a new main file
    # would be replayed into it.
    for suffix in present:
        os.replace(f"{library_path}{suffix}", f"{aside}{suffix}")
    return aside


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as f:
        os.fsync(f.fileno())


def _remove_quietly(path: Path) -> bool:
    try:
        path.unlink()
        return True
    except FileNotFoundError:
        return False
    except OSError as exc:
        log.warning("cannot remove %s: %s", path, exc)
        return False


def _process_alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # no cheap, safe check; the age limit decides
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
