"""Export, Cite, Copy Quote with Citation and reader:// links in the real window."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QApplication, QTextBrowser

from reader.core.export.formats import write_export

STORY = """Flood wall holds as river peaks

By Rachel Ingleby

The river rose overnight and flooded the lower town, the council said on Monday morning.

Engineers said the old flood wall had held better than expected during the night.
"""


def open_story(make_window, write):
    window = make_window()
    window.show()
    [article] = window.import_paths([write("flood.txt", STORY)])
    h = window.library.annotations.add_quote(
        article.id, "held better than expected", color="red", note="Check the **survey**."
    )
    window.open_article(article.id)
    return window, article, h


def test_every_export_format_writes_a_file(make_window, write, tmp_path) -> None:
    window, article, _ = open_story(make_window, write)
    out = tmp_path / "exports"
    out.mkdir()
    for key, name in (
        ("markdown", "notes.md"),
        ("article-md", "article.md"),
        ("w3c", "a.json"),
        ("csv", "h.csv"),
        ("html", "a.html"),
        ("epub", "a.epub"),
        ("bibliography", "refs.txt"),
        ("library", "lib"),
    ):
        path = write_export(window.library, key, [article.id], out / name)
        assert path.exists(), key
    assert "held better than expected" in (out / "notes.md").read_text(encoding="utf-8")
    assert json.loads((out / "a.json").read_text(encoding="utf-8"))
    assert (out / "refs.txt").read_text(encoding="utf-8").startswith("Ingleby, R.")
    assert (out / "lib" / "manifest.json").exists()


def test_an_existing_file_is_not_overwritten_without_force(make_window, write, tmp_path) -> None:
    from reader.core.errors import ReaderError

    window, article, _ = open_story(make_window, write)
    target = tmp_path / "h.csv"
    target.write_text("mine")
    try:
        write_export(window.library, "csv", [article.id], target)
    except ReaderError as exc:
        assert "exists" in str(exc)
    else:
        raise AssertionError("an existing file was overwritten")
    assert target.read_text() == "mine"
    write_export(window.library, "csv", [article.id], target, force=True)
    assert "held better than expected" in target.read_text(encoding="utf-8-sig")


def test_copy_quote_with_citation(make_window, write) -> None:
    window, article, h = open_story(make_window, write)
    window.annotation_panel.select(h.id)
    window.actions.copy_quote.trigger()
    text = QApplication.clipboard().text()
    assert text.startswith("“held better than expected”")
    assert "Ingleby" in text and "para. 2" in text


def test_cite_dialog_shows_and_copies(make_window, write) -> None:
    window, article, _ = open_story(make_window, write)
    window.actions.cite.trigger()
    dialog = window.exports.cite_dialog
    view = dialog.findChild(QTextBrowser, "citation")
    assert "Ingleby" in view.toPlainText()
    dialog.close()


def test_reader_links_open_the_article_at_the_highlight(make_window, write, qtbot) -> None:
    window, article, h = open_story(make_window, write)
    other = window.import_paths([write("other.txt", "Another story\n\nSomething else happened on Tuesday.")])[0]
    window.open_article(other.id)
    window.open_link(f"reader://article/{article.id}#highlight-{h.id}")
    assert window.article_view.article.id == article.id
    qtbot.waitUntil(lambda: window.article_view._flash_id == h.id, timeout=2000)


def test_every_format_and_style_of_core_has_its_words_in_the_window() -> None:
    from reader.core.citing import STYLES
    from reader.core.export.formats import CLI_FORMATS, FORMATS
    from reader.ui.export_flow import FILE_KINDS, FORMAT_LABELS, STYLE_LABELS

    assert list(FORMAT_LABELS) == list(FORMATS)  # the dialog lists core's formats, in core's order
    assert all(f.file_kind in FILE_KINDS for f in FORMATS.values() if f.suffix)
    assert set(STYLE_LABELS) == set(STYLES)
    assert CLI_FORMATS == ("markdown", "w3c", "csv", "html", "epub", "library")  # `reader export --format`
