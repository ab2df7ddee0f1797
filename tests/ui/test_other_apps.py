"""Coming from another app in the window (issue 16): File ▸ Import from Another App… takes a Pocket
export through its dialogs, the links are listed at once and their pages fetched in the background
from a real local server; the status bar's Pause, Resume and Cancel, the failed pages' dialog and
its Try Again, and what a bookmark shows, as a person sees them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWidget

from reader.core.fetch_queue import LINK, QueueCounts
from reader.core.library import Library
from tests.core.app_import.exports import pocket_csv_zip
from tests.scripted_site import Reply, ScriptedSite, article_page
from tests.ui.test_annotation_import import choose
from tests.ui.test_journeys import _no_native_dialogs_and_no_hang, bring_up, when_modal  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard", extend=True)
WORDS = "The river authority opened the flood gates at dawn after a week of rain upstream."


@pytest.fixture(autouse=True)
def english(qapp):
    """The window as an English speaker has it: with its plurals ("3 items", not "3 item(s)")."""
    from reader.ui import i18n

    translators = i18n.install(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def site():
    s = ScriptedSite()
    yield s
    s.close()


def button(dialog: QWidget, text: str) -> QPushButton:
    found = [b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == text]
    assert found, [b.text() for b in dialog.findChildren(QPushButton)]
    return found[0]


def titles(window) -> list[str]:
    model = window.model
    return sorted(str(model.index(row, 0).data()) for row in range(model.rowCount()))


def export_file(tmp_path: Path, rows: list[dict]) -> Path:
    path = tmp_path / "pocket-export.zip"
    path.write_bytes(pocket_csv_zip(rows, parts=2))
    return path


def answer_in_turn(*handlers: Callable[[QWidget], None], timeout_ms: int = 15000) -> dict:
    """Answer the next modal dialogs, one handler each, as they come: the ones a single command opens
    one inside another (its own dialog, then the file dialog) before the command returns."""
    state: dict = {"done": 0, "waited": 0, "seen": None}

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible() and dialog is not state["seen"]:
            state["seen"] = dialog
            handler = handlers[state["done"]]
            state["done"] += 1
            handler(dialog)
        if state["done"] < len(handlers) and state["waited"] < timeout_ms:
            state["waited"] += 20
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)
    return state


def choose_export(dialog: QWidget) -> None:
    assert dialog.objectName() == "appImport", dialog
    QTest.mouseClick(button(dialog, "Choose Export File…"), Qt.MouseButton.LeftButton)


def import_through_dialogs(window, qtbot, path: Path, expect: str = "Pocket export: 3 items, 0 tags") -> None:
    """File ▸ Import from Another App…, Choose Export File…, the file typed in, then Yes."""
    seen: dict[str, str] = {}

    def agree(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        seen["text"] = dialog.text()
        QTest.mouseClick(dialog.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

    state = answer_in_turn(choose_export, choose(path), agree)
    window.actions.import_from_app.trigger()
    qtbot.waitUntil(lambda: state["done"] == 3, timeout=15000)
    assert expect in seen["text"] and "3 to fetch" in seen["text"]


def test_a_pocket_export_is_listed_at_once_and_its_pages_arrive(make_window, qtbot, tmp_path, site) -> None:
    rows = [
        {
            "url": site.answer("/flood", Reply(article_page("Flood Gates Open", WORDS))),
            "title": "flood",
            "tags": ["rivers"],
        },
        {"url": site.answer("/dam", Reply(article_page("The Old Dam", WORDS), delay=0.3)), "title": "dam"},
        {"url": site.url("/gone"), "title": "A page that is gone", "status": "archive", "tags": ["old"]},
    ]
    window = make_window()
    bring_up(window, qtbot)
    import_through_dialogs(window, qtbot, export_file(tmp_path, rows), "Pocket export: 3 items, 2 tags")
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=8000)
    bar = window.other_apps.bar
    qtbot.waitUntil(lambda: not bar.running and "Flood Gates Open" in titles(window), timeout=15000)
    assert titles(window) == ["A page that is gone", "Flood Gates Open", "The Old Dam"]
    assert bar.failed_button.isVisible() and bar.failed_button.text() == "1 not fetched…"
    assert window.library.organize.tag_counts()[0].name in {"old", "rivers"}

    gone = window.library.find(rows[2]["url"])
    window.select_article(gone)
    qtbot.waitUntil(lambda: window.article_view.article is not None and window.article_view.article.id == gone)
    shown = window.article_view.toPlainText()
    assert "Reader could not fetch this page" in shown and "404" in shown
    assert window.library.organize.state(gone) == "archived"


def test_pause_resume_cancel_and_try_again(make_window, qtbot, tmp_path, site) -> None:
    rows = [{"url": site.answer(f"/slow{i}", Reply(article_page(f"Slow {i}", WORDS), delay=0.4))} for i in range(3)]
    window = make_window()
    bring_up(window, qtbot)
    import_through_dialogs(window, qtbot, export_file(tmp_path, rows))
    bar = window.other_apps.bar
    qtbot.waitUntil(lambda: bar.running and bar.label.isVisible(), timeout=8000)
    assert bar.label.text().startswith("Fetching pages: ")
    QTest.mouseClick(bar.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not bar.running, timeout=8000)
    assert bar.pause_button.text() == "Resume" and "Fetching paused" in bar.label.text()
    waiting = window.library.queue.counts().waiting
    assert 1 <= waiting <= 3

    QTest.mouseClick(bar.pause_button, Qt.MouseButton.LeftButton)  # Resume
    assert bar.running
    QTest.mouseClick(bar.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not bar.running, timeout=8000)
    counts = window.library.queue.counts()
    assert counts.waiting == 0
    set_aside = counts.failed
    if set_aside:  # the pages not fetched yet are listed, to be tried again
        assert bar.failed_button.isVisible()

        def try_again(dialog: QWidget) -> None:
            assert isinstance(dialog, QDialog) and dialog.objectName() == "fetchFailures"
            assert dialog.tree.topLevelItemCount() == set_aside
            assert "cancelled" in dialog.tree.topLevelItem(0).text(2)
            QTest.mouseClick(button(dialog, "Try All Again"), Qt.MouseButton.LeftButton)

        answered = when_modal(try_again)
        QTest.mouseClick(bar.failed_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: answered["answered"], timeout=8000)
    qtbot.waitUntil(lambda: not bar.running and window.library.queue.counts() == QueueCounts(), timeout=15000)
    library: Library = window.library
    assert all(library.get(i).kind != LINK for i in library.article_ids())
    assert not bar.isVisible()


def test_a_file_that_is_no_export_is_refused_in_one_message(make_window, qtbot, tmp_path) -> None:
    path = tmp_path / "numbers.csv"
    path.write_text("a,b,c\n1,2,3\n")
    window = make_window()
    bring_up(window, qtbot)
    said: dict[str, str] = {}

    def read(box: QWidget) -> None:
        said["name"], said["text"] = box.objectName(), box.text()
        box.close()

    state = answer_in_turn(choose_export, choose(path), read)
    window.actions.import_from_app.trigger()
    qtbot.waitUntil(lambda: state["done"] == 3, timeout=15000)
    assert said["name"] == "warningBox" and "numbers.csv" in said["text"]
    assert window.library.count() == 0


def test_fetch_waiting_pages_from_the_library_menu(make_window, qtbot, tmp_path, site) -> None:
    from reader.core.app_import.records import Entry, Export
    from reader.core.app_import.store import import_export

    with Library.open(tmp_path / "library.sqlite3") as library:
        import_export(
            library, Export("pocket", [Entry("row 1", url=site.answer("/m", Reply(article_page("Menu", WORDS))))])
        )
        library.queue.stop_waiting("cancelled before it was fetched")
        library.queue.retry()
    window = make_window()
    bring_up(window, qtbot)
    window.actions.fetch_waiting.trigger()
    qtbot.waitUntil(lambda: window.library.queue.counts() == QueueCounts(), timeout=8000)
    qtbot.waitUntil(lambda: titles(window) == ["Menu"], timeout=8000)
    window.actions.fetch_waiting.trigger()  # nothing waits: it says so
    assert "No pages are waiting" in window.statusBar().currentMessage()


def test_an_export_dropped_on_the_window_goes_the_same_way(make_window, qtbot, tmp_path, site) -> None:
    rows = [
        {"url": site.answer(f"/d{i}", Reply(article_page(f"Dropped {i}", WORDS))), "title": f"d{i}"} for i in range(3)
    ]
    path = export_file(tmp_path, rows)
    story = tmp_path / "note.txt"
    story.write_text("A short note\n\n" + WORDS + "\n")
    window = make_window()
    bring_up(window, qtbot)
    seen: dict[str, str] = {}

    def agree(dialog: QWidget) -> None:
        seen["text"] = dialog.text()
        QTest.mouseClick(dialog.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

    state = answer_in_turn(agree)
    window.import_paths([path, story])  # what a drop of both files does
    qtbot.waitUntil(lambda: state["done"] == 1, timeout=8000)
    assert seen["text"].startswith("Pocket export: 3 items")
    qtbot.waitUntil(lambda: window.library.count() == 4, timeout=8000)
    qtbot.waitUntil(lambda: sorted(titles(window))[:3] == ["A short note", "Dropped 0", "Dropped 1"], timeout=15000)


def test_pages_left_waiting_are_fetched_after_the_window_opens(make_window, qtbot, tmp_path, site) -> None:
    from reader.core.app_import.records import Entry, Export
    from reader.core.app_import.store import import_export

    with Library.open(tmp_path / "library.sqlite3") as library:  # Reader quit with this page waiting
        url = site.answer("/left", Reply(article_page("Left Waiting", WORDS)))
        import_export(library, Export("pocket", [Entry("row 1", url=url)]))
    window = make_window()
    bring_up(window, qtbot)
    qtbot.waitUntil(lambda: window.library.queue.counts() == QueueCounts(), timeout=8000)
    qtbot.waitUntil(lambda: titles(window) == ["Left Waiting"], timeout=8000)


def test_an_export_with_items_left_out_says_which_and_why(make_window, qtbot, tmp_path, site) -> None:
    rows = [{"url": site.answer(f"/k{i}", Reply(article_page(f"Kept {i}", WORDS))), "title": f"k{i}"} for i in range(2)]
    path = export_file(tmp_path, [*rows, {"url": "", "title": "No address"}])
    window = make_window()
    bring_up(window, qtbot)
    seen: dict[str, str] = {}

    def agree(dialog: QWidget) -> None:
        QTest.mouseClick(dialog.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

    state = answer_in_turn(agree)
    window.import_paths([path])
    qtbot.waitUntil(lambda: state["done"] == 1, timeout=8000)

    def problems_box():
        boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "appImportProblems" and w.isVisible()]
        return boxes[0] if boxes else None

    qtbot.waitUntil(lambda: problems_box() is not None, timeout=8000)
    box = problems_box()
    seen["text"], seen["details"] = box.text(), box.detailedText()
    QTest.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert seen["text"].startswith("2 added") and seen["text"].endswith(", 1 problem")
    assert "part_000001.csv row 2: no URL" in seen["details"]  # the file and row it stands in
    assert window.library.count() == 2


def test_try_selected_again_queues_only_the_chosen_page(make_window, qtbot, tmp_path, site) -> None:
    from reader.core.app_import.records import Entry, Export
    from reader.core.app_import.store import import_export

    with Library.open(tmp_path / "library.sqlite3") as library:
        entries = [Entry(f"row {i}", url=site.url(f"/gone{i}"), title=f"Gone {i}") for i in range(2)]
        ids = import_export(library, Export("pocket", entries)).article_ids
        library.queue.stop_waiting("cancelled before it was fetched")
    window = make_window()
    bring_up(window, qtbot)
    chosen: dict[str, object] = {}

    def pick_second(dialog: QWidget) -> None:
        tree = dialog.tree
        assert tree.topLevelItemCount() == 2 and not dialog.retry_selected.isEnabled()
        item = tree.topLevelItem(1)
        chosen["title"] = item.text(0)
        rect = tree.visualItemRect(item)
        QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert dialog.retry_selected.isEnabled()
        QTest.mouseClick(dialog.retry_selected, Qt.MouseButton.LeftButton)

    state = answer_in_turn(pick_second)
    window.actions.fetch_failures.trigger()  # Library ▸ Pages Not Fetched…
    qtbot.waitUntil(lambda: state["done"] == 1, timeout=8000)
    assert chosen["title"] == "Gone 1"
    qtbot.waitUntil(lambda: not window.other_apps.bar.running, timeout=8000)
    assert window.library.queue.status(ids[0]) == ("failed", "cancelled before it was fetched")
    status, reason = window.library.queue.status(ids[1]) or ("", "")
    assert status == "failed" and "404" in reason  # tried again, and the site still says 404
    assert len(site.times("/gone1")) == 1 and not site.times("/gone0")
