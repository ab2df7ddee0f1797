"""Walking the main window, for tests/ui/test_every_command.py: every action reachable from its menus,
toolbars and context menus; an answerer for the dialogs those actions open; and the shortcut scopes.

Nothing here knows the window's commands by name: a new command in a menu, toolbar or context menu is
found, triggered and answered without a new test.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QToolBar,
    QWidget,
)

from reader.ui.library_pane import KIND

SEP = " › "


def plain(text: str) -> str:
    """A menu text as the user reads it: no accelerator ampersand, no trailing ellipsis."""
    text = text.partition("\t")[0]  # Qt's own menu texts carry their shortcut after a tab
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


# -- the walk ---------------------------------------------------------------------------------------


@dataclass
class Walk:
    """What one walk of a window found: each action once, under the first place it was found."""

    found: dict[str, QAction] = field(default_factory=dict)  # key (place › menu › text) -> action
    menus: list[QMenu] = field(default_factory=list)  # every menu walked (for the shortcut scopes)
    temporary: list[QMenu] = field(default_factory=list)  # context menus made for the walk

    def key_of(self, action: QAction) -> str | None:
        return next((key for key, found in self.found.items() if found is action), None)

    def close(self) -> None:
        """Delete the context menus the walk made (the app deletes them when they close)."""
        for menu in self.temporary:
            if shiboken6.isValid(menu):
                menu.deleteLater()
        self.temporary = []


def walk(window) -> Walk:  # window: MainWindow
    """Every action of the window: the menu bar's menus and submenus (dynamic ones filled as they
    would be when shown), every toolbar, the article's context menu, the library list's context menu,
    the menu of another library in the left pane, and the menus of a highlight's row and an orphaned
    highlight's row in the side panel."""
    result = Walk()
    seen_actions: list[QAction] = []
    seen_menus: list[QMenu] = []

    def add(path: list[str], action: QAction) -> None:
        if action.isSeparator():
            return
        if action.menu() is not None:
            walk_menu(path + [plain(action.text())], action.menu())
            return
        if any(a is action for a in seen_actions):
            return
        seen_actions.append(action)
        # the fixed name where the text changes ("Undo Delete Highlight") or says too little alone
        name = str(action.property("command_name") or "") or action.text()
        key = SEP.join(path + [plain(name) or f"<{action.objectName() or 'untitled'}>"])
        while key in result.found:
            key += " (again)"
        result.found[key] = action

    def walk_menu(path: list[str], menu: QMenu) -> None:
        if any(m is menu for m in seen_menus):  # filled once per walk: refilling deletes the actions found
            return
        seen_menus.append(menu)
        result.menus.append(menu)
        menu.aboutToShow.emit()  # menus filled when shown (Remove Tag) fill themselves now
        for action in menu.actions():
            add(path, action)

    for action in window.menuBar().actions():
        add([], action)
    for toolbar in window.findChildren(QToolBar):
        for action in toolbar.actions():
            add([f"Toolbar {plain(toolbar.windowTitle())}"], action)
    view = window.article_view
    standard = view.createStandardContextMenu()  # the article's context menu: Qt's part, then the window's
    result.temporary.append(standard)
    for action in standard.actions():
        add(["Article context menu"], action)
    if view.article is not None:  # as ArticleView.contextMenuEvent: the window's part only with an article
        for action in view.context_actions:
            add(["Article context menu"], action)
    for action in window.library_view.actions():  # the list's context menu (ActionsContextMenu)
        add(["Library list menu"], action)
    pane = window.library_pane  # the menu of another library in the left pane's Libraries section
    rows = pane.nav_model.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
    another = [i for i in rows if i.data(KIND) == "library"]
    if another:
        menu = pane.library_menu(pane.nav_model.indexFromItem(another[0]))
        if menu is not None:
            result.temporary.append(menu)
            walk_menu(["Library section menu"], menu)
    panel = window.annotation_panel
    for name, row_list in (("Highlight menu", panel.list), ("Orphaned highlight menu", panel.orphan_list)):
        model = row_list.model()
        if not row_list.isVisibleTo(panel) or model.rowCount() == 0:
            continue  # no row to right-click
        index = row_list.currentIndex() if row_list.currentIndex().isValid() else model.index(0, 0)
        menu = row_list.context_menu(index)
        if menu is not None:
            result.temporary.append(menu)
            walk_menu([name], menu)
    return result


