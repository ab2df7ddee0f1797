"""Keeping the library in order from the window: tags, reading state, saved searches."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QInputDialog, QMainWindow, QMenu

from reader.core.library import Library
from reader.ui.background import Background
from reader.ui.changes import Changes, What
from reader.ui.failures import guard, said

# Deleting more articles than this runs on a worker (10,000 take about 2 s); tagging and marking
# 10,000 take a tenth of that and stay on the UI thread.
DELETE_AT_ONCE = 500


class OrganizeFlow(QObject):
    """Acts on the selected articles (or the open one) and reports what it changed (changes.py)."""

    def __init__(
        self,
        library: Library,
        changes: Changes,
        window: QMainWindow,
        menu: QMenu,
        selected: Callable[[], list[int]],
        guarded: Callable[[Callable[[], object]], bool],
        warn: Callable[[str, str], None],
        background: Background,
    ) -> None:
        super().__init__(window)
        self.library, self.changes, self.window, self.menu = library, changes, window, menu
        self.selected_ids = selected  # the chosen articles, else the open one
        self.guarded = guarded  # runs a write; a ReaderError is shown, and False returned
        self.warn = warn
        self.background = background
        menu.aboutToShow.connect(self.fill_remove_tag_menu)

    def set_state(self, state: str) -> bool:
        """Mark the selected articles (or the open one); True when it was done."""
        ids = self.selected_ids()
        if ids and self.guarded(lambda: self.library.organize.set_state(ids, state)):
            self.changes.report(What.STATE, ids)
            return True
        return False

    def add_tag(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        known = [t.name for t in self.library.organize.tag_counts()]
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(self.tr("Add Tag"))
        dialog.setLabelText(self.tr("Tag for %n article(s) (commas for several):", "", len(ids)))
        dialog.setComboBoxEditable(True)
        dialog.setComboBoxItems([""] + known)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        names = [n.strip() for n in dialog.textValue().split(",") if n.strip()] if accepted else []
        dialog.deleteLater()  # made for this question only (each would stay behind, hidden)
        if names and self.guarded(lambda: self.library.organize.add_tags(ids, names)):
            self.changes.report(What.TAGS, ids)
            self.window.statusBar().showMessage(
                self.tr("Tagged %n article(s): %1", "", len(ids)).replace("%1", ", ".join(names)), 6000
            )

    def fill_remove_tag_menu(self) -> None:
        self.menu.clear()
        ids = self.selected_ids()
        tags = sorted(self.library.organize.tags_of_many(ids), key=str.lower)
        for tag in tags:
            self.menu.addAction(tag, lambda tag=tag: self._remove_tag(ids, tag))
        if not tags:
            self.menu.addAction(self.tr("(no tags)")).setEnabled(False)

    def _remove_tag(self, ids: list[int], tag: str) -> None:
        if self.guarded(lambda: self.library.organize.remove_tags(ids, [tag])):
            self.changes.report(What.TAGS, ids)

    def save_search(self, query: str) -> None:
        query = query.strip()
        if not query:
            self.window.statusBar().showMessage(self.tr("Type a search first, then save it"), 5000)
            return
        name, ok = QInputDialog.getText(
            self.window, self.tr("Save Search"), self.tr("Name for “%1”:").replace("%1", query)
        )
        if ok and name.strip() and self.guarded(lambda: self.library.organize.save_search(name, query)):
            self.changes.report(What.SEARCHES)

    def delete_selected(self) -> None:
        """Delete the selected articles (or the open one), with their highlights and notes, once asked."""
        from PySide6.QtWidgets import QMessageBox

        ids = self.selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Delete articles"),
            self.tr("Delete %n article(s) with their highlights and notes? This cannot be undone.", "", len(ids)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if len(ids) > DELETE_AT_ONCE:  # thousands take seconds: on a worker, the window drawing meanwhile
            operation = self.background.run(
                lambda library, _progress: library.delete(ids),
                title=self.tr("Delete articles"),
                label=self.tr("Deleting %n article(s)…", "", len(ids)),
                cancellable=False,  # one transaction: it is done whole or not at all
            )
            operation.succeeded.connect(lambda _count: self.changes.report(What.ARTICLES, ids, deleted=True))
            operation.failed.connect(lambda exc: self.warn(self.tr("Cannot delete"), said(exc)))
            return
        with guard(self.warn, self.tr("Cannot delete")) as outcome:
            self.library.delete(ids)
        if outcome.failed:
            return
        self.changes.report(What.ARTICLES, ids, deleted=True)
