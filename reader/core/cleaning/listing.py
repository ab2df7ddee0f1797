"""Pages that are lists of items, not one article: a front page's headlines, a shop's products, a
forum board's threads, a blog's posts.

On such a page the article cleaner finds no long run of prose: the best it can do is a promo
paragraph or a cookie notice, while the page's content — dozens of headlines with their authors,
product names with their prices — scores as navigation. The evidence here is general: many lines of
headline length (4 to 30 words) standing in one stretch of the page, with only short lines (a
category, a name, a price, a date) between them, and no article of several long paragraphs
elsewhere on the page. Then that stretch is the page's content, kept item by item.
"""

from __future__ import annotations

import re

from reader.core.cleaning import patterns as pt
from reader.core.cleaning.kept_out import kept_out
from reader.core.cleaning.lines import TEXT_TAGS, Line, Tag
from reader.core.cleaning.runs import best_run
from reader.core.cleaning.titles import extends_tab, is_tabs_headline, tabs_headline

HARD_STOP = -10_000.0
MIN_ITEMS = 8  # lines of headline length in the stretch
HEADLINE_WORDS = 6  # a headline or a product's name; a menu entry is shorter
LONG_PARAGRAPH = 25  # words: an article has more than three paragraphs this long
_WIDGET = {pt.FOOTER: -30.0, pt.COOKIE: -12.0}
_ALPHA = re.compile(r"[^\W\d_]{2,}")


def is_item(line: Line) -> bool:
    """A line of headline length: an item's title (a story, a product, a thread)."""
    if not 4 <= line.words <= 30 or len(_ALPHA.findall(line.text)) < 4:
        return False  # too short or too long for a title; or a row of figures ("Height 11.5" / 29 cm")
    if line.tag is Tag.RELATED:
        return line.reason == pt.HEADLINES  # a run of headlines, not "Read more: …"
    return line.tag in TEXT_TAGS and not _long_paragraph(line)


def _long_paragraph(line: Line) -> bool:
    return line.tag is Tag.GOOD and line.ends_sentence and line.words >= LONG_PARAGRAPH


def _score(line: Line) -> float:
    if is_item(line) or line.prose:
        return float(line.words)
    if line.tag is Tag.COMMENTS:
        return HARD_STOP
    if line.tag is Tag.WIDGET:
        return HARD_STOP if pt.PAYWALL.search(line.text) else _WIDGET.get(line.reason, -8.0)
    if line.tag in (Tag.DATE, Tag.BYLINE, Tag.CREDIT, Tag.LIST_HEADER):
        return 0.0  # an item's date, author or picture credit; a section's name
    if line.tag is Tag.TAGS:
        return -5.0
    return -1.0  # a short line: a category or a price beside an item, or a menu entry


def listing_region(lines: list[Line], start: int, end: int) -> tuple[int, int] | None:
    """The stretch of a page of items, when the page is one; None when it is an article (the
    article cleaner's best run, `start`…`end`, has several long paragraphs or outweighs the items)."""
    if sum(1 for line in lines[start : end + 1] if _long_paragraph(line)) > 3:
        return None
    counts = {line.text for line in lines if line.tag is Tag.COMMENTS and pt.COUNT.match(line.text)}
    if len(counts) < 2:
        counts = set()  # counts of two sizes or more are each item's ("27 comments", "9 comments")
    _best, best_start, best_end = best_run([0.0 if line.text in counts else _score(line) for line in lines])
    if _items(lines[best_start : best_end + 1]) < MIN_ITEMS:
        return None  # a menu's entries are shorter than headlines and product names
    if any(line.tag is Tag.COMMENTS and not pt.REVIEWS_HEADER.match(line.text) for line in lines[end + 1 : best_start]):
        return None  # the comment thread under the article ("Load All Comments"); a shop's reviews may head items
    items = [line for line in lines[best_start : best_end + 1] if is_item(line)]
    article_words = sum(line.words for line in lines[start : end + 1] if line.prose)
    if sum(line.words for line in items) < 2 * article_words:
        return None
    return _below_headline(lines, best_start, best_end), best_end


def _items(stretch: list[Line]) -> int:
    """How many lines of the stretch are items of headline length."""
    return sum(1 for line in stretch if is_item(line) and line.words >= HEADLINE_WORDS)


def _below_headline(lines: list[Line], start: int, end: int) -> int:
    """Where the items start: under the page's own headline (the tab's title printed) when it
    stands inside the stretch over most of them; what is above it is the site's menus and promos."""
    tab = lines[0].text
    headline = tabs_headline(tab)
    for line in lines[start + 1 : end + 1]:
        if line.text == tab or is_tabs_headline(tab, line.text) or extends_tab(headline, line.text):
            below = _items(lines[line.index + 1 : end + 1])
            return line.index + 1 if below >= MIN_ITEMS and below > _items(lines[start : line.index]) else start
    return start


def keep(line: Line) -> bool:
    """Whether a line of the stretch is part of the listing (its items and what stands beside them)."""
    if line.tag in (Tag.WIDGET, Tag.COMMENTS, Tag.TAGS) or line.control:
        return False
    if line.tag is Tag.SHORT and line.words >= 60:
        return False  # a menu or a filter's choices flattened into one line, or a script's data
    if kept_out(line.text) not in ("", pt.DATE, pt.BYLINE):
        return False  # a control, or a form's message; an item's date and author stand beside it
    return not (line.tag is Tag.RELATED and pt.RELATED_PREFIX.search(line.text))
