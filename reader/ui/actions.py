"""Every command of the window is a QAction created here, once, with its text, shortcut and tip.

Menus, toolbars and context menus reuse these objects; the window connects their signals.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


class Actions(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.import_files = self._make(self.tr("&Import…"), QKeySequence.StandardKey.Open,
                                       self.tr("Import text, HTML or Markdown files into the library"))
        self.delete_articles = self._make(self.tr("&Delete Article"), QKeySequence.StandardKey.Delete,
                                          self.tr("Delete the selected articles and their notes"))
        self.quit = self._make(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.tr("Quit Reader"))
        self.next_article = self._make(self.tr("&Next Article"), "Alt+Down", self.tr("Open the next article"))
        self.previous_article = self._make(self.tr("&Previous Article"), "Alt+Up",
                                           self.tr("Open the previous article"))
        self.fix_extraction = self._make(self.tr("&Fix Extraction…"), "Ctrl+Shift+E",
                                         self.tr("See the lines the cleaner left out and put any of them back"))
        self.drop_paragraph = self._make(self.tr("D&rop This Paragraph"), None,
                                         self.tr("Take the paragraph under the cursor out of the article"))
        self.about = self._make(self.tr("&About Reader"), None, self.tr("Version and licence"))

    def _make(self, text: str, shortcut: QKeySequence.StandardKey | str | None, tip: str) -> QAction:
        action = QAction(text, self.parent())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        return action

    def all(self) -> list[QAction]:
        return [value for value in vars(self).values() if isinstance(value, QAction)]
