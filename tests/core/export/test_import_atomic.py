"""An annotation file, and a library folder, is stored whole or not at all (issue 13, item 6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core import annotation_import
from reader.core.annotation_import import store
from reader.core.annotations import Annotations
from reader.core.errors import Cancelled
from reader.core.export import w3c
from reader.core.export.library_folder import export_library_folder, import_library_folder
from reader.core.library import Library

STORY = (
    b"Harbour fees rise\n\nThe harbour board raised mooring fees by a fifth on Monday, citing repairs.\n\n"
    b"Boat owners said the rise came without warning and would push some of them to leave.\n"
)


def _exported(tmp_path: Path) -> tuple[Path, Path, list[str]]:
    source = tmp_path / "source.sqlite3"
    with Library.open(source) as library:
        article = library.import_bytes(STORY, "fees.txt")
        for words in ("mooring fees", "a fifth", "Boat owners", "without warning"):
            library.annotations.add_quote(article.id, words, note=f"on {words}")
        library.organize.add_tags([article.id], ["harbour"])
        data = w3c.export_annotations(library, [article.id])
        export_library_folder(library, tmp_path / "folder")
    path = tmp_path / "annotations.json"
    import json

    path.write_text(json.dumps(data))
    return path, tmp_path / "folder", ["mooring fees", "a fifth", "Boat owners", "without warning"]


def _fail_on_third_highlight(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = {"n": 0}
    real_write = Annotations._write

    def write(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("the process dies here")
        return real_write(self, *args, **kwargs)

    monkeypatch.setattr(Annotations, "_write", write)


def _from_bytes(library: Library, path: Path) -> annotation_import.ImportReport:
    return annotation_import.import_annotations(library, path.read_bytes())


def _from_file(library: Library, path: Path) -> annotation_import.ImportReport:
    return annotation_import.import_annotations_file(library, path)


@pytest.mark.parametrize("at_once", [500, 2])  # all four stored together, or in two batches
@pytest.mark.parametrize("way", [_from_bytes, _from_file])
def test_an_annotation_file_that_fails_midway_stores_nothing(tmp_path: Path, monkeypatch, way, at_once) -> None:
    path, _folder, _words = _exported(tmp_path)
    target = tmp_path / "target.sqlite3"
    with Library.open(target) as library:
        article = library.import_bytes(STORY, "fees.txt")
        monkeypatch.setattr(store, "STORED_AT_ONCE", at_once)
        _fail_on_third_highlight(monkeypatch)
        with pytest.raises(RuntimeError):
            way(library, path)
        assert library.annotations.for_article(article.id) == []  # not two of four
        monkeypatch.undo()
        report = way(library, path)
        assert len(library.annotations.for_article(article.id)) == 4, str(report)


def test_an_import_stopped_from_its_progress_stores_nothing(tmp_path: Path) -> None:
    path, _folder, _words = _exported(tmp_path)
    with Library.open(tmp_path / "target.sqlite3") as library:
        article = library.import_bytes(STORY, "fees.txt")
        heard: list[tuple[str, int, int]] = []

        def stop_when_importing(phase: str, done: int, total: int) -> None:
            heard.append((phase, done, total))
            if phase == "importing":
                raise Cancelled()

        with pytest.raises(Cancelled):
            annotation_import.import_annotations_file(library, path, stop_when_importing)
        assert library.annotations.for_article(article.id) == []
        assert heard[0][0] == "checking" and heard[-1] == ("importing", 4, 4)


def test_a_library_folder_that_fails_midway_stores_nothing(tmp_path: Path, monkeypatch) -> None:
    _path, folder, _words = _exported(tmp_path)
    target = tmp_path / "target.sqlite3"
    with Library.open(target) as library:
        _fail_on_third_highlight(monkeypatch)
        with pytest.raises(RuntimeError):
            import_library_folder(library, folder)
        assert library.count() == 0 and library.organize.tag_counts() == []  # no article without its notes
        monkeypatch.undo()
        import_library_folder(library, folder)
        [article] = library.list_articles()
        assert len(library.annotations.for_article(article.id)) == 4
        assert library.organize.tags_of(article.id) == ["harbour"]
