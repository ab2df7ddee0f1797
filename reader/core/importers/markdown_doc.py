"""Markdown to an article: headings, quotes, list items, paragraphs and fenced code become blocks.

Inline markup (emphasis, links, images, code) is reduced to its text: the reader renders
articles from its own block structure, never from the input's markup.
"""

from __future__ import annotations

import re
from typing import cast

from reader.core.code_text import code_text
from reader.core.importers.text_doc import MAX_TITLE, collapse
from reader.core.models import Author, Block, BlockKind, CleanedArticle

_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_QUOTE = re.compile(r"^\s{0,3}>\s?(.*)$")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+(.*)$")
_FENCE = re.compile(r"^\s{0,3}(`{3,}(?=[^`]*$)|~{3,})")  # a backtick fence's info string holds no backtick
_FENCE_END = re.compile(r"^\s{0,3}(`{3,}|~{3,})\s*$")  # a closing fence: nothing after it
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_EMPHASIS = re.compile(r"(\*{1,3}|_{1,3}|~~)(?=\S)(.+?)(?<=\S)\1")
_CODE = re.compile(r"`+([^`]*)`+")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_BYLINE = re.compile(r"^(?:by|oleh|por|par|von)\s+(.+)$", re.IGNORECASE)
_YAML_ITEM = re.compile(r"^\s*-\s+(.*)$")
# Words a date line may carry besides its date ("Published on 3 March 2024, 10:30 am").
_DATE_WORDS = re.compile(
    r"\b(?:published|posted|date|dated|on|at|am|pm|diterbitkan|dipublikasikan|publicado|publié|le|"
    r"veröffentlicht|de|el|[01]?\d[:.][0-5]\d|utc|gmt|est|edt|pst|pdt|cst|cdt|bst|cet|cest|wib|wita|wit)\b",
    re.IGNORECASE,
)


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


