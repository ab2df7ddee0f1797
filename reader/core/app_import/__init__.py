"""Coming from another app: Pocket, Instapaper, Omnivore, Wallabag, Readwise and Hypothesis exports.

| Module | Job |
| --- | --- |
| `records.py` | what an export holds, as plain records (`Export`, `Entry`, `Mark`) |
| `formats.py` | which app wrote a file, told by its content; `read_export` reads it with that app's parser |
| `pocket.py` … `hypothesis.py` | one parser per app's export format |
| `store.py` | the export into the library: articles or links waiting for their text, states, tags, dates, highlights |

The pages of links are fetched later, in the background (`core/fetch_queue.py`, `core/fetcher.py`).
"""

from __future__ import annotations

from pathlib import Path

from reader.core.app_import.records import APP_NAMES, APPS, Export, MalformedExport

__all__ = ["APPS", "APP_NAMES", "Export", "MalformedExport", "is_export", "read_export_file", "summary"]

_EXPORT_SUFFIXES = {".csv", ".json", ".zip"}
MAX_FILE_BYTES = 1024 * 1024 * 1024


def is_export(path: Path) -> bool:
    """Whether a file given to `reader import` is another app's export rather than an article: a CSV,
    JSON or zip file always is (it is refused clearly if no app's); an HTML file when it is Pocket's."""
    suffix = path.suffix.lower()
    if suffix in _EXPORT_SUFFIXES:
        return True
    if suffix in {".html", ".htm"} and path.is_file():
        with path.open("rb") as handle:
            head = handle.read(64 * 1024)
        return b"time_added" in head and b"<h1>" in head.lower()
    return False


def read_export_file(path: Path, app: str | None = None) -> Export:
    """Read one export file (its app told by its content, or `app`); MalformedExport if it is none."""
    from reader.core.app_import.formats import read_export

    if path.exists() and not path.is_file():  # a folder, a pipe or a device: nothing to read, or no end
        raise MalformedExport("{path} is not a file", path=path.name)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise MalformedExport("{path} is too large to be an export (over 1 GB)", path=path.name)
        data = path.read_bytes()
    except OSError as exc:
        raise MalformedExport("cannot read {path}: {reason}", path=path.name, reason=exc.strerror or exc) from None
    return read_export(data, path.name, app)


def summary(export: Export) -> str:
    """What an export holds, in one line: "Pocket export: 4,812 items, 37 tags, 4,812 to fetch"."""
    parts = [_count(len(export.entries), "item"), _count(len(export.tags), "tag")]
    if export.marks:
        parts.append(_count(export.marks, "highlight"))
    parts.append(f"{export.to_fetch:,} to fetch")
    if export.skipped:
        parts.append(f"{len(export.skipped):,} left out")
    return f"{export.name} export: {', '.join(parts)}"


def _count(n: int, thing: str) -> str:
    return f"{n:,} {thing}" if n == 1 else f"{n:,} {thing}s"
