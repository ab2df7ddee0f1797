"""The whole library to a folder and back: round trip, no duplicates, damaged and foreign folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.core.errors import ReaderError
from reader.core.export.library_folder import export_library_folder, import_library_folder
from reader.core.export.safe_write import TEMP_PREFIX
from reader.core.library import Library
from reader.core.models import Block, BlockKind

FIELDS = ("exact", "prefix", "suffix", "start", "end", "color", "note", "status", "created_at", "updated_at")


@pytest.fixture
def full(library: Library, flood, add_article, write):
    """A library with three articles: one imported from a real file, one without a URL, one untouched."""
    imported = library.import_file(
        write(
            "pumps.txt",
            "Council backs new pumps\n\nBy Tom Okafor\n\n"
            "The council voted on Tuesday to buy four new pumps.\n\n"
            "The pumps will cost two million pounds, officials said.\n",
        )
    )
    library.annotations.add_quote(imported.id, "four new pumps", color="orange", note="How many now?")
    library.organize.add_tags([imported.id], ["council"])
    library.organize.set_position(imported.id, 0.5)
    quiet = add_article(title="Quiet day", url="", body=(Block(BlockKind.PARAGRAPH, "Nothing happened."),))
    library.organize.set_state([quiet.id], "archived")
    library.annotations.rename_label("red", "Check this")
    return [flood, imported, quiet]


def snapshot(lib: Library) -> list[tuple]:
    """Everything the export carries, keyed by title (ids differ between libraries)."""
    out = []
    for article_id in lib.article_ids("title"):
        a = lib.get(article_id)
        highlights = [tuple(getattr(h, f) for f in FIELDS) for h in lib.annotations.for_article(article_id)]
        out.append(
            (
                a.content,
                a.source,
                a.kind,
                a.fetched_at,
                lib.organize.tags_of(article_id),
                lib.organize.state(article_id),
                lib.organize.position(article_id),
                lib.annotations.article_note(article_id),
                highlights,
            )
        )
    return out


def test_export_layout_and_manifest(tmp_path: Path, library: Library, full) -> None:
    folder = tmp_path / "backup"
    result = export_library_folder(library, folder)
    assert (result.articles, result.highlights) == (3, 3)
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["format"] == "reader-library-folder" and manifest["version"] == 1
    assert manifest["counts"] == {"articles": 3, "highlights": 3, "tags": 3}
    assert set(manifest["files"]) == {f"articles/{a.id}.json" for a in full} | {
        "annotations.jsonld",
        "tags.json",
        "labels.json",
    }
    record = json.loads((folder / f"articles/{full[1].id}.json").read_text())
    assert record["raw_text"].startswith("Council backs new pumps\n\nBy Tom Okafor")
    assert record["content"]["body"][0] == {
        "kind": "paragraph",
        "text": "The council voted on Tuesday to buy four new pumps.",
    }
    assert record["state"] == "reading" and record["position"] == 0.5
    assert not any(p.name.startswith(TEMP_PREFIX) for p in folder.rglob("*"))


def test_round_trip_into_an_empty_library(tmp_path: Path, library: Library, other_library: Library, full) -> None:
    export_library_folder(library, tmp_path / "backup")
    report = import_library_folder(other_library, tmp_path / "backup")
    assert (report.added, report.matched) == (3, 0)
    assert (report.annotations.imported, report.annotations.article_notes) == (3, 1)
    assert snapshot(other_library) == snapshot(library)
    assert other_library.annotations.label("red").name == "Check this"  # an empty library takes the labels
    assert other_library.search("pumps")  # the imported articles are searchable


def test_importing_again_or_into_the_source_adds_nothing(
    tmp_path: Path, library: Library, other_library: Library, full
) -> None:
    export_library_folder(library, tmp_path / "backup")
    import_library_folder(other_library, tmp_path / "backup")
    before = snapshot(other_library)
    again = import_library_folder(other_library, tmp_path / "backup")
    assert (again.added, again.matched, again.annotations.imported) == (0, 3, 0)
    assert snapshot(other_library) == before
    same = import_library_folder(library, tmp_path / "backup")
    assert (same.added, same.annotations.imported) == (0, 0)


def test_import_into_a_library_that_has_other_articles(
    tmp_path: Path, library: Library, other_library: Library, full, write
) -> None:
    export_library_folder(library, tmp_path / "backup")
    mine = other_library.import_file(write("mine.txt", "My own story\n\nIt is mine and only mine, all of it.\n"))
    other_library.annotations.rename_label("red", "Mine")
    report = import_library_folder(other_library, tmp_path / "backup")
    assert report.added == 3 and other_library.count() == 4
    assert other_library.get(mine.id).content.title == "My own story"
    assert other_library.annotations.label("red").name == "Mine"  # a library in use keeps its labels


def test_two_articles_with_the_same_title_stay_two(
    tmp_path: Path, library: Library, other_library: Library, add_article
) -> None:
    for n in range(2):
        add_article(title="Editorial", url="", body=(Block(BlockKind.PARAGRAPH, f"Opinion number {n}."),))
    export_library_folder(library, tmp_path / "backup")
    assert import_library_folder(other_library, tmp_path / "backup").added == 2


def test_a_non_empty_folder_needs_force_and_stale_files_go(tmp_path: Path, library: Library, full) -> None:
    folder = tmp_path / "backup"
    export_library_folder(library, folder)
    with pytest.raises(ReaderError, match="not empty"):
        export_library_folder(library, folder)
    library.delete([full[2].id])
    (folder / f"{TEMP_PREFIX}x.part").write_text("left by a crash")
    export_library_folder(library, folder, force=True)
    assert not (folder / f"articles/{full[2].id}.json").exists()
    assert not (folder / f"{TEMP_PREFIX}x.part").exists()
    (tmp_path / "file").write_text("x")
    with pytest.raises(ReaderError, match="is a file"):
        export_library_folder(library, tmp_path / "file")


def test_damaged_exports_are_refused_before_anything_is_stored(
    tmp_path: Path, library: Library, other_library: Library, full
) -> None:
    folder = tmp_path / "backup"
    export_library_folder(library, folder)
    path = folder / f"articles/{full[1].id}.json"
    path.write_text(path.read_text().replace("four new pumps", "five new pumps"))
    with pytest.raises(ReaderError, match="damaged"):
        import_library_folder(other_library, folder)
    assert other_library.count() == 0


def _list_a_damaged_extra_file(folder: Path) -> None:
    """A file the manifest lists that this Reader does not use, not as it was exported."""
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["files"]["extra.txt"] = "0" * 64
    (folder / "manifest.json").write_text(json.dumps(manifest))
    (folder / "extra.txt").write_text("changed since")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda f: (f / "manifest.json").unlink(), "no manifest.json"),
        (_list_a_damaged_extra_file, "damaged: extra.txt is not the file that was exported"),
        (lambda f: (f / "manifest.json").write_text("{nope"), "not JSON"),
        (lambda f: (f / "manifest.json").write_text('{"format": "other"}'), "does not hold a Reader library export"),
        (
            lambda f: (f / "manifest.json").write_text(
                '{"format": "reader-library-folder", "version": 99, "files": {}}'
            ),
            "newer Reader",
        ),
        (
            lambda f: (f / "manifest.json").write_text(
                '{"format": "reader-library-folder", "version": 1, "files": {"../../etc/passwd": "x"}}'
            ),
            "names",
        ),
        (lambda f: (f / "tags.json").unlink(), "incomplete: tags.json is missing"),
    ],
)
def test_broken_folders(tmp_path: Path, library: Library, other_library: Library, full, change, message) -> None:
    folder = tmp_path / "backup"
    export_library_folder(library, folder)
    change(folder)
    with pytest.raises(ReaderError, match=message):
        import_library_folder(other_library, folder)
    assert other_library.count() == 0


def test_a_well_formed_but_wrong_article_file_is_refused(
    tmp_path: Path, library: Library, other_library: Library, full
) -> None:
    folder = tmp_path / "backup"
    export_library_folder(library, folder)
    manifest = json.loads((folder / "manifest.json").read_text())
    name = f"articles/{full[0].id}.json"
    record = json.loads((folder / name).read_text())
    record["content"]["body"][0]["kind"] = "poem"
    data = json.dumps(record).encode()
    (folder / name).write_bytes(data)
    import hashlib

    manifest["files"][name] = hashlib.sha256(data).hexdigest()
    (folder / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ReaderError, match="damaged"):
        import_library_folder(other_library, folder)
    assert other_library.count() == 0
