"""Backups from the window: daily and on demand (off the UI thread), restore with a restart, and the
start-up rescue when the library cannot be opened."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QProcess, Signal
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget

from reader.core import backup
from reader.core.errors import ReaderError
from reader.ui.background import Background
from reader.ui.failures import said

log = logging.getLogger(__name__)


class BackupFlow(QObject):
    """`finished(text)` arrives on the UI thread when a background backup is done (or failed)."""

    finished = Signal(str)

    def __init__(self, library_path: Path, window: QWidget, background: Background) -> None:
        super().__init__(window)
        self.path, self.window, self._background = library_path, window, background
        self._running = False

    def start(self, *, daily: bool = False) -> bool:
        """Back up on a worker thread; with `daily`, only when no backup was made today. A backup asked
        for is reported either way; the daily one only when it failed."""
        if self._running or (daily and not backup.daily_backup_due(self.path)):
            return False
        self._running = True
        path = self.path
        operation = self._background.run(lambda _library, _progress: backup.backup_now(path), library=False)
        operation.succeeded.connect(lambda made: self._made(made, announce=not daily))
        operation.failed.connect(self._failed)
        operation.ended.connect(self._ended)
        return True

    def _made(self, made: Path, *, announce: bool) -> None:
        log.info("backed up to %s", made)
        if announce:
            self.finished.emit(self.tr("Backed up to %1").replace("%1", str(made)))

    def _failed(self, exc: ReaderError) -> None:
        log.warning("backup failed: %s", exc)
        self.finished.emit(self.tr("The backup failed: %1").replace("%1", said(exc)))

    def _ended(self) -> None:
        self._running = False

    def choose_and_restore(self) -> None:
        backups = backup.list_backups(self.path)
        if not backups:
            QMessageBox.information(
                self.window, self.tr("Restore"), self.tr("There are no backups of this library yet.")
            )
            return
        names = [p.name for p in backups]
        name, ok = QInputDialog.getItem(
            self.window,
            self.tr("Restore from a Backup"),
            self.tr("Replace the library with this backup (the current file is kept aside, and Reader restarts):"),
            names,
            0,
            False,
        )
        if ok and name:
            self.restore(backups[names.index(name)])

    def restore(self, backup_file: Path) -> None:
        """Close the library, put the backup in its place on a worker (checking and copying a large
        library takes a while; the window keeps drawing meanwhile), and start Reader again on it."""
        window, path = self.window, self.path
        if hasattr(window, "release_library"):  # the main window: it keeps its session first, and then,
            window.release_library()  # closing as Reader quits, leaves the closed library alone
        operation = self._background.run(
            lambda _library, _progress: backup.restore(path, backup_file),
            library=False,
            title=self.tr("Restore from a Backup"),
            label=self.tr("Restoring %1…").replace("%1", backup_file.name),
            cancellable=False,  # the library is closed already: it ends in the restart either way
        )
        operation.succeeded.connect(
            lambda kept: log.info("restored %s from %s; the previous file is %s", path, backup_file, kept)
        )
        operation.failed.connect(lambda exc: _restore_failed(window, path, backup_file, exc))
        operation.ended.connect(lambda: restart(path))


def _restore_failed(window: QWidget, library_path: Path, backup_file: Path, exc: ReaderError) -> None:
    # The library is closed by now: Reader starts again on whatever the file is (the same
    # library, or, if the restore left it unreadable, the start-up rescue offers the backups).
    log.warning("restore of %s from %s failed: %s", library_path, backup_file, exc)
    QMessageBox.critical(
        window,
        "Reader",
        said(exc) + "\n\n" + QApplication.translate("BackupFlow", "Reader starts again on the library as it is."),
    )


def restart(library_path: Path) -> None:
    """Start a new Reader on the library, and end this one."""
    QProcess.startDetached(sys.executable, ["-m", "reader", "--library", str(library_path)])
    QApplication.quit()


def rescue(library_path: Path, problem: str) -> bool:
    """At start-up the library would not open: say so plainly and offer the latest good backup.
    Returns True when a backup was put in place (the caller tries again). Nothing is deleted."""
    good = backup.latest_good_backup(library_path)
    box = QMessageBox(QMessageBox.Icon.Critical, "Reader", "")
    box.setText(QCoreApplication.translate("BackupFlow", "Reader cannot open your library."))
    detail = QCoreApplication.translate("BackupFlow", "%1\n\nThe file is kept as it is, for recovery.").replace(
        "%1", problem
    )
    if good is None:
        box.setInformativeText(detail + QCoreApplication.translate("BackupFlow", "\nThere is no backup to restore."))
        box.exec()
        return False
    box.setInformativeText(
        detail
        + QCoreApplication.translate("BackupFlow", "\nRestore the latest good backup, %1?").replace("%1", good.name)
    )
    restore_button = box.addButton(
        QCoreApplication.translate("BackupFlow", "Restore Backup"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is not restore_button:
        return False
    try:
        backup.restore(library_path, good)
    except ReaderError as exc:
        QMessageBox.critical(None, "Reader", said(exc))
        return False
    return True


def newer_library(library_path: Path, problem: str) -> Path | None:
    """At start-up the library was written by a newer Reader. It is not damaged and nothing is done
    to it: say which version made it, and offer to quit or to open (or start) another library.
    Returns the other library's path, or None to quit."""
    from PySide6.QtWidgets import QFileDialog

    box = QMessageBox(QMessageBox.Icon.Information, "Reader", "")
    box.setObjectName("newerLibraryBox")
    box.setText(QApplication.translate("BackupFlow", "This library was made by a newer version of Reader."))
    box.setInformativeText(
        QApplication.translate(
            "BackupFlow", "%1\n\nUpdate Reader to open it. The file is left exactly as it is."
        ).replace("%1", problem)
    )
    other = box.addButton(
        QApplication.translate("BackupFlow", "Open Another Library…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QApplication.translate("BackupFlow", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not other:
        return None
    chosen, _ = QFileDialog.getSaveFileName(
        None,
        QApplication.translate("BackupFlow", "Open or Start a Library"),
        str(library_path.parent),
        QApplication.translate("BackupFlow", "Reader libraries (*.sqlite3);;All files (*)"),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    return Path(chosen) if chosen else None
