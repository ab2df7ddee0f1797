"""Fix extraction: the lines the cleaner left out, with why, and a way to put one back."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.models import Article

# Why the cleaner left a line out: the reasons it stores (reader.core.cleaning.patterns, and
# reader.core.extraction.DROPPED_BY_USER), translated when shown; an unknown reason shows as stored.
REASONS = (
    QT_TRANSLATE_NOOP("RemovedLinesDialog", "related link"),
    QT_TRANSLATE_NOOP("RemovedLinesDialog", "share/follow"),
    QT_TRANSLATE_NOOP("RemovedLinesDialog", "navigation"),
    QT_TRANSLATE_NOOP("RemovedLinesDialog", "footer"),
    QT_TRANSLATE_NOOP("RemovedLinesDialog", "advertisement"),
    QT_TRANSLATE_NOOP("RemovedLinesDialog", "comment widget"),
    QT_TRANSLATE_NOOP("RemovedLinesDialog", "duplicate title"),
    QT_TRANSLATE_NOOP("RemovedLinesDialog", "title"),
    QT_TRANSLATE_NOOP("RemovedLinesDialog", "subtitle"),
    QT_TRANSLATE_NOOP("RemovedLinesDialog", "byline"),
    QT_TRANSLATE_NOOP("RemovedLinesDialog", "date"),
    QT_TRANSLATE_NOOP("RemovedLinesDialog", "section"),
    QT_TRANSLATE_NOOP("RemovedLinesDialog", "photo caption"),
    QT_TRANSLATE_NOOP("RemovedLinesDialog", "photo credit"),
    QT_TRANSLATE_NOOP("RemovedLinesDialog", "newsletter/subscription"),
    QT_TRANSLATE_NOOP("RemovedLinesDialog", "cookie notice"),
    QT_TRANSLATE_NOOP("RemovedLinesDialog", "tags"),
    QT_TRANSLATE_NOOP("RemovedLinesDialog", "author bio"),
    QT_TRANSLATE_NOOP("RemovedLinesDialog", "ticker"),
    QT_TRANSLATE_NOOP("RemovedLinesDialog", "boilerplate"),
    QT_TRANSLATE_NOOP("RemovedLinesDialog", "outside the article"),
    QT_TRANSLATE_NOOP("RemovedLinesDialog", "headline list"),
    QT_TRANSLATE_NOOP("RemovedLinesDialog", "dropped by you"),
    QT_TRANSLATE_NOOP("RemovedLinesDialog", "running header"),
    QT_TRANSLATE_NOOP("RemovedLinesDialog", "page number"),
)


SEPARATOR = "  —  "  # between the reason and the line in an item's text (what tests and screen readers get)
REASON_WIDTH = 150


class RemovedLineDelegate(QStyledItemDelegate):
    """A removed line as two columns: why (in bold), and the line itself, wrapped."""

    def _split(self, index) -> tuple[str, str]:
        reason, _, text = str(index.data(Qt.ItemDataRole.DisplayRole) or "").partition(SEPARATOR)
        return reason, text

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        reason, text = self._split(index)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        rect = opt.rect.adjusted(6, 3, -6, -3)
        bold = QFont(opt.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.drawText(
            QRect(rect.left(), rect.top(), REASON_WIDTH - 8, rect.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
            reason,
        )
        painter.setFont(opt.font)
        painter.drawText(
            QRect(rect.left() + REASON_WIDTH, rect.top(), rect.width() - REASON_WIDTH, rect.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
            text,
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        reason, text = self._split(index)
        width = max(200, (option.widget.viewport().width() if option.widget is not None else 600) - 12)
        metrics = QFontMetrics(option.font)
        flags = int(Qt.TextFlag.TextWordWrap)
        height = max(
            metrics.boundingRect(QRect(0, 0, width - REASON_WIDTH, 10_000), flags, text).height(),
            metrics.boundingRect(QRect(0, 0, REASON_WIDTH - 8, 10_000), flags, reason).height(),
        )
        return QSize(width, height + 8)


class RemovedLinesDialog(QDialog):
    """Lists an article's removed lines; emits `restore_requested(index)` for the chosen one."""

    restore_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("removedLinesDialog")
        self.setWindowTitle(self.tr("Fix Extraction"))
        self.resize(640, 480)
        self.intro = QLabel(
            self.tr(
                "Lines the cleaner left out of this article, and why. "
                "Choose one and press Put Back to return it to the text."
            )
        )
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("removedLines")
        self.list.setAccessibleName(self.tr("Removed lines"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setItemDelegate(RemovedLineDelegate(self.list))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)  # rows re-wrap when the dialog is resized
        self.put_back = QPushButton(self.tr("&Put Back"))
        self.put_back.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.put_back, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        # Put Back acts on the chosen line: it is on only while a line is chosen (selected, not merely
        # the list's current row, which looks unchosen)
        self.list.itemSelectionChanged.connect(lambda: self.put_back.setEnabled(bool(self.list.selectedItems())))
        self.list.itemDoubleClicked.connect(lambda _item: self._on_put_back())
        self.put_back.clicked.connect(self._on_put_back)

    def show_article(self, article: Article) -> None:
        row = self.list.currentRow()
        self.list.clear()
        for removed in article.content.removed:
            reason = self.tr(removed.reason) if removed.reason in REASONS else removed.reason
            item = QListWidgetItem(f"{reason}{SEPARATOR}{removed.text}")
            item.setToolTip(removed.text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{reason}: {removed.text}")
            self.list.addItem(item)
        if not article.content.removed:
            self.intro.setText(self.tr("Nothing was left out of this article."))
        if row >= 0 and self.list.count():  # the same place after putting a line back
            self.list.setCurrentRow(min(row, self.list.count() - 1))
        else:
            self.list.clearSelection()
            self.put_back.setEnabled(False)
        self.setWindowTitle(self.tr("Fix Extraction — %1").replace("%1", article.title[:60]))

    def _on_put_back(self) -> None:
        selected = self.list.selectedItems()
        if selected:
            self.restore_requested.emit(self.list.row(selected[0]))
