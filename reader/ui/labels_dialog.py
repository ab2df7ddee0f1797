"""Rename the meanings of the highlight colours."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from reader.core.models import Label


class LabelsDialog(QDialog):
    def __init__(self, labels: list[Label], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rename Labels"))
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("What each highlight colour means to you:")))
        for label in labels:
            swatch = QLabel()
            pixmap = QPixmap(28, 16)
            pixmap.fill(QColor(label.hex))
            swatch.setPixmap(pixmap)
            swatch.setAccessibleName(label.color)
            edit = QLineEdit(label.name)
            edit.setMaxLength(60)
            edit.setAccessibleName(self.tr("Meaning of %1").replace("%1", label.color))
            self.edits[label.color] = edit
            form.addRow(swatch, edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def names(self) -> dict[str, str]:
        return {color: edit.text().strip() for color, edit in self.edits.items() if edit.text().strip()}
