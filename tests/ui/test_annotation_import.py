"""File ▸ Import Annotations… as a person uses it (issue 13, item 6): the file is chosen in the dialog,
the import runs on a worker thread behind a progress dialog while the window goes on answering, Cancel
stores nothing, a damaged file gets one message, and what was imported shows in the panel."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QProgressDialog, QPushButton, QWidget

from reader.core.export import w3c
from reader.core.library import Library
from tests.ui.test_journeys import _no_native_dialogs_and_no_hang, bring_up, keys, when_modal  # noqa: F401

# Typing a name in the file dialog pops up its completer, which asks for the keyboard offscreen.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard", extend=True)

STORY = (
    "Harbour fees rise\n\nThe harbour board raised mooring fees by a fifth on Monday, citing repairs to "
    "the north pier.\n\nBoat owners said the rise came without warning and would push some of them to "
    "leave for the marina across the bay.\n"
)
QUOTES = ["mooring fees", "a fifth", "Boat owners", "without warning"]


def choose(path: Path):
    """Type the file's name in the open dialog and press Return, as a person picks one file."""

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog), type(dialog)
        dialog.setDirectory(str(path.parent))
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.clear()
        QTest.keyClicks(name, path.name)
        QTest.keyClick(name, Qt.Key.Key_Return)

    return answer


def exported(tmp_path: Path) -> Path:
    """A colleague's export: four highlights with notes on the same story in another library."""
    with Library.open(tmp_path / "colleague.sqlite3") as library:
        article = library.import_bytes(STORY.encode(), "fees.txt")
        for words in QUOTES:
            library.annotations.add_quote(article.id, words, note=f"check {words}")
        return w3c.write_annotations(library, tmp_path / "from-colleague.jsonld", [article.id])


def many(tmp_path: Path, count: int) -> Path:
    """`count` annotations on one long article of distinct words (`big.txt`), in another tool's form."""
    items = [
        {
            "id": f"urn:x:{n}",
            "type": "Annotation",
            "body": {"type": "TextualBody", "value": f"comment {n}"},
            "target": {
                "source": "https://example.org/big",
                "selector": {"type": "TextQuoteSelector", "exact": f"w{n} w{n + 1}"},
            },
        }
        for n in range(count)
    ]
    path = tmp_path / f"many-{count}.json"
    path.write_text(json.dumps({"type": "AnnotationPage", "items": items}))
    return path


def big_text(count: int) -> bytes:
    words = [f"w{n}" for n in range(count + 1)]
    return (
        "A very long list\n\n" + "\n\n".join(" ".join(words[i : i + 60]) + "." for i in range(0, len(words), 60))
    ).encode()


def stored(tmp_path: Path, data: bytes, name: str, **where: str):
    """The article in the library the window will open (make_window's file)."""
    with Library.open(tmp_path / "library.sqlite3") as library:
        return library.import_bytes(data, name, **where)


def import_through_menu(window, qtbot, path: Path) -> dict:
    answered = when_modal(choose(path))
    keys(window.library_view, "Ctrl+Shift+I")
    qtbot.waitUntil(lambda: answered["answered"], timeout=8000)
    return answered


def test_a_colleagues_highlights_arrive_on_the_open_article(make_window, qtbot, tmp_path: Path) -> None:
    path = exported(tmp_path)
    stored(tmp_path, STORY.encode(), "fees.txt")
    window = make_window()
    bring_up(window, qtbot)
    window.library_view.setCurrentIndex(window.model.index(0, 0))
    qtbot.waitUntil(lambda: window.article_view.article is not None, timeout=3000)
    assert window.annotation_panel.model.rowCount() == 0

    import_through_menu(window, qtbot, path)
    qtbot.waitUntil(lambda: window.annotation_panel.model.rowCount() == 4, timeout=10000)
    assert window.imports.annotation_job is None or not window.imports.annotation_job.thread.isRunning()
    assert "4 imported" in window.statusBar().currentMessage()
    shown = [window.annotation_panel.model.index(r, 0).data() for r in range(4)]
    assert all(any(q in text for text in shown) for q in QUOTES), shown
    notes = {h.note for h in window.library.annotations.for_article(window.article_view.article.id)}
    assert notes == {f"check {q}" for q in QUOTES}

    import_through_menu(window, qtbot, path)  # the same file again: nothing twice
    qtbot.waitUntil(lambda: "4 already there" in window.statusBar().currentMessage(), timeout=10000)
    assert window.annotation_panel.model.rowCount() == 4


def test_a_large_file_shows_progress_keeps_the_window_alive_and_cancel_stores_nothing(
    make_window, qtbot, tmp_path: Path
) -> None:
    count = 12_000
    path = many(tmp_path, count)
    stored(tmp_path, big_text(count), "big.txt", url="https://example.org/big")
    window = make_window()
    bring_up(window, qtbot)
    ticks = {"n": 0}
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.__setitem__("n", ticks["n"] + 1))
    timer.start(50)

    import_through_menu(window, qtbot, path)
    progress = {}

    def dialog_shows_importing() -> bool:
        dialog = window.findChild(QProgressDialog, "annotationImportProgress")
        if dialog is None or not dialog.isVisible():
            return False
        progress["dialog"] = dialog
        return "Importing annotation" in dialog.labelText()

    qtbot.waitUntil(dialog_shows_importing, timeout=20000)
    dialog = progress["dialog"]
    assert dialog.windowTitle() == "Import Annotations" and 300 <= dialog.value() < 1000
    assert f"of {count:,}" in dialog.labelText()
    before = ticks["n"]
    QTest.qWait(300)
    assert ticks["n"] > before, "the window stopped answering during the import"
    QTest.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.imports.annotation_job is None, timeout=20000)
    assert window.library.annotations.for_article(window.library.article_ids()[0]) == []
    assert QApplication.activeModalWidget() is None  # stopped by the user: no warning about it

    import_through_menu(window, qtbot, path)  # and now to the end
    qtbot.waitUntil(lambda: window.imports.annotation_job is None, timeout=60000)
    assert len(window.library.annotations.for_article(window.library.article_ids()[0])) == count
    assert f"{count} imported" in window.statusBar().currentMessage()
    timer.stop()


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ('{"type": "AnnotationPage", "items": [{"type": "Annotation"', "not valid JSON"),
        ('{"type": "Book"}', "not a W3C annotation file"),
    ],
)
def test_a_damaged_file_gets_one_message_and_nothing_is_stored(
    make_window, qtbot, tmp_path: Path, content: str, said: str
) -> None:
    path = tmp_path / "damaged.json"
    path.write_text(content)
    article = stored(tmp_path, STORY.encode(), "fees.txt")
    window = make_window()
    bring_up(window, qtbot)
    import_through_menu(window, qtbot, path)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=10000)
    box = QApplication.activeModalWidget()
    assert box.windowTitle() == "Nothing was imported" and said in box.text()
    box.accept()
    assert window.library.annotations.for_article(article.id) == []


def test_closing_the_window_during_an_import_stops_it_cleanly(make_window, qtbot, tmp_path: Path) -> None:
    count = 12_000
    path = many(tmp_path, count)
    stored(tmp_path, big_text(count), "big.txt", url="https://example.org/big")
    window = make_window()
    bring_up(window, qtbot)
    import_through_menu(window, qtbot, path)
    qtbot.waitUntil(lambda: window.imports.annotation_job is not None, timeout=5000)
    job = window.imports.annotation_job
    window.close()
    assert not job.thread.isRunning()
    assert window.library.annotations.for_article(window.library.article_ids()[0]) == []
