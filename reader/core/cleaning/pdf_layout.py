"""A PDF page's spans made into lines in reading order, with the page furniture set apart.

- **Lines**: spans that share a baseline and stand close together on it. A footnote marker (a
  small raised number) is dropped from the line it rides on.
- **Furniture**: running headers and footers (a line at the top or bottom of the page that comes
  back on other pages, digits aside) and page numbers ("12", "Page 3 of 5", "xiv"). The numbers
  printed give the pages their labels.
- **Reading order**: on a page of two columns, a full-width line (a title, an abstract) closes the
  band of columns above it; within a band the left column is read before the right.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reader.core.importers.pdf_doc import PdfText, Span

TOP_ZONE, BOTTOM_ZONE = 0.92, 0.08  # shares of the page's height where running heads and feet stand
_PAGE_NUMBER = re.compile(
    r"^(?:(?:page|p\.|pp\.|seite|halaman|hal\.|página|pagina)\s*)?(\d{1,4}|[ivxlcdm]{1,7})"
    r"(?:\s*(?:of|/|dari|von|de)\s*\d{1,4})?$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_LINE_END_HYPHENS = ("\x02", "\ufffe", "\u00ad", "\u2010")  # PDFium marks a hyphen at a line's end with \x02
_MARKER = re.compile(r"^[\d*†‡§¶,\s]{1,6}$")


@dataclass
class Line:
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    size: float
    bold: bool
    italic: bool
    column: int = 0  # 0: the page's only column or a full-width line; 1 left; 2 right


@dataclass
class Layout:
    lines: list[Line]  # the body's lines, page after page, in reading order
    furniture: list[Line]  # running heads and feet, page numbers
    labels: list[str]  # each page's number as printed, or its place in the file
    heights: list[float]
    widths: list[float]


def layout(pdf: PdfText) -> Layout:
    pages: list[list[Line]] = [[] for _ in pdf.pages]
    by_page: list[list[Span]] = [[] for _ in pdf.pages]
    for span in pdf.spans:
        by_page[span.page].append(span)
    for index, spans in enumerate(by_page):
        pages[index] = _lines(spans)
    heights = [h for _w, h in pdf.pages]
    widths = [w for w, _h in pdf.pages]
    furniture = _furniture(pages, heights)
    kept = [line for lines in pages for line in lines if id(line) in furniture]
    labels = page_labels(kept, len(pages))
    ordered: list[Line] = []
    for index, lines in enumerate(pages):
        body = [line for line in lines if id(line) not in furniture]
        ordered.extend(_reading_order(body, widths[index]))
    return Layout(ordered, kept, labels, heights, widths)


def _lines(spans: Sequence[Span]) -> list[Line]:
    """The page's spans grouped into lines, top to bottom and left to right."""
    lines: list[list[Span]] = []
    for span in sorted(spans, key=lambda s: (-(s.y0 + s.y1) / 2, s.x0)):
        for group in reversed(lines[-6:]):  # a line a few spans back: the other column's at this height
            if _joins(group, span):
                group.append(span)
                break
        else:
            lines.append([span])
    return [_line(group) for group in lines if "".join(s.text for s in group).strip()]


def commonest_size(runs: Iterable[tuple[float, int]]) -> float:
    """The type size (to half a point) that most characters are set in, of (size, characters) runs."""
    weights: dict[float, int] = {}
    for size, characters in runs:
        key = round(size * 2) / 2
        weights[key] = weights.get(key, 0) + characters
    return max(weights, key=weights.__getitem__) if weights else 10.0


def is_page_number(text: str) -> bool:
    """A page's number as printed: "12", "Page 3 of 5", "xiv"."""
    return bool(_PAGE_NUMBER.match(text.strip()))


def _joins(group: list[Span], span: Span) -> bool:
    """Whether a span stands on the same line as the group, and next to it (not across a column gap)."""
    for other in group:
        overlap = min(other.y1, span.y1) - max(other.y0, span.y0)
        gap = max(span.x0 - other.x1, other.x0 - span.x1)
        if overlap > 0.5 * min(other.y1 - other.y0, span.y1 - span.y0) and gap < 1.2 * max(other.size, span.size):
            return True
    return False


