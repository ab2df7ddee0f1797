"""A PDF's lines in reading order made into a clean article: paragraphs, headings, notes, pages.

- **Paragraphs** run on over line, column and page breaks; a new one starts after a gap, at an
  indented line, after a short line that ends a sentence, or where the kind of text changes. A word
  broken at a line's end is joined ("infor-" "mation"); a compound keeps its hyphen ("well-known")
  when its first part is one that forms compounds or the document writes it hyphenated elsewhere.
- **Headings** are lines set larger than the body, or short bold lines.
- **Footnotes** (small type at the foot of a page) are gathered at the end under "Notes"; figure and
  table captions become the article's figures; a "References" section is kept as its own section,
  one entry a paragraph (its wrapped lines joined).
- **Metadata** from the first page (the title set largest, the names under it, a date, a DOI) and
  the document information; running heads, feet and page numbers go to the removed lines.
- **Pages**: where each page's text begins in the article's text, with its printed number.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from reader.core.cleaning.dates import find_date
from reader.core.cleaning.pdf_layout import Layout, Line, commonest_size, is_page_number
from reader.core.models import Author, Block, BlockKind, CleanedArticle, Figure, PageStart, RemovedLine

PARAGRAPH, HEADING, FOOTNOTE, CAPTION, REFERENCE = "paragraph", "heading", "footnote", "caption", "reference"
_CAPTION = re.compile(r"^(?:figure|fig\.|table|chart|plate|gambar|tabel)\s*\d+[.:]?\s", re.IGNORECASE)
_REFERENCES = re.compile(
    r"^(?:\d+\.?\s*)?(?:references|bibliography|works cited|literature cited|daftar pustaka)$", re.I
)
_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+)")
_ENDS_SENTENCE = re.compile(r"[.!?:;\"”’)\]]$")
# first parts that make compounds ("well-known", "self-report") and are never a word's broken syllable
_COMPOUND_FIRST = frozenset("well self non half".split())
_ODD_SPACES = dict.fromkeys(
    map(ord, "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f"), " "
)
_NAME_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&|\bdan\b)\s*")
TITLE, BYLINE, DATE = "title", "byline", "date"
RUNNING_HEAD, PAGE_NUMBER = "running header", "page number"


@dataclass
class _Para:
    kind: str
    text: str = ""
    size: float = 0.0
    last: Line | None = None
    pages: list[tuple[int, int]] = field(default_factory=list)  # (offset in text, page index) where a page begins


def normalise(text: str) -> str:
    """Ligatures spelt out, odd spaces made plain, soft hyphens dropped."""
    text = text.translate(_ODD_SPACES).replace("\u00ad", "")
    if any("\ufb00" <= ch <= "\ufb06" for ch in text):
        text = "".join(unicodedata.normalize("NFKC", ch) if "\ufb00" <= ch <= "\ufb06" else ch for ch in text)
    return text


def pdf_article(layout: Layout, info: dict[str, str]) -> CleanedArticle:
    lines = layout.lines
    for line in lines:
        line.text = normalise(line.text)
    body_size = commonest_size((line.size, len(line.text)) for line in lines)
    removed = [
        RemovedLine(normalise(line.text), PAGE_NUMBER if is_page_number(line.text) else RUNNING_HEAD)
        for line in layout.furniture
    ]
    head, lines = _front_matter(lines, body_size)
    words = Counter(w.casefold() for line in lines for w in re.findall(r"[\w-]+", line.text))
    paras = _paragraphs(lines, body_size, layout, words)
    body, figures, pages = _assemble(paras, layout.labels)
    title = head.get("title") or info.get("Title", "").strip()
    authors = head.get("authors") or info.get("Author", "")
    return CleanedArticle(
        title=title,
        body=tuple(body),
        authors=tuple(Author(name) for name in _names(authors)),
        published=head.get("date") or None,
        url=f"https://doi.org/{head['doi']}" if head.get("doi") else "",
        figures=tuple(figures),
        removed=tuple(_head_removed(head) + removed),
        pages=tuple(pages),
    )


def _head_removed(head: dict[str, str]) -> list[RemovedLine]:
    return [
        RemovedLine(head[key + "_line"], reason)
        for key, reason in (("title", TITLE), ("authors", BYLINE), ("date", DATE))
        if head.get(key + "_line")
    ]


def _front_matter(lines: list[Line], body: float) -> tuple[dict[str, str], list[Line]]:
    """The first page's title (its largest type, near the top), the names under it and a date line."""
    head: dict[str, str] = {}
    first = [line for line in lines if line.page == 0]
    page1 = " ".join(line.text for line in first)
    doi = _DOI.search(page1)
    if doi:
        head["doi"] = doi.group(1).rstrip(".,;")
    if not first:
        return head, lines
    biggest = max(line.size for line in first)
    if biggest < body * 1.3:
        return head, lines
    top = [line for line in first[:8] if line.size == biggest]
    used = {id(line) for line in top}
    head["title"] = head["title_line"] = " ".join(line.text for line in top)
    after = first.index(top[-1]) + 1
    for line in first[after : after + 3]:
        text = line.text.strip()
        found = find_date(text)
        if found and len(text) < 40 and "date" not in head:
            head["date"] = found[0].isoformat()
            head["date_line"] = text
            used.add(id(line))
        elif "authors" not in head and _looks_like_names(text) and line.size < biggest:
            head["authors"] = head["authors_line"] = text
            used.add(id(line))
        elif id(line) not in used and "doi" in head and head["doi"] in text and len(text.split()) <= 3:
            used.add(id(line))
    return head, [line for line in lines if id(line) not in used]


