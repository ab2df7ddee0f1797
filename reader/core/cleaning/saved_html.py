"""HTML pages: trafilatura finds the article; our own rules finish the job.

trafilatura keeps headings, quotes and lists; what it lets through inside the body ("Baca
juga: ..." lines, ad labels, share rows, photo credits) is removed by the same multilingual
patterns the plain-text cleaner uses. When trafilatura finds nothing, the standard-library
extractor and the plain-text cleaner take over. No script, style or remote resource survives:
the result is text in the project's own blocks.

Cleaning a page should cost little more than trafilatura's own extraction, so the page is parsed
once (lxml, as trafilatura parses it) and that tree serves everyone: trafilatura (which copies
it), the metadata readers (htmlmeta: trafilatura's metadata steps without their dear parts;
pagedate: the date), and one walk over it (page: the page's lines, its <head>, the candidates
the metadata readers need). On a discussion (discussion.py) the replies are kept.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from copy import deepcopy
from dataclasses import replace
from functools import cache, partial
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from reader.core.cleaning import patterns as pt
from reader.core.cleaning.bios import without_end_mark
from reader.core.cleaning.code_gutters import without_gutters
from reader.core.cleaning.copied_text import clean_text
from reader.core.cleaning.discussion import (
    SHORT_BODY,
    comments_are_content,
    declared_discussion,
    declared_posts,
    has_comment_section,
    schema_types,
    words,
)
from reader.core.cleaning.extraction import extract, space_blocks, with_headings, with_lists
from reader.core.cleaning.html_authors import merge_authors, named_authors, plausible, publisher, site_itself
from reader.core.cleaning.html_headline import blogs_name, has_word, headline_of, logo_of, same_words
from reader.core.cleaning.htmlmeta import head_metadata, page_metadata
from reader.core.cleaning.jsonld import json_ld_objects, with_kinds
from reader.core.cleaning.language import judged, stopwords
from reader.core.cleaning.lines import Tag, classify, furniture
from reader.core.cleaning.metadata import find_dateline
from reader.core.cleaning.mojibake import repaired_page
from reader.core.cleaning.nothing import nothing_to_read
from reader.core.cleaning.page import Page, as_drawn_without_scripts, parse, walk
from reader.core.cleaning.pagedate import (
    as_declared,
    date_near,
    day_month_as_shown,
    declared_instead,
    earlier_as_shown,
    markup_date,
    meta_published,
    shown,
    stated_date,
)
from reader.core.cleaning.pasted_page import headline_elements, with_shown_metadata
from reader.core.cleaning.shown_byline import shown_authors
from reader.core.cleaning.shown_reading import or_as_shown
from reader.core.cleaning.titles import (
    readable,
    tabs_headline,
    without_label,
    without_site,
)
from reader.core.cleaning.written_words import small_words
from reader.core.cleaning.xml_blocks import along_lines, as_shown
from reader.core.importers.html_doc import head_article, import_html
from reader.core.importers.text_doc import collapse
from reader.core.models import Block, BlockKind, CleanedArticle, Figure, RemovedLine

if TYPE_CHECKING:  # lxml and trafilatura are loaded on first use: they take a while to import
    from lxml.html import HtmlElement
    from trafilatura.settings import Document

log = logging.getLogger(__name__)

_DROP = {Tag.RELATED, Tag.WIDGET, Tag.COMMENTS, Tag.TAGS, Tag.CREDIT, Tag.LIST_HEADER}


def clean_html(html: str, *, url: str = "") -> CleanedArticle:
    html = repaired_page(html)  # mojibake: UTF-8 read as Windows-1252
    tree = parse(html)  # parsed once: trafilatura, the metadata and our own reading share the tree
    if tree is None:
        return _without_trafilatura(html, url)
    without_gutters(tree)  # line numbers beside a program are not its text, for any reader of the tree
    nodes = json_ld_objects(
        [
            script.text
            for script in tree.iter("script")
            if script.text and "ld+json" in (script.get("type") or "").lower()
        ]
    )
    discussion, replies = declared_discussion(tree, nodes)  # a thread: its replies are content, not comments
    forum_thread = discussion and not replies  # its posts are the body
    # The metadata and Reader's own reading first, while the tree is as parsed; then trafilatura,
    # which may clean the tree in place once nothing else needs it.
    head = head_metadata(tree)  # meta tags and JSON-LD: does the markup need searching for more?
    stated_title = head is not None and bool(head.title)  # page_metadata takes the <h1> where they give none
    find_authors, find_categories = head is None or not head.author, head is None or not head.categories
    page = walk(tree, authors=find_authors, categories=find_categories)
    page = as_drawn_without_scripts(page, authors=find_authors, categories=find_categories)  # drawn by scripts?
    meta = page_metadata(tree, url, head=head, marked=page.marked, category_links=page.category_links)
    fallback = head_article(page.meta, page.title, page.lang, page.body)  # the <head>, the page's text blocks
    fragment = not page.title and not page.meta  # pasted from a browser: the page's head left behind
    headings = [text for element in headline_elements(tree, fragment) if (text := _shown_text(element))]
    stated = meta.date or stated_date(tree, meta.url or "") or meta_published(tree) or fallback.published
    published_instead = None if meta.date else declared_instead(tree, stated)  # not a modification date's
    # trafilatura cleans the tree in place (no copy) unless it may be asked again, for the comments;
    # the markup's date search, last of all, reads what it leaves.
    thread_possible = not discussion and has_comment_section(html)  # trafilatura may be asked twice
    space_blocks(tree)
    blocks, parts = extract(tree, url, comments=replies, consume=not thread_possible)  # parts: as shown
    if not blocks and discussion:
        blocks = _posts(nodes)
    if not blocks:
        return _without_trafilatura(html, url)
    if thread_possible and words([b.text for b in blocks]) < SHORT_BODY:
        thread, thread_parts = extract(tree, url, comments=True, consume=True)  # a link shared for discussion?
        if comments_are_content([b.text for b in blocks], [b.text for b in thread]):
            blocks, parts, discussion = thread, thread_parts, True
    run_together = along_lines(blocks, parts, page.lines)  # trafilatura's fallback: the page's text run together

    language, named = judged(_sample(blocks))
    declared = fallback.language  # the page's own lang attribute, where it has one
    language = language or declared
    stops = stopwords(language)
    meta_title = collapse(readable(meta.title or ""))
    meta_title = meta_title if has_word(meta_title) else ""  # a vote's "Ω 48", a count: no headline
    tab = collapse(page.title)  # the <title> as written: 'Headline - Site'
    if not stated_title and blogs_name(meta_title, tab):  # the <h1> read as the title
        meta_title = tabs_headline(tab)
    site_name = collapse(meta.sitename or "") or fallback.site_name
    host = urlsplit(url or meta.url or "").hostname or ""
    if not stated_title and (logo := logo_of(headings, tab, host)):
        if meta_title == headings[0]:  # trafilatura took the <h1> for the title, the tab's headline for the site
            meta_title = tabs_headline(tab)
            if site_name in ("", meta_title, host, host.removeprefix("www.")):
                site_name = logo  # the name the site prints, not its host's
        headings = []  # the site's name printed as a logo: not the headline
    title = meta_title or fallback.title
    shown = [b.text for b in fallback.body] + [b.text for b in blocks[:3]]
    title = without_site(title, shown, site_name)
    # the <h1> as shown, less the site's name some pages print in it ("Headline – Site")
    shown_heading = readable(headline_of(headings, site_name, meta_title))
    heading = without_label(shown_heading, meta_title)  # not "Blog: ", "(latimes.com) 87"
    title = without_site(heading, shown, site_name) or title
    if title.isupper() and same_words(title, written := without_site(meta_title, shown, site_name)):
        title = written  # a headline set in capitals by its style sheet: the words as written in <title>
    # the headline printed again at the body's top; a link post whose only text is its title keeps it
    if len(blocks) > 1 and blocks[0].text in (title, heading, shown_heading):
        blocks = blocks[1:]  # the headline is metadata, not body
    kept, dropped = _filter(blocks, stops, discussion)
    # trafilatura's fallback, parted along the page's lines: each piece judged as a line (a photo's
    # credit, a share row), where a menu's "Comments" link cuts nothing after it; its menus out
    menus = _menu_texts(page) if run_together else set()
    for block in dict.fromkeys(b for b in kept if b in run_together):
        pieces, left_out = _filter([b for b in run_together[block] if b.text not in menus], stops, discussion=True)
        parts[block] = tuple(pieces)
        dropped += [RemovedLine(b.text, pt.NAVIGATION) for b in run_together[block] if b.text in menus] + left_out
    if not kept and discussion:  # trafilatura read only a cookie notice, say
        kept = _posts(nodes)
    read = kept
    if (forum_thread or not discussion) and not _one_product(nodes):  # a product's specifications are short lines too
        opening = (declared_posts(nodes) or [""])[0] if forum_thread else None  # the thread's question, if said
        kept, dropped = or_as_shown(kept, dropped, page.lines, title, url, thread=opening, menus=page.menus)
    stands = kept is read  # trafilatura's reading stands
    kept, above = as_shown(kept, parts, title)  # each block in the parts it shows as
    dropped += [RemovedLine(text, pt.TITLE if text == title else pt.OUTSIDE) for text in above]
    if stands:  # with the headings and lists it dropped

        def is_text(text: str) -> bool:
            return furniture(text, stops) is None

        kept = with_headings(kept, page.body, [*headings, meta.title or "", fallback.title, title], is_text)
        kept = with_lists(kept, page.body, is_text)
    subtitle = collapse(meta.description or "") or fallback.subtitle
    if kept and subtitle and kept[0].text == subtitle and len(kept) > 2 and len(subtitle.split()) <= 60:
        dropped.append(RemovedLine(kept[0].text, pt.SUBTITLE))  # the standfirst, shown above the body
        kept = kept[1:]
    elif kept and subtitle and kept[0].text.startswith(subtitle.rstrip(".… ")[:60]):
        subtitle = ""  # a description that only excerpts the first paragraph is no standfirst
    kept = without_end_mark(kept)
    kept_text = {" ".join(line.split()) for b in kept for line in b.text.split("\n")}  # a code block's lines
    dropped_text = {r.text for r in dropped}
    removed = dropped + [
        RemovedLine(b.text, pt.OUTSIDE) for b in fallback.body if b.text not in kept_text and b.text not in dropped_text
    ]
    shown_around = (line for line in page.lines if line not in kept_text)  # menus, footers: what a reader sees too
    if nothing_to_read(title, [b.text for b in kept], shown_around):  # only the headline, or menu words
        removed += [RemovedLine(b.text, pt.OUTSIDE) for b in kept]
        kept = []
    place, _ = find_dateline(kept[0].text) if kept else ("", "")
    # the markup's writers, not "Updated January"; where it names none, or no name ("Privacy Policy"),
    # the meta tags' ("Maddy": head_metadata leaves out a one-word name)
    stated_authors = plausible(named_authors(meta.author or "")) or plausible(list(fallback.authors))
    common = cache(partial(small_words, "\n".join(b.text for b in kept)))  # read when a byline needs it
    authors = plausible(merge_authors(stated_authors, page.lines, common))
    address = url or meta.url or ""
    if all(site_itself(a.name, site_name, address) for a in authors):  # none, or the publisher ("USA TODAY")
        printed = plausible(shown_authors(page.lines, title, common, stops))  # the byline the page prints
        authors = [a for a in printed if not publisher(a.name, site_name, address)] or authors or printed
    else:  # a person and the site: "Tina Huffman; Greenhouse Studio" is Tina Huffman's
        authors = [a for a in authors if not publisher(a.name, site_name, address)]
    first = kept[0].text if kept else ""
    published = _published(stated, published_instead, None if stated else tree, meta, page.lines, title, first)
    article = CleanedArticle(
        title=title,
        subtitle=subtitle,
        section=(meta.categories or [""])[0] if meta.categories else fallback.section,
        authors=tuple(plausible(with_kinds(authors, html, site_name, nodes=nodes))),  # JSON-LD adds names too
        site_name=site_name,
        dateline=place,
        published=published if stated else as_declared(published, nodes),  # "09.10.2024" read day first
        language=language if named else declared,  # unsure: what the page says, else "unknown"
        url=url or fallback.url,
        body=tuple(kept),
        figures=tuple(Figure(caption=c) for c in page.captions),
        removed=tuple(removed),
    )
    return with_shown_metadata(article, page.lines, url, fragment=fragment)


def _posts(nodes: list[dict[str, Any]]) -> list[Block]:
    """A thread's posts as its structured data carries them, when trafilatura finds none in its
    markup: the page draws them with scripts that never ran, or hides them from trafilatura."""
    return [Block(BlockKind.PARAGRAPH, text) for text in declared_posts(nodes)]


def _one_product(nodes: list[dict[str, Any]]) -> bool:
    """Whether the page's JSON-LD says it shows one product (not a list of them)."""
    types = schema_types(nodes, [])
    return bool(types & {"product", "productgroup"}) and "itemlist" not in types


