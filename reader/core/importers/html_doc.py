"""HTML to an article with the standard library's parser: metadata from <head>, blocks from the body.

Nothing of the page's markup survives: only text, in the project's own block structure.
Scripts, styles, navigation, headers, footers, asides and forms are skipped. The parser
builds no tree, so deeply nested or huge pages cost time linear in their size.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from reader.core.code_text import as_set
from reader.core.importers.text_doc import MAX_TITLE, collapse
from reader.core.models import Author, Block, BlockKind, CleanedArticle

SKIPPED_TAGS = {
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "iframe",
    "object",
    "select",
    "textarea",
    "figure",
    "math",
}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
BLOCK_KINDS = {
    "p": BlockKind.PARAGRAPH,
    "h1": BlockKind.HEADING,
    "h2": BlockKind.HEADING,
    "h3": BlockKind.HEADING,
    "h4": BlockKind.HEADING,
    "h5": BlockKind.HEADING,
    "h6": BlockKind.HEADING,
    "li": BlockKind.LIST_ITEM,
    "blockquote": BlockKind.QUOTE,
    "pre": BlockKind.PARAGRAPH,  # (its lines, to the page's walk; a code block to import_html: _Extractor)
    "dd": BlockKind.PARAGRAPH,
    "dt": BlockKind.PARAGRAPH,
    "figcaption": BlockKind.PARAGRAPH,
    "td": BlockKind.PARAGRAPH,
    "div": BlockKind.PARAGRAPH,
    "section": BlockKind.PARAGRAPH,
    "article": BlockKind.PARAGRAPH,
    "main": BlockKind.PARAGRAPH,
    "tr": BlockKind.PARAGRAPH,
    "ul": BlockKind.PARAGRAPH,
    "ol": BlockKind.PARAGRAPH,
    "table": BlockKind.PARAGRAPH,
    "body": BlockKind.PARAGRAPH,
}
META_KEYS = {
    "og:title": "title",
    "twitter:title": "title",
    "author": "author",
    "article:author": "author",
    "parsely-author": "author",
    "og:site_name": "site_name",
    "application-name": "site_name",
    "article:published_time": "published",
    "date": "published",
    "pubdate": "published",
    "dc.date": "published",
    "og:url": "url",
    "description": "subtitle",
    "og:description": "subtitle",
    "article:section": "section",
    "og:locale": "locale",
}


class _Extractor(HTMLParser):
    def __init__(self, skip: frozenset[str] | set[str] = frozenset(SKIPPED_TAGS)) -> None:
        super().__init__(convert_charrefs=True)
        self._skip_tags = skip
        self.meta: dict[str, str] = {}
        self.lang = ""
        self.title = ""
        self.blocks: list[Block] = []
        self._skip_depth = 0
        self._skip_stack: list[str] = []
        self._in_title = False
        self._kinds: list[BlockKind] = []
        self._pres = 0  # <pre>s open (counted: asking the stack costs its depth at every tag)
        self._text: list[str] = []

    # HTMLParser API
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html":
            self.lang = (dict(attrs).get("lang") or "")[:2].lower()
        if tag == "meta":
            self._meta(dict(attrs))
            return
        if tag == "link":
            values = dict(attrs)
            if (values.get("rel") or "").lower() == "canonical" and values.get("href"):
                self.meta.setdefault("url", values["href"] or "")
            return
        if tag == "title" and not self._skip_depth:
            self._in_title = True
            return
        if tag in _VOID:
            if tag == "br":
                self._text.append("\n")
            return
        if self._skip_depth or tag in self._skip_tags:
            if tag in self._skip_tags or self._skip_depth:
                self._skip_depth += 1
                self._skip_stack.append(tag)
            return
        if tag in BLOCK_KINDS and tag != "pre" and self._pres:
            self._text.append("\n")  # a <pre> setting each line as a block: a line of its code
        elif tag in BLOCK_KINDS:
            self._flush()
            self._kinds.append(BlockKind.CODE if tag == "pre" else BLOCK_KINDS[tag])
            self._pres += tag == "pre"

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
            return
        if self._skip_depth:
            if tag in self._skip_stack:
                while self._skip_stack:
                    self._skip_depth -= 1
                    if self._skip_stack.pop() == tag:
                        break
            return
        if tag in BLOCK_KINDS and (tag == "pre" or not self._pres):
            self._flush()
            if self._kinds and self._kinds.pop() is BlockKind.CODE:
                self._pres -= 1

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip_depth:
            self._text.append(data)

    def close(self) -> None:
        super().close()
        self._flush()

    # helpers
    def _meta(self, attrs: dict[str, str | None]) -> None:
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        content = attrs.get("content")
        if key in META_KEYS and content and content.strip():
            self.meta.setdefault(META_KEYS[key], collapse(content))

    def _flush(self) -> None:
        if not self._text:
            return
        raw = "".join(self._text)
        self._text.clear()
        kind = self._kinds[-1] if self._kinds else BlockKind.PARAGRAPH
        if self._pres:  # a <pre>: its lines and indentation as they are, unless prose
            self.blocks.extend(as_set(raw, markup=True))
            return
        if any(k is BlockKind.QUOTE for k in self._kinds):
            kind = BlockKind.QUOTE
        for piece in raw.split("\n") if kind is BlockKind.PARAGRAPH else [raw]:
            text = collapse(piece)
            if text:
                self.blocks.append(Block(kind, text))


def import_html(html: str) -> CleanedArticle:
    parser = _Extractor()
    parser.feed(html)
    parser.close()
    return head_article(parser.meta, parser.title, parser.lang, parser.blocks)


def head_article(meta: dict[str, str], title: str, lang: str, blocks: list[Block]) -> CleanedArticle:
    """The article a page's <head> metadata (META_KEYS' fields), <title>, <html lang> and text
    blocks make: the headline taken out of the blocks. The HTML cleaner makes the same article
    from its own walk over the page, so both read a page alike."""
    blocks = list(blocks)
    title = meta.get("title") or collapse(title)
    first_heading = next((b for b in blocks if b.kind is BlockKind.HEADING), None)
    if not title and first_heading:
        title = first_heading.text
    if first_heading and first_heading.text == title:
        blocks.remove(first_heading)
    if not title and blocks:
        title = blocks.pop(0).text
    published = meta.get("published", "")
    return CleanedArticle(
        title=title[:MAX_TITLE],
        body=tuple(blocks),
        subtitle=meta.get("subtitle", ""),
        section=meta.get("section", ""),
        authors=tuple(Author(name.strip()) for name in re.split(r",| and ", meta.get("author", "")) if name.strip()),
        site_name=meta.get("site_name", ""),
        published=published[:10] if re.match(r"\d{4}-\d{2}-\d{2}", published) else None,
        language=lang or meta.get("locale", "")[:2].lower(),
        url=meta.get("url", "") if meta.get("url", "").startswith(("http://", "https://")) else "",
    )


def page_lines(html: str) -> list[str]:
    """Every line of text a reader would see on the page, furniture included (no scripts or styles)."""
    parser = _Extractor(skip={"script", "style", "noscript", "template", "svg", "iframe", "object", "math"})
    parser.feed(html)
    parser.close()
    return [b.text for b in parser.blocks]
