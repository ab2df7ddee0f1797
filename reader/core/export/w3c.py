"""Highlights and notes as W3C Web Annotations (JSON-LD), and importing them back.

Export: one `AnnotationCollection` whose embedded first page holds one `Annotation` per
highlight. Its target is the article's URL (or `reader://article/ID` when it has none) with a
TextQuoteSelector and a TextPositionSelector; its bodies are the note (Markdown, purpose
"commenting") and the label's name (purpose "tagging"). Reader's own facts travel in properties
named `reader:…` (JSON-LD reads them as absolute IRIs, other tools ignore them): the colour key,
the anchoring status, and `reader:articles`, the metadata that finds each article again on
import (URL, source, title, a SHA-256 of the text) with its article note.

Import (`import_annotations`) checks the whole file first (w3c_parse.py) and stores nothing from
a file it does not understand. Each annotation's article is found by URL, source, text hash or
title (matching.py); when that article's text is the exported one the highlight is stored exactly
as it was, otherwise it is placed again by `anchoring.anchor` (kept, moved or orphaned). A
highlight on the same words as one already there is not added twice, so importing a file again
changes nothing.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from reader.core.anchoring import Selector, Status, anchor, describe
from reader.core.annotations import HighlightNotFound
from reader.core.errors import LibraryError
from reader.core.export.matching import ArticleIndex, ArticleKey, text_sha256
from reader.core.export.safe_write import write_text
from reader.core.export.w3c_parse import ArticleRecord, Incoming, parse
from reader.core.library import Library
from reader.core.models import Article, Highlight, Label

log = logging.getLogger(__name__)

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
FORMAT_VERSION = 1


def article_uri(article_id: int) -> str:
    return f"reader://article/{article_id}"


def highlight_uri(article_id: int, highlight_id: int) -> str:
    return f"reader://article/{article_id}#highlight-{highlight_id}"


def w3c_time(stamp: str) -> str:
    """The library's '2024-03-03T10:00:00+00:00' as the 'Z' form the W3C model's examples use."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# -- export ---------------------------------------------------------------------------------------


def annotation_json(article: Article, h: Highlight, labels: Mapping[str, Label]) -> dict[str, Any]:
    """One highlight as a W3C Annotation."""
    bodies: list[dict[str, Any]] = []
    if h.note.strip():
        bodies.append({"type": "TextualBody", "value": h.note, "format": "text/markdown",
                       "purpose": "commenting"})
    label = labels.get(h.color)
    bodies.append({"type": "TextualBody", "value": label.name if label else h.color, "purpose": "tagging"})
    return {
        "@context": CONTEXT,
        "id": highlight_uri(article.id, h.id),
        "type": "Annotation",
        "motivation": "highlighting",
        "created": w3c_time(h.created_at),
        "modified": w3c_time(h.updated_at or h.created_at),
        "body": bodies,
        "target": {
            "source": article.content.url or article_uri(article.id),
            "reader:article": article_uri(article.id),
            "selector": [
                {"type": "TextQuoteSelector", "exact": h.exact, "prefix": h.prefix, "suffix": h.suffix},
                {"type": "TextPositionSelector", "start": h.start, "end": h.end},
            ],
        },
        "reader:color": h.color,
        "reader:status": h.status,
    }


def article_json(article: Article, note: str) -> dict[str, Any]:
    """What finds an article again on import, and its article note."""
    c = article.content
    return {"id": article_uri(article.id), "title": c.title, "url": c.url, "source": article.source,
            "site": c.site_name, "published": c.published,
            "authors": [{"name": a.name, "role": a.role} for a in c.authors],
            "textSha256": text_sha256(c.text), "note": note}