def _shown_text(element: HtmlElement) -> str:
    """An element's words as a browser shows them: inline elements inside a word do not part it
    ("C<span>ycle</span>" is "Cycle"); a line break does part the words on either side. A <time>
    in a headline is the post's date beside it, not its words ("Dec 18 2025 Preparing a ...")."""
    if next(element.iter("time"), None) is not None:
        element = deepcopy(element)  # the page keeps its date for the date search
        for time in list(element.iter("time")):
            time.drop_tree()  # its tail, the words after it, stays
    if next(element.iter("br"), None) is not None:
        return collapse(" ".join(element.itertext()))
    pieces: list[str] = []
    _phrases(element, pieces)
    return collapse("".join(pieces))


def _phrases(element: HtmlElement, pieces: list[str]) -> None:
    """An element's text into `pieces`, a space before an inner element that starts a phrase of its
    own right after a word ("Alternatives<span>Top Note-taking Tools</span>", a subtitle the style
    sheet sets on a line of its own), none inside a word ("C<span>ycle</span>", "i<span>Phone</span>")."""
    text = element.text if isinstance(element.tag, str) else None  # a comment's words are not shown
    if text:
        if pieces and pieces[-1][-1:].islower() and text[:1].isupper() and len(text.split()) >= 2:
            pieces.append(" ")
        pieces.append(text)
    for child in element:
        _phrases(child, pieces)
        if child.tail:
            pieces.append(child.tail)


