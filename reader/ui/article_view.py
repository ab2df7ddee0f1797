"""The article in the centre: a read-only QTextBrowser that never loads anything the article names."""

from __future__ import annotations

import logging
from bisect import bisect_right
from collections.abc import Callable

from PySide6.QtCore import QPoint, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFontMetrics,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from reader.core.anchoring import whole_words
from reader.core.models import Article, Highlight, HighlightStatus, block_starts
from reader.ui.article_html import code_lines, render_article, stylesheet
from reader.ui.dates import from_iso_date
from reader.ui.highlight_paint import Run, changed_span, runs
from reader.ui.reading import ReadingStyle
from reader.ui.themes import THEMES, Theme

log = logging.getLogger(__name__)

SIDE_MARGIN = 24
PAINT_BATCH = 120  # highlight runs painted per turn of the event loop, beyond the first screen
CHUNK_BLOCKS = 400  # paragraphs laid in per turn of the event loop, for very long articles


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
        self.style_ = ReadingStyle()
        self.theme = THEMES["light"]
        self._css = stylesheet(self.style_, self.theme)
        self._apply_font()
        self.document().setDocumentMargin(0)
        self.article: Article | None = None
        self.notice_for: Callable[[Article], str] | None = None  # what a link without its text says
        self.block_starts: list[int] = []  # document position where each body block begins (-1: not shown)
        self._block_offsets: list[int] = []  # where each body block begins in the article's text
        self._highlights: list[Highlight] = []
        self._colors: dict[str, str] = {}
        self._all_highlights: list[Highlight] = []
        self._tags: list[str] = []
        self._runs: list[Run] = []
        self._pending: list[Run] = []  # runs still to paint, off screen
        self._deferred: tuple[str, int] | None = None  # (page colour, offset painted up to) before the rest
        self._paint_timer = QTimer(self)
        self._paint_timer.setSingleShot(True)
        self._paint_timer.timeout.connect(self._paint_next_batch)
        self._chunk_timer = QTimer(self)
        self._chunk_timer.setSingleShot(True)
        self._chunk_timer.timeout.connect(self._load_next_chunk)
        self._loaded = 0
        self._next_doc_block = self.document().firstBlock()
        self._flash_id: int | None = None
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._end_flash)
        self.context_actions = []
        self.context_position = -1
        self.show_placeholder()

    def apply_style(self, style: ReadingStyle, theme: Theme) -> None:
        """Set the reading style and theme, and show the open article again in them."""
        self.style_, self.theme = style, theme
        self._css = stylesheet(style, theme)
        self._apply_font()
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(theme.page))
        palette.setColor(QPalette.ColorRole.Text, QColor(theme.text))
        self.setPalette(palette)
        if self.article is not None:
            scroll = self.verticalScrollBar().value()
            self.show_article(self.article, self._all_highlights, self._colors, self._tags)
            self.verticalScrollBar().setValue(scroll)
        else:
            self.show_placeholder()

    def _apply_font(self) -> None:
        font = self.style_.font()
        self.setFont(font)
        self.document().setDefaultFont(font)

    def _words(self) -> dict[str, str]:
        return {
            "by": self.tr("By %1"),
            "and": self.tr("and"),
            "photo": self.tr("Photo"),
            "tags": self.tr("Tags: %1"),
            "editor": self.tr("Editor"),
            "photographer": self.tr("Photographer"),
            "contributor": self.tr("Contributor"),
        }

    def show_placeholder(self) -> None:
        self.article = None
        self.setHtml(
            "<div style='color:#777777; margin-top:4em' align='center'>"
            f"<p>{self.tr('Choose an article from the library to read it.')}</p>"
            f"<p>{self.tr('File ▸ Import (Ctrl+O) adds text, HTML, Markdown, PDF and EPUB files.')}</p></div>"
        )

    def show_article(
        self,
        article: Article,
        highlights: list[Highlight] | None = None,
        colors: dict[str, str] | None = None,
        tags: list[str] | None = None,
    ) -> None:
        """Show an article with its highlights already coloured in (one layout, no repainting)."""
        self.article = article
        published = article.content.published
        self._pending = []
        self._deferred = None
        self._paint_timer.stop()
        self._chunk_timer.stop()
        self._all_highlights, self._tags = list(highlights or []), list(tags or [])
        self._colors = colors or {}
        body = article.content.body
        self._loaded = min(len(body), CHUNK_BLOCKS)
        self.document().setDefaultStyleSheet(self._css)  # for the parts appended later, too
        self.setHtml(
            render_article(
                article,
                from_iso_date(published) if published else None,
                tags=tags,
                css=self._css,
                justify=self.style_.justify,
                words=self._words() | {"notice": self.notice_for(article) if self.notice_for and not body else ""},
                blocks=(0, self._loaded),
            )
        )
        self._block_offsets = block_starts(body)
        self.block_starts = [-1] * len(body)
        self._next_doc_block = self.document().firstBlock()
        self._map_range(0, self._loaded)
        self._highlights = []
        self._runs = []
        self.document().setUndoRedoEnabled(False)
        self.verticalScrollBar().setValue(0)
        if highlights:
            self.paint_highlights(highlights, self._colors, progressive=True)
        if self._loaded < len(body):
            self._chunk_timer.start(0)  # a very long article: the rest comes a part at a time

    def _load_next_chunk(self) -> None:
        """Append the next part of a very long article; when the last is in, paint all its highlights."""
        if self.article is None:
            return
        body = self.article.content.body
        start, end = self._loaded, min(len(body), self._loaded + CHUNK_BLOCKS)
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertBlock()
        cursor.insertHtml(render_article(self.article, css=self._css, justify=self.style_.justify, blocks=(start, end)))
        self._map_range(start, end)
        self._loaded = end
        if end < len(body):
            self._chunk_timer.start(0)
        elif self._all_highlights:
            self._flush_pending()
            self._runs = []
            self.paint_highlights(self._all_highlights, self._colors)

    def _map_range(self, first: int, last: int) -> None:
        """Match body blocks first..last, in order, to the document's text blocks."""
        doc_block = self._next_doc_block
        if not doc_block.isValid() and first > 0 and self.block_starts[first - 1] >= 0:
            doc_block = self.document().findBlock(self.block_starts[first - 1]).next()  # text appended since
        for index in range(first, last):
            text = code_lines(self.article.content.body[index].text) if self.article else ""
            probe = doc_block
            while probe.isValid() and probe.text() != text:
                probe = probe.next()
            if probe.isValid():
                self.block_starts[index] = probe.position()
                doc_block = probe.next()
        self._next_doc_block = doc_block

    @property
    def loading(self) -> bool:
        """A very long article is still being laid into the view."""
        return self.article is not None and self._loaded < len(self.article.content.body)

    # -- text offsets <-> document positions -----------------------------------------------------

    def doc_position(self, offset: int) -> int:
        """The document position of an offset into the article's text (-1 when not shown)."""
        if not self._block_offsets:
            return -1
        index = bisect_right(self._block_offsets, offset) - 1
        if index < 0 or self.block_starts[index] < 0:
            return -1
        inside = min(
            offset - self._block_offsets[index], len(self.article.content.body[index].text) if self.article else 0
        )
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
        return whole_words(self.article.content.text, first, last + 1)

    # -- highlights ----------------------------------------------------------------------------

    def paint_highlights(
        self, highlights: list[Highlight], colors: dict[str, str], *, progressive: bool = False
    ) -> None:
        """Colour the highlighted words; only the text whose colouring changed is touched.

        With `progressive` on a freshly shown article, the highlights on screen are painted now and
        the rest from the event loop in small batches, so a long, heavily marked article shows at once."""
        self._flush_pending()
        self._all_highlights = list(highlights)
        self._highlights = [h for h in highlights if h.status != HighlightStatus.ORPHANED]
        self._colors = colors
        page = self.palette().color(QPalette.ColorRole.Base).name()
        if progressive and not self._runs and len(self._highlights) > PAINT_BATCH:
            bottom = self._visible_end_offset()
            visible = [h for h in self._highlights if h.start < bottom]
            now = [
                Run(r.start, min(r.end, bottom), r.color, r.moved)
                for r in runs(visible, colors, page, self.theme.alpha)
            ]
            self._apply_runs((0, bottom), now, clear=False)
            self._deferred = (page, bottom)
            self._paint_timer.start(0)
            return
        new = runs(self._highlights, colors, page, self.theme.alpha)
        span = changed_span(self._runs, new)
        fresh = not self._runs
        self._runs = new
        if span is not None:
            todo = [run for run in new if run.end > span[0] and run.start < span[1]]
            self._apply_runs(span, todo, clear=not fresh)

    def _visible_end_offset(self) -> int:
        """The text offset a little below the bottom of the view."""
        bottom = self.cursorForPosition(self.viewport().rect().bottomRight()).position()
        index = min(len(self._block_offsets) - 1, bisect_right(self.block_starts, bottom) + 2)
        return self._block_offsets[index] if index >= 0 else 0

    def _paint_next_batch(self) -> None:
        if self._deferred is not None:  # first turn: the runs of the whole article
            page, bottom = self._deferred
            self._deferred = None
            self._runs = runs(self._highlights, self._colors, page, self.theme.alpha)
            self._pending = [Run(max(r.start, bottom), r.end, r.color, r.moved) for r in self._runs if r.end > bottom]
        batch, self._pending = self._pending[:PAINT_BATCH], self._pending[PAINT_BATCH:]
        if batch:
            self._apply_runs((batch[0].start, batch[-1].end), batch, clear=False)
        if self._pending:
            self._paint_timer.start(0)

    def _flush_pending(self) -> None:
        self._paint_timer.stop()
        while self._deferred is not None or self._pending:
            self._paint_next_batch()
        self._paint_timer.stop()

    @property
    def painting(self) -> bool:
        """Highlights of the article are still being painted (or its text laid in) from the event loop."""
        return self._deferred is not None or bool(self._pending) or self.loading

    def _apply_runs(self, span: tuple[int, int], todo: list[Run], *, clear: bool) -> None:
        low, high = span
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        if clear:
            plain = QTextCharFormat()
            plain.setBackground(QColor(0, 0, 0, 0))
            plain.setFontUnderline(False)
            self._format_range(cursor, low, high, plain)
        for run in todo:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(run.color))
            if run.moved:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            self._format_range(cursor, max(run.start, low), min(run.end, high), fmt)
        cursor.endEditBlock()

    def _format_range(self, cursor: QTextCursor, start: int, end: int, fmt: QTextCharFormat) -> None:
        """Merge a format into text offsets [start, end), block by block (blank lines are not shown)."""
        first = max(0, bisect_right(self._block_offsets, start) - 1)
        for index in range(first, len(self._block_offsets)):
            block_start = self._block_offsets[index]
            if block_start >= end:
                break
            if self.block_starts[index] < 0 or self.article is None:
                continue
            length = len(self.article.content.body[index].text)
            a, b = max(start, block_start), min(end, block_start + length)
            if b <= a:
                continue
            cursor.setPosition(self.block_starts[index] + a - block_start)
            cursor.setPosition(self.block_starts[index] + b - block_start, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)

    def _show_flash(self) -> None:
        selections = []
        h = next((h for h in self._highlights if h.id == self._flash_id), None)
        start, end = (self.doc_position(h.start), self.doc_position(h.end)) if h else (-1, -1)
        if h is not None and 0 <= start < end:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            color = QColor(self._colors.get(h.color, "#f7d154"))
            selection.format.setBackground(color)
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
        self._show_flash()
        self._flash_timer.start(700)

    def _end_flash(self) -> None:
        self._flash_id = None
        self._show_flash()

    def place(self) -> tuple[int, int]:
        """Where the reader is: (the text offset of the words at the top, the scroll value)."""
        return self.text_offset(self.cursorForPosition(QPoint(0, 0)).position()), self.verticalScrollBar().value()

    def go_to_place(self, place: tuple[int, int]) -> None:
        """The same words at the top again, whatever was added or dropped above them (a tag line, a
        paragraph put back); above the body, the same scroll value."""
        offset, scroll = place
        position = self.doc_position(offset) if offset > 0 else -1
        bar = self.verticalScrollBar()
        if position < 0:
            bar.setValue(scroll)
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        bar.setValue(bar.value() + self.cursorRect(cursor).top())

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
        self.context_position = -1  # the menu's commands have run: later ones act at the cursor again

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

    def room_for(self, style: ReadingStyle) -> int:
        """How many ems of column the view has room for in a style (its column is measured as
        _apply_measure measures it)."""
        per_em = max(1, QFontMetrics(style.font()).averageCharWidth() * 2)
        return max(0, int((self.viewport().width() - 2 * SIDE_MARGIN) / per_em))

    def _apply_measure(self) -> None:
        """Centre a column of readable width by giving the document's root frame side margins."""
        column = self.fontMetrics().averageCharWidth() * self.style_.measure * 2
        side = max(SIDE_MARGIN, (self.viewport().width() - column) / 2)
        root = self.document().rootFrame()
        fmt = root.frameFormat()
        if abs(fmt.leftMargin() - side) > 0.5:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            fmt.setTopMargin(SIDE_MARGIN)
            fmt.setBottomMargin(SIDE_MARGIN * 2)
            root.setFrameFormat(fmt)
