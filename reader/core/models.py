"""The article model: plain, immutable records shared by importers, storage and the UI."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from reader.core.errors import ReaderError


class HighlightStatus(enum.StrEnum):
    """Where a highlight stands on its article's current text. A StrEnum: stored and compared as its
    string, so rows read from SQLite need no conversion."""

    ANCHORED = "anchored"  # on its words
    MOVED = "moved"  # found again after the text changed, by similarity: to check
    ORPHANED = "orphaned"  # its words are no longer in the text; kept with its note


class ReadingState(enum.StrEnum):
    """An article's reading state, stored as its string."""

    UNREAD = "unread"
    READING = "reading"
    READ = "read"
    ARCHIVED = "archived"


class BlockKind(enum.Enum):
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    QUOTE = "quote"
    LIST_ITEM = "list_item"
    CODE = "code"  # set as the page sets it: its text keeps its line breaks and indentation


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str


PERSON, ORGANIZATION = "person", "organization"
AUTHOR_KINDS = (PERSON, ORGANIZATION)
AUTHOR_ROLES = ("author", "reporter", "editor", "photographer", "contributor")


@dataclass(frozen=True)
class Author:
    """One name of an article's byline.

    `role` is what they did for this article (one of AUTHOR_ROLES). `kind` says whether the name
    is a person's or an organisation's; "" means nobody said (libraries stored before the kind
    existed, importers that cannot tell): such a name counts as a person's unless it is plainly an
    organisation's (`citing.names.kind_of`). `job_title` is a title the byline writes beside the
    name ("Local Democracy Reporter"), kept as given; it never changes the role."""

    name: str
    role: str = "author"
    kind: str = ""  # PERSON, ORGANIZATION or "" (not said)
    job_title: str = ""


def checked_author(author: Author) -> Author:
    """An author as the user gave it, tidied; ReaderError for a name or role that cannot be stored."""
    name = " ".join(str(author.name or "").split())
    if not name:
        raise ReaderError("an author needs a name")
    if len(name) > 300:
        raise ReaderError("an author's name is at most 300 characters, not {length}", length=len(name))
    if author.role not in AUTHOR_ROLES:
        raise ReaderError(
            "unknown role {role!r} for {name}; choose one of {choices}",
            role=author.role,
            name=name,
            choices=", ".join(AUTHOR_ROLES),
        )
    if author.kind not in (*AUTHOR_KINDS, ""):
        raise ReaderError(
            "{name} is a {choices}, not {kind!r}",
            name=name,
            choices=" or an ".join(AUTHOR_KINDS),
            kind=author.kind,
        )
    return Author(name, author.role, author.kind, " ".join(str(author.job_title or "").split()))


@dataclass(frozen=True)
class Figure:
    caption: str = ""
    credit: str = ""


@dataclass(frozen=True)
class RemovedLine:
    """A line of the input the cleaner left out of the body, and why."""

    text: str
    reason: str


class PageStart(NamedTuple):
    """Where a page of a paged document (a PDF) begins in the article's text, and its number as
    printed on it ("12", "xiv"), or else its place in the file."""

    offset: int
    label: str


def page_at(pages: Sequence[PageStart], offset: int) -> str | None:
    """The label of the page that holds `offset` of the text; None for an article without pages."""
    from bisect import bisect_right

    index = bisect_right(pages, offset, key=lambda page: page.offset) - 1
    return pages[max(index, 0)].label if pages else None


def page_span(pages: Sequence[PageStart], start: int, end: int) -> str | None:
    """The page or pages a passage covers: "12", or "12–13" when it runs over a page break."""
    first, last = page_at(pages, start), page_at(pages, max(start, end - 1))
    if first is None:
        return None
    return first if first == last else f"{first}\u2013{last}"


# The article's text, which highlights index into, is its blocks joined by a blank line. These two
# functions are the one place that rule is written: the exports, the article view and the
# library's checks all ask them.
BLOCK_SEPARATOR = "\n\n"


def body_text(blocks: Sequence[Block]) -> str:
    """The blocks' text as highlights index into it."""
    return BLOCK_SEPARATOR.join(block.text for block in blocks)


def block_starts(blocks: Sequence[Block]) -> list[int]:
    """The offset in body_text(blocks) at which each block begins."""
    starts, offset = [], 0
    for block in blocks:
        starts.append(offset)
        offset += len(block.text) + len(BLOCK_SEPARATOR)
    return starts


@dataclass(frozen=True)
class CleanedArticle:
    """What an importer makes of one input: the article's text and its metadata."""

    title: str
    body: tuple[Block, ...]
    subtitle: str = ""
    section: str = ""
    authors: tuple[Author, ...] = ()
    site_name: str = ""
    dateline: str = ""
    published: str | None = None  # ISO date, YYYY-MM-DD
    language: str = ""  # ISO 639-1
    url: str = ""
    figures: tuple[Figure, ...] = ()
    removed: tuple[RemovedLine, ...] = field(default=(), compare=False)
    pages: tuple[PageStart, ...] = ()  # a paged document's pages, in order; () for a web page or a text

    @property
    def text(self) -> str:
        """The body's text, blocks joined by blank lines: what highlights anchor to."""
        return body_text(self.body)

    @property
    def word_count(self) -> int:
        return sum(len(block.text.split()) for block in self.body)


@dataclass(frozen=True)
class ArticleSummary:
    """One row of the library list: enough to show it, nothing more."""

    id: int
    title: str
    site_name: str
    added_at: str  # ISO 8601 UTC timestamp
    published: str | None
    state: str = ReadingState.UNREAD  # a ReadingState
    position: float = 0.0  # how far it has been read, 0.0 to 1.0


@dataclass(frozen=True)
class Article:
    """A stored article: its id, where it came from, and its current cleaned version."""

    id: int
    source: str  # the file path or URL it was imported from
    kind: str  # text, html or markdown
    added_at: str
    version_id: int
    content: CleanedArticle
    fetched_at: str | None = None  # when the page was downloaded, for articles imported from a URL

    @property
    def title(self) -> str:
        return self.content.title


@dataclass(frozen=True)
class Label:
    """A highlight colour and the meaning the user gave it."""

    color: str  # a stable key: yellow, red, green, blue, purple, orange
    name: str
    hex: str


class Highlight(NamedTuple):
    """A highlight and its note. A named tuple: an article may have thousands, read at every open."""

    id: int
    article_id: int
    version_id: int  # the text version its positions refer to
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int
    color: str
    status: str  # a HighlightStatus
    created_at: str
    updated_at: str
    note: str = ""
    creator: str = ""  # who made it, in a team library (their display name); "" in a personal one


@dataclass(frozen=True)
class ReanchorReport:
    kept: int = 0
    moved: int = 0
    orphaned: int = 0

    def __str__(self) -> str:
        return f"{self.kept} kept, {self.moved} moved, {self.orphaned} orphaned"
