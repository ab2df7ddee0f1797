"""The article in the centre: a read-only QTextBrowser that never loads anything the article names."""

from __future__ import annotations

import logging

from bisect import bisect_right

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QColor, QContextMenuEvent, QFont, QResizeEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from reader.core.models import Article, Highlight
from reader.ui.article_html import render_article
from reader.ui.dates import from_iso_date

log = logging.getLogger(__name__)

MEASURE_EM = 38  # the text column's width, in ems: about 70 characters a line
SIDE_MARGIN = 24


class ArticleView(QTextBrowser):
    link_activated = Signal(QUrl)
    context_actions: list[QAction]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setAccessibleName(self.tr("Article"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self.link_activated)
        font = QFont()
        font.setFamilies(["DejaVu Serif", "Georgia", "Noto Serif", "Times New Roman", "serif"])
        font.setPointSizeF(12.5)
        self.setFont(font)
        self.document().setDocumentMargin(0)
        self.article: Article | None = None
        self.block_starts: list[int] = []  # document position where each body block begins (-1: not shown)
        self._block_offsets: list[int] = []  # where each body block begins in the article's text
        self._highlights: list[Highlight] = []
        self._colors: dict[str, str] = {}
        self._flash_id: int | None = None
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._end_flash)
        self.context_actions = []
        self.context_position = -1
        self.show_placeholder()

    def show_placeholder(self) -> None:
        self.article = None
        self.setHtml(
            "<div style='color:#777777; margin-top:4em' align='center'>"
            f"<p>{self.tr('Choose an article from the library to read it.')}</p>"
            f"<p>{self.tr('File ▸ Import (Ctrl+O) adds text, HTML and Markdown files.')}</p></div>"
        )

    def show_article(self, article: Article) -> None:
        self.article = article
        published = article.content.published
        self.setHtml(render_article(article, from_iso_date(published) if published else None))
        self.block_starts = self._map_blocks(article)
        offsets, total = [], 0
        for block in article.content.body:
            offsets.append(total)
            total += len(block.text) + 2
        self._block_offsets = offsets
        self._highlights = []
        self.verticalScrollBar().setValue(0)

    def _map_blocks(self, article: Article) -> list[int]:
        """Match the body's blocks, in order, to the document's text blocks."""
        starts: list[int] = []
        doc_block = self.document().firstBlock()
        for block in article.content.body:
            probe = doc_block
            while probe.isValid() and probe.text() != block.text:
                probe = probe.next()
            if probe.isValid():
                starts.append(probe.position())
                doc_block = probe.next()
            else:
                starts.append(-1)
        return starts

    # -- text offsets <-> document positions -----------------------------------------------------

    def doc_position(self, offset: int) -> int:
        """The document position of an offset into the article's text (-1 when not shown)."""
        if not self._block_offsets:
            return -1
        index = bisect_right(self._block_offsets, offset) - 1
        if index < 0 or self.block_starts[index] < 0:
            return -1
        inside = min(offset - self._block_offsets[index], len(self.article.content.body[index].text)
                     if self.article else 0)
        return self.block_starts[index] + inside

    def text_offset(self, position: int) -> int:
        """The offset into the article's text of a document position (-1 outside the body)."""
        index = self.body_index_at(position)
        if index < 0:
            return -1
        return self._block_offsets[index] + (position - self.block_starts[index])

    def selection_offsets(self) -> tuple[int, int] | None:
        """The selected words as (start, end) offsets into the article's text, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection() or self.article is None:
            return None
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        first = self.text_offset(start)
        while first < 0 and start < end:  # the selection begins above the body (in the headline)
            start += 1
            first = self.text_offset(start)
        last = self.text_offset(end - 1)
        while last < 0 and end - 1 > start:
            end -= 1
            last = self.text_offset(end - 1)
        if first < 0 or last < 0 or last + 1 <= first:
            return None
        return first, last + 1

    # -- highlights ----------------------------------------------------------------------------

    def paint_highlights(self, highlights: list[Highlight], colors: dict[str, str]) -> None:
        self._highlights = [h for h in highlights if h.status != "orphaned"]
        self._colors = colors
        self._repaint_highlights()

    def _repaint_highlights(self) -> None:
        selections = []
        for h in self._highlights:
            start, end = self.doc_position(h.start), self.doc_position(h.end)
            if start < 0 or end <= start:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            color = QColor(self._colors.get(h.color, "#f7d154"))
            color.setAlpha(235 if h.id == self._flash_id else 120)  # translucent: overlaps stay readable
            selection.format.setBackground(color)
            if h.status == "moved":
                selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            selections.append(selection)
        self.setExtraSelections(selections)

    def highlight_at(self, position: int) -> int | None:
        """The id of the (innermost) highlight covering a document position."""
        offset = self.text_offset(position)
        covering = [h for h in self._highlights if h.start <= offset < h.end]
        return min(covering, key=lambda h: h.end - h.start).id if covering else None

    def flash(self, highlight_id: int) -> None:
        """Scroll a highlight into the middle of the view and flash it."""
        h = next((h for h in self._highlights if h.id == highlight_id), None)
        if h is None:
            return
        position = self.doc_position(h.start)
        if position >= 0:
            cursor = QTextCursor(self.document())
            cursor.setPosition(position)
            rect = self.cursorRect(cursor)
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)
        self._flash_id = highlight_id
        self._repaint_highlights()
        self._flash_timer.start(700)

    def _end_flash(self) -> None:
        self._flash_id = None
        self._repaint_highlights()

    def body_index_at(self, position: int) -> int:
        """The index of the body block containing a document position, or -1."""
        block = self.document().findBlock(position)
        try:
            return self.block_starts.index(block.position())
        except ValueError:
            return -1

    # Qt API
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        menu = self.createStandardContextMenu(event.pos())
        self.context_position = self.cursorForPosition(event.pos()).position()
        if self.article is not None and self.context_actions:
            menu.addSeparator()
            for action in self.context_actions:
                if action.menu() is not None:
                    menu.addMenu(action.menu())
                elif action.isSeparator():
                    menu.addSeparator()
                else:
                    menu.addAction(action)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def loadResource(self, kind: int, url: QUrl | str) -> object:  # noqa: N802
        """Never fetch what a document names: no files, no network, nothing."""
        log.debug("refused to load resource %s", url)
        return None

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._apply_measure()

    def setHtml(self, html: str) -> None:  # noqa: N802
        super().setHtml(html)
        self._apply_measure()

    def _apply_measure(self) -> None:
        """Centre a column of readable width by giving the document's root frame side margins."""
        column = self.fontMetrics().averageCharWidth() * MEASURE_EM * 2
        side = max(SIDE_MARGIN, (self.viewport().width() - column) / 2)
        root = self.document().rootFrame()
        fmt = root.frameFormat()
        if abs(fmt.leftMargin() - side) > 0.5:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            fmt.setTopMargin(SIDE_MARGIN)
            fmt.setBottomMargin(SIDE_MARGIN * 2)
            root.setFrameFormat(fmt)
