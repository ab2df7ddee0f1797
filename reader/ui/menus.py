"""The window's menus and the label toolbar: which command sits where. The commands themselves are
made once in `ui/actions.py`; what they do is wired in the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from reader.ui.actions import unique_keys
from reader.ui.early import ACTIONS_CONTEXT_MENU, TOOL_BUTTON_TEXT_BESIDE_ICON, WIDGET_SHORTCUT, set_enum
from reader.ui.label_menus import LabelMenus

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


def build(window: MainWindow) -> None:
    """The menu bar, the Edit menu's undo and redo, the label toolbar, and the list's context menu;
    the window keeps the parts that change later (the Annotate menu, Highlight As, the label toolbar,
    Remove Tag, the undo and redo actions). Its words are the main window's (translation context
    "MainWindow")."""
    a = window.actions
    file_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addActions(
        [a.import_files, a.import_folder, a.import_url, a.paste, a.import_annotations, a.import_from_app]
    )
    file_menu.addSeparator()
    file_menu.addAction(a.connect_team)
    file_menu.addSeparator()
    file_menu.addActions([a.export, a.cite])
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    edit_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    window.undo_action = window.undo_stack.createUndoAction(window, QCoreApplication.translate("MainWindow", "&Undo"))
    window.undo_action.setShortcuts(unique_keys(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)))
    window.redo_action = window.undo_stack.createRedoAction(window, QCoreApplication.translate("MainWindow", "&Redo"))
    # Ctrl+Shift+Z everywhere, and the platform's other redo keys (Ctrl+Y on Windows), each once:
    # a key bound twice is an ambiguous shortcut, and Qt then runs neither.
    window.redo_action.setShortcuts(
        unique_keys([QKeySequence("Ctrl+Shift+Z"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)])
    )
    # The stack renames these ("Undo Edit Note"); the list of commands shows what they are.
    window.undo_action.setProperty("command_name", QCoreApplication.translate("MainWindow", "Undo"))
    window.redo_action.setProperty("command_name", QCoreApplication.translate("MainWindow", "Redo"))
    edit_menu.addActions([window.undo_action, window.redo_action])
    window.annotate_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "A&nnotate"))
    window.highlight_as = QMenu(QCoreApplication.translate("MainWindow", "Highlight &As"), window)
    window.label_toolbar = window.addToolBar(QCoreApplication.translate("MainWindow", "Labels"))
    window.label_toolbar.setObjectName("labelToolbar")
    set_enum(window.label_toolbar, "toolButtonStyle", TOOL_BUTTON_TEXT_BESIDE_ICON)
    window.labels = LabelMenus(window)
    window.labels.rebuild()
    article_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Article"))
    # filled when shown with the other libraries on this computer (ui/libraries.py), then the file choice
    window.copy_menu = QMenu(QCoreApplication.translate("MainWindow", "Copy to &Library"), window)
    window.copy_menu.addAction(a.copy_to_library)
    article_menu.addActions([a.fix_extraction, a.drop_paragraph, a.edit_authors, a.cite, a.copy_quote, a.export])
    article_menu.addMenu(window.copy_menu)
    library_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Library"))
    library_menu.addActions([a.find, a.save_search])
    library_menu.addSeparator()
    library_menu.addActions([a.next_article, a.previous_article])
    library_menu.addSeparator()
    window.remove_tag_menu = QMenu(QCoreApplication.translate("MainWindow", "Remove Ta&g"), window)
    library_menu.addActions(
        [a.add_tag, window.remove_tag_menu.menuAction(), a.mark_unread, a.mark_reading, a.mark_read, a.mark_archived]
    )
    library_menu.addSeparator()
    library_menu.addActions([a.fetch_waiting, a.fetch_failures, a.connect_browser])
    library_menu.addSeparator()
    library_menu.addActions([a.backup_now, a.restore_backup, a.repair_search])
    library_menu.addSeparator()
    library_menu.addAction(a.delete_articles)
    for action in (
        a.add_tag,
        window.remove_tag_menu.menuAction(),
        a.mark_unread,
        a.mark_reading,
        a.mark_read,
        a.mark_archived,
        window.copy_menu.menuAction(),
    ):
        window.library_view.addAction(action)
    view_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view_menu.addAction(a.reading_settings)
    themes = view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Theme"))
    themes.addActions(list(a.theme_actions.values()))
    view_menu.addActions([a.zoom_in, a.zoom_out, a.zoom_reset])
    view_menu.addSeparator()
    view_menu.addActions([a.distraction_free, a.find_in_article, a.page_down, a.page_up])
    view_menu.addSeparator()
    view_menu.addActions([a.focus_library, a.focus_article, a.focus_panel])
    help_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addActions([a.shortcuts_help, a.about])
    set_enum(a.delete_articles, "shortcutContext", WIDGET_SHORTCUT)
    window.library_view.addAction(a.delete_articles)
    set_enum(window.library_view, "contextMenuPolicy", ACTIONS_CONTEXT_MENU)
