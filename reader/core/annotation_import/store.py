"""Importing W3C Web Annotations into a library's articles (the other half of w3c.py).

The whole file is checked first (w3c_parse.py): nothing is stored from a file that is not
understood. Each annotation's article is found by Reader's own article record (URL, source, text
hash, title: matching.py) or, for another tool's annotation, by the target's URL (or the text hash
in Reader's `urn:reader:article:sha256:` source). When that article's text is the exported text
(same SHA-256), the highlight is stored exactly as it was: positions, context, status. Otherwise
`anchoring.anchor` places it again: kept, moved (to check) or orphaned, as when an article's text
changes in the library. An annotation with positions only (no quote) is placed only on the very
text it was made on; on any other it is skipped, and the report says why. A highlight on the same
words as one already there (an orphan: the same quote and context) is not added again, so
importing a file twice changes nothing. Timestamps, notes and labels come along; an unknown label
gets the first colour. Tagging bodies other than the label are kept as the note's last line,
`Tags: a, b` (highlights have no tags of their own), which the export writes back as tagging bodies.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from reader.core.anchoring import Selector, anchor, describe
from reader.core.annotation_import.matching import ArticleIndex, ArticleKey
from reader.core.annotation_import.parse import ArticleRecord, Incoming, Parsed, join_tags, parse, urn_text_hash
from reader.core.library import Library
from reader.core.models import Highlight, HighlightStatus
from reader.core.stamps import now_iso, text_hash

log = logging.getLogger(__name__)
STORED_AT_ONCE = 500
TEXT_AT_HAND = 32_000_000  # characters of article text kept at hand while importing


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

    def details(self) -> list[str]:
        """One line for each annotation skipped (its number, its id, why) and each article not found."""
        lines = [f"skipped {entry}" for entry in self.skipped]
        lines += [
            f"not in this library: {described}, {count} annotation(s)" for described, count in self.unmatched.items()
        ]
        lines += [f"kept the article note already on “{title}” (the file's differs)" for title in self.notes_kept]
        return lines


Progress = Callable[[str, int, int], None]  # (phase: "checking" or "importing", done, total): may raise


def import_annotations(
    library: Library,
    data: str | bytes | dict[str, Any] | list[Any] | Parsed,
    *,
    article_map: Mapping[str, int] | None = None,
) -> ImportReport:
    """Import W3C annotations (Reader's export or another tool's, or what `w3c_parse.parse` made of
    them) into the library's articles.

    `article_map` (exported article id URI → article id here) overrides the matching; the
    library-folder import uses it. Raises ReaderError for input it cannot read, before storing."""
    parsed = data if isinstance(data, Parsed) else parse(data)
    return _import(library, parsed.articles, parsed.annotations, parsed.skipped, dict(article_map or {}))


def import_annotations_file(library: Library, path: Path, progress: Progress | None = None) -> ImportReport:
    """Import a W3C annotation file of any size: checked whole first (nothing is stored from a file
    that is not understood), then read and stored one annotation at a time in one transaction, so
    memory does not grow with the file. `progress` hears how far each pass is; an exception it
    raises (Cancelled) stops the import with nothing stored."""
    from reader.core.annotation_import.stream import AnnotationFile

    checking = None if progress is None else (lambda done, total: progress("checking", done, total))
    document = AnnotationFile(path, checking)
    return _import(library, document.articles, document, document.skipped, {}, total=document.count, progress=progress)


def _import(
    library: Library,
    articles: Mapping[str, ArticleRecord],
    incoming: Iterable[Incoming],
    skipped: list[str],
    article_map: dict[str, int],
    *,
    total: int = 0,
    progress: Progress | None = None,
) -> ImportReport:
    report = ImportReport(skipped=list(skipped))
    importer = _Importer(library, articles, article_map, report)
    with library.transaction():  # the whole file, or (killed midway, stopped, or failing) none of it
        for record in articles.values():
            importer.article_note(record)
        for done, annotation in enumerate(incoming, 1):
            importer.annotation(annotation)
            if progress is not None and (done % STORED_AT_ONCE == 0 or done == total):
                progress("importing", done, total)
        importer.flush()
    report.skipped.sort(key=_number)  # in the file's order, whether skipped when read or when placed
    log.info("imported annotations: %s", report)
    return report


class _Target(NamedTuple):
    """What placing needs of an article: its current version and text (computed once, not per annotation)."""

    id: int
    version_id: int
    text: str


class _Importer:
    def __init__(
        self, library: Library, records: Mapping[str, ArticleRecord], article_map: dict[str, int], report: ImportReport
    ) -> None:
        self.library = library
        self.records = records
        self.article_map = article_map
        self.report = report
        self.labels = library.annotations.labels()
        self._index: ArticleIndex | None = None
        self._resolved: dict[tuple[str, str], int | None] = {}
        self._texts: OrderedDict[int, _Target] = OrderedDict()
        self._chars = 0
        self._pending: list[Highlight] = []  # placed, not yet stored
        self._seen: dict[int, tuple[str, set[bytes]]] = {}

    def find(self, article_uri: str, source: str) -> int | None:
        key = (article_uri, source)
        if key not in self._resolved:
            if article_uri in self.article_map:
                found: int | None = self.article_map[article_uri]
            else:
                record = self.records.get(article_uri)
                if self._index is None:
                    self._index = ArticleIndex(self.library)
                wanted = (
                    ArticleKey(url=record.url, source=record.source, title=record.title, text_hash=record.text_hash)
                    if record
                    else ArticleKey(url=source, text_hash=urn_text_hash(source))
                )
                found = self._index.find(wanted)
            self._resolved[key] = found
        return self._resolved[key]

    def article(self, article_id: int) -> tuple[_Target, str, set[bytes]]:
        """The article's text, its hash and its highlights' keys. The hash and keys of every article
        met are kept (they are small); only the texts last used, up to TEXT_AT_HAND characters, are
        kept at hand, so a file on 100,000 articles does not hold all their texts."""
        target = self._texts.get(article_id)
        if target is None:
            article = self.library.get(article_id)
            target = _Target(article.id, article.version_id, article.content.text)
            self._texts[article_id] = target
            self._chars += len(target.text)
            while self._chars > TEXT_AT_HAND and len(self._texts) > 1:
                self._chars -= len(self._texts.popitem(last=False)[1].text)
        else:
            self._texts.move_to_end(article_id)
        if article_id not in self._seen:
            keys = {_key(h) for h in self.library.annotations.for_article(article_id)}
            self._seen[article_id] = (text_hash(target.text), keys)
        digest, keys = self._seen[article_id]
        return target, digest, keys

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
            described = (
                f"“{record.title}” ({record.url or record.source or record.uri})"
                if record
                else incoming.source or "an annotation with no source"
            )
            self.report.unmatched[described] = self.report.unmatched.get(described, 0) + 1
            return
        article, digest, keys = self.article(article_id)
        record = self.records.get(incoming.article_uri)
        made_on = record.text_hash if record is not None and record.text_hash else urn_text_hash(incoming.source)
        same_text = bool(made_on) and made_on == digest
        if not incoming.exact:  # positions only: they say which words only on the text they were counted on
            why = self.unplaceable(incoming, article, made_on, same_text)
            if why:
                self.report.skipped.append(f"{incoming.name}: it has only a TextPositionSelector, and {why}")
                return
        h = self.place(incoming, article, same_text)
        if _key(h) in keys:
            self.report.duplicates += 1
            return
        keys.add(_key(h))
        self._pending.append(h)
        if len(self._pending) >= STORED_AT_ONCE:
            self.flush()

    def flush(self) -> None:
        """Store the highlights placed so far: every field as given, under new ids."""
        self.library.annotations.insert_many(self._pending)
        for stored in self._pending:
            self.report.imported += 1
            self.report.moved += stored.status == HighlightStatus.MOVED
            self.report.orphaned += stored.status == HighlightStatus.ORPHANED
        self._pending = []

    @staticmethod
    def unplaceable(inc: Incoming, article: _Target, made_on: str, same_text: bool) -> str:
        """Why a positions-only annotation cannot be placed on this article ("" when it can)."""
        if not made_on:
            return "the file does not say which text of the article its positions count on"
        if not same_text:
            return "the article's text here is not the version it was made on"
        text = article.text
        if inc.start is None or inc.end is None or inc.end > len(text):
            return "its positions are past the end of the article's text"
        if not text[inc.start : inc.end].strip():
            return "its positions select no words, only space between them"
        return ""

    def place(self, inc: Incoming, article: _Target, same_text: bool) -> Highlight:
        text = article.text
        start, end = (inc.start, inc.end) if inc.start is not None and inc.end is not None else (0, 0)
        stamp = inc.created or now_iso()
        color, tags = self.color(inc)
        note = join_tags(inc.note, tags) if tags else inc.note
        exact, prefix, suffix = inc.exact, inc.prefix, inc.suffix
        if not exact:  # positions only, on this very text (checked): the words are the ones they select
            around = describe(text, start, end)
            exact, prefix, suffix = around.exact, around.prefix, around.suffix
        h = Highlight(
            id=0,
            article_id=article.id,
            version_id=article.version_id,
            exact=exact,
            prefix=prefix,
            suffix=suffix,
            start=start,
            end=end,
            color=color,
            status=inc.status,
            created_at=stamp,
            updated_at=inc.modified or stamp,
            note=note,
        )
        valid = 0 <= start < end <= len(text)
        if same_text and (valid or inc.status == HighlightStatus.ORPHANED):
            if end <= start:  # an orphan that came without positions
                h = h._replace(start=0, end=len(exact))
            return h  # the very text it was made on: everything stands
        # Positions past the end of this text are no hint (anchor() would accept a cut-off slice there).
        hint = (start, end) if valid else (0, 0)
        found = anchor(Selector(exact, prefix, suffix, *hint), text)
        if found.status is HighlightStatus.ORPHANED:
            if end <= start:
                h = h._replace(start=0, end=len(exact))
            return h._replace(status=HighlightStatus.ORPHANED)
        around = describe(text, found.start, found.end)
        moved = found.status is HighlightStatus.MOVED or inc.status == HighlightStatus.MOVED
        return h._replace(
            prefix=around.prefix,
            suffix=around.suffix,
            start=found.start,
            end=found.end,
            status=HighlightStatus.MOVED if moved else HighlightStatus.ANCHORED,
        )

    def color(self, inc: Incoming) -> tuple[str, list[str]]:
        """The highlight's colour, and the tagging values that are tags rather than its label.

        Reader's own export writes the label's name as the first tagging body, beside `reader:color`;
        another tool's tags are all tags, except the first that names one of this library's labels."""
        default = self.labels[0].color if self.labels else "yellow"
        taggings = [t for t in inc.taggings if t.strip()]
        if inc.color:
            label, tags = (taggings[0], taggings[1:]) if taggings else ("", [])
            for lb in self.labels:
                if inc.color.lower() == lb.color:
                    return lb.color, tags
            return self._named(label) or default, tags
        for index, value in enumerate(taggings):
            found = self._named(value)
            if found:
                return found, taggings[:index] + taggings[index + 1 :]
        return default, taggings

    def _named(self, value: str) -> str:
        for label in self.labels:
            if value and value.strip().casefold() == label.name.casefold():
                return label.color
        return ""


def _number(entry: str) -> int:
    match = re.match(r"annotation (\d+)", entry)
    return int(match.group(1)) if match else 0


def _key(h: Highlight) -> bytes:
    """When two highlights are the same: same words at the same place (orphans: same quote and
    context). A 128-bit digest of that, not the words themselves: an import of a million keeps them all."""
    parts = (
        ("orphan", h.exact, h.prefix, h.suffix)
        if h.status == HighlightStatus.ORPHANED
        else ("placed", h.exact, str(h.start), str(h.end))
    )
    return hashlib.blake2b("\x00".join(parts).encode("utf-8", "surrogatepass"), digest_size=16).digest()
