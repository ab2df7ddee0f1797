"""Reading a PDF's text layer with pypdfium2: each page's runs of text with their place, size and font.

pypdfium2 (Apache-2.0/BSD: PDFium's own licence) reads PDFs in C, fast enough for a 500-page report;
PyMuPDF would do as well but is AGPL, and pdfplumber (pdfminer) is pure Python and several times
slower. PDFium groups a page's characters into rectangles, a run of text on one line in one font
(`FPDFText_CountRects`); each becomes a `Span` with the font of its first character. What is made
of them (lines, columns, paragraphs, pages) is `cleaning/pdf_layout.py` and `cleaning/pdf_text.py`.

A PDF that needs a password, one that is damaged, and one without a text layer (a scan) are refused
with a message that says so. `progress(done, total)` hears of each page read and may raise Cancelled.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reader.core.errors import UnreadableInput

Progress = Callable[[int, int], None]
MAX_PAGES = 5000
_NAME_BUFFER = 128


@dataclass(frozen=True)
class Span:
    """A run of text on one line of a page, in PDF points from the page's bottom-left corner."""

    page: int  # 0-based
    x0: float
    y0: float  # bottom
    x1: float
    y1: float  # top
    text: str
    size: float
    bold: bool = False
    italic: bool = False


@dataclass
class PdfText:
    pages: list[tuple[float, float]] = field(default_factory=list)  # each page's width and height
    spans: list[Span] = field(default_factory=list)
    info: dict[str, str] = field(default_factory=dict)  # the document information: Title, Author, ...


def read_pdf_text(data: bytes, name: str, progress: Progress | None = None) -> PdfText:
    """Every page's spans, in the order PDFium gives them, and the document information."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower() or getattr(exc, "err_code", None) == 4:
            raise UnreadableInput(
                "{name} is encrypted: it needs a password, and Reader does not open protected PDFs", name=name
            ) from None
        raise UnreadableInput("{name} is not a PDF Reader can read ({reason})", name=name, reason=exc) from None
    try:
        count = len(document)
        if count > MAX_PAGES:
            raise UnreadableInput("{name} has {count} pages; Reader reads PDFs of up to 5,000", name=name, count=count)
        result = PdfText(info=_info(document))
        for index in range(count):
            page = document[index]
            try:
                result.pages.append(page.get_size())
                result.spans.extend(_spans(page, index))
            finally:
                page.close()
            if progress is not None:
                progress(index + 1, count)
    finally:
        document.close()
    if not any(span.text.strip() for span in result.spans):
        raise UnreadableInput(
            "{name} has no text layer (a scanned document?); Reader reads PDFs with text, not images of it",
            name=name,
        )
    return result


def _info(document: Any) -> dict[str, str]:
    try:
        info = document.get_metadata_dict(skip_empty=True)
    except Exception:  # noqa: BLE001 - damaged metadata is no reason to refuse the text
        return {}
    return {str(k): str(v) for k, v in info.items()}


def _spans(page: Any, index: int) -> list[Span]:
    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    try:
        spans = []
        name = ctypes.create_string_buffer(_NAME_BUFFER)
        flags = ctypes.c_int()
        rects = [textpage.get_rect(i) for i in range(textpage.count_rects())]
        # each rectangle's first character; the page's text is read once and cut at them (PDFium lays
        # its rectangles out in the order of the characters), far quicker than a read per rectangle
        firsts = [
            raw.FPDFText_GetCharIndexAtPos(textpage.raw, left + 0.5, (bottom + top) / 2, 2.0, (top - bottom) / 2)
            for left, bottom, _right, top in rects
        ]
        whole = textpage.get_text_range()
        ordered = all(0 <= a < b for a, b in zip(firsts, firsts[1:], strict=False)) and (not firsts or firsts[0] >= 0)
        for number, (left, bottom, right, top) in enumerate(rects):
            char = firsts[number]
            if ordered:
                end = firsts[number + 1] if number + 1 < len(firsts) else len(whole)
                text = whole[char:end].strip("\r\n")
            else:
                text = textpage.get_text_bounded(left, bottom, right, top)
            if not text.strip():
                continue
            size, bold, italic = _font(raw, textpage.raw, char, name, flags)
            if size < 0.5 * (top - bottom):  # a size PDFium cannot tell (the text scaled some other way)
                size = 1.1 * (top - bottom)
            spans.append(Span(index, left, bottom, right, top, text, size, bold, italic))
        return spans
    finally:
        textpage.close()


def _font(raw: Any, textpage: Any, char: int, name: Any, flags: Any) -> tuple[float, bool, bool]:
    if char < 0:
        return 0.0, False, False
    size = float(raw.FPDFText_GetFontSize(textpage, char))
    matrix = raw.FS_MATRIX()
    if raw.FPDFText_GetMatrix(textpage, char, ctypes.byref(matrix)):  # the text's own scale: Tf 1 with a
        scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5  # matrix that sets it 11 points high
        if scale > 0:
            size *= scale
    raw.FPDFText_GetFontInfo(textpage, char, name, _NAME_BUFFER, ctypes.byref(flags))
    font = name.value.decode("latin-1", "replace").lower()
    weight = int(raw.FPDFText_GetFontWeight(textpage, char))
    bold = "bold" in font or "black" in font or "heavy" in font or weight >= 600 or bool(flags.value & 0x40000)
    italic = "italic" in font or "oblique" in font or bool(flags.value & 0x40)
    return size, bold, italic
