"""The side panel for an article's highlights and notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class AnnotationPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationPanel")
        self.setAccessibleName(self.tr("Highlights and notes"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        heading = QLabel(self.tr("Highlights & notes"))
        font = heading.font()
        font.setWeight(font.Weight.DemiBold)
        heading.setFont(font)
        self.empty_label = QLabel(self.tr("No highlights yet"))
        self.empty_label.setObjectName("emptyHighlights")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)
        layout.addWidget(heading)
        layout.addStretch(1)
        layout.addWidget(self.empty_label)
        layout.addStretch(2)
