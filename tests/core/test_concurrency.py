"""Two connections (the window and the command line) on one library: writers wait, never fail."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

from reader.core.library import Library
from reader.core.storage.db import write_transaction


def test_a_second_writer_waits_for_the_first(tmp_path, write) -> None:
    path = tmp_path / "lib.sqlite3"
    first, second = Library.open(path), Library.open(path)
    article = first.import_file(write("a.txt", "A title\n\nA paragraph about the harbour wall and the council."))
    holding = threading.Event()

    def hold_the_lock() -> None:
        with write_transaction(first._conn) as conn:
            conn.execute("UPDATE articles SET updated_at = updated_at WHERE id = ?", (article.id,))
            holding.set()
            time.sleep(0.4)

    thread = threading.Thread(target=hold_the_lock)
    thread.start()
    holding.wait(5)
    started = time.perf_counter()
    second.annotations.add_quote(article.id, "harbour wall", note="written while the other held the lock")
    waited = time.perf_counter() - started
    thread.join()
    assert waited >= 0.2  # it waited for the lock instead of failing with "database is locked"
    assert first.annotations.for_article(article.id)[0].note == "written while the other held the lock"
    first.close()
    second.close()


def test_the_command_line_works_while_the_app_has_the_library_open(tmp_path, write) -> None:
    path = tmp_path / "lib.sqlite3"
    app = Library.open(path)
    article = app.import_file(write("a.txt", "A title\n\nA paragraph about the harbour wall and the council."))
    reading = app._conn.execute("SELECT id FROM articles")  # a read in progress, as a window scrolling
    reading.fetchone()
    done = subprocess.run(
        [sys.executable, "-m", "reader", "highlight", str(article.id), "harbour wall", "--library", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "locked" not in done.stderr
    assert [h.exact for h in app.annotations.for_article(article.id)] == ["harbour wall"]
    app.close()