# -- answering dialogs ------------------------------------------------------------------------------

ACCEPT_ROLES = (
    QDialogButtonBox.ButtonRole.AcceptRole,
    QDialogButtonBox.ButtonRole.YesRole,
    QDialogButtonBox.ButtonRole.ApplyRole,
)
REJECT_ROLES = (QDialogButtonBox.ButtonRole.RejectRole, QDialogButtonBox.ButtonRole.NoRole)
BOX_ACCEPT = (QMessageBox.ButtonRole.AcceptRole, QMessageBox.ButtonRole.YesRole, QMessageBox.ButtonRole.ApplyRole)
BOX_REJECT = (QMessageBox.ButtonRole.RejectRole, QMessageBox.ButtonRole.NoRole)


@dataclass
class Answer:
    text: str  # what was answered and how, for the report
    title: str  # the dialog's window title
    says: str = ""  # a message box's text


class Answerer(QObject):
    """While running, looks every 10 ms for dialogs (the active modal one first, then any other
    dialog or window that appeared) and answers each: the first `accept_first` of them are accepted
    with their defaults (a file dialog gets a name inside `out_dir`, or an input from `inputs`; an
    empty text field gets `text`; a context menu, its first command), the rest cancelled with their
    reject or escape button (0: cancel the first; a large number: accept them all)."""

    def __init__(self, out_dir: Path, inputs: Path, text: Callable[[QInputDialog], str]) -> None:
        super().__init__()
        self.out_dir, self.inputs, self.text = out_dir, inputs, text
        self.accept_first = 0
        self._begun = 0  # dialogs whose answer has begun
        self.open_folder: Path | None = None  # what an "open a folder" dialog chooses (None: a new empty one)
        self.answers: list[Answer] = []
        self.problems: list[str] = []
        self.written: list[Path] = []  # files and folders an accepted dialog chose to write
        self.ignore: list[QWidget] = []  # the main windows
        self._tried: list[tuple[QWidget, float, int]] = []
        self._count = 0
        self.timer = QTimer(self)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.poll)

    def start(self, accept_first: int, ignore: list[QWidget]) -> None:
        self.accept_first, self.ignore, self._begun = accept_first, ignore, 0
        self.answers, self.problems, self.written, self._tried = [], [], [], []
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    # what is open

    def waiting(self) -> list[QWidget]:
        """The dialogs and windows on screen that are not the main windows (the active modal first)."""
        shown: list[QWidget] = []
        popup = QApplication.activePopupWidget()
        if popup is not None:
            shown.append(popup)
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible():
            shown.append(modal)
        for widget in QApplication.topLevelWidgets():
            if (
                widget.isVisible()
                and not any(widget is w for w in shown + self.ignore)
                and widget.windowType() not in (Qt.WindowType.ToolTip, Qt.WindowType.Desktop)
            ):
                shown.append(widget)
        return shown

    def describe_waiting(self) -> str:
        return ", ".join(f"{type(w).__name__} “{w.windowTitle()}”" for w in self.waiting()) or "nothing"

    # answering

    def poll(self) -> None:
        shown = self.waiting()
        modal = QApplication.activeModalWidget()
        targets = [w for w in shown if w is modal or isinstance(w, QMenu)] or shown  # the modal one first
        now = time.monotonic()
        for widget in targets:
            tried = next((t for t in self._tried if t[0] is widget), None)
            if isinstance(widget, QProgressDialog) and self._begun < self.accept_first:
                continue  # accepted: the work runs on and the dialog closes itself
            if tried is not None and now - tried[1] < 1.0:
                continue
            attempts = tried[2] + 1 if tried else 1
            self._tried = [t for t in self._tried if t[0] is not widget] + [(widget, now, attempts)]
            if attempts > 2:  # answered twice and still there: give up on it
                self.problems.append(
                    f"{type(widget).__name__} “{widget.windowTitle()}” stayed open after "
                    "being answered; closed by force"
                )
                self._force(widget)
            else:
                QTimer.singleShot(0, lambda w=widget: self.answer(w))  # not inside the poll: it may block

    def force_all(self) -> None:
        """The watchdog: close everything that is open."""
        for widget in self.waiting():
            self._force(widget)

    @staticmethod
    def _force(widget: QWidget) -> None:
        if not shiboken6.isValid(widget):
            return
        if isinstance(widget, QProgressDialog):
            widget.cancel()
        if isinstance(widget, QDialog):
            widget.reject()
        widget.close()

    def answer(self, widget: QWidget) -> None:
        if not shiboken6.isValid(widget) or not widget.isVisible():
            return
        accept = self._begun < self.accept_first
        self._begun += 1
        title = widget.windowTitle()
        name = f"{type(widget).__name__} “{title}”"
        if isinstance(widget, QMenu):  # a context menu: its first command, or Esc
            chosen = (
                next(
                    (
                        a
                        for a in widget.actions()
                        if a.isEnabled() and a.isVisible() and not a.isSeparator() and a.menu() is None
                    ),
                    None,
                )
                if accept
                else None
            )
            widget.close()  # as a chosen item does, the menu closes before its action runs
            if chosen is not None:
                chosen.trigger()
            what = f"chose {plain(chosen.text())!r}" if chosen is not None else "closed"
        elif isinstance(widget, QFileDialog):
            what = self._answer_file(widget, accept)
        elif isinstance(widget, QMessageBox):
            what = self._answer_box(widget, accept)
        elif isinstance(widget, QInputDialog):
            what = self._answer_input(widget, accept)
        elif isinstance(widget, QProgressDialog):
            widget.cancel()
            what = "cancelled"
        elif isinstance(widget, QDialog):
            what = self._answer_dialog(widget, accept)
        else:
            widget.close()
            what = "closed (not a dialog)"
        self.answers.append(Answer(f"{name}: {what}", title, widget.text() if isinstance(widget, QMessageBox) else ""))

    def _answer_box(self, box: QMessageBox, accept: bool) -> str:
        buttons = box.buttons()
        roles = BOX_ACCEPT if accept else BOX_REJECT
        chosen = next((b for b in buttons if box.buttonRole(b) in roles), None)
        if chosen is None and not accept:
            chosen = box.escapeButton()
        if chosen is None and len(buttons) == 1:
            chosen = buttons[0]
        if chosen is None:
            box.reject() if not accept else box.accept()
            return "no button for that answer; done() called"
        text = chosen.text()
        chosen.click()
        return f"clicked {plain(text)!r}"

    def _answer_input(self, dialog: QInputDialog, accept: bool) -> str:
        if not accept:
            dialog.reject()
            return "cancelled"
        what = "accepted its default"
        if dialog.inputMode() == QInputDialog.InputMode.TextInput and not dialog.textValue().strip():
            dialog.setTextValue(self.text(dialog))
            what = f"typed {dialog.textValue()!r} (its default was empty) and accepted"
        else:
            what += f" {dialog.textValue()!r}" if dialog.inputMode() == QInputDialog.InputMode.TextInput else ""
        dialog.accept()
        return what

    def _answer_file(self, dialog: QFileDialog, accept: bool) -> str:
        if not accept:
            dialog.reject()
            return "cancelled"
        self._count += 1
        mode = dialog.fileMode()
        # typed into the name field, as a user would: selectFile() leaves a focused field as it is
        name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
        if dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave:
            default = dialog.selectedFiles()[0] if dialog.selectedFiles() else "untitled"
            target = self.out_dir / (Path(default).name or "untitled")  # its own name: a second export replaces
            self.out_dir.mkdir(parents=True, exist_ok=True)
            self.written.append(target)
            name_edit.setText(str(target))
        elif mode == QFileDialog.FileMode.Directory:
            if self.open_folder is not None:
                target = self.open_folder
            else:  # a folder to write into: a new, empty one
                target = self.out_dir / f"{self._count:03d}-folder"
                target.mkdir(parents=True)
                self.written.append(target)
            dialog.setDirectory(str(target))
            name_edit.clear()  # nothing typed: the folder shown is the answer
        else:  # an existing file: the first input that the dialog's first filter shows
            patterns = dialog.nameFilters()[0].partition("(")[2].rstrip(")").split() if dialog.nameFilters() else ["*"]
            matching = sorted(
                p
                for p in self.inputs.iterdir()
                if p.is_file() and any(fnmatch(p.name, pattern) for pattern in patterns)
            )
            if not matching:
                dialog.reject()
                self.problems.append(f"no input file matches {patterns}")
                return "cancelled: nothing to choose"
            target = matching[0]
            name_edit.setText(str(target))
        dialog.accept()
        return f"chose {target.name} and accepted"

    def _answer_dialog(self, dialog: QDialog, accept: bool) -> str:
        buttons = [(b, box.buttonRole(b)) for box in dialog.findChildren(QDialogButtonBox) for b in box.buttons()]
        if accept:
            usable = [b for b, role in buttons if role in ACCEPT_ROLES and b.isEnabled()]
            if usable:
                text = usable[0].text()
                usable[0].click()
                return f"clicked {plain(text)!r}"
            if any(role in ACCEPT_ROLES for _b, role in buttons):
                dialog.reject()
                return "its accept button was disabled: cancelled"
            dialog.accept()  # nothing to accept (a Close button only): accepting closes it
            return "accepted (it has no accept button)"
        usable = [b for b, role in buttons if role in REJECT_ROLES and b.isEnabled()]
        if usable:
            text = usable[0].text()
            usable[0].click()
            return f"clicked {plain(text)!r}"
        dialog.reject()
        return "rejected"


