from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QMessageBox

from reader.ui.library_model import Role

STORY = """Dam gates opened as the river keeps rising

Engineers opened all four gates of the upstream dam on Sunday night.

“We had no other choice,” said the chief engineer.

Downstream villages were told to move livestock to higher ground.
"""


def test_window_has_three_panes_and_placeholder(make_window) -> None:
    window = make_window()
    assert window.splitter.count() == 3
    assert window.splitter.widget(0) is window.library_pane
    assert window.splitter.widget(1) is window.article_pane and window.article_pane.isAncestorOf(window.article_view)
    assert window.splitter.widget(2) is window.annotation_panel
    label = window.annotation_panel.findChild(QLabel, "emptyHighlights")
    assert label is not None and label.text().startswith("No highlights yet")
    assert window.windowTitle() == "Reader (library)"  # not the personal library: its name is said


def test_import_shows_article_in_list_and_view(make_window, write) -> None:
    window = make_window()
    window.show()
    path = write("dam.txt", STORY)
    [article] = window.import_paths([path])
    assert window.model.rowCount() == 1
    index = window.model.index(0)
    assert index.data() == "Dam gates opened as the river keeps rising"
    assert index.data(Role.ID) == article.id
    assert window.library_view.current_article_id() == article.id
    shown = window.article_view.toPlainText()
    assert "Dam gates opened as the river keeps rising" in shown
    assert "“We had no other choice,” said the chief engineer." in shown
    assert window.windowTitle().startswith("Dam gates opened")


def test_importing_a_changed_file_again_says_what_happened_to_its_highlights(make_window, write) -> None:
    window = make_window()
    window.show()
    path = write("dam.txt", STORY)
    [article] = window.import_paths([path])
    window.library.annotations.add(article.id, 0, 9, "yellow")
    path.write_text(STORY + "\n\nThe engineers will meet again on Friday to review the gates.\n", encoding="utf-8")
    window.import_paths([path])
    assert window.library.count() == 1 and window.library.versions.count(article.id) == 2
    said = window.statusBar().currentMessage()
    assert "Imported 1 of 1" in said and "new version: 1 kept, 0 moved, 0 orphaned" in said, said
    window.import_paths([path])  # the same text once more
    assert "unchanged" in window.statusBar().currentMessage()


def test_import_of_bad_files_reports_and_stores_nothing(make_window, write, qtbot) -> None:
    window = make_window()
    window.show()
    good = write("good.txt", STORY)
    empty = write("empty.txt", b"")
    binary = write("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(300))
    imported = window.import_paths([empty, good, binary])
    assert len(imported) == 1
    assert window.model.rowCount() == 1
    box = window.findChild(QMessageBox, "warningBox")
    assert box is not None and box.isVisible()
    assert "empty.txt" in box.text() and "photo.txt" in box.text()
    assert "empty" in box.text() and "binary" in box.text()
    box.close()


def test_articles_open_when_selected_and_keyboard_steps(make_window, write) -> None:
    window = make_window()
    window.show()
    first = window.import_paths([write("a.txt", "Alpha story\n\nAlpha body.")])[0]
    second = window.import_paths([write("b.txt", "Beta story\n\nBeta body.")])[0]
    assert window.article_view.article.id == second.id
    window.actions.next_article.trigger()
    assert window.article_view.article.id == first.id
    window.actions.previous_article.trigger()
    assert window.article_view.article.id == second.id


def test_geometry_and_splitter_sizes_persist(make_window, tmp_path: Path, settings: QSettings) -> None:
    window = make_window()
    window.show()
    window.resize(790, 560)  # within the offscreen platform's 800x600 screen
    window.splitter.setSizes([205, 390, 185])
    sizes = window.splitter.sizes()
    window.close()
    again = make_window()
    again.show()
    assert again.splitter.sizes() == sizes
    assert again.size().width() == 790


def test_demo_library_opens_on_first_start(make_window) -> None:
    window = make_window(demo=True)
    assert window.model.rowCount() >= 4


def test_model_passes_qt_model_tester(make_window, write, qtmodeltester) -> None:
    window = make_window()
    for i in range(3):
        window.library.import_file(write(f"{i}.txt", f"Story {i}\n\nBody {i}."))
    window.model.reload()
    qtmodeltester.check(window.model)


def test_article_view_refuses_to_load_any_resource(make_window, write, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    window = make_window()
    html = f'<html><body><img src="file://{secret}"><img src="{secret}"><p>x</p></body></html>'
    window.article_view.setHtml(html)
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    assert (
        window.article_view.loadResource(
            QTextDocument.ResourceType.ImageResource.value, QUrl.fromLocalFile(str(secret))
        )
        is None
    )
    assert window.article_view.openLinks() is False


PAGE = """Home
News

Ferry fares to rise by a tenth from April

By Sam Reed

The island ferry company will raise fares by ten per cent from the first of April, it said on Monday.

Read more: Harbour dredging starts next month

The company blamed higher fuel prices and the cost of a new vessel that joins the fleet in the summer.

Islanders said the rise would hit families who travel to the mainland for school and hospital visits.
"""


def test_fix_extraction_puts_a_line_back_and_drops_a_paragraph(make_window, write) -> None:
    window = make_window()
    window.show()
    [article] = window.import_paths([write("ferry.txt", PAGE)])
    assert "Read more" not in window.article_view.toPlainText()
    assert "By Sam Reed" in window.article_view.toPlainText()  # the byline is shown as metadata

    window.actions.fix_extraction.trigger()
    dialog = window.extraction.removed_dialog
    assert dialog is not None and dialog.isVisible()
    rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    row = next(i for i, text in enumerate(rows) if "Read more" in text)
    assert rows[row].startswith("related link")
    dialog.list.setCurrentRow(row)
    dialog.put_back.click()
    assert "Read more: Harbour dredging starts next month" in window.article_view.toPlainText()
    assert window.library.versions.count(article.id) == 2

    # Drop the first paragraph via the cursor position, as the context menu does.
    first = window.article_view.block_starts[0]
    window.article_view.context_position = first + 3
    window.actions.drop_paragraph.trigger()
    assert "The island ferry company" not in window.article_view.toPlainText()
    assert any("island ferry" in dialog.list.item(i).text() for i in range(dialog.list.count()))
    dialog.close()
