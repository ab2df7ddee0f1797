"""The library pane: the article list with two-line rows (title; site · date added)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, QTextBoundaryFinder, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from reader.ui.early import ALIGN_LEFT, ALIGN_TOP, DISPLAY_ROLE, TEXT_WORD_WRAP
from reader.ui.library_model import MARK_END, MARK_START, PLACE, Role
from reader.ui.row_list import RowList

PAD = 8
DETAIL_OPACITY = 0.75  # the detail line: the text colour, lighter (at least 4.5:1 on every theme's page)


class ArticleRowDelegate(QStyledItemDelegate):
    """Draws a row as the style draws an item (background, selection, focus) and then the title and the
    detail line itself. It never names QStyle: Qt for Python builds every enum of a class the first time
    the class is used, and QStyle's are many, which the window's first frame would pay for. For the same
    reason it does not name the `Qt` namespace (see reader.ui.early)."""

    def initStyleOption(
        self,
        option: QStyleOptionViewItem,  # noqa: N802
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().initStyleOption(option, index)
        option.text = ""  # the style draws the row's background; paint() writes the text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fonts: tuple[str, QFont, QFont, QFontMetrics, QFontMetrics] | None = None
        self._matched: tuple[str, QFont, QFontMetrics] | None = None  # bold detail font, for search matches

    def _fonts_for(self, font: QFont) -> tuple[QFont, QFont, QFontMetrics, QFontMetrics]:
        """The title and detail fonts and their metrics, made once per base font, not once per row."""
        if self._fonts is None or self._fonts[0] != font.key():
            title_font = QFont(font)
            title_font.setWeight(QFont.Weight.DemiBold)
            detail_font = QFont(font)
            detail_font.setPointSizeF(max(6.0, font.pointSizeF() * 0.88))
            self._fonts = (font.key(), title_font, detail_font, QFontMetrics(title_font), QFontMetrics(detail_font))
        return self._fonts[1:]

    def _matched_font(self, detail_font: QFont) -> tuple[QFont, QFontMetrics]:
        """The bold of the detail font, for matched words in search results, made once per font."""
        cached = self._matched
        if cached is None or cached[0] != detail_font.key():
            bold = QFont(detail_font)
            bold.setWeight(QFont.Weight.Bold)
            cached = self._matched = (detail_font.key(), bold, QFontMetrics(bold))
        return cached[1], cached[2]

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().paint(painter, option, index)  # the model sets no fonts or colours: `option` has them
        view = self.parent()
        selected = isinstance(view, QAbstractItemView) and view.selectionModel().isSelected(index)
        rect = option.rect.adjusted(PAD, PAD // 2, -PAD, -PAD // 2)
        title_font, detail_font, title_metrics, detail_metrics = self._fonts_for(option.font)

        painter.save()
        painter.setFont(title_font)
        color = option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        if painter.pen().color() != color:  # the view's painter starts with the text colour
            painter.setPen(color)  # (setPen names `Qt`, see reader.ui.early: the first frame needs no call)
        title = str(index.data(DISPLAY_ROLE) or "")
        title_rect = QRect(rect.left(), rect.top(), rect.width(), title_metrics.height() * 2)
        painter.drawText(title_rect, TEXT_WORD_WRAP | ALIGN_TOP, _elide_two_lines(title, title_metrics, rect.width()))
        painter.setFont(detail_font)
        if not selected:
            painter.setOpacity(DETAIL_OPACITY)
        detail = str(index.data(Role.MARKED_DETAIL) or "")
        top = title_rect.bottom() + 2
        if MARK_START not in detail:
            detail = detail.replace(PLACE, "")
            painter.drawText(
                QRect(rect.left(), top, rect.width(), detail_metrics.height()),
                ALIGN_LEFT,
                elide_right(detail, detail_metrics, rect.width()),
            )
        else:  # a search result: the matched words in bold, and in view
            x = rect.left()
            matched_font, matched_metrics = self._matched_font(detail_font)
            for text, bold in fit_marked(detail, detail_metrics, matched_metrics, rect.width()):
                font, metrics = (matched_font, matched_metrics) if bold else (detail_font, detail_metrics)
                painter.setFont(font)
                advance = metrics.horizontalAdvance(text)
                painter.drawText(QRect(x, top, advance + 1, detail_metrics.height()), ALIGN_LEFT, text)
                x += advance
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        title = QFontMetrics(option.font).height() * 2
        detail = QFontMetrics(option.font).height()
        return QSize(200, title + detail + PAD + 2)


def _elide_two_lines(text: str, metrics: QFontMetrics, width: int) -> str:
    """Wrap at most two lines; elide the second if the title is longer."""
    words, first = text.split(), ""
    while words and metrics.horizontalAdvance((first + " " + words[0]).strip()) <= width:
        first = (first + " " + words.pop(0)).strip()
    if not first and words:  # one very long word
        return elide_right(text, metrics, width)
    rest = elide_right(" ".join(words), metrics, width)
    return first + ("\n" + rest if rest else "")


def elide_right(text: str, metrics: QFontMetrics, width: int) -> str:
    """`text` cut to fit `width`, ending in an ellipsis if it was cut, never inside a character as the
    reader sees one (an accent, an emoji sequence). QFontMetrics.elidedText would need
    Qt.TextElideMode, see reader.ui.early."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    cuts = _grapheme_boundaries(text)
    low, high = 0, len(cuts) - 1  # the longest prefix that fits with the ellipsis: text[:cuts[high]] does not
    while high - low > 1:
        middle = (low + high) // 2
        if metrics.horizontalAdvance(text[: cuts[middle]].rstrip() + "…") <= width:
            low = middle
        else:
            high = middle
    shortened = text[: cuts[low]].rstrip() + "…"
    return shortened if metrics.horizontalAdvance(shortened) <= width else ""


