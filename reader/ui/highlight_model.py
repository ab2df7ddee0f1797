"""The side panel's list: an article's highlights, optionally filtered by colour."""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from reader.core.annotations import Span
from reader.core.models import HighlightStatus, Label, PageStart, page_at
from reader.ui.dates import from_iso_timestamp
from reader.ui.label_names import display_name

ModelIndex = QModelIndex | QPersistentModelIndex


class HRole(enum.IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    COLOR = Qt.ItemDataRole.UserRole + 2  # the label's hex colour
    LABEL = Qt.ItemDataRole.UserRole + 3  # the meaning as shown, e.g. "Claim to check" (label_names)
    NOTE = Qt.ItemDataRole.UserRole + 4
    STATUS = Qt.ItemDataRole.UserRole + 5
    DATE = Qt.ItemDataRole.UserRole + 6


Details = Callable[[list[int]], dict[int, tuple[str, str, str, str]]]
PAGE = 30


class HighlightListModel(QAbstractListModel):
    """Holds where each highlight is (its span); its words, note and date are read a page at a time
    as rows are shown, so an article with a thousand highlights opens at once."""

    def __init__(self, parent: QObject | None = None, *, orphans: bool = False) -> None:
        super().__init__(parent)
        self._orphans = orphans  # this list shows only orphans, or only placed highlights
        self._all: list[Span] = []
        self._rows: list[Span] = []
        self._labels: dict[str, Label] = {}
        self._names: dict[str, str] = {}  # colour -> the meaning as the window shows it
        self._filter = ""
        self._person = ""  # in a team library: only this person's highlights ("" everyone's)
        self.creators: dict[int, str] = {}  # highlight id -> who made it (team libraries)
        self._details: Details = lambda ids: {}
        self._cache: dict[int, tuple[str, str, str, str]] = {}
        self.pages: tuple[PageStart, ...] = ()  # the open article's pages (a PDF's): each row says its page

    def set_highlights(
        self, spans: list[Span], labels: list[Label], details: Details, color_filter: str | None = None
    ) -> None:
        self.beginResetModel()
        if color_filter is not None:
            self._filter = color_filter
        self._labels = {label.color: label for label in labels}
        self._names = {label.color: display_name(label) for label in labels}
        self._all = [h for h in spans if (h.status == HighlightStatus.ORPHANED) == self._orphans]
        self._details = details
        self._cache = {}
        self._apply()
        self.endResetModel()

    def set_color_filter(self, color: str) -> None:
        self.beginResetModel()
        self._filter = color
        self._apply()
        self.endResetModel()

    def set_person_filter(self, person: str) -> None:
        self.beginResetModel()
        self._person = person
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        self._rows = [
            h
            for h in self._all
            if (not self._filter or h.color == self._filter)
            and (not self._person or self.creators.get(h.id) == self._person)
        ]

    def highlight(self, row: int) -> Span | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, highlight_id: int) -> int:
        return next((i for i, h in enumerate(self._rows) if h.id == highlight_id), -1)

    def _detail(self, row: int) -> tuple[str, str, str, str]:
        h = self._rows[row]
        if h.id not in self._cache:
            start = row - row % PAGE
            self._cache.update(self._details([r.id for r in self._rows[start : start + PAGE]]))
        return self._cache.get(h.id, ("", "", "", ""))

    # Qt API
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        h = self._rows[index.row()]
        label = self._labels.get(h.color)
        if role == HRole.ID:
            return h.id
        if role == HRole.COLOR:
            return label.hex if label else "#cccccc"
        if role == HRole.LABEL:
            return self._names.get(h.color, h.color)
        if role == HRole.STATUS:
            return h.status
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            HRole.NOTE,
            HRole.DATE,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        exact, note, created, creator = self._detail(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return exact
        if role == HRole.NOTE:
            return note
        if role == HRole.DATE:
            when = from_iso_timestamp(created) if created else ""
            when = f"{creator} · {when}" if creator and when else creator or when  # a team member's
            page = page_at(self.pages, h.start) if self.pages and not self._orphans else None
            return self.tr("p. %1").replace("%1", page) + (f" · {when}" if when else "") if page else when
        name = self._names.get(h.color, h.color)
        return f"{name}: “{exact}”" + (f"\n{note}" if note else "")