def _looks_like_names(text: str) -> bool:
    parts = [p for p in _NAME_SPLIT.split(re.sub(r"^by\s+", "", text, flags=re.I)) if p]
    return (
        bool(parts)
        and len(text.split()) <= 16
        and all(1 <= len(p.split()) <= 4 and all(w[:1].isupper() for w in p.split() if w[:1].isalpha()) for p in parts)
    )


def _names(text: str) -> list[str]:
    return [p.strip() for p in _NAME_SPLIT.split(re.sub(r"^by\s+", "", text.strip(), flags=re.I)) if p.strip()]


def _kind(line: Line, body: float, height: float, previous: _Para | None) -> str:
    words = len(line.text.split())
    if _CAPTION.match(line.text) or (
        previous
        and previous.kind == CAPTION
        and line.size == previous.size
        and previous.last
        and line.page == previous.last.page
    ):
        return CAPTION if (_CAPTION.match(line.text) or line.size < body * 0.97 or line.italic) else PARAGRAPH
    if line.size <= body * 0.9 and line.y1 < height * 0.35:
        return FOOTNOTE
    if line.size >= body * 1.12 and words <= 20:
        return HEADING
    if line.bold and words <= 12 and not _ENDS_SENTENCE.search(line.text) and line.size >= body * 0.95:
        return HEADING
    return PARAGRAPH


def _paragraphs(lines: list[Line], body: float, layout: Layout, words: Counter[str]) -> list[_Para]:
    paras: list[_Para] = []
    left: dict[tuple[int, int], float] = {}
    right: dict[tuple[int, int], float] = {}
    for line in lines:
        key = (line.page, line.column)
        if 0.75 * body <= line.size <= 1.1 * body:  # the text's lines (not headings) mark the margins
            left[key] = min(left.get(key, line.x0), line.x0)
            right[key] = max(right.get(key, line.x1), line.x1)
    in_references = False
    current: _Para | None = None
    flow: _Para | None = None  # the last paragraph of the text itself: footnotes between pages do not end it
    for line in lines:
        kind = _kind(line, body, layout.heights[line.page], current)
        if kind != FOOTNOTE and current is not None and current.kind == FOOTNOTE:
            current = flow
        if kind == HEADING and _REFERENCES.match(line.text.strip()):
            in_references = True
        elif kind in (PARAGRAPH, FOOTNOTE) and in_references:  # set small at a page's foot, still entries
            kind = REFERENCE
        if current is None or _starts_new(current, line, kind, body, left, right):
            current = _Para(kind, size=line.size)
            paras.append(current)
            current.pages.append((0, line.page))
            current.text = line.text
        else:
            if line.page != current.pages[-1][1]:
                current.pages.append((len(current.text) + 1, line.page))
            current.text = _join(current.text, line.text, words)
        current.last = line
        if kind != FOOTNOTE:
            flow = current
    return paras


