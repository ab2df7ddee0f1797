"""Backups, restore, the read-only health check, and libraries that cannot be written."""

from __future__ import annotations

import errno
import os
import random
import re
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from reader.core import backup
from reader.core.errors import LibraryError
from reader.core.invariants import check_invariants
from reader.core.library import Library
from reader.core.storage import schema
from reader.core.storage.db import connect
from tests.reliability.crash_child import article_markdown

NAME = re.compile(r"^library\.backup-\d{8}-\d{6}(-\d+)?\.sqlite3$")


def _import(lib: Library, folder: Path, title: str, seed: int):
    path = folder / f"{title}.md"
    path.write_text(article_markdown(title, random.Random(seed)), encoding="utf-8")
    return lib.import_file(path)


def _annotate(lib: Library, article_id: int, tag: str) -> None:
    text = lib.get(article_id).content.text
    lib.annotations.add(article_id, 0, text.index(" "), "red", f"note {tag} — café 🙂")
    lib.annotations.add(article_id, text.index(" ") + 1, text.index(" ") + 6, "blue")
    lib.annotations.set_article_note(article_id, f"article note {tag}")


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "inputs"
    folder.mkdir()
    return folder


@pytest.fixture
def library_path(tmp_path: Path, inputs: Path) -> Path:
    """A closed library with three annotated articles."""
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as lib:
        for i in range(3):
            _annotate(lib, _import(lib, inputs, f"Article {i}", i).id, str(i))
    return path


