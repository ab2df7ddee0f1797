"""Importers: bytes of a file (or a page) to a cleaned article.

`read_article` is the one entry point: it picks the format, decodes, and hands the text to
the importer for that format. Every failure is an `UnreadableInput` with a clear message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

from reader.core.errors import NothingArticleLike, UnreadableInput
from reader.core.importers.decoding import decode_html, decode_text
from reader.core.importers.markdown_doc import import_markdown
from reader.core.models import CleanedArticle

TEXT, HTML, MARKDOWN = "text", "html", "markdown"
SUFFIXES = {
    ".txt": TEXT,
    ".text": TEXT,
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
    ".md": MARKDOWN,
    ".markdown": MARKDOWN,
    ".mdown": MARKDOWN,
}
# File types people might try that are certainly not articles we can read.
_REFUSED = {".pdf", ".doc", ".docx", ".odt", ".epub", ".zip", ".png", ".jpg", ".jpeg", ".gif", ".exe"}
_LOOKS_HTML = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<\?xml[^>]*>\s*<!doctype html)", re.IGNORECASE)


@dataclass(frozen=True)
class ImportedArticle:
    kind: str  # TEXT, HTML or MARKDOWN
    raw_text: str  # the decoded input, kept so the article can be cleaned again later
    article: CleanedArticle


def detect_kind(name: str, data: bytes) -> str:
    suffix = PurePath(name).suffix.lower()
    if suffix in _REFUSED:
        raise UnreadableInput("{suffix} files are not supported; Reader imports text, HTML and Markdown", suffix=suffix)
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    return HTML if _LOOKS_HTML.match(data[:1024].lstrip(b"\xef\xbb\xbf")) else TEXT


def read_article(
    data: bytes, name: str, *, kind: str | None = None, url: str = "", raw: bool = False
) -> ImportedArticle:
    """Turn one input into a cleaned article, or raise UnreadableInput saying why not.

    With `raw`, nothing is cleaned away: every line (or every block of an HTML page) is kept."""
    kind = kind or detect_kind(name, data)
    from reader.core.cleaning import clean_html, clean_text  # the cleaners import this package's parsers
    from reader.core.importers.html_doc import import_html
    from reader.core.importers.text_doc import import_text

    if kind == HTML:
        text = decode_html(data)
        article = import_html(text) if raw else clean_html(text, url=url)
    elif kind == MARKDOWN:
        text = decode_text(data)
        article = import_markdown(text)
    else:
        text = decode_text(data)
        article = import_text(text) if raw else clean_text(text, url=url)
    if not article.body:
        if raw or kind == MARKDOWN:
            raise UnreadableInput("there is no text to import beyond a title")
        raise NothingArticleLike(
            "nothing article-like was found (only menus, links and other page furniture); it can be imported as it is"
        )
    if url and not article.url:
        article = CleanedArticle(**{**article.__dict__, "url": url})
    return ImportedArticle(kind=kind, raw_text=text, article=article)
