"""Writers of other apps' export files, in each app's own format, from plain Python values.

Tests build the files a user would import with these (then write them to tmp_path where a file is
needed). Every item is a dict; keys left out take the defaults each writer lists, so a test names
only what it checks:

    pocket_csv_zip([{"url": "https://example.org/a", "tags": ["news"]}], parts=2)
    instapaper_csv([{"url": "https://example.org/b", "folder": "Archive"}])
    hypothesis_json([{"uri": "https://example.org/c", "exact": "a quote", "text": "my note"}])
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

Item = Mapping[str, Any]

POCKET_HEADER = ("title", "url", "time_added", "tags", "status")
INSTAPAPER_HEADER = ("URL", "Title", "Selection", "Folder", "Timestamp")
READWISE_HEADER = (
    "Highlight",
    "Book Title",
    "Book Author",
    "Amazon Book ID",
    "Note",
    "Color",
    "Tags",
    "Location Type",
    "Location",
    "Highlighted at",
    "Document tags",
)


def csv_bytes(header: Sequence[str], rows: Sequence[Sequence[object]], bom: bool = False) -> bytes:
    """A CSV file (UTF-8, CRLF line ends as the csv module writes them; with a BOM if `bom`)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return (b"\xef\xbb\xbf" if bom else b"") + out.getvalue().encode("utf-8")