def snapshot(path: Path) -> dict[str, list[tuple]]:
    """Everything a user made, read without changing the file."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {
            "articles": conn.execute("SELECT id, title FROM articles ORDER BY id").fetchall(),
            "versions": conn.execute("SELECT id, article_id, text_hash FROM article_versions ORDER BY id").fetchall(),
            "highlights": conn.execute(
                'SELECT id, article_id, start, "end", color, exact FROM highlights ORDER BY id'
            ).fetchall(),
            "notes": conn.execute("SELECT id, article_id, highlight_id, body FROM notes ORDER BY id").fetchall(),
        }
    finally:
        conn.close()


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def corrupt(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "truncate":
        path.write_bytes(bytes(data[: len(data) // 2]))
        return
    rng = random.Random(5)
    middle = len(data) // 2
    data[middle : middle + 3 * 4096] = bytes(rng.randrange(256) for _ in range(3 * 4096))
    path.write_bytes(bytes(data))


def integrity(path: Path) -> list[str]:
    conn = connect(path)
    try:
        return check_invariants(conn)
    finally:
        conn.close()


# -- making backups -------------------------------------------------------------------------------


def test_a_backup_is_a_checked_closed_copy_beside_the_library(library_path: Path) -> None:
    made = backup.backup_now(library_path)
    assert made.parent == library_path.parent / "backups"
    assert NAME.match(made.name)
    assert sorted(p.name for p in made.parent.iterdir()) == [made.name]  # no -wal, -journal or temporary
    assert made.read_bytes()[18:20] == b"\x01\x01"  # a rollback-journal file, not WAL
    assert backup.check_library(made) is None
    assert snapshot(made) == snapshot(library_path)
    assert backup.list_backups(library_path) == [made]


def test_a_backup_of_an_open_library_has_every_committed_write(library_path: Path, tmp_path: Path) -> None:
    with Library.open(library_path) as lib:
        article_id = lib.article_ids()[0]
        lib.annotations.set_article_note(article_id, "written just before the backup")
        assert Path(f"{library_path}-wal").stat().st_size > 0  # the change is still in the WAL
        made = backup.backup_now(library_path, folder=tmp_path / "elsewhere")
    assert made.parent == tmp_path / "elsewhere"
    notes = [body for _id, a, h, body in snapshot(made)["notes"] if a == article_id and h is None]
    assert notes == ["written just before the backup"]


def test_only_the_newest_backups_are_kept(library_path: Path) -> None:
    made = [backup.backup_now(library_path, keep=3) for _ in range(5)]
    assert backup.list_backups(library_path) == made[::-1][:3]
    assert sorted(p.name for p in (library_path.parent / "backups").iterdir()) == sorted(p.name for p in made[2:])
    with pytest.raises(ValueError):
        backup.backup_now(library_path, keep=0)


def test_a_damaged_library_is_not_backed_up_and_no_backup_is_pruned(library_path: Path) -> None:
    good = backup.backup_now(library_path, keep=1)
    corrupt(library_path, "garbage")
    with pytest.raises(LibraryError, match="damaged"):
        backup.backup_now(library_path, keep=1)
    assert sorted((library_path.parent / "backups").iterdir()) == [good]


def test_no_library_no_backup(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="no library"):
        backup.backup_now(tmp_path / "missing.sqlite3")
    assert backup.list_backups(tmp_path / "missing.sqlite3") == []
    assert backup.latest_good_backup(tmp_path / "missing.sqlite3") is None


def test_a_daily_backup_is_due_once_a_day(library_path: Path, tmp_path: Path) -> None:
    assert backup.daily_backup_due(library_path)
    backup.backup_now(library_path)
    assert not backup.daily_backup_due(library_path)
    assert backup.daily_backup_due(library_path, today=date.today() + timedelta(days=1))
    assert not backup.daily_backup_due(tmp_path / "missing.sqlite3")
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    assert not backup.daily_backup_due(empty)


def test_a_library_is_backed_up_before_it_is_migrated(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    raw = sqlite3.connect(old)
    raw.executescript("\n".join(schema.MIGRATIONS[:3]))
    raw.execute("INSERT INTO articles (kind, title, added_at, updated_at) VALUES ('text', 'Kept', 'x', 'x')")
    raw.execute("PRAGMA user_version = 3")
    raw.commit()
    raw.close()
    with Library.open(old) as lib:  # backs up, then migrates to the current schema
        assert lib.count() == 1
    [made] = backup.list_backups(old)
    assert made.parent == tmp_path / "backups"
    conn = sqlite3.connect(made)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    assert conn.execute("SELECT title FROM articles").fetchall() == [("Kept",)]
    conn.close()
    assert backup.backup_before_migration(old) is None  # now current
    assert backup.backup_before_migration(tmp_path / "missing.sqlite3") is None
    (tmp_path / "new.sqlite3").write_bytes(b"")
    assert backup.backup_before_migration(tmp_path / "new.sqlite3") is None
    assert backup.list_backups(old) == [made]


def test_stale_temporaries_are_cleaned(library_path: Path) -> None:
    folder = library_path.parent / "backups"
    made = backup.backup_now(library_path)
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True
    )
    dead = int(finished.stdout)
    gone = [
        folder / f"library.backup-20240101-120000.sqlite3.{dead}.tmp",
        folder / f"library.backup-20240101-120000.sqlite3.{dead}.tmp-journal",
        library_path.parent / f"library.sqlite3.restoring.{dead}.tmp",
    ]
    old = folder / f"library.backup-20240102-120000.sqlite3.{os.getpid()}.tmp"
    fresh = folder / f"library.backup-20240103-120000.sqlite3.{os.getpid()}.tmp"
    unrelated = folder / "notes.tmp"
    for path in (*gone, old, fresh, unrelated):
        path.write_bytes(b"partial")
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    removed = backup.clean_stale_temp_files(folder) + backup.clean_stale_temp_files(library_path.parent)
    assert sorted(removed) == sorted([*gone, old])
    assert fresh.exists() and unrelated.exists() and made.exists() and library_path.exists()


# -- checking and restoring -------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["garbage", "truncate"])
def test_a_damaged_library_is_detected_and_restored_from_the_latest_good_backup(
    library_path: Path, inputs: Path, how: str
) -> None:
    assert backup.check_library(library_path) is None
    backup.backup_now(library_path)
    saved = snapshot(library_path)
    with Library.open(library_path) as lib:  # more work after the backup, to make the file bigger
        for i in range(3, 6):
            _annotate(lib, _import(lib, inputs, f"Article {i}", i).id, str(i))
    corrupt(library_path, how)
    damaged_bytes = library_path.read_bytes()

    problem = backup.check_library(library_path)
    assert problem is not None and str(problem).startswith("the library file is damaged"), problem
    quick = backup.check_library(library_path, quick=True)
    assert quick is not None and str(quick).startswith("the library file is damaged"), quick
    assert library_path.read_bytes() == damaged_bytes
    good = backup.latest_good_backup(library_path)
    assert good is not None
    aside = backup.restore(library_path, good)

    assert aside is not None and aside.read_bytes() == damaged_bytes  # kept, never deleted
    assert aside.name.startswith("library.sqlite3.damaged-")
    assert backup.check_library(library_path) is None
    assert snapshot(library_path) == saved
    assert integrity(library_path) == []
    with Library.open(library_path) as lib:
        article_id = lib.article_ids()[0]
        assert lib.annotations.article_note(article_id).startswith("article note")
        lib.annotations.add(article_id, 0, 5, "green", "works after the restore")
    assert integrity(library_path) == []


def test_restore_moves_the_library_aside_with_its_wal_and_shm(library_path: Path, tmp_path: Path) -> None:
    made = backup.backup_now(library_path)
    crashed = tmp_path / "crashed.sqlite3"
    with Library.open(library_path) as lib:
        lib.annotations.set_article_note(lib.article_ids()[0], "only in the WAL")
        for suffix in ("", "-wal", "-shm"):  # the files as a crash would leave them
            Path(f"{crashed}{suffix}").write_bytes(Path(f"{library_path}{suffix}").read_bytes())
    before = {s: Path(f"{crashed}{s}").read_bytes() for s in ("", "-wal", "-shm")}
    aside = backup.restore(crashed, made)
    assert aside is not None
    assert {s: Path(f"{aside}{s}").read_bytes() for s in ("", "-wal", "-shm")} == before
    assert not Path(f"{crashed}-wal").exists() and not Path(f"{crashed}-shm").exists()
    assert snapshot(crashed) == snapshot(made)
    # The damaged copy still opens with its WAL: nothing in it was lost.
    conn = sqlite3.connect(aside)
    assert ("only in the WAL",) in conn.execute("SELECT body FROM notes").fetchall()
    conn.close()


def test_restore_refuses_a_damaged_backup_and_leaves_the_library(library_path: Path) -> None:
    made = backup.backup_now(library_path)
    corrupt(made, "garbage")
    before = files_in(library_path.parent)
    assert backup.latest_good_backup(library_path) is None
    with pytest.raises(LibraryError, match="cannot be restored"):
        backup.restore(library_path, made)
    assert files_in(library_path.parent) == before


def test_latest_good_backup_skips_a_damaged_one(library_path: Path) -> None:
    older = backup.backup_now(library_path)
    newer = backup.backup_now(library_path)
    corrupt(newer, "truncate")
    assert backup.list_backups(library_path) == [newer, older]
    assert backup.latest_good_backup(library_path) == older


def test_a_library_from_a_newer_reader_is_refused_untouched(library_path: Path) -> None:
    raw = sqlite3.connect(library_path)
    raw.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 3}")
    raw.commit()
    raw.close()
    assert not Path(f"{library_path}-wal").exists()
    before = files_in(library_path.parent)
    problem = backup.check_library(library_path)
    assert problem is not None and "written by a newer version of Reader" in str(problem)
    assert f"schema {schema.SCHEMA_VERSION + 3}" in str(problem)
    assert files_in(library_path.parent) == before  # same bytes, and no -wal or -shm made


def test_check_library_names_what_is_not_a_library(tmp_path: Path, library_path: Path) -> None:
    assert backup.check_library(library_path) is None
    assert backup.check_library(tmp_path / "not-yet.sqlite3") is None
    text = tmp_path / "notes.txt"
    text.write_text("shopping list\n" * 100)
    assert str(backup.check_library(text)).startswith("not a Reader library")
    other = tmp_path / "other.sqlite3"
    raw = sqlite3.connect(other)
    raw.execute("CREATE TABLE recipes (name TEXT)")
    raw.commit()
    raw.close()
    assert str(backup.check_library(other)).startswith("not a Reader library")
    assert str(backup.check_library(tmp_path)).startswith("not a Reader library")


# -- libraries that cannot be written -----------------------------------------------------------------


def test_a_read_only_library_refuses_writes_and_stays_consistent(library_path: Path, inputs: Path) -> None:
    before = snapshot(library_path)
    conn = sqlite3.connect(f"file:{library_path}?mode=ro", uri=True)
    lib = Library(conn, library_path)
    conn.isolation_level = None
    article_id = lib.article_ids()[0]
    highlight = lib.annotations.for_article(article_id)[0]
    writes = [
        lambda: lib.annotations.add(article_id, 0, 5, "green", "new"),
        lambda: lib.annotations.set_note(highlight.id, "changed"),
        lambda: lib.annotations.recolor(highlight.id, "purple"),
        lambda: lib.annotations.delete(highlight.id),
        lambda: lib.annotations.set_article_note(article_id, "changed"),
        lambda: _import(lib, inputs, "Refused", 9),
    ]
    for write in writes:
        with pytest.raises(LibraryError, match="cannot be written|could not save"):
            write()
    assert lib.annotations.get(highlight.id) == highlight
    assert check_invariants(conn) == []
    conn.close()
    assert snapshot(library_path) == before
    assert integrity(library_path) == []


@dataclass
class NoRoom:
    """A folder where the kernel itself refuses to let the library's files grow, once `fill()`ed."""

    folder: Path
    fill: Callable[[], None]
    make_room: Callable[[], None]
    refusal: str  # what SQLite reports when the kernel refuses the write


