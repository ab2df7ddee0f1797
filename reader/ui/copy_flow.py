"""Article ▸ Copy to Another Library…: the chosen articles, with their highlights, notes and tags,
into another library file — a team library's copy (shared at its next sync) or a personal one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
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
        from reader.core.paths import default_library_path

        w = self.window
        ids = w.selected_article_ids()
        if not ids:
            w.statusBar().showMessage(self.tr("Choose the articles to copy in the list first."), 5000)
            return
        path, _ = QFileDialog.getOpenFileName(
            w,
            self.tr("Copy to Which Library?"),
            str(default_library_path().parent),
            self.tr("Reader library (*.sqlite3)"),
        )
        if path:
            self.copy(ids, path)

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
