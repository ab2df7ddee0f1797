"""Long work off the UI thread (reader/ui/background.py): each outcome arrives once on the UI thread, a
bug goes to the crash dialog, Cancel stops the work, and an export of a 10,000-article library
leaves the window drawing and answering while it runs."""

from __future__ import annotations

import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThread, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

from reader.core.errors import ReaderError
from reader.core.importers import ImportedArticle
from reader.core.library import Library
from reader.core.models import Block, BlockKind, CleanedArticle
from reader.ui.background import Background
from tests.ui.test_journeys import _no_native_dialogs_and_no_hang, bring_up, keys, save_in, when_modal  # noqa: F401


@pytest.fixture
def background(qtbot, tmp_path):
    from PySide6.QtWidgets import QWidget

    with Library.open(tmp_path / "library.sqlite3") as library:
        library.import_bytes(b"Harbour fees rise\n\nThe harbour board raised mooring fees by a fifth.\n", "a.txt")
    parent = QWidget()
    qtbot.addWidget(parent)
    yield Background(parent, tmp_path / "library.sqlite3")


def outcomes(operation) -> list:
    heard: list = []
    operation.succeeded.connect(lambda value: heard.append(("succeeded", value)))
    operation.failed.connect(lambda exc: heard.append(("failed", str(exc))))
    operation.cancelled.connect(lambda: heard.append(("cancelled",)))
    operation.ended.connect(lambda: heard.append(("ended",)))
    return heard


def test_work_runs_on_its_own_thread_with_its_own_connection_and_its_result_arrives_once(qtbot, background) -> None:
    ui = threading.get_ident()

    def work(library, progress):
        progress(0, 1, "counting")
        return threading.get_ident(), library.count(), QThread.currentThread().objectName()

    operation = background.run(work)
    assert background.busy()
    heard = outcomes(operation)
    qtbot.waitUntil(lambda: ("ended",) in heard, timeout=5000)
    [(kind, (thread, count, name)), end] = heard
    assert (kind, count, name, end) == ("succeeded", 1, "reader-background", ("ended",))
    assert thread != ui
    assert not background.busy()


def test_a_known_failure_gives_its_words_and_a_bug_goes_to_the_crash_dialog(qtbot, background, monkeypatch) -> None:
    def refused(library, progress):
        raise ReaderError("the folder cannot be written")

    heard = outcomes(background.run(refused))
    qtbot.waitUntil(lambda: ("ended",) in heard, timeout=5000)
    assert heard == [("failed", "the folder cannot be written"), ("ended",)]

    hooked: list = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: hooked.append((kind, str(value), tb)))

    def buggy(library, progress):
        return library.no_such_method()

    heard = outcomes(background.run(buggy))
    qtbot.waitUntil(lambda: ("ended",) in heard, timeout=5000)
    assert heard == [("ended",)]  # neither a success nor a message: a bug
    [(kind, words, tb)] = hooked
    assert kind is AttributeError and "no_such_method" in words and tb is not None


def test_cancel_stops_the_work_where_it_stands(qtbot, background) -> None:
    steps: list[int] = []

    def slow(library, progress):
        for n in range(1000):
            progress(n, 1000, f"step {n}")
            steps.append(n)
            time.sleep(0.01)
        return "finished"

    operation = background.run(slow, title="Slow work", label="Working…")
    heard = outcomes(operation)
    qtbot.waitUntil(lambda: len(steps) > 3, timeout=5000)
    dialog = operation.dialog
    assert isinstance(dialog, QProgressDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)  # after its short delay
    assert dialog.labelText().startswith("step ")
    [button] = dialog.findChildren(QPushButton)
    assert button.text() == "Cancel"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ("ended",) in heard, timeout=5000)
    assert heard == [("cancelled",), ("ended",)]
    assert len(steps) < 1000


def test_closing_the_window_stops_running_work(qtbot, background) -> None:
    started = threading.Event()

    def endless(library, progress):
        started.set()
        while True:
            progress(0, 0, "")
            time.sleep(0.01)

    heard = outcomes(background.run(endless))
    assert started.wait(5)
    background.stop()  # as MainWindow.closeEvent does
    assert not background.busy() and heard == []  # the window is going: no outcome is delivered


# -- a large library: the window keeps answering through an export -------------------------------


def threads_calling(monkeypatch, module, name: str) -> list[threading.Thread]:
    """The threads `module.name` is called on, from now on (it still does its work)."""
    threads: list[threading.Thread] = []
    real = getattr(module, name)

    def recorded(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, recorded)
    return threads


