"""Highlights as CSV: one row per highlight, safe to open in Excel, LibreOffice or Google Sheets.

A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and, in some, a tab or a
carriage return) as a formula, so a quote such as `=HYPERLINK(...)` could do harm: such a cell
gets a leading apostrophe, which spreadsheets hide and read as "this is text" (OWASP's advice
for CSV injection). The file is UTF-8 with a byte-order mark, so Excel reads accents right.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from reader.core.export.marks import paragraph_span
from reader.core.export.safe_write import write_text
from reader.core.export.w3c import highlight_uri
from reader.core.library import Library
from reader.core.models import CleanedArticle, Highlight, HighlightStatus, page_span

COLUMNS = (
    "article",
    "site",
    "date",
    "authors",
    "quote",
    "note",
    "label",
    "color",
    "status",
    "paragraph",
    "page",
    "tags",
    "url",
    "article_id",
    "highlight_id",
    "link",
    "created",
)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def safe_cell(value: object) -> str:
    """A cell's text that a spreadsheet will not run as a formula."""
    text = "" if value is None else str(value)
    text = text.replace("\x00", "")
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _page(content: CleanedArticle, h: Highlight) -> str:
    """The page or pages ("12", "12-13") a placed highlight stands on in a paged document; else ""."""
    if h.status == HighlightStatus.ORPHANED:
        return ""
    return (page_span(content.pages, h.start, h.end) or "").replace("\u2013", "-")


def highlight_rows(library: Library, article_ids: Iterable[int] | None = None) -> list[dict[str, str]]:
    """One dict per highlight (keys: COLUMNS), articles in the order given, highlights in reading order."""
    ids = sorted(library.article_ids()) if article_ids is None else list(article_ids)
    names = {label.color: label.name for label in library.annotations.labels()}
    rows = []
    for article_id in ids:
        article = library.get(article_id)
        c = article.content
        tags = "; ".join(library.organize.tags_of(article_id))
        authors = "; ".join(a.name for a in c.authors if a.role in ("author", "reporter"))
        for h in library.annotations.for_article(article_id):
            span = paragraph_span(c, h)
            rows.append(
                {
                    "article": c.title,
                    "site": c.site_name,
                    "date": c.published or "",
                    "authors": authors,
                    "quote": h.exact,
                    "note": h.note,
                    "label": names.get(h.color, h.color),
                    "color": h.color,
                    "status": h.status,
                    "paragraph": ""
                    if span is None
                    else (str(span[0]) if span[0] == span[1] else f"{span[0]}-{span[1]}"),
                    "page": _page(c, h),
                    "tags": tags,
                    "url": c.url,
                    "article_id": str(article_id),
                    "highlight_id": str(h.id),
                    "link": highlight_uri(article_id, h.id),
                    "created": h.created_at,
                }
            )
    return rows


def highlights_csv(library: Library, article_ids: Iterable[int] | None = None) -> str:
    """The CSV text (header row first; RFC 4180 quoting and CRLF line ends), without the BOM."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in highlight_rows(library, article_ids):
        writer.writerow([safe_cell(row[column]) for column in COLUMNS])
    return buffer.getvalue()


def write_highlights_csv(
    library: Library, path: Path | str, article_ids: Iterable[int] | None = None, *, force: bool = False
) -> Path:
    """Write the CSV (UTF-8 with BOM) atomically; an existing file only with force."""
    return write_text(path, "\ufeff" + highlights_csv(library, article_ids), force=force)