def marked_segments(text: str) -> list[tuple[str, bool]]:
    """A snippet with MARK_START/MARK_END around matched words as (text, matched) pieces."""
    pieces: list[tuple[str, bool]] = []
    bold = False
    for part in text.replace(MARK_END, MARK_START).split(MARK_START):
        if part:
            pieces.append((part, bold))
        bold = not bold
    return pieces


def fit_marked(
    text: str, metrics: QFontMetrics, bold_metrics: QFontMetrics, width: int, lead: float = 0.3
) -> list[tuple[str, bool]]:
    """A marked snippet cut to one line of `width`: the first matched words start within the first
    `lead` of the line (the words before them shortened from the left, after an ellipsis) and what
    does not fit at the end is elided. Returns the (text, matched) pieces to draw in order."""
    place, _, text = text.rpartition(PLACE)  # where it matched stays whole, before the snippet
    lead_pieces: list[tuple[str, bool]] = []
    if place:
        place = elide_right(place, metrics, width // 2)
        lead_pieces = [(place, False)]
        width -= metrics.horizontalAdvance(place)
    pieces = marked_segments(text)
    if pieces and not pieces[0][1]:
        before = pieces[0][0]
        room = int(width * lead)
        if metrics.horizontalAdvance(before) > room and len(pieces) > 1:
            words = before.split(" ")
            kept = ""
            while words and metrics.horizontalAdvance("…" + " ".join([words[-1], kept]).rstrip() + " ") <= room:
                kept = (words.pop() + " " + kept) if kept else words.pop()
            pieces[0] = ("…" + kept.strip() + " ", False)
    fitted: list[tuple[str, bool]] = []
    used = 0
    for part, bold in pieces:
        m = bold_metrics if bold else metrics
        advance = m.horizontalAdvance(part)
        if used + advance <= width:
            fitted.append((part, bold))
            used += advance
            continue
        cut = elide_right(part, m, width - used)
        if cut:
            fitted.append((cut, bold))
        elif fitted:
            last, last_bold = fitted[-1]
            fitted[-1] = (last.rstrip() + "…", last_bold)
        break
    return lead_pieces + fitted


def _grapheme_boundaries(text: str) -> list[int]:
    """The places between user-perceived characters, as indices into `text` (0 and len(text) too)."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Grapheme, text)
    index_of, unit = {}, 0  # Qt counts UTF-16 code units; Python, code points
    for i, char in enumerate(text):
        index_of[unit] = i
        unit += 2 if ord(char) > 0xFFFF else 1
    index_of[unit] = len(text)
    boundaries = [0]
    while (position := finder.toNextBoundary()) > 0:
        boundaries.append(index_of[position])
    return boundaries


class LibraryView(RowList):
    """The list itself; emits `article_activated` with the id of the article to open."""

    article_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(ArticleRowDelegate(), parent)
        self.setObjectName("libraryList")
        self.setAccessibleName(self.tr("Library"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(False)

    def choose_quietly(self, row: int) -> None:
        """Make a row the current one without asking to open its article (it is open already)."""
        self._quiet = True
        try:
            self.setCurrentIndex(self.model().index(row, 0))
            self.scrollTo(self.model().index(row, 0))
        finally:
            self._quiet = False

    def current_article_id(self) -> int | None:
        index = self.currentIndex()
        value = index.data(Role.ID) if index.isValid() else None
        return int(value) if value is not None else None

    # Qt API
    def focusInEvent(self, event) -> None:  # noqa: N802
        """Getting the keyboard opens nothing: a list view makes its first row current when it gets
        the focus with none, which would open an article the reader did not choose."""
        had_current = self.currentIndex().isValid()
        self._quiet = True
        try:
            super().focusInEvent(event)
            if not had_current and self.currentIndex().isValid():
                self.selectionModel().clearCurrentIndex()
        finally:
            self._quiet = False

    def currentChanged(
        self,
        current: QModelIndex | QPersistentModelIndex,  # noqa: N802
        previous: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().currentChanged(current, previous)
        if getattr(self, "_quiet", False):
            return
        if current.isValid() and (article_id := current.data(Role.ID)) is not None:
            self.article_activated.emit(int(article_id))
