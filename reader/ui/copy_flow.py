"""Article ▸ Copy to Library (and the left pane's and the highlight's menus): the chosen articles,
with their highlights, notes and tags, or one highlight with its note, into another library — a
team library's copy (shared at its next sync) or a personal one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFileDialog

from reader.core.errors import ReaderError
from reader.ui.failures import said

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


class CopyFlow(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.actions.copy_to_library.triggered.connect(self.ask)

    def ask(self) -> None:
        """Other Library File…: the chosen articles into a library file the user picks."""
        self.copy_chosen("")

    def copy_chosen(self, path: str) -> None:
        """The chosen articles into the library at `path` ("": ask which file)."""
        w = self.window
        ids = w.selected_article_ids()
        if not ids:
            w.statusBar().showMessage(self.tr("Choose the articles to copy in the list first."), 5000)
            return
        path = path or self._choose_file()
        if path:
            self.copy(ids, path)

    def _choose_file(self) -> str:
        from reader.core.paths import default_library_path

        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Copy to Which Library?"),
            str(default_library_path().parent),
            self.tr("Reader library (*.sqlite3)"),
        )
        return path

    def copy_highlight(self, highlight_id: int, path: str) -> None:
        """One highlight, with its note (and its article when the library has not got it), into the
        library at `path` ("": ask which file)."""
        from reader.core.copying import copy_highlight
        from reader.core.library import Library

        w = self.window
        if not path:  # asked once the highlight's menu has closed (not inside its event loop)
            QTimer.singleShot(0, lambda: (chosen := self._choose_file()) and self.copy_highlight(highlight_id, chosen))
            return
        try:
            with Library.open(path) as target:
                copied = copy_highlight(w.library, highlight_id, target)
                shared = target.team.is_replica
        except ReaderError as exc:
            w.warn(self.tr("Cannot copy the highlight"), said(exc))
            return
        if copied.highlights:
            text = self.tr("Copied the highlight to %1").replace("%1", path)
        else:
            text = self.tr("That library has this highlight already: %1").replace("%1", path)
        if shared and copied.highlights:
            text += self.tr(" — the team gets it at its next sync")
        w.statusBar().showMessage(text, 8000)

    def copy(self, ids: list[int], path: str) -> int:
        """Copy these articles into the library at `path`; how many were copied."""
        from reader.core.copying import copy_article
        from reader.core.library import Library

        w = self.window
        done = 0
        try:
            with Library.open(path) as target:
                for article_id in ids:
                    copy_article(w.library, article_id, target)
                    done += 1
                shared = target.team.is_replica
        except ReaderError as exc:
            w.warn(self.tr("Cannot copy the articles"), said(exc))
            return done
        text = self.tr("Copied %n article(s) to %1", "", done).replace("%1", path)
        if shared:
            text += self.tr(" — the team gets them at its next sync")
        w.statusBar().showMessage(text, 8000)
        return done
