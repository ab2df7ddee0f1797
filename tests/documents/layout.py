"""A line breaker and a page flow of our own, drawn on a reportlab canvas.

Every line break, page break and hyphenation is decided here, so the documents built in pdfs.py know
their own right answer: which text each paragraph holds and on which pages it starts and ends.

The source text of a paragraph is marked up; `plain` gives the text a reader should get from it:

- ``in|for|ma|tion``: where the word may be split with an added hyphen ("infor-" / "mation"); the
  reader gets "information". A word without bars or a real hyphen is split where syllables.py says
  it may be ("mea-sure-ments"), unless it ends its paragraph; no more than `HYPHEN_LIMIT` lines in
  a row end in a hyphen.
- ``well-known``: a real hyphen; a line may end after it ("well-" / "known") and the reader gets
  "well-known".
- ``river,^2``: footnote marker 2, drawn small and raised after the word; the reader gets "river,".
- ``ﬁ`` and ``ﬂ`` (U+FB01, U+FB02): drawn with the fonts' own fi/fl ligature glyphs (in an encoding
  that adds them to WinAnsi); the reader gets "fi" and "fl".
"""

from __future__ import annotations

import copy
import io
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics, rl_codecs
from reportlab.pdfgen.canvas import Canvas

from tests.documents.syllables import syllables

PAGE_WIDTH, PAGE_HEIGHT = A4
LIGATURES = {"\ufb01": "fi", "\ufb02": "fl"}
MARKER_SCALE = 0.6  # footnote markers: this fraction of the text's size ...
MARKER_RISE = 0.4  # ... raised by this fraction of it
BASELINE = 0.8  # a line's baseline lies this fraction of its leading below the top of its box
HYPHEN_LIMIT = 2  # lines in a row that may end in a hyphen, as in TeX's and InDesign's settings

_ENCODING = "readerligatures"  # no standard encoding's prefix: reportlab looks it up as a dynamic codec
_LIGATURE_CODES = {0x81: "fi", 0x8D: "fl"}  # two codes WinAnsi leaves unused
_registered: set[str] = set()


def font(face: str) -> str:
    """The name under which `face` (a standard font) is drawn with the fi/fl ligature glyphs."""
    name = face + "+ligatures"
    if name in _registered:
        return name
    if not _registered:
        encoding = pdfmetrics.Encoding(_ENCODING, pdfmetrics.getEncoding("WinAnsiEncoding"))
        decode: dict[int, int] = {}
        for code in range(32, 256):
            try:
                decode[code] = ord(bytes([code]).decode("cp1252"))
            except UnicodeDecodeError:
                continue
        for code, glyph in _LIGATURE_CODES.items():
            encoding[code] = glyph
            decode[code] = ord({"fi": "\ufb01", "fl": "\ufb02"}[glyph])
        pdfmetrics.registerEncoding(encoding)
        rl_codecs.RL_Codecs.add_dynamic_codec(_ENCODING, {u: c for c, u in decode.items()}, decode)
    pdfmetrics.registerFont(pdfmetrics.Font(name, face, _ENCODING))
    _registered.add(name)
    return name


def plain(source: str) -> str:
    """The text a reader should get from marked-up `source` (see the module's docstring)."""
    text = re.sub(r"\^\d+", "", source).replace("|", "")
    for ligature, letters in LIGATURES.items():
        text = text.replace(ligature, letters)
    return " ".join(text.split())


@dataclass(frozen=True)
class Style:
    face: str = "Times-Roman"
    size: float = 11
    leading: float = 14
    indent: float = 0  # of the first line
    hanging: float = 0  # of the lines after the first
    space_before: float = 0  # unless at the top of a column
    align: str = "justify"  # justify (but the last line) | left | center

    def width(self, text: str, scale: float = 1) -> float:
        return pdfmetrics.stringWidth(text, font(self.face), self.size * scale)


@dataclass(frozen=True)
class Word:
    parts: tuple[str, ...]  # the word cut at the points where a line may end
    soft: tuple[bool, ...]  # after parts[i]: True adds a hyphen, False ends on the word's own hyphen
    marker: str = ""


def parse(source: str) -> list[Word]:
    words = []
    tokens = source.split()
    for n, token in enumerate(tokens):
        marker = ""
        if match := re.fullmatch(r"(.+?)\^(\d+)", token):
            token, marker = match.groups()
        if "|" not in token and "-" not in token and n < len(tokens) - 1:
            token = "|".join(syllables(token))
        parts: list[str] = []
        soft: list[bool] = []
        for piece in token.split("|"):
            for sub in re.split(r"(?<=\w-)(?=\w)", piece):
                parts.append(sub)
                soft.append(False)
            soft[-1] = True
        words.append(Word(tuple(parts), tuple(soft[:-1]), marker))
    return words


