"""Library ▸ Repair Search Index, and what the window says when searching meets a damaged index."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

translate = QCoreApplication.translate  # the strings the window had, translated in its context


def repair_search(window) -> None:  # window: MainWindow
    """Rebuild the search index from the stored text and run the search in the box again."""
    counts: dict[str, int] = {}
    if window.guarded(lambda: counts.update(window.library.repair_search())):
        window.statusBar().showMessage(
            translate("MainWindow", "Search index rebuilt: %1 articles, %2 highlights, %3 notes")
            .replace("%1", str(counts["article"]))
            .replace("%2", str(counts["highlight"]))
            .replace("%3", str(counts["note"])),
            8000,
        )
        window.library_pane.search_again()


def offer_repair(window, problem: str) -> None:  # window: MainWindow
    """The search index could not be read: say so, and offer to rebuild it."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("MainWindow", "Search is not working"),
        translate(
            "MainWindow",
            "The library's search index is damaged, so searching finds nothing. Your "
            "articles, highlights and notes are not affected: the index can be rebuilt "
            "from them.",
        ),
        QMessageBox.StandardButton.Cancel,
        window,
    )
    box.setObjectName("searchDamagedBox")
    box.setDetailedText(problem)
    repair = box.addButton(translate("MainWindow", "Repair Search Index"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(repair)
    box.exec()
    if box.clickedButton() is repair:
        repair_search(window)
    box.deleteLater()