def _library_of(path: Path, count: int) -> None:
    with Library.open(path) as library, library.transaction():
        for n in range(count):
            content = CleanedArticle(
                title=f"Harbour story {n}",
                body=(
                    Block(BlockKind.PARAGRAPH, f"The harbour board met for the {n}th time about the north pier."),
                    Block(BlockKind.PARAGRAPH, "Boat owners said the rise came without warning."),
                ),
            )
            library.add(ImportedArticle("text", "", content), source=f"generated/{n}.txt")


def test_the_window_keeps_answering_through_an_export_of_10000_articles(qtbot, make_window, tmp_path) -> None:
    path = tmp_path / "large.sqlite3"
    _library_of(path, 10_000)
    window = make_window(library_path=path)
    bring_up(window, qtbot)
    folder = tmp_path / "out"
    folder.mkdir()

    def whole_library_as_epub(dialog) -> None:
        assert dialog.objectName() == "exportDialog"
        dialog.format.setCurrentIndex(dialog.format.findData("epub"))
        dialog.everything.setChecked(True)
        when_modal(save_in(folder))
        dialog.accept()

    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    answered = when_modal(whole_library_as_epub)
    keys(window.library_view, "Ctrl+E")
    qtbot.waitUntil(lambda: answered["answered"] and window.background.busy(), timeout=8000)
    timer.start(10)
    began = time.monotonic()
    qtbot.waitUntil(lambda: not window.background.busy(), timeout=120_000)
    took = time.monotonic() - began
    timer.stop()
    [book] = folder.glob("*.epub")
    with zipfile.ZipFile(book) as epub:
        assert sum(name.startswith("OEBPS/chapter-") for name in epub.namelist()) == 10_000
    # On the UI thread the export would have stopped the timer for its whole length; off it, the
    # event loop ran all along: ticks came through the export, with no long gap between them.
    assert len(ticks) >= max(5, took / 0.25), (len(ticks), took)
    gaps = [b - a for a, b in zip([began, *ticks], [*ticks, time.monotonic()])]
    assert max(gaps) < max(0.5, took / 3), (max(gaps), took)
    assert "Exported" in window.statusBar().currentMessage()


def test_an_existing_file_is_asked_about_once_and_then_replaced(qtbot, make_window, write, tmp_path) -> None:
    window = make_window()
    bring_up(window, qtbot)
    [article] = window.import_paths([write("fees.txt", "Harbour fees rise\n\nThe harbour board raised fees.\n")])
    window.open_article(article.id)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "Harbour fees rise.txt"  # the name the save dialog suggests
    target.write_text("mine")
    asked: list[str] = []

    def yes(box) -> None:
        assert isinstance(box, QMessageBox), type(box)
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    def bibliography(dialog) -> None:
        dialog.format.setCurrentIndex(dialog.format.findData("bibliography"))

        def then_save(file_dialog) -> None:
            when_modal(yes)  # the question comes after the writer found the file there
            save_in(folder)(file_dialog)

        when_modal(then_save)
        dialog.accept()

    when_modal(bibliography)
    keys(window.article_view, "Ctrl+E")
    qtbot.waitUntil(lambda: target.read_text() != "mine", timeout=8000)
    qtbot.waitUntil(lambda: not window.background.busy(), timeout=8000)
    assert len(asked) == 1 and "Harbour fees rise.txt" in asked[0]
    assert "Harbour fees rise" in target.read_text()
    assert "Exported" in window.statusBar().currentMessage()


def test_deleting_thousands_runs_off_the_ui_thread_and_the_list_empties(qtbot, make_window, tmp_path) -> None:
    path = tmp_path / "large.sqlite3"
    _library_of(path, 2_000)
    window = make_window(library_path=path)
    bring_up(window, qtbot)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2_000, timeout=8000)  # the first page shows first
    window.library_view.setFocus()
    keys(window.library_view, "Ctrl+A")
    assert len(window.selected_article_ids()) == 2_000

    def yes(box) -> None:
        assert isinstance(box, QMessageBox) and "2000" in box.text().replace(",", "")
        box.button(QMessageBox.StandardButton.Yes).click()

    when_modal(yes)
    window.actions.delete_articles.trigger()
    qtbot.waitUntil(lambda: window.background.busy() or window.library.count() == 0, timeout=8000)
    qtbot.waitUntil(lambda: not window.background.busy(), timeout=60_000)
    assert window.library.count() == 0
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=5000)  # the list shows it


