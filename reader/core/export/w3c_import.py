"""Importing W3C Web Annotations into a library's articles (the other half of w3c.py).

The whole file is checked first (w3c_parse.py): nothing is stored from a file that is not
understood. Each annotation's article is found by Reader's own article record (URL, source, text
hash, title: matching.py) or, for another tool's annotation, by the target's URL. When that
article's text is the exported text (same SHA-256), the highlight is stored exactly as it was:
positions, context, status. Otherwise `anchoring.anchor` places it again: kept, moved (to check)
or orphaned, as when an article's text changes in the library. A highlight on the same words as
one already there (an orphan: the same quote and context) is not added again, so importing a file
twice changes nothing. Timestamps, notes and labels come along; an unknown label gets the first
colour.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from reader.core.anchoring import Selector, Status, anchor, describe
from reader.core.export.matching import ArticleIndex, ArticleKey
from reader.core.export.w3c_parse import ArticleRecord, Incoming, Parsed, parse
from reader.core.library import Library, now_iso, text_hash
from reader.core.models import Article, Highlight

log = logging.getLogger(__name__)


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


def import_annotations(library: Library, data: str | bytes | dict[str, Any] | list[Any] | Parsed, *,
                       article_map: Mapping[str, int] | None = None) -> ImportReport:
    """Import W3C annotations (Reader's export or another tool's, or what `w3c_parse.parse` made of
    them) into the library's articles.

    `article_map` (exported article id URI → article id here) overrides the matching; the
    library-folder import uses it. Raises ReaderError for input it cannot read, before storing."""
    parsed = data if isinstance(data, Parsed) else parse(data)
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
            self._articles[article_id] = (article, text_hash(article.content.text), keys)
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
        stored = self.library.annotations.insert(h)  # every field as given, under a new id
        keys.add(_key(stored))
        self.report.imported += 1
        self.report.moved += stored.status == Status.MOVED.value
        self.report.orphaned += stored.status == Status.ORPHANED.value

    def place(self, inc: Incoming, article: Article, same_text: bool) -> Highlight:
        text = article.content.text
        start, end = (inc.start, inc.end) if inc.start is not None and inc.end is not None else (0, 0)
        stamp = inc.created or now_iso()
        h = Highlight(id=0, article_id=article.id, version_id=article.version_id, exact=inc.exact,
                      prefix=inc.prefix, suffix=inc.suffix, start=start, end=end, color=self.color(inc),
                      status=inc.status, created_at=stamp, updated_at=inc.modified or stamp, note=inc.note)
        valid = 0 <= start < end <= len(text)
        if same_text and (valid or inc.status == Status.ORPHANED.value):
            return h  # the very text it was made on: everything stands
        # Positions past the end of this text are no hint (anchor() would accept a cut-off slice there).
        hint = (start, end) if valid else (0, 0)
        found = anchor(Selector(inc.exact, inc.prefix, inc.suffix, *hint), text)
        if found.status is Status.ORPHANED:
            if end <= start:
                h = h._replace(start=0, end=len(inc.exact))
            return h._replace(status=Status.ORPHANED.value)
        around = describe(text, found.start, found.end)
        moved = found.status is Status.MOVED or inc.status == Status.MOVED.value
        return h._replace(prefix=around.prefix, suffix=around.suffix, start=found.start, end=found.end,
                          status=Status.MOVED.value if moved else Status.ANCHORED.value)

    def color(self, inc: Incoming) -> str:
        for label in self.labels:
            if inc.color and inc.color.lower() == label.color:
                return label.color
        for label in self.labels:
            if inc.label and inc.label.casefold() == label.name.casefold():
                return label.color
        return self.labels[0].color if self.labels else "yellow"


def _key(h: Highlight) -> tuple[Any, ...]:
    """When two highlights are the same: same words at the same place (orphans: same quote and context)."""
    if h.status == Status.ORPHANED.value:
        return ("orphan", h.exact, h.prefix, h.suffix)
    return ("placed", h.exact, h.start, h.end)
