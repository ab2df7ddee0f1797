"""A page sent from the browser, into the library: cleaned like any saved page, stored as a new
article or a new version of the one saved from the same address, and the selection sent with it
placed as a highlight by the anchoring every text change uses."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from reader.core.anchoring import Selector, anchor
from reader.core.errors import ReaderError
from reader.core.importers import ImportedArticle, read_article
from reader.core.library import Library
from reader.core.models import Highlight, HighlightStatus
from reader.core.stamps import now_iso

MAX_QUOTE = 5_000  # characters of a selection kept as a highlight
MAX_CONTEXT = 200
_BOM = b"\xef\xbb\xbf"  # the DOM arrives as UTF-8 whatever charset its <meta> still declares

SAVED, NEW_VERSION, UNCHANGED = "saved", "new version", "unchanged"


@dataclass(frozen=True)
class Quote:
    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class SentPage:
    url: str
    title: str
    html: str
    selection: Quote | None = None


@dataclass(frozen=True)
class SaveOutcome:
    status: str  # SAVED, NEW_VERSION or UNCHANGED
    article_id: int
    title: str
    highlight: str = ""  # "", "placed", "not placed" (kept to be placed by hand), "already there"

    def as_json(self) -> dict[str, object]:
        return {
            "status": self.status,
            "article": self.article_id,
            "title": self.title,
            "link": f"reader://article/{self.article_id}",
            "highlight": self.highlight,
        }


def _text(payload: dict[str, object], key: str, most: int) -> str:
    value = payload.get(key, "")
    if not isinstance(value, str):
        raise ReaderError("the browser sent {key} that is not text", key=key)
    return value[:most]


def sent_page(payload: dict[str, object]) -> SentPage:
    """The page in a /v1/save request, or ReaderError naming what is wrong with it."""
    url = _text(payload, "url", 8_000).strip()
    if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc:
        raise ReaderError("only web pages (http and https) can be saved from the browser, not {url}", url=url[:200])
    html = _text(payload, "html", 1 << 30)
    if not html.strip():
        raise ReaderError("the browser sent an empty page")
    selection = payload.get("selection")
    quote = None
    if isinstance(selection, dict):
        exact = " ".join(_text(selection, "exact", MAX_QUOTE).split())
        if exact:
            quote = Quote(exact, _text(selection, "prefix", MAX_CONTEXT), _text(selection, "suffix", MAX_CONTEXT))
    elif selection is not None:
        raise ReaderError("the browser sent a selection Reader cannot read")
    return SentPage(url, _text(payload, "title", 2_000).strip(), html, quote)


def clean(page: SentPage) -> ImportedArticle:
    """The page as Reader cleans a saved page (slow: done off the library's thread)."""
    imported = read_article(_BOM + page.html.encode("utf-8", "replace"), "page.html", kind="html", url=page.url)
    if not imported.article.title and page.title:
        imported = replace(imported, article=replace(imported.article, title=page.title))
    return imported


def store(library: Library, page: SentPage, imported: ImportedArticle) -> SaveOutcome:
    """Store the cleaned page (new, or a new version of the article saved from its address) and
    its selection as a highlight."""
    target = library.find(url=page.url)
    if target is None:
        article = library.add(imported, source=page.url, fetched_at=now_iso())
        status = SAVED
    elif library.get(target).content.text == imported.article.text:
        article, status = library.get(target), UNCHANGED
    else:
        article = library.versions.make(target, lambda _a, _r: imported, metadata_too=True).article
        status = NEW_VERSION
    highlight = _highlight(library, article.id, page.selection) if page.selection else ""
    return SaveOutcome(status, article.id, article.content.title, highlight)


def _flexible(quote: str, text: str) -> tuple[int, int] | None:
    """Where the quote's words stand in the text with any white space between them (a selection
    across paragraphs joins them with a space; the article's text with blank lines)."""
    words = quote.split()
    if not words:
        return None
    found = re.search(r"\s+".join(re.escape(w) for w in words), text)
    return (found.start(), found.end()) if found else None


def _highlight(library: Library, article_id: int, quote: Quote) -> str:
    article = library.get(article_id)
    text = article.content.text
    prefix, suffix = quote.prefix[-32:], quote.suffix[:32]
    placed = anchor(Selector(quote.exact, prefix, suffix, 0, 0), text)
    span = (placed.start, placed.end) if placed.status is not HighlightStatus.ORPHANED else _flexible(quote.exact, text)
    notes = library.annotations
    if span is not None:
        if any((h.start, h.end) == span for h in notes.for_article(article_id, selectors=False)):
            return "already there"
        notes.add(article_id, *span)
        return "placed"
    stamp = now_iso()  # kept with its words, to be placed by hand (the panel lists it as not found)
    orphan = Highlight(0, article_id, article.version_id, quote.exact, prefix, suffix, 0, len(quote.exact), "yellow",
                       HighlightStatus.ORPHANED, stamp, stamp)  # fmt: skip
    notes.insert(orphan)
    return "not placed"