# -- shortcut scopes --------------------------------------------------------------------------------


def effective_window(widget: QWidget) -> QWidget:
    """The window whose shortcuts include those of actions in `widget`: a menu belongs to the window of
    the menu bar, menu or toolbar it is in; a menu in none of them (a context menu) is its own window."""
    if isinstance(widget, QMenu):
        for owner in widget.menuAction().associatedObjects():
            if isinstance(owner, QWidget) and owner is not widget:
                return effective_window(owner)
        return widget
    return widget.window()


@dataclass
class Binding:
    owner: str  # who binds the key, for the report
    key: str  # the key sequence, portable text
    scopes: list[tuple[str, QWidget | None]]  # (context, widget): where the binding is active


def bindings_of(item: QAction | QShortcut, name: str) -> list[Binding]:
    """One Binding per key of an action (in the widgets it was added to) or a QShortcut (on its parent)."""
    context = item.context() if isinstance(item, QShortcut) else item.shortcutContext()
    if isinstance(item, QShortcut):
        widgets = [item.parent()] if isinstance(item.parent(), QWidget) else []
        keys = item.keys()
    else:
        widgets = [w for w in item.associatedObjects() if isinstance(w, QWidget)]
        keys = item.shortcuts()
    scopes: list[tuple[str, QWidget | None]] = []
    for widget in widgets:
        if context == Qt.ShortcutContext.ApplicationShortcut:
            scopes = [("application", None)]
            break
        if context == Qt.ShortcutContext.WindowShortcut:
            scopes.append(("window", effective_window(widget)))
        elif context == Qt.ShortcutContext.WidgetShortcut:
            scopes.append(("widget", widget))
        else:
            scopes.append(("children", widget))
    return [
        Binding(name, key.toString(QKeySequence.SequenceFormat.PortableText), scopes)
        for key in keys
        if not key.isEmpty()
    ]


