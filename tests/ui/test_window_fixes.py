"""What a first real-window try of Reader found broken (issue 12), each pressed as a person would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reader.ui.export_flow import FORMATS, ExportDialog

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
            elif FORMATS[key][2]:  # one article only
                assert checked is dialog.this if has_open else not dialog.save.isEnabled()
            assert dialog.selection.isEnabled() == (selected > 1 and not FORMATS[key][2] and key != "library")
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
    QTest.keyClick(window.article_view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
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
