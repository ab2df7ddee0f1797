"""What a first real-window try of Reader found broken (issue 12), each pressed as a person would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reader.core.export.formats import FORMATS
from reader.ui.export_flow import ExportDialog

STORY = """Harbour fees rise by a fifth

The harbour board raised mooring fees by a fifth on Monday, citing repairs to the breakwater.

Boat owners said the rise came without warning and would push some of them to leave the harbour.
"""


def _active(window, qtbot) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def test_the_export_dialog_works_for_every_format_and_scope(make_window) -> None:
    window = make_window()
    for selected, has_open in ((0, False), (1, True), (3, True), (3, False)):
        dialog = ExportDialog(selected, window, has_open=has_open)
        for row in range(dialog.format.count()):
            dialog.format.setCurrentIndex(row)  # raised TypeError on the first change before the fix
            key = dialog.format.currentData()
            checked = dialog.scope.checkedButton()
            assert dialog.save.isEnabled() == checked.isEnabled()
            if key == "library":
                assert checked is dialog.everything
            elif FORMATS[key].one_article:  # one article only
                assert checked is dialog.this if has_open else not dialog.save.isEnabled()
            assert dialog.selection.isEnabled() == (selected > 1 and not FORMATS[key].one_article and key != "library")
        dialog.deleteLater()


def test_redo_from_the_keyboard_redoes(make_window, write, qtbot) -> None:
    window = make_window()
    _active(window, qtbot)
    [article] = window.import_paths([write("fees.txt", STORY)])
    window.article_view.setFocus()
    text = window.article_view.toPlainText()
    start = text.index("mooring fees")
    cursor = window.article_view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("mooring fees"), cursor.MoveMode.KeepAnchor)
    window.article_view.setTextCursor(cursor)
    QTest.keyClick(window.article_view, Qt.Key.Key_H)
    [hid] = [h.id for h in window.library.annotations.for_article(article.id)]
    window.annotator.delete(hid)
    assert window.library.annotations.for_article(article.id) == []
    QTest.keyClick(window.article_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.library.annotations.for_article(article.id)) == 1  # undone: back
    QTest.keyClick(
        window.article_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.library.annotations.for_article(article.id) == []  # redone: deleted again
    QTest.keyClick(window.article_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.library.annotations.for_article(article.id)) == 1
    redo_keys = [k.toString() for k in window.redo_action.shortcuts()]
    assert redo_keys.count("Ctrl+Shift+Z") == 1


def test_ctrl_v_at_start_imports_the_clipboard_and_opens_it(make_window, qtbot) -> None:
    window = make_window(demo=True)
    _active(window, qtbot)
    assert QApplication.focusWidget() is window.library_view  # not the search box
    QApplication.clipboard().setText(STORY)
    QTest.keySequence(QApplication.focusWidget(), QKeySequence(QKeySequence.StandardKey.Paste))
    assert window.library_pane.search.text() == ""
    assert window.article_view.article is not None
    assert window.article_view.article.title == "Harbour fees rise by a fifth"
    assert window.library_view.current_article_id() == window.article_view.article.id


def test_an_import_during_a_search_shows_and_opens_the_new_article(make_window, qtbot) -> None:
    window = make_window(demo=True)
    _active(window, qtbot)
    window.library_pane.search.setText("zzzznothingmatches")
    window.library_pane._run_search()
    assert window.model.rowCount() == 0
    QApplication.clipboard().setText(STORY)
    window.actions.paste.trigger()
    new_id = window.article_view.article.id
    assert window.article_view.article.title == "Harbour fees rise by a fifth"
    assert window.model.row_of(new_id) >= 0  # in the list, which shows everything again
    assert window.library_view.current_article_id() == new_id
    assert window.library_pane.search.text() == ""
    assert "showing all articles" in window.statusBar().currentMessage()


def _char_point(view, position: int):
    """A point inside the character that starts at `position` (between its left edge and the next)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QTextCursor

    left = QTextCursor(view.document())
    left.setPosition(position)
    right = QTextCursor(view.document())
    right.setPosition(position + 1)
    a, b = view.cursorRect(left), view.cursorRect(right)
    return QPoint((a.left() + b.left()) // 2 if b.top() == a.top() else a.left() + 2, a.center().y())


def test_dragging_inside_words_highlights_whole_words_and_clicks_select(make_window, write, qtbot) -> None:
    window = make_window()
    window.resize(1000, 700)
    _active(window, qtbot)
    [article] = window.import_paths([write("fees.txt", STORY)])
    view = window.article_view
    doc = view.toPlainText()
    start = doc.index("arbour board")  # inside "harbour"
    end = doc.index("aised mooring") + 2  # inside "raised"
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _char_point(view, start))
    QTest.mouseMove(viewport, _char_point(view, (start + end) // 2))
    QTest.mouseMove(viewport, _char_point(view, end))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _char_point(view, end))
    assert view.textCursor().hasSelection()
    QTest.keyClick(view, Qt.Key.Key_H)
    [h] = window.library.annotations.for_article(article.id)
    assert h.exact == "harbour board raised"

    word = doc.index("breakwater")
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _char_point(view, word + 3))
    assert view.textCursor().selectedText() == "breakwater"
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _char_point(view, word + 3))
    paragraph = view.textCursor().selectedText()
    assert paragraph.startswith("The harbour board raised") and paragraph.rstrip().endswith("breakwater.")


