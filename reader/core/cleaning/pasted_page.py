"""A page pasted from a browser: the selection's HTML, without the page's <head>.

A browser copies a selection as HTML, and Reader's paste imports that HTML, but without the head
of the page it came from: no <title>, no meta tags, no JSON-LD, where the saved-HTML cleaner finds
most pages' writers and dates. What the page shows is all there is, and the copied-text cleaner
reads writers and dates from shown lines alone (its bylines under the headline, its dates beside
them), as it reads a page copied as plain text. So where such a fragment's markup names no writer
or no date, the copied-text cleaner's reading of its lines supplies them.

On the WCXB articles, as a browser's select-all copy gives them (the <body> without scripts):
writers found on 191 -> 212 of 296 tune pages and 154 -> 164 of 246 confirm pages; dates right on
226 -> 230 of 320 and 186 -> 191 of 258. Saved pages, which have a head, are not read again.

Nor has such a fragment a <title> to tell a blog's name, set as its <h1>, from the post's headline
(`headline_elements`): an <h1> that is a link to the site's front page names the site, and where
no other <h1> is left, the first <h2> is the headline. Titles right: 294 -> 298 of 376 (tune) and
251 -> 255 of 321 (confirm); no saved page moves.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from reader.core.cleaning.copied_text import clean_text
from reader.core.models import CleanedArticle

if TYPE_CHECKING:
    from lxml.html import HtmlElement


def with_shown_metadata(article: CleanedArticle, lines: list[str], url: str, *, fragment: bool) -> CleanedArticle:
    """The saved-HTML cleaner's `article` of a pasted `fragment` (no <title>, no meta tags), with
    the writers and the date the copied-text cleaner reads in its shown `lines` where it has none."""
    if not fragment or (article.authors and article.published) or not lines:
        return article
    copied = clean_text("\n".join(lines), url=url)
    return replace(article, authors=article.authors or copied.authors, published=article.published or copied.published)


_HOME = re.compile(r"(?:[^\W\d][\w-]{0,11}/)?")  # a site's front page, or a section's: "", "blog/"; not "/about"


def headline_elements(tree: HtmlElement, fragment: bool) -> list[HtmlElement]:
    """The page's <h1>s, where its headline is. A pasted `fragment` has no <title> to tell the
    site's name from the headline, so an <h1> naming the site (a link to its front page) is left
    out, and where none is left, the first <h2> that does not name the site stands instead (a blog
    setting its name in the <h1> and each post's title in an <h2>)."""
    h1s = list(tree.iter("h1"))
    if not fragment:
        return h1s
    kept = [h for h in h1s if not names_the_site(h)]
    return kept or [h for h in tree.iter("h2") if not names_the_site(h)][:1]


def names_the_site(heading: HtmlElement) -> bool:
    """Whether a heading is the site's name set as one: all its words a link to the site's front
    page or a section's ("/", "/blog/", "https://example.org"), not to the article."""
    link = next((a for a in heading.iterancestors("a")), None)
    if link is None:
        links = list(heading.iter("a"))
        words = " ".join(heading.text_content().split())
        link = links[0] if len(links) == 1 and " ".join(links[0].text_content().split()) == words else None
    if link is None:
        return False
    href = urlsplit(link.get("href") or "")
    if not (href.netloc or href.path) or href.query:  # "#": a place on this page; "?p=12": a post
        return False
    return _HOME.fullmatch(href.path.lstrip("/")) is not None
