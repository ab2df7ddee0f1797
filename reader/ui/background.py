"""Long work off the UI thread, one way for all of it (in the spirit of Anki's CollectionOp).

An `Operation` runs a function of the core on a worker thread: `work(library, progress)`, where
`library` is the worker's own connection to the library (SQLite connections stay on the thread that
opened them; None for work that needs none, a backup) and `progress(done, total, what)` reports how
far it is (and raises `Cancelled` once the user has cancelled, so the work stops where it stands).
Its outcome arrives on the UI thread by exactly one of four signals:

- `succeeded(result)`: the work's return value;
- `failed(error)`: a `ReaderError`, a failure the user can act on; its words are shown as they are;
- `cancelled()`: the user stopped it;
- and a bug (any other exception) is not turned into a message: it is logged with its traceback
  and goes to `sys.excepthook` on the UI thread, which shows the crash dialog.

`ended()` follows whichever came. With a `title`, a progress dialog shows the work (after a moment,
so quick work shows nothing; `describe` words each step) and its Cancel button cancels it.
`Background` keeps the window's running operations: `busy()` says whether any runs, `stop()`
cancels and waits for them as the window closes.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from reader.core.errors import Cancelled, ReaderError
from reader.core.library import Library
from reader.core.progress import Progress

log = logging.getLogger(__name__)

Work = Callable[[Library | None, Progress], Any]
Describe = Callable[[int, int, str], str]  # the progress dialog's words for (done, total, what)


class _Worker(QObject):
    progressed = Signal(int, int, str)
    outcome = Signal(str, object)  # "done" | "failed" | "cancelled" | "bug", the result or the exception

    def __init__(self, work: Work, library_path: Path | None) -> None:
        super().__init__()
        self._work, self._path = work, library_path
        self.cancel_requested = False

    def progress(self, done: int, total: int, what: str = "") -> None:
        if self.cancel_requested:
            raise Cancelled("stopped")
        self.progressed.emit(done, total, what)

    @Slot()
    def run(self) -> None:
        try:
            if self._path is None:
                result = self._work(None, self.progress)
            else:
                with Library.open(self._path) as library:
                    result = self._work(library, self.progress)
        except Cancelled:
            self.outcome.emit("cancelled", None)
        except ReaderError as exc:
            self.outcome.emit("failed", exc)
        except Exception as exc:  # noqa: BLE001 - a bug: shown by the crash dialog on the UI thread
            log.exception("background work failed")
            self.outcome.emit("bug", exc)
        else:
            self.outcome.emit("done", result)


class Operation(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the ReaderError
    cancelled = Signal()
    ended = Signal()

    def __init__(
        self,
        work: Work,
        *,
        library_path: Path | None,
        parent: QWidget,
        title: str = "",
        label: str = "",
        describe: Describe | None = None,
        cancellable: bool = True,
        modal: bool = True,
    ) -> None:
        super().__init__(parent)
        self._describe = describe
        self.running = False
        self.thread = QThread()
        self.thread.setObjectName("reader-background")
        self.worker = _Worker(work, library_path)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self.progressed)
        self.worker.outcome.connect(self._on_outcome)
        self.dialog: QProgressDialog | None = None
        if title:
            self.dialog = QProgressDialog(label or title, self.tr("Cancel") if cancellable else "", 0, 0, parent)
            self.dialog.setObjectName("backgroundProgress")
            self.dialog.setWindowTitle(title)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal if modal else Qt.WindowModality.NonModal)
            self.dialog.setMinimumDuration(400)  # quick work is done before the dialog would show
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            if not cancellable:
                self.dialog.setCancelButton(None)
            self.dialog.canceled.connect(self.cancel)  # Cancel, or Esc
            self.progressed.connect(self._show_progress)

    def start(self) -> Operation:
        self.running = True
        self.thread.start()
        return self

    def cancel(self) -> None:
        self.worker.cancel_requested = True

    def wait(self) -> None:
        """Cancel and wait for the thread to end (the window is closing); no outcome is delivered."""
        self.cancel()
        self.worker.outcome.disconnect(self._on_outcome)
        self.thread.quit()
        self.thread.wait()
        self._finish()

    def _show_progress(self, done: int, total: int, what: str) -> None:
        dialog = self.dialog  # held: a modal dialog's setValue runs the event loop, and the outcome may
        if dialog is None or self.worker.cancel_requested:  # arrive in it and let go of self.dialog
            return
        text = self._describe(done, total, what) if self._describe is not None else what
        if text:
            dialog.setLabelText(text)
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    def _finish(self) -> None:
        self.running = False
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None

    def _on_outcome(self, kind: str, value: object) -> None:
        self.thread.quit()
        self.thread.wait()
        self._finish()
        if kind == "done":
            self.succeeded.emit(value)
        elif kind == "failed":
            self.failed.emit(value)
        elif kind == "cancelled":
            self.cancelled.emit()
        else:
            assert isinstance(value, BaseException)
            sys.excepthook(type(value), value, value.__traceback__)
        self.ended.emit()
        self.deleteLater()


class Background(QObject):
    """The window's long work: started here, listed while it runs, stopped when the window closes."""

    def __init__(self, window: QWidget, library_path: Path) -> None:
        super().__init__(window)
        self.window, self.library_path = window, library_path
        self._running: list[Operation] = []

    def run(
        self,
        work: Work,
        *,
        library: bool = True,
        title: str = "",
        label: str = "",
        describe: Describe | None = None,
        cancellable: bool = True,
        modal: bool = True,
    ) -> Operation:
        """Start `work` on a worker thread; connect to the returned operation's signals before the
        event loop runs again (its outcome cannot arrive sooner)."""
        operation = Operation(
            work,
            library_path=self.library_path if library else None,
            parent=self.window,
            title=title,
            label=label,
            describe=describe,
            cancellable=cancellable,
            modal=modal,
        )
        self._running.append(operation)
        operation.ended.connect(lambda: self._running.remove(operation) if operation in self._running else None)
        return operation.start()

    def busy(self) -> bool:
        return bool(self._running)

    def stop(self) -> None:
        """The window is closing: every running operation is cancelled and its thread ended."""
        for operation in list(self._running):
            operation.wait()
        self._running.clear()
