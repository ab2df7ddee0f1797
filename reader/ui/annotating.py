"""Between the article view, the side panel and the library: what highlighting and note-taking do.

The window owns one Annotator; it turns the panel's and the actions' requests into library
calls (each pushed on the undo stack) and redraws both views from the library's answer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from reader.core.library import Library
from reader.core.models import Article
from reader.ui import undo
from reader.ui.annotation_panel import AnnotationPanel
from reader.ui.article_view import ArticleView
from reader.ui.failures import guarded

log = logging.getLogger(__name__)


class Annotator(QObject):
    def __init__(
        self,
        library: Library,
        view: ArticleView,
        panel: AnnotationPanel,
        stack: QUndoStack,
        warn: Callable[[str, str], None],
        status: Callable[[str], None],
    ) -> None:
        super().__init__(panel)
        self.library, self.view, self.panel, self.stack = library, view, panel, stack
        self._warn, self._status = warn, status
        self.color = "yellow"  # the label H applies
        self.article: Article | None = None
        panel.jump_requested.connect(self.jump)
        panel.delete_requested.connect(self.delete)
        panel.recolor_requested.connect(self.recolor)
        panel.note_changed.connect(self.set_note)
        panel.article_note_changed.connect(self.set_article_note)
        panel.reattach_requested.connect(self.reattach)
        panel.confirm_requested.connect(self.confirm)

    @property
    def annotations(self):  # reader.core.annotations.Annotations
        return self.library.annotations

    def open(self, article: Article | None) -> None:
        """Show an article in the view with its highlights painted in, and its annotations in the panel."""
        self.article = article
        if article is None:
            self.view.show_placeholder()
            self.refresh(None)
            return
        spans = self.annotations.spans(article.id)
        labels = self.annotations.labels()
        self.view.show_article(
            article, spans, {label.color: label.hex for label in labels}, self.library.organize.tags_of(article.id)
        )
        self.panel.model.pages = article.content.pages
        self.panel.team_notes = lambda highlight_id, a=article.id: self.annotations.team_notes(a, highlight_id)
        self.panel.team_creators = lambda a=article.id: self.annotations.creators(a)
        self.panel.show_annotations(spans, labels, self.annotations.article_note(article.id), self.annotations.details)

    def load(self, article: Article | None) -> None:
        """Show the annotations of the article now in the view (None: no article)."""
        self.article = article
        self.refresh(None)

    def refresh(self, select: int | None = None) -> None:
        if self.article is None:
            self.panel.team_notes = lambda _h: ("", [])
            self.panel.team_creators = dict
            self.panel.show_annotations([], self.annotations.labels(), None)
            return
        spans = self.annotations.spans(self.article.id)
        labels = self.annotations.labels()
        self.panel.team_notes = lambda highlight_id, a=self.article.id: self.annotations.team_notes(a, highlight_id)
        self.panel.team_creators = lambda a=self.article.id: self.annotations.creators(a)
        self.view.paint_highlights(spans, {label.color: label.hex for label in labels})
        self.panel.show_annotations(
            spans, labels, self.annotations.article_note(self.article.id), self.annotations.details
        )
        if select is not None:
            self.panel.select(select)

    def _guard(self, title: str, action: Callable[[], None]) -> bool:
        return guarded(self._warn, title, action)

    # -- what the user asks for ---------------------------------------------------------------

    def highlight_selection(self, color: str | None = None) -> int | None:
        """Highlight the selected words; returns the new highlight's id."""
        if self.article is None:
            return None
        span = self.view.selection_offsets()
        if span is None:
            self._status(
                self.tr("Highlights go on the article's text: select words below the headline and byline")
                if self.view.textCursor().hasSelection()
                else self.tr("Select some words of the article first")
            )
            return None
        created = []
        if not self._guard(
            self.tr("Cannot highlight"),
            lambda: created.append(self.annotations.add(self.article.id, span[0], span[1], color or self.color)),
        ):
            return None
        highlight = created[0]
        self.stack.push(undo.AddHighlight(self.annotations, highlight, self.refresh))
        cursor = self.view.textCursor()
        cursor.clearSelection()
        self.view.setTextCursor(cursor)
        self.refresh(highlight.id)
        return highlight.id

    def note(self) -> None:
        """N: write a note on the selected words, the chosen highlight, or the one under the cursor."""
        if self.article is None:
            return
        target = None
        if self.view.textCursor().hasSelection():
            target = self.highlight_selection()
        target = target or self.panel.current_id() or self.view.highlight_at(self.view.textCursor().position())
        if target is None:
            self.panel.article_note.start_editing()
            return
        self.panel.edit_note(target)

    def jump(self, highlight_id: int) -> None:
        self.view.flash(highlight_id)

    def delete(self, highlight_id: int) -> None:
        deleted = []
        if self._guard(
            self.tr("Cannot delete the highlight"), lambda: deleted.append(self.annotations.delete(highlight_id))
        ):
            self.stack.push(undo.DeleteHighlight(self.annotations, deleted[0], self.refresh))
            self.refresh(None)
            self._status(self.tr("Highlight deleted — Ctrl+Z brings it back"))

    def recolor(self, highlight_id: int, color: str) -> None:
        old = self.annotations.get(highlight_id).color
        if old != color and self._guard(
            self.tr("Cannot change the label"), lambda: self.annotations.recolor(highlight_id, color)
        ):
            self.stack.push(undo.Recolor(self.annotations, highlight_id, old, color, self.refresh))
            self.refresh(highlight_id)

    def set_note(self, highlight_id: int, text: str) -> None:
        old = self.annotations.get(highlight_id).note
        if old != text and self._guard(
            self.tr("Cannot save the note"), lambda: self.annotations.set_note(highlight_id, text)
        ):
            self.stack.push(undo.EditNote(self.annotations, highlight_id, old, text, self.refresh))
            self.refresh(highlight_id)

    def set_article_note(self, text: str) -> None:
        if self.article is None:
            return
        article_id = self.article.id
        old = self.annotations.article_note(article_id)
        if old != text and self._guard(
            self.tr("Cannot save the note"), lambda: self.annotations.set_article_note(article_id, text)
        ):
            self.stack.push(undo.EditArticleNote(self.annotations, article_id, old, text, self.refresh))
            self.refresh(self.panel.current_id())

    def reattach(self, highlight_id: int) -> None:
        span = self.view.selection_offsets()
        if span is None:
            self._status(self.tr("Select the words to attach the highlight to, then press Re-attach"))
            return
        if self._guard(self.tr("Cannot re-attach"), lambda: self.annotations.reattach(highlight_id, *span)):
            self.stack.clear()  # positions changed outside the commands' knowledge
            self.refresh(highlight_id)

    def confirm(self, highlight_id: int) -> None:
        if self._guard(self.tr("Cannot confirm"), lambda: self.annotations.confirm(highlight_id)):
            self.refresh(highlight_id)
