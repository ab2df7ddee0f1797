"""File ▸ Import from Another App…: an export of Pocket, Instapaper, Omnivore, Wallabag, Readwise or
Hypothesis into the library.

The dialog says where each app lets you download your export and takes the file (the app is told by
the file's content; a menu forces one). The file is read on a worker thread; what it holds is shown
("Pocket export: 4,812 items, 37 tags, 4,812 to fetch") and, once the user agrees, stored in one
transaction behind a progress dialog that can stop it (nothing is then stored). The pages of the
links are then fetched in the background (`fetch_bar.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from reader.core.app_import import APP_NAMES, APPS
from reader.ui import reports
from reader.ui.background import Background
from reader.ui.failures import said


class AppImportDialog(QDialog):
    """Where each app's export comes from, and the choice of the file (and, if need be, of the app)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appImport")
        self.setWindowTitle(self.tr("Import from Another App"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Bring your saved articles, tags, states and highlights. Download your export from the"
                " app, then choose the file here:"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        where = QFormLayout()
        for name, text in (
            ("Pocket", self.tr("the export you downloaded: a .zip of CSV files, or the older .html file")),
            ("Instapaper", self.tr("Settings ▸ Export ▸ Download .CSV file")),
            ("Omnivore", self.tr("the export .zip (Settings ▸ Export Data)")),
            ("Wallabag", self.tr("All entries ▸ Export ▸ JSON")),
            ("Readwise", self.tr("readwise.io/export ▸ Export to CSV")),
            ("Hypothesis", self.tr("your profile ▸ Export ▸ JSON")),
        ):
            label = QLabel(text)
            label.setWordWrap(True)
            where.addRow(f"<b>{name}</b>", label)
        layout.addLayout(where)
        self.app = QComboBox()
        self.app.setObjectName("appChoice")
        self.app.addItem(self.tr("Tell by the file's content"), "")
        for key in APPS:
            self.app.addItem(APP_NAMES[key], key)
        form = QFormLayout()
        form.addRow(self.tr("Read as:"), self.app)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.choose = buttons.addButton(self.tr("&Choose Export File…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    @property
    def forced(self) -> str | None:
        return str(self.app.currentData()) or None


class AppImportFlow(QObject):
    """Emits `imported(first new article id or 0, status text)` after an export was stored."""

    imported = Signal(int, str)

    def __init__(
        self, window: QWidget, background: Background, settings: QSettings, warn: Callable[[str, str], None]
    ) -> None:
        super().__init__(window)
        self.window, self.background, self._settings, self._warn = window, background, settings, warn
        self.busy = False

    def ask(self) -> None:
        dialog = AppImportDialog(self.window)
        accepted, forced = dialog.exec(), dialog.forced
        dialog.deleteLater()
        if not accepted:
            return
        start = str(self._settings.value("import/folder", str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Choose an Export File"),
            start,
            self.tr("Exports (*.zip *.csv *.json *.html *.htm);;All files (*)"),
        )
        if path:
            self._settings.setValue("import/folder", str(Path(path).parent))
            self.read(Path(path), forced)

    def read(self, path: Path, app: str | None = None) -> None:
        """Read the export on a worker, say what it holds, and store it if the user agrees."""
        if self.busy:
            self._warn(self.tr("An import is running"), self.tr("Wait for it to finish, or cancel it first."))
            return
        from reader.core.app_import import read_export_file

        self.busy = True
        operation = self.background.run(
            lambda _library, _progress: read_export_file(path, app),
            library=False,
            title=self.tr("Import from Another App"),
            label=self.tr("Reading %1…").replace("%1", path.name),
        )
        operation.succeeded.connect(self._confirm)
        operation.failed.connect(lambda exc: self._warn(self.tr("Nothing was imported"), said(exc)))
        operation.ended.connect(self._not_busy)

    def _not_busy(self) -> None:
        self.busy = False

    def _confirm(self, export) -> None:  # export: core.app_import.Export
        if not export.entries:
            self._warn(self.tr("Nothing was imported"), self.tr("The export holds no articles."))
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Import from Another App"),
            self.tr(
                "%1\n\nImport these into the library? Links are listed at once; their pages are fetched"
                " in the background."
            ).replace("%1", reports.app_export(export)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._store(export)

    def _store(self, export) -> None:
        from reader.core.app_import.store import import_export

        self.busy = True
        operation = self.background.run(
            lambda library, progress: import_export(library, export, progress),
            title=self.tr("Import from Another App"),
            label=self.tr("Importing…"),
            describe=lambda done, total, _what: (
                self.tr("Importing item %1 of %2").replace("%1", f"{done:,}").replace("%2", f"{total:,}")
            ),
        )
        operation.succeeded.connect(self._done)
        operation.failed.connect(lambda exc: self._warn(self.tr("Nothing was imported"), said(exc)))
        operation.ended.connect(self._not_busy)

    def _done(self, report) -> None:  # report: core.app_import.store.AppImportReport
        text = reports.app_import(report)
        if report.problems:
            title = self.tr("Imported, with problems")
            box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self.window)
            box.setObjectName("appImportProblems")
            box.setDetailedText("\n".join(report.problems))
            box.open()
        self.imported.emit(report.article_ids[0] if report.article_ids else 0, text)
