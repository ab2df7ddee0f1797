"""Every command of the window is a QAction created here, once, with its text, shortcut and tip.

Menus, toolbars and context menus reuse these objects; the window connects their signals.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QKeySequence, QPixmap

from reader.core.models import Label


class Actions(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.import_files = self._make(self.tr("&Import…"), QKeySequence.StandardKey.Open,
                                       self.tr("Import text, HTML or Markdown files into the library"))
        self.import_folder = self._make(self.tr("Import &Folder…"), "Ctrl+Shift+O",
                                        self.tr("Import every text, HTML and Markdown file in a folder"))
        self.import_url = self._make(self.tr("Import from the &Web…"), "Ctrl+L", self.tr("Fetch and import a page by its address"))
        self.paste = self._make(self.tr("&Paste as Article"), QKeySequence.StandardKey.Paste,
                                self.tr("Import the text, HTML or address on the clipboard"))
        self.find = self._make(self.tr("&Search Library"), "/", self.tr("Search articles, highlights and notes"))
        self.save_search = self._make(self.tr("Sa&ve Search…"), None, self.tr("Keep this search in the library pane"))
        self.add_tag = self._make(self.tr("Add &Tag…"), "Ctrl+T", self.tr("Tag the selected articles"))
        self.mark_unread = self._make(self.tr("Mark as &Unread"), "Ctrl+Shift+U", self.tr("Mark the articles unread"))
        self.mark_reading = self._make(self.tr("Mark as &Reading"), None, self.tr("Mark the articles as being read"))
        self.mark_archived = self._make(self.tr("&Archive"), "Ctrl+Shift+A", self.tr("Archive the selected articles"))
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
        self.highlight = self._make(self.tr("&Highlight"), "H", self.tr("Highlight the selected words with the chosen label"))
        self.note = self._make(self.tr("Add &Note"), "N",
                               self.tr("Write a note on the selected words or the chosen highlight"))
        self.rename_labels = self._make(self.tr("Rename &Labels…"), None,
                                        self.tr("Give the highlight colours your own meanings"))
        self.label_group = QActionGroup(parent)
        self.label_group.setExclusive(True)
        self.label_actions: list[QAction] = []
        self.about = self._make(self.tr("&About Reader"), None, self.tr("Version and licence"))

    def _make(self, text: str, shortcut: QKeySequence.StandardKey | str | None, tip: str) -> QAction:
        action = QAction(text, self.parent())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        return action

    def set_labels(self, labels: list[Label], current: str) -> list[QAction]:
        """One checkable action per label, named by its meaning, with a colour swatch; Alt+1..9."""
        for action in self.label_actions:
            self.label_group.removeAction(action)
            action.deleteLater()
        self.label_actions = []
        for number, label in enumerate(labels, start=1):
            pixmap = QPixmap(14, 14)
            pixmap.fill(QColor(label.hex))
            action = QAction(QIcon(pixmap), label.name, self.parent())
            action.setCheckable(True)
            action.setChecked(label.color == current)
            action.setData(label.color)
            action.setShortcut(QKeySequence(f"Alt+{number}") if number <= 9 else QKeySequence())
            action.setStatusTip(self.tr("Highlight with “%1”").replace("%1", label.name))
            action.setToolTip(self.tr("%1 (Alt+%2)").replace("%1", label.name).replace("%2", str(number)))
            self.label_group.addAction(action)
            self.label_actions.append(action)
        return self.label_actions

    def all(self) -> list[QAction]:
        return [value for value in vars(self).values() if isinstance(value, QAction)]