def _overlap(a: tuple[str, QWidget | None], b: tuple[str, QWidget | None]) -> bool:
    (kind_a, wa), (kind_b, wb) = a, b
    if "application" in (kind_a, kind_b):
        return True
    if kind_a == "window" and kind_b == "window":
        return wa is wb
    if kind_b == "window":
        (kind_a, wa), (kind_b, wb) = (kind_b, wb), (kind_a, wa)
    if kind_a == "window":  # b is a widget (and maybe its children): active when focus is in wa
        return effective_window(wb) is wa
    if kind_a == "widget" and kind_b == "widget":
        return wa is wb
    if kind_a == "children" and kind_b == "children":
        return wa is wb or wa.isAncestorOf(wb) or wb.isAncestorOf(wa)
    if kind_a == "widget":
        (kind_a, wa), (kind_b, wb) = (kind_b, wb), (kind_a, wa)
    return wa is wb or wa.isAncestorOf(wb)  # a: children of wa; b: the widget wb


def conflicts(bindings: list[Binding]) -> list[str]:
    """Every key bound twice where both bindings can be active at once (one focus, one window)."""
    found = []
    for i, a in enumerate(bindings):
        for b in bindings[i + 1 :]:
            if a.key == b.key and any(_overlap(sa, sb) for sa in a.scopes for sb in b.scopes):
                where = "twice in the same command" if a.owner == b.owner else f"{a.owner!r} and {b.owner!r}"
                found.append(f"{a.key}: {where}")
    return sorted(set(found))
