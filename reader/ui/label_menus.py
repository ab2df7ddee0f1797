"""The labels in the window: the toolbar, the Annotate menu and Highlight As, and renaming them."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from reader.ui.changes import What
from reader.ui.failures import guard


class LabelMenus(QObject):
    def __init__(self, window) -> None:  # window: MainWindow
        super().__init__(window)
        self.window = window

    def rebuild(self) -> None:
        a = self.window.actions
        labels = self.window.library.annotations.labels()
        if a.label_actions and a.label_group.checkedAction() is not None:
            self.window.current_label = str(a.label_group.checkedAction().data())
        actions = a.set_labels(labels, self.window.current_label)
        self.window.annotate_menu.clear()
        self.window.annotate_menu.addActions([a.highlight, a.note])
        self.window.annotate_menu.addSeparator()
        self.window.annotate_menu.addActions(actions)
        self.window.annotate_menu.addSeparator()
        self.window.annotate_menu.addAction(a.rename_labels)
        self.window.highlight_as.clear()
        self.window.highlight_as.addActions(actions)
        self.window.label_toolbar.clear()
        self.window.label_toolbar.addAction(a.highlight)
        self.window.label_toolbar.addSeparator()
        self.window.label_toolbar.addActions(actions)

    def on_label_triggered(self, action: QAction) -> None:
        self.window.current_label = self.window.annotator.color = str(action.data())
        self.window.settings.setValue("annotate/label", self.window.current_label)
        if self.window.article_view.textCursor().hasSelection():
            self.window.annotator.highlight_selection()

    def rename(self) -> None:
        from reader.ui.labels_dialog import LabelsDialog

        dialog = LabelsDialog(self.window.library.annotations.labels(), self.window)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        names = dialog.names() if accepted else {}
        dialog.deleteLater()  # made for this renaming only
        if not accepted:
            return
        with guard(self.window.warn, self.tr("Cannot rename the label")):
            for color, name in names.items():
                self.window.library.annotations.rename_label(color, name)
        self.rebuild()
        self.window.changes.report(What.HIGHLIGHTS)  # the labels' names, in the panel
