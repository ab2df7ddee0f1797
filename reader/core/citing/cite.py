"""Cite: an article (or a quote from it) in APA 7, MLA 9 or Chicago author-date, or as BibTeX, RIS
or CSL-JSON for a reference manager.

    cite(article, "apa")                      one reference
    bibliography(articles, "mla")             a reference list, sorted as the style sorts it
    in_text(article, "chicago", paragraph=3)  the short citation: (Ingleby 2024, para. 3)
    quote_with_citation(article, highlight)   “the exact words” (Ingleby, 2024, para. 3)

The facts come from the article's metadata: only bylines with the role author or reporter are
authors (an organisation among them is written whole in every style: CSL `literal`, braced in
BibTeX, never turned round or cut to initials); editors are used as each style says; the site,
the published date and the URL; and the date the page was accessed, passed in (today by
default). citing/styles.py says which form of each style is followed and what happens when a
fact is missing; `fmt` renders the italics as plain text ("text"), Markdown or HTML.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Iterable
from datetime import date

from reader.core.citing import PROSE_STYLES, STYLES, data_formats, styles
from reader.core.citing.styles import Work
from reader.core.citing.text import FORMATS, Rich, quoted
from reader.core.errors import ReaderError
from reader.core.export.marks import paragraph_span
from reader.core.models import Article, Highlight, HighlightStatus, page_span

log = logging.getLogger(__name__)

_ALIASES = {
    "apa7": "apa",
    "apa-7": "apa",
    "mla9": "mla",
    "mla-9": "mla",
    "chicago-author-date": "chicago",
    "chicago17": "chicago",
    "bib": "bibtex",
    "biblatex": "bibtex",
    "csl": "csl-json",
    "csljson": "csl-json",
    "json": "csl-json",
}


def style_name(style: str) -> str:
    """The style's canonical name; ReaderError listing the styles for an unknown one."""
    key = style.strip().lower().replace("_", "-").replace(" ", "-")
    key = _ALIASES.get(key, key)
    if key not in STYLES:
        raise ReaderError(
            "unknown citation style {style!r}; choose one of {choices}", style=style, choices=", ".join(STYLES)
        )
    return key


def _format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise ReaderError("citations are written as {choices}, not {fmt!r}", choices=", ".join(FORMATS), fmt=fmt)
    return fmt


def _reference(work: Work, style: str, accessed: date, letter: str = "") -> Rich:
    if style == "apa":
        return styles.apa_reference(work, letter)
    if style == "mla":
        return styles.mla_reference(work, accessed)
    return styles.chicago_reference(work, accessed, letter)


def cite(article: Article, style: str = "apa", accessed: date | None = None, *, fmt: str = "text") -> str:
    """One article's reference in the style (or its BibTeX / RIS / CSL-JSON record)."""
    style, fmt = style_name(style), _format(fmt)
    accessed = accessed or date.today()
    work = Work.of(article)
    if style == "bibtex":
        return data_formats.bibtex(work, accessed)
    if style == "ris":
        return data_formats.ris(work, accessed)
    if style == "csl-json":
        return data_formats.csl_json([data_formats.csl_item(work, accessed)])
    return _reference(work, style, accessed).render(fmt)


def _fold(text: str) -> str:
    """For sorting: accents and case folded, a leading article ignored ("The Herald" under H)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold().strip("“”\"' ")
    for article in ("the ", "a ", "an "):
        if text.startswith(article):
            return text[len(article) :]
    return text


def _author_key(work: Work, style: str) -> str:
    """What the reference begins with: the authors, editors, site (Chicago) or title."""
    names = work.writers or work.editors
    if names:
        return " ".join(_fold(n.literal or f"{n.full_family}, {n.given}") for n in names)
    if work.site and style == "chicago":
        return _fold(work.site)
    return _fold(work.title)


def _sort_key(work: Work, style: str) -> tuple[object, ...]:
    year = work.date.year if work.date else None
    if style == "apa":  # APA: undated works first among one author's
        when: tuple[int, int] = (0, 0) if year is None else (1, year)
    else:  # Chicago: undated works after the dated ones (MLA sorts by title)
        when = (1, 0) if year is None else (0, year)
    if style == "mla":
        return (_author_key(work, style), _fold(work.title))
    return (_author_key(work, style), when, _fold(work.title))


def bibliography(
    articles: Iterable[Article], style: str = "apa", accessed: date | None = None, *, fmt: str = "text"
) -> str:
    """A reference list: sorted by author (then date, then title) for APA and Chicago, with 2024a,
    2024b for one author's works of one year; by author then title for MLA; by key for the records."""
    style, fmt = style_name(style), _format(fmt)
    accessed = accessed or date.today()
    works = [Work.of(a) for a in articles]
    if style in ("bibtex", "csl-json"):
        keys = _unique_keys(works)
        order = sorted(range(len(works)), key=lambda i: keys[i])
        if style == "bibtex":
            return "\n\n".join(data_formats.bibtex(works[i], accessed, keys[i]) for i in order) + "\n"
        return data_formats.csl_json([data_formats.csl_item(works[i], accessed, keys[i]) for i in order])
    if style == "ris":
        return "\n\n".join(data_formats.ris(w, accessed) for w in sorted(works, key=data_formats.cite_key)) + "\n"
    works.sort(key=lambda w: _sort_key(w, style))
    letters = _year_letters(works, style)
    lines = [_reference(w, style, accessed, letters[i]).render(fmt) for i, w in enumerate(works)]
    return "\n".join(lines) + "\n"


