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
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True, text=True, env=env, timeout=60)


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


def test_clean_outputs_one_json_line_per_input_and_goes_on_after_errors(tmp_path: Path, write, local_site) -> None:
    page = write(
        "page.txt",
        "Menu\nHome\nNews\n\nHarbour dredging starts next month\n\nBy Lena Marsh\n\n"
        "Work to deepen the harbour channel will begin in May, the port authority said on Tuesday.\n\n"
        "Read more: Ferry timetable changes\n\n"
        "The dredging is expected to take eleven weeks and will be carried out mostly at night.\n",
    )
    url = local_site.add(
        "/story",
        "<html><head><title>Quay works</title></head><body><article><p>"
        + "The quay will be rebuilt over the winter, the council said. " * 5
        + "</p></article></body></html>",
    )
    empty = write("empty.txt", b"")
    done = subprocess.run(
        [sys.executable, "-m", "reader", "clean", str(page), str(empty), url, "-", "--json"],
        input=b"A pasted note\n\nIt has one paragraph of text in it.",
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 1  # one input failed
    rows = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [r["source"] for r in rows] == [str(page), str(empty), url, "-"]
    first = rows[0]
    assert first["title"] == "Harbour dredging starts next month"
    assert first["authors"] == [{"name": "Lena Marsh", "role": "author"}]
    assert "Read more" not in first["text"]
    assert first["text"].startswith("Work to deepen the harbour channel")
    assert {
        "subtitle",
        "section",
        "site_name",
        "dateline",
        "published",
        "language",
        "url",
        "body",
        "figures",
        "removed",
    } <= set(first)
    assert any(r["reason"] == "related link" for r in first["removed"])
    assert rows[1] == {"source": str(empty), "error": "the file is empty: there is no text to import"}
    assert rows[2]["url"] == url and "quay will be rebuilt" in rows[2]["text"]
    assert rows[3]["title"] == "A pasted note"


def test_import_url(tmp_path: Path, local_site) -> None:
    lib = tmp_path / "lib.sqlite3"
    url = local_site.add(
        "/a",
        "<html><head><title>Quay works</title></head><body><article><p>"
        + "The quay will be rebuilt over the winter, the council said. " * 5
        + "</p></article></body></html>",
    )
    done = run("import", url, "--library", str(lib))
    assert done.returncode == 0, done.stderr
    shown = json.loads(run("show", done.stdout.split("\t")[0], "--json", "--library", str(lib)).stdout)
    assert shown["url"] == url and shown["fetched_at"]


def test_highlight_commands_and_reimport(tmp_path: Path, write) -> None:
    lib = tmp_path / "lib.sqlite3"
    v1 = write(
        "flood.txt",
        "Flood wall holds\n\nThe river rose overnight and flooded the lower town, officials said.\n\n"
        "The mayor declared an emergency on Monday morning after the water reached the square.\n\n"
        "Engineers said the old flood wall had held better than expected.\n",
    )
    article_id = run("import", str(v1), "--library", str(lib)).stdout.split("\t")[0]
    h1 = run(
        "highlight",
        article_id,
        "The mayor declared an emergency",
        "--label",
        "Claim to check",
        "--note",
        "Ask the council",
        "--library",
        str(lib),
    )
    assert h1.returncode == 0, h1.stderr
    h2 = run("highlight", article_id, "Engineers said the old flood wall had held", "--library", str(lib))
    missing = run("highlight", article_id, "words that are not there", "--library", str(lib))
    assert missing.returncode == 1 and "not in the text" in missing.stderr

    rows = [
        json.loads(line) for line in run("highlights", article_id, "--json", "--library", str(lib)).stdout.splitlines()
    ]
    assert [r["id"] for r in rows] == [int(h1.stdout), int(h2.stdout)]
    assert rows[0]["label"] == "Claim to check" and rows[0]["color"] == "red" and rows[0]["note"] == "Ask the council"
    assert set(rows[0]) >= {"id", "exact", "prefix", "suffix", "start", "end", "label", "color", "note", "status"}
    assert rows[0]["status"] == "anchored"

    v2 = write(
        "flood2.txt",
        v1.read_text()
        .replace("Engineers said the old flood wall had held better than expected.", "No engineer would comment.")
        .replace("overnight", "sharply"),
    )
    done = run("import", str(v2), "--into", article_id, "--library", str(lib))
    assert done.returncode == 0, done.stderr
    assert "1 kept, 0 moved, 1 orphaned" in done.stdout
    rows = [
        json.loads(line) for line in run("highlights", article_id, "--json", "--library", str(lib)).stdout.splitlines()
    ]
    assert [r["status"] for r in rows] == ["anchored", "orphaned"]

    again = run("import", str(v2), "--library", str(lib))  # the same file again: recognised, not a copy
    assert "unchanged" in again.stdout
    assert len(run("list", "--json", "--library", str(lib)).stdout.splitlines()) == 1


def test_search_tag_and_folder_import(tmp_path: Path, write) -> None:
    lib = tmp_path / "lib.sqlite3"
    write("folder/a.txt", "Harbour dredging starts\n\nWork to deepen the harbour channel will begin in May.\n")
    write("folder/sub/b.md", "# Ferry fares rise\n\nThe ferry company will raise fares by ten per cent.\n")
    write("folder/sub/photo.jpg", b"\xff\xd8\xff\xe0" + bytes(50))  # not an article: skipped
    done = run("import", str(tmp_path / "inputs" / "folder"), "--library", str(lib))
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.strip().splitlines()) == 2
    listed = [json.loads(line) for line in run("list", "--json", "--library", str(lib)).stdout.splitlines()]
    ferry = next(r["id"] for r in listed if r["title"] == "Ferry fares rise")
    tagged = run("tag", str(ferry), "transport", "Island News", "--library", str(lib))
    assert tagged.stdout.strip() == "Island News, transport"

    rows = [
        json.loads(line)
        for line in run("search", "fares", "tag:transport", "--json", "--library", str(lib)).stdout.splitlines()
    ]
    assert [r["id"] for r in rows] == [ferry]
    assert set(rows[0]) >= {"id", "title", "site", "score", "matched_in", "snippet"}
    assert rows[0]["matched_in"] == "article" and "**fares**" in rows[0]["snippet"]
    odd = run("search", '"unbalanced', "AND", "--json", "--library", str(lib))
    assert odd.returncode == 0
    assert run("tag", str(ferry), "--remove", "transport", "--library", str(lib)).stdout.strip() == "Island News"


