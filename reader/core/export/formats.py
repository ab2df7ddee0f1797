"""The export formats, in one place: what each writes, its file suffix, whether it takes one article or
many, and the function that writes it. The window's Export dialog lists them in this order (with
labels it translates); the command line takes the keys it names (`reader export --format`).

Citation styles live with the citations (`reader.core.citing.STYLES`); the "bibliography" format
writes the chosen articles' references in one of them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reader.core.errors import ReaderError
from reader.core.library import Library
from reader.core.progress import Progress


@dataclass(frozen=True)
class How:
    """How to write an export: the citation style (a bibliography's), whether to replace a file that
    exists, and whom to tell of each article (the long formats: EPUB, the library folder)."""

    style: str = "apa"
    force: bool = False
    progress: Progress | None = None


Writer = Callable[[Library, Sequence[int], Path, How], Path]  # -> where it went


@dataclass(frozen=True)
class ExportFormat:
    key: str
    label: str  # English; the window shows it translated (export_flow.FORMAT_LABELS)
    suffix: str  # the file's suffix, "" for a folder
    one_article: bool  # only for one article at a time
    file_kind: str  # what a file dialog calls files of this suffix
    write: Writer
    cli: bool = True  # `reader export --format KEY` (the CLI's own spellings: see reader/cli/export.py)


def _markdown(library: Library, ids: Sequence[int], path: Path, how: How) -> Path:
    from reader.core.export import markdown
    from reader.core.export.safe_write import write_text

    text = (
        markdown.annotations_markdown(library, ids[0])
        if len(ids) == 1
        else markdown.annotations_markdown_combined(library, ids)
    )
    return write_text(path, text, force=how.force)


def _article_markdown(library: Library, ids: Sequence[int], path: Path, how: How) -> Path:
    from reader.core.export import markdown
    from reader.core.export.safe_write import write_text

    return write_text(path, markdown.article_markdown(library, ids[0]), force=how.force)


def _w3c(library: Library, ids: Sequence[int], path: Path, how: How) -> Path:
    from reader.core.export import w3c

    w3c.write_annotations(library, path, ids, force=how.force)
    return path


def _csv(library: Library, ids: Sequence[int], path: Path, how: How) -> Path:
    from reader.core.export import csv_export

    csv_export.write_highlights_csv(library, path, ids, force=how.force)
    return path


def _html(library: Library, ids: Sequence[int], path: Path, how: How) -> Path:
    from reader.core.export import html_export

    return html_export.write_article_html(library, ids[0], path, force=how.force)


def _epub(library: Library, ids: Sequence[int], path: Path, how: How) -> Path:
    from reader.core.export import epub_export

    epub_export.write_epub(library, ids, path, force=how.force, progress=how.progress)
    return path


def _bibliography(library: Library, ids: Sequence[int], path: Path, how: How) -> Path:
    from reader.core.citing.cite import bibliography
    from reader.core.export.safe_write import write_text

    text = bibliography([library.get(i) for i in ids], how.style, date.today())
    return write_text(path, text + "\n", force=how.force)


def _library(library: Library, _ids: Sequence[int], path: Path, how: How) -> Path:
    from reader.core.export import library_folder

    library_folder.export_library_folder(library, path, force=how.force, progress=how.progress)
    return path


FORMATS: dict[str, ExportFormat] = {
    f.key: f
    for f in (
        ExportFormat("markdown", "Highlights and notes as Markdown", ".md", False, "Markdown", _markdown),
        ExportFormat(
            "article-md",
            "Article as Markdown (highlights marked)",
            ".md",
            True,
            "Markdown",
            _article_markdown,
            cli=False,
        ),  # the CLI says `--format markdown --article`
        ExportFormat("w3c", "Annotations as W3C Web Annotation JSON-LD", ".json", False, "JSON-LD", _w3c),
        ExportFormat("csv", "Highlights as CSV (spreadsheet)", ".csv", False, "CSV", _csv),
        ExportFormat("html", "Article as HTML (printable)", ".html", True, "HTML", _html),
        ExportFormat("epub", "Articles as EPUB (e-reader)", ".epub", False, "EPUB", _epub),
        ExportFormat(
            "bibliography", "Bibliography", ".txt", False, "Text", _bibliography, cli=False
        ),  # the CLI says `reader cite ID…`
        ExportFormat("library", "Whole library as a folder (to import back)", "", False, "", _library),
    )
}
CLI_FORMATS = tuple(key for key, f in FORMATS.items() if f.cli)


def write_export(
    library: Library,
    key: str,
    ids: Sequence[int],
    path: Path,
    style: str = "apa",
    *,
    force: bool = False,
    progress: Progress | None = None,
) -> Path:
    """Write one export and return where it went. A file that exists is a FileExists error unless
    `force`; nothing is half-written (safe_write). The long ones (EPUB, the library folder) tell
    `progress` of each article, which may stop them by raising Cancelled."""
    try:
        chosen = FORMATS[key]
    except KeyError:
        raise ReaderError(
            "unknown export format {key!r}; choose one of {choices}", key=key, choices=", ".join(FORMATS)
        ) from None
    if not ids and key != "library":
        raise ReaderError("nothing to export: no articles were chosen")
    return chosen.write(library, list(ids), path, How(style, force, progress))
