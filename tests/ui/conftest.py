from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from reader.ui.app import create_window
from reader.ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, tmp_path: Path, settings: QSettings) -> Iterator:
    """Build a main window on a library under tmp_path; every window made is closed afterwards."""
    windows: list[MainWindow] = []

    def _make(*, demo: bool = False, library_path: Path | None = None) -> MainWindow:
        window = create_window(library_path or tmp_path / "library.sqlite3", settings, demo=demo)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield _make
    for window in windows:
        window.library.close()
