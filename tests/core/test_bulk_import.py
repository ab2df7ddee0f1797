"""Bulk import: many files in few transactions, each file still all or nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.core.errors import BatchLost, LibraryError, ReaderError
from reader.core.invariants import check_invariants
from reader.core.library import Library
from reader.core.storage.db import Batch, connect, write_transaction

PARAGRAPH = (
    "The council met on Tuesday evening to discuss the new bus routes, and residents from three "
    "districts spoke about the changes they wanted to see before the winter timetable begins. "
)


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
    with batch.unit("first"), write_transaction(conn):
        conn.execute("INSERT INTO meta (key, value) VALUES ('kept', '1')")
    with pytest.raises(LibraryError):
        with batch.unit("second"):
            conn.execute("INSERT INTO meta (key, value) VALUES ('lost', '1')")
            with write_transaction(conn):
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
        assert not any(
            plan.startswith("SCAN articles") or plan.startswith("SCAN article_versions") for plan in plans
        ), (sql, plans)


def test_on_commit_is_told_only_when_the_articles_are_on_disk(library: Library, write) -> None:
    seen: list[int] = []
    with library.bulk(every=3600) as batch:
        batch.on_commit = lambda: seen.append(stored(library.path))
        for n in range(3):
            library.ingest(write(f"{n}.txt", article_text(n)))
        assert seen == []
    assert seen == [3]


# -- indexing once per batch, and a batch that cannot be committed -----------------------------------


def test_the_index_is_written_once_per_batch_and_holds_each_articles_last_text(library: Library, write) -> None:
    path = write("a.txt", article_text(1))
    with library.bulk(every=3600):
        first = library.ingest(path)
        path.write_text(article_text(1).replace("Tuesday", "Thursday"), encoding="utf-8")
        library.ingest(path)  # a new version within the same batch
        gone = library.ingest(write("b.txt", article_text(2)))
        library.delete([gone.article.id])  # added and deleted within the batch
        assert library.search("Thursday") == []  # indexed when the batch commits, not before
    assert [r.article_id for r in library.search("Thursday")] == [first.article.id]
    assert library.search("Tuesday") == []
    assert check_invariants(library._conn) == []  # no index row without its article, none missing


def test_a_failed_action_drops_the_work_it_deferred(tmp_path: Path) -> None:
    conn = connect(tmp_path / "lib.sqlite3")
    batch = Batch(conn, every=3600)
    done: list[str] = []
    with batch.unit("kept"):
        batch.defer("a", lambda _conn: done.append("a"))
    with pytest.raises(RuntimeError), batch.unit("failed"):
        batch.defer("a", lambda _conn: done.append("a, replaced by a failed action"))
        batch.defer("b", lambda _conn: done.append("b"))
        raise RuntimeError("the action failed")
    batch.commit()
    assert done == ["a"]
    conn.close()


def test_deferred_work_that_fails_loses_the_batch_and_says_which_units(tmp_path: Path) -> None:
    conn = connect(tmp_path / "lib.sqlite3")
    batch = Batch(conn, every=3600)
    committed: list[bool] = []
    batch.on_commit = lambda: committed.append(True)
    for key in ("one", "two"):
        with batch.unit(f"{key}.txt"):
            conn.execute("INSERT INTO meta (key, value) VALUES (?, '1')", (key,))

    def fail(_conn: sqlite3.Connection) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    batch.defer("index", fail)
    with pytest.raises(BatchLost) as lost:
        batch.commit()
    assert lost.value.lost == ["one.txt", "two.txt"] and "disk I/O error" in str(lost.value)
    assert not conn.in_transaction and committed == []
    assert conn.execute("SELECT count(*) FROM meta WHERE key IN ('one', 'two')").fetchone()[0] == 0
    with batch.unit("three.txt"):  # the batch goes on with a new transaction
        conn.execute("INSERT INTO meta (key, value) VALUES ('three', '1')")
    batch.commit()
    assert committed == [True]
    conn.close()


def _cap(library: Library) -> None:
    """No more room: the next page SQLite needs fails with SQLITE_FULL, as on a full disk."""
    pages = library._conn.execute("PRAGMA page_count").fetchone()[0]
    library._conn.execute(f"PRAGMA max_page_count = {pages}")


def test_a_batch_that_finds_no_room_at_commit_loses_only_its_own_articles(library: Library, write) -> None:
    earlier = library.ingest(write("0.txt", article_text(0))).article
    files = [write(f"{n}.txt", article_text(n) + "\n\n" + PARAGRAPH * 60) for n in (1, 2)]
    with pytest.raises(BatchLost) as lost:
        with library.bulk(every=3600):
            for path in files:
                library.ingest(path)
            _cap(library)  # the articles' rows fit; their search index, written at the commit, does not
    assert lost.value.lost == [str(p) for p in files]
    assert "full" in str(lost.value)
    library._conn.execute("PRAGMA max_page_count = 1073741823")
    assert library.article_ids() == [earlier.id]
    assert check_invariants(library._conn) == []
    assert library.ingest(files[0]).created  # importing them again stores them


def test_the_window_s_import_summary_takes_back_what_a_lost_batch_held(library: Library, write) -> None:
    from reader.core.bulk_import import ImportSummary

    summary = ImportSummary()
    files = [write(f"{n}.txt", article_text(n) + "\n\n" + PARAGRAPH * 60) for n in (1, 2)]
    kept = write("0.txt", article_text(0))
    summary.ingest(library, str(kept))
    with pytest.raises(BatchLost) as lost:
        with library.bulk(every=3600):
            for path in files:
                summary.ingest(library, str(path))
            _cap(library)
    summary.lose(lost.value)
    assert summary.imported == library.article_ids() and len(summary.imported) == 1
    assert sorted(map(str, summary.problems)) == [f"{p.name}: {lost.value}" for p in files]


def test_a_file_that_makes_sqlite_give_up_the_whole_transaction_loses_the_batch_it_was_in(
    library: Library, write
) -> None:
    small = [write(f"{n}.txt", article_text(n)) for n in (1, 2)]
    big = write("3.txt", article_text(3) + "\n\n" + PARAGRAPH * 400)
    with library.bulk(every=3600):
        for path in small:
            library.ingest(path)
        pages = library._conn.execute("PRAGMA page_count").fetchone()[0]
        library._conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # no room for the big one's rows
        with pytest.raises(BatchLost) as lost:
            library.ingest(big)  # SQLITE_FULL: SQLite rolls back the whole transaction, not the savepoint
        assert lost.value.lost == [str(p) for p in [*small, big]]
        library._conn.execute("PRAGMA max_page_count = 1073741823")
        after = library.ingest(write("4.txt", article_text(4)))  # a new batch begins
    assert library.article_ids() == [after.article.id]
    assert check_invariants(library._conn) == []


def test_a_lost_batch_takes_back_only_what_it_held(library: Library, write, local_site) -> None:
    from reader.core.bulk_import import ImportSummary

    before = library.ingest(write("0.txt", article_text(0))).article  # committed earlier
    url = local_site.add(
        "/quay",
        "<html><head><title>Quay works begin</title></head><body><article><p>"
        + "The quay on the east bank will be rebuilt over two summers. " * 12
        + "</p></article></body></html>",
    )
    summary = ImportSummary()
    files = [write(f"{n}.txt", article_text(n) + "\n\n" + PARAGRAPH * 60) for n in (1, 2)]
    with library.bulk(every=3600):
        summary.ingest(library, str(write("0.txt", article_text(0))))  # unchanged: wrote nothing
        for path in files:
            summary.ingest(library, str(path))
        _cap(library)  # the two articles' rows fit; their index, written when the batch commits, does not
        summary.ingest(library, url)  # a download commits the batch first: that commit fails
    assert len(summary.problems) == 2
    for path, problem in zip(files, sorted(map(str, summary.problems))):
        assert problem.startswith(f"{path.name}: not stored, with the 2 article(s) of its batch"), problem
    assert local_site.requests == ["/quay"]  # the page was still fetched, after the lost batch
    stored = library.article_ids()
    assert len(stored) == 2 and before.id in stored and len(summary.imported) == 2
    assert set(summary.imported) == set(stored)  # the unchanged one is not taken back; the page is in


def test_the_error_that_ends_a_bulk_import_is_the_one_raised_even_if_its_last_batch_is_lost(
    library: Library, write
) -> None:
    with pytest.raises(KeyboardInterrupt):
        with library.bulk(every=3600):
            library.ingest(write("1.txt", article_text(1) + "\n\n" + PARAGRAPH * 60))
            _cap(library)
            raise KeyboardInterrupt
    library._conn.execute("PRAGMA max_page_count = 1073741823")
    assert library.article_ids() == [] and not library._conn.in_transaction