def _front_matter(lines: list[str]) -> tuple[dict[str, str | list[str]], list[str]]:
    """YAML front matter's top-level keys (lower case): a scalar, a flow list ("[a, b]") or a block
    list ("- a" lines under the key). Only the plain shapes notes and static sites write; anything
    else is left as text, and the rest of the file is read as Markdown either way."""
    if not lines or lines[0].strip() != "---":
        return {}, lines
    for end in range(1, min(len(lines), 200)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        return {}, lines
    meta: dict[str, str | list[str]] = {}
    key = ""
    for line in lines[1:end]:
        item = _YAML_ITEM.match(line)
        if item and key and isinstance(meta.get(key), list):
            cast("list[str]", meta[key]).append(_unquote(item.group(1)))
            continue
        name, sep, value = line.partition(":")
        if not sep or line[:1].isspace() or not name.strip():
            continue
        key, value = name.strip().lower(), value.strip()
        if value.startswith("[") and value.endswith("]"):
            meta[key] = [_unquote(v) for v in value[1:-1].split(",") if v.strip()]
        else:
            meta[key] = _unquote(value) if value else []  # an empty value: a block list may follow
    return meta, lines[end + 1 :]


def _unquote(value: str) -> str:
    return value.strip().strip("\"'").strip()


def _first(meta: dict[str, str | list[str]], *keys: str) -> str:
    """The first non-empty value under any of the keys; a list's first item."""
    for key in keys:
        value = meta.get(key)
        if isinstance(value, list):
            value = next((v for v in value if v), "")
        if value:
            return value
    return ""


def _names(meta: dict[str, str | list[str]]) -> list[str]:
    for key in ("authors", "author", "creator", "creators", "byline"):
        value = meta.get(key)
        if isinstance(value, str) and value:
            return [n.strip() for n in re.split(r",|;| and | & ", value) if n.strip()]
        if isinstance(value, list) and any(value):
            return [v for v in value if v]
    return []


def parse_blocks(lines: list[str]) -> list[Block]:
    blocks: list[Block] = []
    para: list[str] = []
    fence = ""  # the fence a code block opened with, while inside it
    code: list[str] = []
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
        if fence:  # a code block: its lines as they are, up to a fence as long, of the same mark
            if (
                (match := _FENCE_END.match(line))
                and match.group(1)[0] == fence[0]
                and len(match.group(1)) >= len(fence)
            ):
                fence = ""
                if text := code_text("\n".join(code)):
                    blocks.append(Block(BlockKind.CODE, text))
                code.clear()
            else:
                code.append(line)
            continue
        if match := _FENCE.match(line):
            flush()
            fence = match.group(1)
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
    if fence and (text := code_text("\n".join(code))):  # a fence never closed: code to the end
        blocks.append(Block(BlockKind.CODE, text))
    return blocks


def import_markdown(text: str) -> CleanedArticle:
    meta, lines = _front_matter(text.split("\n"))
    blocks = parse_blocks(lines)
    title = _first(meta, "title")
    if not title and blocks and blocks[0].kind is BlockKind.HEADING:
        title = blocks.pop(0).text
    elif not title and blocks:
        title = blocks.pop(0).text
    elif blocks and blocks[0].text == title:
        blocks.pop(0)
    authors = [Author(name) for name in _names(meta)]
    date = _first(meta, "date", "published", "pubdate", "publishdate", "published_at", "created")
    site = _first(meta, "site", "site_name", "publication", "publisher", "source_name")
    header_authors, header_date, header_site, blocks = _header(blocks)
    authors = authors or header_authors
    date = date or header_date
    return CleanedArticle(
        title=title[:MAX_TITLE],
        body=tuple(blocks),
        authors=tuple(authors),
        published=date[:10] if re.match(r"\d{4}-\d{2}-\d{2}", date) else None,
        url=next(
            (
                u
                for u in (_first(meta, k) for k in ("url", "source", "link", "canonical", "original_url"))
                if u.startswith(("http://", "https://"))
            ),
            "",
        ),
        site_name=site or header_site,
    )


def _header(blocks: list[Block]) -> tuple[list[Author], str, str, list[Block]]:
    """The byline and date lines a note or a saved article writes under its headline ("By Ana
    Silva · The Gazette", then "March 3, 2024"), in either order: read and taken out of the body.
    Only the first two paragraphs are looked at; a line saying "Updated" is left in the body."""
    from reader.core.cleaning.bylines import parse_byline
    from reader.core.cleaning.dates import find_date  # the cleaners' byline and date readers

    authors: list[Author] = []
    date = site = ""
    blocks = list(blocks)
    for _ in range(2):
        if not blocks or blocks[0].kind is not BlockKind.PARAGRAPH:
            break
        line = blocks[0].text
        if not authors and _BYLINE.match(line) and len(line.split()) <= 30:
            parts = [p.strip() for p in re.split(r"\s+[·|•—]\s+", line)]
            authors = parse_byline(parts[0])
            if not authors:
                break
            if not date and (found := find_date(line)):
                date = found[0].isoformat()
            site = next(
                (
                    p
                    for p in parts[1:]
                    if p and not find_date(p) and len(p.split()) <= 4 and p[:1].isupper() and "read" not in p.lower()
                ),
                "",
            )
        elif not date and _date_line(line):
            date = _date_line(line)
        else:
            break
        blocks.pop(0)
    return authors, date, site, blocks


def _date_line(line: str) -> str:
    """The date of a short line that is a date and little else ("March 3, 2024", "Published 3 March
    2024, 10:30"), as YYYY-MM-DD; "" for any other line, and for an update's date."""
    from reader.core.cleaning.dates import MONTH, UPDATED, find_date

    if len(line.split()) > 10 or UPDATED.search(line) or not (found := find_date(line)):
        return ""
    rest = [w for w in re.findall(r"[^\W\d_]+", _DATE_WORDS.sub(" ", line)) if w.lower() not in MONTH]
    return found[0].isoformat() if len(rest) <= 1 else ""  # a weekday at most ("Sunday, March 3, 2024")
