"""An article copied from one library into another — from a personal library into a team
library's replica, or back — with its highlights, notes and tags. The text is the same, so every
highlight lands on the same words; in a team replica the copy is shared at the next sync.

An article the other library has already (by its address or source) gets the copied text as a
new version when it differs, and only the highlights it does not have yet."""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.errors import ReaderError
from reader.core.importers import ImportedArticle
from reader.core.library import Library


@dataclass(frozen=True)
class Copied:
    article_id: int  # in the target library
    created: bool
    highlights: int


def copy_article(source: Library, article_id: int, target: Library) -> Copied:
    """Copy one article into `target`, in one transaction there."""
    return _copy(source, article_id, target, None)


def copy_highlight(source: Library, highlight_id: int, target: Library) -> Copied:
    """Copy one highlight, with its note, into `target`, in one transaction there. Its article comes
    too when `target` does not have it yet (its text only: not its other highlights, note or tags)."""
    return _copy(source, source.annotations.get(highlight_id).article_id, target, highlight_id)


def _copy(source: Library, article_id: int, target: Library, only: int | None) -> Copied:
    if source.path.resolve() == target.path.resolve():
        raise ReaderError("an article cannot be copied into the library it is in")
    article = source.get(article_id)
    imported = ImportedArticle(article.kind, source.versions.raw_text(article), article.content)
    marks = [h for h in source.annotations.for_article(article_id) if only is None or h.id == only]
    note = source.annotations.article_note(article_id) if only is None else ""
    tags = source.organize.tags_of(article_id) if only is None else []
    with target.transaction():
        found = target.find(url=article.content.url) if article.content.url else None
        if found is None:
            found = target.find(url=article.source) if article.source else None
        created = found is None
        if found is None:
            stored = target.add(
                imported, source=article.source, fetched_at=article.fetched_at, added_at=article.added_at
            )
        elif target.get(found).content.text != article.content.text:
            stored = target.versions.make(found, lambda _a, _r: imported, metadata_too=True).article
        else:
            stored = target.get(found)
        there = {(h.start, h.end, h.exact) for h in target.annotations.for_article(stored.id)}
        added = 0
        for h in marks:
            if (h.start, h.end, h.exact) in there:
                continue
            target.annotations.insert(h._replace(id=0, article_id=stored.id, version_id=stored.version_id))
            added += 1
        if note.strip() and not target.annotations.article_note(stored.id).strip():
            target.annotations.set_article_note(stored.id, note)
        if tags:
            target.organize.add_tags([stored.id], tags)
    return Copied(stored.id, created, added)
