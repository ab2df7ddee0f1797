"""What the window shows again after the library changed: the one place that decides it.

Flows report what they changed through `Changes` (changes.py); the main window hands each `Change`
to `Refresh.apply`, which reads the list again when rows may differ, the left pane's counts when
tags, states or saved searches may, and the open article when its text, tags or highlights did:
re-opened at the same place for its text and tags, repainted for its highlights.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStatusBar

from reader.core.models import Article
from reader.ui.changes import Change, What

if TYPE_CHECKING:
    from reader.core.library import Library
    from reader.ui.annotating import Annotator
    from reader.ui.annotation_panel import AnnotationPanel
    from reader.ui.article_view import ArticleView
    from reader.ui.library_model import LibraryListModel
    from reader.ui.library_pane import LibraryPane
    from reader.ui.library_view import LibraryView


class Window(Protocol):
    """What of the main window a refresh shows again (MainWindow has all of it)."""

    library: Library
    ready: bool
    model: LibraryListModel
    library_view: LibraryView
    library_pane: LibraryPane
    article_view: ArticleView
    annotation_panel: AnnotationPanel
    annotator: Annotator

    def update_title(self) -> None: ...

    def select_article(self, article_id: int) -> None: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name


_LIST = What.ARTICLES | What.STATE | What.TAGS
_NAVIGATION = What.ARTICLES | What.STATE | What.TAGS | What.SEARCHES
_REOPEN = What.TEXT | What.TAGS


class Refresh:
    def __init__(self, window: Window) -> None:
        self.window = window

    def apply(self, change: Change) -> None:
        w = self.window
        shown = w.article_view.article
        if shown is not None and change.deleted and change.touches(shown.id):
            w.annotator.open(None)
            w.update_title()
            shown = None
        if change.what & _LIST:
            w.model.reload()
        if change.what & _NAVIGATION:
            w.library_pane.refresh_navigation()
        if change.what & _LIST:
            self.reselect_open_article()
        if shown is None or not change.touches(shown.id):
            return
        if change.what & _REOPEN:
            self.open_article_again(
                change.article if change.article is not None and change.article.id == shown.id else None
            )
        elif change.what & What.HIGHLIGHTS:
            w.annotator.refresh(w.annotation_panel.current_id())

    def after_import(self, article_id: int, status: str) -> None:
        """After any import the new article is in the list, chosen and open: a search or section
        that would hide it gives way to the whole library, and the status line says so."""
        w = self.window
        w.model.reload()
        w.library_pane.refresh_navigation()
        if article_id:
            if w.model.row_of(article_id) < 0:
                w.library_pane.show_everything()
                status += QCoreApplication.translate(
                    "MainWindow", " — showing all articles, so that the new one is in the list"
                )
            w.select_article(article_id)
        w.statusBar().showMessage(status, 8000)

    def open_article_again(self, changed: Article | None = None) -> None:
        """The open article read again (or as given) and shown at the same place."""
        w = self.window
        article = changed or w.article_view.article
        if article is not None:
            place = w.article_view.place()
            w.annotator.open(changed or w.library.get(article.id))
            w.article_view.go_to_place(place)
            w.update_title()

    def reselect_open_article(self) -> None:
        """After the list was re-read: the open article is the chosen row again (it is not reopened)."""
        w = self.window
        article = w.article_view.article if w.ready else None
        row = w.model.row_of(article.id) if article is not None else -1
        if row >= 0:
            w.library_view.choose_quietly(row)
