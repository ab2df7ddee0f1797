"""`reader import` when a batch of articles cannot be written at its commit: every article of that
batch is reported as not imported, none is claimed as stored, and importing again stores them."""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

PARAGRAPH = (
    "The ferry service to the outer islands will run twice a day from March, the harbour board "
    "said, after a winter in which storms cancelled one crossing in three. "
)


def story(n: int) -> str:  # about 40 KB of text: one article's commit needs more room than the limit
    return f"Island ferries, part {n}\n\n" + "\n\n".join(f"{PARAGRAPH * 3}Detail {n}.{i}." for i in range(80))


def reader(*args: str, file_size_limit: int | None = None) -> subprocess.CompletedProcess[str]:
    def limit() -> None:  # in the child: files cannot grow past the limit, and writing past it fails
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))

    env = {k: v for k, v in os.environ.items() if k != "READER_LIBRARY"}
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        preexec_fn=limit if file_size_limit else None,
    )


def titles(library: Path) -> list[str]:
    conn = sqlite3.connect(library)
    try:
        return [row[0] for row in conn.execute("SELECT title FROM articles ORDER BY id")]
    finally:
        conn.close()


def test_articles_of_a_batch_that_cannot_be_written_are_reported_and_not_claimed(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite3"
    first = tmp_path / "first.txt"
    first.write_text("Harbour board meets\n\n" + PARAGRAPH * 4, encoding="utf-8")
    assert reader("import", str(first), "--library", str(library)).returncode == 0
    files = []
    for n in range(3):
        files.append(tmp_path / f"ferry-{n}.txt")
        files[-1].write_text(story(n), encoding="utf-8")

    done = reader("import", *map(str, files), "--library", str(library), file_size_limit=64 * 1024)
    assert done.returncode == 1
    assert done.stdout.strip() == ""  # no article is claimed as stored
    lost = "not stored, with the 3 article(s) of its batch: the library could not be written"
    for path in files:
        assert f"{path}: {lost}" in done.stderr
    assert titles(library) == ["Harbour board meets"]  # nothing half-stored, the earlier article kept

    again = reader("import", *map(str, files), "--library", str(library))
    assert again.returncode == 0, again.stderr
    assert len(again.stdout.splitlines()) == 3
    assert titles(library) == ["Harbour board meets"] + [f"Island ferries, part {n}" for n in range(3)]
