"""Lines re-tagged by the lines around them, before the plain-text cleaner looks for the body: a
"Comments" heading that opens no comment section, a consent dialog's paragraphs, the rows of a table
of figures, headlines under a list's header, runs of headline-like lines that are a list of links
(or the items of a list in the text)."""

from __future__ import annotations

import re
from collections import Counter

from reader.core.cleaning import byline_words as bw
from reader.core.cleaning import patterns as pt
from reader.core.cleaning.kept_out import SHOP_CONTROL
from reader.core.cleaning.lines import TEXT_TAGS, Line, Tag
from reader.core.cleaning.lone_names import BARE_ROLE
from reader.core.cleaning.titles import crumbs_end, prints_headline, tabs_headline


def mark_by_neighbours(lines: list[Line]) -> None:
    """The passes below, in order, on the page's lines."""
    _unmark_comment_headings(lines)
    _mark_consent_dialogs(lines)
    _mark_facets(lines)
    _mark_tables(lines)
    _mark_shelves(lines)
    _mark_lists(lines)
    _mark_headline_runs(lines)


_DIALOG_GAP = 3  # lines between two of a consent manager's labels


def _mark_consent_dialogs(lines: list[Line]) -> None:
    """A consent manager's settings: between its labels ("Functional Cookies", "Measure content
    performance 48 partners can use this purpose", "Switch Label") stand paragraphs of prose on
    what each purpose does with your data. A line with such a label within a few lines above and
    below it is part of the dialog."""
    labels = [line.index for line in lines if line.tag is Tag.WIDGET and line.reason == pt.COOKIE]
    for before, after in zip(labels, labels[1:], strict=False):
        if 1 < after - before <= _DIALOG_GAP + 1:
            for line in lines[before + 1 : after]:
                line.tag, line.reason = Tag.WIDGET, pt.COOKIE


# A shop's filter choice with its count: "Coffee (24)", "0.5 to 0.99 (102)", "Headphones (18 products)";
# not a year ("Homes sold above asking (2024)")
_FACET = re.compile(r"^[^★]*\((?!\s*(19|20)\d\d\s*\)$)\s*\d[\d,.]*\s*(products?|items?|results?)?\s*\)$", re.IGNORECASE)
_FACETS = 3  # choices in a run: one count in brackets is a line's own
_FACET_WORDS = 8


def _mark_facets(lines: list[Line]) -> None:
    """A list of filters ("Filter by Weight", "0 to 0.49 (6)", "0.5 to 0.99 (102)") or of a review
    histogram's bars: short lines, each ending in its count in brackets, one under another (a
    group's heading may stand between them). The page's controls: marked `control`, left out of
    the body where they stand, and scored as the short lines they are (a shop's grid of products
    under them stays as it was). Not a list of rated items ("Python ★★★★★(13)")."""
    run: list[Line] = []
    gap = 0
    for line in lines + [None]:
        if line is not None and line.text[-1] == ")" and line.words <= _FACET_WORDS and _FACET.search(line.text):
            run.append(line)
            gap = 0
            continue
        if line is not None and run and gap == 0 and line.words <= 4 and not line.ends_sentence:
            gap = 1  # a group's heading between two groups of choices
            continue
        if len(run) >= _FACETS:
            for choice in lines[run[0].index : run[-1].index + 1]:
                choice.control = True
        run, gap = [], 0


def _mark_tables(lines: list[Line]) -> None:
    """A table of figures copied row by row ("6/1/2024 +4.1%", "48 Arkansas 26.6"): its rows are
    the article's, not dates over it, nor a list of links. Each row is a few words, a third of them
    or more figures, none a sentence; it takes a run of such rows to make a table. A copy may give
    a row cell by cell: its words on one line ("2 one-hour sessions"), its figures on the next
    ("Student: $80"), and the run goes on over one such line between rows of figures that are no
    dates: teasers' headlines each over its date ("Best Budget Laptops of 2025" / "Jan 5, 2025 · 3
    min read") are no table."""
    run: list[Line] = []
    digit = _DIGIT.search
    cell: Line | None = None  # a short line between two rows of figures: a row's cell of words
    for line in lines + [None]:
        if line is not None and digit(line.text) and line.tag is not Tag.WIDGET and _figures_row(line):
            if cell is not None and Tag.DATE in (line.tag, run[-1].tag):
                _table(run)  # a headline over its date: the run ends above it
                run = []
            elif cell is not None:
                run.append(cell)
            run.append(line)  # (most lines have no digit: no call for them)
            cell = None
            continue
        if line is not None and run and cell is None and _cell(line):
            cell = line
            continue
        _table(run)
        run, cell = [], None


