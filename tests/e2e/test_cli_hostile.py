"""Every command with hostile arguments and inputs: each ends in one clear line and an exit status,
never a traceback, a hang or a half-stored result (issue 13)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader import cli
from reader.core.backup import check_library
from reader.core.library import Library

STORY = b"Harbour fees rise\n\nThe harbour board raised mooring fees by a fifth on Monday.\n"
HUGE_IDS = ["99999999999999999999", "9223372036854775808", "1" * 5000, "0", "-1", "abc", "1e3", " ", "\udcff"]
BAD_TEXT = ["\udcff", "caf\udce9"]


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    path = tmp_path / "lib.sqlite3"
    with Library.open(path) as library:
        article = library.import_bytes(STORY, "fees.txt")
        library.annotations.add_quote(article.id, "mooring fees")
    return path


@pytest.fixture
def hostile_files(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "hostile"
    folder.mkdir()
    fifo = folder / "pipe.txt"
    os.mkfifo(fifo)
    deep = folder / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    digits = folder / "digits.json"
    digits.write_text('{"type": "AnnotationCollection", "total": ' + "9" * 5000 + "}")
    empty = folder / "empty.txt"
    empty.write_bytes(b"")
    not_json = folder / "notes.json"
    not_json.write_bytes(b"\xff\xfe not json")
    return {
        "fifo": fifo,
        "zero": Path("/dev/zero"),
        "folder": folder,
        "missing": folder / "missing.txt",
        "deep": deep,
        "digits": digits,
        "empty": empty,
        "not_json": not_json,
    }


def run_main(args: list[str], capsys) -> tuple[int, str, str]:
    """The command line in this process (a traceback would be an exception here)."""
    try:
        code = cli.main(args)
    except SystemExit as exc:  # argparse's own refusals
        code = exc.code if isinstance(exc.code, int) else 2
    out, err = capsys.readouterr()
    return code, out, err


def cases(lib: Path, files: dict[str, Path], out_dir: Path) -> list[tuple[str, list[str]]]:
    """(command, arguments) pairs: every command, each with arguments it must refuse clearly."""
    L = ["--library", str(lib)]  # noqa: N806
    result: list[tuple[str, list[str]]] = []
    for bad in HUGE_IDS:
        result += [
            ("show", ["show", bad, *L]),
            ("highlights", ["highlights", bad, *L]),
            ("tag", ["tag", bad, "x", *L]),
            ("cite", ["cite", bad, *L]),
            ("export", ["export", bad, "--format", "markdown", *L]),
            ("highlight", ["highlight", bad, "fees", *L]),
            ("import", ["import", str(files["empty"]), "--into", bad, *L]),
        ]
    for bad in ["0", "-5", "99999999999999999999999", "x"]:
        result += [
            ("search", ["search", "fees", "--limit", bad, *L]),
            ("fetch", ["fetch", "--limit", bad, *L]),
            ("backup", ["backup", "--keep", bad, *L]),
            ("highlight", ["highlight", "1", "fees", "--occurrence", bad, *L]),
        ]
    for bad in BAD_TEXT:
        result += [
            ("tag", ["tag", "1", bad, *L]),
            ("tag", ["tag", "1", "--remove", bad, *L]),
            ("highlight", ["highlight", "1", bad, *L]),
            ("highlight", ["highlight", "1", "fees", "--note", bad, *L]),
            ("highlight", ["highlight", "1", "fees", "--label", bad, *L]),
            ("search", ["search", bad, *L]),
        ]
    for name in ("fifo", "zero", "folder", "missing", "empty", "deep", "not_json"):
        result += [
            ("import", ["import", str(files[name]), *L]),
            ("clean", ["clean", str(files[name])]),
            ("import-annotations", ["import-annotations", str(files[name]), *L]),
            ("import", ["import", str(files[name]), "--from", "pocket", *L]),
            ("restore", ["restore", str(files[name]), *L]),
        ]
    result += [("import-annotations", ["import-annotations", str(files["digits"]), *L])]
    result += [
        ("search", ["search", q, *L]) for q in ('"', "site:%", "author:_", "(((", "*", "-", "tag:", "a" * 10_000)
    ]
    result += [
        ("export", ["export", "1", "--format", "markdown", "-o", str(files["fifo"]), *L]),
        ("export", ["export", "1", "--format", "markdown", "-o", str(files["folder"]), *L]),
        ("export", ["export", "--all", "1", "--format", "csv", *L]),
        ("list", ["list", "--sort", "nonsense", *L]),
        ("list", ["list", *L[:1]]),
        ("repair", ["repair", "--library", str(files["folder"])]),
        ("show", ["show", "1", "--library", str(files["empty"].parent / "no" / "such" / "dir" / "x")]),
        ("backup", ["backup", "--library", str(files["fifo"])]),
        ("sync", ["sync", *L]),  # a personal library is no team library
        ("sync", ["sync", "--watch", *L]),
    ]
    replica = ["--library", str(out_dir / "replica.sqlite3")]
    for url in ("https://example.org/db", "postgresql://nobody@127.0.0.1:1/none", "postgresql://%zz@[::1", "x" * 5000):
        result += [("connect", ["connect", url, "--name", "Ana", *replica])]
    for bad in BAD_TEXT:
        result += [("connect", ["connect", "postgresql://nobody@127.0.0.1:1/none", "--name", bad, *replica])]
    result += [
        ("connect", ["connect", "postgresql://a@127.0.0.1:1/b", "--name", "A", "--library", str(files["folder"])])
    ]
    return result


def test_every_command_refuses_hostile_arguments_in_one_line(lib: Path, hostile_files, tmp_path: Path, capsys) -> None:
    before = lib.read_bytes()
    per_command: dict[str, int] = {}
    for command, args in cases(lib, hostile_files, tmp_path):
        code, out, err = run_main(args, capsys)
        per_command[command] = per_command.get(command, 0) + 1
        assert "Traceback" not in err, (args, err)
        if code == 0:
            continue  # some are answered (an odd search finds nothing; `clean` of a folder…), never crash
        lines = [line for line in err.splitlines() if line.strip()]
        errors = [line for line in lines if "error:" in line]
        assert len(errors) == 1 and lines[-1] == errors[0], (args, err)  # one line says what is wrong
        assert all(line.startswith(("usage:", " ")) for line in lines[:-1]), (args, err)  # argparse's usage
        assert len(errors[0]) < 400, (args, errors[0][:200])
    print("hostile cases per command:", dict(sorted(per_command.items())))
    with Library.open(lib) as library:  # nothing half-stored, the library is whole
        assert [a.title for a in library.list_articles()] == ["Harbour fees rise"]
    assert check_library(lib) is None  # the file is whole: SQLite's integrity check finds nothing
    assert len(per_command) == len(cli.COMMANDS) + 3  # every command (and clean, restore, connect) was tried
    assert not (tmp_path / "replica.sqlite3").exists()  # no replica is left from a connect that failed
    del before


def test_a_file_name_that_is_not_utf8_is_stored_readably_and_the_batch_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "a.txt").write_bytes(STORY)
    bad = os.fsencode(folder) + b"/bad\xffname.txt"
    with open(bad, "wb") as handle:
        handle.write(b"Ferry fares rise\n\nThe ferry company raised fares by a tenth on Monday morning.\n")
    (folder / "z.txt").write_bytes(b"Bridge closes\n\nThe old bridge closes for repairs from Tuesday next week.\n")
    lib = tmp_path / "lib.sqlite3"
    done = subprocess.run(
        [sys.executable, "-m", "reader", "--library", str(lib), "import", str(folder)], capture_output=True, timeout=60
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    assert done.stdout.count(b"\n") == 3  # all three, in order
    with Library.open(lib) as library:
        sources = sorted(library.get(article_id).source for article_id in library.article_ids())
    assert any(s.endswith("bad\\xffname.txt") for s in sources), sources


def test_an_argument_that_is_not_utf8_is_refused_in_one_line(lib: Path) -> None:
    for args in ([b"tag", b"1", b"\xff"], [b"highlight", b"1", b"fees", b"--note", b"\xff"]):
        done = subprocess.run(
            [sys.executable, "-m", "reader", "--library", str(lib), *args], capture_output=True, timeout=60
        )
        assert done.returncode == 2 and b"Traceback" not in done.stderr
        assert done.stderr.decode().strip().endswith("is not valid text (it holds bytes that are not UTF-8)")


def test_output_into_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    lib = tmp_path / "lib.sqlite3"
    with Library.open(lib) as library:
        for i in range(400):
            library.import_bytes(f"Story {i}\n\nThe body of story number {i} in the library.\n".encode(), f"{i}.txt")
    for command in (["list"], ["show", "1"], ["search", "story", "--limit", "400"]):
        done = subprocess.run(
            f"{sys.executable} -m reader --library {lib} {' '.join(command)} | head -1",
            shell=True,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.stdout.count("\n") == 1
        assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr, done.stderr


def test_special_files_are_refused_without_reading_them(lib: Path, hostile_files) -> None:
    for name in ("fifo", "zero"):
        done = subprocess.run(
            [sys.executable, "-m", "reader", "--library", str(lib), "import", str(hostile_files[name])],
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert done.returncode == 1 and "not a regular file" in done.stderr


def test_a_library_folder_naming_a_fifo_or_nested_deep_is_refused(tmp_path: Path, lib: Path) -> None:
    from reader.core.errors import ReaderError
    from reader.core.export.library_folder import export_library_folder, import_library_folder, is_library_folder

    with Library.open(lib) as library:
        export_library_folder(library, tmp_path / "out")
    out = tmp_path / "out"
    victim = next((out / "articles").glob("*.json"))
    victim.unlink()
    os.mkfifo(victim)
    with Library.open(tmp_path / "other.sqlite3") as other, pytest.raises(ReaderError, match="not a regular file"):
        import_library_folder(other, out)
    deep = tmp_path / "deep"
    deep.mkdir()
    (deep / "manifest.json").write_text("[" * 100_000 + "]" * 100_000)
    assert not is_library_folder(deep)


def test_search_on_a_damaged_index_says_so_and_repair_rebuilds_it(lib: Path, capsys) -> None:
    import sqlite3

    raw = sqlite3.connect(lib)
    raw.execute("UPDATE search_data SET block = randomblob(length(block)) WHERE id > 1")
    raw.commit()
    raw.close()
    code, _out, err = run_main(["search", "harbour", "--library", str(lib)], capsys)
    assert code == 1 and err.count("\n") == 1 and "reader repair" in err
    code, out, _err = run_main(["repair", "--library", str(lib)], capsys)
    assert code == 0 and out.startswith("rebuilt the search index: 1 articles, 1 highlights")
    code, out, _err = run_main(["search", "harbour", "--library", str(lib)], capsys)
    assert code == 0 and "Harbour fees rise" in out
    code, out, _err = run_main(["search", "mooring", "--library", str(lib), "--json"], capsys)
    assert any(json.loads(line)["matched_in"] == "highlight" for line in out.splitlines())


def test_repair_rebuilds_an_index_whose_damaged_structure_claims_more_than_memory_holds(lib: Path, capsys) -> None:
    """The index's structure record (FTS5 keeps it at id 10) damaged so that its counts ask SQLite
    for more memory than there is: SQLite answers "out of memory" (Python's MemoryError) where other
    damage gives a database error. Seen once in 50 randomly damaged indexes; this one always does it.
    Every write that touches the index then says so in one line, and `reader repair` rebuilds it."""
    import sqlite3

    raw = sqlite3.connect(lib)
    raw.execute("UPDATE search_data SET block = X'283DD0E12C816D7CCA75F59EE6C751' WHERE id = 10")
    raw.commit()
    raw.close()
    story = lib.parent / "lifeboat.txt"
    story.write_text(
        "Lifeboat crew rescue two walkers\n" + "The crew reached the walkers on the sandbank at dusk. " * 6
    )
    for command in (["import", str(story)], ["highlight", "1", "fifth"]):  # each writes to the index too
        code, out, err = run_main([*command, "--library", str(lib)], capsys)
        assert code == 1 and err.count("\n") == 1 and "out of memory" in err and "Traceback" not in err, command
    code, out, _err = run_main(["repair", "--library", str(lib)], capsys)
    assert code == 0 and out.startswith("rebuilt the search index: 1 articles, 1 highlights")
    code, out, _err = run_main(["search", "harbour", "--library", str(lib)], capsys)
    assert code == 0 and "Harbour fees rise" in out
    code, out, _err = run_main(["import", str(story), "--library", str(lib)], capsys)
    assert code == 0


def test_reader_with_a_file_or_file_url_opens_it_in_the_window() -> None:
    assert cli._files_to_open(["/etc/hostname"]) == ([], ["/etc/hostname"])
    assert cli._files_to_open(["--library", "x.sqlite3", "file:///tmp/a%20b.html"]) == (
        ["--library", "x.sqlite3"],
        ["/tmp/a b.html"],
    )
    assert cli._files_to_open(["https://example.invalid/page"]) == ([], ["https://example.invalid/page"])
    assert cli._files_to_open(["list"]) is None and cli._files_to_open([]) is None
    assert cli._files_to_open(["lsit"]) is None  # a mistyped command is argparse's to answer
    # a file that is not there (mistyped, deleted) is still a file: the window says "no such file"
    assert cli._files_to_open(["/no/such/page.html"]) == ([], ["/no/such/page.html"])
    assert cli._files_to_open(["missing-page.html"]) == ([], ["missing-page.html"])
