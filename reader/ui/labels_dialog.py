"""Rename the meanings of the highlight colours."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from reader.core.models import Label
from reader.ui.label_names import color_name, display_name


class LabelsDialog(QDialog):
    def __init__(self, labels: list[Label], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rename Labels"))
        self.edits: dict[str, QLineEdit] = {}
        self._shown: dict[str, str] = {}  # colour -> the name the edit started with
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("What each highlight colour means to you:")))
        for label in labels:
            swatch = QLabel()
            pixmap = QPixmap(28, 16)
            pixmap.fill(QColor(label.hex))
            swatch.setPixmap(pixmap)
            swatch.setAccessibleName(color_name(label.color))
            self._shown[label.color] = display_name(label)
            edit = QLineEdit(self._shown[label.color])
            edit.setMaxLength(60)
            edit.setAccessibleName(self.tr("Meaning of %1").replace("%1", color_name(label.color)))
            self.edits[label.color] = edit
            form.addRow(swatch, edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def names(self) -> dict[str, str]:
        """The names the user changed (a default shown translated and left alone stays the default)."""
        return {
            color: edit.text().strip()
            for color, edit in self.edits.items()
            if edit.text().strip() and edit.text().strip() != self._shown[color]
        }
