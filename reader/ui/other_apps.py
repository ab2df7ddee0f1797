"""The window's part in coming from another app: File ▸ Import from Another App…, the status bar's
fetching of links (fetch_bar.py), Library ▸ Fetch Waiting Pages and Pages Not Fetched…, and what a
bookmark shows instead of a text. Pages left waiting when Reader last quit are fetched again soon
after the window opens."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from reader.core.fetch_queue import FAILED, LINK
from reader.core.models import Article
from reader.ui.app_import_flow import AppImportFlow
from reader.ui.changes import What
from reader.ui.fetch_bar import FetchBar

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

RESUME_AFTER_MS = 1500  # after the window opens: its first frame and the list come first


class OtherApps(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._said: dict[int, str] = {}  # what each bookmark shown said, to tell when it changed
        self.bar = FetchBar(window.library, window.background, window)
        window.statusBar().addPermanentWidget(self.bar)
        self.flow = AppImportFlow(window, window.background, window.settings, window.warn)
        a = window.actions
        a.import_from_app.triggered.connect(self.flow.ask)
        a.fetch_waiting.triggered.connect(self.fetch)
        a.fetch_failures.triggered.connect(self.show_failures)
        self.bar.show_failures.connect(self.show_failures)
        self.flow.imported.connect(self._imported)
        window.imports.export_given.connect(lambda path: self.flow.read(Path(path)))
        self.bar.fetched.connect(self._pages_arrived)
        window.article_view.notice_for = self.notice
        if self.bar.counts.waiting:  # left waiting when Reader last quit (the bar has just counted)
            QTimer.singleShot(RESUME_AFTER_MS, self._resume)

    def _resume(self) -> None:
        if self.window.isVisible():  # not a window closed meanwhile (its library is closed too)
            self.bar.start()

    def fetch(self) -> None:
        if not self.window.library.queue.counts().waiting and not self.bar.running:
            self.window.statusBar().showMessage(self.tr("No pages are waiting to be fetched."), 5000)
        self.bar.start()

    def show_failures(self) -> None:
        """The pages not fetched, with why; those tried again are fetched at once."""
        from reader.ui.fetch_failures import FetchFailuresDialog

        dialog = FetchFailuresDialog(self.window.library, self.window)
        try:
            if dialog.exec() and dialog.retried:
                self.bar.start()
        finally:
            dialog.deleteLater()
        self.bar.update_counts()

    def _imported(self, article_id: int, text: str) -> None:
        self.window.refresh.after_import(article_id, text)
        self.bar.start()

    def _pages_arrived(self) -> None:
        """The list shows the fetched articles' titles; an open bookmark whose page came shows it."""
        w = self.window
        w.changes.report(What.ARTICLES)
        shown = w.article_view.article
        if shown is not None and shown.kind == LINK:
            before = self._said.get(shown.id)
            now = w.library.get(shown.id)
            if now.kind != LINK or self.notice(now) != before:
                w.changes.report(What.TEXT | What.HIGHLIGHTS, [shown.id], article=now)

    def notice(self, article: Article) -> str:
        """What a bookmark says in place of its text: waiting, failed (and why), or only a link."""
        if article.kind != LINK:
            return ""
        status = self.window.library.queue.status(article.id)
        if status is None:
            text = self.tr("Only the link of this article was saved; it has no text.")
        elif status[0] == FAILED:
            text = self.tr("Reader could not fetch this page: %1").replace("%1", status[1])
        else:
            text = self.tr("This article's page has not been fetched yet; Reader fetches it in the background.")
        self._said[article.id] = text
        return text
