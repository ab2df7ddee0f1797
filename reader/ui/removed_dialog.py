"""Fix extraction: the lines the cleaner left out, with why, and a way to put one back."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from reader.core.models import Article


class RemovedLinesDialog(QDialog):
    """Lists an article's removed lines; emits `restore_requested(index)` for the chosen one."""

    restore_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("removedLinesDialog")
        self.setWindowTitle(self.tr("Fix Extraction"))
        self.resize(640, 480)
        self.intro = QLabel(self.tr("Lines the cleaner left out of this article, and why. "
                                    "Choose one and press Put Back to return it to the text."))
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("removedLines")
        self.list.setAccessibleName(self.tr("Removed lines"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.put_back = QPushButton(self.tr("&Put Back"))
        self.put_back.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.put_back, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(lambda row: self.put_back.setEnabled(row >= 0))
        self.list.itemDoubleClicked.connect(lambda _item: self._on_put_back())
        self.put_back.clicked.connect(self._on_put_back)

    def show_article(self, article: Article) -> None:
        row = self.list.currentRow()
        self.list.clear()
        for removed in article.content.removed:
            item = QListWidgetItem(f"{removed.reason}  —  {removed.text}")
            item.setToolTip(removed.text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{removed.reason}: {removed.text}")
            self.list.addItem(item)
        if not article.content.removed:
            self.intro.setText(self.tr("Nothing was left out of this article."))
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.setWindowTitle(self.tr("Fix Extraction — %1").replace("%1", article.title[:60]))

    def _on_put_back(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.restore_requested.emit(row)
