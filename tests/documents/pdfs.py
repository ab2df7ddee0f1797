"""PDF documents laid out by our own line breaker (layout.py), so their right reading is known exactly.

Each function returns a `KnownDocument`: the PDF's bytes (the same on every run) and what a PDF
importer should make of it. The decisions behind the expected text:

- Metadata lines (title, author line, printed date, DOI) are on page 1 and in the document info;
  they are the `title`, `authors`, `date` and `doi` fields, neither paragraphs nor furniture. An
  "Abstract" label above the abstract is a heading paragraph.
- A word split at a line end with an added hyphen ("infor-" / "mation") is joined ("information");
  a compound split after its own hyphen ("well-" / "known") keeps it ("well-known"). Words are
  hyphenated as often as in a typeset journal: about one line in five or six ends in a hyphen.
- Words drawn with the ligature glyphs "ﬁ"/"ﬂ" read as "fi"/"fl" (NFKC).
- Footnote markers (small raised digits after a word) are left out of the body text; each footnote is
  a "footnote" paragraph whose text begins with its number ("1 All figures are ..."), gathered after
  the body in number order, before a references section (references stay last).
- `first_page` and `last_page` are the pages of a paragraph's first and last lines: a paragraph that
  goes on from the left column to the right column of the same page starts and ends on that page.
- `furniture` holds every distinct running header, footer and page number string ("Page 2 of 3").
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import pypdfium2 as pdfium
from reportlab.pdfgen.canvas import Canvas

from tests.documents import texts
from tests.documents.layout import PAGE_HEIGHT, PAGE_WIDTH, Flow, Furniture, Style, plain

DOI = "https://doi.org/10.5555/reader.2026.001"
PASSWORD = "reader"
MARGIN = 62.0


@dataclass(frozen=True)
class Paragraph:
    text: str  # as a reader should get it: one line, split words joined, real hyphens kept
    kind: str  # "heading" | "paragraph" | "caption" | "footnote" | "reference" | "abstract"
    first_page: int  # 1-based
    last_page: int


@dataclass(frozen=True)
class KnownDocument:
    name: str
    pdf: bytes
    title: str
    authors: tuple[str, ...]
    date: str | None  # "YYYY-MM-DD"
    doi: str | None
    pages: int
    paragraphs: tuple[Paragraph, ...]  # in reading order
    furniture: tuple[str, ...]  # running headers, footers, page numbers: never in the body
    line_ends: tuple[str, ...] = ()  # how each line of `paragraphs` but the footnotes ends: layout.Line.end

    @property
    def body_text(self) -> str:
        return "\n\n".join(paragraph.text for paragraph in self.paragraphs)


# One column
TITLE = Style("Times-Bold", 20, 25, align="left")
BYLINE = Style("Times-Roman", 12, 16, space_before=4, align="left")
DATELINE = Style("Times-Italic", 11, 14, space_before=2, align="left")
HEADING = Style("Times-Bold", 14, 18, space_before=14, align="left")
BODY = Style("Times-Roman", 11, 14, indent=18, space_before=3)
REFERENCE = Style("Times-Roman", 9.5, 12, hanging=16, space_before=3, align="left")
# Two columns
TITLE_2 = Style("Times-Bold", 18, 22, align="center")
BYLINE_2 = Style("Times-Roman", 11, 14, space_before=6, align="center")
DATELINE_2 = Style("Times-Italic", 9.5, 12, space_before=4, align="center")
DOI_LINE = Style("Helvetica", 8.5, 11, align="center")
ABSTRACT_LABEL = Style("Times-Bold", 10, 13, space_before=16, align="left")
ABSTRACT = Style("Times-Roman", 9.5, 12)
HEADING_2 = Style("Times-Bold", 11, 14, space_before=9, align="left")
BODY_2 = Style("Times-Roman", 9.5, 11.5, indent=12, space_before=2)
CAPTION = Style("Times-Italic", 8.5, 10.5, space_before=10, align="left")

Block = Callable[[Flow], object]


def _printed(iso: str) -> str:
    day = datetime.date.fromisoformat(iso)
    return f"{day.day} {day:%B} {day.year}"


def _fill(flow: Flow, pages: int, blocks: Iterator[Block], tail: Sequence[Block] = ()) -> None:
    """Place blocks while they and the tail still end on page `pages`; then the tail."""
    for block in blocks:
        trial = flow.clone()
        block(trial)
        for last in tail:
            last(trial)
        if trial.pages > pages:
            break
        block(flow)
    for last in tail:
        last(flow)
    if flow.pages != pages:
        raise ValueError(f"the layout came to {flow.pages} pages, not {pages}")


def _body(
    flow: Flow,
    pages: int,
    prose: texts.Prose,
    sections: Sequence[str],
    heading: Style,
    body: Style,
    sentences: tuple[int, int],
    extras: dict[int, Block] | None = None,
    notes: Sequence[str] = (),
) -> Iterator[Block]:
    """Paragraphs for ever, section headings spread evenly over the pages, footnotes on every other."""
    done, count = 0, 0
    while True:
        if done < len(sections) and flow.progress() >= done * pages / len(sections):
            title = sections[done]
            yield lambda f, title=title: f.block(title, heading, "heading", keep=2 * body.leading)
            done += 1
        if extras and count in extras:
            yield extras[count]
        number = count // 2 + 1 if count % 2 and count // 2 < len(notes) else 0
        source = prose.paragraph(*sentences, marker=str(number) if number else "")
        mapping = {str(number): notes[number - 1]} if number else {}
        yield lambda f, source=source, mapping=mapping: f.block(source, body, notes=mapping)
        count += 1


def _furniture(
    left: str = "",
    right: str = "",
    center: str = "",
    footer: Callable[[int, int], str] | None = None,
    align: str = "center",
) -> Furniture:
    def furniture(page: int, pages: int) -> list[tuple[str, str, float, float, float, str]]:
        top = PAGE_HEIGHT - 42
        items = [
            (text, "Helvetica", 8, x, top, side)
            for text, x, side in (
                (left, MARGIN, "left"),
                (right, PAGE_WIDTH - MARGIN, "right"),
                (center, PAGE_WIDTH / 2, "center"),
            )
            if text
        ]
        if footer:
            x = {"center": PAGE_WIDTH / 2, "right": PAGE_WIDTH - MARGIN, "left": MARGIN}[align]
            items.append((footer(page, pages), "Times-Roman", 10, x, 40, align))
        return items

    return furniture


def _finish(
    name: str,
    flow: Flow,
    furniture: Furniture,
    title: str,
    authors: tuple[str, ...],
    day: str,
    doi: str | None,
    subject: str,
    references_from: int | None = None,
) -> KnownDocument:
    info = {
        "title": title,
        "author": ", ".join(authors),
        "subject": subject,
        "keywords": name,
        "date": f"D:{day.replace('-', '')}090000+00'00'",
    }
    pdf = flow.render(info, furniture)
    placed = [Paragraph(p.text, p.kind, p.first_page, p.last_page) for p in flow.placed]
    notes = [
        Paragraph(f"{number} {plain(source)}", "footnote", page, page)
        for number, source, page in sorted(flow.notes, key=lambda note: int(note[0]))
    ]
    cut = len(placed) if references_from is None else references_from
    strings = dict.fromkeys(item[0] for page in range(1, flow.pages + 1) for item in furniture(page, flow.pages))
    paragraphs = tuple(placed[:cut] + notes + placed[cut:])
    return KnownDocument(
        name, pdf, title, authors, day, doi, flow.pages, paragraphs, tuple(strings), tuple(flow.line_ends)
    )


def _masthead(
    flow: Flow, title: str, authors: Sequence[str], dateline: str, styles: tuple[Style, Style, Style]
) -> None:
    byline = ", ".join(authors[:-1]) + " and " + authors[-1] if len(authors) > 1 else authors[0]
    for text, style in zip((title, byline, dateline), styles):
        flow.block(text, style, kind=None)


def one_column(pages: int = 3) -> KnownDocument:
    """Title, byline, date; two (or more) sections of long justified paragraphs; page numbers below."""
    day = "2026-03-14"
    flow = Flow()
    _masthead(flow, texts.RIVER_TITLE, texts.RIVER_AUTHORS, _printed(day), (TITLE, BYLINE, DATELINE))
    flow.cursor.y -= 10
    sections = texts.RIVER_SECTIONS[: max(2, min(4, pages - 1))]
    _fill(flow, pages, _body(flow, pages, texts.Prose(texts.RIVER, 1), sections, HEADING, BODY, (5, 8)))
    furniture = _furniture(footer=lambda page, _: str(page))
    return _finish("one-column", flow, furniture, texts.RIVER_TITLE, texts.RIVER_AUTHORS, day, None, "River sediment")


def _two_column_flow(title: str, authors: Sequence[str], day: str, abstract: str | None) -> Flow:
    flow = Flow(top=66, bottom=66)
    _masthead(flow, title, authors, "Published " + _printed(day), (TITLE_2, BYLINE_2, DATELINE_2))
    flow.block(DOI, DOI_LINE, kind=None)
    if abstract:
        flow.block("Abstract", ABSTRACT_LABEL, "heading")
        flow.block(abstract, ABSTRACT, "abstract")
    flow.set_columns(2, space=14)
    return flow


def two_columns(pages: int = 3, headers: bool = True) -> KnownDocument:
    """Full-width title, authors, DOI and abstract over two columns; a figure and its caption in one."""
    day = "2026-03-09"
    flow = _two_column_flow(texts.CANOPY_TITLE, texts.CANOPY_AUTHORS, day, texts.CANOPY_ABSTRACT)
    figure = {3: lambda f: f.figure(90, (0.55, 0.8, 0.6, 0.95, 0.5, 0.85, 0.45, 0.7), texts.CANOPY_CAPTION, CAPTION)}
    _fill(
        flow,
        pages,
        _body(flow, pages, texts.Prose(texts.CANOPY, 2), texts.CANOPY_SECTIONS, HEADING_2, BODY_2, (3, 6), figure),
    )
    running = _furniture(texts.CANOPY_JOURNAL, texts.CANOPY_SHORT, footer=lambda page, total: f"Page {page} of {total}")
    name = "two-columns-headers" if headers else "two-columns"
    return _finish(
        name,
        flow,
        running if headers else _furniture(),
        texts.CANOPY_TITLE,
        texts.CANOPY_AUTHORS,
        day,
        DOI,
        "Urban heat",
    )


def with_footnotes(pages: int = 2) -> KnownDocument:
    """One column with footnote markers; the notes in small type at the foot of their pages."""
    day = "2026-01-27"
    flow = Flow()
    _masthead(flow, texts.COUNCIL_TITLE, texts.COUNCIL_AUTHORS, _printed(day), (TITLE, BYLINE, DATELINE))
    flow.cursor.y -= 10
    prose = texts.Prose(texts.COUNCIL, 3)
    _fill(
        flow, pages, _body(flow, pages, prose, texts.COUNCIL_SECTIONS, HEADING, BODY, (4, 6), notes=texts.COUNCIL_NOTES)
    )
    furniture = _furniture(center=texts.COUNCIL_HEADER, footer=lambda page, _: str(page), align="right")
    return _finish(
        "footnotes", flow, furniture, texts.COUNCIL_TITLE, texts.COUNCIL_AUTHORS, day, None, "Council budget"
    )


def with_references(pages: int = 2) -> KnownDocument:
    """One column ending in a "References" heading and entries with a hanging indent."""
    day = "2025-11-05"
    flow = Flow()
    _masthead(flow, texts.ORCHARD_TITLE, texts.ORCHARD_AUTHORS, _printed(day), (TITLE, BYLINE, DATELINE))
    flow.cursor.y -= 10
    tail: list[Block] = [lambda f: f.block("Ref|er|ences", HEADING, "heading", keep=2 * REFERENCE.leading)]
    tail += [lambda f, entry=entry: f.block(entry, REFERENCE, "reference") for entry in texts.ORCHARD_REFERENCES]
    blocks = _body(flow, pages, texts.Prose(texts.ORCHARD, 4), texts.ORCHARD_SECTIONS, HEADING, BODY, (4, 7))
    _fill(flow, pages, blocks, tail)
    furniture = _furniture(right=texts.ORCHARD_SHORT, footer=lambda page, _: f"\u2013 {page} \u2013")
    references = len(flow.placed) - len(tail)
    return _finish(
        "references",
        flow,
        furniture,
        texts.ORCHARD_TITLE,
        texts.ORCHARD_AUTHORS,
        day,
        None,
        "Orchard soils",
        references,
    )


def report_like(pages: int = 20) -> KnownDocument:
    """A long two-column report with running headers and footers, for timing an importer."""
    day = "2026-02-20"
    flow = _two_column_flow(texts.TRANSIT_TITLE, texts.TRANSIT_AUTHORS, day, None)
    blocks = _body(flow, pages, texts.Prose(texts.TRANSIT, 5), texts.TRANSIT_SECTIONS, HEADING_2, BODY_2, (3, 6))
    _fill(flow, pages, blocks)
    furniture = _furniture(
        texts.TRANSIT_JOURNAL, texts.TRANSIT_SHORT, footer=lambda page, total: f"Page {page} of {total}"
    )
    return _finish("report", flow, furniture, texts.TRANSIT_TITLE, texts.TRANSIT_AUTHORS, day, None, "Bus network")


LAYOUTS: dict[str, Callable[[], KnownDocument]] = {
    "one-column": one_column,
    "two-columns-headers": two_columns,
    "two-columns": lambda: two_columns(headers=False),
    "footnotes": with_footnotes,
    "references": with_references,
    "report": report_like,
}


def scanned_pdf() -> bytes:
    """A page like a scan: grey bars where the lines of text would be, and no text layer."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1, pageCompression=1)
    canvas.setFillGray(0.25)
    for row in range(46):
        width = 470 - (37 * row) % 90 if row % 9 != 8 else 210
        canvas.rect(MARGIN, PAGE_HEIGHT - 90 - row * 15, width, 6, stroke=0, fill=1)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def encrypted_pdf() -> bytes:
    """A one-page PDF that opens only with the user password `PASSWORD`."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1, encrypt=PASSWORD)
    canvas.setFont("Times-Roman", 12)
    canvas.drawString(MARGIN, PAGE_HEIGHT - 100, "This report is only for the members of the audit committee.")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def pdfium_page_texts(data: bytes) -> tuple[str, ...]:
    """Each page's plain text as pypdfium2 reads it (the tests' check of a PDF, the benchmark's baseline)."""
    pdf = pdfium.PdfDocument(data)
    texts = []
    for page in pdf:
        textpage = page.get_textpage()
        texts.append(textpage.get_text_range())
        textpage.close()
        page.close()
    pdf.close()
    return tuple(texts)
