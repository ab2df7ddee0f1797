"""Wallabag's JSON export: a list of entries (or, from its API, an object holding that list, as
{"_embedded": {"items": [...]}}), each with title, url, content (the saved page's HTML), tags,
is_archived, is_starred, created_at, published_at, published_by and annotations (quote, text,
created_at).

The text wallabag stores when it could not fetch a page ("wallabag can't retrieve contents for
this article") is not the article: such an entry comes in as a link, to be fetched again.
"""

from __future__ import annotations

from reader.core.app_import.reading import BadItem, day, flag, load_json, moment, names_in, text_of
from reader.core.app_import.records import Entry, Export, MalformedExport, Mark

_ENTRY_KEYS = ("is_archived", "is_starred")  # with "url": what tells a wallabag entry from other JSON
_NOT_FETCHED = "wallabag can't retrieve contents"


def find_entries(doc: object, depth: int = 3) -> list[object] | None:
    """The list of wallabag entries in a JSON document (the document itself, or a list somewhere in
    its objects' values), or None when it holds none."""
    if isinstance(doc, list):
        first = doc[0] if doc else None
        if isinstance(first, dict) and "url" in first and any(key in first for key in _ENTRY_KEYS):
            return doc
        return None
    if isinstance(doc, dict) and depth > 0:
        for value in doc.values():
            found = find_entries(value, depth - 1)
            if found is not None:
                return found
    return None


def read_wallabag(data: bytes, name: str) -> Export:
    """Read wallabag's JSON export."""
    return wallabag_from_json(load_json(data, name, "Wallabag"), name)


def wallabag_from_json(doc: object, name: str) -> Export:
    """The entries of a wallabag export already loaded from JSON."""
    entries = [] if doc == [] else find_entries(doc)
    if entries is None:
        raise MalformedExport("{name} is not an export from Wallabag: it holds no list of entries with url", name=name)
    export = Export("wallabag")
    for number, item in enumerate(entries, start=1):
        where = f"entry {number}"
        try:
            export.entries.append(_entry(item, where, export.skipped))
        except BadItem as reason:
            export.skipped.append(f"{where}: {reason}")
    return export


def _entry(item: object, where: str, skipped: list[str]) -> Entry:
    if not isinstance(item, dict):
        raise BadItem("it is not an object")
    url = text_of(item.get("url"), "url").strip()
    if not url:
        raise BadItem("no URL")
    content = text_of(item.get("content"), "content")
    return Entry(
        where=where,
        url=url,
        title=" ".join(text_of(item.get("title"), "title").split()),
        authors=_authors(item.get("published_by")),
        tags=names_in(item.get("tags"), "label", "tags"),
        state="archived" if flag(item.get("is_archived"), "archived flag") else "unread",
        starred=flag(item.get("is_starred"), "starred flag"),
        saved_at=moment(item.get("created_at")),
        published=day(item.get("published_at")),
        content_html="" if _NOT_FETCHED in content[:500] else content,
        marks=_marks(item.get("annotations"), where, skipped),
    )


def _authors(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    return names_in(value, "name", "authors")


def _marks(value: object, where: str, skipped: list[str]) -> tuple[Mark, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        skipped.append(f"{where}: its annotations are not a list (the entry is read without them)")
        return ()
    marks: list[Mark] = []
    for number, annotation in enumerate(value, start=1):
        try:
            marks.append(_mark(annotation))
        except BadItem as reason:
            skipped.append(f"{where} annotation {number}: {reason}")
    return tuple(marks)


def _mark(annotation: object) -> Mark:
    """An annotation; one without a quote but with text is a note on the whole article (exact "")."""
    if not isinstance(annotation, dict):
        raise BadItem("it is not an object")
    quote = text_of(annotation.get("quote"), "quote").strip()
    note = text_of(annotation.get("text"), "text").strip()
    if not quote and not note:
        raise BadItem("no quote and no note")
    return Mark(exact=quote, note=note, created=moment(annotation.get("created_at")))