def test_a_new_library_starts_without_backup_noise_and_later_starts_back_up_quietly(make_window, qtbot) -> None:
    from reader.core.backup import list_backups
    from reader.ui.app import housekeeping

    window = make_window(demo=True)
    _active(window, qtbot)
    said: list[str] = []
    window.backups.finished.connect(said.append)
    housekeeping(window, window.library.path, new_library=True)
    qtbot.wait(300)
    assert list_backups(window.library.path) == [] and said == []
    assert "ack" not in window.statusBar().currentMessage()  # no "Backed up to …"
    housekeeping(window, window.library.path, new_library=False)  # the next day's first start
    qtbot.waitUntil(lambda: len(list_backups(window.library.path)) == 1, timeout=10000)
    qtbot.wait(100)
    assert said == []  # made, and not announced


def test_reading_settings_open_beside_the_article_and_say_when_the_column_cannot_widen(make_window, qtbot) -> None:
    from PySide6.QtCore import QPoint, QRect, QSize

    from reader.ui.reading_flow import place_beside

    screen = QRect(0, 0, 1920, 1080)
    assert place_beside(QSize(360, 400), QRect(300, 100, 700, 800), screen) == QPoint(1008, 100)  # right of it
    assert place_beside(QSize(360, 400), QRect(1000, 100, 700, 800), screen) == QPoint(632, 100)  # left of it
    squeezed = place_beside(QSize(360, 400), QRect(200, 100, 1500, 800), screen)  # no room: the wider side
    assert squeezed == QPoint(1560, 100)
    assert place_beside(QSize(360, 400), QRect(300, 900, 700, 800), screen).y() == 680  # kept on the screen

    window = make_window(demo=True)
    window.resize(790, 560)
    _active(window, qtbot)
    window.actions.reading_settings.trigger()
    dialog = window.reading.dialog
    assert dialog.isVisible()
    dialog.size.setValue(8)  # small type: the narrow offscreen screen's pane holds more than 20 em
    room = window.article_view.room_for(window.reading.style)
    assert 22 < room < 70, room
    dialog.measure.setValue(room - 2)
    assert not dialog.measure_note.isVisible()
    dialog.measure.setValue(room + 10)  # wider than the pane: said, not silently ignored
    assert dialog.measure_note.isVisible() and str(room) in dialog.measure_note.text()
    dialog.close()


