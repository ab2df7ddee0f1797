"""Bulk import: many files in few transactions, each file still all or nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.core.errors import LibraryError, ReaderError
from reader.core.library import Library
from reader.core.storage.db import Batch, connect, write_transaction

PARAGRAPH = ("The council met on Tuesday evening to discuss the new bus routes, and residents from three "
             "districts spoke about the changes they wanted to see before the winter timetable begins. ")


def article_text(n: int) -> str:
    return f"Bus routes, part {n}\n\n" + "\n\n".join(f"{PARAGRAPH}Point {n}.{i} was raised." for i in range(4))


def stored(path: Path) -> int:
    conn = sqlite3.connect(path)  # another connection: sees only what was committed
    try:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        conn.close()


def test_bulk_import_stores_every_file_and_commits_at_the_end(library: Library, write) -> None:
    files = [write(f"{n}.txt", article_text(n)) for n in range(12)]
    with library.bulk(every=3600) as batch:
        for path in files:
            assert library.ingest(path).created
        assert stored(library.path) == 0  # still one open transaction
        assert library.count() == 12  # but this connection sees its own writes
        assert batch is not None
    assert stored(library.path) == 12
    assert library.search("raised")  # the search index was written in the same transactions


def test_bulk_import_commits_as_it_goes(library: Library, write) -> None:
    with library.bulk(every=0):
        for n in range(3):
            library.ingest(write(f"{n}.txt", article_text(n)))
            assert stored(library.path) == n + 1  # the lock is given back after each batch


def test_a_bad_file_in_a_bulk_import_leaves_no_trace_and_the_rest_are_kept(library: Library, write) -> None:
    good = [write(f"{n}.txt", article_text(n)) for n in range(3)]
    bad = write("empty.txt", b"")
    with library.bulk(every=3600):
        library.ingest(good[0])
        with pytest.raises(ReaderError):
            library.ingest(bad)
        library.ingest(good[1])
        library.ingest(good[2])
    assert stored(library.path) == 3


def test_an_error_ends_the_bulk_block_with_the_finished_files_committed(library: Library, write) -> None:
    with pytest.raises(KeyboardInterrupt):
        with library.bulk(every=3600):
            library.ingest(write("0.txt", article_text(0)))
            library.ingest(write("1.txt", article_text(1)))
            raise KeyboardInterrupt
    assert stored(library.path) == 2
    library.ingest(write("2.txt", article_text(2)))  # and writing without a batch works again
    assert stored(library.path) == 3


def test_reimport_inside_a_bulk_import_adds_a_version(library: Library, write) -> None:
    path = write("a.txt", article_text(1))
    with library.bulk(every=3600):
        first = library.ingest(path)
        path.write_text(article_text(1).replace("Tuesday", "Wednesday"), encoding="utf-8")
        again = library.ingest(path)
    assert not again.created and again.article.id == first.article.id
    assert library.count() == 1
    assert "Wednesday" in library.get(first.article.id).content.text


def test_a_failed_action_inside_a_batch_rolls_back_only_itself(tmp_path: Path) -> None:
    conn = connect(tmp_path / "lib.sqlite3")
    batch = Batch(conn, every=3600)
    batch.begin()
    with write_transaction(conn):
        conn.execute("INSERT INTO meta (key, value) VALUES ('kept', '1')")
    with pytest.raises(LibraryError):
        with write_transaction(conn):
            conn.execute("INSERT INTO meta (key, value) VALUES ('lost', '1')")
            conn.execute("INSERT INTO meta (key, value) VALUES ('kept', 'duplicate key')")
    assert conn.in_transaction  # the batch goes on
    batch.commit()
    assert [row[0] for row in conn.execute("SELECT key FROM meta WHERE key IN ('kept', 'lost')")] == ["kept"]
    conn.close()


def test_finding_the_article_an_import_updates_reads_no_whole_table(library: Library, write) -> None:
    library.ingest(write("0.txt", article_text(0)))
    statements: list[str] = []
    library._conn.set_trace_callback(statements.append)
    library.ingest(write("1.txt", article_text(1)))
    library._conn.set_trace_callback(None)
    lookups = [sql for sql in statements if sql.lstrip().startswith("SELECT")]
    assert lookups
    for sql in lookups:
        plans = [row[3] for row in library._conn.execute("EXPLAIN QUERY PLAN " + sql)]
        assert not any(plan.startswith("SCAN articles") or plan.startswith("SCAN article_versions")
                       for plan in plans), (sql, plans)


def test_on_commit_is_told_only_when_the_articles_are_on_disk(library: Library, write) -> None:
    seen: list[int] = []
    with library.bulk(every=3600) as batch:
        batch.on_commit = lambda: seen.append(stored(library.path))
        for n in range(3):
            library.ingest(write(f"{n}.txt", article_text(n)))
        assert seen == []
    assert seen == [3]
