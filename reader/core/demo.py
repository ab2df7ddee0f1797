"""The demo library: sample articles shipped in resources/demo, added once to an empty library."""

from __future__ import annotations

import logging

from reader.core.errors import ReaderError
from reader.core.library import Library
from reader.core.paths import resource

log = logging.getLogger(__name__)

DEMO_KEY = "demo_added"


def add_demo_if_empty(library: Library) -> int:
    """Fill a brand-new, empty library with the demo articles, once. Returns how many were added."""
    if not library.is_empty() or library.get_meta(DEMO_KEY):
        return 0
    from reader.core.importers import SUFFIXES

    added = 0
    folder = resource("demo")
    for path in sorted(folder.glob("*")) if folder.is_dir() else []:
        if path.suffix.lower() not in SUFFIXES or path.name.lower() == "readme.md":
            continue
        try:
            library.import_file(path)
            added += 1
        except ReaderError as exc:
            log.warning("demo article %s was not added: %s", path.name, exc)
    library.set_meta(DEMO_KEY, "1")
    return added
