"""The window's side of saving from the browser: the listener started with the app, each request
that touches the library run on the window's thread, what arrives shown in the list, and a
button in the status bar while the port is taken. Library ▸ Connect a Browser… pairs a browser
(connect_browser.py).

Settings: `browser/port` (default 38471) and `browser/listen` (default on)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QToolButton

from reader.core.browser_link import DEFAULT_PORT
from reader.core.errors import PortTaken, ReaderError
from reader.ui.changes import What
from reader.ui.failures import said

if TYPE_CHECKING:  # the listener's modules (http.server: 65 ms of imports) load when it starts
    from reader.core.browser_link.desk import Desk
    from reader.core.browser_link.pairing import Pairing
    from reader.core.browser_link.saving import SaveOutcome
    from reader.core.browser_link.server import Listener
    from reader.ui.main_window import MainWindow

WAIT_S = 120.0  # the longest a request waits for the window (a modal dialog does not hold it up)


class _Job:
    def __init__(self, work: Callable[[], Any]) -> None:
        self.work, self.done = work, threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None


class WindowThread(QObject):
    """Runs work from the listener's threads on the window's thread, and hands back its result."""

    _asked = Signal(object)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._asked.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def call(self, work: Callable[[], Any]) -> Any:
        job = _Job(work)
        self._asked.emit(job)
        if not job.done.wait(WAIT_S):
            raise ReaderError("Reader is busy; try again in a moment")
        if job.error is not None:
            raise job.error
        return job.result

    @Slot(object)
    def _run(self, job: _Job) -> None:
        try:
            job.result = job.work()
        except BaseException as exc:  # noqa: BLE001 - handed back to the listener's thread, which answers with it
            job.error = exc
        finally:
            job.done.set()


class BrowserLink(QObject):
    problem_changed = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._thread = WindowThread(self)
        self._desk: Desk | None = None
        self.listener: Listener | None = None
        self.problem = ""  # why browsers cannot send pages now ("" when they can, or when switched off)
        self.elsewhere = False  # another Reader window holds the port: pages go to its library
        self.button = QToolButton(window)
        self.button.setAutoRaise(True)
        self.button.setVisible(False)
        self.button.clicked.connect(self.connect_browser)
        window.statusBar().addPermanentWidget(self.button)
        window.actions.connect_browser.triggered.connect(self.connect_browser)
        window.installEventFilter(self)

    # -- the listener -----------------------------------------------------------------------

    @property
    def desk(self) -> Desk:
        """What the listener may do with the library (made when first needed)."""
        if self._desk is None:
            from reader.core.browser_link.desk import Desk, library_pairing

            library = self.window.library
            self._desk = Desk(
                lambda work: self._thread.call(lambda: work(library)),
                library_pairing(library),
                on_saved=self._saved,
                on_show=self._show,
            )
        return self._desk

    @property
    def pairing(self) -> Pairing:
        return self.desk.pairing

    @property
    def port(self) -> int:
        try:
            port = int(self.window.settings.value("browser/port", DEFAULT_PORT))
        except (TypeError, ValueError):
            return DEFAULT_PORT
        return port if 1024 <= port <= 65535 else DEFAULT_PORT

    @property
    def enabled(self) -> bool:
        return str(self.window.settings.value("browser/listen", "true")).lower() not in ("false", "0")

    def start(self) -> None:
        """Listen on the chosen port (when on); a taken port is said, and no other port is tried."""
        if not self.window.isVisible():
            return  # a window closed meanwhile: its library is closed too
        self.stop()
        self.problem = ""
        self.elsewhere = False
        if self.enabled:
            from reader.core.browser_link.server import Listener

            listener = Listener(self.desk, self.port)
            try:
                listener.start()
                self.listener = listener
            except PortTaken as exc:
                from reader.core.browser_link.server import reader_listens

                # another Reader window has it: pages go to that window's library, which is no fault
                self.elsewhere = reader_listens(self.port)
                self.problem = "" if self.elsewhere else said(exc)
            except ReaderError as exc:
                self.problem = said(exc)
        self._show_problem()

    def stop(self) -> None:
        if self.listener is not None:
            self.listener.stop()
            self.listener = None

    def configure(self, port: int, enabled: bool) -> None:
        self.window.settings.setValue("browser/port", port)
        self.window.settings.setValue("browser/listen", enabled)
        self.start()

    def _show_problem(self) -> None:
        self.button.setText(self.tr("⚠ Browser saving is off: port %1 is taken").replace("%1", str(self.port)))
        self.button.setToolTip(self.problem)
        self.button.setVisible(bool(self.problem))
        if self.problem:
            self.window.statusBar().showMessage(self.problem, 15000)
        self.problem_changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.stop()  # the window's library closes with it
        return False

    # -- what arrives (on the window's thread) ----------------------------------------------

    def _saved(self, outcome: SaveOutcome) -> None:
        from reader.core.browser_link.saving import NEW_VERSION, SAVED

        w = self.window
        article = w.library.get(outcome.article_id)
        w.changes.report(What.ARTICLES | What.TEXT | What.HIGHLIGHTS, [outcome.article_id], article=article)
        if outcome.status == SAVED:
            text = self.tr("Saved from the browser: %1")
        elif outcome.status == NEW_VERSION:
            text = self.tr("Saved from the browser as a new version: %1")
        else:
            text = self.tr("Saved from the browser again, unchanged: %1")
        w.statusBar().showMessage(text.replace("%1", outcome.title or self.tr("Untitled")), 8000)

    def _show(self, article_id: int) -> None:
        w = self.window
        if w.model.row_of(article_id) < 0:
            w.model.reload()
            if w.model.row_of(article_id) < 0:
                w.library_pane.show_everything()
        w.select_article(article_id)
        w.open_article(article_id)
        if w.isMinimized():
            w.showNormal()
        w.raise_()
        w.activateWindow()

    # -- Library ▸ Connect a Browser… -------------------------------------------------------

    def connect_browser(self) -> None:
        from reader.ui.connect_browser import ConnectBrowserDialog

        dialog = ConnectBrowserDialog(self, self.window)
        try:
            dialog.exec()
        finally:
            self.pairing.drop_code()
            dialog.deleteLater()
