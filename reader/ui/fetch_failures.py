"""The pages that could not be fetched, with the reason each failed; try them again, some or all.
An article whose page failed stays in the library as a bookmark (its title, address, tags, notes)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.library import Library


class FetchFailuresDialog(QDialog):
    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fetchFailures")
        self.setWindowTitle(self.tr("Pages Not Fetched"))
        self.library = library
        self.retried = 0
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "These articles came as a link, and their page could not be fetched. They stay in the"
                    " library as bookmarks; try them again when the site is back."
                )
            )
        )
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Article"), self.tr("Address"), self.tr("Why")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for failure in library.queue.failures():
            item = QTreeWidgetItem([failure.title, failure.url, failure.error])
            item.setToolTip(2, failure.error)
            item.setData(0, 256, failure.article_id)  # Qt.UserRole
            self.tree.addTopLevelItem(item)
        for column, width in ((0, 220), (1, 220)):
            self.tree.setColumnWidth(column, width)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.retry_selected = buttons.addButton(self.tr("Try &Selected Again"), QDialogButtonBox.ButtonRole.ActionRole)
        self.retry_all = buttons.addButton(self.tr("Try &All Again"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.retry_selected.setEnabled(False)
        self.retry_all.setEnabled(self.tree.topLevelItemCount() > 0)
        self.tree.itemSelectionChanged.connect(lambda: self.retry_selected.setEnabled(bool(self.tree.selectedItems())))
        self.retry_selected.clicked.connect(self._retry_selected)
        self.retry_all.clicked.connect(self._retry_all)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 380)

    def _retry_selected(self) -> None:
        ids = [int(item.data(0, 256)) for item in self.tree.selectedItems()]
        self.retried = self.library.queue.retry(ids)
        self.accept()

    def _retry_all(self) -> None:
        self.retried = self.library.queue.retry()
        self.accept()