def _line(spans: list[Span]) -> Line:
    spans.sort(key=lambda s: s.x0)
    size = commonest_size((s.size, len(s.text)) for s in spans)
    # a small raised number inside a line is a footnote's mark; at its start, the note's own number
    kept = [
        s
        for i, s in enumerate(spans)
        if not (i and s.size < 0.8 * size and _MARKER.match(s.text.strip()) and len(spans) > 1)
    ]
    text = ""
    for i, span in enumerate(kept):
        piece = span.text.replace("\r", "").replace("\n", " ")
        if i and text and not text.endswith(" ") and not piece.startswith(" "):
            if span.x0 - kept[i - 1].x1 > 0.15 * size:
                text += " "
        text += piece
    text = " ".join(text.split())
    if text.endswith(_LINE_END_HYPHENS):  # PDFium's mark of a hyphen at a line's end (U+FFFE), a soft hyphen
        text = text[:-1] + "-"
    return Line(
        page=spans[0].page,
        x0=min(s.x0 for s in kept),
        y0=min(s.y0 for s in kept),
        x1=max(s.x1 for s in kept),
        y1=max(s.y1 for s in kept),
        text=text.replace("\ufffe", "").replace("\x02", ""),
        size=size,
        bold=all(s.bold for s in kept),
        italic=all(s.italic for s in kept),
    )


def _furniture(pages: list[list[Line]], heights: list[float]) -> set[int]:
    """The ids of the lines that are running heads, feet or page numbers."""
    zone: list[tuple[int, Line, str]] = []
    for index, lines in enumerate(pages):
        if not lines:
            continue
        height = heights[index]
        top = max(line.y1 for line in lines)
        for line in lines:
            if line.y0 > height * TOP_ZONE or line.y1 < height * BOTTOM_ZONE or (line.y1 >= top and _short(line)):
                zone.append((index, line, _DIGITS.sub("#", line.text.casefold())))
    seen = Counter(key for _page, key in {(page, key) for page, _line, key in zone})  # on how many pages
    repeated = max(2, round(0.4 * len(pages)))
    found = set()
    for _index, line, key in zone:
        if is_page_number(line.text) or (len(pages) > 1 and seen[key] >= repeated):
            found.add(id(line))
    return found


def _short(line: Line) -> bool:
    return len(line.text.split()) <= 8


def page_labels(furniture: list[Line], count: int) -> list[str]:
    """Each page's printed number where its feet or heads give one that runs on from the others;
    else its place in the file (1, 2, 3 ...)."""
    printed: dict[int, int] = {}
    for line in furniture:
        match = _PAGE_NUMBER.match(line.text.strip())
        if match and match.group(1).isdigit():
            printed.setdefault(line.page, int(match.group(1)))
    if len(printed) >= max(1, count // 2):
        offsets = Counter(number - page for page, number in printed.items())
        shift, votes = offsets.most_common(1)[0]
        if votes >= max(1, len(printed) * 2 // 3) and shift >= 1:  # a first page numbered 1 or more
            return [str(page + shift) for page in range(count)]
    return [str(page + 1) for page in range(count)]


def _reading_order(lines: list[Line], width: float) -> list[Line]:
    middle = width / 2
    left = [line for line in lines if line.x1 < middle + 0.02 * width]
    right = [line for line in lines if line.x0 > middle - 0.02 * width]
    if len(left) < 3 or len(right) < 3:
        return sorted(lines, key=lambda line: -line.y1)
    ordered: list[Line] = []
    band: list[Line] = []

    def close_band() -> None:
        ordered.extend(sorted((b for b in band if b.column == 1), key=lambda line: -line.y1))
        ordered.extend(sorted((b for b in band if b.column == 2), key=lambda line: -line.y1))
        band.clear()

    for line in sorted(lines, key=lambda line: -line.y1):
        if line.x1 < middle + 0.02 * width:
            line.column = 1
            band.append(line)
        elif line.x0 > middle - 0.02 * width:
            line.column = 2
            band.append(line)
        else:
            close_band()
            ordered.append(line)
    close_band()
    return ordered
