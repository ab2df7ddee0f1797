"""Importing a W3C annotation file from the window: on a worker thread, behind a progress dialog.

The file is checked whole, then stored in one transaction (core.export.w3c_import); a file of a
million annotations takes minutes, so the work runs on its own connection to the library on a
thread, and the dialog shows how far it is and can stop it (nothing is then stored). The dialog is
window-modal: the import holds the library's write lock until it ends, so a highlight made meanwhile
would have to wait for it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from reader.core.errors import Cancelled, ReaderError
from reader.core.library import Library

log = logging.getLogger(__name__)


class _Worker(QObject):
    progress = Signal(str, int, int)  # phase ("checking" or "importing"), done, total
    finished = Signal(object, str)  # the ImportReport (None if nothing was stored), the error's words

    def __init__(self, library_path: Path, file: Path) -> None:
        super().__init__()
        self._library_path, self._file = library_path, file
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def _heard(self, phase: str, done: int, total: int) -> None:
        if self._cancel:
            raise Cancelled()
        self.progress.emit(phase, done, total)

    @Slot()
    def run(self) -> None:
        from reader.core.export.w3c import import_annotations_file

        try:
            with Library.open(self._library_path) as library:
                report = import_annotations_file(library, self._file, self._heard)
        except Cancelled:
            self.finished.emit(None, "")
        except ReaderError as exc:
            self.finished.emit(None, str(exc))
        except Exception as exc:  # noqa: BLE001 - reported to the user, logged with its traceback
            log.exception("annotation import failed")
            self.finished.emit(None, self.tr("unexpected error: %1").replace("%1", str(exc)))
        else:
            self.finished.emit(report, "")


class AnnotationImport(QObject):
    """One import of an annotation file; `done(report text)` once something was stored."""

    done = Signal(str)

    def __init__(self, library_path: Path, file: Path, window: QWidget, warn: Callable[[str, str], None]) -> None:
        super().__init__(window)
        self.window, self._warn = window, warn
        self.thread = QThread()
        self.worker = _Worker(library_path, file)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.dialog = QProgressDialog(self.tr("Checking the file…"), self.tr("Cancel"), 0, 1000, window)
        self.dialog.setObjectName("annotationImportProgress")
        self.dialog.setWindowTitle(self.tr("Import Annotations"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)  # a small file is done before the dialog would show
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self._cancel)  # Cancel, or Esc
        self.cancelled = False

    def start(self) -> None:
        self.thread.start()

    def _cancel(self) -> None:
        self.cancelled = True
        self.worker.cancel()

    def stop(self) -> None:
        """The window is closing: stop the import (nothing is stored) and end its thread."""
        self._cancel()
        self.thread.quit()
        self.thread.wait()

    def _on_progress(self, phase: str, done: int, total: int) -> None:
        if self.cancelled or total <= 0:
            return
        if phase == "checking":  # by bytes: the first pass over the file is about a third of the work
            self.dialog.setValue(300 * done // total)
            self.dialog.setLabelText(self.tr("Checking the file…"))
        else:
            self.dialog.setValue(300 + 700 * done // total)
            self.dialog.setLabelText(self.tr("Importing annotation %1 of %2")
                                     .replace("%1", f"{done:,}").replace("%2", f"{total:,}"))

    def _on_finished(self, report: object, error: str) -> None:
        self.thread.quit()
        self.thread.wait()
        self.dialog.reset()
        self.dialog.deleteLater()
        if error:
            self._warn(self.tr("Nothing was imported"), error)
        elif report is not None:
            self._report(report)
        self.deleteLater()

    def _report(self, report: object) -> None:
        self.done.emit(str(report))
        details = report.details()  # type: ignore[attr-defined]
        if details:  # what could not be placed, one line each, with its id and why
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Annotations imported"), str(report),
                              QMessageBox.StandardButton.Close, self.window)
            box.setObjectName("annotationReportBox")
            box.setInformativeText(self.tr("%n annotation(s) or article(s) need a look: see the details.", "",
                                           len(details)))
            box.setDetailedText("\n".join(details))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
