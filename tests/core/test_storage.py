from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from reader.core.backup import check_library
from reader.core.errors import LibraryError, NewerLibraryError, UnreadableInput
from reader.core.library import Library
from reader.core.storage import schema
from reader.core.storage.db import connect, write_transaction
from reader.core.storage.sql import statements


def test_new_library_has_current_schema_and_safe_settings(tmp_path: Path) -> None:
    conn = connect(tmp_path / "lib.sqlite3")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"articles", "article_versions", "highlights", "notes", "tags", "article_tags", "meta"} <= tables
    conn.close()


def test_reopening_does_not_migrate_again(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    connect(path).close()
    conn = connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    conn.close()


def test_library_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE future (x)")
    raw.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 5}")
    raw.commit()
    raw.close()
    before = path.read_bytes()
    with pytest.raises(NewerLibraryError, match="newer version of Reader"):
        Library.open(path)
    assert path.read_bytes() == before


def test_a_failing_migration_leaves_the_old_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "lib.sqlite3"
    connect(path).close()
    monkeypatch.setattr(
        schema, "MIGRATIONS", schema.MIGRATIONS + ["CREATE TABLE extra (x);\nSELECT * FROM no_such_table;"]
    )
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(schema.MIGRATIONS))
    with pytest.raises(LibraryError):
        connect(path)
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION - 1
    assert not raw.execute("SELECT 1 FROM sqlite_master WHERE name = 'extra'").fetchone()
    raw.close()


def test_v7_adds_the_read_state_to_a_v6_library_and_keeps_its_rows(tmp_path: Path, write) -> None:
    path = tmp_path / "lib.sqlite3"
    raw = sqlite3.connect(path)
    raw.isolation_level = None
    for version, script in enumerate(schema.MIGRATIONS[:6]):  # a library as Reader 6 left it
        for statement in statements(script):
            raw.execute(statement)
        raw.execute(f"PRAGMA user_version = {version + 1}")
    raw.execute(
        "INSERT INTO articles (kind, title, added_at, updated_at, state) VALUES ('text', 'Old', 'x', 'x', 'archived')"
    )
    with pytest.raises(sqlite3.IntegrityError):
        raw.execute("UPDATE articles SET state = 'read'")
    raw.close()
    library = Library.open(path)
    [row] = library.list_articles()
    assert row.title == "Old" and library.organize.state(row.id) == "archived"
    library.organize.set_state([row.id], "read")
    assert library.organize.state(row.id) == "read"
    library.close()
    raw = sqlite3.connect(path)
    with pytest.raises(sqlite3.IntegrityError):  # the constraint still holds for anything else
        raw.execute("UPDATE articles SET state = 'finished'")
    raw.close()
    assert check_library(path) is None


def test_two_processes_creating_the_same_library_at_once(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    errors: list[BaseException] = []

    def open_it() -> None:
        try:
            connect(path).close()
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_not_a_database_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    path.write_bytes(b"this is not a database file at all" * 100)
    with pytest.raises(LibraryError, match="cannot open the library"):
        Library.open(path)
    assert path.read_bytes() == b"this is not a database file at all" * 100


def test_a_folder_is_not_a_library(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="folder"):
        Library.open(tmp_path)


def test_write_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    conn = connect(tmp_path / "lib.sqlite3")
    with pytest.raises(RuntimeError):
        with write_transaction(conn):
            conn.execute("INSERT INTO meta (key, value) VALUES ('a', 'b')")
            raise RuntimeError("boom")
    assert conn.execute("SELECT count(*) FROM meta").fetchone()[0] == 0
    assert not conn.in_transaction
    conn.close()


def test_failed_import_stores_nothing(library: Library, write) -> None:
    with pytest.raises(UnreadableInput):
        library.import_file(write("empty.txt", b""))
    with pytest.raises(UnreadableInput):
        library.import_file(write("bin.txt", b"\x00\x01\x02" * 100))
    conn = sqlite3.connect(library.path)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM article_versions").fetchone()[0] == 0
    conn.close()


def test_read_only_library_fails_clearly_and_keeps_data(tmp_path: Path, write) -> None:
    path = tmp_path / "lib.sqlite3"
    with Library.open(path) as lib:
        lib.import_file(write("a.txt", "Title\n\nBody text."))
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    lib = Library(conn, path)
    conn.isolation_level = None
    with pytest.raises(LibraryError, match="cannot be written|could not save"):
        lib.import_file(write("b.txt", "Other\n\nMore text."))
    assert lib.count() == 1
    conn.close()


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO no_such_table VALUES (1)",
        "UPDATE articles SET no_such_column = 1",
        "INSERT INTO meta (key, value) VALUES (?)",
        "DELETE FROM meta WHERE",
    ],
)
def test_a_wrong_statement_in_a_write_is_a_bug_not_a_library_error(tmp_path: Path, statement: str) -> None:
    with Library.open(tmp_path / "library.sqlite3") as library:
        conn = connect(library.path)
        try:
            with pytest.raises(sqlite3.Error) as raised:
                with write_transaction(conn) as c:
                    c.execute("INSERT INTO meta (key, value) VALUES ('kept', 'no')")
                    c.execute(statement, ("x",) if "?" in statement else ())
            assert not isinstance(raised.value, LibraryError)  # raised as it is: logged and shown as a bug
            assert not conn.in_transaction
            assert conn.execute("SELECT count(*) FROM meta WHERE key = 'kept'").fetchone()[0] == 0  # rolled back
        finally:
            conn.close()


def test_a_full_disk_in_a_write_is_a_library_error_the_user_can_act_on(tmp_path: Path) -> None:
    with Library.open(tmp_path / "library.sqlite3") as library:
        conn = connect(library.path)
        try:
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            conn.execute(f"PRAGMA max_page_count = {pages}")
            with pytest.raises(LibraryError, match="could not save the change"):
                with write_transaction(conn) as c:
                    c.execute("INSERT INTO meta (key, value) VALUES ('big', ?)", ("x" * 200_000,))
        finally:
            conn.close()
