"""Reading settings, applied live as they change."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from reader.ui.quiet import quiet
from reader.ui.reading import ReadingStyle


class ReadingDialog(QDialog):
    changed = Signal(object)  # ReadingStyle

    def __init__(
        self, style: ReadingStyle, parent: QWidget | None = None, *, room: Callable[[ReadingStyle], int] | None = None
    ) -> None:
        """`room(style)`: how many ems of column the article pane has room for in that style."""
        super().__init__(parent)
        self._room = room
        self.setObjectName("readingDialog")
        self.setWindowTitle(self.tr("Reading Settings"))
        self._style = style
        self.family = QComboBox()
        self.family.setAccessibleName(self.tr("Font"))
        self.family.addItem(self.tr("Serif"), "serif")
        self.family.addItem(self.tr("Sans serif"), "sans")
        for name in QFontDatabase.families():
            self.family.addItem(name, name)
        self.family.setCurrentIndex(max(0, self.family.findData(style.family)))
        self.size = QDoubleSpinBox()
        self.size.setRange(8, 32)
        self.size.setSingleStep(0.5)
        self.size.setSuffix(" pt")
        self.size.setValue(style.size)
        self.line_height = QSpinBox()
        self.line_height.setRange(100, 250)
        self.line_height.setSingleStep(5)
        self.line_height.setSuffix(" %")
        self.line_height.setValue(style.line_height)
        self.measure = QSpinBox()
        self.measure.setRange(20, 80)
        self.measure.setSuffix(self.tr(" em"))
        self.measure.setValue(style.measure)
        self.spacing = QDoubleSpinBox()
        self.spacing.setRange(0, 3)
        self.spacing.setSingleStep(0.1)
        self.spacing.setSuffix(self.tr(" em"))
        self.spacing.setValue(style.paragraph_spacing)
        self.justify = QCheckBox(self.tr("Justify paragraphs"))
        self.justify.setChecked(style.justify)
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        for key, text in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("sepia", self.tr("Sepia")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(text, key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(style.theme)))
        form = QFormLayout(self)
        form.addRow(self.tr("&Font:"), self.family)
        form.addRow(self.tr("&Size:"), self.size)
        form.addRow(self.tr("&Line height:"), self.line_height)
        form.addRow(self.tr("&Column width:"), self.measure)
        self.measure_note = QLabel()
        self.measure_note.setObjectName("measureNote")
        self.measure_note.setWordWrap(True)
        self.measure_note.setMinimumWidth(self.fontMetrics().averageCharWidth() * 36)
        quiet(self.measure_note)
        form.addRow("", self.measure_note)
        form.addRow(self.tr("&Paragraph spacing:"), self.spacing)
        form.addRow("", self.justify)
        form.addRow(self.tr("&Theme:"), self.theme)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        form.addRow(buttons)
        for widget in (self.family, self.theme):
            widget.currentIndexChanged.connect(self._emit)
        for widget in (self.size, self.line_height, self.measure, self.spacing):
            widget.valueChanged.connect(self._emit)
        self.justify.toggled.connect(self._emit)

    def style(self) -> ReadingStyle:  # noqa: D401 - the dialog's current choice
        return replace(
            self._style,
            family=str(self.family.currentData()),
            size=self.size.value(),
            line_height=self.line_height.value(),
            measure=self.measure.value(),
            paragraph_spacing=round(self.spacing.value(), 2),
            justify=self.justify.isChecked(),
            theme=str(self.theme.currentData()),
        )

    def _emit(self, *_args: object) -> None:
        self._style = self.style()
        self.changed.emit(self._style)
        self.update_measure_note()

    def update_measure_note(self) -> None:
        """Say so when the column asked for is wider than the pane can show (the text then fills
        the pane), instead of a change that seems to do nothing."""
        room = self._room(self._style) if self._room is not None else None
        wide = room is not None and self._style.measure > room
        self.measure_note.setText(
            self.tr("The article pane has room for %1 em: widen the window or the pane for a wider column.").replace(
                "%1", str(room)
            )
            if wide
            else ""
        )
        if self.measure_note.isVisibleTo(self) != wide:
            self.measure_note.setVisible(wide)
            self.adjustSize()  # room for the hint, or none left over

    def showEvent(self, event) -> None:  # noqa: N802
        self.update_measure_note()
        super().showEvent(event)
