"""The article in the centre: a read-only QTextBrowser that never loads anything the article names."""

from __future__ import annotations

import logging

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QFont, QResizeEvent
from PySide6.QtWidgets import QTextBrowser, QWidget

from reader.core.models import Article
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
            menu.addActions(self.context_actions)
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
