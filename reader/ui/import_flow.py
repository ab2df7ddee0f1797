"""Getting articles in from the window: files, folders, URLs, the clipboard and drag and drop.

A few local files import at once; anything bigger (folders, many files, URLs) runs on a worker
thread behind a progress dialog that can be cancelled. Failures are listed in one summary at the end.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from reader.core.bulk_import import ImportSummary, import_sources
from reader.core.fetch import is_url
from reader.core.importers.sources import expand_sources
from reader.core.library import Library
from reader.core.models import Article
from reader.ui import reports
from reader.ui.background import Background, Operation
from reader.ui.failures import guard, said

log = logging.getLogger(__name__)

AT_ONCE = 3  # up to this many local files import on the UI thread
IMPORT_PATTERNS = "*.txt *.text *.html *.htm *.xhtml *.md *.markdown *.pdf *.epub"


class ImportFlow(QObject):
    """Emits `imported(last_article_id, status_text)` after any import that stored something."""

    imported = Signal(int, str)
    annotations_imported = Signal(str)
    export_given = Signal(str)  # another app's export among what was chosen or dropped: its path

    def __init__(
        self,
        library: Library,
        window: QWidget,
        warn: Callable[[str, str], None],
        settings: QSettings,
        background: Background,
    ) -> None:
        super().__init__(window)
        self.library, self.window = library, window
        self._settings = settings  # where the file dialogs open: the folder of the last import
        self._warn = warn
        self.background = background
        self.job: Operation | None = None  # while a background import runs
        self.annotation_job = None  # an AnnotationImport while one runs

    def import_sources(self, sources: list[str], *, raw: bool = False) -> list[Article]:
        """Import files, folders or URLs; returns the articles when it could do so at once.
        With `raw`, pages are kept whole instead of cleaned."""
        from reader.core.app_import import is_export
        from reader.core.export.library_folder import is_library_folder

        exports = [s for s in sources if not is_url(s) and is_export(Path(s))]
        for export in exports:  # Pocket's zip, Instapaper's CSV...: File ▸ Import from Another App's way
            self.export_given.emit(export)
        sources = [s for s in sources if s not in exports]
        if exports and not sources:
            return []
        folders = [s for s in sources if is_library_folder(s)]  # whole libraries exported by Reader
        if folders:
            self._import_library_folders(folders, [s for s in sources if s not in folders], raw)
            return []
        expanded = expand_sources(sources)
        if not expanded:
            self._warn(
                self.tr("Nothing was imported"), self.tr("No text, HTML, Markdown, PDF or EPUB files were found.")
            )
            return []
        documents = any(Path(s).suffix.lower() in (".pdf", ".epub") for s in expanded)  # a long read: never at once
        if len(expanded) <= AT_ONCE and not documents and not any(is_url(s) for s in expanded):
            return self._import_now(expanded, raw)
        self._start_job(expanded, raw)
        return []

    def _import_library_folders(self, folders: list[str], rest: list[str], raw: bool) -> None:
        """Libraries exported by Reader, each in one transaction on a worker (a large one takes a
        while: its articles, versions, highlights and notes); then the rest of what was chosen."""
        from reader.core.export.library_folder import import_library_folder

        if self.job is not None:
            self._warn(self.tr("An import is running"), self.tr("Wait for it to finish, or cancel it first."))
            return
        self.job = self.background.run(
            lambda library, _progress: [import_library_folder(library, folder) for folder in folders],
            title=self.tr("Import"),
            label=self.tr("Importing the exported library…"),
            cancellable=False,  # each folder is one transaction: stored whole or not at all
        )

        imported: list = []

        def ended() -> None:  # the job is over (and the next may start) before the rest is imported
            self.job = None
            if not imported:
                return
            said_all = "; ".join(reports.library_folder(report) for report in imported[0])
            self.annotations_imported.emit(said_all)
            if rest:
                self.import_sources(rest, raw=raw)
            else:
                self.imported.emit(0, said_all)

        self.job.succeeded.connect(imported.append)
        self.job.failed.connect(lambda exc: self._warn(self.tr("Nothing was imported"), said(exc)))
        self.job.ended.connect(ended)

    def _import_now(self, paths: list[str], raw: bool = False) -> list[Article]:
        summary = ImportSummary(total=len(paths))
        articles: list[Article] = []
        for path in paths:
            article = summary.ingest(self.library, path, raw=raw)
            if article is not None:
                articles.append(article)
        self._report(summary)
        return articles

    def _start_job(self, sources: list[str], raw: bool = False) -> None:
        """Import on a worker thread (core.bulk_import, batches committed a few times a second, so notes
        saved meanwhile wait a moment at most), behind a progress dialog that leaves the window usable."""
        if self.job is not None:
            self._warn(self.tr("An import is running"), self.tr("Wait for it to finish, or cancel it first."))
            return

        def work(library, progress):
            return import_sources(library, sources, raw=raw, progress=progress)

        self.job = self.background.run(
            work,
            title=self.tr("Import"),
            label=self.tr("Importing…"),
            modal=False,  # the window stays usable
            describe=lambda done, total, name: (
                self.tr("Importing %1 of %2\n%3")
                .replace("%1", str(min(done + 1, total)))
                .replace("%2", str(total))
                .replace("%3", name)
            ),
        )
        if self.job.dialog is not None:
            self.job.dialog.setObjectName("importProgress")
            self.job.dialog.setMinimumDuration(300)
        self.job.succeeded.connect(self._report)
        self.job.failed.connect(lambda exc: self._warn(self.tr("Nothing was imported"), said(exc)))
        self.job.ended.connect(self._job_ended)

    def _job_ended(self) -> None:
        self.job = None

    def _report(self, summary: ImportSummary) -> None:
        count = len(summary.imported)
        status = self.tr("Imported %1 of %2").replace("%1", str(count)).replace("%2", str(summary.total))
        if summary.cancelled:
            status += self.tr(" (cancelled)")
        if summary.updated:
            status += " — " + "; ".join(f"{s.title[:60]}: {reports.update(s)}" for s in summary.updated[:3])
        if count:
            self.imported.emit(summary.imported[-1], status)
        if summary.problems:
            title = self.tr("Some inputs were not imported") if count else self.tr("Nothing was imported")
            shown = [f"{problem.name}: {said(problem.error)}" for problem in summary.problems[:30]]
            more = len(summary.problems) - len(shown)
            text = "\n".join(shown) + (self.tr("\n… and %1 more").replace("%1", str(more)) if more else "")
            if summary.raw_candidates:
                self._offer_raw(title, text, summary.raw_candidates)
            else:
                self._warn(title, text)

    def _offer_raw(self, title: str, text: str, sources: list[str]) -> None:
        """Pages with nothing article-like in them can still be kept whole, if the user wants."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Close, self.window)
        box.setObjectName("rawImportBox")
        keep = box.addButton(self.tr("Import As It Is"), QMessageBox.ButtonRole.AcceptRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: button is keep and self.import_sources(sources, raw=True))
        box.open()

    # -- other ways in ----------------------------------------------------------------------------

    def ask_files(self) -> None:
        start = self._settings.value("import/folder", str(Path.home()))
        file_filter = self.tr("Articles (%1);;All files (*)").replace("%1", IMPORT_PATTERNS)
        paths, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Import articles"), str(start), file_filter)
        if paths:
            self._settings.setValue("import/folder", str(Path(paths[0]).parent))
            self.import_sources(paths)

    def ask_folder(self) -> None:
        start = self._settings.value("import/folder", str(Path.home()))
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Import a folder"), str(start))
        if folder:
            self._settings.setValue("import/folder", folder)
            self.import_sources([folder])

    def ask_url(self) -> None:
        url, ok = QInputDialog.getText(
            self.window,
            self.tr("Import from the Web"),
            self.tr("Address of the page (http or https):"),
            QLineEdit.EchoMode.Normal,
        )
        if ok and url.strip():
            self._start_job([url.strip()])

    def ask_annotations(self) -> None:
        """Import W3C Web Annotation JSON (as Reader and other tools export it) into this library, on a
        worker thread behind a progress dialog (annotation_import.py): a file may hold a million."""
        from reader.ui.annotation_import import AnnotationImport

        if self.annotation_job is not None:
            self._warn(self.tr("An import is running"), self.tr("Wait for it to finish, or cancel it first."))
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import annotations"),
            str(Path.home()),
            self.tr("Web Annotation JSON (*.json *.jsonld);;All files (*)"),
        )
        if not chosen:
            return
        self.annotation_job = AnnotationImport(self.background, Path(chosen), self.window, self._warn)
        self.annotation_job.done.connect(self.annotations_imported)
        self.annotation_job.destroyed.connect(self._annotation_job_ended)
        self.annotation_job.start()

    def _annotation_job_ended(self) -> None:
        self.annotation_job = None

    def paste(self) -> None:
        """Import what is on the clipboard: a URL, HTML, or plain text."""
        self.import_mime(QGuiApplication.clipboard().mimeData())

    def import_mime(self, mime: QMimeData | None) -> bool:
        """Import dropped or pasted data; True when there was something to import."""
        if mime is None:
            return False
        if mime.hasUrls():
            local = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
            web = [u.toString() for u in mime.urls() if u.scheme() in ("http", "https")]
            if local or web:
                self.import_sources(local + web)
                return True
        text = mime.text().strip() if mime.hasText() else ""
        if text and is_url(text) and len(text.split()) == 1:
            self._start_job([text])
            return True
        if mime.hasHtml() and mime.html().strip():
            return self._import_bytes(mime.html().encode("utf-8"), "pasted.html")
        if text:
            return self._import_bytes(text.encode("utf-8"), "pasted.txt")
        return False

    def _import_bytes(self, data: bytes, name: str) -> bool:
        with guard(self._warn, self.tr("Nothing was imported")) as outcome:
            article = self.library.import_bytes(data, name, source=self.tr("pasted"))
        if outcome.failed:
            return False
        self.imported.emit(article.id, self.tr("Imported the pasted text"))
        return True
