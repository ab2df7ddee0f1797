"""Importers: bytes of a file (or a page) to a cleaned article.

`read_article` is the one entry point: it picks the format, decodes, and hands the text to
the importer for that format. Every failure is an `UnreadableInput` with a clear message.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath

from reader.core.errors import NothingArticleLike, UnreadableInput
from reader.core.importers.decoding import decode_html, decode_text
from reader.core.importers.markdown_doc import import_markdown
from reader.core.models import CleanedArticle

TEXT, HTML, MARKDOWN, PDF, EPUB = "text", "html", "markdown", "pdf", "epub"
SUFFIXES = {
    ".txt": TEXT,
    ".text": TEXT,
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
    ".md": MARKDOWN,
    ".markdown": MARKDOWN,
    ".mdown": MARKDOWN,
    ".pdf": PDF,
    ".epub": EPUB,
}
# File types people might try that are certainly not articles we can read.
_REFUSED = {".doc", ".docx", ".odt", ".zip", ".png", ".jpg", ".jpeg", ".gif", ".exe"}
_LOOKS_HTML = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<\?xml[^>]*>\s*<!doctype html)", re.IGNORECASE)


@dataclass(frozen=True)
class ImportedArticle:
    kind: str  # TEXT, HTML or MARKDOWN
    raw_text: str  # the decoded input, kept so the article can be cleaned again later
    article: CleanedArticle


def detect_kind(name: str, data: bytes) -> str:
    suffix = PurePath(name).suffix.lower()
    if suffix in _REFUSED:
        raise UnreadableInput(
            "{suffix} files are not supported; Reader imports text, HTML, Markdown, PDF and EPUB", suffix=suffix
        )
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    if data[:5] == b"%PDF-":
        return PDF
    if data[:2] == b"PK" and b"application/epub+zip" in data[:100]:
        return EPUB
    return HTML if _LOOKS_HTML.match(data[:1024].lstrip(b"\xef\xbb\xbf")) else TEXT


def read_article(
    data: bytes,
    name: str,
    *,
    kind: str | None = None,
    url: str = "",
    raw: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ImportedArticle:
    """Turn one input into a cleaned article, or raise UnreadableInput saying why not.

    With `raw`, nothing is cleaned away: every line (or every block of an HTML page) is kept.
    `progress(done, total)` hears of each page of a PDF read (it may raise Cancelled)."""
    kind = kind or detect_kind(name, data)
    from reader.core.cleaning import clean_html, clean_text  # the cleaners import this package's parsers
    from reader.core.importers.html_doc import import_html
    from reader.core.importers.text_doc import import_text

    if kind in (PDF, EPUB):
        text, article = _read_document(data, name, kind, progress)
    elif kind == HTML:
        text = decode_html(data)
        article = import_html(text) if raw else clean_html(text, url=url)
    elif kind == MARKDOWN:
        text = decode_text(data)
        article = import_markdown(text)
    else:
        text = decode_text(data)
        article = import_text(text) if raw else clean_text(text, url=url)
    if not article.body:
        if raw or kind in (MARKDOWN, PDF, EPUB):
            raise UnreadableInput("there is no text to import beyond a title")
        raise NothingArticleLike(
            "nothing article-like was found (only menus, links and other page furniture); it can be imported as it is"
        )
    if url and not article.url:
        article = CleanedArticle(**{**article.__dict__, "url": url})
    return ImportedArticle(kind=kind, raw_text=text, article=article)


def _read_document(
    data: bytes, name: str, kind: str, progress: Callable[[int, int], None] | None
) -> tuple[str, CleanedArticle]:
    """A PDF (its text layer, laid out again) or an EPUB (its chapters): the text read, and the article."""
    if kind == EPUB:
        from reader.core.importers.epub_doc import read_epub

        return read_epub(data, name)
    from reader.core.cleaning.pdf_layout import layout
    from reader.core.cleaning.pdf_text import pdf_article
    from reader.core.importers.pdf_doc import read_pdf_text

    pdf = read_pdf_text(data, name, progress)
    laid = layout(pdf)
    read = "\n".join(line.text for line in sorted(laid.lines + laid.furniture, key=lambda line: line.page))
    return read, pdf_article(laid, pdf.info)
