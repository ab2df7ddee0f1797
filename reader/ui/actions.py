"""Every command of the window is a QAction created here, once, with its text, shortcut and tip.

Menus, toolbars and context menus reuse these objects; the window connects their signals.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QKeySequence, QPixmap

from reader.core.models import Label
from reader.ui.label_names import display_name


class Actions(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.import_files = self._make(
            self.tr("&Import…"),
            QKeySequence.StandardKey.Open,
            self.tr("Import text, HTML, Markdown, PDF or EPUB files into the library"),
        )
        self.import_folder = self._make(
            self.tr("Import &Folder…"),
            "Ctrl+Shift+O",
            self.tr("Import every text, HTML, Markdown, PDF and EPUB file in a folder"),
        )
        self.import_url = self._make(
            self.tr("Import from the &Web…"), "Ctrl+L", self.tr("Fetch and import a page by its address")
        )
        self.paste = self._make(
            self.tr("&Paste as Article"),
            QKeySequence.StandardKey.Paste,
            self.tr("Import the text, HTML or address on the clipboard"),
        )
        self.find = self._make(self.tr("&Search Library"), "/", self.tr("Search articles, highlights and notes"))
        self.find.setShortcuts([QKeySequence("/"), QKeySequence("Ctrl+K")])
        self.save_search = self._make(
            self.tr("Sa&ve Search…"), "Ctrl+Shift+S", self.tr("Keep this search in the library pane")
        )
        self.add_tag = self._make(self.tr("Add &Tag…"), "Ctrl+T", self.tr("Tag the selected articles"))
        self.mark_unread = self._make(self.tr("Mark as &Unread"), "Ctrl+Shift+U", self.tr("Mark the articles unread"))
        self.mark_reading = self._make(
            self.tr("Mark as &Reading"), "Ctrl+Shift+R", self.tr("Mark the articles as being read")
        )
        self.mark_read = self._make(self.tr("Mark as Rea&d"), "Ctrl+Shift+M", self.tr("Mark the articles read"))
        self.mark_archived = self._make(self.tr("&Archive"), "Ctrl+Shift+A", self.tr("Archive the selected articles"))
        self.backup_now = self._make(
            self.tr("&Back Up Now"),
            "Ctrl+Shift+B",
            self.tr("Copy the library to a checked backup (the last 7 are kept)"),
        )
        self.restore_backup = self._make(
            self.tr("Restore from a Bac&kup…"), "Ctrl+Shift+K", self.tr("Replace the library with one of its backups")
        )
        self.export = self._make(
            self.tr("&Export…"),
            "Ctrl+E",
            self.tr("Notes, highlights or articles as Markdown, JSON-LD, CSV, HTML or EPUB"),
        )
        self.import_annotations = self._make(
            self.tr("Import &Annotations…"),
            "Ctrl+Shift+I",
            self.tr("Import highlights and notes from W3C Web Annotation JSON"),
        )
        self.import_from_app = self._make(
            self.tr("Import fro&m Another App…"),
            "Ctrl+Shift+P",
            self.tr("Articles, tags and highlights from Pocket, Instapaper, Omnivore, Wallabag, Readwise, Hypothesis"),
        )
        self.connect_team = self._make(
            self.tr("Connect to a T&eam Library…"),
            "Ctrl+Alt+T",
            self.tr("Share a library with your desk, group or class through a PostgreSQL database"),
        )
        self.fetch_waiting = self._make(
            self.tr("&Fetch Waiting Pages"), "Ctrl+Alt+F", self.tr("Fetch the pages of articles saved as a link only")
        )
        self.fetch_failures = self._make(
            self.tr("Pag&es Not Fetched…"), "Ctrl+Alt+N", self.tr("The links whose page could not be fetched, and why")
        )
        self.connect_browser = self._make(
            self.tr("Connect a Bro&wser…"),
            "Ctrl+Alt+B",
            self.tr("Pair Chromium or Firefox with the Reader extension, to save pages as you see them"),
        )
        self.copy_to_library = self._make(
            self.tr("Other Library &File…"),
            "Ctrl+Alt+L",
            self.tr("The chosen articles, with their highlights, notes and tags, into another library file"),
        )
        self.copy_to_library.setProperty("command_name", self.tr("Copy to Another Library File"))
        self.cite = self._make(
            self.tr("&Cite…"), "Ctrl+Shift+T", self.tr("The article's reference in a citation style")
        )
        self.copy_quote = self._make(
            self.tr("Copy &Quote with Citation"),
            "Ctrl+Shift+C",
            self.tr("The highlight's words in quotation marks, with a short citation"),
        )
        self.repair_search = self._make(
            self.tr("Repair Search &Index"),
            "Ctrl+Alt+R",
            self.tr("Rebuild the search index from the stored articles, highlights and notes"),
        )
        self.delete_articles = self._make(
            self.tr("&Delete Article"),
            QKeySequence.StandardKey.Delete,
            self.tr("Delete the selected articles and their notes"),
        )
        self.quit = self._make(self.tr("&Quit"), "Ctrl+Q", self.tr("Quit Reader"))
        self.next_article = self._make(self.tr("&Next Article"), "Alt+Down", self.tr("Open the next article"))
        self.next_article.setShortcuts([QKeySequence("J"), QKeySequence("Alt+Down")])
        self.previous_article = self._make(self.tr("&Previous Article"), "Alt+Up", self.tr("Open the previous article"))
        self.previous_article.setShortcuts([QKeySequence("K"), QKeySequence("Alt+Up")])
        self.fix_extraction = self._make(
            self.tr("&Fix Extraction…"),
            "Ctrl+Shift+E",
            self.tr("See the lines the cleaner left out and put any of them back"),
        )
        self.edit_authors = self._make(
            self.tr("Edit &Authors…"),
            "Ctrl+Alt+A",
            self.tr("Correct the article's authors: names, roles, person or organisation"),
        )
        self.drop_paragraph = self._make(
            self.tr("D&rop This Paragraph"),
            "Ctrl+Shift+D",
            self.tr("Take the paragraph under the cursor out of the article"),
        )
        self.highlight = self._make(
            self.tr("&Highlight"), "H", self.tr("Highlight the selected words with the chosen label")
        )
        self.note = self._make(
            self.tr("Add &Note"), "N", self.tr("Write a note on the selected words or the chosen highlight")
        )
        self.rename_labels = self._make(
            self.tr("Rename &Labels…"), "Ctrl+Shift+L", self.tr("Give the highlight colours your own meanings")
        )
        self.label_group = QActionGroup(parent)
        self.label_group.setExclusive(True)
        self.label_actions: list[QAction] = []
        self.about = self._make(self.tr("&About Reader"), "Ctrl+Shift+F1", self.tr("Version and licence"))
        self.reading_settings = self._make(
            self.tr("Reading &Settings…"), "Ctrl+,", self.tr("Font, size, line height, column width, spacing, theme")
        )
        self.zoom_in = self._make(self.tr("Zoom &In"), QKeySequence.StandardKey.ZoomIn, self.tr("Larger text"))
        self.zoom_in.setShortcuts([QKeySequence("Ctrl+="), QKeySequence(QKeySequence.StandardKey.ZoomIn)])
        self.zoom_out = self._make(self.tr("Zoom &Out"), QKeySequence.StandardKey.ZoomOut, self.tr("Smaller text"))
        self.zoom_reset = self._make(self.tr("&Actual Size"), "Ctrl+0", self.tr("The text at its set size"))
        self.distraction_free = self._make(
            self.tr("&Distraction-Free Reading"), "F11", self.tr("Hide everything but the article")
        )
        self.distraction_free.setShortcuts([QKeySequence("F11"), QKeySequence("Ctrl+Shift+F")])
        self.shortcuts_help = self._make(self.tr("&Keyboard Shortcuts"), "F1", self.tr("Every command and its keys"))
        self.shortcuts_help.setShortcuts([QKeySequence("F1"), QKeySequence("Ctrl+/")])
        self.find_in_article = self._make(
            self.tr("&Find in Article…"),
            QKeySequence.StandardKey.Find,
            self.tr("Find words in the open article (in the library: search it)"),
        )
        self.page_down = self._make(self.tr("Page &Down"), "Space", self.tr("Scroll the article down a page"))
        self.page_up = self._make(self.tr("Page &Up"), "Shift+Space", self.tr("Scroll the article up a page"))
        self.focus_library = self._make(
            self.tr("Go to &Library"), "Ctrl+1", self.tr("Move the focus to the library list")
        )
        self.focus_article = self._make(self.tr("Go to &Article"), "Ctrl+2", self.tr("Move the focus to the article"))
        self.focus_panel = self._make(
            self.tr("Go to &Notes"), "Ctrl+3", self.tr("Move the focus to highlights and notes")
        )
        self.theme_group = QActionGroup(parent)
        self.theme_actions: dict[str, QAction] = {}
        for number, (key, text) in enumerate(
            (
                ("system", self.tr("Follow the &System")),
                ("light", self.tr("&Light")),
                ("sepia", self.tr("&Sepia")),
                ("dark", self.tr("&Dark")),
            ),
            start=1,
        ):
            action = self._make(text, f"Ctrl+Shift+{number}", self.tr("Reading theme"))
            action.setProperty("command_name", self.tr("Theme: %1").replace("%1", text.replace("&", "")))
            action.setCheckable(True)
            action.setData(key)
            self.theme_group.addAction(action)
            self.theme_actions[key] = action

    def _make(self, text: str, shortcut: QKeySequence.StandardKey | str | None, tip: str) -> QAction:
        action = QAction(text, self.parent())
        if shortcut is not None:  # setShortcuts: setShortcut would build the `Qt` namespace (reader.ui.early)
            action.setShortcuts([QKeySequence(shortcut)])
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
            name = display_name(label)
            pixmap = QPixmap(14, 14)
            pixmap.fill(QColor(label.hex))
            action = QAction(QIcon(pixmap), name, self.parent())
            action.setCheckable(True)
            action.setChecked(label.color == current)
            action.setData(label.color)
            action.setShortcuts([QKeySequence(f"Alt+{number}")] if number <= 9 else [])
            action.setStatusTip(self.tr("Highlight with “%1”").replace("%1", name))
            action.setProperty("command_name", self.tr("Highlight as “%1”").replace("%1", name))
            action.setToolTip(self.tr("%1 (Alt+%2)").replace("%1", name).replace("%2", str(number)))
            self.label_group.addAction(action)
            self.label_actions.append(action)
        return self.label_actions

    def all(self) -> list[QAction]:
        """Every command made here (the label actions are listed apart: they change with the labels)."""
        return [value for value in vars(self).values() if isinstance(value, QAction)] + list(
            self.theme_actions.values()
        )


def unique_keys(keys: list[QKeySequence]) -> list[QKeySequence]:
    """The key sequences without repeats or empties, in order: one key must not be bound twice."""
    seen: list[QKeySequence] = []
    for key in keys:
        if not key.isEmpty() and key not in seen:
            seen.append(key)
    return seen