def test_dropping_a_paragraph_of_an_article_with_many_highlights_reanchors_them_off_the_ui_thread(
    qtbot, make_window, tmp_path
) -> None:
    from PySide6.QtGui import QTextCursor

    from reader.ui.extraction_flow import REANCHOR_AT_ONCE

    paragraphs = [
        f"Paragraph {n} of the harbour report: " + " ".join(f"w{n}x{i}" for i in range(40)) for n in range(12)
    ]
    path = tmp_path / "many.sqlite3"
    with Library.open(path) as library:
        content = CleanedArticle(title="Harbour report", body=tuple(Block(BlockKind.PARAGRAPH, p) for p in paragraphs))
        article = library.add(ImportedArticle("text", "", content), source="report.txt")
        with library.transaction():
            for n in range(12):
                for i in range(0, 40):
                    library.annotations.add_quote(article.id, f"w{n}x{i}")
        assert len(library.annotations.spans(article.id)) > REANCHOR_AT_ONCE
    window = make_window(library_path=path)
    bring_up(window, qtbot)
    window.open_article(article.id)
    view = window.article_view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.block_starts[5] + 3)
    view.setTextCursor(cursor)
    window.actions.drop_paragraph.trigger()
    assert window.background.busy()  # on a worker: the window goes on drawing
    qtbot.waitUntil(lambda: not window.background.busy(), timeout=30_000)
    shown = [b.text for b in window.article_view.article.content.body]
    assert paragraphs[5] not in shown and len(shown) == 11
    assert "Paragraph dropped" in window.statusBar().currentMessage()
    assert window.library.versions.count(article.id) == 2
    orphans = [h for h in window.library.annotations.for_article(article.id) if h.status == "orphaned"]
    assert len(orphans) == 40  # the dropped paragraph's highlights, kept with nowhere to stand


def test_restoring_a_backup_runs_off_the_ui_thread_and_reader_restarts_on_it(
    qtbot, make_window, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from reader.core import backup
    from reader.ui import backup_flow

    path = tmp_path / "large.sqlite3"
    _library_of(path, 500)
    made = backup.backup_now(path)
    window = make_window(library_path=path)
    bring_up(window, qtbot)
    window.library.import_bytes(b"Written later\n\nThis came after the backup.\n", "later.txt")
    threads = threads_calling(monkeypatch, backup, "restore")
    restarts: list[Path] = []
    monkeypatch.setattr(backup_flow, "restart", restarts.append)  # not a new process and a quit: noted

    def choose(dialog) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(made.name)
        dialog.accept()

    when_modal(choose)
    window.actions.restore_backup.trigger()
    qtbot.waitUntil(lambda: restarts != [], timeout=30_000)
    assert restarts == [path]
    assert threads and threads[0] is not threading.main_thread()  # the check and the copy ran on a worker
    with Library.open(path) as restored:  # the library is the backup: the later article is gone
        assert restored.count() == 500


def test_a_backup_that_cannot_be_restored_is_explained_and_reader_restarts_on_the_library_as_it_was(
    qtbot, make_window, tmp_path, monkeypatch
) -> None:
    from reader.ui import backup_flow

    path = tmp_path / "library.sqlite3"
    _library_of(path, 3)
    window = make_window(library_path=path)
    bring_up(window, qtbot)
    damaged = tmp_path / "damaged-backup.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x07" * 5000)
    restarts: list[Path] = []
    monkeypatch.setattr(backup_flow, "restart", restarts.append)
    told: list[str] = []

    def read_and_close(box) -> None:
        assert isinstance(box, QMessageBox)
        told.append(box.text())
        box.accept()

    when_modal(read_and_close)
    window.backups.restore(damaged)
    qtbot.waitUntil(lambda: restarts != [], timeout=30_000)
    assert told and "cannot be restored" in told[0] and "starts again" in told[0]
    with Library.open(path) as library:  # untouched
        assert library.count() == 3


def test_a_library_folder_imports_off_the_ui_thread_and_then_the_rest_of_what_was_dropped(
    qtbot, make_window, tmp_path, monkeypatch
) -> None:
    from reader.core.export import library_folder

    source = tmp_path / "source.sqlite3"
    _library_of(source, 40)
    with Library.open(source) as library:
        first = library.article_ids()[0]
        library.annotations.add(first, 4, 11, "yellow", "Check the date of the meeting")
        library_folder.export_library_folder(library, tmp_path / "exported")
    loose = tmp_path / "loose.txt"
    loose.write_text("Ferry fares rise\n\nThe ferry company raised fares by a tenth on Monday morning.\n")
    threads = threads_calling(monkeypatch, library_folder, "import_library_folder")
    window = make_window(library_path=tmp_path / "new.sqlite3")
    bring_up(window, qtbot)
    window.import_paths([tmp_path / "exported", loose])  # as a drop of both, or File ▸ Import
    qtbot.waitUntil(lambda: window.library.count() == 41, timeout=30_000)
    qtbot.waitUntil(lambda: not window.background.busy(), timeout=30_000)
    assert threads and threads[0] is not threading.main_thread()
    qtbot.waitUntil(lambda: window.model.rowCount() == 41, timeout=5000)  # the list shows all of them
    [highlight] = [h for i in window.library.article_ids() for h in window.library.annotations.for_article(i)]
    assert highlight.note == "Check the date of the meeting"