def _table(run: list[Line]) -> None:
    """Mark the run's lines as a table's rows when it holds enough rows of figures (not counting
    the cells of words between them)."""
    if sum(1 for line in run if _figures_row(line)) >= _TABLE_ROWS:
        for row in run:
            row.tag, row.reason, row.row = Tag.SHORT, "", True


def _cell(line: Line) -> bool:
    """A line that may be a row's cell of words in a table copied cell by cell ("2 personal
    training sessions" between "Student: $80" rows): a few words with a figure among them, no
    sentence. (A filter's group heading between its choices, "Square Size" over "50mm 2 items",
    has no figure.)"""
    return (
        line.tag in TEXT_TAGS
        and line.words <= _CELL_WORDS
        and not line.ends_sentence
        and bool(_DIGIT.search(line.text))
    )


_CELL_WORDS = 6


def _figures_row(line: Line) -> bool:
    tokens = line.text.split()
    if not 2 <= len(tokens) <= _ROW_TOKENS or line.ends_sentence:
        return False
    figures = sum(1 for token in tokens if _FIGURE.match(token))
    return figures * 3 >= len(tokens) and figures >= 1


_TABLE_ROWS = 6
_ROW_TOKENS = 14
_FIGURE = re.compile(r"^[-+−±~<>≈]?[$€£¥]?\d[\d.,:/%-]*[%kKmMbBx]?$")
_DIGIT = re.compile(r"\d")


_COMMENT_SIGNS = re.compile(
    r"\b(reply|replies|like|likes|report|says|said|wrote|ago|balas|responder|répondre|"
    r"antworten|log\s+in\s+to|sign\s+in\s+to|be\s+the\s+first|no\s+comments|posted)\b|"
    r"\d{1,2}:\d\d|@\w",
    re.IGNORECASE,
)


# What stands under the heading of customers' reviews: stars, a rating, votes, a count of reviews.
_REVIEW_SIGNS = re.compile(
    r"\b(stars?|out\s+of\s+5|rated|\d+\s+(ratings?|reviews?)|helpful|verified\s+(purchase|buyer)|write\s+a\s+review)\b|[★☆]",
    re.IGNORECASE,
)


_BARE_COMMENTS = re.compile(
    r"^(comments?|komentar|comentarios?|comentários?|commentaires?|kommentare?|reacties)\s*:?$", re.IGNORECASE
)
_NEW_POST = re.compile(pt.NEW_POST, re.IGNORECASE)


_ANSWERS = re.compile(r"^\d[\d,.]*\s+(answers?|respuestas?|réponses?|antworten|jawaban|respostas?)\b", re.IGNORECASE)


_NEW_TOPIC = re.compile(
    r"^(start\s+(a\s+)?new\s+(topic|thread)|(post\s+)?new\s+(topic|thread)|create\s+(a\s+)?new\s+topic)$", re.I
)


def _beside_new_topic(lines: list[Line], at: int) -> bool:
    """Whether a "Reply to this topic" stands beside a "Start new topic": the forum's buttons over the
    thread, not the form for a new post under it."""
    return any(_NEW_TOPIC.match(line.text) for line in lines[max(0, at - 2) : at + 3])


def _unmark_comment_headings(lines: list[Line]) -> None:
    """A bare "Comments" line starts the comment section only when comments follow it (replies,
    names, times, a comment box). A heading that names a feature ("Comments" in a product's
    description), followed by prose with none of that, is only a heading. On a question-and-answer
    page ("21 Answers") the answers are the content: "Add a comment" under each is only a link, as is
    a "Comment" repeated under every item of a list; the form for a new answer ("Your Answer") ends them,
    but "Reply to this topic" beside "Start new topic" is a button over the thread.
    A shop's "Customer Reviews" starts its reviews only when stars, ratings or votes stand around it;
    else it names a tab or a filter."""
    thread = any(_ANSWERS.match(line.text) for line in lines if line.words <= 4 and line.text[:1].isdecimal())
    bare = Counter(line.text for line in lines if line.tag is Tag.COMMENTS)
    for i, line in enumerate(lines):
        if line.tag is Tag.COMMENTS and bare[line.text] >= 3:
            line.tag = Tag.WIDGET  # "Comment" under every item of a list: a link, not the comment section
            continue
        opens_section = _BARE_COMMENTS.match(line.text) or _NEW_POST.match(line.text)
        if line.tag is Tag.COMMENTS and _NEW_POST.match(line.text) and _beside_new_topic(lines, i):
            line.tag, line.reason = Tag.WIDGET, pt.NAVIGATION  # a forum's buttons over a thread's first post
            continue
        if line.tag is Tag.COMMENTS and thread and not opens_section:
            line.tag = Tag.WIDGET  # a question's and each answer's "Add a comment": the answers go on
            continue
        if line.tag is Tag.DATE and thread:
            line.tag = Tag.SHORT  # "answered Mar 2, 2021": between two answers, not the article's end
            continue
        if line.tag is Tag.COMMENTS and pt.REVIEWS_HEADER.match(line.text):
            if not any(_REVIEW_SIGNS.search(f.text) for f in lines[max(0, i - 8) : i] + lines[i + 1 : i + 9]):
                line.tag, line.reason = Tag.SHORT, ""  # a tab's or a filter's name: reviews are elsewhere
            continue
        if line.tag is not Tag.COMMENTS or not _BARE_COMMENTS.match(line.text):
            continue  # "12 Comments", "Post Comment", "Leave a reply": the section, surely
        following = lines[i + 1 : i + 9]
        signs = sum(
            1 for f in following if f.tag in (Tag.DATE, Tag.BYLINE, Tag.WIDGET) or _COMMENT_SIGNS.search(f.text)
        )
        prose = sum(f.words for f in following if f.tag is Tag.GOOD)
        if following and signs == 0 and prose >= 30:
            line.tag, line.reason = Tag.SHORT, ""