@dataclass(frozen=True)
class Line:
    frags: tuple[tuple[str, str], ...]  # (text, footnote marker) of each word or piece of a word
    width: float  # natural width, at single spaces
    last: bool
    end: str = ""  # "soft": ends in an added hyphen; "compound": after a word's own hyphen

    def runs(self, style: Style) -> list[tuple[str, float, float]]:
        """(text, size, rise) to draw in turn."""
        runs, text = [], ""
        for i, (piece, marker) in enumerate(self.frags):
            text += (" " if i else "") + piece
            if marker:
                runs += [(text, style.size, 0.0), (marker, style.size * MARKER_SCALE, style.size * MARKER_RISE)]
                text = ""
        return runs + [(text, style.size, 0.0)] if text else runs


def break_lines(source: str, style: Style, width: float) -> list[Line]:
    """Greedy: each line takes as many words as fit, then the longest piece of the next that fits."""
    space = style.width(" ")
    queue = parse(source)
    lines: list[list[tuple[str, str]]] = []
    widths: list[float] = []
    ends: list[str] = []
    current: list[tuple[str, str]] = []
    used = 0.0

    def measure(text: str, marker: str) -> float:
        return style.width(text) + (style.width(marker, MARKER_SCALE) if marker else 0)

    def close(end: str = "") -> None:
        nonlocal current, used
        lines.append(current)
        widths.append(used)
        ends.append(end)
        current, used = [], 0.0

    while queue:
        word = queue.pop(0)
        room = width - (style.hanging if lines else style.indent) - used - (space if current else 0)
        whole = measure("".join(word.parts), word.marker)
        if whole <= room or (not current and len(word.parts) == 1):
            used += (space if current else 0) + whole
            current.append(("".join(word.parts), word.marker))
            continue
        ladder = len(ends) >= HYPHEN_LIMIT and all(ends[-HYPHEN_LIMIT:])  # a ladder of hyphens: no more
        for cut in range(len(word.parts) - 1, 0, -1):
            head = "".join(word.parts[:cut]) + ("-" if word.soft[cut - 1] else "")
            if not (ladder and current) and style.width(head) <= room:
                used += (space if current else 0) + style.width(head)
                current.append((head, ""))
                close("soft" if word.soft[cut - 1] else "compound")
                queue.insert(0, Word(word.parts[cut:], word.soft[cut:], word.marker))
                break
        else:
            if current:
                close()
                queue.insert(0, word)
            else:  # nothing fits on an empty line: let the first piece overhang
                queue.insert(0, Word(word.parts[1:], word.soft[1:], word.marker))
                current.append((word.parts[0] + ("-" if word.soft[0] else ""), ""))
                used = style.width(current[0][0])
                close("soft" if word.soft[0] else "compound")
    if current:
        close()
    last = len(lines) - 1
    return [Line(tuple(frags), w, i == last, end) for i, (frags, w, end) in enumerate(zip(lines, widths, ends))]


@dataclass(frozen=True)
class TextOp:
    x: float
    y: float
    face: str
    runs: tuple[tuple[str, float, float], ...]
    word_space: float = 0


@dataclass(frozen=True)
class ChartOp:  # a bar chart drawn with shapes only: a figure without text
    x: float
    y: float
    width: float
    height: float
    bars: tuple[float, ...]


@dataclass(frozen=True)
class RuleOp:
    x1: float
    y: float
    x2: float


@dataclass
class Cursor:
    page: int
    column: int
    y: float  # top of the next line's box
    column_top: float


@dataclass(frozen=True)
class Placed:
    kind: str
    text: str
    first_page: int
    last_page: int


Furniture = Callable[[int, int], Iterable[tuple[str, str, float, float, float, str]]]


