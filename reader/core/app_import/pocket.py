"""Pocket's exports: the CSV of its last years (a zip of part_000000.csv, part_000001.csv, … or one
bare CSV file) and the older HTML page with its two lists, "Unread" and "Read Archive".

CSV columns (in any order, maybe with a `cursor` column too): title, url, time_added (unix seconds),
tags (separated by "|"), status ("unread" or "archive"). In the HTML page each item is
`<li><a href="…" time_added="…" tags="a,b">Title</a></li>` under its list's `<h1>`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from html.parser import HTMLParser
from pathlib import PurePosixPath

from reader.core.app_import.reading import (
    ExportZip,
    Table,
    cell,
    clean_tags,
    csv_header,
    decode_text,
    is_zip,
    moment,
    read_csv,
)
from reader.core.app_import.records import Entry, Export, MalformedExport

POCKET_COLUMNS = ("url", "time_added")  # the columns that tell Pocket's CSV from others'
_ARCHIVED = ("archive", "archived", "read")
_PART_NUMBER = re.compile(r"(\d+)")
_LIST_HEADING = re.compile(r"<h1[^>]*>\s*(?:unread|read archive)\s*</h1>", re.IGNORECASE)
_POCKET_LINK = re.compile(r"<a\s[^>]*\btime_added\s*=", re.IGNORECASE)


def is_pocket_header(columns: Iterable[str]) -> bool:
    """Whether a CSV's first row (case-folded) is Pocket's."""
    return set(POCKET_COLUMNS) <= set(columns)


def is_pocket_html(text: str) -> bool:
    """Whether a page is Pocket's HTML export: its "Unread" or "Read Archive" heading, and links with time_added."""
    return bool(_LIST_HEADING.search(text) and _POCKET_LINK.search(text))


def read_pocket(data: bytes, name: str) -> Export:
    """Read a Pocket export: a zip of CSV parts, one CSV file, or the older HTML page."""
    if is_zip(data):
        return _read_zip(data, name)
    text = decode_text(data, name, "Pocket")
    if text.lstrip().startswith("<"):
        return _read_html(text, name)
    export = Export("pocket")
    table = read_csv(text)
    if not is_pocket_header(table.columns):
        raise MalformedExport(
            "{name} is not an export from Pocket: its first row has no url and time_added columns", name=name
        )
    _read_table(table, export)
    return export


# ---- CSV ---------------------------------------------------------------------------------------


def _part_order(member: str) -> tuple[int, str]:
    number = _PART_NUMBER.search(PurePosixPath(member).name)
    return (int(number.group(1)) if number else -1, member)


def _read_zip(data: bytes, name: str) -> Export:
    archive = ExportZip(data, name)
    parts = sorted((m for m in archive.members if m.casefold().endswith(".csv")), key=_part_order)
    if not parts:
        raise MalformedExport("{name} is not an export from Pocket: the zip archive holds no CSV file", name=name)
    export = Export("pocket")
    for member in parts:
        text = decode_text(archive.read(member), name, "Pocket", member)
        table = read_csv(text, place=f"{PurePosixPath(member).name} ")
        if not is_pocket_header(table.columns):
            raise MalformedExport(
                "{name} is not an export from Pocket: {member} has no url and time_added columns",
                name=name,
                member=member,
            )
        _read_table(table, export)
    return export


def header_of_zip(data: bytes, name: str) -> list[str]:
    """The first row of the first CSV file in a zip archive ([] when it holds none)."""
    archive = ExportZip(data, name)
    parts = sorted((m for m in archive.members if m.casefold().endswith(".csv")), key=_part_order)
    if not parts:
        return []
    text = decode_text(archive.read(parts[0]), name, "Pocket", parts[0])
    return csv_header(text)


def _read_table(table: Table, export: Export) -> None:
    export.skipped.extend(table.skipped)
    url, title = table.index("url"), table.index("title")
    added, tags, status = table.index("time_added"), table.index("tags"), table.index("status")
    for where, record in table.rows:
        link = cell(record, url)
        if not link:
            export.skipped.append(f"{where}: no URL")
            continue
        export.entries.append(
            Entry(
                where=where,
                url=link,
                title=cell(record, title),
                tags=clean_tags(cell(record, tags).split("|")),
                state="archived" if cell(record, status).casefold() in _ARCHIVED else "unread",
                saved_at=moment(cell(record, added)),
            )
        )


# ---- HTML --------------------------------------------------------------------------------------


class _PocketPage(HTMLParser):
    """Collects the links of the page with the heading of the list each one is under."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.headings: list[str] = []
        self.links: list[tuple[str, dict[str, str], str]] = []  # (heading, attributes, text)
        self._heading: list[str] | None = None
        self._link: tuple[dict[str, str], list[str]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "h1":
            self._heading = []
        elif tag == "a":
            self._finish_link()
            self._link = ({key: value or "" for key, value in attrs}, [])

    def handle_endtag(self, tag: str) -> None:
        if tag == "h1" and self._heading is not None:
            self.headings.append(" ".join("".join(self._heading).split()))
            self._heading = None
        elif tag == "a":
            self._finish_link()

    def handle_data(self, data: str) -> None:
        if self._heading is not None:
            self._heading.append(data)
        elif self._link is not None:
            self._link[1].append(data)

    def close(self) -> None:
        super().close()
        self._finish_link()

    def _finish_link(self) -> None:
        if self._link is not None:
            attrs, text = self._link
            self.links.append((self.headings[-1] if self.headings else "", attrs, " ".join("".join(text).split())))
            self._link = None


def _read_html(text: str, name: str) -> Export:
    page = _PocketPage()
    page.feed(text)
    page.close()
    if not any(h.casefold() in ("unread", "read archive") for h in page.headings):
        raise MalformedExport(
            "{name} is not an export from Pocket: the page has no Unread or Read Archive list", name=name
        )
    export = Export("pocket")
    counts: dict[str, int] = {}
    for heading, attrs, title in page.links:
        counts[heading] = counts.get(heading, 0) + 1
        where = f"{heading or 'link'} item {counts[heading]}"
        url = attrs.get("href", "").strip()
        if not url:
            export.skipped.append(f"{where}: no URL")
            continue
        export.entries.append(
            Entry(
                where=where,
                url=url,
                title=title,
                tags=clean_tags(attrs.get("tags", "").split(",")),
                state="archived" if "archive" in heading.casefold() else "unread",
                saved_at=moment(attrs.get("time_added", "")),
            )
        )
    return export
