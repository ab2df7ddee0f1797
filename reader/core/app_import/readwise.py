"""Readwise's CSV export of highlights: Highlight, Book Title, Book Author, Amazon Book ID, Note,
Color, Tags, Location Type, Location, Highlighted at, Document tags (and sometimes URL or Source URL).

Each row is one highlight; the rows of one book (the same URL, or without one the same title and
author) make one entry, its highlights in the order of the rows. Readwise keeps no saved page and
no reading state: the entries are links (or titles) with their highlights, unread.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from reader.core.app_import.reading import Table, cell, clean_tags, decode_text, moment, read_csv, split_authors
from reader.core.app_import.records import Entry, Export, MalformedExport, Mark

READWISE_COLUMNS = ("highlight", "book title")  # the columns that tell Readwise's CSV from others'
COLORS = {
    "yellow": "yellow",
    "blue": "blue",
    "pink": "red",
    "red": "red",
    "orange": "orange",
    "green": "green",
    "purple": "purple",
}


def is_readwise_header(columns: Iterable[str]) -> bool:
    """Whether a CSV's first row (case-folded) is Readwise's."""
    return set(READWISE_COLUMNS) <= set(columns)


def read_readwise(data: bytes, name: str) -> Export:
    """Read Readwise's CSV export."""
    table = read_csv(decode_text(data, name, "Readwise"))
    if not is_readwise_header(table.columns):
        raise MalformedExport(
            "{name} is not an export from Readwise: its first row has no Highlight and Book Title columns", name=name
        )
    export = Export("readwise", skipped=list(table.skipped))
    books: dict[tuple[str, ...], _Book] = {}
    _read_rows(table, books, export.skipped)
    export.entries.extend(book.entry() for book in books.values())
    return export


@dataclass
class _Book:
    where: str
    url: str
    title: str
    author: str
    tags: list[str] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)

    def entry(self) -> Entry:
        return Entry(
            where=self.where,
            url=self.url,
            title=self.title,
            authors=split_authors(self.author),
            tags=clean_tags(self.tags),
            marks=tuple(self.marks),
        )


def _read_rows(table: Table, books: dict[tuple[str, ...], _Book], skipped: list[str]) -> None:
    highlight, note, color = table.index("highlight"), table.index("note"), table.index("color")
    title, author, url = table.index("book title"), table.index("book author"), table.index("url", "source url")
    tags, document_tags, when = table.index("tags"), table.index("document tags"), table.index("highlighted at")
    for where, record in table.rows:
        link, book_title, book_author = cell(record, url), cell(record, title), cell(record, author)
        exact = record[highlight].strip() if highlight is not None else ""
        if not exact:
            skipped.append(f"{where}: no highlight text")
            continue
        if not link and not book_title:
            skipped.append(f"{where}: no book title and no URL")
            continue
        key = ("url", link) if link else ("book", book_title, book_author)
        book = books.setdefault(key, _Book(where, link, book_title, book_author))
        book.tags.extend(cell(record, document_tags).split(","))
        book.marks.append(
            Mark(
                exact=exact,
                note=cell(record, note),
                color=COLORS.get(cell(record, color).casefold(), ""),
                tags=clean_tags(cell(record, tags).split(",")),
                created=moment(cell(record, when)),
            )
        )