def _published(
    stated: str | None,
    declared: str | None,
    date_tree: HtmlElement | None,
    meta: Document,
    lines: list[str],
    title: str,
    first: str,
) -> str | None:
    """The date the page states (`stated`: trafilatura's metadata, the markup's stated date, the
    <head>), else the one it shows by the headline, else one its markup suggests (pagedate says why
    in this order); `date_tree` is the page as trafilatura left it, for that last search, which may
    clean it in place: without its comment sections and appended articles where it was not asked
    for the comments (their dates are other posts'). On the WCXB pages that search found the same
    dates as on the page as parsed. A stated modification date gives way to the publication date
    the JSON-LD `declared`, unless the page shows only that one by the headline ("Updated May 3,
    2024" alone, not under "Published March 17, 2024"). An earlier date printed alone by the
    headline than the stated one is the article's first publication (pagedate.earlier_as_shown)."""
    if stated and declared and (shown(declared, lines, title, first) or not shown(stated[:10], lines, title, first)):
        stated = declared
    # a stated "03-09-2026" read day first is the "March 9, 2026" the page shows; an earlier one
    # printed alone by the headline is its first publication
    date: str | None
    if stated:
        date = earlier_as_shown(day_month_as_shown(stated[:10], lines, title), lines, title, first)
    else:
        date = date_near(lines, title, first)
    if not date and date_tree is not None:
        date = markup_date(date_tree, meta.url or "", consume=True)
    return date[:10] if date else None


