"""Where things live: the default library (platformdirs), overridden by --library or READER_LIBRARY."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP_DIR = "reader"
ENV_LIBRARY = "READER_LIBRARY"
LIBRARY_FILE = "library.sqlite3"
RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"


def default_library_path() -> Path:
    return user_data_path(APP_DIR, appauthor=False) / LIBRARY_FILE


def library_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The library to use: the explicit path, else $READER_LIBRARY, else the platform default."""
    if explicit:
        return Path(explicit).expanduser()
    if env := os.environ.get(ENV_LIBRARY):
        return Path(env).expanduser()
    return default_library_path()


def log_dir() -> Path:
    return user_log_path(APP_DIR, appauthor=False)


def resource(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)
