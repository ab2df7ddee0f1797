"""The library list: a model over article ids that fetches rows from the library a page at a time."""

from __future__ import annotations

import enum
from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from reader.core.library import Library
from reader.core.models import ArticleSummary
from reader.ui.dates import from_iso_timestamp

PAGE = 200
ModelIndex = QModelIndex | QPersistentModelIndex


class Role(enum.IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    SITE = Qt.ItemDataRole.UserRole + 2
    ADDED = Qt.ItemDataRole.UserRole + 3
    DETAIL = Qt.ItemDataRole.UserRole + 4  # "site · date added", the row's second line


class LibraryListModel(QAbstractListModel):
    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._sort = "added"
        self._ids: list[int] = []
        self._rows: dict[int, ArticleSummary] = {}
        self.reload()

    def reload(self) -> None:
        """Re-read the ids (cheap) and forget cached rows; call after the library changes."""
        self.beginResetModel()
        self._ids = self._library.article_ids(self._sort)
        self._rows.clear()
        self.endResetModel()

    def set_sort(self, sort: str) -> None:
        self._sort = sort
        self.reload()

    def article_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, article_id: int) -> int:
        try:
            return self._ids.index(article_id)
        except ValueError:
            return -1

    def _summary(self, row: int) -> ArticleSummary | None:
        article_id = self._ids[row]
        summary = self._rows.get(article_id)
        if summary is None:
            start = row - row % PAGE
            self._rows.update(self._library.summaries(self._ids[start:start + PAGE]))
            summary = self._rows.get(article_id)
        return summary

    # Qt API
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == Role.ID:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Role.SITE, Role.ADDED,
                        Role.DETAIL, Qt.ItemDataRole.AccessibleTextRole):
            return None
        summary = self._summary(index.row())
        if summary is None:  # deleted behind our back; the next reload drops it
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return summary.title
        if role == Role.SITE:
            return summary.site_name
        if role == Role.ADDED:
            return summary.added_at
        detail = " · ".join(part for part in (summary.site_name, from_iso_timestamp(summary.added_at)) if part)
        if role == Role.DETAIL:
            return detail
        return f"{summary.title}\n{detail}"

    def roleNames(self) -> dict[int, bytes]:  # noqa: N802
        names = dict(super().roleNames())
        names.update({Role.ID: b"articleId", Role.SITE: b"site", Role.ADDED: b"added", Role.DETAIL: b"detail"})
        return names
