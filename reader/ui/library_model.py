"""The library list: a model over article ids that fetches rows from the library a page at a time.

What the list shows is a *source*: a function that returns the ids in order (all articles in a
sort, one tag, one reading state, or the results of a search) and, for search results, a detail
line and the highlight each result matched.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex

from reader.core.library import Library
from reader.core.models import ArticleSummary, ReadingState
from reader.ui.dates import from_iso_timestamp
from reader.ui.early import ACCESSIBLE_TEXT_ROLE, DISPLAY_ROLE, TOOLTIP_ROLE, USER_ROLE

PAGE = 200
FIRST_PAGE = 300
ModelIndex = QModelIndex | QPersistentModelIndex


class Role(enum.IntEnum):
    ID = USER_ROLE + 1
    SITE = USER_ROLE + 2
    ADDED = USER_ROLE + 3
    DETAIL = USER_ROLE + 4  # the row's second line
    HIGHLIGHT = USER_ROLE + 5  # for a search result that matched a highlight: its id
    STATE = USER_ROLE + 6
    MARKED_DETAIL = USER_ROLE + 7  # the second line with MARK_START/MARK_END around matched words


MARK_START, MARK_END = "\x02", "\x03"  # as reader.core.search.engine writes them (not loaded at start)
PLACE = "\x01"  # ends where a search result matched ("in a note: "), before its snippet


def unmarked(text: str) -> str:
    return text.replace(MARK_START, "").replace(MARK_END, "").replace(PLACE, "")


@dataclass
class Listing:
    ids: list[int]
    details: dict[int, str] = field(default_factory=dict)  # id -> second line (search snippets)
    highlights: dict[int, int] = field(default_factory=dict)  # id -> highlight that matched


Source = Callable[[], Listing]


class LibraryListModel(QAbstractListModel):
    def __init__(self, library: Library, parent: QObject | None = None, *, progressive: bool = False) -> None:
        """With `progressive`, only the first page of ids is read now; `load_rest()` reads the others."""
        super().__init__(parent)
        self._library = library
        self._sort = "added"
        self._source: Source = self._all
        self._listing = Listing([])
        self._rows: dict[int, ArticleSummary] = {}
        if progressive:
            self.reload_first_page()
        else:
            self.reload()

    def _all(self) -> Listing:
        return Listing(self._library.article_ids(self._sort))

    def reload_first_page(self) -> None:
        """Show the first screenfuls of the library now and the rest from the event loop: the window
        of a 100,000-article library appears as quickly as that of a small one."""
        self._source = self._all
        self.beginResetModel()
        self._listing = Listing(self._library.article_ids(self._sort, limit=FIRST_PAGE))
        self._rows.clear()
        self.endResetModel()

    def load_rest(self) -> None:
        """After reload_first_page: the rest of the library's ids (the list grows; nothing moves)."""
        # `!=`, not `is not`: each reading of self._all makes a new bound method, never the same object
        if self._source != self._all or len(self._listing.ids) != FIRST_PAGE:
            return  # the user moved on to a search or a section meanwhile
        full = self._all()
        if full.ids[:FIRST_PAGE] != self._listing.ids:
            self.reload()
            return
        self.beginInsertRows(QModelIndex(), FIRST_PAGE, len(full.ids) - 1)
        self._listing = full
        self.endInsertRows()

    @property
    def sort(self) -> str:
        return self._sort

    def set_sort(self, sort: str) -> None:
        self._sort = sort
        self.reload()

    def set_source(self, source: Source | None) -> None:
        """Show another listing (None: every article in the current sort)."""
        self._source = source or self._all
        self.reload()

    def reload(self) -> None:
        """Re-read the ids (cheap) and forget cached rows; call after the library changes."""
        self.beginResetModel()
        self._listing = self._source()
        self._rows.clear()
        self.endResetModel()

    def article_id(self, row: int) -> int | None:
        ids = self._listing.ids
        return ids[row] if 0 <= row < len(ids) else None

    def row_of(self, article_id: int) -> int:
        try:
            return self._listing.ids.index(article_id)
        except ValueError:
            return -1

    def _summary(self, row: int) -> ArticleSummary | None:
        ids = self._listing.ids
        summary = self._rows.get(ids[row])
        if summary is None:
            start = row - row % PAGE
            self._rows.update(self._library.summaries(ids[start : start + PAGE]))
            summary = self._rows.get(ids[row])
        return summary

    def _detail(self, summary: ArticleSummary) -> str:
        if summary.id in self._listing.details:
            return self._listing.details[summary.id]
        parts = [summary.site_name, from_iso_timestamp(summary.added_at)]
        if summary.state == ReadingState.READING:
            parts.append(self.tr("%1% read").replace("%1", str(round(summary.position * 100))))
        elif summary.state == ReadingState.READ:
            parts.append(self.tr("read"))
        elif summary.state == ReadingState.ARCHIVED:
            parts.append(self.tr("archived"))
        return " · ".join(part for part in parts if part)

    # Qt API
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._listing.ids)

    def data(self, index: ModelIndex, role: int = DISPLAY_ROLE) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._listing.ids):
            return None
        article_id = self._listing.ids[index.row()]
        if role == Role.ID:
            return article_id
        if role == Role.HIGHLIGHT:
            return self._listing.highlights.get(article_id)
        if role not in (
            DISPLAY_ROLE,
            TOOLTIP_ROLE,
            Role.SITE,
            Role.ADDED,
            Role.DETAIL,
            Role.STATE,
            ACCESSIBLE_TEXT_ROLE,
            Role.MARKED_DETAIL,
        ):
            return None
        summary = self._summary(index.row())
        if summary is None:  # deleted behind our back; the next reload drops it
            return None
        if role == DISPLAY_ROLE:
            return summary.title
        if role == Role.SITE:
            return summary.site_name
        if role == Role.ADDED:
            return summary.added_at
        if role == Role.STATE:
            return summary.state
        detail = self._detail(summary)
        if role == Role.MARKED_DETAIL:
            return detail
        if role == Role.DETAIL:
            return unmarked(detail)
        return f"{summary.title}\n{unmarked(detail)}"

    def roleNames(self) -> dict[int, bytes]:  # noqa: N802
        names = dict(super().roleNames())
        names.update(
            {
                Role.ID: b"articleId",
                Role.SITE: b"site",
                Role.ADDED: b"added",
                Role.DETAIL: b"detail",
                Role.HIGHLIGHT: b"highlight",
                Role.STATE: b"state",
                Role.MARKED_DETAIL: b"markedDetail",
            }
        )
        return names