# A shop's heading over other products: "Related products", "Similar items to consider", "Explore related
# items", "Customers also bought", "Frequently bought together", "Produk terkait" (Indonesian); a price or
# a shop's control under it shows that it is one
_SHELF = re.compile(
    r"^(((explore|browse|more)\s+)?(related|similar|recommended)\s+(products?|items?)"
    r"(\s+(to\s+consider|for\s+you|you\s+(may|might)\s+(also\s+)?like|shipping\s+to\s+[\w\s]{1,30}))?|"
    r"customers\s+(who\s+(bought|viewed)\s+this\s+(item|product)\s+)?also\s+(bought|viewed)|"
    r"frequently\s+bought\s+together|produk\s+(terkait|serupa|lainnya))[\s:.…!]*$",
    re.IGNORECASE,
)
_SHOP_CONTROL = re.compile(SHOP_CONTROL, re.IGNORECASE)
_PRICE = re.compile(r"[$€£¥₹]\s?\d|\b(Rp|IDR|USD|EUR|GBP)\.?\s?\d|\d\s?(€|£|\$|EUR\b|GBP\b|USD\b|IDR\b)")
_SHELF_NEAR = 6  # lines under the heading: its first tile's name, picture's label, price and buttons


def _mark_shelves(lines: list[Line]) -> None:
    """A shop's shelf of other products under the one the page is about: a heading such as "Related
    products" with a price or a shop's button ("Quick view", "Add to basket") among the few lines
    under it heads a list of other items, as "You may also like" does. A service's or a manual's
    section headed "Related products" (its text, no prices) stays."""
    for i, line in enumerate(lines):
        if line.words > 8 or line.tag is Tag.LIST_HEADER or not _SHELF.match(line.text):
            continue
        under = lines[i + 1 : i + 1 + _SHELF_NEAR]
        if any((item.words <= 8 and _PRICE.search(item.text)) or _SHOP_CONTROL.match(item.text) for item in under):
            line.tag, line.reason = Tag.LIST_HEADER, pt.HEADLINES


def _mark_lists(lines: list[Line]) -> None:
    """Headlines under a list header, and the headline after a bare 'Read more:', are related links."""
    under_header = False
    run: list[int] = []
    for i, line in enumerate(lines):
        if line.tag in (Tag.LIST_HEADER, Tag.COMMENTS):
            under_header, run = True, []
            continue
        if under_header and BARE_ROLE.match(line.text):
            under_header = False  # "Written by": the article's own byline, under a list above it
        if under_header:
            short_items = len(run) >= 2 and sum(run) / len(run) < 5
            if (line.tag is Tag.GOOD and line.ends_sentence and line.words >= 12) or (
                short_items and line.words >= 8
            ):  # a ticker of short items ends at the headline
                under_header = False
            elif line.tag in TEXT_TAGS and not line.row:
                line.tag, line.reason = Tag.RELATED, pt.HEADLINES
                run.append(line.words)
        if line.tag is Tag.RELATED and line.words <= 3 and i + 1 < len(lines) and pt.RELATED_PREFIX.search(line.text):
            following = lines[i + 1]
            if following.tag in TEXT_TAGS and not following.ends_sentence:
                following.tag, following.reason = Tag.RELATED, pt.RELATED


