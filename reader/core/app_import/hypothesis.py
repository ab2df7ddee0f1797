"""Hypothesis's JSON export: a list of annotations, or an object holding it under "annotations"
(the web client's export) or "rows" (its search API). Each annotation has uri, target (its
selectors: TextQuoteSelector with exact, prefix and suffix; position and range selectors, which
Reader does not need), text (the note), tags, created and document.title.

The annotations of one uri make one entry (titled from the first document.title given), in the
order they come. An annotation with a quote is a highlight. One without a quote is a page note:
when it has text it is kept as a Mark with exact "" and that note, which the storing side keeps as
the article's note. A reply to another annotation is left out (listed as skipped). A uri that is
not a web address (a PDF's urn:x-pdf:…) still makes an entry, its url that uri.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.core.app_import.reading import BadItem, load_json, moment, names_in, text_of
from reader.core.app_import.records import Entry, Export, MalformedExport, Mark

_LISTS = ("annotations", "rows")


def find_annotations(doc: object) -> list[object] | None:
    """The list of annotations in a JSON document, or None when it holds none."""
    if isinstance(doc, dict):
        doc = next((doc[key] for key in _LISTS if isinstance(doc.get(key), list)), None)
    if not isinstance(doc, list):
        return None
    first = doc[0] if doc else {"uri": ""}
    return doc if isinstance(first, dict) and "uri" in first else None


def read_hypothesis(data: bytes, name: str) -> Export:
    """Read a Hypothesis JSON export."""
    return hypothesis_from_json(load_json(data, name, "Hypothesis"), name)


@dataclass
class _Page:
    where: str
    uri: str
    title: str = ""
    marks: list[Mark] = field(default_factory=list)


def hypothesis_from_json(doc: object, name: str) -> Export:
    """The entries of a Hypothesis export already loaded from JSON."""
    annotations = find_annotations(doc)
    if annotations is None:
        raise MalformedExport(
            "{name} is not an export from Hypothesis: it holds no list of annotations with uri", name=name
        )
    export = Export("hypothesis")
    pages: dict[str, _Page] = {}
    for number, annotation in enumerate(annotations, start=1):
        where = f"annotation {number}"
        try:
            uri, title, mark = _annotation(annotation)
        except BadItem as reason:
            export.skipped.append(f"{where}: {reason}")
            continue
        page = pages.setdefault(uri, _Page(where, uri))
        page.title = page.title or title
        page.marks.append(mark)
    export.entries.extend(
        Entry(where=page.where, url=page.uri, title=page.title, marks=tuple(page.marks)) for page in pages.values()
    )
    return export


def _annotation(annotation: object) -> tuple[str, str, Mark]:
    """(uri, document title, the highlight or page note) of one annotation."""
    if not isinstance(annotation, dict):
        raise BadItem("it is not an object")
    uri = text_of(annotation.get("uri"), "uri").strip()
    if not uri:
        raise BadItem("no uri")
    if annotation.get("references"):
        raise BadItem("a reply to another annotation")
    exact, prefix, suffix = _quote(annotation.get("target"))
    note = text_of(annotation.get("text"), "text").strip()
    if not exact and not note:
        raise BadItem("no quote and no note")
    mark = Mark(
        exact=exact,
        prefix=prefix,
        suffix=suffix,
        note=note,
        tags=names_in(annotation.get("tags"), "name", "tags"),
        created=moment(annotation.get("created")),
    )
    return uri, _title(annotation.get("document")), mark


def _quote(target: object) -> tuple[str, str, str]:
    """(exact, prefix, suffix) of the first TextQuoteSelector of the targets; empty for a page note."""
    targets = target if isinstance(target, list) else [target]
    for item in targets:
        selectors = item.get("selector") if isinstance(item, dict) else None
        for selector in selectors if isinstance(selectors, list) else []:
            if isinstance(selector, dict) and selector.get("type") == "TextQuoteSelector":
                exact = text_of(selector.get("exact"), "quote")
                if not exact.strip():
                    return "", "", ""
                return exact, text_of(selector.get("prefix"), "prefix"), text_of(selector.get("suffix"), "suffix")
    return "", "", ""


def _title(document: object) -> str:
    titles = document.get("title") if isinstance(document, dict) else None
    if isinstance(titles, str):
        titles = [titles]
    for title in titles if isinstance(titles, list) else []:
        if isinstance(title, str) and title.strip():
            return " ".join(title.split())
    return ""
