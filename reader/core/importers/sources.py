"""What the user named to import: files and URLs as given, folders as the articles inside them."""

from __future__ import annotations

from pathlib import Path

from reader.core.importers import SUFFIXES


def expand_sources(names: list[str]) -> list[str]:
    """Folders become their text, HTML and Markdown files, recursively and sorted; the rest stays."""
    result: list[str] = []
    for name in names:
        path = Path(name)
        if not name.lower().startswith(("http://", "https://")) and path.is_dir():
            result.extend(str(p) for p in sorted(path.rglob("*"))
                          if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith("."))
        else:
            result.append(name)
    return result
