"""Instapaper's CSV export: URL, Title, Selection, Folder, Timestamp, and in newer files Tags.

Folder "Unread" is unread, "Archive" archived, "Starred" starred (and unread); any other folder is
the user's own and becomes a tag of its name. Tags are a JSON list (["a","b"]) or "a, b". The
Selection (text the user had selected when saving) becomes a highlight, dated when the item was saved.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from reader.core.app_import.reading import Table, cell, clean_tags, decode_text, moment, read_csv
from reader.core.app_import.records import Entry, Export, MalformedExport, Mark

INSTAPAPER_COLUMNS = ("url", "folder")  # the columns that tell Instapaper's CSV from others'


def is_instapaper_header(columns: Iterable[str]) -> bool:
    """Whether a CSV's first row (case-folded) is Instapaper's."""
    return set(INSTAPAPER_COLUMNS) <= set(columns)


def read_instapaper(data: bytes, name: str) -> Export:
    """Read Instapaper's CSV export."""
    table = read_csv(decode_text(data, name, "Instapaper"))
    if not is_instapaper_header(table.columns):
        raise MalformedExport(
            "{name} is not an export from Instapaper: its first row has no URL and Folder columns", name=name
        )
    export = Export("instapaper", skipped=list(table.skipped))
    _read_rows(table, export)
    return export


def _read_rows(table: Table, export: Export) -> None:
    url, title, selection = table.index("url"), table.index("title"), table.index("selection")
    folder, timestamp, tags = table.index("folder"), table.index("timestamp"), table.index("tags")
    for where, record in table.rows:
        link = cell(record, url)
        if not link:
            export.skipped.append(f"{where}: no URL")
            continue
        saved_at = moment(cell(record, timestamp))
        state, starred, folder_tag = _folder(cell(record, folder))
        quote = cell(record, selection)
        export.entries.append(
            Entry(
                where=where,
                url=link,
                title=cell(record, title),
                tags=clean_tags([*_tags(cell(record, tags)), folder_tag]),
                state=state,
                starred=starred,
                saved_at=saved_at,
                marks=(Mark(exact=quote, created=saved_at),) if quote else (),
            )
        )


def _folder(folder: str) -> tuple[str, bool, str]:
    """(state, starred, tag) for an Instapaper folder."""
    match folder.casefold():
        case "" | "unread":
            return "unread", False, ""
        case "archive":
            return "archived", False, ""
        case "starred":
            return "unread", True, ""
        case _:
            return "unread", False, folder


def _tags(text: str) -> list[str]:
    """Tags written as a JSON list, or separated by commas."""
    if text.startswith("["):
        try:
            value = json.loads(text)
        except json.JSONDecodeError:
            value = None
        if isinstance(value, list):
            return [str(tag) for tag in value if isinstance(tag, str | int | float) and not isinstance(tag, bool)]
    return text.split(",")
