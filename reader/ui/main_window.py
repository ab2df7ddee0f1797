"""The main window: lays out the three panes and wires actions and signals to the library."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QMainWindow, QSplitter, QVBoxLayout, QWidget

from reader import APP_NAME
from reader.core.errors import ReaderError
from reader.core.library import Library
from reader.core.models import Article, ReadingState
from reader.ui import menus, themes
from reader.ui.actions import Actions
from reader.ui.changes import Changes, What
from reader.ui.failures import guard, guarded
from reader.ui.library_model import LibraryListModel
from reader.ui.library_pane import LibraryPane

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

# Dialogs (QMessageBox) and QDesktopServices are imported where they are used: each Qt class
# builds its enums when first imported, and the window's first frame does not need them. For the
# same reason, what runs before the first frame does not name the `Qt` namespace (reader.ui.early).


class MainWindow(QMainWindow):
    """With `deferred`, the window shows the library list first and `finish_setup()` (called by the
    application after the first frame) builds the article view and the side panel: a large library's
    window appears as fast as a small one's."""

    def __init__(
        self, library: Library, settings: QSettings, parent: QWidget | None = None, *, deferred: bool = False
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.settings = settings
        self.system_palette = themes.apply_saved(settings)  # the first frame in the user's theme
        self.actions = Actions(self)
        self.model = LibraryListModel(library, self, progressive=True)
        self.library_pane = LibraryPane(library, self.model)
        self.library_view = self.library_pane.view
        self.undo_stack = QUndoStack(self)
        self.current_label = str(settings.value("annotate/label", "yellow"))  # the label H applies (kept)
        self.setAcceptDrops(True)
        self.splitter = QSplitter()  # horizontal
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.library_pane.setMinimumWidth(220)
        for stretch, widget in enumerate((self.library_pane, QWidget(), QWidget())):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(stretch, 1 if stretch == 1 else 0)
        self.splitter.widget(1).setMinimumWidth(380)
        self.splitter.widget(2).setMinimumWidth(180)
        self.setCentralWidget(self.splitter)
        self._build_menus()
        self._restore_state()
        self.ready = False
        self._library_name: str | None = None  # for the title, found once
        self.update_title()
        if not deferred:
            self.finish_setup()

    def finish_setup(self) -> None:
        """Build the article view and the side panel, and wire everything that needs them."""
        if self.ready:
            return
        from PySide6.QtCore import Qt

        from reader.ui.annotating import Annotator
        from reader.ui.annotation_panel import AnnotationPanel
        from reader.ui.article_view import ArticleView
        from reader.ui.background import Background
        from reader.ui.backup_flow import BackupFlow
        from reader.ui.browser_link import BrowserLink
        from reader.ui.copy_flow import CopyFlow
        from reader.ui.export_flow import ExportFlow
        from reader.ui.extraction_flow import ExtractionFlow
        from reader.ui.find_bar import FindBar
        from reader.ui.import_flow import ImportFlow
        from reader.ui.libraries import Libraries
        from reader.ui.organize_flow import OrganizeFlow
        from reader.ui.other_apps import OtherApps
        from reader.ui.reading_flow import ReadingFlow
        from reader.ui.refresh import Refresh
        from reader.ui.team_link import TeamLink

        layout = self.splitter.saveState()
        self.article_view = ArticleView()
        self.find_bar = FindBar(self.article_view)
        self.article_pane = QWidget()
        self.article_pane.setObjectName("articlePane")
        column = QVBoxLayout(self.article_pane)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.article_view, 1)
        column.addWidget(self.find_bar)
        self.annotation_panel = AnnotationPanel()
        self.article_pane.setMinimumWidth(380)
        self.annotation_panel.setMinimumWidth(180)
        for index, widget in ((1, self.article_pane), (2, self.annotation_panel)):
            self.splitter.replaceWidget(index, widget).deleteLater()
        self.splitter.restoreState(layout)
        self.annotator = Annotator(
            self.library,
            self.article_view,
            self.annotation_panel,
            self.undo_stack,
            self.warn,
            lambda text: self.statusBar().showMessage(text, 5000),
        )
        self.annotator.color = self.current_label
        self.background = Background(self, self.library.path)  # long work, off the UI thread
        self.imports = ImportFlow(self.library, self, self.warn, self.settings, self.background)
        self.changes = Changes(self)  # what flows changed; self.refresh decides what is shown again
        self.refresh = Refresh(self)
        self.changes.changed.connect(self.refresh.apply)
        self.organize = OrganizeFlow(
            self.library,
            self.changes,
            self,
            self.remove_tag_menu,
            self.selected_article_ids,
            self.guarded,
            self.warn,
            self.background,
        )
        self.extraction = ExtractionFlow(self.library, self.changes, self, self.background)
        self.backups = BackupFlow(self.library.path, self, self.background)
        self.exports = ExportFlow(self, self.background)
        self.other_apps = OtherApps(self)  # imports from other apps; links fetched in the background
        self.browser_link = BrowserLink(self)  # pages saved from the browser; started by run_gui
        self.team_link = TeamLink(self)  # a team library's replica kept in step; started by run_gui
        self.copies = CopyFlow(self)  # Article ▸ Copy to Library
        self.libraries = Libraries(self)  # the libraries side by side in the left pane
        separator = QAction(self)
        separator.setSeparator(True)
        a = self.actions
        self.article_view.context_actions = [
            a.highlight,
            self.highlight_as.menuAction(),
            a.note,
            a.copy_quote,
            separator,
            a.cite,
            a.export,
            a.fix_extraction,
            a.drop_paragraph,
        ]
        self.reading = ReadingFlow(
            self,
            self.library,
            self.article_view,
            self.settings,
            [self.library_pane, self.annotation_panel, self.label_toolbar, self.statusBar()],
            self.system_palette,
        )
        a.theme_actions.get(self.reading.style.theme, a.theme_actions["system"]).setChecked(True)
        for action in (a.page_down, a.page_up):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.article_view.addAction(action)
        self._connect()
        self.annotator.load(None)
        self.model.load_rest()
        self.library_pane.refresh_navigation()
        self.ready = True
        for splitter in self._inner_splitters():
            saved = self.settings.value(f"window/{splitter.objectName()}")
            if saved is not None:
                splitter.restoreState(saved)
        self._reopen_last_article()
        # The list has the keyboard at start, not the search box: Ctrl+V imports the clipboard, J/K
        # step through the library, and / or Ctrl+F go to the search.
        self.library_view.setFocus()

    def _reopen_last_article(self) -> None:
        """Where the user left off: the article that was open when the window closed."""
        last = self.settings.value("session/article")
        try:
            article_id = int(last) if last is not None else 0
        except (TypeError, ValueError):
            article_id = 0
        if article_id and self.model.row_of(article_id) >= 0:
            self.select_article(article_id)
        elif article_id:
            try:
                self.library.get(article_id)
            except ReaderError:
                return
            self.open_article(article_id)

    # -- layout and wiring ----------------------------------------------------------------

    def _build_menus(self) -> None:
        menus.build(self)

    def _connect(self) -> None:
        from PySide6.QtWidgets import QAbstractSlider

        a = self.actions
        a.import_files.triggered.connect(self.imports.ask_files)
        a.import_folder.triggered.connect(self.imports.ask_folder)
        a.import_url.triggered.connect(self.imports.ask_url)
        a.paste.triggered.connect(self.imports.paste)
        a.find.triggered.connect(self.library_pane.focus_search)
        a.backup_now.triggered.connect(lambda: self.backups.start())
        a.export.triggered.connect(self.exports.export)
        a.cite.triggered.connect(self.exports.cite)
        a.copy_quote.triggered.connect(self.exports.copy_quote)
        a.import_annotations.triggered.connect(self.imports.ask_annotations)
        a.restore_backup.triggered.connect(self.backups.choose_and_restore)
        a.repair_search.triggered.connect(lambda: self._repair().repair_search(self))
        a.edit_authors.triggered.connect(self._edit_authors)
        self.library_pane.search_failed.connect(lambda problem: self._repair().offer_repair(self, problem))
        self.backups.finished.connect(lambda text: self.statusBar().showMessage(text, 8000))
        a.find_in_article.triggered.connect(self._on_find_in_article)
        a.reading_settings.triggered.connect(self.reading.open_dialog)
        a.zoom_in.triggered.connect(lambda: self.reading.zoom(1))
        a.zoom_out.triggered.connect(lambda: self.reading.zoom(-1))
        a.zoom_reset.triggered.connect(lambda: self.reading.zoom(0))
        a.theme_group.triggered.connect(lambda action: self.reading.set_theme(str(action.data())))
        a.distraction_free.triggered.connect(self.reading.toggle_distraction_free)
        a.shortcuts_help.triggered.connect(lambda: self._help().show_shortcuts(self))
        a.page_down.triggered.connect(
            lambda: self.article_view.verticalScrollBar().triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)
        )
        a.page_up.triggered.connect(
            lambda: self.article_view.verticalScrollBar().triggerAction(QAbstractSlider.SliderAction.SliderPageStepSub)
        )
        a.focus_library.triggered.connect(lambda: self.library_view.setFocus())
        a.focus_article.triggered.connect(lambda: self.article_view.setFocus())
        a.focus_panel.triggered.connect(self.annotation_panel.take_focus)
        a.save_search.triggered.connect(lambda: self.organize.save_search(self.library_pane.search.text()))
        a.add_tag.triggered.connect(self.organize.add_tag)
        for action, state in (
            (a.mark_unread, ReadingState.UNREAD),
            (a.mark_reading, ReadingState.READING),
            (a.mark_read, ReadingState.READ),
            (a.mark_archived, ReadingState.ARCHIVED),
        ):
            action.triggered.connect(lambda _checked=False, state=state: self._set_state(state))
        self.imports.imported.connect(self.refresh.after_import)
        self.imports.annotations_imported.connect(self._on_annotations_imported)
        self.library_pane.open_requested.connect(self._on_open_requested)
        # the size of the library, while the status line has nothing more to the point to say
        self.library_pane.counted.connect(
            lambda n: (
                self.statusBar().currentMessage()
                or self.statusBar().showMessage(self.tr("%n article(s) in the library", "", n), 5000)
            )
        )
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(lambda: self._help().about(self))
        a.next_article.triggered.connect(lambda: self._step(1))
        a.previous_article.triggered.connect(lambda: self._step(-1))
        a.delete_articles.triggered.connect(self.organize.delete_selected)
        a.fix_extraction.triggered.connect(self.extraction.show_removed)
        a.highlight.triggered.connect(lambda: self.annotator.highlight_selection())
        a.note.triggered.connect(self.annotator.note)
        a.rename_labels.triggered.connect(self.labels.rename)
        a.label_group.triggered.connect(self.labels.on_label_triggered)
        a.drop_paragraph.triggered.connect(self.extraction.drop_paragraph)
        self.article_view.link_activated.connect(self._on_article_link)

    # -- state ------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([300, 700, 280])

    def _inner_splitters(self) -> list[QSplitter]:
        """The splitters inside the panes (the library's, the side panel's): their sizes are kept too."""
        return [self.library_pane.splitter] + ([self.annotation_panel.splitter] if self.ready else [])

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        for splitter in self._inner_splitters():
            self.settings.setValue(f"window/{splitter.objectName()}", splitter.saveState())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()

    def update_title(self) -> None:
        if self._library_name is None:  # once: with libraries side by side, each window says which it shows
            from reader.ui.libraries import title_name

            self._library_name = title_name(self.library.path)
        app = f"{APP_NAME} ({self._library_name})" if self._library_name else APP_NAME
        article = self.article_view.article if self.ready else None
        self.setWindowTitle(f"{article.title} — {app}" if article else app)

    # -- what the user does -------------------------------------------------------------------

    def open_article(self, article_id: int) -> None:
        with guard(self.warn, self.tr("Cannot open the article")) as outcome:
            article = self.library.get(article_id)
        if outcome.failed:
            return
        self.reading.remember_position()
        self.annotator.open(article)
        self.reading.restore_position(article.id)
        self.update_title()

    def open_link(self, link: str) -> None:
        """Open a reader://article/ID#highlight-ID link: the article, at the highlight."""
        from reader.core.links import parse_link

        with guard(self.warn, self.tr("Cannot open the link")) as outcome:
            article_id, highlight_id = parse_link(link)
            self.library.get(article_id)
        if outcome.failed:
            return
        self._on_open_requested(article_id, highlight_id or 0)

    def _on_open_requested(self, article_id: int, highlight_id: int) -> None:
        self.open_article(article_id)
        if highlight_id:
            QTimer.singleShot(0, lambda: self.article_view.flash(highlight_id))

    def select_article(self, article_id: int) -> None:
        row = self.model.row_of(article_id)
        if row >= 0:
            self.library_view.setCurrentIndex(self.model.index(row))
            self.library_view.scrollTo(self.model.index(row))

    def import_paths(self, paths: Sequence[str | Path]) -> list[Article]:
        """Import files or folders (the code path of File ▸ Import and of drops): a few at once,
        more on a worker thread; the last article opens."""
        return self.imports.import_sources([str(p) for p in paths])

    def _on_annotations_imported(self, report: str) -> None:
        self.changes.report(What.HIGHLIGHTS)
        self.statusBar().showMessage(self.tr("Annotations: %1").replace("%1", report), 10000)

    def selected_article_ids(self) -> list[int]:
        """The articles chosen in the list, else the open one: what Tag, Mark, Delete and Export act on."""
        rows = sorted({index.row() for index in self.library_view.selectionModel().selectedIndexes()})
        ids = [i for i in (self.model.article_id(r) for r in rows) if i is not None]
        if not ids and self.article_view.article is not None:
            ids = [self.article_view.article.id]
        return ids

    def guarded(self, action) -> bool:  # action: () -> object
        return guarded(self.warn, self.tr("That did not work"), action)

    def _set_state(self, state: str) -> None:
        """Mark the selected articles; what the user chose stands until they read on."""
        if self.organize.set_state(state):
            self.reading.forget_scrolling()

    def _edit_authors(self) -> None:
        from reader.ui.authors_dialog import edit_authors

        edit_authors(self)

    @staticmethod
    def _help():  # loaded when needed, as the dialogs are
        from reader.ui import shortcuts_dialog

        return shortcuts_dialog

    @staticmethod
    def _repair():  # loaded when needed: it names QMessageBox, which the first frame does without
        from reader.ui import repair_flow

        return repair_flow

    def _step(self, delta: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        current = self.library_view.currentIndex().row()
        row = min(max(current + delta, 0), count - 1) if current >= 0 else 0
        self.library_view.setCurrentIndex(self.model.index(row))

    def _on_article_link(self, url: QUrl) -> None:
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QMessageBox

        if url.scheme() not in ("http", "https"):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Open link"),
            self.tr("Open this address in your web browser?\n\n%1").replace("%1", url.toString()),
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(url)

    def _on_find_in_article(self) -> None:
        focus = self.focusWidget()
        if focus is not None and (focus is self.library_pane or self.library_pane.isAncestorOf(focus)):
            self.library_pane.focus_search()  # Ctrl+F in the library searches the library
        elif self.article_view.article is not None:
            self.find_bar.open()

    def all_actions(self) -> list[QAction]:
        return self.actions.all() + self.actions.label_actions + [self.undo_action, self.redo_action]

    def warn(self, title: str, text: str) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("warningBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal but not blocking: the app keeps running

    # Qt API
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() or event.mimeData().hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        if self.imports.import_mime(event.mimeData()):
            event.acceptProposedAction()

    def release_library(self) -> None:
        """Before the library file is replaced (Restore from a Backup, then Reader restarts): keep now
        what closing keeps, and close the library; the window then closes without touching it."""
        self._keep_session()
        self.library.close()
        self.library_released = True

    def _keep_session(self) -> None:
        if self.ready and not getattr(self, "library_released", False):
            for editor in (self.annotation_panel.highlight_note, self.annotation_panel.article_note):
                editor.commit()  # a note being typed is saved, not lost
            self.reading.remember_position()
            article = self.article_view.article
            self.settings.setValue("session/article", article.id if article is not None else 0)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.background.stop()  # imports, exports: cancelled, their threads ended
        self._keep_session()
        self.save_state()
        super().closeEvent(event)