def test_copying_a_citation_then_quitting_does_not_crash(tmp_path) -> None:
    """A Python-made QMimeData left on the clipboard killed the process at exit (code 139)."""
    import os
    import subprocess
    import sys

    script = (
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtCore import QTimer\n"
        "app = QApplication([])\n"
        "from reader.ui import clipboard\n"
        "clipboard.copy('“words” (Tarrant, 2024)', '<p>“words” (<i>Tarrant</i>, 2024)</p>')\n"
        "QTimer.singleShot(50, app.quit)\n"
        "app.exec()\n"
        "print(QApplication.clipboard().text())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Tarrant, 2024" in done.stdout  # the text is still there after the hand-back


def test_a_first_start_opens_no_article_by_itself_and_remembers_the_label_and_panes(make_window, qtbot) -> None:
    window = make_window(demo=True)
    _active(window, qtbot)
    assert QApplication.focusWidget() is window.library_view
    assert window.article_view.article is None  # nothing chosen, nothing opened
    QTest.keyClick(window.library_view, Qt.Key.Key_Down)  # the arrows still work from there
    assert window.article_view.article is not None
    window.actions.label_actions[3].trigger()  # Question
    window.annotation_panel.splitter.setSizes([300, 120])
    sizes = window.annotation_panel.splitter.sizes()
    window.close()
    again = make_window()
    again.show()
    assert again.current_label == "blue" and again.actions.label_group.checkedAction().data() == "blue"
    qtbot.waitExposed(again)
    top, bottom = again.annotation_panel.splitter.sizes()
    assert abs(top / (top + bottom) - sizes[0] / sum(sizes)) < 0.03  # the same share of the panel


def _visible(kind, name: str = ""):
    """The modal dialog now up, if it is of that kind (and name)."""
    w = QApplication.activeModalWidget()
    return w if isinstance(w, kind) and w.isVisible() and (not name or w.objectName() == name) else None


def test_a_newer_library_offers_to_quit_or_open_another_never_a_backup(tmp_path, qtbot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from reader.ui.backup_flow import newer_library

    seen: list[list[str]] = []

    def answer(button_text: str, then=None) -> None:
        box = _visible(QMessageBox, "newerLibraryBox")
        if box is None:
            QTimer.singleShot(20, lambda: answer(button_text, then))
            return
        seen.append([b.text() for b in box.buttons()])
        if then is not None:
            QTimer.singleShot(20, then)
        role = (
            QMessageBox.ButtonRole.AcceptRole if button_text.startswith("Open") else QMessageBox.ButtonRole.RejectRole
        )
        next(b for b in box.buttons() if box.buttonRole(b) == role).click()

    QTimer.singleShot(20, lambda: answer("Quit"))
    assert newer_library(tmp_path / "library.sqlite3", "made by schema 12") is None
    assert len(seen[-1]) == 2  # Open Another Library… and Quit: no Restore Backup

    other = tmp_path / "other.sqlite3"

    def pick() -> None:
        dialog = _visible(QFileDialog)
        if dialog is None:
            QTimer.singleShot(20, pick)
            return
        from PySide6.QtWidgets import QLineEdit

        name = dialog.findChild(QLineEdit, "fileNameEdit")  # typed, as a person names a file
        name.setText(str(other))
        QTest.keyClick(name, Qt.Key.Key_Return)
        if dialog.isVisible():  # not taken yet (the folder still loading): again in a moment
            QTimer.singleShot(50, pick)

    QTimer.singleShot(20, lambda: answer("Open Another Library…", pick))
    assert newer_library(tmp_path / "library.sqlite3", "made by schema 12") == other


def test_a_damaged_search_index_is_said_and_repaired_from_the_window(make_window, qtbot) -> None:
    import sqlite3

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    window = make_window(demo=True)
    _active(window, qtbot)
    raw = sqlite3.connect(window.library.path)
    raw.execute("UPDATE search_data SET block = randomblob(length(block)) WHERE id > 1")
    raw.commit()
    raw.close()
    said: list[str] = []

    def repair() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, repair)
            return
        said.append(box.text())
        next(b for b in box.buttons() if b.text() == "Repair Search Index").click()

    QTimer.singleShot(20, repair)
    window.library_pane.search.setText("flood")
    window.library_pane._run_search()
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert "search index is damaged" in said[0]
    qtbot.waitUntil(lambda: window.model.rowCount() >= 1, timeout=5000)  # searched again, and found
    assert "Search index rebuilt" in window.statusBar().currentMessage()


def test_a_link_with_an_id_past_64_bits_is_refused_not_fatal(make_window, qtbot) -> None:
    window = make_window(demo=True)
    _active(window, qtbot)
    window.open_link("reader://article/99999999999999999999#highlight-1")
    window.open_link("reader://article/" + "9" * 5000)
    assert window.isVisible()
    from PySide6.QtWidgets import QMessageBox

    boxes = [b for b in window.findChildren(QMessageBox, "warningBox") if b.isVisible()]
    assert boxes and "not a Reader link" in boxes[-1].text()


def test_an_articles_authors_are_edited_in_its_details_and_cited_accordingly(make_window, write, qtbot) -> None:
    from PySide6.QtCore import QTimer

    from reader.core.citing.cite import cite
    from reader.ui.authors_dialog import AuthorsDialog

    window = make_window()
    _active(window, qtbot)
    [article] = window.import_paths(
        [
            write(
                "wmo.txt",
                "Heat records fall\n\nBy World Meteorological "
                "Organization\n\nRecords fell across Europe this summer.\n",
            )
        ]
    )

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AuthorsDialog):
            QTimer.singleShot(20, fill)
            return
        while dialog.table.rowCount():
            dialog.table.removeRow(0)
        from reader.core.models import Author

        dialog.add_row(Author("World Meteorological Organization", "author", "organization"))
        dialog.add_row(Author("Dana Whitfield", "editor", "person", "Science Editor"))
        dialog.accept()

    QTimer.singleShot(20, fill)
    window.actions.edit_authors.trigger()
    stored = window.library.get(article.id).content.authors
    assert [(a.name, a.role, a.kind, a.job_title) for a in stored] == [
        ("World Meteorological Organization", "author", "organization", ""),
        ("Dana Whitfield", "editor", "person", "Science Editor"),
    ]
    apa = cite(window.library.get(article.id), "apa")
    assert apa.startswith("World Meteorological Organization.") and "Organization, W." not in apa
    assert "Authors saved" in window.statusBar().currentMessage()


def test_the_byline_shows_a_title_written_beside_a_name() -> None:
    from dataclasses import replace

    from reader.core.models import Article, Author, CleanedArticle
    from reader.ui.article_html import byline

    content = CleanedArticle(
        title="Bus routes cut",
        body=(),
        authors=(
            Author("Alice Ingleby", "reporter", "person", "Local Democracy Reporter"),
            Author("Bernard Okafor"),
            Author("Dana Whitfield", "editor", "person", "Science Editor"),
        ),
        site_name="The Herald",
    )
    article = Article(id=1, source="", kind="text", added_at="2024-01-01T00:00:00", version_id=1, content=content)
    assert byline(article) == (
        "By Alice Ingleby (Local Democracy Reporter) and Bernard Okafor · "
        "Editor: Dana Whitfield (Science Editor) · The Herald"
    )
    plain = replace(content, authors=(Author("Bernard Okafor"),))
    assert byline(replace(article, content=plain)) == "By Bernard Okafor · The Herald"