def zip_bytes(members: Mapping[str, bytes | str]) -> bytes:
    """A zip archive (deflated) of these members, by name."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content.encode("utf-8") if isinstance(content, str) else content)
    return out.getvalue()


# ---- Pocket ------------------------------------------------------------------------------------


def pocket_csv(rows: Sequence[Item], columns: Sequence[str] = POCKET_HEADER, cursor: bool = False) -> bytes:
    """One Pocket CSV part. A row: url, title (""), time_added (unix seconds, 1600000000),
    tags (a list, written "a|b"), status ("unread" or "archive"; "unread").
    `columns` gives the columns' order; `cursor` adds Pocket's cursor column at the end."""
    header = [*columns, *(["cursor"] if cursor else [])]
    lines = []
    for number, row in enumerate(rows):
        values = {
            "title": row.get("title", ""),
            "url": row.get("url", ""),
            "time_added": row.get("time_added", 1600000000),
            "tags": "|".join(row.get("tags", [])),
            "status": row.get("status", "unread"),
            "cursor": f"cursor-{number}",
        }
        lines.append([values[column] for column in header])
    return csv_bytes(header, lines)


def pocket_csv_zip(rows: Sequence[Item], parts: int = 1, cursor: bool = False) -> bytes:
    """Pocket's export of its last years: a zip of part_000000.csv, part_000001.csv, …, the rows
    (as `pocket_csv` takes them) shared out in order among `parts` files."""
    size = -(-len(rows) // parts) if rows else 0
    members = {
        f"part_{index:06d}.csv": pocket_csv(rows[index * size : (index + 1) * size], cursor=cursor)
        for index in range(parts)
    }
    return zip_bytes(members)


def pocket_html(unread: Sequence[Item], archived: Sequence[Item]) -> bytes:
    """Pocket's older HTML export: two lists, "Unread" and "Read Archive". An item: url, title
    (the link's text; ""), time_added (1600000000), tags (a list, written "a,b")."""

    def items(entries: Sequence[Item]) -> str:
        return "".join(
            f'<li><a href="{escape(item.get("url", ""))}" time_added="{item.get("time_added", 1600000000)}" '
            f'tags="{escape(",".join(item.get("tags", [])))}">{escape(item.get("title", ""))}</a></li>\n'
            for item in entries
        )

    page = (
        "<!DOCTYPE html>\n<html>\n<head>\n<title>Pocket Export</title>\n</head>\n<body>\n"
        f"<h1>Unread</h1>\n<ul>\n{items(unread)}</ul>\n\n<h1>Read Archive</h1>\n<ul>\n{items(archived)}</ul>\n"
        "</body>\n</html>\n"
    )
    return page.encode("utf-8")


# ---- Instapaper --------------------------------------------------------------------------------


def instapaper_csv(rows: Sequence[Item], tags: str | None = None) -> bytes:
    """Instapaper's CSV export. A row: url, title (""), selection (""), folder ("Unread"),
    timestamp (1600000000), tags (a list). `tags` adds the Tags column: "json" writes each row's
    tags as ["a","b"], "commas" as "a, b"; None leaves the column out."""
    header = [*INSTAPAPER_HEADER, *(["Tags"] if tags else [])]
    lines = []
    for row in rows:
        line = [
            row.get("url", ""),
            row.get("title", ""),
            row.get("selection", ""),
            row.get("folder", "Unread"),
            row.get("timestamp", 1600000000),
        ]
        if tags == "json":
            line.append(json.dumps(list(row.get("tags", []))))
        elif tags:
            line.append(", ".join(row.get("tags", [])))
        lines.append(line)
    return csv_bytes(header, lines)


# ---- Omnivore ----------------------------------------------------------------------------------


def omnivore_highlights_md(highlights: Sequence[Item], slug: str = "page") -> str:
    """An Omnivore highlights/<slug>.md file. A highlight: quote (its lines each written "> "),
    note (""); each quote ends with Omnivore's link back to it, [⤴️](https://omnivore.app/me/<slug>#…)."""
    blocks = []
    for number, highlight in enumerate(highlights):
        lines = highlight["quote"].split("\n")
        lines[-1] += f" [\u2934\ufe0f](https://omnivore.app/me/{slug}#h{number})"
        block = "\n".join(f"> {line}" if line else ">" for line in lines)
        if highlight.get("note"):
            block += "\n\n" + highlight["note"]
        blocks.append(block)
    return "\n\n".join(blocks) + "\n"


def omnivore_item(item: Item, number: int) -> dict[str, Any]:
    """One item of a metadata file, with Omnivore's keys; `item` overrides the defaults."""
    slug = item.get("slug", f"saved-page-{number}")
    fields = {
        "id": f"00000000-0000-0000-0000-{number:012d}",
        "slug": slug,
        "title": f"Saved page {number}",
        "description": "",
        "author": None,
        "url": f"https://example.org/{slug}",
        "state": "Succeeded",
        "readingProgress": 0,
        "thumbnail": None,
        "labels": [],
        "savedAt": "2024-02-03T04:05:06.000Z",
        "updatedAt": "2024-02-04T04:05:06.000Z",
        "publishedAt": None,
    }
    fields.update({key: value for key, value in item.items() if key in fields})
    return fields


def omnivore_zip(items: Sequence[Item], per_file: int = 20) -> bytes:
    """Omnivore's export: metadata_0_to_20.json, metadata_20_to_40.json, … (`per_file` items each),
    content/<slug>.html for the items with "content" (their saved page's HTML), and
    highlights/<slug>.md for those with "highlights" (as `omnivore_highlights_md` takes them).
    An item takes Omnivore's metadata keys (see `omnivore_item`) besides those two."""
    members: dict[str, bytes | str] = {}
    full = [omnivore_item(item, number) for number, item in enumerate(items)]
    for start in range(0, max(len(full), 1), per_file):
        end = start + per_file
        members[f"metadata_{start}_to_{end}.json"] = json.dumps(full[start:end], indent=2)
    for item, metadata in zip(items, full):
        if "content" in item:
            members[f"content/{metadata['slug']}.html"] = item["content"]
        if "highlights" in item:
            members[f"highlights/{metadata['slug']}.md"] = omnivore_highlights_md(item["highlights"], metadata["slug"])
    return zip_bytes(members)


# ---- wallabag ----------------------------------------------------------------------------------


def wallabag_entry(entry: Item, number: int) -> dict[str, Any]:
    """One entry of wallabag's JSON export, with wallabag's keys; `entry` overrides the defaults.
    Its annotations take quote, text (""), created_at; ranges are filled in."""
    fields: dict[str, Any] = {
        "is_archived": 0,
        "is_starred": 0,
        "tags": [],
        "is_public": False,
        "id": number + 1,
        "title": f"Entry {number + 1}",
        "url": f"https://example.org/entry-{number + 1}",
        "content": "",
        "created_at": "2023-03-01T10:00:00+0100",
        "updated_at": "2023-03-02T10:00:00+0100",
        "published_at": None,
        "published_by": None,
        "annotations": [],
        "mimetype": "text/html",
        "language": "en",
        "reading_time": 3,
        "domain_name": "example.org",
        "preview_picture": None,
        "http_status": "200",
        "headers": None,
    }
    fields.update(entry)
    fields["annotations"] = [
        {
            "user": "reader",
            "annotator_schema_version": "v1.0",
            "id": index + 1,
            "text": annotation.get("text", ""),
            "created_at": annotation.get("created_at", "2023-03-03T10:00:00+0100"),
            "updated_at": annotation.get("created_at", "2023-03-03T10:00:00+0100"),
            "quote": annotation.get("quote", ""),
            "ranges": [{"start": "/p[1]", "startOffset": "0", "end": "/p[1]", "endOffset": "10"}],
        }
        for index, annotation in enumerate(fields["annotations"])
    ]
    return fields


def wallabag_json(entries: Sequence[Item], wrap: bool = False) -> bytes:
    """Wallabag's JSON export: a list of entries (see `wallabag_entry`). `wrap` writes them as its
    API gives them instead: {"page": 1, …, "_embedded": {"items": [...]}}."""
    full = [wallabag_entry(entry, number) for number, entry in enumerate(entries)]
    doc: object = (
        {"page": 1, "limit": 30, "pages": 1, "total": len(full), "_embedded": {"items": full}} if wrap else full
    )
    return json.dumps(doc, indent=4).encode("utf-8")


# ---- Readwise ----------------------------------------------------------------------------------


def readwise_csv(rows: Sequence[Item], url_column: str | None = None) -> bytes:
    """Readwise's CSV export, one highlight a row. A row: highlight, title (the book's), author,
    note (""), color ("yellow"), tags (a list), location (0), highlighted_at
    ("2023-05-06 07:08:09+00:00"), document_tags (a list), url (""). `url_column` ("URL" or
    "Source URL") adds that column."""
    header = [*READWISE_HEADER, *([url_column] if url_column else [])]
    lines = []
    for row in rows:
        line = [
            row.get("highlight", ""),
            row.get("title", ""),
            row.get("author", ""),
            "",
            row.get("note", ""),
            row.get("color", "yellow"),
            ", ".join(row.get("tags", [])),
            "order",
            row.get("location", 0),
            row.get("highlighted_at", "2023-05-06 07:08:09+00:00"),
            ", ".join(row.get("document_tags", [])),
        ]
        if url_column:
            line.append(row.get("url", ""))
        lines.append(line)
    return csv_bytes(header, lines)


# ---- Hypothesis --------------------------------------------------------------------------------


def hypothesis_annotation(annotation: Item, number: int) -> dict[str, Any]:
    """One Hypothesis annotation as its API and export write it. Takes uri, exact ("" for a page
    note: no quote selector), prefix, suffix, text, tags (a list), created, title (the document's),
    references (a list: a reply)."""
    uri = annotation.get("uri", "https://example.org/page")
    exact = annotation.get("exact", "")
    selectors: list[dict[str, Any]] = []
    if exact:
        selectors = [
            {
                "type": "RangeSelector",
                "startContainer": "/main[1]/p[1]",
                "startOffset": 0,
                "endContainer": "/main[1]/p[1]",
                "endOffset": len(exact),
            },
            {"type": "TextPositionSelector", "start": 100 + number, "end": 100 + number + len(exact)},
            {
                "type": "TextQuoteSelector",
                "exact": exact,
                "prefix": annotation.get("prefix", ""),
                "suffix": annotation.get("suffix", ""),
            },
        ]
    title = annotation.get("title")
    return {
        "id": f"hyp{number:05d}",
        "created": annotation.get("created", "2023-06-07T08:09:10.123456+00:00"),
        "updated": annotation.get("created", "2023-06-07T08:09:10.123456+00:00"),
        "user": "acct:reader@hypothes.is",
        "uri": uri,
        "text": annotation.get("text", ""),
        "tags": list(annotation.get("tags", [])),
        "group": "__world__",
        "permissions": {"read": ["group:__world__"]},
        "target": [{"source": uri, **({"selector": selectors} if selectors else {})}],
        "document": {"title": [title]} if title else {},
        "links": {"html": f"https://hypothes.is/a/hyp{number:05d}"},
        "flagged": False,
        "hidden": False,
        **({"references": list(annotation["references"])} if annotation.get("references") else {}),
    }


def hypothesis_json(annotations: Sequence[Item], shape: str = "list") -> bytes:
    """A Hypothesis JSON export of these annotations (see `hypothesis_annotation`). `shape`: "list"
    (a bare list), "export" (the web client's {"export_date": …, "annotations": [...]}) or "rows"
    (the search API's {"total": …, "rows": [...]})."""
    full = [hypothesis_annotation(annotation, number) for number, annotation in enumerate(annotations)]
    doc: object = full
    if shape == "export":
        doc = {"export_date": "2023-06-08T00:00:00Z", "export_userid": "acct:reader@hypothes.is", "annotations": full}
    elif shape == "rows":
        doc = {"total": len(full), "rows": full}
    return json.dumps(doc, indent=2).encode("utf-8")
