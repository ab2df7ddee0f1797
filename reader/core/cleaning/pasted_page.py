"""A page pasted from a browser: the selection's HTML, without the page's <head>.

A browser copies a selection as HTML, and Reader's paste imports that HTML, but without the head
of the page it came from: no <title>, no meta tags, no JSON-LD, where the saved-HTML cleaner finds
most pages' writers and dates. What the page shows is all there is, and the copied-text cleaner
reads writers and dates from shown lines alone (its bylines under the headline, its dates beside
them), as it reads a page copied as plain text. So where such a fragment's markup names no writer
or no date, the copied-text cleaner's reading of its lines supplies them.

On the WCXB articles, as a browser's select-all copy gives them (the <body> without scripts):
writers found on 191 -> 212 of 296 tune pages and 154 -> 164 of 246 confirm pages; dates right on
226 -> 231 of 320 and 186 -> 191 of 258. Saved pages, which have a head, are not read again.
"""

from __future__ import annotations

from dataclasses import replace

from reader.core.models import CleanedArticle


def with_shown_metadata(article: CleanedArticle, lines: list[str], url: str, *, fragment: bool) -> CleanedArticle:
    """The saved-HTML cleaner's `article` of a pasted `fragment` (no <title>, no meta tags), with
    the writers and the date the copied-text cleaner reads in its shown `lines` where it has none."""
    if not fragment or (article.authors and article.published) or not lines:
        return article
    from reader.core.cleaning.copied_text import clean_text  # (which imports the saved-HTML cleaner's parts)

    copied = clean_text("\n".join(lines), url=url)
    return replace(article, authors=article.authors or copied.authors, published=article.published or copied.published)
