"""Omnivore's export: a zip of metadata_0_to_20.json, metadata_20_to_40.json, … (lists of saved
items), content/<slug>.html (the page as Omnivore saved it; may be missing: the link is kept) and
highlights/<slug>.md (each highlight a "> " quote, then maybe a paragraph of the user's note).

One metadata_….json file on its own is read too, as links with their states and labels.
State "Archived" is archived; otherwise a readingProgress of 98 or more is read, above 0 reading.
An item Omnivore had deleted is left out (and listed as skipped).
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from reader.core.app_import.reading import (
    BadItem,
    ExportZip,
    day,
    is_zip,
    load_json,
    moment,
    names_in,
    number_of,
    split_authors,
    text_of,
)
from reader.core.app_import.records import Entry, Export, MalformedExport, Mark

METADATA = re.compile(r"metadata_(\d+)_to_\d+\.json", re.IGNORECASE)
_RETURN_LINK = re.compile(r"\s*\[([^\]]*)\]\(([^)\s]*)\)\s*$")
_RETURN_TEXT = ("\u2934", "\u2934\ufe0f", "")


def is_metadata_member(member: str) -> bool:
    return bool(METADATA.fullmatch(PurePosixPath(member).name))


def looks_like_metadata(doc: object) -> bool:
    """Whether a JSON document is one of Omnivore's metadata files: a list of items with slugs."""
    return isinstance(doc, list) and bool(doc) and isinstance(doc[0], dict) and {"slug", "url"} <= doc[0].keys()


def read_omnivore(data: bytes, name: str) -> Export:
    """Read Omnivore's zip export, or one of its metadata files on its own."""
    if not is_zip(data):
        return omnivore_from_json(load_json(data, name, "Omnivore"), name)
    archive = ExportZip(data, name)
    metadata = sorted((m for m in archive.members if is_metadata_member(m)), key=_metadata_order)
    if not metadata:
        raise MalformedExport(
            "{name} is not an export from Omnivore: the zip archive holds no metadata JSON file", name=name
        )
    export = Export("omnivore")
    for member in metadata:
        items = load_json(archive.read(member), name, "Omnivore", member)
        if not isinstance(items, list):
            raise MalformedExport(
                "{name}: {member} of the Omnivore export is not a list of saved items", name=name, member=member
            )
        _read_items(items, PurePosixPath(member), export, _Pages(archive, PurePosixPath(member).parent))
    return export


def omnivore_from_json(doc: object, name: str) -> Export:
    """The items of one metadata file already loaded: links only (no saved pages, no highlights)."""
    if not isinstance(doc, list) or (doc and not looks_like_metadata(doc)):
        raise MalformedExport("{name} is not an export from Omnivore: it is not a list of items with slugs", name=name)
    export = Export("omnivore")
    _read_items(doc, PurePosixPath("item"), export, None)
    return export


def _metadata_order(member: str) -> tuple[int, str]:
    found = METADATA.fullmatch(PurePosixPath(member).name)
    return (int(found.group(1)) if found else 0, member)


class _Pages:
    """The saved pages and highlight files beside a metadata file."""

    def __init__(self, archive: ExportZip, folder: PurePosixPath) -> None:
        self.archive = archive
        self.folder = folder
        self.members = set(archive.members)

    def text(self, kind: str, slug: str, suffix: str) -> str:
        member = (self.folder / kind / f"{slug}{suffix}").as_posix()
        if not slug or member not in self.members:
            return ""
        return self.archive.read(member).decode("utf-8", errors="replace")


def _read_items(items: list[object], member: PurePosixPath, export: Export, pages: _Pages | None) -> None:
    for number, item in enumerate(items, start=1):
        where = f"{member.name} item {number}" if member.name != "item" else f"item {number}"
        try:
            export.entries.append(_entry(item, where, pages))
        except BadItem as reason:
            export.skipped.append(f"{where}: {reason}")


def _entry(item: object, where: str, pages: _Pages | None) -> Entry:
    if not isinstance(item, dict):
        raise BadItem("it is not an object")
    url = text_of(item.get("url"), "url").strip()
    if not url:
        raise BadItem("no URL")
    state = _state(item)
    slug = text_of(item.get("slug"), "slug").strip()
    content = pages.text("content", slug, ".html") if pages else ""
    highlights = pages.text("highlights", slug, ".md") if pages else ""
    return Entry(
        where=where,
        url=url,
        title=" ".join(text_of(item.get("title"), "title").split()),
        authors=split_authors(text_of(item.get("author"), "author")),
        tags=names_in(item.get("labels"), "name", "labels"),
        state=state,
        saved_at=moment(item.get("savedAt")),
        published=day(item.get("publishedAt")),
        description=text_of(item.get("description"), "description").strip(),
        content_html=content,
        marks=highlights_from_markdown(highlights),
    )


def _state(item: dict[str, object]) -> str:
    state = text_of(item.get("state"), "state").casefold()
    if state == "deleted":
        raise BadItem("deleted in Omnivore")
    if state == "archived":
        return "archived"
    progress = number_of(item.get("readingProgress", item.get("readingProgressPercent")), "reading progress")
    if progress >= 98:
        return "read"
    return "reading" if progress > 0 else "unread"


def highlights_from_markdown(text: str) -> tuple[Mark, ...]:
    """The highlights of a highlights/<slug>.md file. Each is a blockquote (its "> " lines, a ">" line
    being a paragraph break inside it; the link back to Omnivore at its end dropped), then the note:
    the text up to the next quote. Text before the first quote (a heading) is not a highlight."""
    marks: list[Mark] = []
    quote: list[str] | None = None
    note: list[str] = []
    in_quote = False
    for line in text.splitlines():
        if line.startswith(">"):
            if quote is None or not in_quote:
                _add_mark(marks, quote, note)
                quote, note = [], []
            quote.append(line[2:] if line.startswith("> ") else line[1:])
            in_quote = True
        else:
            in_quote = False
            if quote is not None:
                note.append(line)
    _add_mark(marks, quote, note)
    return tuple(marks)


def _add_mark(marks: list[Mark], quote: list[str] | None, note: list[str]) -> None:
    if quote is None:
        return
    exact, written = _without_return_link("\n".join(quote).strip()), "\n".join(note).strip()
    if exact or written:
        marks.append(Mark(exact=exact, note=written))


def _without_return_link(quote: str) -> str:
    """The quote without Omnivore's link back to the highlight at its end: [⤴️](https://omnivore.app/…)."""
    found = _RETURN_LINK.search(quote)
    if found and (found.group(1) in _RETURN_TEXT or "omnivore.app/" in found.group(2)):
        return quote[: found.start()].rstrip()
    return quote