def test_backup_and_restore(tmp_path: Path, write) -> None:
    lib = tmp_path / "lib.sqlite3"
    run("import", str(write("a.txt", "First title\n\nThe first article's only paragraph.")), "--library", str(lib))
    made = run("backup", "--library", str(lib))
    assert made.returncode == 0, made.stderr
    backup = Path(made.stdout.strip())
    assert backup.exists() and backup.parent.name == "backups"
    run(
        "import", str(write("b.txt", "Second title\n\nA second article added after the backup.")), "--library", str(lib)
    )
    done = run("restore", str(backup), "--library", str(lib))
    assert done.returncode == 0, done.stderr
    assert "kept as" in done.stdout
    titles = [json.loads(line)["title"] for line in run("list", "--json", "--library", str(lib)).stdout.splitlines()]
    assert titles == ["First title"]
    missing = run("restore", str(tmp_path / "nope.sqlite3"), "--library", str(lib))
    assert missing.returncode == 1 and missing.stderr.startswith("reader: error: ")


def test_export_import_annotations_and_cite(tmp_path: Path, write) -> None:
    lib = tmp_path / "lib.sqlite3"
    story = write(
        "flood.txt",
        "Flood wall holds as river peaks\n\nBy Rachel Ingleby\n\n"
        "The river rose overnight and flooded the lower town, the council said on Monday.\n\n"
        "Engineers said the old flood wall had held better than expected during the night.\n",
    )
    article_id = run("import", str(story), "--library", str(lib)).stdout.split("\t")[0]
    run(
        "highlight",
        article_id,
        "flooded the lower town",
        "--label",
        "Claim to check",
        "--note",
        "Check: how many homes?",
        "--library",
        str(lib),
    )
    md = run("export", article_id, "--format", "markdown", "--library", str(lib))
    assert md.returncode == 0, md.stderr
    assert (
        md.stdout.startswith("---\n")
        and "> flooded the lower town" in md.stdout
        or "flooded the lower town" in md.stdout
    )
    assert f"reader://article/{article_id}#highlight-" in md.stdout
    csv_out = run("export", "--all", "--format", "csv", "--library", str(lib))
    assert "flooded the lower town" in csv_out.stdout and "Claim to check" in csv_out.stdout
    annotations = tmp_path / "out" / "annotations.json"
    done = run("export", article_id, "--format", "w3c", "-o", str(annotations), "--library", str(lib))
    assert done.returncode == 0, done.stderr
    again = run("export", article_id, "--format", "w3c", "-o", str(annotations), "--library", str(lib))
    assert again.returncode == 1 and "exists" in again.stderr  # never overwritten without --force
    assert (
        run(
            "export", article_id, "--format", "w3c", "-o", str(annotations), "--force", "--library", str(lib)
        ).returncode
        == 0
    )
    epub = run("export", "--all", "--format", "epub", "--library", str(lib))
    assert epub.returncode == 1 and "-o" in epub.stderr

    other = tmp_path / "other.sqlite3"
    run("import", str(story), "--library", str(other))
    imported = run("import-annotations", str(annotations), "--library", str(other))
    assert imported.returncode == 0, imported.stderr and "1 imported" in imported.stdout
    rows = [json.loads(line) for line in run("highlights", "1", "--json", "--library", str(other)).stdout.splitlines()]
    assert [(r["exact"], r["label"], r["note"]) for r in rows] == [
        ("flooded the lower town", "Claim to check", "Check: how many homes?")
    ]
    cited = run("cite", article_id, "--style", "apa", "--library", str(lib))
    assert cited.returncode == 0 and cited.stdout.startswith("Ingleby, R.")
    bib = run("cite", article_id, "--style", "bibtex", "--library", str(lib))
    assert bib.stdout.lstrip().startswith("@")
    bad = run("export", "999", "--format", "csv", "--library", str(lib))
    assert bad.returncode == 1 and "no article with id 999" in bad.stderr


def test_a_whole_library_goes_out_to_a_folder_and_comes_back(tmp_path: Path, write) -> None:
    lib = tmp_path / "lib.sqlite3"
    story = write(
        "flood.txt", "Flood wall holds\n\nThe river rose overnight and flooded the lower town, officials said.\n"
    )
    article_id = run("import", str(story), "--library", str(lib)).stdout.split("\t")[0]
    run("highlight", article_id, "flooded the lower town", "--note", "How many homes?", "--library", str(lib))
    run("tag", article_id, "floods", "--library", str(lib))
    folder = tmp_path / "export"
    done = run("export", "--format", "library", "-o", str(folder), "--library", str(lib))
    assert done.returncode == 0, done.stderr
    fresh = tmp_path / "fresh.sqlite3"
    back = run("import", str(folder), "--library", str(fresh))
    assert back.returncode == 0, back.stderr
    rows = [json.loads(line) for line in run("highlights", "1", "--json", "--library", str(fresh)).stdout.splitlines()]
    assert [(r["exact"], r["note"]) for r in rows] == [("flooded the lower town", "How many homes?")]
    assert "Flood wall holds" in run("search", "tag:floods", "--library", str(fresh)).stdout