def _mark_headline_runs(lines: list[Line]) -> None:
    """Three or more headline-like lines in a row (no sentence ending, bar a question set as a
    headline; no bullet) are a list of links,
    unless they read as the items of a list in the text: led by a line that ends with a colon, most
    of them "Label: what it means", or written as sentences are (see `_items_in_prose`). The page's
    first line is its own title (a tab's, or the top of a document), never a link among others; nor
    is the headline it names printed again: alone, with a subtitle after it, or without the words
    the tab's title adds ("Headline" of "Headline, December 2025 | Site"); nor the line a breadcrumb
    trail over it ends with, nor the run's last line when the article's byline or date and its first
    paragraph follow it: that is the article's headline under a menu's headline-like lines."""
    tab = tabs_headline(lines[0].text) if lines else ""
    run: list[Line] = []
    for line in lines + [None]:
        if (
            line is not None
            and line.tag in TEXT_TAGS
            and not line.row
            and 4 <= line.words <= 25
            and (not line.ends_sentence or _headline_question(line.text))
            and not line.bullet
            and not line.text.endswith((",", ";"))
            and not bw.name_before_job(line.text)  # a byline: "Jane Roe Senior Writer"
        ):
            run.append(line)
            continue
        if len(run) >= 3 and not _list_in_text(lines, run):
            if _over_article(lines, line):
                run.pop()  # the article's own headline, over its byline or date
            for item in run:
                if (
                    item.index
                    and not prints_headline(tab, item.text)
                    and not crumbs_end(lines[item.index - 1].text, item.text)
                ):
                    item.tag, item.reason = Tag.RELATED, pt.HEADLINES
        run = []


def _over_article(lines: list[Line], line: Line | None) -> bool:
    """Whether `line` is an article's byline or date with its first paragraph under it: one or two
    lines of such furniture, then a line of prose of 15 words or more."""
    if line is None or line.tag not in (Tag.BYLINE, Tag.DATE):
        return False
    for after in lines[line.index + 1 : line.index + 3]:
        if after.tag not in (Tag.BYLINE, Tag.DATE):
            return after.prose and after.words >= 15
    return False


def _headline_question(text: str) -> bool:
    """A question set as a headline, its longer words capitalised ("Which Affordable Social Services
    Work in January Planning?"): a post's title among others; an FAQ's question is written as a
    sentence ("Can you help me grow Instagram followers?")."""
    if not text.endswith("?"):
        return False
    words = _LONGER_WORD.findall(text)[1:]
    return len(words) >= 2 and sum(1 for word in words if word[0].isupper()) * 4 >= len(words) * 3


# a line ending in a measure: a price, a figure with decimals, or one with its unit ("26.4 lbs",
# "1920 x 1080", "45 days", "350W"); not a bare number ("iPhone 16", "Top 10") nor a year
MEASURED = re.compile(
    r"(?<![\w.,])(?:[$€£]\d[\d.,]*|\d+[.,]\d+(?:\s?[^\W\d_]{1,5})?|\d+\s?(?:x\s?\d+|[^\W\d_]{1,5}|%|\"|″))$"
)


def _list_in_text(lines: list[Line], run: list[Line]) -> bool:
    lead = lines[run[0].index - 1] if run[0].index > 0 else None
    if lead is not None and lead.text.endswith(":") and lead.tag in TEXT_TAGS:
        return True
    if sum(1 for item in run if pt.LABELLED.match(item.text)) * 2 > len(run):
        return True
    if sum(1 for item in run if MEASURED.search(item.text)) * 2 > len(run):
        return True  # a table of specifications: "Weight 26.4 lbs", "Tested range 39.6 miles"
    return _items_in_prose(lines, run)


_LONGER_WORD = re.compile(r"\b[^\W\d_]{4,}")  # "the", "and", "of" say nothing of a line's case
_PROSE_NEAR = 3  # lines above or below the run: a paragraph this close frames it
_PROSE_AFTER = 10  # lines below the run: the text goes on within these


def _items_in_prose(lines: list[Line], run: list[Line]) -> bool:
    """A checklist's steps, a review's pros and cons, a service's features ("Draw up a budget",
    "Pick potential wedding dates - check with important guests"): written in sentence case (the
    words after each item's first in small letters), with a paragraph just above or below the run
    and the text going on after it. Headlines of a list of links capitalise their words ("Best
    Backpacking Quilts of 2026"); sentence-case ones are links too when no paragraph is near (a
    footer's taglines) or when nothing but furniture follows them (a "More from the blog" list
    under the article's last paragraph)."""
    words = [word for item in run for word in _LONGER_WORD.findall(item.text)[1:]]
    if not words or sum(1 for word in words if word[0].isupper()) >= 0.3 * len(words):
        return False
    first, last = run[0].index, run[-1].index
    near = lines[max(0, first - _PROSE_NEAR) : first] + lines[last + 1 : last + 1 + _PROSE_NEAR]
    return any(map(_paragraph, near)) and any(map(_paragraph, lines[last + 1 : last + 1 + _PROSE_AFTER]))


def _paragraph(line: Line) -> bool:
    return line.tag is Tag.GOOD and line.ends_sentence
