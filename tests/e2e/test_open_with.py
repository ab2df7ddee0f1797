"""`reader PAGE` as a file manager runs it ("Open With", a double click on a registered file type):
the whole start through the real entry point, `reader.cli.main([...])`, in this process, on the
offscreen platform, with real library files, real pages on disk and a real local web server
(issue 13, item 5).

Each start is driven from inside its own event loop: a timer, started before `cli.main`, finds the
main window, waits until the import has finished (the article is open, or the warning is up), records
what the window shows, and closes the window as the user does, so that `app.exec()` returns and `main`
returns its exit code. A watchdog ends a start that never gets there, and the test fails instead of
hanging; the timer's own errors end the start too and are raised again in the test.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reader import cli
from reader.core.library import Library
from reader.ui import crash_report, i18n
from reader.ui.library_model import Role
from reader.ui.main_window import MainWindow

TITLE = "Ferry Returns to the Winter Timetable"
PARAGRAPHS = [
    "The little ferry that crosses the estuary will keep to its winter timetable until the end of March, "
    "the harbour office said on Thursday, after a week of gales kept the slipway under water.",
    "Passengers who travel before seven in the morning are asked to check the notice board by the ticket "
    "hut, because the first crossing may be cancelled when the tide is too low for the ramp.",
    "The crew have used the quiet weeks to repaint the wheelhouse and replace two of the old wooden "
    "benches on the upper deck with seats that fold away when bicycles come aboard.",
    "A summer service with crossings every twenty minutes is planned from the first weekend in April, "
    "when the new landing stage on the far bank should be ready.",
]
OTHER_TITLE = "Allotment Society Counts Its Bees"
OTHER_PARAGRAPHS = [
    "Members of the allotment society spent Saturday morning counting the bees that visit the lavender "
    "beds along the north fence, as part of a survey run by the county wildlife trust.",
    "They recorded eleven kinds, two more than last year, and the society's secretary said the new "
    "wildflower strip beside the compost bays had made the difference.",
    "The results will be shown at the open day in July, together with honey from the two hives kept "
    "behind the tool shed since the spring.",
]

WATCHDOG = 20.0  # seconds a start may take before the test fails instead of hanging
POLL_MS = 50


def page(title: str, paragraphs: list[str]) -> str:
    """A small page as a browser's "Save Page As" keeps it: head, navigation, the article, a footer."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'><title>{title}</title></head>\n"
        "<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>\n"
        f"<article><h1>{title}</h1>\n{body}\n</article>\n"
        "<footer>Estuary Weekly, all rights reserved</footer></body></html>\n"
    )


PNG = bytes.fromhex(  # a real 1x1 image
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c63f80f00000101000518d84e0000000049454e44ae426082"
)


# -- driving one start ---------------------------------------------------------------------------------


@dataclass
class Start:
    """What one `reader …` start did: its exit code and what the window showed before it closed."""

    code: int | None = None
    ticks: int = 0  # how often the timer ran inside the start
    seen: dict[str, Any] | None = None  # what `look` recorded, once `until` held
    error: BaseException | None = None
    timed_out: str = ""  # what the window showed when the watchdog ended the start
    window: MainWindow | None = field(default=None, repr=False)


