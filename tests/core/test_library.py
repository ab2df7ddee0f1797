from __future__ import annotations

import sqlite3

import pytest

from reader.core.demo import add_demo_if_empty
from reader.core.errors import ArticleNotFound
from reader.core.library import Library
from reader.core.paths import resource


def test_import_get_and_list(library: Library, write) -> None:
    path = write("story.txt", "Rain floods the valley\n\nThe river rose overnight.\n\nResidents left.")
    article = library.import_file(path)
    assert article.title == "Rain floods the valley"
    assert article.kind == "text"
    assert article.source == str(path.resolve())
    assert article.content.text == "The river rose overnight.\n\nResidents left."
    assert library.get(article.id) == article
    assert library.count() == 1
    [row] = library.list_articles()
    assert (row.id, row.title) == (article.id, "Rain floods the valley")


def test_list_sorts(library: Library, write) -> None:
    b = library.import_file(write("b.txt", "Banana\n\ntext"))
    a = library.import_file(write("a.txt", "apple\n\ntext"))
    c = library.import_file(write("c.txt", "Cherry\n\ntext"))
    assert library.article_ids("title") == [a.id, b.id, c.id]
    assert library.article_ids("added") == [c.id, a.id, b.id]  # newest first; ties broken by id
    with pytest.raises(ValueError):
        library.article_ids("nonsense")


def test_summaries_fetch_only_asked_rows(library: Library, write) -> None:
    ids = [library.import_file(write(f"{i}.txt", f"T{i}\n\nbody")).id for i in range(5)]
    rows = library.summaries(ids[1:3] + [9999])
    assert set(rows) == set(ids[1:3])


def test_get_missing_article(library: Library) -> None:
    with pytest.raises(ArticleNotFound, match="no article with id 42"):
        library.get(42)


def test_delete_removes_everything_attached(library: Library, write) -> None:
    article = library.import_file(write("x.txt", "T\n\nbody"))
    assert library.delete([article.id, 12345]) == 1
    conn = sqlite3.connect(library.path)
    for table in ("articles", "article_versions"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    conn.close()


def test_text_survives_reopen(tmp_path, write) -> None:
    path = tmp_path / "lib.sqlite3"
    with Library.open(path) as lib:
        article = lib.import_file(write("x.md", "# Título\n\n> Cita\n\n- uno\n\nFin."))
    with Library.open(path) as lib:
        assert lib.get(article.id) == article


def test_demo_library_fills_an_empty_library_once(library: Library) -> None:
    demo_files = [
        p for p in resource("demo").glob("*") if p.suffix in (".txt", ".html", ".md") and p.name != "README.md"
    ]
    assert len(demo_files) >= 4, "the demo library ships in resources/demo"
    added = add_demo_if_empty(library)
    assert added == len(demo_files) == library.count()
    library.delete(library.article_ids())
    assert add_demo_if_empty(library) == 0  # deleted demo articles do not come back


def test_demo_is_not_added_to_a_library_with_articles(library: Library, write) -> None:
    library.import_file(write("x.txt", "T\n\nbody"))
    assert add_demo_if_empty(library) == 0
    assert library.count() == 1