def export_annotations(library: Library, article_ids: Iterable[int] | None = None) -> dict[str, Any]:
    """The annotations of these articles (default: the whole library) as one AnnotationCollection.

    Articles with neither highlights nor an article note are left out."""
    ids = sorted(library.article_ids()) if article_ids is None else list(article_ids)
    labels = {label.color: label for label in library.annotations.labels()}
    items: list[dict[str, Any]] = []
    articles: list[dict[str, Any]] = []
    for article_id in ids:
        article = library.get(article_id)
        highlights = library.annotations.for_article(article_id)
        note = library.annotations.article_note(article_id)
        if not highlights and not note.strip():
            continue
        articles.append(article_json(article, note))
        items.extend(annotation_json(article, h, labels) for h in highlights)
    return {
        "@context": CONTEXT,
        "id": f"urn:uuid:{uuid.uuid4()}",
        "type": "AnnotationCollection",
        "label": "Highlights and notes exported from Reader",
        "generator": {"type": "Software", "name": "Reader"},
        "generated": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "total": len(items),
        "reader:format": FORMAT_VERSION,
        "reader:articles": articles,
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def dumps(document: Mapping[str, Any] | list[Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def write_annotations(library: Library, path: Path | str, article_ids: Iterable[int] | None = None, *,
                      force: bool = False) -> Path:
    """Export to a .jsonld / .json file (atomically; an existing file only with force)."""
    return write_text(path, dumps(export_annotations(library, article_ids)), force=force)


# -- import ---------------------------------------------------------------------------------------


@dataclass
class ImportReport:
    imported: int = 0
    duplicates: int = 0  # already in the library: not added again
    moved: int = 0  # placed on similar words: to check
    orphaned: int = 0  # words not found: kept as orphans
    article_notes: int = 0
    notes_kept: list[str] = field(default_factory=list)  # articles whose own, different note was kept
    unmatched: dict[str, int] = field(default_factory=dict)  # article described → annotations not imported
    skipped: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        parts = [f"{self.imported} imported", f"{self.duplicates} already there"]
        if self.moved or self.orphaned:
            parts.append(f"{self.moved} moved (check them), {self.orphaned} orphaned")
        if self.article_notes:
            parts.append(f"{self.article_notes} article note(s)")
        if self.unmatched:
            parts.append(f"{sum(self.unmatched.values())} for {len(self.unmatched)} article(s) not in this library")
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped")
        return ", ".join(parts)


def import_annotations(library: Library, data: str | bytes | dict[str, Any] | list[Any], *,
                       article_map: Mapping[str, int] | None = None) -> ImportReport:
    """Import W3C annotations (Reader's export or another tool's) into the library's articles.

    `article_map` (exported article id URI → article id here) overrides the matching; the
    library-folder import uses it. Raises ReaderError for input it cannot read, before storing."""
    parsed = parse(data)
    report = ImportReport(skipped=list(parsed.skipped))
    importer = _Importer(library, parsed.articles, dict(article_map or {}), report)
    for record in parsed.articles.values():
        importer.article_note(record)
    for incoming in parsed.annotations:
        importer.annotation(incoming)
    log.info("imported annotations: %s", report)
    return report


class _Importer:
    def __init__(self, library: Library, records: Mapping[str, ArticleRecord], article_map: dict[str, int],
                 report: ImportReport) -> None:
        self.library = library
        self.records = records
        self.article_map = article_map
        self.report = report
        self.labels = library.annotations.labels()
        self._index: ArticleIndex | None = None
        self._resolved: dict[tuple[str, str], int | None] = {}
        self._articles: dict[int, tuple[Article, str, set[tuple[Any, ...]]]] = {}
        self._next_id: int | None = None

    def find(self, article_uri: str, source: str) -> int | None:
        key = (article_uri, source)
        if key not in self._resolved:
            if article_uri in self.article_map:
                found: int | None = self.article_map[article_uri]
            else:
                record = self.records.get(article_uri)
                if self._index is None:
                    self._index = ArticleIndex(self.library)
                wanted = (ArticleKey(url=record.url, source=record.source, title=record.title,
                                     text_hash=record.text_hash) if record else ArticleKey(url=source))
                found = self._index.find(wanted)
            self._resolved[key] = found
        return self._resolved[key]

    def article(self, article_id: int) -> tuple[Article, str, set[tuple[Any, ...]]]:
        if article_id not in self._articles:
            article = self.library.get(article_id)
            keys = {_key(h) for h in self.library.annotations.for_article(article_id)}
            self._articles[article_id] = (article, text_sha256(article.content.text), keys)
        return self._articles[article_id]

    def article_note(self, record: ArticleRecord) -> None:
        if not record.note.strip():
            return
        article_id = self.find(record.uri, record.url)
        if article_id is None:
            return
        current = self.library.annotations.article_note(article_id)
        if current.strip() == record.note.strip():
            return
        if current.strip():
            self.report.notes_kept.append(record.title or record.uri)
            return
        self.library.annotations.set_article_note(article_id, record.note)
        self.report.article_notes += 1

    def annotation(self, incoming: Incoming) -> None:
        article_id = self.find(incoming.article_uri, incoming.source)
        if article_id is None:
            record = self.records.get(incoming.article_uri)
            described = (f"“{record.title}” ({record.url or record.source or record.uri})" if record
                         else incoming.source or "an annotation with no source")
            self.report.unmatched[described] = self.report.unmatched.get(described, 0) + 1
            return
        article, digest, keys = self.article(article_id)
        record = self.records.get(incoming.article_uri)
        same_text = record is not None and record.text_hash == digest
        h = self.place(incoming, article, same_text)
        if _key(h) in keys:
            self.report.duplicates += 1
            return
        stored = self.store(article, h)
        keys.add(_key(stored))
        self.report.imported += 1
        self.report.moved += stored.status == Status.MOVED.value
        self.report.orphaned += stored.status == Status.ORPHANED.value

    def place(self, inc: Incoming, article: Article, same_text: bool) -> Highlight:
        text = article.content.text
        start, end = (inc.start, inc.end) if inc.start is not None and inc.end is not None else (0, 0)
        fields = dict(exact=inc.exact, prefix=inc.prefix, suffix=inc.suffix, start=start, end=end,
                      status=inc.status)
        valid = 0 <= start < end <= len(text)
        if not (same_text and (valid or inc.status == Status.ORPHANED.value)):
            found = anchor(Selector(inc.exact, inc.prefix, inc.suffix, start, end), text)
            if found.status is Status.ORPHANED:
                if end <= start:
                    fields.update(start=0, end=len(inc.exact))
                fields["status"] = Status.ORPHANED.value
            else:
                around = describe(text, found.start, found.end)
                moved = found.status is Status.MOVED or inc.status == Status.MOVED.value
                fields.update(prefix=around.prefix, suffix=around.suffix, start=found.start, end=found.end,
                              status=Status.MOVED.value if moved else Status.ANCHORED.value)
        stamp = inc.created or self.library_now()
        return Highlight(id=0, article_id=article.id, version_id=article.version_id, color=self.color(inc),
                         created_at=stamp, updated_at=inc.modified or stamp, note=inc.note, **fields)

    def color(self, inc: Incoming) -> str:
        for label in self.labels:
            if inc.color and inc.color.lower() == label.color:
                return label.color
        for label in self.labels:
            if inc.label and inc.label.casefold() == label.name.casefold():
                return label.color
        return self.labels[0].color if self.labels else "yellow"

    @staticmethod
    def library_now() -> str:
        return datetime.now(timezone.utc).isoformat(timespec="seconds")

    def store(self, article: Article, h: Highlight) -> Highlight:
        """Store with every field as given: `restore` under a fresh id (found by `add` the first time)."""
        annotations = self.library.annotations
        if self._next_id is not None:
            try:
                annotations.get(self._next_id)
            except HighlightNotFound:
                try:
                    stored = annotations.restore(h._replace(id=self._next_id))
                    self._next_id += 1
                    return stored
                except LibraryError:  # another writer took the id meanwhile
                    pass
        text = article.content.text
        probe = annotations.add(article.id, 0, min(len(text), max(1, len(text.split(None, 1)[0]))))
        annotations.delete(probe.id)
        stored = annotations.restore(h._replace(id=probe.id))
        self._next_id = probe.id + 1
        return stored


def _key(h: Highlight) -> tuple[Any, ...]:
    """When two highlights are the same: same words at the same place (orphans: same quote and context)."""
    if h.status == Status.ORPHANED.value:
        return ("orphan", h.exact, h.prefix, h.suffix)
    return ("placed", h.exact, h.start, h.end)