def start_reader(
    argv: list[str],
    until: Callable[[MainWindow], bool],
    look: Callable[[MainWindow], dict],
    *,
    answer: Callable[[MainWindow], None] | None = None,
    timeout: float = WATCHDOG,
) -> Start:
    """Run `reader ARGV` (cli.main) until `until(window)` holds; then record `look(window)`, let
    `answer(window)` do what the user does first (dismiss a message), and close the window."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    others = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert not others, f"windows left over from elsewhere would keep the application running: {others}"
    old = list(QApplication.topLevelWidgets())
    start = Start()
    deadline = time.monotonic() + timeout
    closed_at: list[float] = []

    def new_window() -> MainWindow | None:
        return next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w not in old and w.isVisible()),
            None,
        )

    def stop(code: int) -> None:
        timer.stop()
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.close()
        app.exit(code)

    def tick() -> None:
        start.ticks += 1
        try:
            if closed_at:  # the window was closed: the application should have quit by now
                if time.monotonic() - closed_at[0] > 5:
                    start.error = AssertionError("the window was closed but the application did not quit")
                    stop(97)
                return
            window = new_window()
            # `ready`: the article view is built (finish_setup), which happens before the event loop
            if window is not None and window.ready and until(window):
                start.window = window
                start.seen = look(window)
                if answer is not None:
                    answer(window)
                window.close()  # as the user does: the last window closed, Reader quits
                closed_at.append(time.monotonic())
                return
            if time.monotonic() > deadline:
                start.timed_out = describe(window)
                stop(98)
        except BaseException as exc:  # noqa: BLE001 - raised again in the test, not shown in a dialog
            start.error = exc
            stop(99)

    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(tick)
    timer.start()
    try:
        start.code = cli.main(argv)
    finally:
        timer.stop()
        window = start.window or new_window()
        if window is not None and shiboken6.isValid(window):
            if window.isVisible():
                window.close()
            if not getattr(window, "library_released", False):
                window.library.close()
            start.window = None
            shiboken6.delete(window)  # no later start (or test) finds it among the top-level widgets
    if start.error is not None:
        raise start.error
    assert not start.timed_out, f"the start did not get there in {timeout} s; the window showed: {start.timed_out}"
    return start


def describe(window: MainWindow | None) -> str:
    if window is None:
        return "no main window"
    article = window.article_view.article if window.ready else None
    boxes = [(b.windowTitle(), b.text()) for b in window.findChildren(QMessageBox) if b.isVisible()]
    return (
        f"title={window.windowTitle()!r} ready={window.ready} article={article and article.title!r} "
        f"rows={window.model.rowCount()} status={window.statusBar().currentMessage()!r} boxes={boxes}"
    )


def article_open(title: str) -> Callable[[MainWindow], bool]:
    def until(window: MainWindow) -> bool:
        article = window.article_view.article
        return (
            article is not None
            and article.title == title
            and window.library_view.current_article_id() == article.id
            and not window.backups._running
        )  # the daily backup (of a library with data) is done

    return until


def look_at_article(window: MainWindow) -> dict:
    article = window.article_view.article
    model = window.model
    rows = [(model.index(r).data(Role.ID), model.index(r).data()) for r in range(model.rowCount())]
    return {
        "id": article.id,
        "title": article.title,
        "source": article.source,
        "text": window.article_view.toPlainText(),
        "window_title": window.windowTitle(),
        "rows": rows,
        "current": window.library_view.current_article_id(),
        "status": window.statusBar().currentMessage(),
        "boxes": [b.text() for b in window.findChildren(QMessageBox) if b.isVisible()],
        "crash_reports": list(crash_report._open),
        "excepthook": sys.excepthook,
    }


def warning_up() -> Callable[[MainWindow], bool]:
    """A message is up, and has been for a few ticks: a second one coming after it would be seen."""
    seen: list[int] = []

    def until(window: MainWindow) -> bool:
        if any(b.isVisible() for b in window.findChildren(QMessageBox)):
            seen.append(1)
        return len(seen) >= 6

    return until


def look_at_warning(window: MainWindow) -> dict:
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    modal = QApplication.activeModalWidget()
    return {
        "boxes": [(b.objectName(), b.windowTitle(), b.text()) for b in boxes],
        "modal_is_the_box": modal is not None and len(boxes) == 1 and modal is boxes[0],
        "article": window.article_view.article,
        "rows": window.model.rowCount(),
        "status": window.statusBar().currentMessage(),
        "crash_reports": list(crash_report._open),
    }


def press_ok(window: MainWindow) -> None:
    [box] = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    box.button(QMessageBox.StandardButton.Ok).click()
    assert not box.isVisible()


def stored(library_path: Path) -> list[tuple[int, str, str]]:
    with Library.open(library_path) as library:
        return [(row.id, row.title, library.get(row.id).source) for row in library.list_articles()]


def versions(library_path: Path) -> int:
    raw = sqlite3.connect(library_path)
    try:
        return raw.execute("SELECT count(*) FROM article_versions").fetchone()[0]
    finally:
        raw.close()


def empty_library(path: Path) -> Path:
    """A library that exists already, with nothing in it (a new one would get the demo articles)."""
    Library.open(path).close()
    return path


# -- what every start here leaves as it found it ---------------------------------------------------------


@pytest.fixture
def reader_start(qapp, tmp_path: Path, monkeypatch) -> Iterator[Path]:
    """The application as `reader.ui.app.application()` finds it: pytest-qt's QApplication, which it
    reuses. What a start changes in this process is put back afterwards: the application's names,
    icon, translators and quit-on-close, sys.excepthook and the log file crash_report installs, and where
    QSettings() keeps the window's settings (a folder of this test, so that the article one test
    leaves open is not reopened by the next)."""
    from reader.ui import app as app_module

    names = (qapp.applicationName(), qapp.organizationName(), qapp.applicationVersion(), qapp.desktopFileName())
    icon, translated = qapp.windowIcon(), qapp.property("reader-translated")
    quits = qapp.quitOnLastWindowClosed()
    assert quits, "Reader quits when its window closes; the test relies on it"
    translators: list = []
    real_install = i18n.install

    def install(app, language, folder=None):
        installed = real_install(app, language, folder)
        translators.extend(installed)
        return installed

    monkeypatch.setattr(i18n, "install", install)
    folders = {
        fmt: Path(QSettings(fmt, QSettings.Scope.UserScope, "probe", "probe").fileName()).parent.parent
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)
    }
    for fmt in folders:
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "config"))
    qapp.setProperty("reader-translated", False)
    assert app_module.application() is qapp  # reused, not a second QApplication
    assert qapp.applicationName() == "Reader" and qapp.property("reader-translated")
    i18n.uninstall(qapp, translators)
    translators.clear()
    qapp.setProperty("reader-translated", False)  # the start chooses its language as a real one does
    monkeypatch.setattr(crash_report, "log_dir", lambda: tmp_path / "logs")  # not the user's log folder
    monkeypatch.setattr(crash_report, "_shown", set())
    hook = sys.excepthook
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    monkeypatch.delenv("READER_LIBRARY", raising=False)
    yield tmp_path
    sys.excepthook = hook
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    for fmt, folder in folders.items():
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    i18n.uninstall(qapp, translators)
    qapp.setProperty("reader-translated", translated)
    qapp.setApplicationName(names[0])
    qapp.setOrganizationName(names[1])
    qapp.setApplicationVersion(names[2])
    qapp.setDesktopFileName(names[3])
    qapp.setWindowIcon(icon)
    qapp.setQuitOnLastWindowClosed(quits)
    QCoreApplication.processEvents()


def assert_article_shown(seen: dict, title: str, paragraphs: list[str]) -> None:
    assert seen["title"] == title
    text = seen["text"]
    assert title in text and all(p in text for p in paragraphs), text
    assert "Estuary Weekly, all rights reserved" not in text and "Home News" not in text  # cleaned
    assert seen["window_title"].startswith(title)
    assert (seen["id"], title) in seen["rows"] and seen["current"] == seen["id"]  # in the list, chosen
    assert seen["boxes"] == [] and seen["crash_reports"] == []
    assert seen["excepthook"] is crash_report.excepthook  # run_gui's start, not a shortcut around it


# -- the tests -------------------------------------------------------------------------------------------


def test_a_saved_page_opens_in_a_new_library(reader_start: Path) -> None:
    """The first start ever, from a file manager: a library that does not exist yet (it gets the demo
    articles) and a saved page, which is imported, listed, chosen and open."""
    lib = reader_start / "data" / "library.sqlite3"
    lib.parent.mkdir()
    saved = reader_start / "Downloads" / "ferry.html"
    saved.parent.mkdir()
    saved.write_text(page(TITLE, PARAGRAPHS), encoding="utf-8")

    start = start_reader(["--library", str(lib), str(saved)], article_open(TITLE), look_at_article)

    assert start.code == 0 and start.ticks > 0 and start.seen is not None
    assert_article_shown(start.seen, TITLE, PARAGRAPHS)
    assert start.seen["status"].startswith("Imported 1 of 1")
    assert len(start.seen["rows"]) > 1  # the demo articles too: this was a new library
    rows = stored(lib)
    assert [(i, s) for i, t, s in rows if t == TITLE] == [(start.seen["id"], str(saved.resolve()))]


def test_a_relative_name_opens_from_the_current_folder(reader_start: Path, monkeypatch) -> None:
    lib = empty_library(reader_start / "library.sqlite3")
    (reader_start / "pages").mkdir()
    (reader_start / "pages" / "ferry.html").write_text(page(TITLE, PARAGRAPHS), encoding="utf-8")
    monkeypatch.chdir(reader_start / "pages")

    start = start_reader(["--library", str(lib), "ferry.html"], article_open(TITLE), look_at_article)

    assert start.code == 0 and start.seen is not None
    assert_article_shown(start.seen, TITLE, PARAGRAPHS)
    assert stored(lib) == [(start.seen["id"], TITLE, str(reader_start / "pages" / "ferry.html"))]


def test_a_file_url_with_a_space_and_an_accent_opens(reader_start: Path) -> None:
    lib = empty_library(reader_start / "library.sqlite3")
    saved = reader_start / "Saved pages" / "café ferry.html"
    saved.parent.mkdir()
    saved.write_text(page(TITLE, PARAGRAPHS), encoding="utf-8")
    url = saved.as_uri()
    assert "%20" in url and "caf%C3%A9%20ferry.html" in url  # as a file manager passes it

    start = start_reader([f"--library={lib}", url], article_open(TITLE), look_at_article)

    assert start.code == 0 and start.seen is not None
    assert_article_shown(start.seen, TITLE, PARAGRAPHS)
    assert stored(lib) == [(start.seen["id"], TITLE, str(saved))]  # the real name, decoded


def test_a_web_page_opens(reader_start: Path, local_site) -> None:
    lib = empty_library(reader_start / "library.sqlite3")
    url = local_site.add("/news/ferry.html", page(TITLE, PARAGRAPHS))
    assert url.startswith("http://127.0.0.1:")

    start = start_reader(["--library", str(lib), url], article_open(TITLE), look_at_article)

    assert start.code == 0 and start.seen is not None
    assert_article_shown(start.seen, TITLE, PARAGRAPHS)
    assert local_site.requests == ["/news/ferry.html"]  # fetched once, from the page's own address
    assert stored(lib) == [(start.seen["id"], TITLE, url)]


def test_opening_the_same_page_again_finds_the_article(reader_start: Path) -> None:
    """A, then B, then A again: the third start finds A (no second copy, no new version) and opens
    it, although the window came back with B open, as it was left."""
    lib = empty_library(reader_start / "library.sqlite3")
    ferry = reader_start / "ferry.html"
    ferry.write_text(page(TITLE, PARAGRAPHS), encoding="utf-8")
    bees = reader_start / "bees.html"
    bees.write_text(page(OTHER_TITLE, OTHER_PARAGRAPHS), encoding="utf-8")

    first = start_reader(["--library", str(lib), str(ferry)], article_open(TITLE), look_at_article)
    second = start_reader(["--library", str(lib), str(bees)], article_open(OTHER_TITLE), look_at_article)
    assert first.code == second.code == 0 and first.seen and second.seen
    assert versions(lib) == 2

    left_open = QSettings("Reader", "Reader").value("session/article")
    assert int(left_open) == second.seen["id"]  # the window comes back with B open, as it was left

    third = start_reader(["--library", str(lib), ferry.as_uri()], article_open(TITLE), look_at_article)

    assert third.code == 0 and third.seen is not None
    assert_article_shown(third.seen, TITLE, PARAGRAPHS)
    assert third.seen["id"] == first.seen["id"]
    assert f"{TITLE}: unchanged" in third.seen["status"]  # the import ran, and found the article
    assert sorted(third.seen["rows"]) == sorted([(first.seen["id"], TITLE), (second.seen["id"], OTHER_TITLE)])
    assert sorted(stored(lib)) == sorted(
        [(first.seen["id"], TITLE, str(ferry)), (second.seen["id"], OTHER_TITLE, str(bees))]
    )
    assert versions(lib) == 2


@pytest.mark.parametrize("what", ["png", "missing folder", "missing file", "empty folder"])
def test_what_cannot_be_imported_is_said_once_and_nothing_is_stored(reader_start: Path, what: str) -> None:
    lib = empty_library(reader_start / "library.sqlite3")
    if what == "png":
        source = reader_start / "photo.png"
        source.write_bytes(PNG)
        argv, expected = [str(source)], ("Nothing was imported", "photo.png: .png files are not supported")
    elif what == "missing folder":  # a folder gone by the time the file manager's link is followed
        missing = reader_start / "gone folder" / "ferry.html"
        argv, expected = [missing.as_uri()], ("Nothing was imported", "ferry.html: no such file")
    elif what == "missing file":  # typed with a mistake, or deleted: the window says so, not argparse
        argv, expected = [str(reader_start / "ferry.html")], ("Nothing was imported", "ferry.html: no such file")
    else:
        (reader_start / "empty").mkdir()
        argv, expected = (
            [str(reader_start / "empty")],
            ("Nothing was imported", "No text, HTML, Markdown, PDF or EPUB files were found."),
        )

    start = start_reader(["--library", str(lib), *argv], warning_up(), look_at_warning, answer=press_ok)

    assert start.code == 0 and start.ticks > 0 and start.seen is not None
    [(name, title, text)] = start.seen["boxes"]  # one message, in the window
    assert (name, title) == ("warningBox", expected[0]) and text.startswith(expected[1]), text
    assert "\n" not in text  # one line: what and why, no traceback
    assert start.seen["modal_is_the_box"]
    assert start.seen["article"] is None and start.seen["rows"] == 0
    assert not start.seen["status"].startswith("Imported")
    assert start.seen["crash_reports"] == []  # an expected failure, not "something went wrong"
    assert stored(lib) == [] and versions(lib) == 0


def test_reader_open_link_starts_reader_listening_for_the_browser(reader_start: Path) -> None:
    """What the extension's "Start Reader" asks the desktop for: the window, no complaint about the
    link, and the browser listener started (or, where the port is taken, that said)."""
    lib = empty_library(reader_start / "library.sqlite3")
    ticks: list[int] = []

    def settled(window: MainWindow) -> bool:
        ticks.append(1)
        return len(ticks) >= 8

    def look(window: MainWindow) -> dict:
        link = window.browser_link
        return {
            "boxes": [b.text() for b in window.findChildren(QMessageBox) if b.isVisible()],
            "listening": link.listener is not None,
            "problem": link.problem,
            "port": link.port,
        }

    start = start_reader(["--library", str(lib), "reader://open"], settled, look)
    assert start.code == 0 and start.seen is not None
    assert start.seen["boxes"] == []
    assert start.seen["port"] == 38471
    assert start.seen["listening"] != bool(start.seen["problem"])
