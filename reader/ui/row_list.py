"""A list whose rows all have one height, as a one-column table: the library list and the highlights.

A QListView lays out every row when its model resets, asking the model about each through Python
(2,000 calls to open an article with 1,000 highlights); a table with fixed row heights lays out
nothing, so a list of any length costs the same to show. The window's first frame builds one (the
library list), so nothing here names the `Qt` namespace (see reader.ui.early).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from reader.ui.early import SCROLL_BAR_ALWAYS_OFF, set_enum


class RowList(QTableView):
    def __init__(self, delegate: QStyledItemDelegate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        set_enum(self, "horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
        delegate.setParent(self)
        self.setItemDelegate(delegate)
        self.setShowGrid(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as in any list; the arrows move in it
        self.setCornerButtonEnabled(False)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        option = QStyleOptionViewItem()
        option.initFrom(self)
        option.font = self.font()
        rows.setDefaultSectionSize(delegate.sizeHint(option, QModelIndex()).height())
