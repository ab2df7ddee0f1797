"""What another app's export holds, read into plain records before anything is stored.

Every parser (pocket.py, instapaper.py, omnivore.py, wallabag.py, readwise.py, hypothesis.py)
turns one export into an `Export`: its entries (articles, or a link waiting for its text) with
their states, tags, dates and highlights. Nothing here touches the library; `store.py` does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from reader.core.errors import MalformedExport

__all__ = ["APPS", "APP_NAMES", "Entry", "Export", "MalformedExport", "Mark", "utc_iso"]

APPS = ("pocket", "instapaper", "omnivore", "wallabag", "readwise", "hypothesis")
APP_NAMES = {
    "pocket": "Pocket",
    "instapaper": "Instapaper",
    "omnivore": "Omnivore",
    "wallabag": "Wallabag",
    "readwise": "Readwise",
    "hypothesis": "Hypothesis",
}
STARRED_TAG = "starred"  # a starred or favourite item gets this tag
MAX_EXPORT_BYTES = 2 * 1024 * 1024 * 1024  # what a zip may unpack to in all (a zip bomb is refused)


@dataclass(frozen=True)
class Mark:
    """A highlight made in another app: the words, with context where the app kept it."""

    exact: str
    prefix: str = ""
    suffix: str = ""
    note: str = ""
    color: str = ""  # one of Reader's label colours (yellow, red, green, blue, purple, orange) or ""
    tags: tuple[str, ...] = ()
    created: str | None = None  # ISO 8601 in UTC, as `utc_iso` writes it


@dataclass(frozen=True)
class Entry:
    """One saved item: an article with its saved page, or a link whose text is still to be fetched."""

    where: str  # how messages name it: "row 12", "part_000001.csv row 3", "entry 7"
    url: str = ""
    title: str = ""
    authors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    state: str = "unread"  # a ReadingState value: unread, reading, read, archived
    starred: bool = False
    saved_at: str | None = None  # ISO 8601 in UTC (utc_iso)
    published: str | None = None  # "YYYY-MM-DD"
    description: str = ""
    content_html: str = ""  # the page as the app saved it; "" when only the link is known
    marks: tuple[Mark, ...] = ()


@dataclass
class Export:
    app: str  # one of APPS
    entries: list[Entry] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "row 7: no URL and no title", one per item left out

    @property
    def name(self) -> str:
        return APP_NAMES[self.app]

    @property
    def tags(self) -> set[str]:
        return {t.casefold() for e in self.entries for t in e.tags}

    @property
    def to_fetch(self) -> int:
        return sum(1 for e in self.entries if not e.content_html and e.url.startswith(("http://", "https://")))

    @property
    def marks(self) -> int:
        return sum(len(e.marks) for e in self.entries)


def utc_iso(moment: datetime) -> str:
    """A moment as Reader stores it: ISO 8601, UTC, whole seconds (a naive one is taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds")
