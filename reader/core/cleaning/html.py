"""HTML pages: trafilatura finds the article and its metadata; our own rules finish the job.

trafilatura keeps headings, quotes and lists; what it lets through inside the body ("Baca
juga: ..." lines, ad labels, share rows, photo credits) is removed by the same multilingual
patterns the plain-text cleaner uses. When trafilatura finds nothing, the standard-library
extractor and the plain-text cleaner take over. No script, style or remote resource survives:
the result is text in the project's own blocks.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from reader.core.cleaning import patterns as pt
from reader.core.cleaning.language import detect, stopwords
from reader.core.cleaning.lines import Line, Tag, classify, make_lines
from reader.core.cleaning.metadata import _CREDITS_LINE, find_dateline, parse_byline, with_kinds
from reader.core.cleaning.mojibake import repair
from reader.core.cleaning.plaintext import _strip_end_mark, clean_text
from reader.core.cleaning.titles import without_site
from reader.core.importers.html_doc import import_html, page_lines
from reader.core.importers.plaintext import collapse
from reader.core.models import Author, Block, BlockKind, CleanedArticle, Figure, RemovedLine

log = logging.getLogger(__name__)

_DROP = {Tag.RELATED, Tag.WIDGET, Tag.COMMENTS, Tag.TAGS, Tag.CREDIT, Tag.LIST_HEADER}
_FIGCAPTION = re.compile(r"<figcaption\b[^>]*>(.*?)</figcaption>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def clean_html(html: str, *, url: str = "") -> CleanedArticle:
    html = repair(html)
    fallback = import_html(html)  # metadata from <head> and every text block of the page
    document = _trafilatura(html, url)
    blocks = _blocks_from_xml(document.body) if document is not None and document.body is not None else []
    if not blocks:
        text = "\n".join([fallback.title] + [b.text for b in fallback.body])
        cleaned = _merge_meta(clean_text(text, url=url), fallback)
        return replace(cleaned, authors=tuple(with_kinds(cleaned.authors, html, cleaned.site_name)))

    language = detect(" ".join(b.text for b in blocks)) or fallback.language
    stops = stopwords(language)
    title = collapse(document.title or "") or fallback.title
    site = collapse(document.sitename or "") or fallback.site_name
    title = without_site(title, [b.text for b in fallback.body] + [b.text for b in blocks[:3]], site)  # "Headline | Site"
    if blocks and blocks[0].text == title:
        blocks = blocks[1:]  # the headline is metadata, not body
    kept, dropped = _filter(blocks, stops)
    subtitle = collapse(document.description or "") or fallback.subtitle
    if kept and subtitle and kept[0].text == subtitle and len(kept) > 2 and len(subtitle.split()) <= 60:
        dropped.append(RemovedLine(kept[0].text, pt.SUBTITLE))  # the standfirst, shown above the body
        kept = kept[1:]
    elif kept and subtitle and kept[0].text.startswith(subtitle.rstrip(".… ")[:60]):
        subtitle = ""  # a description that only excerpts the first paragraph is no standfirst
    kept = _strip_end_mark(kept)
    kept_text = {b.text for b in kept}
    dropped_text = {r.text for r in dropped}
    removed = dropped + [RemovedLine(b.text, pt.OUTSIDE) for b in fallback.body
                         if b.text not in kept_text and b.text not in dropped_text]
    place, _ = find_dateline(kept[0].text) if kept else ("", "")
    authors = _merge_authors(_authors(document.author or "") or list(fallback.authors), html)
    figures = [Figure(caption=c) for c in _figcaptions(html)]
    site_name = collapse(document.sitename or "") or fallback.site_name
    return CleanedArticle(
        title=title,
        subtitle=subtitle,
        section=(document.categories or [""])[0] if document.categories else fallback.section,
        authors=tuple(with_kinds(authors, html, site_name)),
        site_name=site_name,
        dateline=place,
        published=(document.date or "")[:10] or fallback.published,
        language=language,
        url=url or fallback.url,
        body=tuple(kept),
        figures=tuple(figures),
        removed=tuple(removed),
    )


def _trafilatura(html: str, url: str):  # -> trafilatura.settings.Document | None
    import trafilatura  # loaded on first use: it takes a while to import

    try:
        return trafilatura.bare_extraction(html, url=url or None, include_formatting=True, include_comments=False,
                                           include_tables=True, with_metadata=True, include_images=False)
    except Exception:  # noqa: BLE001 - a third-party parser failing on hostile input is not our crash
        log.exception("trafilatura failed; using the fallback extractor")
        return None


def _text(element, *, nested_lists: bool = True) -> str:  # element: lxml element
    """An element's words: a line break (<lb/>) is a space, not glue ("WI" + "829" is not "WI829");
    without `nested_lists`, a list inside it is left out (its items are blocks of their own)."""
    parts: list[str] = []

    def walk(node, top: bool) -> None:
        if not top and node.tag == "list" and not nested_lists:
            parts.append(" ")
        else:
            parts.append(" " if node.tag == "lb" else (node.text or ""))
            for child in node:
                walk(child, False)
        if not top:
            parts.append(node.tail or "")

    walk(element, True)
    return collapse("".join(parts))


def _blocks_from_xml(body) -> list[Block]:
    blocks: list[Block] = []
    for child in body:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "list":
            for item in child.iter("item"):  # nested items too, each once
                if text := _text(item, nested_lists=False):
                    blocks.append(Block(BlockKind.LIST_ITEM, text))
        elif tag == "table":
            for row in child.iter("row"):
                if text := " · ".join(t for t in (_text(cell) for cell in row) if t):
                    blocks.append(Block(BlockKind.PARAGRAPH, text))
        elif text := _text(child):
            kind = {"head": BlockKind.HEADING, "quote": BlockKind.QUOTE}.get(tag, BlockKind.PARAGRAPH)
            blocks.append(Block(kind, text))
    return blocks


def _filter(blocks: list[Block], stops: frozenset[str]) -> tuple[list[Block], list[RemovedLine]]:
    kept: list[Block] = []
    dropped: list[RemovedLine] = []
    in_comments = False
    for block in blocks:
        line = make_lines(block.text, stops)[:1]
        tag, reason = (line[0].tag, line[0].reason) if line else (Tag.SHORT, "")
        if tag is Tag.COMMENTS:
            in_comments = True
        if in_comments or (tag in _DROP and block.kind is not BlockKind.HEADING) or \
                (tag is Tag.LIST_HEADER) or pt.CAPTION_HINT.search(block.text):
            dropped.append(RemovedLine(block.text, reason or _reason_for(tag, line)))
            continue
        kept.append(block)
    return kept, dropped


def _reason_for(tag: Tag, line: list[Line]) -> str:
    return {Tag.RELATED: pt.RELATED, Tag.COMMENTS: pt.COMMENTS, Tag.TAGS: pt.TAGS, Tag.CREDIT: pt.CREDIT,
            Tag.LIST_HEADER: pt.HEADLINES}.get(tag, pt.BOILERPLATE)


def _authors(text: str) -> list[Author]:
    """trafilatura's names ("A; B; C Edited by D", "A; Local Democracy Reporter") read again as the
    byline they came from; as they are when that finds no name."""
    names = list(dict.fromkeys(n for n in (collapse(part) for part in re.split(r"\s*;\s*", text)) if n))
    if not names:
        return []
    line = ", ".join(names)
    return parse_byline(line if pt.BYLINE_RX.match(line) else f"By {line}") or [Author(n) for n in names]


def _merge_authors(authors: list[Author], html: str) -> list[Author]:
    """Add what the page's own byline lines say: roles (editor, photographer) and contributors."""
    result = list(authors)
    for line in page_lines(html[:2_000_000]):
        if len(line.split()) > 16 or not (pt.BYLINE_RX.match(line) or _CREDITS_LINE.match(line)):
            continue
        found = parse_byline(line)
        if all(a.role == "photographer" for a in found):
            continue  # a picture credit, not the article's byline
        for author in found:
            same = next((i for i, a in enumerate(result) if a.name == author.name), None)
            if same is None:
                if result or author.role != "photographer":
                    result.append(author)
            elif result[same].role == "author" and author.role != "author":
                result[same] = author
    return result


def _figcaptions(html: str) -> list[str]:
    captions = []
    for match in _FIGCAPTION.finditer(html[:5_000_000]):
        text = collapse(_TAG.sub(" ", match.group(1)))
        if text and text not in captions:
            captions.append(_unescape(text))
    return captions


def _unescape(text: str) -> str:
    import html as html_lib

    return html_lib.unescape(text)


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
