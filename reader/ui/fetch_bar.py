"""Fetching the pages of links in the background, shown in the status bar with Pause and Cancel.

After an import of another app's export (and when the window opens with pages still waiting), the
bar runs `core.fetcher.fetch_waiting` as a background operation on its own connection: "Fetching
pages: 12 of 4,812". Pause stops it where it stands (what is not fetched stays waiting, and Resume
goes on); Cancel stops it and sets the waiting pages aside as failed, "cancelled", so they are
listed and can be tried again. The pages that failed are counted on a button that lists them, with
the reason, and offers to try them again. Each page stored is reported as a change of that article,
a few times a second at most, so the list and an open bookmark show its text as it arrives.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from reader.core.fetch_queue import QueueCounts
from reader.core.library import Library
from reader.ui.background import Background, Operation

CANCELLED = "cancelled before it was fetched"


class FetchBar(QWidget):
    """The status bar's part for fetching; `fetched()` after pages were stored (to refresh views)."""

    fetched = Signal()
    show_failures = Signal()

    def __init__(self, library: Library, background: Background, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fetchBar")
        self.library, self.background = library, background
        self.operation: Operation | None = None
        self.counts = QueueCounts()  # as last shown
        self.paused = False
        self._last_done = -1
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setObjectName("fetchPause")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("fetchCancel")
        self.failed_button = QPushButton()
        self.failed_button.setObjectName("fetchFailed")
        self.failed_button.setFlat(True)
        for widget in (self.label, self.pause_button, self.cancel_button, self.failed_button):
            layout.addWidget(widget)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.cancel_button.clicked.connect(self.cancel)
        self.failed_button.clicked.connect(self.show_failures)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(500)
        self._refresh_timer.timeout.connect(self.fetched)
        self.update_counts()

    @property
    def running(self) -> bool:
        return self.operation is not None

    def start(self) -> None:
        """Fetch what is waiting (nothing happens when nothing is, or it already runs)."""
        if self.operation is not None or not self.library.queue.counts().waiting:
            self.update_counts()
            return
        from reader.core.fetcher import fetch_waiting

        self.paused = False
        self._last_done = -1
        self.operation = self.background.run(lambda library, progress: fetch_waiting(library, progress=progress))
        self.operation.progressed.connect(self._on_progress)
        self.operation.ended.connect(self._on_ended)
        self.update_counts()

    def toggle_pause(self) -> None:
        if self.operation is not None:
            self.paused = True
            self.operation.cancel()
        else:
            self.start()

    def cancel(self) -> None:
        """Stop, and set the waiting pages aside (listed as failed, to be tried again at will)."""
        if self.operation is not None:
            self.paused = False
            self.operation.cancel()
            self.operation.ended.connect(self._set_aside)
        else:
            self._set_aside()

    def _set_aside(self) -> None:
        self.library.queue.stop_waiting(CANCELLED)
        self.paused = False
        self.update_counts()

    def _on_progress(self, done: int, total: int, url: str) -> None:
        if done != self._last_done:
            self._last_done = done
            self.label.setText(
                self.tr("Fetching pages: %1 of %2").replace("%1", f"{done:,}").replace("%2", f"{total:,}")
            )
            self.label.setVisible(True)
            if done > 0 and not self._refresh_timer.isActive():
                self._refresh_timer.start()

    def _on_ended(self) -> None:
        self.operation = None
        self._refresh_timer.stop()
        self.fetched.emit()
        self.update_counts()

    def update_counts(self) -> None:
        """Show what is waiting and what failed; hide the bar when there is neither."""
        counts = self.counts = self.library.queue.counts()
        running = self.operation is not None
        if not running:
            if counts.waiting and self.paused:
                self.label.setText(self.tr("Fetching paused: %1 pages waiting").replace("%1", f"{counts.waiting:,}"))
            elif counts.waiting:
                self.label.setText(self.tr("%1 pages waiting to be fetched").replace("%1", f"{counts.waiting:,}"))
            else:
                self.label.setText("")
        self.pause_button.setText(self.tr("Pause") if running else self.tr("Resume"))
        self.pause_button.setVisible(running or bool(counts.waiting))
        self.cancel_button.setVisible(running or bool(counts.waiting))
        self.label.setVisible(bool(self.label.text()))
        self.failed_button.setText(self.tr("%1 not fetched…").replace("%1", f"{counts.failed:,}"))
        self.failed_button.setVisible(bool(counts.failed))
        self.setVisible(running or bool(counts.waiting or counts.failed))
