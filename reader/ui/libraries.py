"""The libraries side by side: the personal library and the team libraries this computer keeps,
listed in the left pane (double-click one to open it in a window of its own) and offered wherever
articles or a highlight can be copied (Article ▸ Copy to Library, the list's and the highlight's
context menus, the left pane's own)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from reader.core.known_libraries import KnownLibrary, known_libraries, look, remember, same_file
from reader.core.paths import default_library_path

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from reader.ui.main_window import MainWindow

OPENED = "libraries/opened"  # the settings key: library files windows have opened, most recent first


def launch(path: str | Path) -> None:
    """The library at `path` in a window of its own (a Reader of its own: each window keeps one library)."""
    from PySide6.QtCore import QProcess  # not with the first frame

    QProcess.startDetached(sys.executable, ["-m", "reader", "--library", str(path)])


def library_name(known: KnownLibrary) -> str:
    """A library as the window names it: "Personal library", "Team: newsdesk on db.example.org", or
    its file's name."""
    if known.is_team:
        database, server = known.team_place()
        return QCoreApplication.translate("Libraries", "Team: %1 on %2").replace("%1", database).replace("%2", server)
    if known.is_default:
        return QCoreApplication.translate("Libraries", "Personal library")
    return known.path.stem


def title_name(path: Path) -> str:
    """What the window's title adds for the library it shows: nothing for the personal library."""
    if same_file(path, default_library_path()):
        return ""
    return library_name(look(path) or KnownLibrary(path))


class Libraries(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.known: list[KnownLibrary] = []
        window.settings.setValue(OPENED, remember(self._opened(), window.library.path))
        window.copy_menu.aboutToShow.connect(self._fill_copy_menu)
        window.library_pane.library_open_requested.connect(launch)
        window.library_pane.copy_here_requested.connect(window.copies.copy_chosen)
        panel = window.annotation_panel
        panel.copy_requested.connect(window.copies.copy_highlight)
        panel.list.libraries = panel.orphan_list.libraries = self.looked_again
        self.refresh()

    def _opened(self) -> list[str]:
        value = self.window.settings.value(OPENED) or []
        return [value] if isinstance(value, str) else [str(v) for v in value]

    def add(self, path: Path) -> None:
        """A library made here (a team library's copy put anywhere): listed from now on."""
        self.window.settings.setValue(OPENED, remember(self._opened(), path))
        self.refresh()
        self.window.library_pane.refresh_navigation()

    def refresh(self) -> None:
        """Look again for the libraries on this computer (cheap: each file is only peeked at)."""
        self.known = known_libraries(self._opened())
        here = self.window.library.path
        if not any(same_file(k.path, here) for k in self.known):  # a file made by hand, say: shown all the same
            self.known.insert(0, look(here) or KnownLibrary(here))
        self.window.library_pane.libraries = [
            (library_name(k), str(k.path), same_file(k.path, here)) for k in self.known
        ]

    def looked_again(self) -> list[tuple[str, str]]:
        """The other libraries, (name, path) each, as they are now."""
        self.refresh()
        here = self.window.library.path
        return [(library_name(k), str(k.path)) for k in self.known if not same_file(k.path, here)]

    def _fill_copy_menu(self) -> None:
        menu: QMenu = self.window.copy_menu
        menu.clear()
        for name, path in self.looked_again():
            action = menu.addAction(name, lambda p=path: self.window.copies.copy_chosen(p))
            action.setToolTip(path)
        if not menu.isEmpty():
            menu.addSeparator()
        menu.addAction(self.window.actions.copy_to_library)