def _unique_keys(works: list[Work]) -> list[str]:
    keys = [data_formats.cite_key(w) for w in works]
    counts: dict[str, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    seen: dict[str, int] = {}
    result = []
    for key in keys:
        if counts[key] > 1:
            seen[key] = seen.get(key, 0) + 1
            key += "abcdefghijklmnopqrstuvwxyz"[(seen[key] - 1) % 26] * (1 + (seen[key] - 1) // 26)
        result.append(key)
    return result


def _year_letters(works: list[Work], style: str) -> list[str]:
    """'a', 'b', ... for works (already sorted) with the same authors and year, in APA and Chicago."""
    if style == "mla":
        return [""] * len(works)
    groups: dict[tuple[str, int | None], list[int]] = {}
    for i, w in enumerate(works):
        groups.setdefault((_author_key(w, style), w.date.year if w.date else None), []).append(i)
    letters = [""] * len(works)
    for members in groups.values():
        if len(members) > 1:
            for n, i in enumerate(members):
                letters[i] = "abcdefghijklmnopqrstuvwxyz"[n % 26]
    return letters


def paragraph_label(article: Article, highlight: Highlight, style: str) -> str:
    """Where the quote stands: its page in a paged document (APA "p. 12" or "pp. 12–13", MLA and
    Chicago "12"); else "para. 3" ("par. 3" in MLA; "paras. 3–4" across paragraphs); "" for an orphan."""
    if article.content.pages and highlight.status != HighlightStatus.ORPHANED:
        pages = page_span(article.content.pages, highlight.start, highlight.end)
        if pages:
            if style == "apa":
                return f"pp. {pages}" if "\u2013" in pages else f"p. {pages}"
            return pages
    span = paragraph_span(article.content, highlight)
    if span is None:
        return ""
    word = "par" if style == "mla" else "para"
    if span[0] == span[1]:
        return f"{word}. {span[0]}"
    return f"{word}s. {span[0]}–{span[1]}"


def in_text(article: Article, style: str = "apa", *, paragraph: str = "", fmt: str = "text") -> str:
    """The short citation in parentheses: (Ingleby, 2024), (Ingleby), (Ingleby 2024)."""
    style, fmt = style_name(style), _format(fmt)
    if style not in PROSE_STYLES:
        raise ReaderError(
            "{style} is a data format; a citation in the text is written in {choices}",
            style=style,
            choices=", ".join(PROSE_STYLES),
        )
    work = Work.of(article)
    if style == "apa":
        return styles.apa_in_text(work, paragraph).render(fmt)
    if style == "mla":
        return styles.mla_in_text(work, paragraph).render(fmt)
    return styles.chicago_in_text(work, paragraph).render(fmt)


def quote_with_citation(
    article: Article, highlight: Highlight, style: str = "apa", *, language: str | None = None, fmt: str = "text"
) -> str:
    """The highlight's exact words in quotation marks, then the short citation with the paragraph:
    “The river rose overnight” (Ingleby, 2024, para. 2). `language` picks the quotation marks
    (English “…” by default; "de" „…“, "fr" « … », ...): the language you are writing in."""
    style = style_name(style)
    citation = in_text(article, style, paragraph=paragraph_label(article, highlight, style), fmt=fmt)
    words = quoted(highlight.exact, language or "en")
    if fmt == "html":
        from html import escape

        words = escape(words)
    elif fmt == "markdown":
        words = Rich().add(words).render("markdown")
    return f"{words} {citation}"
