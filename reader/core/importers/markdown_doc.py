"""Markdown to an article: headings, quotes, list items and paragraphs become blocks.

Inline markup (emphasis, links, images, code) is reduced to its text: the reader renders
articles from its own block structure, never from the input's markup.
"""

from __future__ import annotations

import re

from reader.core.importers.plaintext import MAX_TITLE, collapse
from reader.core.models import Author, Block, BlockKind, CleanedArticle

_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_QUOTE = re.compile(r"^\s{0,3}>\s?(.*)$")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+(.*)$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_EMPHASIS = re.compile(r"(\*{1,3}|_{1,3}|~~)(?=\S)(.+?)(?<=\S)\1")
_CODE = re.compile(r"`+([^`]*)`+")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_BYLINE = re.compile(r"^(?:by|oleh|por|par|von)\s+(.+)$", re.IGNORECASE)


def inline_text(text: str) -> str:
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    for _ in range(3):
        text = _EMPHASIS.sub(r"\2", text)
    text = _HTML_TAG.sub("", text)
    return collapse(text)


def _front_matter(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    if not lines or lines[0].strip() != "---":
        return {}, lines
    for end in range(1, min(len(lines), 200)):
        if lines[end].strip() in ("---", "..."):
            meta = {}
            for line in lines[1:end]:
                key, sep, value = line.partition(":")
                if sep:
                    meta[key.strip().lower()] = value.strip().strip("\"'")
            return meta, lines[end + 1:]
    return {}, lines


def parse_blocks(lines: list[str]) -> list[Block]:
    blocks: list[Block] = []
    para: list[str] = []
    in_fence = False
    quote_open = False

    def flush() -> None:
        if para:
            text = inline_text(" ".join(para))
            if text:
                blocks.append(Block(BlockKind.PARAGRAPH, text))
            para.clear()

    for line in lines:
        if not _QUOTE.match(line):
            quote_open = False
        if _FENCE.match(line):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            if line.strip():
                blocks.append(Block(BlockKind.PARAGRAPH, collapse(line)))
            continue
        if not line.strip():
            flush()
            continue
        if para and _SETEXT.match(line):
            text = inline_text(" ".join(para))
            para.clear()
            if text:
                blocks.append(Block(BlockKind.HEADING, text))
            continue
        if _RULE.match(line):
            flush()
            continue
        if match := _ATX.match(line):
            flush()
            if text := inline_text(match.group(2)):
                blocks.append(Block(BlockKind.HEADING, text))
        elif match := _QUOTE.match(line):
            flush()
            text = inline_text(match.group(1))
            if not text:
                quote_open = False  # an empty "> " line separates paragraphs of a quote
            elif quote_open and blocks and blocks[-1].kind is BlockKind.QUOTE:
                blocks[-1] = Block(BlockKind.QUOTE, blocks[-1].text + " " + text)
            else:
                blocks.append(Block(BlockKind.QUOTE, text))
                quote_open = True
            continue
        elif match := _ITEM.match(line):
            flush()
            if text := inline_text(match.group(1)):
                blocks.append(Block(BlockKind.LIST_ITEM, text))
        else:
            para.append(line)
    flush()
    return blocks


def import_markdown(text: str) -> CleanedArticle:
    meta, lines = _front_matter(text.split("\n"))
    blocks = parse_blocks(lines)
    title = meta.get("title", "")
    if not title and blocks and blocks[0].kind is BlockKind.HEADING:
        title = blocks.pop(0).text
    elif not title and blocks:
        title = blocks.pop(0).text
    elif blocks and blocks[0].text == title:
        blocks.pop(0)
    authors: list[Author] = []
    if meta.get("author"):
        authors.append(Author(meta["author"]))
    date = meta.get("date", "")
    if not authors and blocks and blocks[0].kind is BlockKind.PARAGRAPH and _BYLINE.match(blocks[0].text) \
            and len(blocks[0].text.split()) <= 30:
        from reader.core.cleaning.dates import find_date  # the cleaners' byline and date readers
        from reader.core.cleaning.metadata import parse_byline

        line = blocks.pop(0).text
        parts = [p.strip() for p in re.split(r"\s+[·|•]\s+", line)]
        authors.extend(parse_byline(parts[0]))
        if not date and (found := find_date(line)):
            date = found[0].isoformat()
        site = next((p for p in parts[1:] if p and not find_date(p) and len(p.split()) <= 4
                     and p[:1].isupper() and "read" not in p.lower()), "")
        meta.setdefault("site", site)
    return CleanedArticle(
        title=title[:MAX_TITLE],
        body=tuple(blocks),
        authors=tuple(authors),
        published=date[:10] if re.match(r"\d{4}-\d{2}-\d{2}", date) else None,
        url=meta.get("url", ""),
        site_name=meta.get("site", "") or meta.get("site_name", ""),
    )
