"""trafilatura's XML (paragraphs, heads, lists, quotes, tables) read into Reader's `Block`s.

A page that writes its article as one element, paragraphs parted by blank lines (<br><br>) and
its section headings and lists inside it, comes back from trafilatura as one <p> holding <lb/>s,
<head>s and <list>s. Read as one block, that article is a single paragraph of thousands of words
with its headings run into the text: a wall nobody reads. So a paragraph's blank line (two line
breaks, nothing but spaces between) parts it in two, and a heading, a list, a table, a quote or a
paragraph inside it stands as a block of its own where it stands. A single line break ends a
paragraph where a sentence ends before it and one starts after it (pages that set each paragraph
on a line of its own); elsewhere (a line of an address, most verse) it is a space, never glue
("WI" + "829" is not "WI829"): Reader's paragraphs hold no line breaks. A list item stays one
block, however much it holds (a job board's row: its title, its company and its place are one
item). A code block is the one block that keeps its line breaks (and its indentation): a program
means nothing with its lines run together (code_text).

The cleaner still judges each element whole, as trafilatura gave it (a consent dialog's heading
and paragraphs are one notice, dropped together), and shows what it keeps in its parts (read_xml).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.core.cleaning.titles import without_anchor
from reader.core.code_text import as_set
from reader.core.importers.text_doc import collapse
from reader.core.models import Block, BlockKind

if TYPE_CHECKING:
    from lxml.etree import _Element

# trafilatura's XML elements that stand as blocks of their own: inside an element read as one
# block (a list item holding a heading and paragraphs, say) they are words apart, not glued.
_SPACED = ("lb", "p", "head", "item", "list", "quote", "table", "row", "cell", "tr", "th", "td")
# ... and those that part the paragraph they stand in, as blocks of their own
_INNER_BLOCKS = ("p", "head", "list", "quote", "table")
_BREAK = "\x00"  # a line break, while a paragraph's text is gathered
_BLANK_LINE = re.compile(rf"(?:{_BREAK}\s*){{2,}}")
_KINDS = {"head": BlockKind.HEADING, "quote": BlockKind.QUOTE}


def read_xml(body: _Element) -> tuple[list[Block], dict[Block, tuple[Block, ...]]]:
    """The blocks of trafilatura's body, one for each of its elements, and the parts that those of
    them holding a line break or a block show (one part, or several: see the module's note), by
    their block. The cleaner judges each element whole (a consent dialog's heading and paragraphs
    are one notice, however they are parted) and shows what it keeps in its parts."""
    blocks: list[Block] = []
    parts: dict[Block, tuple[Block, ...]] = {}
    for child in body:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in ("list", "table", "head"):
            blocks += _blocks_of(child, BlockKind.PARAGRAPH)
        elif text := _text(child):
            block = Block(_KINDS.get(tag, BlockKind.PARAGRAPH), text)
            blocks.append(block)
            if tag == "code":  # judged as its words run together; shown in its lines
                parts[block] = _code(child)
            elif _parted_within(child):
                parts[block] = tuple(_parted(child, block.kind))
    return blocks, parts


def preformatted(
    blocks: list[Block], parts: dict[Block, tuple[Block, ...]], pres: dict[str, str]
) -> dict[Block, tuple[Block, ...]]:
    """The parts of the blocks that are a <pre>'s text as the page sets it (`pres`: by its words):
    trafilatura reads a <pre> without a code class as a quote, its lines run together, where the
    page shows a program, a command or a man page's synopsis line by line. By the block."""
    return {
        block: as_set(pres[block.text], markup=True)
        for block in blocks
        if block.text in pres and parts.get(block, (block,))[0].kind is not BlockKind.CODE
    }


def _code(element: _Element) -> tuple[Block, ...]:
    """A code block (trafilatura's <code>, from the page's <pre>) as it shows: one block keeping
    its lines and indentation, or, where it is prose set in lines, its paragraphs (code_text)."""
    return as_set(set_text(element), markup=True)


def set_text(element: _Element) -> str:
    """An element's text as a <pre> sets it: its own line breaks, a line-break element (the page's
    <br>, trafilatura's <lb/>) as one, and no comment's words."""
    pieces = [element.text or ""] if isinstance(element.tag, str) else []
    for child in element:
        pieces += ["\n" if child.tag in ("br", "lb") else set_text(child), child.tail or ""]
    return "".join(pieces)


def along_lines(
    blocks: list[Block], parts: dict[Block, tuple[Block, ...]], lines: list[str]
) -> dict[Block, tuple[Block, ...]]:
    """Where trafilatura found no article and fell back on the page's text run together (one
    paragraph, or one for each <article>: a reading of at most a few paragraphs of plain text,
    with no line break or block inside, which `parts` would hold), that text parted where the
    lines the page shows part it: its menu, its headline and its paragraphs as lines apart, not one
    paragraph. By the paragraph they part."""
    if len(blocks) > _FALLBACK_BLOCKS or any(b.kind is not BlockKind.PARAGRAPH or b in parts for b in blocks):
        return {}
    return {
        block: tuple(Block(BlockKind.PARAGRAPH, piece) for piece in pieces)
        for block in blocks
        if (pieces := _parted_as_lines(block.text, lines))
    }


_FALLBACK_BLOCKS = 3


def _parted_as_lines(text: str, lines: list[str]) -> list[str]:
    """`text` parted where it is a run of two or more consecutive lines, spaces aside; [] when it
    is not such a run. trafilatura's fallback runs an <article>'s text together with no space where
    one element ends and the next begins ("Tide TablesWhen the water turns"), and a page may show
    a row of links with none between them ("Club FixturesHarbour Rovers"): each piece keeps the
    text's own spaces, and a cut between two lines parts their words. Lines that hold most of the
    text from its start on part it too: what is left after them is one more piece."""
    squeezed = "".join(text.split())
    first_words = squeezed[:_PREFIX]
    for start, first in enumerate(lines):
        line = "".join(first.split())
        if not line or not first_words.startswith(line[:_PREFIX]) or not squeezed.startswith(line):
            continue
        cuts, end = [len(line)], start + 1
        while end < len(lines) and (line := "".join(lines[end].split())) and squeezed.startswith(line, cuts[-1]):
            cuts.append(cuts[-1] + len(line))
            end += 1
            if cuts[-1] == len(squeezed):
                return _cut(text, cuts)
        if len(cuts) >= 2 and cuts[-1] >= _MOSTLY * len(squeezed):  # a tail the page shows elsewhere, or hides
            return _cut(text, [*cuts, len(squeezed)])
    return []


_MOSTLY = 0.8  # of the text: lines from its start on hold this much of it


def _cut(text: str, cuts: list[int]) -> list[str]:
    """`text` cut after each of `cuts` characters that are not spaces (the last cut: its end)."""
    pieces: list[str] = []
    piece: list[str] = []
    seen = 0
    ends = iter(cuts)
    upto = next(ends)
    for char in text:
        piece.append(char)
        if not char.isspace():
            seen += 1
            if seen == upto:
                pieces.append("".join(piece).strip())  # (the text is collapsed)
                piece, upto = [], next(ends, -1)
    return pieces


_PREFIX = 12  # characters: a quick test before the line's whole length


def as_shown(kept: list[Block], parts: dict[Block, tuple[Block, ...]], headline: str) -> tuple[list[Block], list[str]]:
    """The blocks kept, each in the parts it shows as, and the lines left out of them. Where the
    first of them holds the headline among its first eight parts, what stands above it there (a
    menu, a masthead, a breadcrumb naming it) and the headline itself are left out, at its last
    place there: the headline is the title, shown above."""
    shown = [part for block in kept for part in parts.get(block, (block,))]
    if kept and kept[0] in parts:
        opening = [part.text for part in parts[kept[0]][:_ABOVE_HEADLINE]]
        if headline in opening and len(shown) > (below := len(opening) - opening[::-1].index(headline)):
            return shown[below:], opening[:below]
    return shown, []


_ABOVE_HEADLINE = 8  # a masthead's and a menu's lines over the headline; further down it is a heading


def _blocks_of(element: _Element, kind: BlockKind) -> list[Block]:
    """One element's blocks: a list's items, a table's rows, a heading; a paragraph or a quote,
    parted where it holds a blank line or a block (`kind`: a quote's paragraphs are quoted too)."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag == "list":
        # nested items too, each once
        return [Block(BlockKind.LIST_ITEM, text) for item in element.iter("item") if (text := _text(item, lists=False))]
    if tag == "table":
        rows = (" · ".join(t for t in (_text(cell) for cell in row) if t) for row in element.iter("row", "tr"))
        return [Block(BlockKind.PARAGRAPH, text) for text in rows if text]
    if tag == "head":
        text = without_anchor(_text(element))  # not "¶" alone
        return [Block(BlockKind.HEADING, text)] if text else []
    kind = _KINDS.get(tag, kind)
    if _parted_within(element):
        return _parted(element, kind)
    return [Block(kind, text)] if (text := _text(element)) else []


def _parted_within(element: _Element) -> bool:
    """Whether the element may show as more than one block: it holds a block or a line break."""
    return next(element.iterdescendants("lb", *_INNER_BLOCKS), None) is not None


def _parted(element: _Element, kind: BlockKind) -> list[Block]:
    """A paragraph holding blank lines or blocks, as the paragraphs and blocks it shows."""
    blocks: list[Block] = []
    gathered: list[str] = []

    def close() -> None:
        for part in _BLANK_LINE.split("".join(gathered)):
            blocks.extend(Block(kind, text) for text in _lines_apart(part.split(_BREAK)) if text)
        gathered.clear()

    def walk(node: _Element) -> None:
        gathered.append(node.text or "")
        for child in node:
            if not isinstance(child.tag, str):  # a comment or a processing instruction: no words
                pass
            elif child.tag == "lb":
                gathered.append(_BREAK)
            elif child.tag in _INNER_BLOCKS:
                close()
                blocks.extend(_blocks_of(child, kind))
            else:  # words inside the paragraph: <hi>, <ref>; an item or a cell out of its list or table
                spaced = " " if child.tag in _SPACED else ""
                gathered.append(spaced)
                walk(child)
                gathered.append(spaced)
            gathered.append(child.tail or "")

    walk(element)
    close()
    return blocks


def _lines_apart(lines: list[str]) -> list[str]:
    """A paragraph's lines (parted by single line breaks) as the paragraphs they are: a line that
    ends a sentence, over one that starts one, ends a paragraph ("Now in its fourth printing!" over
    "Read it twice."); other lines run on, a space apart (an address, a verse's
    lines, a label over its value)."""
    paragraphs: list[str] = []
    run: list[str] = []
    for line in lines:
        text = collapse(line)
        start = _STARTS.match(text)
        if run and start and _sentence_ends(run[-1]) and not start.group()[-1].islower():
            paragraphs.append(" ".join(run))
            run = []
        if text:
            run.append(text)
    return [*paragraphs, " ".join(run)] if run else paragraphs


def _sentence_ends(line: str) -> bool:
    """Whether the line ends a sentence: at an end mark, perhaps inside quotes or brackets, after a
    few words, and not after a title's or an address's abbreviation ("See Dr." over "Smith", "12
    Main St." over "Springfield", "Step 1." over "Preheat the oven.")."""
    return bool(_ENDS.search(line)) and line.count(" ") + 1 >= _SENTENCE_WORDS and not _ABBREVIATION.search(line)


_ENDS = re.compile(r"[.!?…][\"'”’)\]]*$")
_ABBREVIATION = re.compile(r"\b[A-Z][a-z]{0,2}\.$")  # Dr. St. Mrs. No. U.S.
_SENTENCE_WORDS = 4
_STARTS = re.compile(r"[\"'“‘(\[]*[^\W_]")  # a sentence's start: a letter or a figure, perhaps quoted


def _text(element: _Element, *, lists: bool = True) -> str:
    """An element's words: a line break (<lb/>) or a block inside it is a space, not glue; without
    `lists`, a list inside it is left out (its items are blocks of their own). Most elements have
    no such child: lxml's own serialiser reads them, much quicker than a walk."""
    from lxml import etree

    if next(element.iterdescendants(*_SPACED), None) is None:
        return " ".join(etree.tostring(element, method="text", encoding="unicode", with_tail=False).split())
    parts: list[str] = []

    def walk(node: _Element, top: bool) -> None:
        if not top and node.tag == "list" and not lists:
            parts.append(" ")
        elif node.tag == "lb":
            parts.append(" ")
        else:
            spaced = not top and node.tag in _SPACED
            parts.append((" " if spaced else "") + (node.text or ""))
            for child in node:
                walk(child, False)
            if spaced:
                parts.append(" ")
        if not top:
            parts.append(node.tail or "")

    walk(element, True)
    return collapse("".join(parts))