def _without_trafilatura(html: str, url: str) -> CleanedArticle:
    """trafilatura found nothing (or lxml could not parse the page): the standard library's parser,
    which reads any nesting, gives every text block of the page to the plain-text cleaner."""
    fallback = import_html(html)
    if not fallback.body and _head_title(html) == fallback.title:  # the page shows no text but its
        return replace(fallback, body=())  # <title>: drawn by scripts that never ran
    text = "\n".join([fallback.title] + [b.text for b in fallback.body])
    cleaned = _merge_meta(clean_text(text, url=url), fallback)
    return replace(cleaned, authors=tuple(with_kinds(cleaned.authors, html, cleaned.site_name)))


_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)


def _head_title(html: str) -> str:
    """The text of the page's <title> element, as the title reads it ("" when there is none)."""
    found = _TITLE_TAG.search(html[:200_000])
    return collapse(readable(found.group(1))) if found else ""


def _sample(blocks: list[Block]) -> str:
    """The start of the body, as much as language detection reads: its first 1,500 words, within
    60,000 characters. Twice as many space-separated words surely hold 1,500 of its words."""
    texts, size, words = [], 0, 0
    for block in blocks:
        texts.append(block.text)
        size += len(block.text) + 1
        words += block.text.count(" ") + 1
        if size >= 60_000 or words >= 3_000:
            break
    return " ".join(texts)