@pytest.fixture
def no_room(tmp_path: Path) -> Iterator[NoRoom]:
    """As root on Linux (CI, the developers' machines): a 600 KB tmpfs, filled to its last byte, a true
    ENOSPC. Where a tmpfs cannot be mounted (no root): the ordinary disk, with this process's file-size
    limit (RLIMIT_FSIZE) lowered to the size of the library's files, so that growing them fails with
    EFBIG. Either way the write fails in the kernel, not in SQLite (the max_page_count test below)."""
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    try:
        mounted = (
            subprocess.run(
                ["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(mount_point)], capture_output=True, timeout=30
            ).returncode
            == 0
        )
    except (OSError, subprocess.TimeoutExpired):
        mounted = False
    if mounted:
        try:
            yield NoRoom(
                mount_point, lambda: _fill(mount_point), (mount_point / "filler").unlink, "database or disk is full"
            )
        finally:
            if subprocess.run(["umount", str(mount_point)], capture_output=True, timeout=30).returncode != 0:
                subprocess.run(["umount", "-l", str(mount_point)], capture_output=True, timeout=30)
        return
    import resource
    import signal

    limits = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, not kills

    def fill() -> None:
        largest = max(path.stat().st_size for path in mount_point.iterdir())
        resource.setrlimit(resource.RLIMIT_FSIZE, (largest, limits[1]))

    try:
        yield NoRoom(mount_point, fill, lambda: resource.setrlimit(resource.RLIMIT_FSIZE, limits), "disk I/O error")
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limits)
        signal.signal(signal.SIGXFSZ, handler)