class Flow:
    """Lines placed down columns and across pages; `render` draws them once the page count is known."""

    def __init__(self, margin: float = 62, top: float = 72, bottom: float = 72, gap: float = 20) -> None:
        self.margin, self.top, self.bottom, self.gap = margin, top, bottom, gap
        self.columns = 1
        self.cursor = Cursor(1, 0, PAGE_HEIGHT - top, PAGE_HEIGHT - top)
        self.ops: dict[int, list[TextOp | ChartOp | RuleOp]] = {}
        self.reserved: dict[int, float] = {}  # the footnote area's height on each page
        self.notes: list[tuple[str, str, int]] = []  # (number, source, page)
        self.placed: list[Placed] = []
        self.line_ends: list[str] = []  # Line.end of each line of the placed paragraphs, in order
        self.dry = False

    def clone(self) -> Flow:
        """A copy to try things on: it draws nothing and records nothing of the original's."""
        other = copy.copy(self)
        other.cursor = copy.copy(self.cursor)
        other.reserved = dict(self.reserved)
        other.ops, other.notes, other.placed, other.line_ends, other.dry = {}, [], [], [], True
        return other

    @property
    def pages(self) -> int:
        return self.cursor.page

    @property
    def column_width(self) -> float:
        return (PAGE_WIDTH - 2 * self.margin - self.gap * (self.columns - 1)) / self.columns

    def progress(self) -> float:
        """How many pages are filled: 1.5 once the body is half way down page 2."""
        c = self.cursor
        done = (c.column_top - c.y) / (c.column_top - self.bottom)
        return c.page - 1 + (c.column + done) / self.columns

    def set_columns(self, columns: int, space: float = 0) -> None:
        """From here down (and on the following pages), `columns` columns."""
        self.columns, self.cursor.column = columns, 0
        self.cursor.y = self.cursor.column_top = self.cursor.y - space

    def next_column(self) -> None:
        c = self.cursor
        if c.column + 1 < self.columns:
            c.column, c.y = c.column + 1, c.column_top
        else:
            c.page, c.column, c.y = c.page + 1, 0, PAGE_HEIGHT - self.top
            c.column_top = c.y

    def _at_top(self) -> bool:
        return self.cursor.y == self.cursor.column_top

    def _floor(self) -> float:
        return self.bottom + self.reserved.get(self.cursor.page, 0)

    def _emit(self, op: TextOp | ChartOp | RuleOp, page: int | None = None) -> None:
        if not self.dry:
            self.ops.setdefault(page or self.cursor.page, []).append(op)

    def _draw(self, line: Line, style: Style, x: float, y: float, width: float, page: int | None = None) -> None:
        """Emit `line` with its box's top at y, in the room from x that is `width` wide."""
        runs = line.runs(style)
        spaces = sum(text.count(" ") for text, size, _ in runs if size == style.size)  # not in markers
        offset = word_space = 0.0
        if style.align == "justify" and not line.last and spaces:
            word_space = (width - line.width) / spaces
        elif style.align == "center":
            offset = (width - line.width) / 2
        self._emit(TextOp(x + offset, y - BASELINE * style.leading, style.face, tuple(runs), word_space), page)

    def block(
        self,
        source: str,
        style: Style,
        kind: str | None = "paragraph",
        keep: float = 0,
        notes: Mapping[str, str] | None = None,
    ) -> Placed:
        """Place a paragraph; `keep`: room wanted below it (a heading keeps with its next lines)."""
        lines = break_lines(source, style, self.column_width)
        if not self._at_top():
            self.cursor.y -= style.space_before
        if self.cursor.y - min(2, len(lines)) * style.leading - keep < self._floor() and not self._at_top():
            self.next_column()  # no single first line at the foot of a column, no heading without text
        first = self.cursor.page
        for i, line in enumerate(lines):
            markers = [marker for _, marker in line.frags if marker]
            if self.cursor.y - style.leading - self._notes_height(markers, notes or {}) < self._floor():
                self.next_column()
            if i == 0:
                first = self.cursor.page
            for marker in markers:
                self.reserved[self.cursor.page] = self.reserved.get(self.cursor.page, 0) + self._notes_height(
                    [marker], notes or {}
                )
                self.notes.append((marker, (notes or {})[marker], self.cursor.page))
            x = self.margin + self.cursor.column * (self.column_width + self.gap)
            indent = style.indent if i == 0 else style.hanging
            self._draw(line, style, x + indent, self.cursor.y, self.column_width - indent)
            self.cursor.y -= style.leading
        placed = Placed(kind or "", plain(source), first, self.cursor.page)
        if kind:
            self.placed.append(placed)
            self.line_ends += [line.end for line in lines]
        return placed

    def figure(self, height: float, bars: tuple[float, ...], caption: str, style: Style) -> Placed:
        """A chart of shapes and its caption below it, kept together in one column."""
        lines = break_lines(caption, style, self.column_width)
        if not self._at_top():
            self.cursor.y -= style.space_before
        if self.cursor.y - height - 6 - len(lines) * style.leading < self._floor() and not self._at_top():
            self.next_column()
        x = self.margin + self.cursor.column * (self.column_width + self.gap)
        self._emit(ChartOp(x + 10, self.cursor.y - height, self.column_width - 20, height, bars))
        self.cursor.y -= height + 6
        return self.block(caption, replace(style, space_before=0), "caption")

    # Footnotes: set at the foot of the page where their marker is, under a short rule.
    NOTE = Style("Times-Roman", 8, 10, align="justify")
    NOTE_RULE = 8.0

    def _note_lines(self, number: str, source: str) -> tuple[Style, list[Line]]:
        hang = self.NOTE.width(number, MARKER_SCALE) + self.NOTE.width(" ")
        style = Style(self.NOTE.face, self.NOTE.size, self.NOTE.leading, hang, hang)
        return style, break_lines(source, style, self.column_width)

    def _notes_height(self, markers: list[str], notes: Mapping[str, str]) -> float:
        height = self.NOTE_RULE if markers and not self.reserved.get(self.cursor.page) else 0
        return height + sum(len(self._note_lines(m, notes[m])[1]) * self.NOTE.leading + 2 for m in markers)

    def _set_notes(self) -> None:
        tops = {page: self.bottom + height for page, height in self.reserved.items()}
        for page, top in tops.items():
            self._emit(RuleOp(self.margin, top - 3, self.margin + 120), page)
        for number, source, page in self.notes:
            style, lines = self._note_lines(number, source)
            y = tops[page] - self.NOTE_RULE
            for i, line in enumerate(lines):
                if i == 0:  # the number, small and raised, then the text after a space
                    runs = ((number, style.size * MARKER_SCALE, style.size * MARKER_RISE), *line.runs(style))
                    runs = (runs[0], (" " + runs[1][0], *runs[1][1:]), *runs[2:])
                    spaces = sum(text.count(" ") for text, _, _ in runs[1:])
                    room = self.column_width - style.hanging - line.width
                    word_space = room / spaces if not line.last else 0
                    self._emit(TextOp(self.margin, y - BASELINE * style.leading, style.face, runs, word_space), page)
                else:
                    self._draw(line, style, self.margin + style.hanging, y, self.column_width - style.hanging, page)
                y -= style.leading
            tops[page] = y - 2

    def render(self, info: Mapping[str, str], furniture: Furniture) -> bytes:
        """The PDF: info holds title, author, subject, keywords and a PDF date ("D:20260309090000Z")."""
        self._set_notes()
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1)
        canvas.setTitle(info["title"])
        canvas.setAuthor(info["author"])
        canvas.setSubject(info.get("subject", ""))
        canvas.setKeywords(info.get("keywords", ""))
        canvas.setCreator("Reader test documents")
        canvas.setDateFormatter(lambda *_: info["date"])
        for page in range(1, self.pages + 1):
            for text, face, size, x, y, align in furniture(page, self.pages):
                canvas.setFont(font(face), size)
                {"left": canvas.drawString, "right": canvas.drawRightString, "center": canvas.drawCentredString}[align](
                    x, y, text
                )
            for op in self.ops.get(page, []):
                if isinstance(op, TextOp):
                    text = canvas.beginText(op.x, op.y)
                    text.setWordSpace(op.word_space)
                    for run, size, rise in op.runs:
                        text.setFont(font(op.face), size)
                        text.setRise(rise)
                        text.textOut(run)
                    canvas.drawText(text)
                elif isinstance(op, RuleOp):
                    canvas.setLineWidth(0.5)
                    canvas.line(op.x1, op.y, op.x2, op.y)
                else:
                    draw_chart(canvas, op)
            canvas.showPage()
        canvas.save()
        return buffer.getvalue()


def draw_chart(canvas: Canvas, chart: ChartOp) -> None:
    canvas.setLineWidth(0.6)
    canvas.line(chart.x, chart.y, chart.x + chart.width, chart.y)
    canvas.line(chart.x, chart.y, chart.x, chart.y + chart.height)
    step = chart.width / len(chart.bars)
    for i, value in enumerate(chart.bars):
        canvas.setFillGray(0.35 + 0.4 * (i % 2))
        canvas.rect(chart.x + i * step + step * 0.2, chart.y, step * 0.6, value * (chart.height - 4), stroke=0, fill=1)
    canvas.setFillGray(0)
