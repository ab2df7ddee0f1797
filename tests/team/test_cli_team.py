"""`reader connect` and `reader sync` as a member of a team runs them, against a real PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from reader.core.invariants import check_invariants
from reader.core.library import Library
from tests.browser_pages import HARBOUR, HARBOUR_TITLE, article_html
from tests.e2e.test_cli import run
from tests.team.pg import Cluster


def test_two_members_share_an_article_through_the_command_line(tmp_path: Path, team_url: str) -> None:
    ana, ben = tmp_path / "ana.sqlite3", tmp_path / "ben.sqlite3"
    done = run("connect", team_url, "--name", "Ana Lima", "--library", str(ana))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"connected {ana} to {team_url} as Ana Lima: ")
    page = tmp_path / "harbour.html"
    page.write_text(article_html(HARBOUR_TITLE, HARBOUR), encoding="utf-8")
    assert run("--library", str(ana), "import", str(page)).returncode == 0
    synced = run("--library", str(ana), "sync")
    assert synced.returncode == 0 and "pushed" in synced.stdout, synced.stderr
    assert run("connect", team_url, "--name", "Ben", "--library", str(ben)).returncode == 0
    listed = run("--library", str(ben), "list")
    assert HARBOUR_TITLE in listed.stdout
    for path in (ana, ben):
        with Library.open(path) as library:
            assert check_invariants(library._conn) == []  # noqa: SLF001


def test_connect_refuses_what_is_not_a_team_library_in_one_line(tmp_path: Path, cluster: Cluster) -> None:
    done = run("connect", "https://example.org/db", "--name", "Ana", "--library", str(tmp_path / "x.sqlite3"))
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert "starts with postgresql://" in done.stderr
    unreachable = f"postgresql://postgres@127.0.0.1:{cluster.port + 1 if cluster.port < 65535 else 1}/none"
    done = run("connect", unreachable, "--name", "Ana", "--library", str(tmp_path / "y.sqlite3"))
    assert done.returncode == 1 and "cannot reach the team library" in done.stderr
    not_team = run("--library", str(tmp_path / "z.sqlite3"), "sync")
    assert not_team.returncode == 1 and "not a team library" in not_team.stderr


def test_sync_watch_brings_others_changes_within_seconds(tmp_path: Path, team_url: str) -> None:
    ana_path, ben_path = tmp_path / "ana.sqlite3", tmp_path / "ben.sqlite3"
    assert run("connect", team_url, "--name", "Ana", "--library", str(ana_path)).returncode == 0
    assert run("connect", team_url, "--name", "Ben", "--library", str(ben_path)).returncode == 0
    watcher = subprocess.Popen(
        [sys.executable, "-m", "reader", "--library", str(ben_path), "sync", "--watch"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert watcher.stdout is not None and watcher.stdout.readline().startswith("watching ")
        with Library.open(ana_path) as ana:
            ana.import_bytes(article_html(HARBOUR_TITLE, HARBOUR).encode(), "p.html", url="https://coast.example/a")
            pushed_at = time.monotonic()
            ana.team.sync()
        arrived = None
        while time.monotonic() - pushed_at < 15:
            with Library.open(ben_path) as ben:
                if ben.count():
                    arrived = time.monotonic() - pushed_at
                    break
            time.sleep(0.1)
        assert arrived is not None and arrived < 5, arrived
    finally:
        watcher.terminate()
        watcher.communicate(timeout=10)  # and its pipes closed
