"""The side panel's list: an article's highlights, optionally filtered by colour."""

from __future__ import annotations

import enum

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from reader.core.models import Highlight, Label
from reader.ui.dates import from_iso_timestamp

ModelIndex = QModelIndex | QPersistentModelIndex


class HRole(enum.IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    COLOR = Qt.ItemDataRole.UserRole + 2  # the label's hex colour
    LABEL = Qt.ItemDataRole.UserRole + 3  # the meaning, e.g. "Claim to check"
    NOTE = Qt.ItemDataRole.UserRole + 4
    STATUS = Qt.ItemDataRole.UserRole + 5
    DATE = Qt.ItemDataRole.UserRole + 6


class HighlightListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None, *, orphans: bool = False) -> None:
        super().__init__(parent)
        self._orphans = orphans  # this list shows only orphans, or only placed highlights
        self._all: list[Highlight] = []
        self._rows: list[Highlight] = []
        self._labels: dict[str, Label] = {}
        self._filter = ""

    def set_highlights(self, highlights: list[Highlight], labels: list[Label]) -> None:
        self.beginResetModel()
        self._labels = {label.color: label for label in labels}
        self._all = [h for h in highlights if (h.status == "orphaned") == self._orphans]
        self._apply()
        self.endResetModel()

    def set_color_filter(self, color: str) -> None:
        self.beginResetModel()
        self._filter = color
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        self._rows = [h for h in self._all if not self._filter or h.color == self._filter]

    def highlight(self, row: int) -> Highlight | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, highlight_id: int) -> int:
        return next((i for i, h in enumerate(self._rows) if h.id == highlight_id), -1)

    # Qt API
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        h = self._rows[index.row()]
        label = self._labels.get(h.color)
        if role == Qt.ItemDataRole.DisplayRole:
            return h.exact
        if role == HRole.ID:
            return h.id
        if role == HRole.COLOR:
            return label.hex if label else "#cccccc"
        if role == HRole.LABEL:
            return label.name if label else h.color
        if role == HRole.NOTE:
            return h.note
        if role == HRole.STATUS:
            return h.status
        if role == HRole.DATE:
            return from_iso_timestamp(h.created_at)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            name = label.name if label else h.color
            note = f"\n{h.note}" if h.note else ""
            return f"{name}: “{h.exact}”{note}"
        return None
