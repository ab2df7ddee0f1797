"""The left pane: the search box, what to show (all, continue reading, unread, archived, a tag, a
saved search), the sort order, and the list itself."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader.core.library import Library
from reader.ui.early import CUSTOM_CONTEXT_MENU, ELIDE_MIDDLE, USER_ROLE, VERTICAL, set_enum
from reader.ui.failures import said
from reader.ui.library_model import PLACE, LibraryListModel, Listing, Role
from reader.ui.library_view import LibraryView

SEARCH_LIMIT = 200
KIND, VALUE = USER_ROLE + 1, USER_ROLE + 2
# where a search result matched, before its snippet (translated when shown, context "LibraryPane")
MATCHED = {
    "article": "",
    "highlight": QT_TRANSLATE_NOOP("LibraryPane", "in a highlight: "),
    "note": QT_TRANSLATE_NOOP("LibraryPane", "in a note: "),
}


class LibraryPane(QWidget):
    """Emits `open_requested(article_id, highlight_id)` (0: no highlight) when the user picks a row."""

    open_requested = Signal(int, int)
    counted = Signal(int)  # how many articles the library holds, after each count
    save_search_requested = Signal(str)
    search_failed = Signal(str)  # the search index could not be read (the problem, for the details)
    library_open_requested = Signal(str)  # a library of the Libraries section, to open in a window of its own
    copy_here_requested = Signal(str)  # copy the chosen articles into that library

    def __init__(self, library: Library, model: LibraryListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.model = model
        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search articles, highlights, notes…  ( / )"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setToolTip(
            self.tr(
                'Words, "exact phrase", prefix*, -exclude, tag:NAME, site:, author:, '
                "label:, in:notes, in:highlights, is:unread|reading|read|archived, has:notes, "
                "before:DATE, after:DATE"
            )
        )
        self.nav_model = QStandardItemModel(self)
        self.nav = QTreeView()
        self.nav.setObjectName("libraryNavigation")
        self.nav.setAccessibleName(self.tr("Library sections, tags and saved searches"))
        self.nav.setModel(self.nav_model)
        self.nav.setHeaderHidden(True)
        self.nav.setRootIsDecorated(False)
        self.nav.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        set_enum(self.nav, "contextMenuPolicy", CUSTOM_CONTEXT_MENU)
        set_enum(self.nav, "textElideMode", ELIDE_MIDDLE)  # a long name keeps its end: "… (this window)"
        # the libraries on this computer: (name, path, shown in this window), set by ui/libraries.py
        self.libraries: list[tuple[str, str, bool]] = []
        self.sort = QComboBox()
        self.sort.setObjectName("sortOrder")
        self.sort.setAccessibleName(self.tr("Sort by"))
        for key, text in (
            ("added", self.tr("Date added")),
            ("published", self.tr("Date published")),
            ("title", self.tr("Title")),
            ("site", self.tr("Site")),
        ):
            self.sort.addItem(text, key)
        self.heading = QLabel()
        self.heading.setObjectName("listHeading")
        self.view = LibraryView()
        self.view.setModel(model)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(180)
        self._section: tuple[str, str] = ("all", "")
        self._build()
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._run_search)
        self._timer.timeout.connect(self._run_search)
        self.sort.currentIndexChanged.connect(lambda _i: self.model.set_sort(str(self.sort.currentData())))
        self.nav.clicked.connect(self._on_nav_clicked)
        self.nav.activated.connect(self._on_nav_activated)
        self.nav.customContextMenuRequested.connect(self._on_nav_menu)
        self.view.article_activated.connect(self._on_article_activated)
        self.model.rowsInserted.connect(lambda *_args: self._update_heading())
        # refresh_navigation() counts over the whole library: the window calls it after the first frame

    def _build(self) -> None:
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.search)
        tl.addWidget(self.nav)
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.heading, 1)
        row.addWidget(self.sort)
        bl.addLayout(row)
        bl.addWidget(self.view, 1)
        self.splitter = QSplitter()
        set_enum(self.splitter, "orientation", VERTICAL)
        self.splitter.setObjectName("librarySplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([180, 500])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 0, 4)
        layout.addWidget(self.splitter)

    # -- navigation ---------------------------------------------------------------------------

    def refresh_navigation(self) -> None:
        """Rebuild the sections, tags (with counts) and saved searches."""
        self.nav_model.clear()
        org = self.library.organize
        counts = org.state_counts()
        self.counted.emit(sum(counts.values()))
        for kind, value, text in (
            ("all", "", self.tr("All articles (%1)").replace("%1", str(sum(counts.values())))),
            ("state", "reading", self.tr("Continue reading (%1)").replace("%1", str(counts["reading"]))),
            ("state", "unread", self.tr("Unread (%1)").replace("%1", str(counts["unread"]))),
            ("state", "read", self.tr("Read (%1)").replace("%1", str(counts["read"]))),
            ("state", "archived", self.tr("Archived (%1)").replace("%1", str(counts["archived"]))),
        ):
            self.nav_model.appendRow(self._item(kind, value, text))
        tags = org.tag_counts()
        if tags:
            header = self._item("header", "", self.tr("Tags"))
            for tag in tags:
                header.appendRow(self._item("tag", tag.name, f"{tag.name} ({tag.count})"))
            self.nav_model.appendRow(header)
        saved = org.saved_searches()
        if saved:
            header = self._item("header", "", self.tr("Saved searches"))
            for s in saved:
                item = self._item("saved", s.query, s.name)
                item.setToolTip(s.query)
                header.appendRow(item)
            self.nav_model.appendRow(header)
        if len(self.libraries) > 1:
            self.nav_model.appendRow(self._libraries_section())
        self.nav.expandAll()
        self._update_heading()

    @staticmethod
    def _item(kind: str, value: str, text: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setData(kind, KIND)
        item.setData(value, VALUE)
        if kind == "header":
            item.setSelectable(False)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        return item

    def _libraries_section(self) -> QStandardItem:
        header = self._item("header", "", self.tr("Libraries"))
        for name, path, here in self.libraries:
            item = self._item("library" if not here else "this library", path, name)
            if here:
                item.setText(self.tr("%1 (this window)").replace("%1", name))
                item.setToolTip(self.tr("%1\nShown in this window").replace("%1", path))
            else:
                item.setToolTip(
                    self.tr(
                        "%1\nDouble-click to open it in a window of its own; right-click to copy articles there"
                    ).replace("%1", path)
                )
            header.appendRow(item)
        return header

    def library_menu(self, index: QModelIndex) -> QMenu | None:
        """The menu of another library's row in the Libraries section (None elsewhere); the caller
        shows it and deletes it later. tests/ui/test_every_command.py walks it."""
        if str(index.data(KIND)) != "library":
            return None
        path = str(index.data(VALUE))
        menu = QMenu(self)
        menu.addAction(self.tr("Open in a New Window"), lambda: self.library_open_requested.emit(path))
        menu.addAction(self.tr("Copy the Chosen Articles Here"), lambda: self.copy_here_requested.emit(path))
        return menu

    def _on_nav_menu(self, pos) -> None:  # pos: QPoint
        menu = self.library_menu(self.nav.indexAt(pos))
        if menu is not None:
            menu.exec(self.nav.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def _on_nav_activated(self, index: QModelIndex) -> None:
        if str(index.data(KIND)) == "library":
            self.library_open_requested.emit(str(index.data(VALUE)))

    def _on_nav_clicked(self, index: QModelIndex) -> None:
        kind, value = str(index.data(KIND)), str(index.data(VALUE) or "")
        if kind in ("header", "library", "this library"):
            return
        if kind == "saved":
            self.search.setText(value)
            self._run_search()
            return
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.show_section(kind, value)

    def show_everything(self) -> None:
        """Clear the search and show all articles."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._timer.stop()
        self.nav.setCurrentIndex(self.nav_model.index(0, 0))
        self.show_section("all")

    def show_section(self, kind: str, value: str = "") -> None:
        self._section = (kind, value)
        if kind == "state":
            self.model.set_source(lambda: Listing(self.library.article_ids(self.model.sort, state=value)))
        elif kind == "tag":
            self.model.set_source(lambda: Listing(self.library.article_ids(self.model.sort, tag=value)))
        else:
            self.model.set_source(None)
        self._update_heading()

    def _update_heading(self) -> None:
        kind, value = self._section
        states = {
            "unread": self.tr("Unread"),
            "reading": self.tr("Continue reading"),
            "read": self.tr("Read"),
            "archived": self.tr("Archived"),
        }
        names = {
            "all": self.tr("All articles"),
            "state": states.get(value, value),
            "tag": self.tr("Tag: %1").replace("%1", value),
            "search": self.tr("Search results"),
        }
        count = self.model.rowCount()
        self.heading.setText(f"{names.get(kind, '')} — {count}")

    # -- search -------------------------------------------------------------------------------

    def _run_search(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        if not text:
            self.show_section("all")
            return
        self._section = ("search", text)
        self.model.set_source(lambda: self._search_listing(text))
        self._update_heading()

    def _search_listing(self, text: str) -> Listing:
        from reader.core.errors import SearchIndexDamaged

        try:
            results = self.library.search(text, limit=SEARCH_LIMIT)
        except SearchIndexDamaged as exc:
            problem = said(exc)
            QTimer.singleShot(0, lambda: self.search_failed.emit(problem))  # once the list has its rows
            return Listing([])
        matched = {
            key: QCoreApplication.translate("LibraryPane", value) if value else "" for key, value in MATCHED.items()
        }
        # the snippets keep their marks around the matched words: the list shows those words in bold
        # ("in a note: " and the like stand before a PLACE mark: shortening the snippet keeps them)
        details = {
            r.article_id: (matched[r.matched_in] + PLACE if matched.get(r.matched_in) else "") + r.snippet
            for r in results
        }
        highlights = {r.article_id: r.highlight_id for r in results if r.highlight_id is not None}
        return Listing([r.article_id for r in results], details, highlights)

    def search_again(self) -> None:
        """Run the search in the box again (after the index was rebuilt)."""
        if self.search.text().strip():
            self._run_search()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_article_activated(self, article_id: int) -> None:
        highlight = self.view.currentIndex().data(Role.HIGHLIGHT)
        self.open_requested.emit(article_id, int(highlight or 0))
