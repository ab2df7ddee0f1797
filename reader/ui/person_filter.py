"""In a team library, above the highlight list: show everyone's highlights, or one person's. Hidden
while fewer than two people have highlighted the open article (always so in a personal library)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget


class PersonFilter(QComboBox):
    chosen = Signal(str)  # a person's name; "" for everyone

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personFilter")
        self.setAccessibleName(self.tr("Show highlights made by"))
        self.setToolTip(self.tr("Show everyone's highlights, or one person's"))
        self.setVisible(False)
        self.currentIndexChanged.connect(lambda _i: self.chosen.emit(str(self.currentData() or "")))

    def fill(self, creators: dict[int, str]) -> str:
        """The people who highlighted the open article; the one still chosen ("" for everyone)."""
        people = sorted({name for name in creators.values() if name}, key=str.casefold)
        chosen = str(self.currentData() or "")
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("Everyone"), "")
        for name in people:
            self.addItem(name, name)
        self.setCurrentIndex(max(0, self.findData(chosen)))
        self.blockSignals(False)
        self.setVisible(len(people) >= 2)
        return str(self.currentData() or "")
