"""Starting the window: the application object, the library, the demo articles, the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

# The core modules load before Qt: once PySide6 is imported it reads the source of every module imported
# after it (for its __feature__ switch), which costs start-up time for nothing.
from reader import APP_NAME, __version__
from reader.core.demo import add_demo_if_empty
from reader.core.errors import NewerLibraryError, ReaderError
from reader.core.library import Library
from reader.core.paths import resource
from reader.ui import i18n
from reader.ui.failures import said
from reader.ui.main_window import MainWindow

START_LINKS_MS = 300  # after the first page of the list is on screen

log = logging.getLogger(__name__)


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("reader")
    app.setWindowIcon(QIcon(str(resource("icons", "reader.svg"))))
    if not app.property("reader-translated"):
        app.setProperty("reader-translated", True)
        i18n.install(app, i18n.choose_language(QSettings()))
    return app


def create_window(
    library_path: Path, settings: QSettings | None = None, *, demo: bool = True, deferred: bool = False
) -> MainWindow:
    """Open the library (adding the demo articles to one that did not exist) and build the window on it."""
    new = not Path(library_path).exists()
    library = Library.open(library_path)
    if demo and new:  # never into a file that was there: an emptied library is not a new one
        add_demo_if_empty(library)
    return MainWindow(library, settings if settings is not None else QSettings(), deferred=deferred)


def show_window(library_path: Path, settings: QSettings | None = None) -> MainWindow:
    """The start-up sequence: the window with the library list on screen first, then the rest."""
    app = application()
    window = create_window(library_path, settings, deferred=True)
    window.show()
    app.processEvents()  # the first frame: the library is on screen
    window.finish_setup()
    return window


def run_gui(library_path: Path, link: str | None = None, sources: list[str] | None = None) -> int:
    """The window on a library; with `link`, open at a reader:// link; with `sources`, import those
    files or pages (or find the articles they already are) and open the last."""
    app = application()
    new_library = not library_path.exists()
    while True:
        try:
            window = show_window(library_path)
            break
        except NewerLibraryError as exc:  # healthy, only newer: never offered a backup in its place
            from reader.ui.backup_flow import newer_library

            other = newer_library(library_path, said(exc))
            if other is None:
                return 1
            library_path, new_library = other, not other.exists()
        except ReaderError as exc:
            from reader.ui.backup_flow import rescue  # only when the library cannot be opened

            if not rescue(library_path, said(exc)):
                return 1
    from reader.ui import crash_report

    crash_report.install()  # from here on, an unexpected error is logged and shown, and Reader goes on
    housekeeping(window, library_path, new_library=new_library)
    # the extension's listener (only the app's own window listens) and a team library's sync: once
    # the window has shown its first page
    QTimer.singleShot(START_LINKS_MS, window.browser_link.start)
    QTimer.singleShot(START_LINKS_MS, window.team_link.start)
    if link:
        window.open_link(link)
    if sources:
        window.import_paths(sources)
    code = app.exec()
    window.library.close()
    return code


def housekeeping(window: MainWindow, library_path: Path, *, new_library: bool) -> None:
    """Once the window is up: temporaries left by an interrupted backup or export are cleaned, and
    the first start of each day backs the library up (quietly unless it fails). A library made a
    moment ago holds nothing to keep yet, and a newcomer hears nothing of backups."""
    from reader.core.backup import backup_folder, clean_stale_temp_files
    from reader.core.export.safe_write import clean_stale_temp_files as clean_export_temp

    for folder in (library_path.parent, backup_folder(library_path)):
        clean_stale_temp_files(folder)
    for folder in window.settings.value("export/folders") or []:
        clean_export_temp(str(folder))
    if not new_library:
        window.backups.start(daily=True)