def _starts_new(
    para: _Para,
    line: Line,
    kind: str,
    body: float,
    left: dict[tuple[int, int], float],
    right: dict[tuple[int, int], float],
) -> bool:
    last = para.last
    assert last is not None
    if kind != para.kind or (kind == HEADING and abs(line.size - para.size) > 0.5):
        return True
    if kind == HEADING:
        return not (line.page == last.page and last.y0 - line.y1 < line.size * 0.8)
    key, last_key = (line.page, line.column), (last.page, last.column)
    col_left = left.get(key, line.x0)
    indented = line.x0 > col_left + 0.8 * line.size
    if kind == REFERENCE:  # an entry starts at the margin (its further lines hang indented), or is numbered
        if re.match(r"^\[?\d{1,3}[\].]\s", line.text):
            return True
        return not indented
    if kind == FOOTNOTE:
        return bool(re.match(r"^[\d*†‡§]{1,3}\s", line.text)) or line.page != last.page
    short = last.x1 < right.get(last_key, last.x1) - 3 * last.size
    if short and _ENDS_SENTENCE.search(last.text):
        return True
    if indented:
        return True
    if key == last_key and last.y0 - line.y1 > 1.0 * line.size:
        return True
    return False


def _join(text: str, more: str, words: Counter[str]) -> str:
    if text.endswith("-") and len(text) > 1 and text[-2].isalpha() and more[:1].islower():
        first = re.search(r"([\w]+)-$", text)
        stem = first.group(1) if first else ""
        rest = re.match(r"[\w]+", more)
        joined = stem + (rest.group(0) if rest else "")
        compound = f"{stem}-{rest.group(0) if rest else ''}".casefold()
        if stem.casefold() in _COMPOUND_FIRST or (words[compound] > 0 and words[joined.casefold()] == 0):
            return text + more
        return text[:-1] + more
    return f"{text} {more}"


def _assemble(paras: list[_Para], labels: list[str]) -> tuple[list[Block], list[Figure], list[PageStart]]:
    body: list[Block] = []
    figures: list[Figure] = []
    notes: list[_Para] = []
    starts: dict[int, int] = {}
    offset = 0
    for para in paras:
        if para.kind == CAPTION:
            figures.append(Figure(caption=para.text))
            continue
        if para.kind == FOOTNOTE:
            notes.append(para)
            continue
        kind = BlockKind.HEADING if para.kind == HEADING else BlockKind.PARAGRAPH
        for within, page in para.pages:
            starts.setdefault(page, offset + within)
        body.append(Block(kind, para.text))
        offset += len(para.text) + 2
    if notes:
        body.append(Block(BlockKind.HEADING, "Notes"))
        body.extend(Block(BlockKind.PARAGRAPH, n.text) for n in notes)
    pages: list[PageStart] = []
    end = max(0, offset - 2)
    for page in range(len(labels)):
        at = starts.get(page)
        if at is None:
            later = [v for k, v in starts.items() if k > page]
            at = min(later) if later else end
        if not pages or at >= pages[-1].offset:
            pages.append(PageStart(at, labels[page]))
    return body, figures, pages
