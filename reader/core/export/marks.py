"""Where highlights fall in an article's blocks: pure arithmetic on offsets, for every export format.

A highlight's `start` and `end` index into `CleanedArticle.text`, the blocks joined by blank lines.
An export writes block by block, so each block is cut into pieces at every highlight boundary;
each piece knows the highlights covering it and which of them end with it (where a label or a
note number goes). Orphaned highlights have no place in the text and are left out.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from reader.core.models import CleanedArticle, Highlight, HighlightStatus, block_starts


@dataclass(frozen=True)
class Piece:
    text: str
    covering: tuple[Highlight, ...] = ()  # the highlights over this piece, earliest first
    ending: tuple[Highlight, ...] = ()  # those whose last character is in this piece


def paragraph_number(content: CleanedArticle, offset: int) -> int | None:
    """The 1-based number of the block holding `offset` (a blank line between counts to the next)."""
    starts = block_starts(content.body)
    if not starts or offset < 0 or offset > len(content.text):
        return None
    index = bisect_right(starts, offset) - 1
    block_end = starts[index] + len(content.body[index].text)
    if offset >= block_end and index + 1 < len(starts):
        index += 1  # in the blank line after a block: the next paragraph starts there
    return index + 1


def paragraph_span(content: CleanedArticle, highlight: Highlight) -> tuple[int, int] | None:
    """The first and last paragraph a placed highlight covers; None for an orphan."""
    if not is_placed(highlight, len(content.text)):
        return None
    first = paragraph_number(content, highlight.start)
    last = paragraph_number(content, highlight.end - 1)
    if first is None or last is None:
        return None
    return first, max(first, last)


def is_placed(highlight: Highlight, text_length: int) -> bool:
    return highlight.status != HighlightStatus.ORPHANED and 0 <= highlight.start < highlight.end <= text_length


def placed(highlights: Iterable[Highlight], content: CleanedArticle) -> list[Highlight]:
    """The highlights that have a place in this text, in reading order."""
    length = len(content.text)
    return sorted((h for h in highlights if is_placed(h, length)), key=lambda h: (h.start, h.end, h.id))


def block_pieces(content: CleanedArticle, highlights: Iterable[Highlight]) -> list[list[Piece]]:
    """For each block of the body, its text cut into pieces at every highlight boundary."""
    starts = block_starts(content.body)
    per_block: list[list[Highlight]] = [[] for _ in content.body]
    for h in placed(highlights, content):
        first = bisect_right(starts, h.start) - 1
        last = bisect_right(starts, h.end - 1) - 1
        for index in range(max(first, 0), last + 1):
            per_block[index].append(h)
    result = []
    for index, block in enumerate(content.body):
        result.append(_pieces(block.text, starts[index], per_block[index]))
    return result


def _pieces(text: str, offset: int, highlights: list[Highlight]) -> list[Piece]:
    end_of_block = offset + len(text)
    if not highlights:
        return [Piece(text)] if text else []
    cuts = {offset, end_of_block}
    for h in highlights:
        cuts.add(min(max(h.start, offset), end_of_block))
        cuts.add(min(max(h.end, offset), end_of_block))
    edges = sorted(cuts)
    pieces = []
    for a, b in pairwise(edges):
        if b <= a:
            continue
        covering = tuple(h for h in highlights if h.start <= a and h.end >= b)
        # A highlight ends here when this is its last piece in its last block.
        ending = tuple(h for h in covering if min(h.end, end_of_block) == b and h.end <= end_of_block + 2)
        pieces.append(Piece(text[a - offset : b - offset], covering, ending))
    return pieces


def merged_runs(pieces: list[Piece]) -> list[tuple[str, bool]]:
    """Adjacent pieces joined into (text, highlighted) runs: for formats that only mark on and off."""
    runs: list[tuple[str, bool]] = []
    for piece in pieces:
        marked = bool(piece.covering)
        if runs and runs[-1][1] == marked:
            runs[-1] = (runs[-1][0] + piece.text, marked)
        else:
            runs.append((piece.text, marked))
    return runs
