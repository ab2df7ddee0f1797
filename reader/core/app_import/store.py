"""Storing another app's export in the library: every entry, state, tag, date, highlight and note.

One transaction for the whole export: stopped or failing midway, nothing of it is stored. An entry
whose URL (or, lacking one, whose title) is already in the library is not added again: a newer
export only adds what is new, marks archived what was archived since, and adds new tags and
highlights. An entry that came with its saved page is cleaned like any import; one that came as a
link only is stored at once as a bookmark (title, URL, tags, state, dates: listed and searchable)
and queued to be fetched (`library.queue`). Highlights are placed on the text by the anchoring every
text change uses; on a bookmark they wait, kept with their notes, and are placed when the text
arrives (`FetchQueue.fill` re-anchors them). A highlight with no words (a page note) becomes the
article's note.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from reader.core.anchoring import Selector, anchor, describe
from reader.core.annotation_import.parse import join_tags
from reader.core.app_import.records import APP_NAMES, STARRED_TAG, Entry, Export, Mark
from reader.core.errors import ReaderError
from reader.core.fetch import is_url
from reader.core.fetch_queue import LINK, host_of
from reader.core.library import Library
from reader.core.models import Author, CleanedArticle, Highlight, HighlightStatus, ReadingState
from reader.core.stamps import now_iso

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]  # (done, total, the entry's title): may raise Cancelled
COLORS = ("yellow", "red", "green", "blue", "purple", "orange")
# A state in the export moves the article on, never back: Reader's own progress is kept.
_RANK = {ReadingState.UNREAD: 0, ReadingState.READING: 1, ReadingState.READ: 2, ReadingState.ARCHIVED: 3}


@dataclass
class AppImportReport:
    app: str
    added: int = 0  # new articles (with their text, or as links)
    with_text: int = 0  # of those, the ones that came with their saved page
    updated: int = 0  # already in the library: a state, tags or highlights added
    unchanged: int = 0
    queued: int = 0  # links queued to be fetched
    highlights: int = 0  # highlights added
    waiting: int = 0  # of those, waiting for their article's text (or words not found in it)
    moved: int = 0  # of those, placed on similar words: to check
    duplicates: int = 0  # highlights already there
    notes: int = 0  # article notes added
    problems: list[str] = field(default_factory=list)  # one line for each thing not imported as it was
    article_ids: list[int] = field(default_factory=list)  # the articles added, in the export's order

    def __str__(self) -> str:
        parts = [f"{self.added} added ({self.with_text} with their text)", f"{self.updated} updated"]
        if self.unchanged:
            parts.append(f"{self.unchanged} already there")
        if self.queued:
            parts.append(f"{self.queued} queued to fetch")
        if self.highlights or self.duplicates:
            placed = self.highlights - self.waiting
            parts.append(
                f"{self.highlights} highlights ({placed} placed, {self.moved} of them moved (check them),"
                f" {self.waiting} waiting for their text)"
            )
        if self.notes:
            parts.append(f"{self.notes} notes")
        if self.problems:
            parts.append(f"{len(self.problems)} problems")
        return ", ".join(parts)


def import_export(library: Library, export: Export, progress: Progress | None = None) -> AppImportReport:
    """Store everything the export holds; what was done. Raises Cancelled (from `progress`) or a
    ReaderError from the library, and then nothing is stored."""
    report = AppImportReport(app=export.app, problems=list(export.skipped))
    total = len(export.entries)
    with library.transaction():
        for done, entry in enumerate(export.entries, 1):
            _Storing(library, report, entry).run()
            if progress is not None and (done % 100 == 0 or done == total):
                progress(done, total, entry.title or entry.url)
    log.info("imported a %s export: %s", export.name, report)
    return report


class _Storing:
    def __init__(self, library: Library, report: AppImportReport, entry: Entry) -> None:
        self.library, self.report, self.entry = library, report, entry
        self.changed = False

    def run(self) -> None:
        entry = self.entry
        # by its address; an entry with none (a book's highlights) by the source it was stored
        # under, which a text given to it later keeps, then by its title
        article_id = self.library.find(_source(entry, self.report.app), "" if entry.url else entry.title)
        created = article_id is None
        if article_id is None:
            article_id = self.add()
            self.report.added += 1
            self.report.article_ids.append(article_id)
        self.state(article_id)
        self.tags(article_id)
        self.marks(article_id)
        if not created:
            if self.changed:
                self.report.updated += 1
            else:
                self.report.unchanged += 1

    def add(self) -> int:
        from reader.core.importers import HTML, ImportedArticle, read_article

        entry = self.entry
        if entry.content_html:
            try:
                imported = read_article(entry.content_html.encode("utf-8"), "page.html", kind=HTML, url=entry.url)
            except ReaderError as exc:
                self.report.problems.append(f"{entry.where}: its saved page was not read ({exc}); kept as a link")
            else:
                self.report.with_text += 1
                c = imported.article
                c = replace(
                    c,
                    title=c.title or entry.title,
                    authors=c.authors or _authors(entry),
                    published=c.published or entry.published,
                    url=c.url or entry.url,
                )
                article = self.library.add(
                    replace(imported, article=c), source=_source(entry, self.report.app), added_at=entry.saved_at
                )
                return article.id
        bookmark = CleanedArticle(
            title=entry.title or entry.url,
            body=(),
            subtitle=entry.description,
            authors=_authors(entry),
            site_name=host_of(entry.url),
            published=entry.published,
            url=entry.url,
        )
        article = self.library.add(
            ImportedArticle(LINK, "", bookmark), source=_source(entry, self.report.app), added_at=entry.saved_at
        )
        if is_url(entry.url):
            self.library.queue.add(article.id, entry.url)
            self.report.queued += 1
        return article.id

    def state(self, article_id: int) -> None:
        organize = self.library.organize
        wanted = ReadingState(self.entry.state)
        if _RANK[wanted] > _RANK[ReadingState(organize.state(article_id))]:
            organize.set_state([article_id], wanted)
            self.changed = True

    def tags(self, article_id: int) -> None:
        organize = self.library.organize
        had = {t.casefold() for t in organize.tags_of(article_id)}
        wanted = [*self.entry.tags, *([STARRED_TAG] if self.entry.starred else [])]
        for tag in dict.fromkeys(wanted):
            if tag.casefold() in had:
                continue
            try:
                organize.add_tags([article_id], [tag])
            except ReaderError as exc:
                self.report.problems.append(f"{self.entry.where}: tag {tag[:40]!r} not added ({exc})")
                continue
            had.add(tag.casefold())
            self.changed = True

    def marks(self, article_id: int) -> None:
        if not self.entry.marks:
            return
        annotations = self.library.annotations
        article = self.library.get(article_id)
        text = article.content.text
        there = annotations.for_article(article_id)
        have = {(h.exact, h.prefix, h.suffix) for h in there}
        have_words = {(h.exact, h.note) for h in there}
        for mark in self.entry.marks:
            if not mark.exact.strip():
                self.page_note(article_id, mark)
                continue
            if (mark.exact, mark.prefix, mark.suffix) in have or (mark.exact, _note(mark)) in have_words:
                self.report.duplicates += 1
                continue
            h = _placed(article_id, article.version_id, text, mark)
            annotations.insert(h)
            have.add((mark.exact, mark.prefix, mark.suffix))
            self.report.highlights += 1
            self.report.waiting += h.status == HighlightStatus.ORPHANED
            self.report.moved += h.status == HighlightStatus.MOVED
            self.changed = True

    def page_note(self, article_id: int, mark: Mark) -> None:
        note = _note(mark).strip()
        if not note:
            return
        annotations = self.library.annotations
        current = annotations.article_note(article_id)
        if note in current:
            return
        annotations.set_article_note(article_id, f"{current.rstrip()}\n\n{note}" if current.strip() else note)
        self.report.notes += 1
        self.changed = True


def _placed(article_id: int, version_id: int, text: str, mark: Mark) -> Highlight:
    """The mark as a highlight on the article's text: anchored or moved where its words are, else
    kept as an orphan (its words, context and note) to be placed when the text changes."""
    stamp = mark.created or now_iso()
    found = anchor(Selector(mark.exact, mark.prefix, mark.suffix, 0, 0), text) if text else None
    h = Highlight(
        id=0,
        article_id=article_id,
        version_id=version_id,
        exact=mark.exact,
        prefix=mark.prefix,
        suffix=mark.suffix,
        start=0,
        end=len(mark.exact),
        color=mark.color if mark.color in COLORS else "yellow",
        status=HighlightStatus.ORPHANED,
        created_at=stamp,
        updated_at=stamp,
        note=_note(mark),
    )
    if found is None or found.status is HighlightStatus.ORPHANED:
        return h
    around = describe(text, found.start, found.end)
    return h._replace(prefix=around.prefix, suffix=around.suffix, start=found.start, end=found.end, status=found.status)


def _note(mark: Mark) -> str:
    return join_tags(mark.note, list(mark.tags)) if mark.tags else mark.note


def _authors(entry: Entry) -> tuple[Author, ...]:
    return tuple(Author(name=name) for name in entry.authors if name.strip())


def _source(entry: Entry, app: str) -> str:
    """Where an article came from: its address, or for an entry with none the app and its title."""
    return entry.url or f"{APP_NAMES[app]}: {entry.title}"
