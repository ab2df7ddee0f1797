"""Fix extraction from the window: the removed-lines dialog, putting a line back, dropping a paragraph."""

from __future__ import annotations

from PySide6.QtCore import QObject

from reader.core.errors import ReaderError
from reader.core.library import Library
from reader.core.models import Article
from reader.ui.changes import Changes, What


class ExtractionFlow(QObject):
    def __init__(self, library: Library, changes: Changes, window) -> None:  # window: MainWindow
        super().__init__(window)
        self.window = window
        self.library, self.changes = library, changes
        self.removed_dialog = None  # made when first asked for
        self.shown_id: int | None = None  # the article whose lines the dialog lists (it stays open meanwhile)

    def show_removed(self) -> None:
        article = self.window.article_view.article
        if article is None:
            return
        if self.removed_dialog is None:
            from reader.ui.removed_dialog import RemovedLinesDialog

            self.removed_dialog = RemovedLinesDialog(self.window)
            self.removed_dialog.restore_requested.connect(self._on_restore_requested)
        self.removed_dialog.show_article(article)
        self.shown_id = article.id
        self.removed_dialog.show()
        self.removed_dialog.raise_()

    def _on_restore_requested(self, index: int) -> None:
        if self.shown_id is None:
            return
        try:  # the line chosen is one of the listed article's, whichever article is open now
            result = self.library.restore_removed(self.shown_id, index)
        except ReaderError as exc:
            self.window.warn(self.tr("Cannot put the line back"), str(exc))
            return
        self._show_changed(result.article, self.tr("Line put back; highlights: %1").replace("%1", str(result.report)))

    def drop_paragraph(self) -> None:
        article = self.window.article_view.article
        if article is None:
            return
        position = self.window.article_view.context_position
        if position < 0:
            position = self.window.article_view.textCursor().position()
        index = self.window.article_view.body_index_at(position)
        if index < 0:
            self.window.statusBar().showMessage(self.tr("Put the cursor in a paragraph of the article first"), 5000)
            return
        try:
            result = self.library.drop_block(article.id, index)
        except ReaderError as exc:
            self.window.warn(self.tr("Cannot drop the paragraph"), str(exc))
            return
        self._show_changed(
            result.article,
            self.tr("Paragraph dropped (Fix Extraction puts it back); highlights: %1").replace(
                "%1", str(result.report)
            ),
        )

    def _show_changed(self, article: Article, message: str) -> None:
        self.changes.report(What.TEXT, [article.id], article=article)
        if self.removed_dialog is not None and self.removed_dialog.isVisible():
            self.removed_dialog.show_article(article)
            self.shown_id = article.id
        self.window.statusBar().showMessage(message, 6000)
