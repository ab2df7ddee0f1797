"""Every command and its shortcut, in one window (F1 or Ctrl+/)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class ShortcutsDialog(QDialog):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.resize(560, 620)
        rows = sorted(((command_name(a), a) for a in actions if a.text()), key=lambda row: row[0].lower())
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Commands and their shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Shortcut")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)  # two keys stay on their row, side by side
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, (text, action) in enumerate(rows):
            keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
            self.table.setItem(row, 0, QTableWidgetItem(text))
            self.table.setItem(row, 1, QTableWidgetItem(keys or "—"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def commands(self) -> dict[str, str]:
        return {self.table.item(r, 0).text(): self.table.item(r, 1).text() for r in range(self.table.rowCount())}


def command_name(action: QAction) -> str:
    """What a command is called in the list: its fixed name where its text changes (Undo, Redo) or
    says too little alone (a theme, a label), else its menu text without the accelerator."""
    name = action.property("command_name")
    return str(name) if name else action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def show_shortcuts(window) -> None:  # window: MainWindow
    """F1: every command and its keys, in a window of its own (deleted when closed)."""
    from PySide6.QtCore import Qt

    dialog = ShortcutsDialog(window.all_actions(), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()


def about(window) -> None:  # window: MainWindow
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from reader import APP_NAME, __version__

    translate = QCoreApplication.translate  # the window's strings, translated where the window had them
    QMessageBox.about(
        window,
        translate("MainWindow", "About Reader"),
        f"<h3>{APP_NAME} {__version__}</h3>"
        + translate(
            "MainWindow",
            "<p>Read saved articles clean, highlight what matters, and keep your "
            "notes.</p><p>Free software under the GNU GPL, version 3 or later.</p>",
        ),
    )
