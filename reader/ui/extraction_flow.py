"""Fix extraction from the window: the removed-lines dialog, putting a line back, dropping a paragraph."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from reader.core.library import Library
from reader.core.models import Article
from reader.core.versions import NewVersion
from reader.ui import failures, reports
from reader.ui.background import Background
from reader.ui.changes import Changes, What

# A new version re-anchors every highlight of the article (about a third of a second a thousand):
# an article with more than this many is changed on a worker, the window drawing meanwhile.
REANCHOR_AT_ONCE = 300


class ExtractionFlow(QObject):
    def __init__(
        self, library: Library, changes: Changes, window, background: Background
    ) -> None:  # window: MainWindow
        super().__init__(window)
        self.window = window
        self.library, self.changes, self.background = library, changes, background
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
        article_id = self.shown_id  # the line chosen is one of the listed article's, whichever is open now
        self._change(
            article_id,
            lambda library: library.versions.restore_removed(article_id, index),
            self.tr("Cannot put the line back"),
            lambda result: self.tr("Line put back; highlights: %1").replace("%1", reports.highlights(result.report)),
        )

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
        article_id = article.id
        self._change(
            article_id,
            lambda library: library.versions.drop_block(article_id, index),
            self.tr("Cannot drop the paragraph"),
            lambda result: self.tr("Paragraph dropped (Fix Extraction puts it back); highlights: %1").replace(
                "%1", reports.highlights(result.report)
            ),
        )

    def _change(
        self,
        article_id: int,
        change: Callable[[Library], NewVersion],
        failed: str,
        said: Callable[[NewVersion], str],
    ) -> None:
        """Make the new version: at once, or on a worker when it has many highlights to re-anchor."""
        if len(self.library.annotations.spans(article_id)) <= REANCHOR_AT_ONCE:
            with failures.guard(self.window.warn, failed) as outcome:
                result = change(self.library)
            if outcome.failed:
                return
            self._show_changed(result.article, said(result))
            return
        operation = self.background.run(
            lambda library, _progress: change(library),
            title=self.tr("Fix Extraction"),
            label=self.tr("Placing the highlights on the new text…"),
            cancellable=False,  # one transaction: done whole or not at all
        )
        operation.succeeded.connect(lambda result: self._show_changed(result.article, said(result)))
        operation.failed.connect(lambda exc: self.window.warn(failed, failures.said(exc)))

    def _show_changed(self, article: Article, message: str) -> None:
        self.changes.report(What.TEXT, [article.id], article=article)
        if self.removed_dialog is not None and self.removed_dialog.isVisible():
            self.removed_dialog.show_article(article)
            self.shown_id = article.id
        self.window.statusBar().showMessage(message, 6000)
