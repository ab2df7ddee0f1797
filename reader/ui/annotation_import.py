"""Importing a W3C annotation file from the window: on a worker thread, behind a progress dialog.

The file is checked whole, then stored in one transaction (core.annotation_import); a file of a
million annotations takes minutes, so the work runs on its own connection to the library on a
thread, and the dialog shows how far it is and can stop it (nothing is then stored). The dialog is
window-modal: the import holds the library's write lock until it ends, so a highlight made meanwhile
would have to wait for it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from reader.ui import reports
from reader.ui.background import Background, Operation
from reader.ui.failures import said


class AnnotationImport(QObject):
    """One import of an annotation file; `done(report text)` once something was stored."""

    done = Signal(str)

    def __init__(self, background: Background, file: Path, window: QWidget, warn: Callable[[str, str], None]) -> None:
        super().__init__(window)
        self.window, self._warn, self._background, self._file = window, warn, background, file
        self.operation: Operation | None = None
        self.dialog = QProgressDialog(self.tr("Checking the file…"), self.tr("Cancel"), 0, 1000, window)
        self.dialog.setObjectName("annotationImportProgress")
        self.dialog.setWindowTitle(self.tr("Import Annotations"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)  # a small file is done before the dialog would show
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self._cancel)  # Cancel, or Esc
        self.cancelled = False

    @property
    def thread(self) -> QThread | None:
        return self.operation.thread if self.operation is not None else None

    def start(self) -> None:
        from reader.core.annotation_import import import_annotations_file

        file = self._file

        def work(library, progress):  # the phases ("checking", "importing") travel as the progress' words
            return import_annotations_file(library, file, lambda phase, done, total: progress(done, total, phase))

        self.operation = self._background.run(work)
        self.operation.progressed.connect(self._on_progress)
        self.operation.succeeded.connect(self._report)
        self.operation.failed.connect(lambda exc: self._warn(self.tr("Nothing was imported"), said(exc)))
        self.operation.ended.connect(self._ended)

    def _cancel(self) -> None:
        self.cancelled = True
        if self.operation is not None:
            self.operation.cancel()

    def _on_progress(self, done: int, total: int, phase: str) -> None:
        if self.cancelled or total <= 0:
            return
        if phase == "checking":  # by bytes: the first pass over the file is about a third of the work
            self.dialog.setValue(300 * done // total)
            self.dialog.setLabelText(self.tr("Checking the file…"))
        else:
            self.dialog.setValue(300 + 700 * done // total)
            self.dialog.setLabelText(
                self.tr("Importing annotation %1 of %2").replace("%1", f"{done:,}").replace("%2", f"{total:,}")
            )

    def _ended(self) -> None:
        self.dialog.reset()
        self.dialog.deleteLater()
        self.deleteLater()

    def _report(self, report: object) -> None:
        self.done.emit(reports.annotations(report))  # type: ignore[arg-type]
        details = report.details()  # type: ignore[attr-defined]
        if details:  # what could not be placed, one line each, with its id and why
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Annotations imported"),
                reports.annotations(report),  # type: ignore[arg-type]
                QMessageBox.StandardButton.Close,
                self.window,
            )
            box.setObjectName("annotationReportBox")
            box.setInformativeText(
                self.tr("%n annotation(s) or article(s) need a look: see the details.", "", len(details))
            )
            box.setDetailedText("\n".join(details))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
