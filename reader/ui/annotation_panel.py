"""The side panel: an article's note, its highlights in reading order, their notes, and orphans.

It changes nothing itself: it emits what the user asks for, and the window decides.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.annotations import Span
from reader.core.models import HighlightStatus, Label
from reader.ui.highlight_model import Details, HighlightListModel, HRole
from reader.ui.label_names import display_name
from reader.ui.note_editor import NoteEditor
from reader.ui.note_history import NoteHistory
from reader.ui.person_filter import PersonFilter
from reader.ui.quiet import quiet
from reader.ui.row_list import RowList

PAD = 8
# translated when painted (context "HighlightDelegate")
STATUS_TEXT = {
    HighlightStatus.MOVED: QT_TRANSLATE_NOOP("HighlightDelegate", "moved — check"),
    HighlightStatus.ORPHANED: QT_TRANSLATE_NOOP("HighlightDelegate", "orphaned"),
}


class ElidedLabel(QLabel):
    """A one-line label that gives way when its pane is narrow: cut with an ellipsis, never mid-letter."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setMinimumWidth(1)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)


class HighlightDelegate(QStyledItemDelegate):
    """Colour bar, meaning (in words too), quote, note preview and date."""

    _cache: tuple[QFont, tuple[QFont, QFont, QFontMetrics, QFontMetrics]] | None = None

    def _fonts(self, base: QFont) -> tuple[QFont, QFont, QFontMetrics, QFontMetrics]:
        """The smaller fonts and metrics for a row, made once per base font."""
        if self._cache is None or self._cache[0] != base:
            small = QFont(base)
            small.setPointSizeF(max(6.0, base.pointSizeF() * 0.85))
            small_bold = QFont(small)
            small_bold.setWeight(QFont.Weight.DemiBold)
            self._cache = (QFont(base), (small, small_bold, QFontMetrics(base), QFontMetrics(small)))
        return self._cache[1]

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        if opt.widget is not None:
            opt.widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_color = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        dim = text_color if selected else opt.palette.color(QPalette.ColorRole.PlaceholderText)
        rect = opt.rect.adjusted(PAD + 6, PAD // 2, -PAD, -PAD // 2)
        painter.save()
        painter.fillRect(
            QRect(opt.rect.left() + 3, opt.rect.top() + 4, 5, opt.rect.height() - 8),
            QColor(str(index.data(HRole.COLOR))),
        )
        small, small_bold, fm, sfm = self._fonts(opt.font)
        y = rect.top()
        painter.setFont(small_bold)
        painter.setPen(text_color)
        status = STATUS_TEXT.get(str(index.data(HRole.STATUS)), "")
        status = QCoreApplication.translate("HighlightDelegate", status) if status else ""
        head = str(index.data(HRole.LABEL)) + (f"  ·  {status}" if status else "")
        painter.drawText(QRect(rect.left(), y, rect.width(), sfm.height()), Qt.AlignmentFlag.AlignLeft, head)
        painter.setFont(small)
        painter.setPen(dim)
        painter.drawText(
            QRect(rect.left(), y, rect.width(), sfm.height()),
            Qt.AlignmentFlag.AlignRight,
            str(index.data(HRole.DATE) or ""),
        )
        y += sfm.height() + 2
        painter.setFont(opt.font)
        painter.setPen(text_color)
        quote = f"“{index.data(Qt.ItemDataRole.DisplayRole)}”"
        for line in quote_lines(quote, fm, rect.width(), QUOTE_LINES):
            painter.drawText(QRect(rect.left(), y, rect.width(), fm.height()), Qt.AlignmentFlag.AlignLeft, line)
            y += fm.lineSpacing()
        note = str(index.data(HRole.NOTE) or "").strip()
        if note:
            from reader.core.markdown_text import plain_markdown

            painter.setFont(small)
            painter.setPen(dim)
            first = " ".join(plain_markdown(note).split())
            bottom = rect.bottom() - sfm.height() + 1  # the note's line sits on the card's last line
            painter.drawText(
                QRect(rect.left(), bottom, rect.width(), sfm.height()),
                Qt.AlignmentFlag.AlignLeft,
                sfm.elidedText("✎ " + first, Qt.TextElideMode.ElideRight, rect.width()),
            )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        """One size for every row (head, three lines of quote, a note line); see HighlightList."""
        _small, _bold, fm, sfm = self._fonts(option.font)
        return QSize(200, PAD // 2 + sfm.height() + 2 + QUOTE_LINES * fm.lineSpacing() + 3 + sfm.height() + PAD // 2)


QUOTE_LINES = 3


def quote_lines(text: str, fm: QFontMetrics, width: int, lines: int) -> list[str]:
    """Text wrapped at word boundaries into at most `lines` lines of `width`; if it does not fit, the
    last line ends in an ellipsis. A word wider than the line is cut."""
    words = text.split()
    result: list[str] = []
    while words and len(result) < lines:
        line = ""
        while words and fm.horizontalAdvance((line + " " + words[0]).strip()) <= width:
            line = (line + " " + words.pop(0)).strip()
        if not line:  # one word longer than the line: shown cut, with an ellipsis
            line = fm.elidedText(words.pop(0), Qt.TextElideMode.ElideRight, width)
        result.append(line)
    if words:  # more than fits: the last line says so
        result[-1] = fm.elidedText(result[-1] + " " + " ".join(words), Qt.TextElideMode.ElideRight, width)
        if not result[-1].endswith("…"):
            result[-1] = fm.elidedText(result[-1] + " …", Qt.TextElideMode.ElideRight, width)
    return result


class HighlightList(RowList):
    """A list of highlights that speaks in requests: jump, delete, edit the note, recolour. Its rows
    all have one height (head, three lines of quote, a note line), so an article with a thousand
    highlights opens at once."""

    jump_requested = Signal(int)
    delete_requested = Signal(int)
    note_edit_requested = Signal(int)
    recolor_requested = Signal(int, str)
    copy_requested = Signal(int, str)  # the highlight, the library to copy it into ("": ask for a file)

    def __init__(self, model: HighlightListModel, parent: QWidget | None = None) -> None:
        super().__init__(HighlightDelegate(), parent)
        self.setModel(model)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_context_menu)
        self.clicked.connect(lambda index: self.jump_requested.emit(int(index.data(HRole.ID))))
        self.doubleClicked.connect(lambda index: self.note_edit_requested.emit(int(index.data(HRole.ID))))
        self.labels: list[Label] = []
        self.libraries: Callable[[], list[tuple[str, str]]] = list  # the other libraries: (name, path)

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return int(index.data(HRole.ID)) if index.isValid() else None

    def _on_context_menu(self, pos) -> None:  # pos: QPoint
        menu = self.context_menu(self.indexAt(pos))
        if menu is not None:
            menu.exec(self.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def context_menu(self, index: QModelIndex) -> QMenu | None:
        """The menu of a highlight's row (None for no row); the caller shows it and deletes it later.
        tests/ui/test_every_command.py walks it."""
        if not index.isValid():
            return None
        hid = int(index.data(HRole.ID))
        menu = QMenu(self)
        menu.addAction(self.tr("Go to Highlight"), lambda: self.jump_requested.emit(hid))
        menu.addAction(self.tr("Edit Note"), lambda: self.note_edit_requested.emit(hid)).setShortcut(
            QKeySequence(Qt.Key.Key_F2)
        )
        recolor = menu.addMenu(self.tr("Change Label"))
        for label in self.labels:
            recolor.addAction(display_name(label), lambda color=label.color: self.recolor_requested.emit(hid, color))
        copy = menu.addMenu(self.tr("Copy to Library"))
        for name, path in self.libraries():
            copy.addAction(name, lambda path=path: self.copy_requested.emit(hid, path))
        copy.addSeparator()
        copy.addAction(self.tr("Other Library File…"), lambda: self.copy_requested.emit(hid, ""))
        menu.addSeparator()
        delete = menu.addAction(self.tr("Delete Highlight"), lambda: self.delete_requested.emit(hid))
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        return menu

    # Qt API
    def keyPressEvent(self, event) -> None:  # noqa: N802
        hid = self.current_id()
        if hid is not None and event.matches(QKeySequence.StandardKey.Delete):
            self.delete_requested.emit(hid)
        elif hid is not None and event.key() == Qt.Key.Key_F2:
            self.note_edit_requested.emit(hid)
        elif hid is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.jump_requested.emit(hid)
        else:
            super().keyPressEvent(event)

    def currentChanged(self, current, previous) -> None:  # noqa: N802
        super().currentChanged(current, previous)
        if current.isValid():
            self.jump_requested.emit(int(current.data(HRole.ID)))


class AnnotationPanel(QWidget):
    """Emits requests; `show_annotations` fills it from the library's answer."""

    jump_requested = Signal(int)
    delete_requested = Signal(int)
    recolor_requested = Signal(int, str)
    note_changed = Signal(int, str)
    article_note_changed = Signal(str)
    reattach_requested = Signal(int)
    confirm_requested = Signal(int)
    copy_requested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationPanel")
        self.setAccessibleName(self.tr("Highlights and notes"))
        self.model = HighlightListModel(self)
        self.orphan_model = HighlightListModel(self, orphans=True)
        self.list = HighlightList(self.model)
        self.list.setObjectName("highlightList")
        self.list.setAccessibleName(self.tr("Highlights"))
        self.orphan_list = HighlightList(self.orphan_model)
        self.orphan_list.setObjectName("orphanList")
        self.orphan_list.setAccessibleName(self.tr("Orphaned highlights"))
        self.orphan_list.setMaximumHeight(160)
        self.article_note = NoteEditor(self.tr("No note on this article yet. Double-click to write one."))
        self.article_note.setObjectName("articleNote")
        self.article_note.setAccessibleName(self.tr("Article note"))
        self.article_note.setMaximumHeight(110)
        self.highlight_note = NoteEditor(self.tr("No note on this highlight. Double-click or press N to write one."))
        self.highlight_note.setObjectName("highlightNote")
        self.highlight_note.setAccessibleName(self.tr("Note on the selected highlight"))
        self.filter = QComboBox()
        self.filter.setObjectName("labelFilter")
        self.filter.setAccessibleName(self.tr("Show highlights with label"))
        self.empty_label = QLabel(
            self.tr(
                "No highlights yet\n\nSelect words in the article and press H, or right-click them and choose a label."
            )
        )
        self.empty_label.setObjectName("emptyHighlights")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        quiet(self.empty_label)
        self.orphan_title = QLabel(self.tr("Orphaned — their words are gone from the text"))
        self.reattach = QPushButton(self.tr("Re-attach to Selection"))
        self.reattach.setToolTip(self.tr("Select the right words in the article, then press this"))
        self.confirm = QPushButton(self.tr("Looks Right"))
        self.confirm.setToolTip(self.tr("The text changed and this highlight moved; confirm it is on the right words"))
        self._labels: list[Label] = []
        self._highlights: dict[int, Span] = {}
        self._details: Details = lambda ids: {}
        # a team library's mark and earlier note texts, for the article's note (None) or a highlight's
        self.team_notes: Callable[[int | None], tuple[str, list[dict[str, str]]]] = lambda _h: ("", [])
        self.team_creators: Callable[[], dict[int, str]] = dict  # who made each highlight, in a team library
        self._current: int | None = None
        self._build()
        self._connect()
        self.show_annotations([], [], "")

    def _build(self) -> None:
        heading = ElidedLabel(self.tr("Highlights & notes"))
        font = heading.font()
        font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(font)
        # The filter keeps the width of its longest label, in any language; the heading gives way
        # (and its full text stays in the tooltip) when the panel is narrow.
        heading.setToolTip(heading.text())
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter.setMinimumContentsLength(6)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.filter)
        note_heading = QLabel(self.tr("Article note"))
        quiet(note_heading)
        highlights = QWidget()
        hl = QVBoxLayout(highlights)
        hl.setContentsMargins(0, 0, 0, 0)
        self.person = PersonFilter()
        self.person.chosen.connect(self.model.set_person_filter)
        hl.addWidget(self.person)
        hl.addWidget(self.list, 1)
        hl.addWidget(self.empty_label, 1)
        hl.addWidget(self.orphan_title)
        hl.addWidget(self.orphan_list)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm)
        buttons.addWidget(self.reattach)
        hl.addLayout(buttons)
        detail = QWidget()
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        self.note_heading = QLabel(self.tr("Note"))
        quiet(self.note_heading)
        dl.addWidget(self.note_heading)
        dl.addWidget(self.highlight_note)
        self.highlight_history = NoteHistory()
        dl.addWidget(self.highlight_history)
        self.splitter = split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("panelSplitter")
        split.addWidget(highlights)
        split.addWidget(detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(note_heading)
        layout.addWidget(self.article_note)
        self.article_history = NoteHistory()
        layout.addWidget(self.article_history)
        layout.addWidget(split, 1)

    def _connect(self) -> None:
        for view in (self.list, self.orphan_list):
            view.jump_requested.connect(self._on_jump)
            view.delete_requested.connect(self.delete_requested)
            view.recolor_requested.connect(self.recolor_requested)
            view.note_edit_requested.connect(self.edit_note)
            view.copy_requested.connect(self.copy_requested)
        self.filter.currentIndexChanged.connect(
            lambda _i: self.model.set_color_filter(str(self.filter.currentData() or ""))
        )
        self.highlight_note.committed.connect(
            lambda text: self._current is not None and self.note_changed.emit(self._current, text)
        )
        self.article_note.committed.connect(self.article_note_changed)
        self.reattach.clicked.connect(
            lambda: (
                self.orphan_list.current_id() is not None
                and self.reattach_requested.emit(self.orphan_list.current_id())
            )
        )
        self.confirm.clicked.connect(lambda: self._current is not None and self.confirm_requested.emit(self._current))

    def show_annotations(
        self, highlights: list[Span], labels: list[Label], article_note: str | None, details: Details = lambda ids: {}
    ) -> None:
        """Show an article's annotations (article_note None: no article is open)."""
        current = self._current
        if labels != self._labels:
            self._labels = labels
            self.filter.blockSignals(True)
            chosen = self.filter.currentData()
            self.filter.clear()
            self.filter.addItem(self.tr("All labels"), "")
            for label in labels:
                self.filter.addItem(display_name(label), label.color)
            self.filter.setCurrentIndex(max(0, self.filter.findData(chosen)))
            self.filter.blockSignals(False)
        self.list.labels = self.orphan_list.labels = labels
        self._highlights = {h.id: h for h in highlights}
        self._details = details
        self.model.creators = creators = self.team_creators()
        self.model.set_highlights(highlights, labels, details, str(self.filter.currentData() or ""))
        self.model.set_person_filter(self.person.fill(creators))
        self.orphan_model.set_highlights(highlights, labels, details)
        has_orphans = self.orphan_model.rowCount() > 0
        self.orphan_title.setVisible(has_orphans)
        self.orphan_list.setVisible(has_orphans)
        self.reattach.setVisible(has_orphans)
        placed = any(h.status != HighlightStatus.ORPHANED for h in highlights)
        self.list.setVisible(placed)
        self.empty_label.setVisible(not placed)
        self.article_note.setEnabled(article_note is not None)
        if not self.article_note.editing:
            self.article_note.set_text(article_note or "")
        self.article_history.show_history(*self.team_notes(None))
        self.select(current if current in self._highlights else None)

    def select(self, highlight_id: int | None) -> None:
        """Make a highlight the current one: its note shows below the list."""
        self._current = highlight_id
        h = self._highlights.get(highlight_id) if highlight_id is not None else None
        for view, model in ((self.list, self.model), (self.orphan_list, self.orphan_model)):
            row = model.row_of(highlight_id) if highlight_id is not None else -1
            view.blockSignals(True)
            if row >= 0:
                view.setCurrentIndex(model.index(row))
            else:
                view.clearSelection()
                view.setCurrentIndex(QModelIndex())
            view.blockSignals(False)
        self.highlight_note.setEnabled(h is not None)
        self.confirm.setVisible(h is not None and h.status == HighlightStatus.MOVED)
        if not self.highlight_note.editing or h is None:
            note = self._details([h.id]).get(h.id, ("", "", "", ""))[1] if h is not None else ""
            self.highlight_note.set_text(note)
        self.highlight_history.show_history(*(self.team_notes(h.id) if h is not None else ("", [])))
        self.note_heading.setText(self.tr("Note on the selected highlight") if h else self.tr("Note"))

    def take_focus(self) -> None:
        """Ctrl+3: the highlight list, or the article note when there are no highlights."""
        target = self.list if self.list.isVisible() else self.article_note.view
        target.setFocus()

    def edit_note(self, highlight_id: int) -> None:
        self.select(highlight_id)
        self.highlight_note.start_editing()

    def current_id(self) -> int | None:
        return self._current

    def _on_jump(self, highlight_id: int) -> None:
        if self.highlight_note.editing:
            self.highlight_note.finish()
        self.select(highlight_id)
        self.jump_requested.emit(highlight_id)