def _menu_texts(page: Page) -> set[str]:
    """The texts of the page's menu lines, to leave out of trafilatura's fallback text: those the
    page shows only inside a <nav>; an entry the page's text repeats (a category page's items, a
    breadcrumb's headline) is the text's. Where the menus' lines hold most of the page's words,
    the page sets its text in a <nav> (some do): nothing is a menu there."""
    if not page.menus or 2 * words(page.menus) >= words(page.lines):
        return set()
    shown = Counter(page.lines)
    return {text for text, count in Counter(page.menus).items() if count == shown[text]}


def _filter(
    blocks: list[Block], stops: frozenset[str], discussion: bool = False
) -> tuple[list[Block], list[RemovedLine]]:
    """trafilatura's blocks without what Reader's line rules take for furniture: share rows,
    "Read more" links, tag lists, photo credits, captions, and everything from a comment section's
    heading on, except on a discussion, where the replies under such a heading are the content."""
    kept: list[Block] = []
    dropped: list[RemovedLine] = []
    in_comments = False
    for block in blocks:
        if in_comments:
            dropped.append(RemovedLine(block.text, pt.COMMENTS))
            continue
        tag, reason = furniture(block.text, stops) or (Tag.SHORT, "")
        if tag is Tag.COMMENTS and not discussion:
            dropped.append(RemovedLine(block.text, reason or pt.COMMENTS))
            in_comments = True
            continue
        if (
            (tag in _DROP and block.kind is not BlockKind.HEADING)
            or (tag is Tag.LIST_HEADER)
            or pt.CAPTION_HINT.search(block.text)
        ):
            dropped.append(RemovedLine(block.text, reason or _reason_for(tag)))
            continue
        kept.append(block)
    return kept, dropped


def _reason_for(tag: Tag) -> str:
    return {
        Tag.RELATED: pt.RELATED,
        Tag.COMMENTS: pt.COMMENTS,
        Tag.TAGS: pt.TAGS,
        Tag.CREDIT: pt.CREDIT,
        Tag.LIST_HEADER: pt.HEADLINES,
    }.get(tag, pt.BOILERPLATE)


def _merge_meta(cleaned: CleanedArticle, page: CleanedArticle) -> CleanedArticle:
    """The plain-text cleaner's result with the page's own <head> metadata where it has some."""
    values = dict(cleaned.__dict__)
    for field in ("title", "subtitle", "section", "site_name", "published", "url", "language"):
        if getattr(page, field):
            values[field] = getattr(page, field)
    if page.authors:
        values["authors"] = page.authors
    return CleanedArticle(**values)


__all__ = ["clean_html", "classify"]