def _fill(folder: Path) -> None:
    with (folder / "filler").open("wb", buffering=0) as f:
        for _ in range(10_000):  # 40 MB at most; the disk is far smaller
            try:
                f.write(b"\xff" * 4096)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
                return
    raise AssertionError("the tiny disk never filled up")


def test_a_full_disk_fails_the_write_clearly_and_keeps_the_library_consistent(no_room: NoRoom, inputs: Path) -> None:
    """A real refusal from the file system (ENOSPC, or EFBIG where no disk can be mounted)."""
    _check_a_write_that_finds_no_room(
        no_room.folder / "library.sqlite3",
        inputs,
        fill=lambda lib: no_room.fill(),
        make_room=lambda lib: no_room.make_room(),
        refusal=no_room.refusal,
    )


def test_a_library_that_can_grow_no_more_fails_the_write_clearly_and_stays_consistent(
    tmp_path: Path, inputs: Path
) -> None:
    """The same failure without mounting a disk, so it runs everywhere: SQLite's max_page_count makes
    the library's own connection report "database or disk is full" (SQLITE_FULL), as a full disk does."""

    def cap(lib: Library) -> None:
        pages = lib._conn.execute("PRAGMA page_count").fetchone()[0]
        lib._conn.execute(f"PRAGMA max_page_count = {pages}")

    _check_a_write_that_finds_no_room(
        tmp_path / "library.sqlite3",
        inputs,
        fill=cap,
        make_room=lambda lib: lib._conn.execute("PRAGMA max_page_count = 1073741823"),
    )


