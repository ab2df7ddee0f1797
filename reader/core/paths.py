"""Where things live: the default library (platformdirs), overridden by --library or READER_LIBRARY;
the resources (icons, demo articles, compiled translations)."""

from __future__ import annotations

import functools
import logging
import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP_DIR = "reader"
ENV_LIBRARY = "READER_LIBRARY"
LIBRARY_FILE = "library.sqlite3"
log = logging.getLogger(__name__)
# The repository's top-level resources/, the source of truth, read in place by a checkout and an
# editable install. A wheel carries a copy as package data, reader/resources (setup.py's build step).
CHECKOUT_RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"


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


@functools.cache
def resources_dir() -> Path:
    """The installed package's data (importlib.resources) where Reader is installed from a wheel,
    else the checkout's resources/. Reader is installed as files, as pip does, not run from a zip."""
    from importlib.resources import files  # here: only what needs a resource pays for the import

    packaged = files("reader") / "resources"
    if isinstance(packaged, Path) and packaged.is_dir():
        return packaged
    if not CHECKOUT_RESOURCES.is_dir():
        log.warning(
            "Reader's resources are missing (neither %s nor %s): no icon, demo articles or translations",
            packaged,
            CHECKOUT_RESOURCES,
        )
    return CHECKOUT_RESOURCES


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
