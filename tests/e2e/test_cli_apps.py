"""`reader import EXPORT` and `reader fetch` as a person runs them in a terminal (issue 16): the
export told by its content, what it holds said in one line, a bad one refused with nothing stored,
the links' pages fetched from a real local server, failures listed and tried again, and a fetch
killed midway resumed without fetching or storing anything twice."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.core.invariants import check_invariants
from reader.core.library import Library
from tests.core.app_import.exports import instapaper_csv, pocket_csv_zip
from tests.e2e.test_cli import run
from tests.scripted_site import Reply, ScriptedSite, article_page

WORDS = "The ferry timetable changed twice this winter, and the island's shop ran out of bread."


@pytest.fixture
def site():
    s = ScriptedSite()
    yield s
    s.close()


def test_import_says_what_the_export_holds_then_fetch_gets_the_pages(tmp_path: Path, site: ScriptedSite) -> None:
    lib = str(tmp_path / "lib.sqlite3")
    rows = [
        {
            "url": site.answer("/ferry", Reply(article_page("Ferry Timetable", WORDS))),
            "title": "ferry",
            "tags": ["isle"],
        },
        {"url": site.url("/missing"), "title": "Missing page", "status": "archive"},
    ]
    export = tmp_path / "pocket-export.zip"
    export.write_bytes(pocket_csv_zip(rows))
    done = run("import", str(export), "--library", lib)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Pocket export: 2 items, 1 tag, 2 to fetch"
    assert "2 added (0 with their text), 0 updated, 2 queued to fetch" in lines[1]
    assert "reader fetch" in lines[2]
    listed = run("list", "--library", lib).stdout
    assert "ferry" in listed and "Missing page" in listed  # listed before any fetch

    fetched = run("fetch", "--library", lib)
    assert fetched.returncode == 1  # one page failed
    assert "1 fetched, 1 failed; 0 waiting, 1 failed" in fetched.stdout
    assert "/missing" in fetched.stderr and "404" in fetched.stderr
    assert "Ferry Timetable" in run("list", "--library", lib).stdout
    failed = run("fetch", "--failed", "--library", lib).stdout
    assert "/missing" in failed and "404" in failed

    site.answer("/missing", Reply(article_page("Found Again", WORDS)))
    again = run("fetch", "--retry", "--library", lib)
    assert again.returncode == 0 and "1 failed pages queued again" in again.stdout
    assert "Found Again" in run("list", "--library", lib).stdout
    assert run("fetch", "--library", lib).stdout.strip() == "no pages are waiting to be fetched"

    twice = run("import", str(export), "--library", lib)
    assert "0 added (0 with their text), 0 updated, 2 already there" in twice.stdout


def test_a_bad_export_is_refused_in_one_line_with_nothing_stored(tmp_path: Path) -> None:
    lib = str(tmp_path / "lib.sqlite3")
    whole = pocket_csv_zip([{"url": "https://example.org/a"}] * 3)
    broken = tmp_path / "cut.zip"
    broken.write_bytes(whole[: len(whole) // 2])
    wrong = tmp_path / "pocket.zip"
    wrong.write_bytes(whole)
    other = tmp_path / "numbers.csv"
    other.write_text("a,b\n1,2\n")
    for path, extra in ((broken, []), (wrong, ["--from", "instapaper"]), (other, [])):
        done = run("import", str(path), *extra, "--library", lib)
        assert done.returncode == 1 and done.stdout == ""
        (line,) = done.stderr.splitlines()
        assert line.startswith(f"reader: error: {path}: "), line
    assert run("list", "--library", lib).stdout == ""


def test_from_forces_the_app(tmp_path: Path) -> None:
    lib = str(tmp_path / "lib.sqlite3")
    path = tmp_path / "export.txt"  # a name that says nothing
    path.write_bytes(instapaper_csv([{"url": "https://example.org/a", "title": "Forced", "folder": "Archive"}]))
    done = run("import", str(path), "--from", "instapaper", "--library", lib)
    assert done.returncode == 0 and done.stdout.startswith("Instapaper export: 1 item, 0 tags, 1 to fetch")


def test_a_fetch_killed_midway_resumes_without_doing_anything_twice(tmp_path: Path, site: ScriptedSite) -> None:
    lib = tmp_path / "lib.sqlite3"
    urls = [site.answer(f"/slow{i}", Reply(article_page(f"Slow {i}", WORDS), delay=0.4)) for i in range(6)]
    export = tmp_path / "pocket.zip"
    export.write_bytes(pocket_csv_zip([{"url": u, "title": f"link {i}"} for i, u in enumerate(urls)]))
    assert run("import", str(export), "--library", str(lib)).returncode == 0
    env = {k: v for k, v in os.environ.items() if k != "READER_LIBRARY"}
    child = subprocess.Popen(
        [sys.executable, "-m", "reader", "fetch", "--library", str(lib)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with Library.open(lib) as library:
                if library.queue.counts().waiting <= 4:
                    break
            time.sleep(0.05)
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(10)
    with Library.open(lib) as library:
        left = library.queue.counts().waiting
    assert 1 <= left <= 4
    resumed = run("fetch", "--library", str(lib))
    assert resumed.returncode == 0 and f"{left} fetched" in resumed.stdout
    with Library.open(lib) as library:
        ids = library.article_ids()
        assert sorted(library.get(i).content.title for i in ids) == [f"Slow {i}" for i in range(6)]
        assert all(library.versions.count(i) == 2 for i in ids)  # the link, then its page: once each
    assert len(site.requests) <= 7  # at most the page in flight at the kill was asked for again
    with sqlite3.connect(lib) as conn:
        assert check_invariants(conn) == []