def _check_a_write_that_finds_no_room(
    path: Path, inputs: Path, fill, make_room, refusal: str = "database or disk is full"
) -> None:
    with Library.open(path) as lib:
        article = _import(lib, inputs, "On a small disk", 1)
        _annotate(lib, article.id, "before")
        before = snapshot(path)
        fill(lib)
        big_note = "a note too big for the disk " * 5_000  # 140,000 characters
        written = 0
        with pytest.raises(LibraryError, match=refusal) as failure:
            for _ in range(20):  # the WAL may still have room for a first write or two
                lib.annotations.add(article.id, 0, 5, "green", big_note)
                written += 1
        assert str(failure.value).startswith("the library could not save the change")
        conn = connect(path)
        try:
            assert check_invariants(conn) == []
        finally:
            conn.close()
        kept = snapshot(path)
        h, n = len(before["highlights"]), len(before["notes"])
        assert (kept["articles"], kept["versions"]) == (before["articles"], before["versions"])
        assert kept["highlights"][:h] == before["highlights"] and len(kept["highlights"]) == h + written
        assert kept["notes"][:n] == before["notes"]
        assert [body for *_ids, body in kept["notes"][n:]] == [big_note] * written

        make_room(lib)
        lib.annotations.set_article_note(article.id, "written once there was room again")
    assert integrity(path) == []
    with Library.open(path) as lib:
        assert lib.annotations.article_note(article.id) == "written once there was room again"


@pytest.mark.skipif(sys.platform == "win32", reason="reads the writer's pipe with select()")
def test_backups_taken_while_another_process_writes_are_consistent(library_path: Path, inputs: Path) -> None:
    from tests.reliability.crash_harness import CHILD_MODULE, ROOT, ChildOutput

    writer = subprocess.Popen(
        [sys.executable, "-m", CHILD_MODULE, str(library_path), str(inputs), "11"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    output = ChildOutput(writer.stdout)
    try:
        made, acks = [], 0
        for message in output.messages(time.monotonic() + 30):
            acks += "ack" in message
            if acks and acks % 25 == 0:
                made.append(backup.backup_now(library_path, keep=10))
                if len(made) == 4:
                    break
    finally:
        writer.kill()
        writer.wait(timeout=30)
        output.close()
        writer.stdout.close()
    assert len(made) == 4, f"the writer made only {acks} writes"
    for copy in made:
        assert backup.check_library(copy) is None
        source, conn = sqlite3.connect(copy), sqlite3.connect(":memory:")
        source.backup(conn)  # check a copy: the search index's check needs a writable connection
        source.close()
        assert check_invariants(conn) == [], copy
        conn.close()
