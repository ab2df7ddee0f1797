"""The real command line, run as a subprocess on a temporary library."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def run(*args: str, env_library: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "READER_LIBRARY"}
    if env_library:
        env["READER_LIBRARY"] = str(env_library)
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True, text=True,
                          env=env, timeout=60)


def test_import_list_show(tmp_path: Path, write) -> None:
    lib = tmp_path / "lib.sqlite3"
    story = write("story.md", "# Harvest starts early\n\nBy Ana Lima\n\nFarmers began cutting wheat.\n")
    done = run("import", str(story), "--library", str(lib))
    assert done.returncode == 0, done.stderr
    article_id = int(done.stdout.split("\t")[0])

    listed = run("--library", str(lib), "list", "--json")
    assert listed.returncode == 0, listed.stderr
    [row] = [json.loads(line) for line in listed.stdout.splitlines()]
    assert row["id"] == article_id and row["title"] == "Harvest starts early"

    plain = run("list", "--library", str(lib))
    assert "Harvest starts early" in plain.stdout

    shown = run("show", str(article_id), "--json", "--library", str(lib))
    data = json.loads(shown.stdout)
    assert data["title"] == "Harvest starts early"
    assert data["authors"] == [{"name": "Ana Lima", "role": "author"}]
    assert data["text"] == "Farmers began cutting wheat."

    text = run("show", str(article_id), "--library", str(lib))
    assert text.stdout.startswith("Harvest starts early\n") and "Farmers began cutting wheat." in text.stdout


def test_environment_variable_selects_library(tmp_path: Path, write) -> None:
    lib = tmp_path / "env-lib.sqlite3"
    story = write("a.txt", "Title\n\nBody.")
    assert run("import", str(story), env_library=lib).returncode == 0
    assert lib.exists()
    assert "Title" in run("list", env_library=lib).stdout


def test_errors_are_one_clear_line_and_nonzero(tmp_path: Path, write) -> None:
    lib = tmp_path / "lib.sqlite3"
    good = write("good.txt", "Good title\n\nGood body.")
    empty = write("empty.txt", b"")
    done = run("import", str(empty), str(good), str(tmp_path / "missing.txt"), "--library", str(lib))
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("reader: error: ") and "empty" in lines[0]
    assert "no such file" in lines[1]
    assert "Good title" in done.stdout  # the good file was imported anyway

    missing = run("show", "99", "--library", str(lib))
    assert missing.returncode == 1
    assert missing.stderr.strip() == "reader: error: no article with id 99 in this library"

    not_lib = tmp_path / "notes.txt"
    not_lib.write_text("not a database " * 100)
    bad = run("list", "--library", str(not_lib))
    assert bad.returncode == 1 and len(bad.stderr.strip().splitlines()) == 1
    assert "cannot open the library" in bad.stderr
